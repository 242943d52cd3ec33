"""Someone who can write the database, but reach neither the audit key nor the
checkpoint file, cannot rewrite the audit trail unnoticed: not by editing an event and
recomputing every later hash and the head, nor by cutting off the tail and mending the
head. A missing key is reported, not papered over; a trail an older Rounds wrote (plain
SHA-256) still verifies and is sealed at the next save."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from rounds_app.audit_files import KEY_FILE_ENV, checkpoints_path
from rounds_app.cli.main import main
from rounds_app.domain.clock import utc_now
from rounds_app.errors import RoundsError
from rounds_app.exchange.json_format import export_json, import_json
from rounds_app.paths import sqlite_url
from rounds_app.services import contributions, wards
from rounds_app.services.audit import inspect_chain
from rounds_app.storage.database import Database, open_database
from rounds_app.storage.models import AuditChainHead, AuditEvent, Ward
from rounds_app.storage.models.audit import HOSPITAL_CHAIN
from tests.factories import ADMIN, small_ward
from tests.modes import OWNER_ONLY, file_mode

Hasher = Callable[[bytes], str]


def plain(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()


def with_own_key(payload: bytes) -> str:
    return hmac.new(b"the attacker's own key", payload, hashlib.sha256).hexdigest()


def _payload(event: AuditEvent, prev_hash: str) -> bytes:
    """An event's hashed content, as the source (and the old documentation) spell it."""
    at: datetime = event.at
    fields = [prev_hash, event.id, at.isoformat(), event.user_id, event.actor, event.action]
    fields += [event.entity, event.entity_id, event.fields]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _rehash_from(connection: Connection, first_id: int, hasher: Hasher) -> None:
    """What a tamperer does after editing event `first_id`: recompute that hash and
    every later one in its chain, and point the chain's head at the new last hash."""
    with Session(bind=connection) as session:
        chain = session.execute(select(AuditEvent.chain).where(AuditEvent.id == first_id))
        in_chain = AuditEvent.chain == chain.scalar_one()
        events = session.execute(select(AuditEvent).where(in_chain).order_by(AuditEvent.id))
        events = events.scalars().all()
        prev = "0" * 64
        for event in events:
            if event.id >= first_id:
                event.prev_hash = prev
                event.hash = hasher(_payload(event, prev))
            prev = event.hash
        head = session.get(AuditChainHead, events[-1].chain)
        assert head is not None
        head.last_event_id, head.last_hash = events[-1].id, events[-1].hash
        session.flush()


