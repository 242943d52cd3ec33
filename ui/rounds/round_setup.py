"""Everything rounds mode needs before the first patient shows, read once: the round
(a new one, or the one still running on the ward, resumed), its patients in order with
what was recorded so far, their names, and every slide of the ward (a fixed handful of
queries, so navigation never waits for the database)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rounds_app.errors import NotFound, ValidationError
from rounds_app.services import census, ward_rounds
from rounds_app.services.audience import audience_slides
from rounds_app.services.round_state import RoundPatient, RoundSetup
from rounds_app.services.round_summary import round_summary, running_round
from ui.backend import Backend
from ui.common.widgets import fill_placeholders
from ui.common.words import Words
from ui.rounds.dialogs import StartRoundDialog


class RoundSetupWords(Words):
    """The translators' context of these words."""


def open_round(backend: Backend, ward_id: int, parent: QWidget | None) -> RoundSetup | None:
    """Resumes the ward's running round, or asks the time per patient and starts one
    (None: the facilitator cancelled). Raises RoundsError."""
    wards = {w.id: w for w in backend.wards(backend.actor)}
    if ward_id not in wards:
        raise NotFound(
            fill_placeholders(RoundSetupWords.tr("There is no ward with id %1."), str(ward_id))
        )
    round_id = backend.call(running_round, ward_id)
    resumed = round_id is not None
    if round_id is None and not backend.call(census.ward_census, ward_id):
        raise ValidationError(RoundSetupWords.tr("This ward has no patients to round on."))
    if round_id is None:
        target = StartRoundDialog.ask(parent, wards[ward_id].name)
        if target is None:
            return None
        round_id = backend.call(ward_rounds.start_round, ward_id, target)
    return load_round(backend, ward_id, round_id, resumed=resumed)


def load_round(backend: Backend, ward_id: int, round_id: int, *, resumed: bool) -> RoundSetup:
    summary = backend.call(round_summary, round_id)
    names = {row.admission_id: row for row in backend.call(census.ward_census, ward_id)}
    slides = backend.call(audience_slides, ward_id)
    in_round = {p.admission_id for p in summary.patients}
    patients = tuple(
        RoundPatient(
            p.admission_id,
            p.bed_label or "",
            p.initials,
            names[p.admission_id].display_name if p.admission_id in names else p.initials,
        )
        for p in summary.patients
        if p.admission_id in names  # discharged since the round began: not on screen
    )
    return RoundSetup(
        round_id=round_id,
        ward_id=ward_id,
        target_seconds=summary.target_seconds,
        resumed=resumed,
        patients=patients,
        statuses={p.admission_id: p.status for p in summary.patients},
        seconds={p.admission_id: p.seconds for p in summary.patients},
        present=summary.present,
        absent=summary.absent,
        slides=tuple(s for s in slides if s.admission_id in in_round),
    )
