"""Keeping a database sound: check, upgrade, backup while in use, restore, rotation."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from rounds_app.cli.main import main
from rounds_app.paths import sqlite_url
from rounds_app.services import contributions
from rounds_app.storage.backup import rotate_backups
from rounds_app.storage.database import Database, open_database
from rounds_app.storage.migrating import alembic_config
from tests.factories import small_ward


def _run(capsys, argv: list[str]) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_check_finds_a_gap_in_the_change_log(db: Database, db_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    small_ward(db, patients=2)
    assert _run(capsys, ["db", "check", "--db", db_url]) == (
        0,
        "The database is sound: schema at head, audit chain intact, change log complete.\n",
    )
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM change_log WHERE id = 3"))
    code, output = _run(capsys, ["db", "check", "--db", db_url])
    assert code == 1 and "missing 1 numbered changes" in output


def test_an_old_schema_is_reported_then_upgraded(db_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    engine.dispose()
    code, output = _run(capsys, ["db", "check", "--db", db_url])
    assert code == 1 and "run rounds-app db upgrade" in output
    code, output = _run(capsys, ["db", "upgrade", "--db", db_url])
    assert code == 0 and "(was 0001)" in output
    assert _run(capsys, ["db", "check", "--db", db_url])[0] == 0


def test_backup_while_open_and_restore(db: Database, db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    ward = small_ward(db, patients=1)
    with db.session() as s:  # the database stays open, its last write maybe only in the WAL
        contributions.add_contribution(
            s, ward.nurse, ward.admission_ids[0], text="Ωραία μέρα", kind="update"
        )
    backup = tmp_path / ("backup.sqlite3" if db_url.startswith("sqlite") else "backup.json")
    assert _run(capsys, ["backup", "--db", db_url, "--out", str(backup)])[0] == 0
    restored = tmp_path / "restored.sqlite3"
    assert _run(capsys, ["restore", str(backup), "--db", str(restored)])[0] == 0
    copy = open_database(sqlite_url(restored))
    with copy.engine.connect() as connection:
        texts = connection.execute(text("SELECT text FROM contributions")).scalars().all()
    copy.dispose()
    assert texts == ["Ωραία μέρα"]
    assert _run(capsys, ["db", "check", "--db", str(restored)])[0] == 0
    code, output = _run(capsys, ["restore", str(backup), "--db", str(restored)])
    assert code == 1 and "already holds data" in output


def test_rotation_keeps_the_newest(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "ward.sqlite3"))
    db.dispose()
    folder = tmp_path / "backups"
    made = [rotate_backups(tmp_path / "ward.sqlite3", folder, keep=3) for _ in range(5)]
    assert sorted(folder.iterdir()) == made[-3:]