def _cut_tail(connection: Connection, count: int) -> list[int]:
    """Deletes the newest `count` events of the newest event's chain and mends that
    chain's head; returns the ids cut, newest first."""
    chain = connection.execute(
        text("SELECT chain FROM audit_events ORDER BY id DESC LIMIT 1")
    ).scalar_one()
    newest = connection.execute(
        text("SELECT id FROM audit_events WHERE chain = :chain ORDER BY id DESC"),
        {"chain": chain},
    ).scalars()
    *cut, keep = [event_id for event_id, _ in zip(newest, range(count + 1), strict=False)]
    for event_id in cut:
        connection.execute(text("DELETE FROM audit_events WHERE id = :id"), {"id": event_id})
    connection.execute(
        text(
            "UPDATE audit_chain_head SET last_event_id = :keep, "
            "last_hash = (SELECT hash FROM audit_events WHERE id = :keep) WHERE id = :chain"
        ),
        {"keep": keep, "chain": chain},
    )
    return cut


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _verify_and_check(db_url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`audit verify` and `db check` must agree; returns the exit code and both outputs."""
    verify_code, verify_out = _run(capsys, "audit", "verify", "--db", db_url)
    check_code, check_out = _run(capsys, "db", "check", "--db", db_url)
    assert verify_code == check_code, (verify_out, check_out)
    return verify_code, verify_out + check_out


@pytest.fixture
def ward_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own audit key file (made at the first save)."""
    path = tmp_path / "keys" / "ward.key"
    monkeypatch.setenv(KEY_FILE_ENV, str(path))
    return path


def test_an_intact_trail_verifies_sealed_with_an_owner_only_key(
    db: Database, db_url: str, ward_key: Path, capsys, permissive_umask: None
) -> None:  # type: ignore[no-untyped-def]
    small_ward(db, patients=2)
    code, output = _verify_and_check(db_url, capsys)
    assert code == 0, output
    assert f"sealed from event 1 with the audit key {ward_key}" in output
    assert "newest checkpoint" in output and "matches" in output
    checkpoints = checkpoints_path(db.engine.url)
    assert (file_mode(ward_key), file_mode(checkpoints)) == (OWNER_ONLY, OWNER_ONLY)
    assert [p.name for p in ward_key.parent.iterdir()] == ["ward.key"]  # no temporary left


@pytest.mark.parametrize("hasher", [plain, with_own_key], ids=["sha256", "own-key"])
def test_an_edited_event_with_every_later_hash_recomputed_is_found(
    db: Database, db_url: str, ward_key: Path, capsys, hasher: Hasher
) -> None:  # type: ignore[no-untyped-def]
    small_ward(db, patients=2)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_events SET actor = 'someone' WHERE id = 5"))
        _rehash_from(connection, 5, hasher)
    code, output = _verify_and_check(db_url, capsys)
    assert code == 1
    assert "audit event 5 was altered" in output
    assert "is not the event its checkpoint recorded" in output


def test_a_cut_tail_with_a_mended_head_is_found(
    db: Database, db_url: str, ward_key: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    small_ward(db, patients=2)
    with db.engine.begin() as connection:
        cut = _cut_tail(connection, 3)
        left = connection.execute(text("SELECT max(id) FROM audit_events")).scalar_one()
    code, output = _verify_and_check(db_url, capsys)
    assert code == 1
    assert f"the trail ends at event {left} but a checkpoint recorded event {cut[0]}" in output


def test_a_cut_tail_stays_found_after_more_work(
    db: Database, db_url: str, ward_key: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """New events may take the ids the deleted ones had (SQLite does so): the
    checkpoints still remember what those ids held."""
    ward = small_ward(db, patients=1)
    with db.engine.begin() as connection:
        cut = _cut_tail(connection, 3)
    for note in ("first", "second", "third", "fourth", "fifth"):
        with db.session() as s:
            contributions.add_contribution(
                s, ward.nurse, ward.admission_ids[0], text=note, kind="update"
            )
    code, output = _verify_and_check(db_url, capsys)
    assert code == 1
    if db.engine.dialect.name == "sqlite":
        assert "events were deleted and others written in their place" in output
    else:  # a sequence never hands out an id twice
        gone = ", ".join(str(event_id) for event_id in sorted(cut))
        assert f"audit events recorded at checkpoints are gone: {gone}" in output


def test_a_missing_key_is_reported_and_nothing_is_saved_without_it(
    db: Database, db_url: str, ward_key: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    small_ward(db, patients=1)
    ward_key.unlink()
    code, output = _verify_and_check(db_url, capsys)
    assert code == 1
    assert f"its key {ward_key} is missing" in output
    with db.session() as s, pytest.raises(RoundsError, match=f"audit key {ward_key} is missing"):
        wards.create_ward(s, ADMIN, code="W8", name="Ward 8", bed_labels=["8-1"])
    with db.session() as s:
        assert s.execute(select(func.count(Ward.id))).scalar_one() == 1
    assert not ward_key.exists()  # a new key would let a rewritten trail pass


def test_a_different_key_is_refused_by_writers_and_reported(
    db: Database, db_url: str, ward_key: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    small_ward(db, patients=1)
    ward_key.write_text(secrets.token_hex(32))
    with db.session() as s, pytest.raises(RoundsError, match="does not verify with the audit key"):
        wards.create_ward(s, ADMIN, code="W8", name="Ward 8", bed_labels=["8-1"])
    code, output = _verify_and_check(db_url, capsys)
    assert code == 1
    assert "(the seal) does not verify with the audit key" in output
    assert output.count("rounds-app:") <= 6  # a line per kind of finding, not per event


def _write_legacy_trail(db: Database, count: int) -> None:
    """Events as a Rounds from before audit keys wrote them: plain SHA-256."""
    with db.session() as s:
        head = s.get(AuditChainHead, HOSPITAL_CHAIN)
        assert head is not None
        for number in range(count):
            event = AuditEvent(
                at=utc_now(),
                user_id=None,
                actor="system:cli",
                action="ward.create",
                entity="ward",
                entity_id=number + 1,
                fields="code,name",
                prev_hash=head.last_hash,
                hash="",
            )
            s.add(event)
            s.flush()
            event.hash = plain(_payload(event, event.prev_hash))
            head.last_event_id, head.last_hash = event.id, event.hash
        s.commit()


def test_a_trail_from_before_keys_verifies_and_is_sealed_at_the_next_save(
    db: Database, db_url: str, ward_key: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    _write_legacy_trail(db, 3)
    code, output = _verify_and_check(db_url, capsys)
    assert code == 0 and "3 events, not sealed yet" in output
    small_ward(db, patients=1)
    code, output = _verify_and_check(db_url, capsys)
    assert code == 0 and "sealed from event 4" in output
    with db.session() as s:
        seal = s.get(AuditEvent, 4)
        assert seal is not None and seal.action == "audit.sealed"


def test_rewriting_the_part_from_before_keys_is_found(
    db: Database, db_url: str, ward_key: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    _write_legacy_trail(db, 3)
    small_ward(db, patients=1)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_events SET fields = 'code' WHERE id = 2"))
        _rehash_from(connection, 2, plain)
    code, output = _verify_and_check(db_url, capsys)
    assert code == 1
    with db.session() as s:
        # the hospital's chain, which holds the events from before keys, has its own seal
        seal = s.execute(
            select(AuditEvent.id).where(
                AuditEvent.chain == HOSPITAL_CHAIN, AuditEvent.action == "audit.sealed"
            )
        ).scalar_one()
    assert f"audit event {seal} (the seal) does not verify" in output


def test_an_imported_database_starts_a_sealed_trail_of_its_own(
    db: Database, open_db: Callable[[], Database], tmp_path: Path, ward_key: Path
) -> None:
    small_ward(db, patients=1)
    export = tmp_path / "ward.json"
    with db.session() as s:
        export_json(s, ADMIN, export)
    target = open_db()
    with target.session() as s:
        import_json(s, ADMIN, export)
    with target.session() as s:
        report = inspect_chain(s)
    assert report.problems == []
    assert (report.events, report.sealed_from, report.checkpoint) == (2, 1, 2)


def test_a_backup_restored_in_place_starts_its_checkpoints_afresh(
    tmp_path: Path, ward_key: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """The checkpoints of the file that was there name saves made after the backup:
    restoring is not tampering, so they go."""
    ward_file = tmp_path / "ward.sqlite3"
    db = open_database(sqlite_url(ward_file))
    ward = small_ward(db, patients=1)
    backup = tmp_path / "backup.sqlite3"
    assert _run(capsys, "backup", "--db", str(ward_file), "--out", str(backup))[0] == 0
    with db.session() as s:
        contributions.add_contribution(
            s, ward.nurse, ward.admission_ids[0], text="after the backup", kind="update"
        )
    db.dispose()
    aside = tmp_path / "damaged"
    aside.mkdir()
    for part in tmp_path.glob("ward.sqlite3*"):
        part.rename(aside / part.name)
    assert _run(capsys, "restore", str(backup), "--db", str(ward_file))[0] == 0
    code, output = _verify_and_check(str(ward_file), capsys)
    assert code == 0, output
