"""On screen, a user string set beside other text is isolated (FSI … PDI), as on
paper: an override character or an Arabic word in it cannot reorder the label."""

from __future__ import annotations

from rounds_app.domain.bidi import FSI, PDI
from rounds_app.services import admissions
from rounds_app.storage.database import Database
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.common.widgets import fill_placeholders
from ui.patient.patient_panel import PatientPanel
from ui.reviews.link_choices import link_choices

NAME = "\u202eAmy"  # a right-to-left override, then a name


def _admit(ui_db: Database, backend: Backend, ward: WardData) -> int:
    with ui_db.session() as s:
        return admissions.admit(
            s,
            backend.actor,
            ward_id=ward.ward_id,
            bed_id=None,
            patient=admissions.NewPatient(
                mrn="RLO-1", given_name=NAME, family_name="Ng", pronouns="هي \u202eshe"
            ),
        )


def test_the_card_header_isolates_pronouns_and_record_number(
    qtbot, backend: Backend, ui_db: Database, ward: WardData
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    admission = _admit(ui_db, backend, ward)
    panel = PatientPanel(backend)
    qtbot.addWidget(panel)
    panel.show_admission(admission)
    details = panel.details.text()
    assert f"{FSI}هي \u202eshe{PDI}" in details
    assert f"MRN {FSI}RLO-1{PDI}" in details
    assert panel.name.text() == f"{NAME} Ng"  # alone in its label: nothing to isolate


def test_a_review_names_the_patient_by_isolated_bed_and_name(
    backend: Backend, ward: WardData
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    admission = ward.admission_ids[0]
    (_, (label, chosen)) = link_choices(backend, admission, None)
    assert chosen == admission
    bed, name = label.removeprefix("Bed ").split(" — ")
    assert bed.startswith(FSI) and bed.endswith(PDI)
    assert name.startswith(FSI) and name.endswith(PDI)


def test_every_filled_template_isolates_a_value_that_could_reorder_it() -> None:
    """One rule for every screen sentence built from a template: an override or a
    right-to-left name stays inside its isolate; Latin text is left as typed."""
    spoofed = "Ana\u202e Ng"
    moved = fill_placeholders("Move %1 to bed %2", spoofed, "7-5")
    assert moved == f"Move {FSI}{spoofed}{PDI} to bed 7-5"
    arabic = fill_placeholders("Discharge %1 (%2)?", "سارة", "bed 3")
    assert arabic == f"Discharge {FSI}سارة{PDI} (bed 3)?"
    assert fill_placeholders("Move %1", "Ana Ng") == "Move Ana Ng"
