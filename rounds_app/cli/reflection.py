"""`rounds-app review print` and `rounds-app insights`: a reflective case review as a
PDF, and a ward's rounds insights as CSV or a PDF of charts. Prints are audited as
prints from the desktop app are."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from rounds_app.cli.commands import Commands
from rounds_app.cli.terminal import say
from rounds_app.private_files import write_private
from rounds_app.services.actor import Actor

CLI = Actor.system("cli")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give a date as YYYY-MM-DD") from None


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    review = commands.add_parser("review", help="reflective case reviews")
    actions = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    printing = actions.add_parser("print", parents=[common], help="print a review to PDF")
    printing.add_argument("--id", required=True, type=int, metavar="N", help="the review's id")
    printing.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    printing.set_defaults(handler=_print_review)

    report = commands.add_parser(
        "insights", parents=[common], help="a ward's rounds insights over a span of days"
    )
    report.add_argument("--ward", metavar="CODE|ID", help="the ward (default: the first)")
    report.add_argument("--from", dest="start", required=True, type=_day, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="end", required=True, type=_day, metavar="YYYY-MM-DD")
    output = report.add_mutually_exclusive_group(required=True)
    output.add_argument("--csv", type=Path, metavar="FILE.csv", help="one section per chart")
    output.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="charts, with their numbers")
    report.set_defaults(handler=_insights)


def _print_review(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.reports.service import print_review

    with database(args) as db, db.session() as session:
        pdf = print_review(session, CLI, args.id)
    write_private(args.out, pdf)
    say(f"Printed case review {args.id} to {args.out}")
    return 0


def _insights(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.reports.service import find_ward, print_insights
    from rounds_app.services.insights import insights, insights_csv

    with database(args) as db, db.session() as session:
        ward_id = find_ward(session, CLI, args.ward)
        if args.csv:
            text = insights_csv(insights(session, CLI, ward_id, args.start, args.end))
        else:
            pdf = print_insights(session, CLI, ward_id, args.start, args.end)
    if args.csv:
        write_private(args.csv, text.encode("utf-8"))
        say(f"Wrote the insights to {args.csv}")
    else:
        write_private(args.pdf, pdf)
        say(f"Printed the insights to {args.pdf}")
    return 0
