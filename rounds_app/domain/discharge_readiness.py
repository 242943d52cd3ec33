"""The discharge plan checked against itself: what the readiness checklist claims
against the follow-ups and medicine changes it stands for, and the expected date
against the day. One place, read by the services (which refuse what they can), the
team's summary and the workstation alike, on stored rows or their views.

Contradictions are said in one line each, without patient text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol, TypeVar

from rounds_app.domain.enums import ChecklistKind, MedicationChangeKind

# a change of these kinds tells the patient to take something: never without a dose
NEEDS_DOSE = frozenset(
    {MedicationChangeKind.NEW, MedicationChangeKind.CHANGED, MedicationChangeKind.KEEP_TAKING}
)


# read-only members (properties), so frozen views and stored rows both fit
class ChecklistLike(Protocol):
    @property
    def kind(self) -> ChecklistKind | None: ...
    @property
    def done(self) -> bool: ...


class FollowUpLike(Protocol):
    @property
    def booked(self) -> bool: ...


class ChangeLike(Protocol):
    @property
    def change(self) -> MedicationChangeKind: ...
    @property
    def dose(self) -> str: ...
    @property
    def decided(self) -> bool: ...


class NamedChange(ChangeLike, Protocol):
    @property
    def medication(self) -> str: ...


class ListedMedicine(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def route(self) -> str: ...


Listed = TypeVar("Listed", bound=ListedMedicine)


_WORD = re.compile(r"\w+")
_IN_HOSPITAL_ONLY = re.compile(r"\b(intravenous|iv)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Contradiction:
    message: str


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def ticked(checklist: Iterable[ChecklistLike], kind: ChecklistKind) -> bool:
    return any(item.kind is kind and item.done for item in checklist)


def unbooked(follow_ups: Iterable[FollowUpLike]) -> int:
    return sum(not f.booked for f in follow_ups)


def printable(change: ChangeLike) -> bool:
    """Whether the patient's copy may print the change: decided, and with a dose when
    it tells them to take something."""
    return change.decided and (change.change not in NEEDS_DOSE or bool(change.dose.strip()))


def follow_up_tick_refusal(follow_ups: Iterable[FollowUpLike]) -> str | None:
    """Why "Follow-up booked" may not be ticked now, or None."""
    count = unbooked(follow_ups)
    if not count:
        return None
    return (
        f"{plural(count, 'follow-up appointment is', 'follow-up appointments are')} not "
        "booked yet: book them before ticking “Follow-up booked”."
    )


def decide_refusal(change: ChangeLike, previous: str) -> str | None:
    """Why the change may not be marked decided, or None."""
    if change.change in NEEDS_DOSE and not change.dose.strip():
        return "Give the dose before marking this medicine decided."
    if change.change is MedicationChangeKind.CHANGED and not previous.strip():
        return "Give the dose or instruction it was changed from before marking it decided."
    return None


def contradictions(
    checklist: Iterable[ChecklistLike],
    follow_ups: Iterable[FollowUpLike],
    changes: Iterable[ChangeLike],
    expected: date | None,
    today: date,
) -> list[Contradiction]:
    """What the plan says that cannot all be true, most urgent first."""
    checklist, follow_ups, changes = list(checklist), list(follow_ups), list(changes)
    found: list[str] = []
    reconciled = ticked(checklist, ChecklistKind.MEDICINES_RECONCILED)
    decided = sum(c.decided for c in changes)
    undecided = len(changes) - decided
    if decided and not reconciled:
        found.append(
            f"{plural(decided, 'medicine change is', 'medicine changes are')} decided, "
            "but the medicines are not reconciled."
        )
    if reconciled and undecided:
        found.append(
            "The medicines are reconciled, but "
            f"{plural(undecided, 'change is', 'changes are')} not decided."
        )
    no_dose = sum(c.decided and not printable(c) for c in changes)
    if no_dose:
        found.append(
            f"{plural(no_dose, 'decided medicine has', 'decided medicines have')} no dose, "
            "so the patient's copy leaves it out."
        )
    waiting = unbooked(follow_ups)
    if waiting and ticked(checklist, ChecklistKind.FOLLOW_UP_BOOKED):
        appointments = plural(waiting, "appointment is", "appointments are")
        found.append(f"“Follow-up booked” is ticked, but {appointments} not booked.")
    if expected is not None and expected < today:
        found.append(f"The expected discharge date, {expected.day} {expected:%b %Y}, has passed.")
    return [Contradiction(message) for message in found]


def _words(name: str) -> frozenset[str]:
    return frozenset(_WORD.findall(name.casefold()))


def same_medicine(listed: str, changed: str) -> bool:
    """Whether a change names the listed medicine: the words of one name all appear
    in the other ("Furosemide" in "Furosemide (water tablet)", "Dapagliflozin" in
    "Spironolactone and dapagliflozin"). When in doubt the medicine counts as named,
    so the keep-taking list never carries one the plan changed or stopped."""
    a, b = _words(listed), _words(changed)
    return bool(a and b) and (a <= b or b <= a)


def keep_taking(medicines: Sequence[Listed], changes: Iterable[NamedChange]) -> list[Listed]:
    """The medicines list less those a decided change names, and less drips and
    injections into a vein, which are given in hospital and never taken at home."""
    named = [c.medication for c in changes if c.decided]
    return [
        m
        for m in medicines
        if not _IN_HOSPITAL_ONLY.search(m.route)
        and not any(same_medicine(m.name, n) for n in named)
    ]
