"""`rounds-app demo`: a demo ward in a new database."""

from __future__ import annotations

import argparse

from rounds_app.cli.commands import Commands
from rounds_app.cli.opening import database
from rounds_app.cli.terminal import say
from rounds_app.demo import create_demo
from rounds_app.demo.ward import DEFAULT_BEDS
from rounds_app.errors import RoundsError


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "demo", parents=[common], help="create a demo ward (prints the demo passwords once)"
    )
    parser.add_argument("--patients", type=int, default=DEFAULT_BEDS, metavar="N")
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
    if args.db is None:
        raise RoundsError("give the new demo database with --db PATH")
    with database(args) as db:
        accounts = create_demo(
            db,
            patients=args.patients,
            seed=args.seed,
            contributions_per_patient=args.contributions_per_patient,
        )
    say(f"Demo ward created with {args.patients} patients in {args.db}")
    for line in accounts.password_lines():
        say(line)
    return 0
