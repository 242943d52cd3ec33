"""How long a username must wait after failed sign-ins (OWASP Authentication Cheat
Sheet: throttling, then an account lockout with a threshold and an observation window).

The same rule applies to every name typed, whether an account has it or not: a wait or
a lock that only real accounts got would tell a stranger which names exist."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

# a few slips of the fingers cost nothing
FREE_FAILURES = 4
# then 1, 2, 4, 8, 16 seconds, and at this many failures in a row the name is locked
LOCK_AFTER = 10
LOCK_FOR = timedelta(minutes=15)
# the observation window: this long without a failure (counted from the end of the
# last wait) and the count starts again
FORGET_AFTER = timedelta(hours=1)


def wait_after(failures: int) -> timedelta:
    """How long the name must wait after its `failures`-th failure in a row."""
    if failures >= LOCK_AFTER:
        return LOCK_FOR
    if failures > FREE_FAILURES:
        return timedelta(seconds=2 ** (failures - FREE_FAILURES - 1))
    return timedelta(0)


def failures_in_a_row(failures: int, retry_after: datetime, now: datetime) -> int:
    """The failures that still count at `now`: none once the window has passed."""
    return 0 if now >= retry_after + FORGET_AFTER else failures


def is_locked(failures: int, retry_after: datetime, now: datetime) -> bool:
    """Under the time lock (not merely a short wait)."""
    return failures >= LOCK_AFTER and now < retry_after


def wait_words(wait: timedelta) -> str:
    """ "1 second", "16 seconds", "15 minutes": rounded up, so the wait is never longer
    than it says."""
    seconds = max(1, math.ceil(wait.total_seconds()))
    if seconds < 120:
        return "1 second" if seconds == 1 else f"{seconds} seconds"
    return f"{math.ceil(seconds / 60)} minutes"
