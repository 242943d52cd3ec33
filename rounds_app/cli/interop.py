"""`rounds-app import fhir|csv` and `rounds-app export fhir`: the census from the
hospital record, and a discharge summary back to it (docs/fhir-mapping.md,
docs/csv-census.md). Both imports plan first and then apply the plan, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from rounds_app.cli.commands import Commands
from rounds_app.cli.terminal import say
from rounds_app.services.actor import Actor

CLI = Actor.system("cli")


def _formats(commands: Commands, name: str) -> Commands:
    """The FORMAT subcommands of `import` or `export`. The exchange module declares those
    commands (json); this module adds its formats beside json."""
    parser = commands.choices[name]
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    load = _formats(commands, "import")
    fhir = load.add_parser(
        "fhir", parents=[common], help="FHIR R4 bundles or resources; all of them or nothing"
    )
    fhir.add_argument("files", nargs="+", type=Path, metavar="FILE")
    fhir.add_argument(
        "--ward", metavar="CODE|ID", help="the ward to admit to (default: the only ward)"
    )
    fhir.add_argument(
        "--admit",
        action="store_true",
        help="also admit patients without a current inpatient encounter (to free beds in order)",
    )
    fhir.set_defaults(handler=_import_fhir)

    census = load.add_parser(
        "csv", parents=[common], help="a ward census (docs/csv-census.md); every row or none"
    )
    census.add_argument("file", type=Path, metavar="FILE")
    census.add_argument("--ward", required=True, metavar="CODE|ID")
    census.set_defaults(handler=_import_csv)

    out = _formats(commands, "export").add_parser(
        "fhir", parents=[common], help="a patient's discharge summary as a FHIR R4 document"
    )
    out.add_argument("--patient", required=True, metavar="BED|MRN")
    out.add_argument("--ward", metavar="CODE|ID", help="the ward of the bed")
    out.add_argument("--out", required=True, type=Path, metavar="FILE")
    out.set_defaults(handler=_export_fhir)


def _import_fhir(args: argparse.Namespace) -> int:
    # the FHIR models (pydantic) load only for the FHIR commands: every other command,
    # and the desktop app, starts without them
    from rounds_app.cli.opening import database
    from rounds_app.interop.apply import apply
    from rounds_app.interop.fhir_import import NO_ENCOUNTER, plan_fhir_import
    from rounds_app.services.wards import ward_named

    with database(args) as db:
        with db.session() as session:
            plan = plan_fhir_import(
                session, CLI, args.files, ward_named(session, args.ward), admit=args.admit
            )
        with db.session() as session:
            summary = apply(session, CLI, plan)
    say("\n".join(summary.lines()))
    if any(p.note == NO_ENCOUNTER for p in plan.patients):
        say("(--admit admits a patient without a current inpatient encounter)")
    return 0


def _import_csv(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.interop.apply import apply
    from rounds_app.interop.csv_census import plan_csv_import
    from rounds_app.services.wards import ward_named

    with database(args) as db:
        with db.session() as session:
            ward = ward_named(session, args.ward)
            assert ward is not None  # --ward is required, and ward_named refuses an unknown one
            plan = plan_csv_import(session, CLI, args.file, ward)
        with db.session() as session:
            summary = apply(session, CLI, plan)
    say("\n".join(summary.lines()))
    return 0


def _export_fhir(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.interop.fhir_export import export_fhir, find_admission
    from rounds_app.services.wards import ward_named

    with database(args) as db, db.session() as session:
        ward = ward_named(session, args.ward) if args.ward else None
        export_fhir(session, CLI, find_admission(session, CLI, args.patient, ward), args.out)
    say(f"Exported the discharge summary to {args.out}")
    return 0
