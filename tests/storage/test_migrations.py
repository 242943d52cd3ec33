"""An older database is upgraded in place (a SQLite file is copied aside first), and an
older export still imports."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from rounds_app.exchange.json_format import export_document, import_json
from rounds_app.feed import FeedPosition
from rounds_app.live import changes_after, latest_position
from rounds_app.services.actor import Actor
from rounds_app.services.health import check_database
from rounds_app.storage.database import Database, open_database
from rounds_app.storage.migrating import alembic_config
from rounds_app.storage.models.audit import HOSPITAL_CHAIN
from tests.factories import small_ward

ADMIN = Actor.system("test")
ROUNDS_TABLES = ("round_patients", "round_attendance", "action_read_backs")


def test_a_first_version_database_is_upgraded_with_its_data(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
        connection.execute(
            text(
                "INSERT INTO users (id, username, display_name, discipline, role, password_hash,"
                " active, created_at) VALUES (1, 'amara', 'Amara', 'nursing', 'charge_nurse', 'x',"
                " true, '2026-11-01 08:00:00')"
            )
        )
        connection.execute(text("INSERT INTO wards (id, code, name) VALUES (1, '4B', 'Ward 4B')"))
        connection.execute(
            text(
                "INSERT INTO ward_rounds (ward_id, started_at, facilitator_id)"
                " VALUES (1, '2026-11-01 09:00:00', 1)"
            )
        )
    engine.dispose()
    db = open_database(db_url)
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT target_seconds FROM ward_rounds")).scalar() == 300
        assert connection.execute(text("SELECT count(*) FROM round_patients")).scalar() == 0
    db.dispose()
    if db_url.startswith("sqlite"):
        path = Path(make_url(db_url).database or "")
        assert list(path.parent.glob(f"{path.stem}.before-0001.*{path.suffix}"))


def test_a_version_1_export_still_imports(db: Database, open_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    small_ward(db, patients=2)
    with db.session() as s:
        document = export_document(s, ADMIN)
    document["format_version"] = 1
    tables = document["tables"]
    for name in ROUNDS_TABLES:
        del tables[name]
    for name, column in (
        ("ward_rounds", "target_seconds"),
        ("contributions", "round_id"),
        ("action_items", "round_id"),
    ):
        for row in tables[name]:
            del row[column]
    old = tmp_path / "v1.json"
    old.write_text(json.dumps(document), "utf-8")
    target = open_db()
    with target.session() as s:
        summary = import_json(s, ADMIN, old)
    assert summary.rows["admissions"] == 2


def test_the_single_chain_becomes_the_hospital_s_and_wards_number_their_own(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0008")
        connection.execute(
            text(
                "INSERT INTO change_log (id, at, entity, entity_id, ward_id, admission_id)"
                " VALUES (1, '2026-11-01 08:00:00', 'user', 1, NULL, NULL),"
                " (2, '2026-11-01 08:01:00', 'user', 2, NULL, NULL)"
            )
        )
    engine.dispose()
    db = open_database(db_url)
    try:
        with db.session() as s:
            before = latest_position(s)
        assert before == FeedPosition(((HOSPITAL_CHAIN, 2),))
        ward = small_ward(db, patients=1)
        with db.session() as s:
            changes = changes_after(s, before)
        assert {c.chain for c in changes} == {HOSPITAL_CHAIN, ward.ward_id}
        assert min(c.id for c in changes) == 3  # ids go on where the old numbering ended
        hospital = [c.seq for c in changes if c.chain == HOSPITAL_CHAIN]
        assert hospital == list(range(3, 3 + len(hospital)))
        assert check_database(db) == []
    finally:
        db.dispose()
