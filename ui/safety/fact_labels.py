"""Screen words for the safety facts.

The core keeps the English labels (rounds_app.domain.safety; the command line and the
printouts use them too); screens translate them under one context, as the card does
with its field names."""

from __future__ import annotations

from datetime import datetime

from rounds_app.domain.safety import (
    CEILING_LABELS,
    RESUSCITATION_LABELS,
    SAFETY_ITEMS,
    AllergySeverity,
    AllergyStatus,
    Ceiling,
    Resuscitation,
    SafetyItem,
)
from ui.common import date_words
from ui.common.widgets import fill_placeholders
from ui.common.words import QT_TRANSLATE_NOOP, Words

_SEVERITY = {
    AllergySeverity.UNKNOWN: QT_TRANSLATE_NOOP("SafetyWords", "severity not known"),
    AllergySeverity.MILD: QT_TRANSLATE_NOOP("SafetyWords", "mild"),
    AllergySeverity.MODERATE: QT_TRANSLATE_NOOP("SafetyWords", "moderate"),
    AllergySeverity.SEVERE: QT_TRANSLATE_NOOP("SafetyWords", "severe"),
}

# FHIR AllergyIntolerance.criticality: the risk of a future reaction being serious
CRITICALITIES = (
    ("", QT_TRANSLATE_NOOP("SafetyWords", "risk not assessed")),
    ("low", QT_TRANSLATE_NOOP("SafetyWords", "low risk")),
    ("high", QT_TRANSLATE_NOOP("SafetyWords", "high risk")),
    ("unable-to-assess", QT_TRANSLATE_NOOP("SafetyWords", "risk unable to assess")),
)

_STATUS = {
    AllergyStatus.ACTIVE: QT_TRANSLATE_NOOP("SafetyWords", "active"),
    AllergyStatus.INACTIVE: QT_TRANSLATE_NOOP("SafetyWords", "inactive"),
    AllergyStatus.RESOLVED: QT_TRANSLATE_NOOP("SafetyWords", "resolved"),
    AllergyStatus.ENTERED_IN_ERROR: QT_TRANSLATE_NOOP("SafetyWords", "entered in error"),
}

# short forms for the header and the console, where the whole sentence does not fit
_SHORT_RESUSCITATION = {
    Resuscitation.NOT_DISCUSSED: QT_TRANSLATE_NOOP("SafetyWords", "CPR not discussed"),
    Resuscitation.FOR_CPR: QT_TRANSLATE_NOOP("SafetyWords", "For CPR"),
    Resuscitation.DNACPR: QT_TRANSLATE_NOOP("SafetyWords", "DNACPR"),
}


class SafetyWords(Words):
    """The translators' context of these words."""


def resuscitation_label(status: Resuscitation) -> str:
    return SafetyWords.tr(RESUSCITATION_LABELS[Resuscitation(status)])


def resuscitation_short(status: Resuscitation) -> str:
    return SafetyWords.tr(_SHORT_RESUSCITATION[Resuscitation(status)])


def ceiling_label(ceiling: Ceiling) -> str:
    return SafetyWords.tr(CEILING_LABELS[Ceiling(ceiling)])


def allergy_severity_label(severity: str) -> str:
    return SafetyWords.tr(_SEVERITY[AllergySeverity(severity)])


def criticality_label(criticality: str) -> str:
    return SafetyWords.tr(dict(CRITICALITIES).get(criticality, CRITICALITIES[0][1]))


def allergy_status_label(status: str) -> str:
    return SafetyWords.tr(_STATUS[AllergyStatus(status)])


def item_label(item: SafetyItem) -> str:
    return SafetyWords.tr(SAFETY_ITEMS[item].label)


def item_states(item: SafetyItem) -> list[tuple[str, str]]:
    """(stored value, screen label) for each state, "not assessed" first."""
    return [(value, SafetyWords.tr(label)) for value, label in SAFETY_ITEMS[item].states]


def item_detail_prompt(item: SafetyItem) -> str:
    return SafetyWords.tr(SAFETY_ITEMS[item].detail)


def recorded(by: str | None, at: datetime | None) -> str:
    """ "Recorded by Dr Lee, 5 minutes ago", or that nobody has recorded it yet."""
    if at is None:
        return SafetyWords.tr("Not recorded yet")
    return fill_placeholders(
        SafetyWords.tr("Recorded by %1, %2"),
        by or SafetyWords.tr("someone"),
        date_words.relative(at),
    )
