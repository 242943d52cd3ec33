"""What a patient's card is made of, as plain frozen views for the screens and the
printed sheets: the admission, actions, contingencies and the discharge plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from rounds_app.domain.discharge_readiness import Contradiction, contradictions, ticked
from rounds_app.domain.enums import (
    ActionStatus,
    ChecklistKind,
    Discipline,
    FollowUpPlace,
    MedicationChangeKind,
    Severity,
)
from rounds_app.services.after_hospital import AfterHospital


@dataclass(frozen=True)
class AdmissionView:
    id: int
    ward_id: int
    ward_name: str
    bed_label: str | None
    mrn: str
    given_name: str
    family_name: str
    preferred_name: str
    pronouns: str
    date_of_birth: date | None
    preferred_language: str
    interpreter_needed: bool
    admitted_at: datetime
    expected_discharge_date: date | None
    discharged_at: datetime | None
    severity: Severity
    one_liner: str
    goals_revisited_at: datetime | None
    goals_revisited_by: str | None
    goals_stale: bool
    version: int
    gender: str = ""
    # "Penicillin (high)"-style lines, for the card and the handoff sheet to flag
    allergies: tuple[str, ...] = ()
    # recorded as "no known allergies" (and none recorded since), which is not the same
    # as an empty list: nobody having asked
    no_known_allergies: bool = False


@dataclass(frozen=True)
class ActionView:
    id: int
    text: str
    owner_discipline: Discipline | None
    owner: str | None
    due: date | None
    status: ActionStatus
    opened_by: str
    opened_at: datetime
    closed_by: str | None
    closed_at: datetime | None
    version: int


@dataclass(frozen=True)
class ContingencyView:
    id: int
    condition: str
    response: str
    active: bool
    version: int


@dataclass(frozen=True)
class ChecklistItemView:
    id: int
    item: str
    done: bool
    done_by: str | None
    done_at: datetime | None
    kind: ChecklistKind | None = None  # the built-in items'; None for the team's own


@dataclass(frozen=True)
class FollowUpView:
    id: int
    with_whom: str
    when: datetime | None  # booked: the day and time; never a time when not booked
    where: str  # the place's name or address
    purpose: str
    booked: bool
    place_kind: FollowUpPlace | None = None
    phone: str = ""
    contact_by: str = ""  # not booked: who will contact the patient…
    contact_by_date: date | None = None  # …and by when
    version: int = 1


@dataclass(frozen=True)
class MedicationChangeView:
    id: int
    medication: str
    change: MedicationChangeKind
    reason: str
    dose: str = ""
    how_to_take: str = ""
    previous: str = ""  # changed: the dose or instruction it was changed from
    decided: bool = False
    decided_by: str | None = None
    decided_at: datetime | None = None
    version: int = 1


@dataclass(frozen=True)
class DischargePlanView:
    id: int
    destination: str
    barriers: str
    warning_signs: str
    whom_to_call: str
    why_in_hospital: str
    checklist: tuple[ChecklistItemView, ...]
    follow_ups: tuple[FollowUpView, ...]
    medication_changes: tuple[MedicationChangeView, ...]
    after: AfterHospital  # pending tests, whom to call, teach-backs
    version: int

    @property
    def readiness(self) -> tuple[int, int]:
        """(items done, items in all)."""
        return sum(item.done for item in self.checklist), len(self.checklist)

    @property
    def reconciliation(self) -> ChecklistItemView | None:
        """The record that the medicines are reconciled (who, when); None until a
        pharmacist or physician records it."""
        return next(
            (i for i in self.checklist if i.kind is ChecklistKind.MEDICINES_RECONCILED and i.done),
            None,
        )

    @property
    def medicines_reconciled(self) -> bool:
        return ticked(self.checklist, ChecklistKind.MEDICINES_RECONCILED)

    def contradictions(self, expected: date | None, today: date) -> list[Contradiction]:
        return contradictions(
            self.checklist, self.follow_ups, self.medication_changes, expected, today
        )
