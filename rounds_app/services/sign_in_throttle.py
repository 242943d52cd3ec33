"""The waits after failed sign-ins, kept per name typed (the rule is in
rounds_app.domain.sign_in_policy). The times are stored, so a wait holds on every
workstation and across a restart, and nothing ever sleeps.

These helpers take part in the users service's unit of work; they never commit."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from rounds_app.domain import sign_in_policy as policy
from rounds_app.services.audit import lock_chain_head
from rounds_app.storage.models import SignInThrottle


def name_digest(name: str) -> str:
    """The key of `name` (already trimmed and lower-cased)."""
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def waiting(session: Session, name: str, now: datetime) -> str | None:
    """While `name` must wait: the sentence saying for how long; else None."""
    row = session.get(SignInThrottle, name_digest(name))
    if row is None or now >= row.retry_after:
        return None
    return _wait_sentence(row, now)


def count_failure(session: Session, name: str, now: datetime) -> str | None:
    """Counts a failed sign-in with `name`. Returns the sentence saying how long it
    must now wait, or None when it may try again at once."""
    # the audit chain's head lock (which the commit takes anyway) taken first makes
    # this read-and-count one at a time across workstations
    lock_chain_head(session)
    key = name_digest(name)
    row = session.get(SignInThrottle, key, populate_existing=True)
    if row is None:
        row = SignInThrottle(name_digest=key, failures=0, retry_after=now)
        session.add(row)
    row.failures = policy.failures_in_a_row(row.failures, row.retry_after, now) + 1
    row.retry_after = now + policy.wait_after(row.failures)
    # names tried once and never again would otherwise pile up
    session.execute(
        delete(SignInThrottle).where(SignInThrottle.retry_after < now - policy.FORGET_AFTER)
    )
    return _wait_sentence(row, now) if row.retry_after > now else None


def forget(session: Session, name: str) -> bool:
    """Clears the count of `name`; True when there was one."""
    result = session.execute(
        delete(SignInThrottle).where(SignInThrottle.name_digest == name_digest(name))
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def locked_until(session: Session, names: Iterable[str], now: datetime) -> dict[str, datetime]:
    """Which of `names` are under the time lock, and until when."""
    by_key = {name_digest(name): name for name in names}
    rows = session.execute(
        select(SignInThrottle).where(SignInThrottle.name_digest.in_(by_key))
    ).scalars()
    return {
        by_key[row.name_digest]: row.retry_after
        for row in rows
        if policy.is_locked(row.failures, row.retry_after, now)
    }


def _wait_sentence(row: SignInThrottle, now: datetime) -> str:
    words = policy.wait_words(row.retry_after - now)
    if policy.is_locked(row.failures, row.retry_after, now):
        return (
            f"Too many failed sign-ins in a row: this username is locked for {words}; "
            "an administrator can unlock it sooner."
        )
    return f"Too many failed sign-ins in a row: try again in {words}."
