"""The facilitator's prompts: the steps of one patient's discussion, from the person
(what matters) through each discipline to the plan, discharge and what to ask the
patient and family. The console shows one step at a time; a key moves on."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from rounds_app.domain.enums import Discipline
from rounds_app.domain.safety import SafetyItem
from ui.contributions.vocabulary import discipline_label
from ui.safety.words import item_label
from ui.widgets import fill

_CONTEXT = "RoundPrompts"
_OPENING = (
    (
        QT_TRANSLATE_NOOP("RoundPrompts", "What matters most"),
        QT_TRANSLATE_NOOP(
            "RoundPrompts", "Read what matters most aloud. Is it still true? Anything to add?"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("RoundPrompts", "Overnight events"),
        QT_TRANSLATE_NOOP(
            "RoundPrompts", "What happened since the last round: events, results, new worries?"
        ),
    ),
)
_DISCIPLINE = QT_TRANSLATE_NOOP("RoundPrompts", "%1: what would you add?")
_GENERIC = (
    QT_TRANSLATE_NOOP("RoundPrompts", "Each discipline"),
    QT_TRANSLATE_NOOP("RoundPrompts", "Go round the room: what would each of you add?"),
)
_SAFETY = QT_TRANSLATE_NOOP("RoundPrompts", "Safety check")
_SAFETY_MISSING = QT_TRANSLATE_NOOP(
    "RoundPrompts", "Not assessed yet: %1. Who can answer each now? Capture what is missing."
)
_SAFETY_DONE = QT_TRANSLATE_NOOP(
    "RoundPrompts",
    "Every safety item is recorded. Read the flags aloud: mobility, falls, isolation, diet, "
    "aids, lines, VTE, decisions. Still true?",
)
_CLOSING = (
    (
        QT_TRANSLATE_NOOP("RoundPrompts", "Plan"),
        QT_TRANSLATE_NOOP(
            "RoundPrompts", "Today's plan: who does what, by when? Capture each action."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("RoundPrompts", "Discharge"),
        QT_TRANSLATE_NOOP(
            "RoundPrompts", "Are we on track for the expected date? What stands in the way?"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("RoundPrompts", "Questions for the patient and family"),
        QT_TRANSLATE_NOOP(
            "RoundPrompts", "What do we need to ask, or tell, the patient and their family?"
        ),
    ),
)


@dataclass(frozen=True)
class Prompt:
    title: str
    question: str


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def prompts_for(
    speakers: Iterable[Discipline], unassessed: Iterable[SafetyItem] = ()
) -> list[Prompt]:
    """The steps for one patient; `speakers` are the disciplines to ask in turn (those
    in the room, else those who wrote since the last round); `unassessed`, the safety
    items nobody has assessed, which the SIBR safety check asks for by name."""
    steps = [Prompt(_tr(title), _tr(question)) for title, question in _OPENING]
    asked = [d for d in Discipline if d in set(speakers)]
    if asked:
        steps += [
            Prompt(discipline_label(d), fill(_tr(_DISCIPLINE), discipline_label(d))) for d in asked
        ]
    else:
        steps.append(Prompt(_tr(_GENERIC[0]), _tr(_GENERIC[1])))
    missing = [item_label(item) for item in SafetyItem if item in set(unassessed)]
    check = fill(_tr(_SAFETY_MISSING), ", ".join(missing)) if missing else _tr(_SAFETY_DONE)
    steps.append(Prompt(_tr(_SAFETY), check))
    return steps + [Prompt(_tr(title), _tr(question)) for title, question in _CLOSING]
