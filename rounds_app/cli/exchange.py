"""`rounds-app export json` and `rounds-app import json`: the whole database as one
documented, versioned JSON file (docs/export-format.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from rounds_app.cli.commands import Commands
from rounds_app.cli.terminal import say
from rounds_app.services.actor import Actor

if TYPE_CHECKING:
    from rounds_app.exchange.json_format import ImportSummary

CLI = Actor.system("cli")


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser("export", help="write the database to a file")
    export_formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    export_to_json = export_formats.add_parser("json", parents=[common], help="Rounds JSON")
    export_to_json.add_argument("--out", required=True, type=Path, metavar="FILE")
    export_to_json.add_argument(
        "--with-accounts",
        action="store_true",
        help="include the accounts' password hashes (administrators only); without it, "
        "imported accounts must have a password set before anyone can sign in",
    )
    export_to_json.set_defaults(handler=_export)

    load = commands.add_parser("import", help="read a file into the database")
    load_formats = load.add_subparsers(dest="format", metavar="FORMAT", required=True)
    load_json = load_formats.add_parser(
        "json", parents=[common], help="a Rounds JSON export; all of it or nothing"
    )
    load_json.add_argument("file", type=Path, metavar="FILE")
    load_json.add_argument(
        "--merge",
        action="store_true",
        help="add to a database that already holds data (records get new ids)",
    )
    load_json.set_defaults(handler=_import)


def _export(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.exchange.json_format import export_json

    with database(args) as db, db.session() as session:
        export_json(session, CLI, args.out, with_accounts=args.with_accounts)
    say(f"Exported to {args.out}" + ("" if args.with_accounts else " (without password hashes)"))
    return 0


def _import(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.exchange.json_format import import_json

    with database(args) as db, db.session() as session:
        summary = import_json(session, CLI, args.file, merge=args.merge)
    say(f"Imported {summary.total} records from {args.file}")
    say_password_resets(summary)
    return 0


def say_password_resets(summary: ImportSummary) -> None:
    """Accounts that came without a password cannot sign in until one is set."""
    count = summary.without_password
    if count:
        accounts = "1 account has" if count == 1 else f"{count} accounts have"
        say(
            f"{accounts} no password and cannot sign in until an administrator sets one: "
            "rounds-app users passwd NAME"
        )
