"""What a review may be linked to: no patient, the patient on screen, or the patient
the review is already linked to — each named by bed and the name the ward uses."""

from __future__ import annotations

from rounds_app.domain.bidi import isolate
from rounds_app.domain.names import called
from rounds_app.errors import RoundsError
from rounds_app.services.patient_card import patient_card
from ui.backend import Backend
from ui.common.widgets import fill_placeholders
from ui.common.words import Words


class ReviewLink(Words):
    """The translators' context of these words."""


def link_choices(
    backend: Backend, on_screen: int | None, linked: int | None, *, hide_linked: bool = False
) -> list[tuple[str, int | None]]:
    """`hide_linked`: the saved review is de-identified, so its patient is not named
    on screen either."""
    choices: list[tuple[str, int | None]] = [(ReviewLink.tr("Not linked to a patient"), None)]
    for admission_id in dict.fromkeys(a for a in (linked, on_screen) if a is not None):
        if hide_linked and admission_id == linked:
            choices.append((ReviewLink.tr("The linked patient (de-identified)"), admission_id))
        else:
            choices.append((_patient(backend, admission_id), admission_id))
    return choices


def _patient(backend: Backend, admission_id: int) -> str:
    try:
        admission = backend.call(patient_card, admission_id).admission
    except RoundsError:  # gone or not readable: still linkable by its number
        return fill_placeholders(ReviewLink.tr("Admission %1"), str(admission_id))
    name = called(admission.preferred_name, admission.given_name, admission.family_name)
    if admission.bed_label:
        return fill_placeholders(
            ReviewLink.tr("Bed %1 — %2"), isolate(admission.bed_label), isolate(name)
        )
    return name
