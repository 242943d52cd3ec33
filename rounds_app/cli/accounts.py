"""`rounds-app users add|list|passwd|unlock`. Each handler imports the services it
runs, so that building the parser loads none of them."""

from __future__ import annotations

import argparse
import getpass
import sys

from rounds_app.cli.commands import Commands
from rounds_app.cli.terminal import say, shown
from rounds_app.domain.enums import Discipline, Role
from rounds_app.errors import ValidationError
from rounds_app.services.actor import Actor

CLI = Actor.system("cli")


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("users", help="manage user accounts")
    actions = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common], help="create an account")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="the name colleagues see")
    add.add_argument("--discipline", required=True, choices=[d.value for d in Discipline])
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    _password_source(add)
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", parents=[common], help="list accounts")
    listing.set_defaults(handler=_list)

    passwd = actions.add_parser("passwd", parents=[common], help="set a new password")
    passwd.add_argument("username")
    _password_source(passwd)
    passwd.set_defaults(handler=_passwd)

    unlock = actions.add_parser(
        "unlock", parents=[common], help="let an account sign in again after failed sign-ins"
    )
    unlock.add_argument("username")
    unlock.set_defaults(handler=_unlock)


def _password_source(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input instead of asking",
    )


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("New password: ")
    if getpass.getpass("Again: ") != first:
        raise ValidationError("The two passwords differ.")
    return first


def _add(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.services import users

    password = _read_password(args)
    with database(args) as db, db.session() as session:
        user = users.create_user(
            session,
            CLI,
            username=args.username,
            display_name=args.name,
            discipline=args.discipline,
            role=args.role,
            password=password,
        )
    say(f"Created {user.username} ({user.role.value}, {user.discipline.value})")
    return 0


def _list(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.services import users

    with database(args) as db, db.session() as session:
        accounts = users.list_users(session, CLI)
    for user in accounts:
        state = "" if user.active else "  (disabled)"
        if user.locked_until is not None:
            state += f"  (locked until {user.locked_until:%Y-%m-%d %H:%M} UTC)"
        # one line per account, whatever an older database let into a name
        say(
            f"{shown(user.username):<20} {user.role.value:<13} {user.discipline.value:<21} "
            f"{shown(user.display_name)}{state}"
        )
    return 0


def _passwd(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.services import users

    password = _read_password(args)
    with database(args) as db, db.session() as session:
        users.change_password(session, CLI, args.username, password)
    say(f"Password changed for {shown(args.username)}")
    return 0


def _unlock(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.services import users

    with database(args) as db, db.session() as session:
        cleared = users.clear_lockout(session, CLI, args.username)
    if cleared:
        say(f"{shown(args.username)} may sign in again")
    else:
        say(f"{shown(args.username)} had no failed sign-ins to clear")
    return 0
