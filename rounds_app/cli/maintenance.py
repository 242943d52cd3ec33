"""`rounds-app db upgrade|check`, `rounds-app backup` and `rounds-app restore`. Each
handler imports what it runs (the schema tools, the JSON exchange, SQLAlchemy), so
that the parser loads none of them."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from rounds_app.cli.commands import Commands
from rounds_app.cli.exchange import say_password_resets
from rounds_app.cli.terminal import complain, say
from rounds_app.errors import RoundsError
from rounds_app.paths import database_url, sqlite_url
from rounds_app.services.actor import Actor

CLI = Actor.system("cli")


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    db = commands.add_parser("db", help="look after the database's schema")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = actions.add_parser(
        "upgrade", parents=[common], help="migrate to this version's schema (SQLite: a copy first)"
    )
    upgrade.set_defaults(handler=_upgrade)
    check = actions.add_parser(
        "check", parents=[common], help="schema at head, audit chain, change-log continuity"
    )
    check.set_defaults(handler=_check)

    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="a consistent copy while the app runs (SQLite: a database file; PostgreSQL: JSON)",
    )
    backup.add_argument("--out", required=True, type=Path, metavar="FILE")
    backup.set_defaults(handler=_backup)

    restore = commands.add_parser(
        "restore", parents=[common], help="restore a backup into an empty database"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(handler=_restore)


def _sqlite_path(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return (
        Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None
    )


def _upgrade(args: argparse.Namespace) -> int:
    from rounds_app.storage import migrating, schema
    from rounds_app.storage.database import create_db_engine

    engine = create_db_engine(database_url(args.db))
    try:
        before = migrating.bring_up_to_date(engine)
    finally:
        engine.dispose()
    head = schema.head_revision()
    say(f"The schema is at {head}" + (f" (was {before})." if before != head else " already."))
    return 0


def _check(args: argparse.Namespace) -> int:
    from rounds_app.services.health import check_database
    from rounds_app.storage.database import open_database

    db = open_database(database_url(args.db), migrate=False)
    try:
        problems = check_database(db)
    finally:
        db.dispose()
    for problem in problems:
        complain(str(problem))
    if not problems:
        say("The database is sound: schema at head, audit chain intact, change log complete.")
    return 1 if problems else 0


def _backup(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.exchange.json_format import export_json
    from rounds_app.storage.backup import copy_sqlite

    source = _sqlite_path(database_url(args.db))
    if source is not None:
        if not source.exists():
            raise RoundsError(f"there is no database at {source}")
        copy_sqlite(source, args.out)
    else:
        # a backup is for its administrator to restore: the accounts go with it
        with database(args) as db, db.session() as session:
            export_json(session, CLI, args.out, with_accounts=True)
    say(f"Backed up to {args.out}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    """A SQLite backup restored onto SQLite keeps everything, audit trail included;
    otherwise the backup goes through the all-or-nothing JSON import."""
    from sqlalchemy.engine import make_url

    from rounds_app.audit_files import forget_checkpoints
    from rounds_app.exchange.json_format import export_json
    from rounds_app.storage.backup import copy_sqlite, is_sqlite_file
    from rounds_app.storage.database import open_database

    if not args.file.is_file():
        raise RoundsError(f"cannot read {args.file}: no such file")
    url = database_url(args.db)
    target = _sqlite_path(url)
    if is_sqlite_file(args.file) and target is not None:
        _refuse_if_holds_data(url)
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        copy_sqlite(args.file, target)
        # the checkpoints of a file once at this place name events the backup never had
        forget_checkpoints(make_url(url))
        open_database(url).dispose()  # a backup from an older Rounds is migrated now
    elif is_sqlite_file(args.file):
        with tempfile.TemporaryDirectory() as folder:
            document = Path(folder) / "backup.json"
            copy = Path(folder) / "backup.sqlite3"
            copy_sqlite(args.file, copy)
            backup = open_database(sqlite_url(copy))
            try:
                with backup.session() as session:
                    export_json(session, CLI, document, with_accounts=True)
            finally:
                backup.dispose()
            _import(args, document)
    else:
        _import(args, args.file)
    say(f"Restored {args.file}")
    return 0


def _import(args: argparse.Namespace, document: Path) -> None:
    from rounds_app.cli.opening import database
    from rounds_app.exchange.json_format import import_json

    with database(args) as db, db.session() as session:
        summary = import_json(session, CLI, document)
    say_password_resets(summary)


def _refuse_if_holds_data(url: str) -> None:
    from rounds_app.services import users
    from rounds_app.storage.database import open_database

    path = _sqlite_path(url)
    if path is None or not path.exists():
        return
    db = open_database(url)
    try:
        with db.session() as session:
            if users.count_users(session):
                raise RoundsError("the database already holds data; restore into an empty one")
    finally:
        db.dispose()
