"""Dates and times in words, in the computer's local time and the user's language:
"5 minutes ago" for recent edits, "3 Mar 2025 14:05" for history and tooltips,
"Today at 09:12" and "Mon 23 Nov" for the timeline and the action lists.

The month is always a word: "3 Apr 2026" cannot be read as 4 March."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from ui.common.widgets import fill_placeholders
from ui.common.words import Vocabulary, Words


class DateFormats(Words):
    """The patterns dates are written in (QLocale's names of the days and months fill
    them), so each language orders them its own way ("3. Apr. 2026"); the month stays a
    word (MMM) in every one."""


def day_format() -> str:
    """ "3 Apr 2026" """
    return DateFormats.tr("d MMM yyyy", "Qt date pattern; keep MMM")


def weekday_day_format() -> str:
    """ "Fri 3 Apr 2026" """
    return DateFormats.tr("ddd d MMM yyyy", "Qt date pattern; keep MMM")


def weekday_month_format() -> str:
    """ "Fri 3 Apr": a date this year."""
    return DateFormats.tr("ddd d MMM", "Qt date pattern; keep MMM")


def day_month_format() -> str:
    """ "3 Apr": a date this year, where room is short."""
    return DateFormats.tr("d MMM", "Qt date pattern; keep MMM")


def _local(when: datetime) -> QDateTime:
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)  # the core stores UTC
    return QDateTime.fromMSecsSinceEpoch(round(aware.timestamp() * 1000))


class CardTime(Words):
    """The translators' context of these words."""


def day(when: datetime) -> str:
    """ "3 Mar 2025": the month spelled, so nobody guesses day/month order."""
    return QLocale().toString(_local(when).date(), day_format())


def stamp(when: datetime) -> str:
    """ "3 Mar 2025 14:05"."""
    return QLocale().toString(_local(when), f"{day_format()} HH:mm")


def relative(when: datetime, now: datetime | None = None) -> str:
    """How long ago, in words, up to a week; then the date."""
    now = now or datetime.now(UTC)
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)
    seconds = (now - aware).total_seconds()
    if seconds < 60:  # a clock a little ahead of ours also reads as "just now"
        return CardTime.tr("just now")
    # "a minute ago" spelled out, so the English reads right without a translation file
    if seconds < 120:
        return CardTime.tr("a minute ago")
    if seconds < 3600:
        return CardTime.tr("%Ln minutes ago", "", int(seconds // 60))
    if seconds < 7200:
        return CardTime.tr("an hour ago")
    if seconds < 86400:
        return CardTime.tr("%Ln hours ago", "", int(seconds // 3600))
    if seconds < 2 * 86400:
        return CardTime.tr("a day ago")
    if seconds < 7 * 86400:
        return CardTime.tr("%Ln days ago", "", int(seconds // 86400))
    return day(when)


def date_text(day: date) -> str:
    """ "Fri 3 Apr 2026": a calendar date with its weekday."""
    return QLocale().toString(QDate(day.year, day.month, day.day), weekday_day_format())


def short_date(day: date, today: date) -> str:
    """ "Mon 23 Nov" in the user's language; the year only when it is not this one."""
    shown = QDate(day.year, day.month, day.day)
    pattern = weekday_month_format() if day.year == today.year else weekday_day_format()
    return QLocale().toString(shown, pattern)


def day_label(day: date, today: date) -> str:
    """ "Today", "Yesterday", else the short date."""
    if day == today:
        return Vocabulary.tr("Today")
    if (today - day).days == 1:
        return Vocabulary.tr("Yesterday")
    return short_date(day, today)


def clock_time(moment: datetime) -> str:
    """The local time of day, in the user's locale's short form ("09:12")."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def day_and_time(moment: datetime, today: date) -> str:
    """ "Today at 09:12", "Mon 23 Nov at 17:40" (local time)."""
    local = moment.astimezone()
    return fill_placeholders(
        Vocabulary.tr("%1 at %2"), day_label(local.date(), today), clock_time(moment)
    )
