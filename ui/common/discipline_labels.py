"""Screen words for disciplines (of a contributor, an account, an action's owner) and
for the kinds of entry on the timeline.

The core keeps English labels for the command line; screens translate their own."""

from __future__ import annotations

from rounds_app.domain.enums import ContributionKind, Discipline
from ui.common.words import QT_TRANSLATE_NOOP, Vocabulary

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


def discipline_label(discipline: Discipline) -> str:
    return Vocabulary.tr(_DISCIPLINE[discipline])


def kind_label(kind: ContributionKind) -> str:
    return Vocabulary.tr(_KIND[kind])
