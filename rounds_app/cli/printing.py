"""`rounds-app print handoff|discharge`: a printed sheet as a PDF file. Each print is
recorded in the audit trail, as a print from the desktop app is."""

from __future__ import annotations

import argparse
from pathlib import Path

from rounds_app.cli.opening import database
from rounds_app.cli.terminal import say
from rounds_app.private_files import write_private
from rounds_app.reports.service import (
    AUDIENCES,
    find_admission,
    find_ward,
    print_discharge,
    print_handoff,
)
from rounds_app.services.actor import Actor

CLI = Actor.system("cli")


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("print", help="print a handoff sheet or discharge summary to PDF")
    sheets = parser.add_subparsers(dest="sheet", metavar="SHEET", required=True)

    handoff = sheets.add_parser(
        "handoff", parents=[common], help="the ward handoff sheet, one row per patient"
    )
    handoff.add_argument("--ward", metavar="CODE|ID", help="the ward (default: the first)")
    _sheet_options(handoff)
    handoff.set_defaults(handler=_handoff)

    discharge = sheets.add_parser(
        "discharge", parents=[common], help="a patient's discharge-planning summary"
    )
    discharge.add_argument("--patient", required=True, metavar="BED|MRN")
    discharge.add_argument(
        "--ward", metavar="CODE|ID", help="the ward of the bed (default: the first)"
    )
    discharge.add_argument(
        "--audience",
        required=True,
        choices=AUDIENCES,
        help="team: the whole plan and card; patient: plain language, large type",
    )
    discharge.add_argument(
        "--include-sensitive",
        action="store_true",
        help="print entries marked sensitive on the team's copy (left out by default)",
    )
    _sheet_options(discharge)
    discharge.set_defaults(handler=_discharge)


def _sheet_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
    parser.add_argument(
        "--stale-days",
        type=int,
        default=7,
        metavar="N",
        help="flag card fields not updated for N days or more (default: 7)",
    )
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")


def _handoff(args: argparse.Namespace) -> int:
    with database(args) as db, db.session() as session:
        ward_id = find_ward(session, CLI, args.ward)
        pdf = print_handoff(
            session, CLI, ward_id, paper=args.paper, stale_after_days=args.stale_days
        )
    write_private(args.out, pdf)
    say(f"Printed the handoff sheet to {args.out}")
    return 0


def _discharge(args: argparse.Namespace) -> int:
    with database(args) as db, db.session() as session:
        ward_id = find_ward(session, CLI, args.ward) if args.ward else None
        admission_id = find_admission(session, CLI, args.patient, ward_id)
        pdf = print_discharge(
            session,
            CLI,
            admission_id,
            audience=args.audience,
            include_sensitive=args.include_sensitive,
            paper=args.paper,
            stale_after_days=args.stale_days,
        )
    write_private(args.out, pdf)
    say(f"Printed the discharge summary ({args.audience}) to {args.out}")
    return 0
