"""`rounds-app downtime`: the downtime kit (the handoff sheet and a card per patient, as
PDFs) for one ward or all, into a folder that keeps the newest N sets. Run it from a
timer on the ward's downtime PC (docs/operations.md); the files are the owner's only."""

from __future__ import annotations

import argparse
from pathlib import Path

from rounds_app.cli.commands import Commands
from rounds_app.cli.terminal import say
from rounds_app.errors import ValidationError
from rounds_app.services.actor import Actor

TOOL = Actor.system("downtime")


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError("give a whole number of sets, 1 or more")
    return int(text)


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "downtime",
        parents=[common],
        help="write the downtime sheets (handoff and a card per patient) as PDFs",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--ward", metavar="CODE|ID", help="one ward")
    which.add_argument("--all", action="store_true", help="every ward")
    parser.add_argument("--out", required=True, type=Path, metavar="DIR")
    parser.add_argument(
        "--keep",
        type=_count,
        default=None,
        metavar="N",
        help="keep the newest N sets in DIR and remove older ones (default: 6)",
    )
    parser.set_defaults(handler=_downtime)


def _downtime(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.reports.service import find_ward
    from rounds_app.services.downtime import DEFAULT_KEEP, write_downtime_kit

    keep = DEFAULT_KEEP if args.keep is None else args.keep
    with database(args) as db, db.session() as session:
        wards = None if args.all else [find_ward(session, TOOL, args.ward)]
        if wards == []:
            raise ValidationError("There are no wards in this database.")
        written = write_downtime_kit(session, TOOL, args.out, ward_ids=wards, keep=keep)
    say(f"wrote {written.cards} patient cards for {written.wards} ward(s) to {written.folder}")
    return 0
