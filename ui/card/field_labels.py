"""Screen words for the narrative card: field names, whose voice a field is in, and
the gentle question an empty field asks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rounds_app.domain.enums import CardField, Voice
from rounds_app.domain.labels import CARD_FIELD_LABELS
from ui.common.words import QT_TRANSLATE_NOOP

_VOICES = {
    Voice.PATIENT: QT_TRANSLATE_NOOP("CardWords", "Patient's own words"),
    Voice.FAMILY: QT_TRANSLATE_NOOP("CardWords", "Family / carer"),
    Voice.CLINICIAN: QT_TRANSLATE_NOOP("CardWords", "Clinician summary"),
}

# An empty field suggests what to ask, so the card invites the conversation rather
# than showing a blank.
_QUESTIONS = {
    CardField.WHO_I_AM: QT_TRANSLATE_NOOP(
        "CardWords", "Ask: what would you like us to call you, and what should we know about you?"
    ),
    CardField.WHAT_MATTERS_MOST: QT_TRANSLATE_NOOP(
        "CardWords", "Ask: what matters most to you right now?"
    ),
    CardField.HOPES: QT_TRANSLATE_NOOP("CardWords", "Ask: what are you hoping for?"),
    CardField.WORRIES: QT_TRANSLATE_NOOP("CardWords", "Ask: what worries you most?"),
    CardField.CULTURE_FAITH_LANGUAGE: QT_TRANSLATE_NOOP(
        "CardWords", "Ask: is there anything about your culture, faith or language we should know?"
    ),
    CardField.COMMUNICATION_NEEDS: QT_TRANSLATE_NOOP(
        "CardWords", "Ask: how can we best talk and share information with you?"
    ),
    CardField.HOME_AND_SUPPORTS: QT_TRANSLATE_NOOP(
        "CardWords", "Ask: who is at home, and who helps you?"
    ),
    CardField.GOALS_OF_CARE: QT_TRANSLATE_NOOP(
        "CardWords", "Talk through what the patient wants from their care."
    ),
}


def field_label(field: CardField) -> str:
    # The core owns the English names (the CLI and printouts use them too); the
    # screen translates them under one context.
    return QCoreApplication.translate("CardField", CARD_FIELD_LABELS[field])


def voice_label(voice: Voice) -> str:
    return QCoreApplication.translate("CardWords", str(_VOICES[voice]))


def empty_question(field: CardField) -> str:
    return QCoreApplication.translate("CardWords", str(_QUESTIONS[field]))
