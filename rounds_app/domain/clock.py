"""Time in Rounds is always timezone-aware UTC; screens convert to local time."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_day(moment: datetime) -> date:
    """The workstation's calendar day at `moment`: what "today" means on a screen or a
    sheet (an action due today is not yet overdue at 23:30 local time)."""
    return moment.astimezone().date()
