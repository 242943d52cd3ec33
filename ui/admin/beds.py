"""Reading what the admin forms offer: a ward's free beds, and who a patient is."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox

from rounds_app.domain.names import called
from rounds_app.services import wards
from rounds_app.services.patient_card import patient_card
from rounds_app.services.wards import BedView
from ui.backend import Backend


def free_beds(backend: Backend, ward_id: int) -> list[BedView]:
    """The ward's beds with nobody in them, in the ward's order."""
    return [bed for bed in backend.call(wards.list_beds, ward_id) if bed.occupied_by is None]


def fill_bed_combo(combo: QComboBox, beds: list[BedView], none_text: str = "") -> None:
    """One item per bed (its id as data); `none_text` first, as "no bed", if given."""
    combo.clear()
    if none_text:
        combo.addItem(none_text, None)
    for bed in beds:
        combo.addItem(bed.label, bed.id)


@dataclass(frozen=True)
class Patient:
    """Who an admission is, as the admin forms name them."""

    admission_id: int
    ward_id: int
    name: str
    bed_label: str | None


def patient_of(backend: Backend, admission_id: int) -> Patient:
    a = backend.call(patient_card, admission_id).admission
    return Patient(
        a.id, a.ward_id, called(a.preferred_name, a.given_name, a.family_name), a.bed_label
    )
