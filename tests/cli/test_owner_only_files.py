"""Every file a command writes for a person — printed sheets, reviews, insights,
exports, backups, the copy taken before a migration — is readable by its owner only
(0600), however permissive the umask."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from rounds_app.cli.main import main
from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import Discipline, ReviewSection
from rounds_app.paths import sqlite_url
from rounds_app.services import reviews
from rounds_app.services.reviews import ReviewDraft
from rounds_app.storage.backup import rotate_backups
from rounds_app.storage.database import Database, open_database
from rounds_app.storage.migrating import alembic_config
from tests.factories import small_ward
from tests.modes import OWNER_ONLY, file_mode


def _review(db: Database, author, admission_id: int) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return reviews.create_review(
            s,
            author,
            ReviewDraft(
                title="The night of the fall",
                admission_id=admission_id,
                deidentified=False,
                sections={ReviewSection.WHAT_HAPPENED: "A fall at night."},
                participants=(Discipline.NURSING,),
                actions=(),
            ),
        )


def test_every_command_writes_owner_only_files(
    db: Database, db_url: str, tmp_path: Path, capsys, permissive_umask: None
) -> None:  # type: ignore[no-untyped-def]
    ward = small_ward(db, patients=1)
    review_id = _review(db, ward.nurse, ward.admission_ids[0])
    today = utc_now().astimezone().date()
    span = ["--ward", "W7", "--from", str(today - timedelta(days=7)), "--to", str(today)]
    commands = {
        "handoff.pdf": ["print", "handoff", "--out"],
        "discharge.pdf": ["print", "discharge", "--patient", "7-1", "--audience", "team", "--out"],
        "review.pdf": ["review", "print", "--id", str(review_id), "--out"],
        "insights.csv": ["insights", *span, "--csv"],
        "insights.pdf": ["insights", *span, "--pdf"],
        "discharge.json": ["export", "fhir", "--patient", "7-1", "--out"],
        "export.json": ["export", "json", "--out"],
        "backup": ["backup", "--out"],  # SQLite: a database file; PostgreSQL: JSON
    }
    modes = {}
    for name, argv in commands.items():
        out = tmp_path / name
        assert main([*argv, str(out), "--db", db_url]) == 0, capsys.readouterr().err
        modes[name] = file_mode(out)
    assert modes == dict.fromkeys(commands, OWNER_ONLY)


def test_a_wider_file_in_the_way_is_replaced_by_an_owner_only_one(
    db: Database, db_url: str, tmp_path: Path, permissive_umask: None
) -> None:
    small_ward(db, patients=1)
    out = tmp_path / "handoff.pdf"
    out.write_bytes(b"an older sheet")
    out.chmod(0o644)
    assert main(["print", "handoff", "--db", db_url, "--out", str(out)]) == 0
    assert file_mode(out) == OWNER_ONLY
    assert out.read_bytes().startswith(b"%PDF")


def test_automatic_backups_and_the_copy_before_a_migration_are_owner_only(
    tmp_path: Path, permissive_umask: None
) -> None:
    ward_file = tmp_path / "ward.sqlite3"
    engine = create_engine(sqlite_url(ward_file))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    engine.dispose()
    open_database(sqlite_url(ward_file)).dispose()  # migrates, copying the file aside first
    (before,) = tmp_path.glob("ward.before-0001.*.sqlite3")
    backup = rotate_backups(ward_file, tmp_path / "backups", keep=2)
    assert (file_mode(before), file_mode(backup)) == (OWNER_ONLY, OWNER_ONLY)
    assert [p.name for p in tmp_path.glob("**/*.tmp")] == []  # no temporary file left


def test_a_file_that_cannot_be_written_leaves_nothing_behind(
    db: Database, db_url: str, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    small_ward(db, patients=1)
    folder = tmp_path / "sheets"
    folder.mkdir()
    out = folder / "handoff.pdf"
    out.mkdir()  # a folder where the file should go: the rename fails
    assert main(["print", "handoff", "--db", db_url, "--out", str(out)]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert [p.name for p in folder.iterdir()] == ["handoff.pdf"]
