"""The facilitator's prompts: the words of each step of one patient's discussion (the
steps themselves: rounds_app.services.round_prompts). The console shows one step at a
time; a key moves on."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rounds_app.domain.enums import Discipline
from rounds_app.domain.safety import SafetyItem
from rounds_app.services.round_prompts import PromptStep, Step, prompt_steps
from ui.common.discipline_labels import discipline_label
from ui.common.widgets import fill_placeholders
from ui.common.words import QT_TRANSLATE_NOOP, Words
from ui.safety.fact_labels import item_label

# each step's title and question, but those that name a discipline or safety items
_FIXED = {
    Step.WHAT_MATTERS: (
        QT_TRANSLATE_NOOP("RoundPrompts", "What matters most"),
        QT_TRANSLATE_NOOP(
            "RoundPrompts", "Read what matters most aloud. Is it still true? Anything to add?"
        ),
    ),
    Step.OVERNIGHT: (
        QT_TRANSLATE_NOOP("RoundPrompts", "Overnight events"),
        QT_TRANSLATE_NOOP(
            "RoundPrompts", "What happened since the last round: events, results, new worries?"
        ),
    ),
    Step.EACH_DISCIPLINE: (
        QT_TRANSLATE_NOOP("RoundPrompts", "Each discipline"),
        QT_TRANSLATE_NOOP("RoundPrompts", "Go round the room: what would each of you add?"),
    ),
    Step.PLAN: (
        QT_TRANSLATE_NOOP("RoundPrompts", "Plan"),
        QT_TRANSLATE_NOOP(
            "RoundPrompts", "Today's plan: who does what, by when? Capture each action."
        ),
    ),
    Step.DISCHARGE: (
        QT_TRANSLATE_NOOP("RoundPrompts", "Discharge"),
        QT_TRANSLATE_NOOP(
            "RoundPrompts", "Are we on track for the expected date? What stands in the way?"
        ),
    ),
    Step.PATIENT_AND_FAMILY: (
        QT_TRANSLATE_NOOP("RoundPrompts", "Questions for the patient and family"),
        QT_TRANSLATE_NOOP(
            "RoundPrompts", "What do we need to ask, or tell, the patient and their family?"
        ),
    ),
}
_DISCIPLINE = QT_TRANSLATE_NOOP("RoundPrompts", "%1: what would you add?")
_SAFETY = QT_TRANSLATE_NOOP("RoundPrompts", "Safety check")
_SAFETY_MISSING = QT_TRANSLATE_NOOP(
    "RoundPrompts", "Not assessed yet: %1. Who can answer each now? Capture what is missing."
)
_SAFETY_DONE = QT_TRANSLATE_NOOP(
    "RoundPrompts",
    "Every safety item is recorded. Read the flags aloud: mobility, falls, isolation, diet, "
    "aids, lines, VTE, decisions. Still true?",
)


@dataclass(frozen=True)
class Prompt:
    title: str
    question: str


class RoundPrompts(Words):
    """The translators' context of these words."""


def worded(step: PromptStep) -> Prompt:
    if step.step is Step.DISCIPLINE and step.discipline is not None:
        label = discipline_label(step.discipline)
        return Prompt(label, fill_placeholders(RoundPrompts.tr(_DISCIPLINE), label))
    if step.step is Step.SAFETY_CHECK:
        missing = ", ".join(item_label(item) for item in step.unassessed)
        check = (
            fill_placeholders(RoundPrompts.tr(_SAFETY_MISSING), missing)
            if missing
            else RoundPrompts.tr(_SAFETY_DONE)
        )
        return Prompt(RoundPrompts.tr(_SAFETY), check)
    title, question = _FIXED[step.step]
    return Prompt(RoundPrompts.tr(title), RoundPrompts.tr(question))


def prompts_for(
    speakers: Iterable[Discipline], unassessed: Iterable[SafetyItem] = ()
) -> list[Prompt]:
    """The steps for one patient, worded (see rounds_app.services.round_prompts)."""
    return [worded(step) for step in prompt_steps(speakers, unassessed)]
