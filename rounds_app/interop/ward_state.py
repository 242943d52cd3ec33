"""What an import plan needs to know of the database, read once: the ward's beds and
which are taken, and which MRNs are known, where those patients are admitted and
whether their goals-of-care field is empty."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain.enums import CardField
from rounds_app.errors import NotFound
from rounds_app.storage.models import Admission, Bed, NarrativeField, Patient, Ward

_CHUNK = 500  # MRNs per IN (…) list, well under every database's parameter limit


@dataclass(frozen=True)
class Known:
    """A patient already in the database, and their current admission if any."""

    patient_id: int
    admission_id: int | None
    ward_id: int | None
    ward_name: str
    bed_label: str | None
    goals_empty: bool


@dataclass
class WardState:
    ward_id: int | None
    ward_name: str = ""
    beds: list[str] = field(default_factory=list)  # active bed labels, in ward order
    taken: set[str] = field(default_factory=set)  # labels with a current admission
    known: dict[str, Known] = field(default_factory=dict)  # by MRN

    def bed(self, labels: Iterable[str]) -> str | None:
        """The first of `labels` that is a bed of the ward (ignoring case and outer
        space), whether free or not."""
        by_folded = {label.strip().casefold(): label for label in self.beds}
        for label in labels:
            if label.strip().casefold() in by_folded:
                return by_folded[label.strip().casefold()]
        return None

    def take(self, label: str) -> bool:
        """Claims a bed for the plan; False when someone is in it already."""
        if label in self.taken:
            return False
        self.taken.add(label)
        return True

    def next_free(self) -> str | None:
        label = next((b for b in self.beds if b not in self.taken), None)
        if label is not None:
            self.taken.add(label)
        return label


def load(session: Session, ward_id: int | None, mrns: Iterable[str]) -> WardState:
    state = WardState(ward_id)
    if ward_id is not None:
        ward = session.get(Ward, ward_id)
        if ward is None:
            raise NotFound("There is no ward with id %1.", ward_id)
        state.ward_name = ward.name
        rows = session.execute(
            select(Bed.label, Admission.id)
            .outerjoin(Admission, (Admission.bed_id == Bed.id) & Admission.discharged_at.is_(None))
            .where(Bed.ward_id == ward_id, Bed.active.is_(True))
            .order_by(Bed.position, Bed.id)
        )
        for label, admission_id in rows:
            state.beds.append(label)
            if admission_id is not None:
                state.taken.add(label)
    wanted = sorted(set(mrns))
    for start in range(0, len(wanted), _CHUNK):
        state.known.update(_known(session, wanted[start : start + _CHUNK]))
    return state


def _known(session: Session, mrns: list[str]) -> dict[str, Known]:
    goals = (
        select(NarrativeField.admission_id, NarrativeField.text)
        .where(NarrativeField.field == CardField.GOALS_OF_CARE)
        .subquery()
    )
    rows = session.execute(
        select(Patient.mrn, Patient.id, Admission.id, Ward.id, Ward.name, Bed.label, goals.c.text)
        .outerjoin(
            Admission, (Admission.patient_id == Patient.id) & Admission.discharged_at.is_(None)
        )
        .outerjoin(Ward, Ward.id == Admission.ward_id)
        .outerjoin(Bed, Bed.id == Admission.bed_id)
        .outerjoin(goals, goals.c.admission_id == Admission.id)
        .where(Patient.mrn.in_(mrns))
    )
    return {
        mrn: Known(
            patient_id, admission_id, ward, ward_name or "", bed, not (goals_text or "").strip()
        )
        for mrn, patient_id, admission_id, ward, ward_name, bed, goals_text in rows
    }
