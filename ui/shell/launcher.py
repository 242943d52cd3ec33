"""The `rounds-app` entry point: a subcommand runs headless in the core; no command
opens the desktop app. Qt is imported only for the app, so the headless commands
start fast and run where there is no display."""

from __future__ import annotations

from collections.abc import Sequence

from rounds_app.cli.main import build_parser, run
from rounds_app.cli.screens import SCREEN_COMMANDS


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in SCREEN_COMMANDS:
        from ui.rounds.commands import run_screen_command

        return run_screen_command(args)
    if args.command is not None:
        return run(args)
    from ui.shell.app import run_app

    return run_app(
        db=args.db, demo=args.demo, lock_after_minutes=args.lock_after, language=args.language
    )
