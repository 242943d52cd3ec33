"""What an import will do, worked out before anything is written: the preview a screen
shows, and what `apply` writes. Plain frozen data, free of database objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from rounds_app.domain.sentences import Sentence


class ListKind(StrEnum):
    ALLERGY = "allergy"
    MEDICATION = "medication"
    CONDITION = "condition"
    GOAL = "goal"
    CARE_PLAN = "care_plan"
    CONTACT = "contact"
    CARE_TEAM = "care_team"


@dataclass(frozen=True)
class ListItem:
    """One entry for the patient's lists. `key` makes a repeated import update the
    entry instead of adding another; `detail` is the criticality of an allergy, the
    dose of a medicine, how a contact is related or a team member's role. An allergy's
    `reaction`, `severity` and `status`, and a contact's `next_of_kin`, are written only
    when the record gives them: what the ward recorded stays otherwise."""

    kind: ListKind
    key: str
    text: str
    detail: str = ""
    phone: str = ""
    no_known: bool = False
    source: str = ""
    reaction: str = ""
    severity: str = ""
    status: str = ""
    next_of_kin: bool = False


@dataclass(frozen=True)
class PatientDetails:
    mrn: str
    given_name: str
    family_name: str
    preferred_name: str = ""
    date_of_birth: date | None = None
    gender: str = ""
    preferred_language: str = ""
    interpreter_needed: bool = False
    other_identifiers: str = ""
    latin_name: str = ""


@dataclass(frozen=True)
class PlannedAdmission:
    """A new admission to the plan's ward. `bed_label` None: on the ward, no bed."""

    bed_label: str | None
    admitted_at: datetime
    expected_discharge_date: date | None = None
    reason: str = ""  # what asked for it: an inpatient encounter, --admit, a census row


@dataclass(frozen=True)
class PlannedPatient:
    """`exists`: a patient with this MRN was in the database when planned (an update).
    `note` says what the preview should know about the admission (why there is none, a
    bed that was taken; None: nothing). `goals_to_card` is the text the empty
    goals-of-care field will receive ("" when it keeps what it holds). A census row may
    also move a patient who is already on the ward (`move_to_bed`, None when they stay
    where they are) or set their expected discharge date; `current_bed` is where that
    patient is now."""

    details: PatientDetails
    exists: bool
    source: str
    admission: PlannedAdmission | None = None
    note: Sentence | None = None
    items: tuple[ListItem, ...] = ()
    goals_to_card: str = ""
    move_to_bed: str | None = None
    expected_discharge_date: date | None = None
    current_bed: str | None = None


@dataclass(frozen=True)
class Skipped:
    """Something the files held that the import leaves out, and why (in English on the
    command line, translated on the screens)."""

    what: str
    why: Sentence
    patient: bool = False  # a whole patient, not one resource or row


@dataclass(frozen=True)
class ImportPlan:
    kind: str  # "fhir" or "csv"
    sources: tuple[str, ...]
    ward_id: int | None
    patients: tuple[PlannedPatient, ...]
    skipped: tuple[Skipped, ...] = ()
    unresolved: tuple[str, ...] = ()
    ward_name: str = ""  # the ward `ward_id` names, for the preview

    @property
    def to_create(self) -> tuple[PlannedPatient, ...]:
        return tuple(p for p in self.patients if not p.exists)

    @property
    def to_update(self) -> tuple[PlannedPatient, ...]:
        return tuple(p for p in self.patients if p.exists)

    @property
    def admissions(self) -> tuple[PlannedPatient, ...]:
        return tuple(p for p in self.patients if p.admission is not None)


@dataclass(frozen=True)
class ImportSummary:
    """What `apply` did. `updated` counts patients found by MRN and brought up to date;
    `items` counts list entries added or refreshed."""

    kind: str
    created: int
    updated: int
    admissions_created: int
    items: int
    goals_written: int
    skipped: tuple[Skipped, ...]
    unresolved: tuple[str, ...]
    change_id: int
    notes: tuple[Sentence, ...] = ()  # "patient MRN: why not admitted" and the like

    def lines(self) -> list[str]:
        """The summary in English, as the command line prints it (the screens word it
        in their language: ui/importing/import_summary.py)."""
        skipped_patients = sum(s.patient for s in self.skipped)
        out = [
            f"Patients: {self.created} created, {self.updated} updated, "
            f"{skipped_patients} skipped; admissions created: {self.admissions_created}; "
            f"list entries: {self.items}; goals of care written: {self.goals_written}"
        ]
        out += [f"  skipped {s.what}: {s.why}" for s in self.skipped]
        out += [f"  {note}" for note in self.notes]
        if self.unresolved:
            out.append(f"References left unresolved: {len(self.unresolved)}")
            out += [f"  {reference}" for reference in self.unresolved]
        return out
