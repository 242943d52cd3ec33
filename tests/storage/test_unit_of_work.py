"""The frame every write goes through: role check, write lock, audit, change log,
commit — or nothing at all."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.domain.entities import Entity
from rounds_app.domain.roles import Permission
from rounds_app.errors import PermissionDenied
from rounds_app.services.unit import Change, latest_change_id, unit_of_work
from rounds_app.storage.database import Database
from rounds_app.storage.models import Admission, AuditEvent, ChangeLogEntry, Ward
from tests.factories import ADMIN, small_ward

# stands in for patient text: it must never reach the log
SECRET_NAME = "Ward of Mrs Confidential"


def _counts(session: Session) -> tuple[int, int, int]:
    return (
        session.execute(select(func.count(AuditEvent.id))).scalar_one(),
        session.execute(select(func.count(ChangeLogEntry.id))).scalar_one(),
        session.execute(select(func.count(Ward.id))).scalar_one(),
    )


def test_a_refused_role_writes_nothing_and_runs_nothing(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        before = _counts(s)
    ran = False
    with (
        db.session() as s,
        pytest.raises(PermissionDenied, match="A ward display account cannot create wards"),
        unit_of_work(s, ward.display, Permission.MANAGE_WARDS, "create wards") as work,
    ):
        ran = True
        s.add(Ward(code="X", name=SECRET_NAME))
        s.flush()
        work.record(Change("ward.create", Entity.WARD, None))
    assert not ran
    with db.session() as s:
        assert _counts(s) == before


def test_an_error_inside_rolls_everything_back_and_logs_ids_only(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    small_ward(db, patients=1)
    with db.session() as s:
        before = _counts(s)
    with (
        caplog.at_level(logging.INFO, "rounds.services"),
        db.session() as s,
        pytest.raises(RuntimeError, match="disk on fire"),
        unit_of_work(s, ADMIN, Permission.MANAGE_WARDS, "create wards") as work,
    ):
        new = Ward(code="X", name=SECRET_NAME)
        s.add(new)
        s.flush()
        written = new.id
        work.record(Change("ward.create", Entity.WARD, written, ("code", "name"), written))
        raise RuntimeError("disk on fire")
    with db.session() as s:
        assert _counts(s) == before
        assert s.execute(select(Ward.id).where(Ward.code == "X")).first() is None
    [line] = [r.getMessage() for r in caplog.records if "rolled back" in r.getMessage()]
    assert line == (
        f"rolled back: create wards by user system:test (RuntimeError) ward.create ward#{written}"
    )
    assert SECRET_NAME not in caplog.text


def test_a_unit_that_recorded_nothing_writes_nothing(db: Database) -> None:
    small_ward(db, patients=1)
    with db.session() as s:
        before = _counts(s)
    with db.session() as s, unit_of_work(s, ADMIN, Permission.MANAGE_WARDS, "create wards"):
        s.add(Ward(code="X", name="Unrecorded"))
        s.flush()
    with db.session() as s:
        assert _counts(s) == before


def test_a_unit_commits_one_audit_event_and_one_change_per_change(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission_id = ward.admission_ids[0]
    with db.session() as s:
        audits, changes, _ = _counts(s)
        last = latest_change_id(s)
    with db.session() as s:
        with unit_of_work(s, ward.nurse, Permission.CONTRIBUTE, "add contributions") as work:
            admission = s.get(Admission, admission_id)
            assert admission is not None
            work.record(
                Change.about(admission, "test.touch", Entity.ADMISSION, admission.id, ("x",))
            )
        assert work.change_id == last + 1
    with db.session() as s:
        assert _counts(s)[:2] == (audits + 1, changes + 1)
        event = s.execute(select(AuditEvent).order_by(AuditEvent.id.desc())).scalars().first()
        assert event is not None
        assert (event.action, event.entity, event.entity_id, event.fields) == (
            "test.touch",
            "admission",
            admission_id,
            "x",
        )
        assert (event.user_id, event.actor) == (ward.nurse.user_id, ward.nurse.username)
        entry = s.get(ChangeLogEntry, last + 1)
        assert entry is not None
        assert (entry.entity, entry.entity_id, entry.admission_id, entry.ward_id) == (
            "admission",
            admission_id,
            admission_id,
            ward.ward_id,
        )
