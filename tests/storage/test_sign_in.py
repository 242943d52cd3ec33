"""Signing in: growing waits after failed sign-ins, then a time lock an administrator
can clear; every refusal audited; an unknown name answers like a real one."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher, extract_parameters
from sqlalchemy import func, select

from rounds_app.domain.enums import Discipline, Role
from rounds_app.domain.sign_in_policy import LOCK_FOR
from rounds_app.errors import NotFound, PermissionDenied
from rounds_app.services import users
from rounds_app.services.audit import verify_chain
from rounds_app.services.unit import latest_change_id
from rounds_app.storage.database import Database, open_database
from rounds_app.storage.models import AuditEvent, SignInThrottle, User
from tests.factories import ADMIN, PASSWORD, add_user
from tests.sign_ins import FakeUtcClock, fail_sign_in, lock_out

NOT_RIGHT = "The username or password is not right."
LOCKED = "this username is locked for 15 minutes; an administrator can unlock it sooner."


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeUtcClock:
    return FakeUtcClock.install(monkeypatch)


@pytest.fixture
def nurse(db: Database, clock: FakeUtcClock) -> str:
    add_user(db, "nurse", Role.CLINICIAN, Discipline.NURSING)
    return "nurse"


def _signs_in(db: Database, username: str) -> bool:
    with db.session() as s:
        return users.authenticate(s, username, PASSWORD).username == username


def _events(db: Database, *actions: str) -> list[AuditEvent]:
    with db.session() as s:
        return list(
            s.execute(
                select(AuditEvent).where(AuditEvent.action.in_(actions)).order_by(AuditEvent.id)
            ).scalars()
        )


def test_waits_grow_from_the_fifth_failure_and_a_success_starts_afresh(
    db: Database, nurse: str, clock: FakeUtcClock
) -> None:
    waits = []
    for seconds in (0, 0, 0, 0, 1, 2, 4, 8, 16):
        waits.append(fail_sign_in(db, nurse))
        clock.advance(seconds=seconds)
    assert waits[:4] == [NOT_RIGHT] * 4
    assert waits[4:] == [
        f"{NOT_RIGHT} Too many failed sign-ins in a row: try again in {n}."
        for n in ("1 second", "2 seconds", "4 seconds", "8 seconds", "16 seconds")
    ]
    assert _signs_in(db, nurse)
    assert [fail_sign_in(db, nurse) for _ in range(4)] == [NOT_RIGHT] * 4


def test_the_right_password_waits_too_and_the_wait_holds_on_every_workstation(
    db: Database, db_url: str, nurse: str, clock: FakeUtcClock
) -> None:
    for _ in range(5):
        fail_sign_in(db, nurse)
    clock.advance(seconds=0.4)
    other_workstation = open_database(db_url)
    try:
        assert fail_sign_in(other_workstation, nurse, PASSWORD) == (
            "Too many failed sign-ins in a row: try again in 1 second."
        )
        clock.advance(seconds=0.6)
        assert _signs_in(other_workstation, nurse)
    finally:
        other_workstation.dispose()


def test_ten_failures_in_a_row_lock_the_name_for_fifteen_minutes(
    db: Database, nurse: str, clock: FakeUtcClock
) -> None:
    assert (
        lock_out(db, nurse, clock)[-1] == f"{NOT_RIGHT} Too many failed sign-ins in a row: {LOCKED}"
    )
    clock.advance(minutes=10)
    assert fail_sign_in(db, nurse, PASSWORD) == (
        "Too many failed sign-ins in a row: this username is locked for 5 minutes; "
        "an administrator can unlock it sooner."
    )
    clock.advance(minutes=5)
    assert _signs_in(db, nurse)


def test_after_an_hour_without_failures_the_count_starts_afresh(
    db: Database, nurse: str, clock: FakeUtcClock
) -> None:
    lock_out(db, nurse, clock)
    clock.advance(minutes=15)
    assert fail_sign_in(db, nurse).endswith(LOCKED)  # the lock over, one more locks again
    clock.advance(minutes=15, hours=1)
    assert fail_sign_in(db, nurse) == NOT_RIGHT


def test_an_administrator_clears_a_lock(db: Database, nurse: str, clock: FakeUtcClock) -> None:
    charge = add_user(db, "charge", Role.CHARGE_NURSE, Discipline.NURSING)
    lock_out(db, nurse, clock)
    with db.session() as s:
        listed = {u.username: u.locked_until for u in users.list_users(s, ADMIN)}
    assert listed == {"charge": None, nurse: clock.now + LOCK_FOR}
    with db.session() as s, pytest.raises(PermissionDenied, match="cannot unlock user accounts"):
        users.clear_lockout(s, charge, nurse)
    with db.session() as s, pytest.raises(NotFound, match="no user 'nobody'"):
        users.clear_lockout(s, ADMIN, "nobody")

    with db.session() as s:
        assert users.clear_lockout(s, ADMIN, "Nurse ") is True
    assert _signs_in(db, nurse)
    with db.session() as s:
        assert users.clear_lockout(s, ADMIN, nurse) is False  # nothing to clear
        assert all(u.locked_until is None for u in users.list_users(s, ADMIN))
    [unlock] = _events(db, "user.unlock")
    assert (unlock.actor, unlock.entity_id) == (ADMIN.username, _user_id(db, nurse))


def test_an_unknown_or_disabled_name_gets_the_answers_a_real_one_gets(
    db: Database, nurse: str, clock: FakeUtcClock
) -> None:
    add_user(db, "gone", Role.CLINICIAN, Discipline.NURSING)
    with db.session() as s:
        users.set_active(s, ADMIN, "gone", False)
    answers = {}
    for name in (nurse, "nobody", "gone"):
        answers[name] = lock_out(db, name, clock)
        answers[name].append(fail_sign_in(db, name, PASSWORD))
    assert answers[nurse] == answers["nobody"] == answers["gone"]
    assert answers[nurse][-1].endswith(LOCKED)


def test_every_refused_sign_in_is_audited_without_the_password(
    db: Database, nurse: str, clock: FakeUtcClock
) -> None:
    with db.session() as s:
        changes_before = latest_change_id(s)
    fail_sign_in(db, " Nurse", "guess-one")
    fail_sign_in(db, "nobody\x1b[2J" + "x" * 80, "guess-two")
    for _ in range(4):
        fail_sign_in(db, nurse, "guess-three")
    fail_sign_in(db, nurse, PASSWORD)  # refused unchecked: the name must wait

    events = _events(db, "user.sign_in_failed", "user.sign_in_throttled")
    assert [(e.action, e.entity, e.entity_id, e.user_id, e.actor) for e in events[:2]] == [
        ("user.sign_in_failed", "user", _user_id(db, nurse), None, "sign-in:anonymous"),
        ("user.sign_in_failed", "user", None, None, "sign-in:anonymous"),
    ]
    assert events[0].fields == "username=' Nurse'"
    # as typed, cut to a username's length, and no control character stored raw
    assert events[1].fields == "username='nobody\\x1b[2J" + "x" * 54 + "…'"
    assert [e.action for e in events[2:]] == ["user.sign_in_failed"] * 4 + [
        "user.sign_in_throttled"
    ]
    assert not any("guess" in e.fields or PASSWORD in e.fields for e in events)
    with db.session() as s:
        assert latest_change_id(s) == changes_before  # screens do not reload for them
        assert verify_chain(s) == []


def test_names_tried_long_ago_are_forgotten(db: Database, clock: FakeUtcClock) -> None:
    fail_sign_in(db, "ghost.one")
    clock.advance(hours=2)
    fail_sign_in(db, "ghost.two")
    with db.session() as s:
        assert s.execute(select(func.count()).select_from(SignInThrottle)).scalar_one() == 1


def test_an_unknown_or_disabled_name_is_checked_against_an_equally_costly_hash(
    db: Database, nurse: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_user(db, "gone", Role.CLINICIAN, Discipline.NURSING)
    with db.session() as s:
        users.set_active(s, ADMIN, "gone", False)
    checked = _hashes_checked(monkeypatch)
    for name in ("nobody", "gone", nurse):
        fail_sign_in(db, name)
    with db.session() as s:
        real = s.execute(select(User.password_hash).where(User.username == nurse)).scalar_one()
    assert len(checked) == 3 and checked[2] == real
    dummy = checked[0]
    assert checked[1] == dummy != real
    assert extract_parameters(dummy) == extract_parameters(real)


def _hashes_checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The hashes argon2 verifies from now on (the library's verify, spied on)."""
    seen: list[str] = []
    verify = PasswordHasher.verify

    def spy(self: PasswordHasher, hash: str | bytes, password: str | bytes) -> bool:
        seen.append(hash if isinstance(hash, str) else hash.decode())
        return verify(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", spy)
    return seen


def _user_id(db: Database, username: str) -> int:
    with db.session() as s:
        return s.execute(select(User.id).where(User.username == username)).scalar_one()
