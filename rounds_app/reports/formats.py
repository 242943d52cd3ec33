"""Dates, times and ages as the printed sheets write them. Rounds stores UTC; paper
shows the workstation's local time."""

from __future__ import annotations

from datetime import date, datetime

STALE_AFTER_DAYS = 7


def local(moment: datetime) -> datetime:
    return moment.astimezone()


def when(moment: datetime | None) -> str:
    """Local time as 3 Apr 2024 14:05; empty for nothing."""
    if moment is None:
        return ""
    moment = local(moment)
    return f"{moment.day} {moment:%b %Y %H:%M}"


def short_day(value: date | None) -> str:
    """Wed 3 Apr: enough on a sheet that is thrown away within the day."""
    if value is None:
        return ""
    return f"{value:%a} {value.day} {value:%b}"


def day(value: date | None) -> str:
    if value is None:
        return ""
    return f"{value.day} {value:%b %Y}"


def age(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def days_since(moment: datetime, now: datetime) -> int:
    return (local(now).date() - local(moment).date()).days


def stale_note(edited_at: datetime | None, now: datetime, after_days: int) -> str:
    """The note "(not updated for 12 days)" when a narrative field has not been touched for
    `after_days` or more; "" when it is fresh or was never written."""
    if edited_at is None:
        return ""
    days = days_since(edited_at, now)
    if days < after_days:
        return ""
    return f"(not updated for {days} days)"


def latest(*moments: datetime | None) -> datetime | None:
    """The most recent of the given times, ignoring the missing ones."""
    present = [moment for moment in moments if moment is not None]
    return max(present, default=None)
