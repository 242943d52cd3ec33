"""`rounds-app demo`: a demo ward in a new database. The generator loads only when
the command runs."""

from __future__ import annotations

import argparse

from rounds_app.cli.commands import Commands
from rounds_app.cli.terminal import say
from rounds_app.errors import RoundsError


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "demo", parents=[common], help="create a demo ward (prints the demo passwords once)"
    )
    parser.add_argument(
        "--patients", type=int, default=None, metavar="N", help="beds (default: the demo's 24)"
    )
    parser.add_argument("--seed", type=int, default=1, metavar="S")
    parser.add_argument(
        "--contributions-per-patient",
        type=int,
        default=None,
        metavar="M",
        help="a fixed number of entries per patient (for benchmarks)",
    )
    parser.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.demo import create_demo
    from rounds_app.demo.ward import DEFAULT_BEDS

    if args.db is None:
        raise RoundsError("give the new demo database with --db PATH")
    patients = DEFAULT_BEDS if args.patients is None else args.patients
    with database(args) as db:
        accounts = create_demo(
            db,
            patients=patients,
            seed=args.seed,
            contributions_per_patient=args.contributions_per_patient,
        )
    say(f"Demo ward created with {patients} patients in {args.db}")
    for line in accounts.password_lines():
        say(line)
    return 0
