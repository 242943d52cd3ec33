"""`rounds-app print handoff|discharge`: a printed sheet as a PDF file. Each print is
recorded in the audit trail, as a print from the desktop app is.

`--as USER` signs that user in (the password asked for, or read from standard input)
and prints as them: the sheet names them as who printed it. Without it the sheet
says it was printed by the command line, so that nobody takes it for a person's."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rounds_app.cli.commands import Commands
from rounds_app.cli.terminal import say
from rounds_app.errors import ValidationError
from rounds_app.private_files import write_private
from rounds_app.reports import AUDIENCES
from rounds_app.services.actor import Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CLI = Actor.system("cli")


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
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
    discharge.add_argument(
        "--big-print",
        action="store_true",
        help="the patient's copy in big print (18 pt body), for low vision",
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
    parser.add_argument(
        "--as",
        dest="user",
        metavar="USER",
        help="print as this user, who signs in with their password (without it, the sheet "
        "says: printed by the command line)",
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="with --as: read the password from the first line of standard input",
    )


def _password(args: argparse.Namespace) -> str | None:
    """The password of the `--as` user, asked before the database is opened."""
    if args.user is None:
        if args.password_stdin:
            raise ValidationError("--password-stdin needs --as USER.")
        return None
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(f"Password for {args.user}: ")


def _printer(session: Session, args: argparse.Namespace, password: str | None) -> Actor:
    if password is None:
        return CLI
    from rounds_app.services.users import authenticate

    return authenticate(session, args.user, password)


def _handoff(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.reports.service import find_ward, print_handoff

    password = _password(args)
    with database(args) as db, db.session() as session:
        actor = _printer(session, args, password)
        ward_id = find_ward(session, actor, args.ward)
        pdf = print_handoff(
            session, actor, ward_id, paper=args.paper, stale_after_days=args.stale_days
        )
    write_private(args.out, pdf)
    say(f"Printed the handoff sheet to {args.out}")
    return 0


def _discharge(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.reports.service import find_admission, find_ward, print_discharge

    password = _password(args)
    with database(args) as db, db.session() as session:
        actor = _printer(session, args, password)
        ward_id = find_ward(session, actor, args.ward) if args.ward else None
        admission_id = find_admission(session, actor, args.patient, ward_id)
        pdf = print_discharge(
            session,
            actor,
            admission_id,
            audience=args.audience,
            include_sensitive=args.include_sensitive,
            paper=args.paper,
            stale_after_days=args.stale_days,
            big_print=args.big_print,
        )
    write_private(args.out, pdf)
    say(f"Printed the discharge summary ({args.audience}) to {args.out}")
    return 0
