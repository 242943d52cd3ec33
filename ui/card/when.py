"""Times on the card, in the computer's local time: "5 minutes ago" for recent edits,
a date for older ones, and the full stamp for tooltips and history."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def _local(when: datetime) -> QDateTime:
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)  # the core stores UTC
    return QDateTime.fromMSecsSinceEpoch(round(aware.timestamp() * 1000))


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CardTime", text, "", n)


def day(when: datetime) -> str:
    """ "3 Mar 2025": the month spelled, so nobody guesses day/month order."""
    return QLocale().toString(_local(when).date(), "d MMM yyyy")


def stamp(when: datetime) -> str:
    """ "3 Mar 2025 14:05"."""
    return QLocale().toString(_local(when), "d MMM yyyy HH:mm")


def relative(when: datetime, now: datetime | None = None) -> str:
    """How long ago, in words, up to a week; then the date."""
    now = now or datetime.now(UTC)
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)
    seconds = (now - aware).total_seconds()
    if seconds < 60:  # a clock a little ahead of ours also reads as "just now"
        return _tr("just now")
    # "a minute ago" spelled out, so the English reads right without a translation file
    if seconds < 120:
        return _tr("a minute ago")
    if seconds < 3600:
        return _tr("%n minutes ago", int(seconds // 60))
    if seconds < 7200:
        return _tr("an hour ago")
    if seconds < 86400:
        return _tr("%n hours ago", int(seconds // 3600))
    if seconds < 2 * 86400:
        return _tr("a day ago")
    if seconds < 7 * 86400:
        return _tr("%n days ago", int(seconds // 86400))
    return day(when)
