"""`rounds-app translations status|review`: which catalogs the patient's copy has,
and recording that a qualified medical translator reviewed one. Until then the copy
prints a banner saying the translation is not yet reviewed."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from rounds_app.cli.commands import Commands
from rounds_app.cli.terminal import say
from rounds_app.errors import ValidationError


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "translations", help="the patient copy's translations and their reviews"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    status = actions.add_parser("status", help="each catalog and who reviewed it")
    _catalogs_option(status)
    status.set_defaults(handler=_status)
    review = actions.add_parser(
        "review",
        help="record that a qualified medical translator reviewed a catalog "
        "(asks an administrator to confirm)",
    )
    review.add_argument("locale", metavar="LOCALE", help="the catalog, e.g. es, zh_Hans")
    review.add_argument("--by", required=True, metavar="NAME", help="the translator's name")
    review.add_argument(
        "--on", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
        help="the day of the review (default: today)",
    )  # fmt: skip
    _catalogs_option(review)
    review.set_defaults(handler=_review)


def _catalogs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--catalogs", type=Path, default=None, metavar="DIR",
        help="the translations folder (default: the one installed with Rounds)",
    )  # fmt: skip


def _status(args: argparse.Namespace) -> int:
    from rounds_app.i18n import catalogs

    root = args.catalogs or catalogs.translations_root()
    for locale in catalogs.shipped(root, catalogs.COPY_DOMAIN):
        review = catalogs.review_of(catalogs.po_path(root, catalogs.COPY_DOMAIN, locale))
        state = f"reviewed by {review.by} on {review.on}" if review.done else "not reviewed"
        say(f"{locale:<8} {_name(locale):<22} {state}")
    return 0


def _review(args: argparse.Namespace) -> int:
    from rounds_app.i18n import catalogs

    root = args.catalogs or catalogs.translations_root()
    if args.locale not in catalogs.shipped(root, catalogs.COPY_DOMAIN):
        raise ValidationError(f"There is no catalog for {args.locale!r} in {root}.")
    on = args.on or date.today()
    say(
        f"Record that {args.by}, a qualified medical translator, reviewed the "
        f"{_name(args.locale)} translation of the patient's copy on {on}?\n"
        "Type yes to confirm:"
    )
    if sys.stdin.readline().strip().casefold() != "yes":
        say("Not recorded.")
        return 1
    catalogs.record_review(catalogs.po_path(root, catalogs.COPY_DOMAIN, args.locale), args.by, on)
    say(f"Recorded: the {_name(args.locale)} copy no longer prints the unreviewed banner.")
    return 0


def _name(locale: str) -> str:
    from babel import Locale

    return Locale.parse(locale).get_display_name("en") or locale
