"""Screen words for disciplines and kinds of entry, and the short dates the timeline
and the action lists share ("Today", "Yesterday", "Mon 23 Nov").

The core keeps English labels for the command line; screens translate their own."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

from rounds_app.domain.enums import ContributionKind, Discipline
from ui.widgets import fill

_DISCIPLINE = {
    Discipline.NURSING: QT_TRANSLATE_NOOP("Vocabulary", "Nursing"),
    Discipline.PHARMACY: QT_TRANSLATE_NOOP("Vocabulary", "Pharmacy"),
    Discipline.MEDICINE: QT_TRANSLATE_NOOP("Vocabulary", "Medicine"),
    Discipline.PHYSIOTHERAPY: QT_TRANSLATE_NOOP("Vocabulary", "Physiotherapy"),
    Discipline.OCCUPATIONAL_THERAPY: QT_TRANSLATE_NOOP("Vocabulary", "Occupational therapy"),
    Discipline.SOCIAL_WORK: QT_TRANSLATE_NOOP("Vocabulary", "Social work"),
    Discipline.DIETETICS: QT_TRANSLATE_NOOP("Vocabulary", "Dietetics"),
    Discipline.CHAPLAINCY: QT_TRANSLATE_NOOP("Vocabulary", "Chaplaincy"),
    Discipline.FAMILY_CARER: QT_TRANSLATE_NOOP("Vocabulary", "Family / carer"),
    Discipline.PATIENT: QT_TRANSLATE_NOOP("Vocabulary", "Patient's own words"),
}

_KIND = {
    ContributionKind.OBSERVATION: QT_TRANSLATE_NOOP("Vocabulary", "Observation"),
    ContributionKind.CONCERN: QT_TRANSLATE_NOOP("Vocabulary", "Concern"),
    ContributionKind.RECOMMENDATION: QT_TRANSLATE_NOOP("Vocabulary", "Recommendation"),
    ContributionKind.QUESTION: QT_TRANSLATE_NOOP("Vocabulary", "Question"),
    ContributionKind.UPDATE: QT_TRANSLATE_NOOP("Vocabulary", "Update"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def discipline_label(discipline: Discipline) -> str:
    return _tr(_DISCIPLINE[discipline])


def kind_label(kind: ContributionKind) -> str:
    return _tr(_KIND[kind])


def short_date(day: date, today: date) -> str:
    """ "Mon 23 Nov" in the user's language; the year only when it is not this one."""
    shown = QDate(day.year, day.month, day.day)
    pattern = "ddd d MMM" if day.year == today.year else "ddd d MMM yyyy"
    return QLocale().toString(shown, pattern)


def day_label(day: date, today: date) -> str:
    """ "Today", "Yesterday", else the short date."""
    if day == today:
        return _tr("Today")
    if (today - day).days == 1:
        return _tr("Yesterday")
    return short_date(day, today)


def clock_time(moment: datetime) -> str:
    """The local time of day, in the user's locale's short form ("09:12")."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def when(moment: datetime, today: date) -> str:
    """ "Today at 09:12", "Mon 23 Nov at 17:40" (local time)."""
    local = moment.astimezone()
    return fill(_tr("%1 at %2"), day_label(local.date(), today), clock_time(moment))
