"""The sheets Rounds prints, as jobs a dialog can run: what the sheet is called, a
file name to suggest, and the printing service that makes its PDF. The services
check the role and record every print in the audit trail."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale

from rounds_app.services.printing import print_discharge, print_handoff
from ui.admin.beds import patient_of
from ui.backend import Backend
from ui.common.pdf_files import safe_part
from ui.common.words import Words

AUDIENCES = ("team", "patient")


class Sheets(Words):
    """The translators' context of these words."""


@dataclass(frozen=True)
class SheetJob:
    """`about`: (label, value) rows saying whose sheet it is — a name is shown on a
    line of its own, so a right-to-left name never mixes with the sheet's title."""

    title: str
    about: tuple[tuple[str, str], ...]
    file_name: str
    service: Callable[..., bytes]
    args: tuple[Any, ...]
    options: Mapping[str, Any] = field(default_factory=dict)
    offers_big_print: bool = False  # the patient's copy: an 18 pt body for low vision

    def render(self, backend: Backend, paper: str, big_print: bool = False) -> bytes:
        """The sheet's PDF, made by its service in a session of its own."""
        options = {**self.options, **({"big_print": True} if big_print else {})}
        return backend.call(self.service, *self.args, paper=paper, **options)


def default_paper() -> str:
    """Letter where the locale measures in inches (US), A4 elsewhere."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if us else "a4"


def handoff_job(backend: Backend, ward_id: int) -> SheetJob:
    """Raises RoundsError when the ward cannot be read."""
    ward = next((w for w in backend.wards(backend.actor) if w.id == ward_id), None)
    code = ward.code if ward is not None else str(ward_id)
    return SheetJob(
        Sheets.tr("Ward handoff sheet"),
        ((Sheets.tr("Ward"), ward.name if ward is not None else code),),
        f"handoff-{safe_part(code)}-{date.today().isoformat()}.pdf",
        print_handoff,
        (ward_id,),
    )


def audience_title(audience: str) -> str:
    if audience == "patient":
        return Sheets.tr("Discharge summary for the patient and family")
    return Sheets.tr("Discharge summary for the team")


def discharge_file_name(audience: str, bed_label: str | None, admission_id: int) -> str:
    """Bed and admission number, never the patient's name: file names show up in
    folder listings, print queues and recent-file menus."""
    bed = safe_part(bed_label) if bed_label else "no-bed"
    return f"discharge-{audience}-bed-{bed}-{admission_id}.pdf"


def discharge_job(backend: Backend, admission_id: int, audience: str) -> SheetJob:
    """Raises RoundsError when the admission cannot be read."""
    patient = patient_of(backend, admission_id)
    return SheetJob(
        audience_title(audience),
        (
            (Sheets.tr("Patient"), patient.name),
            (Sheets.tr("Bed"), patient.bed_label or Sheets.tr("no bed")),
        ),
        discharge_file_name(audience, patient.bed_label, admission_id),
        print_discharge,
        (admission_id,),
        {"audience": audience},
        offers_big_print=audience == "patient",
    )
