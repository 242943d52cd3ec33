"""The steps of one patient's discussion in a round, in order: from the person (what
matters) through each discipline in the room and the SIBR safety check to the plan,
discharge and what to ask the patient and family. Which steps there are is decided
here; their words belong to whoever shows them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum, auto

from rounds_app.domain.enums import Discipline
from rounds_app.domain.safety import SafetyItem


class Step(Enum):
    WHAT_MATTERS = auto()
    OVERNIGHT = auto()
    DISCIPLINE = auto()  # one discipline asked by name
    EACH_DISCIPLINE = auto()  # nobody to ask by name: go round the room
    SAFETY_CHECK = auto()
    PLAN = auto()
    DISCHARGE = auto()
    PATIENT_AND_FAMILY = auto()


@dataclass(frozen=True)
class PromptStep:
    step: Step
    discipline: Discipline | None = None  # for Step.DISCIPLINE
    unassessed: tuple[SafetyItem, ...] = ()  # for Step.SAFETY_CHECK: asked for by name


_OPENING = (PromptStep(Step.WHAT_MATTERS), PromptStep(Step.OVERNIGHT))
_CLOSING = (PromptStep(Step.PLAN), PromptStep(Step.DISCHARGE), PromptStep(Step.PATIENT_AND_FAMILY))


def prompt_steps(
    speakers: Iterable[Discipline], unassessed: Iterable[SafetyItem] = ()
) -> tuple[PromptStep, ...]:
    """`speakers`: the disciplines to ask in turn (those in the room, else those who
    wrote since the last round), in the disciplines' own order; `unassessed`: the
    safety items nobody has assessed, in the items' own order."""
    wanted, missing = set(speakers), set(unassessed)
    asked = tuple(PromptStep(Step.DISCIPLINE, d) for d in Discipline if d in wanted)
    check = PromptStep(Step.SAFETY_CHECK, unassessed=tuple(i for i in SafetyItem if i in missing))
    return _OPENING + (asked or (PromptStep(Step.EACH_DISCIPLINE),)) + (check,) + _CLOSING
