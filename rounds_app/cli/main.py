"""Parsing `rounds-app` arguments and running a subcommand. Expected failures end in
one line on stderr and a non-zero exit; nothing is left half-done because every
command commits one unit of work.

Building the parser imports no command's implementation (each handler imports what
it runs), so that every command starts with only what it uses, and `--version` or a
mistyped option answers at once."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rounds_app.cli import (
    accounts,
    audit_trail,
    demo_ward,
    downtime,
    exchange,
    interop,
    maintenance,
    printing,
    reflection,
    screens,
    translations,
)
from rounds_app.cli.terminal import complain
from rounds_app.errors import RoundsError
from rounds_app.subsystem_log import subsystem_logger

if TYPE_CHECKING:
    from sqlalchemy.exc import SQLAlchemyError

log = subsystem_logger(__name__)

EXIT_ERROR = 1


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="a SQLite file or a SQLAlchemy URL (default: $ROUNDS_DATABASE_URL, "
        "else rounds.sqlite3 in your data folder)",
    )


def _minutes(text: str) -> float:
    try:
        minutes = float(text)
    except ValueError:
        minutes = 0
    if not 0 < minutes <= 24 * 60:
        raise argparse.ArgumentTypeError("give a number of minutes from 0.1 to 1440")
    return minutes


class _Version(argparse.Action):
    """`--version`: the installed package's version, read only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from rounds_app.version import version

        print(f"Rounds {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rounds-app",
        description="Rounds: narrative cards and shared notes for interdisciplinary ward "
        "rounds. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    _db_option(parser)
    parser.add_argument(
        "--demo", action="store_true", help="open the desktop app on a fresh demo ward"
    )
    parser.add_argument(
        "--lock-after",
        type=_minutes,
        metavar="MINUTES",
        help="lock the workstation after this many idle minutes "
        "(default: $ROUNDS_IDLE_LOCK_MINUTES, else 5)",
    )
    parser.add_argument(
        "--language",
        metavar="LANG",
        help="the language of the screens, as de, es or en_XA (default: $ROUNDS_LANGUAGE, "
        "else the site's setting, else the computer's language)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    _db_option(common)
    for module in (
        demo_ward,
        accounts,
        audit_trail,
        exchange,
        screens,
        maintenance,
        printing,
        downtime,
        reflection,
        interop,
        translations,
    ):
        module.register(commands, common)
    return parser


def run(args: argparse.Namespace) -> int:
    """Runs the parsed subcommand; returns the exit code."""
    # SQLAlchemy loads with the command that needs it, not with the parser
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return int(args.handler(args) or 0)
    except RoundsError as error:
        complain(str(error))
    except SQLAlchemyError as error:
        log.warning("database error in %s: %s", args.command, type(error).__name__)
        complain(f"database error: {_first_line(error)}")
    except OSError as error:
        complain(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "))
    except KeyboardInterrupt:
        complain("interrupted; nothing was changed")
    return EXIT_ERROR


def _first_line(error: SQLAlchemyError) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0] if str(original).strip() else type(error).__name__


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m rounds_app`: the headless commands only."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    return run(args)
