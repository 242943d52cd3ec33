"""The three measures' names and their anchors, shared by the capture dialog and the
trend, so the bedside and the chart use the same words."""

from __future__ import annotations

from enum import Enum

from ui.common.words import QT_TRANSLATE_NOOP, Words


class Measure(Enum):
    PAIN = "pain"
    FEELING = "feeling"
    BREATHLESSNESS = "breathlessness"


_NAMES = {
    Measure.PAIN: QT_TRANSLATE_NOOP("PromWords", "Pain"),
    Measure.FEELING: QT_TRANSLATE_NOOP("PromWords", "Feeling today"),
    Measure.BREATHLESSNESS: QT_TRANSLATE_NOOP("PromWords", "Breathlessness"),
}

_QUESTIONS = {
    Measure.PAIN: QT_TRANSLATE_NOOP("PromWords", "&Pain right now"),
    Measure.FEELING: QT_TRANSLATE_NOOP("PromWords", "How are you &feeling today?"),
    Measure.BREATHLESSNESS: QT_TRANSLATE_NOOP("PromWords", "&Breathlessness"),
}

# what the ends of each scale mean: feeling counts up to good, the others to bad
_ANCHORS = {
    Measure.PAIN: QT_TRANSLATE_NOOP("PromWords", "0 = no pain · 10 = worst pain imaginable"),
    Measure.FEELING: QT_TRANSLATE_NOOP("PromWords", "0 = very bad · 10 = very good"),
    Measure.BREATHLESSNESS: QT_TRANSLATE_NOOP(
        "PromWords", "0 = not breathless · 10 = worst breathlessness"
    ),
}


class PromWords(Words):
    """The translators' context of these words."""


def measure_name(measure: Measure) -> str:
    return PromWords.tr(_NAMES[measure])


def measure_question(measure: Measure) -> str:
    return PromWords.tr(_QUESTIONS[measure])


def measure_anchors(measure: Measure) -> str:
    return PromWords.tr(_ANCHORS[measure])
