"""The commands that open or draw screens — `rounds-app rounds` and `rounds-app
render`. The core only declares their arguments; the desktop package runs them (the
core never imports Qt)."""

from __future__ import annotations

import argparse

from rounds_app.cli.commands import Commands
from rounds_app.errors import RoundsError

SCREEN_COMMANDS = frozenset({"rounds", "render"})


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    rounds = commands.add_parser(
        "rounds", parents=[common], help="open rounds mode: the ward-room screen and the console"
    )
    rounds.add_argument("--ward", metavar="CODE|ID", help="the ward (default: the first)")
    rounds.set_defaults(handler=_needs_desktop)

    render = commands.add_parser(
        "render", parents=[common], help="draw a screen to a PNG file, without a display"
    )
    render.add_argument("--ward", metavar="CODE|ID", help="the ward (default: the first)")
    render.add_argument(
        "--patient", metavar="BED", help="the patient's bed (default: the first in the round)"
    )
    render.add_argument("--view", choices=["rounds"], default="rounds")
    render.add_argument("--size", default="1920x1080", metavar="WxH")
    render.add_argument(
        "--reveal-names", action="store_true", help="show full names instead of initials"
    )
    render.add_argument("--out", required=True, metavar="FILE.png")
    render.set_defaults(handler=_needs_desktop)


def _needs_desktop(args: argparse.Namespace) -> int:
    raise RoundsError(
        f"'{args.command}' needs the desktop app: run it as rounds-app {args.command}"
    )
