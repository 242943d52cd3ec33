"""For the sign-in tests: a UTC clock the test moves by hand, and failing sign-ins until
a name is locked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from rounds_app.domain import clock as clock_module
from rounds_app.domain.sign_in_policy import LOCK_AFTER
from rounds_app.errors import AuthenticationFailed
from rounds_app.services import users
from rounds_app.storage.database import Database


class FakeUtcClock:
    """`rounds_app.domain.clock.utc_now`, standing still until the test moves it."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **amount: float) -> None:
        self.now += timedelta(**amount)

    @classmethod
    def install(cls, monkeypatch: pytest.MonkeyPatch) -> FakeUtcClock:
        clock = cls()
        monkeypatch.setattr(clock_module, "utc_now", clock)
        return clock


def fail_sign_in(db: Database, username: str, password: str = "not the password") -> str:
    """Signs in, expecting a refusal; returns its message."""
    with db.session() as s, pytest.raises(AuthenticationFailed) as refused:
        users.authenticate(s, username, password)
    return str(refused.value)


def lock_out(db: Database, username: str, clock: FakeUtcClock) -> list[str]:
    """Fails sign-ins with `username`, each after the last wait is over, until it is
    locked. Returns the messages."""
    messages = []
    for attempt in range(LOCK_AFTER):
        if attempt:
            clock.advance(seconds=30)  # more than any wait before the lock
        messages.append(fail_sign_in(db, username))
    return messages
