"""The discharge tab's medicines as a pharmacist uses them: decide a change, record
and undo the reconciliation, and the contradictions shown at the top."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from rounds_app.services import discharge
from rounds_app.services.patient_card import patient_card
from rounds_app.storage.database import Database
from tests.ui.ward_data import PASSWORD, WardData
from ui.backend import Backend
from ui.discharge import DischargeView
from ui.patient.patient_panel import PatientPanel


@pytest.fixture
def view(qtbot, backend: Backend, ward: WardData, ui_db: Database) -> Iterator[DischargeView]:
    with ui_db.session() as s:
        discharge.add_medication_change(
            s,
            ward.charge,
            ward.admission_ids[0],
            medication="Apixaban",
            change="new",
            reason="Stops clots",
            dose="5 mg",
            how_to_take="Twice a day",
        )
    backend.sign_in("pharm.lee", PASSWORD)
    panel = PatientPanel(backend)
    tab = DischargeView(backend)
    panel.add_tab(tab, "Discharge plan")
    qtbot.addWidget(panel)
    panel.resize(900, 1400)
    panel.show()
    panel.show_admission(ward.admission_ids[0])
    yield tab  # the panel, which owns the tab, lives as long as the test


def _decide_button(view: DischargeView) -> QPushButton:
    buttons = view.medication_changes.findChildren(QPushButton, "decideChange")
    return next(b for b in buttons if b.isVisibleTo(view))


def test_deciding_and_reconciling_and_the_contradiction_between(
    qtbot, view: DischargeView, backend: Backend, ward: WardData
) -> None:
    section = view.medication_changes
    assert section.reconciled.text() == "Medicines not reconciled yet."
    assert _decide_button(view).text() == "Decide"
    with qtbot.waitSignal(view.saved):
        _decide_button(view).click()
    change = backend.call(patient_card, ward.admission_ids[0]).discharge_plan.medication_changes[0]
    assert change.decided and change.decided_by == "Dr Sun-hee Lee"
    qtbot.waitUntil(lambda: view.contradictions.isVisible())
    assert "decided, but the medicines are not reconciled" in view.contradictions.text()
    if os.environ.get("ROUNDS_SCREENSHOTS"):
        view.window().grab().save(str(Path(os.environ["ROUNDS_SCREENSHOTS"]) / "meds.png"))

    with qtbot.waitSignal(view.saved):
        section.reconcile_button.click()
    qtbot.waitUntil(lambda: not view.contradictions.isVisible())
    assert section.reconciled.text().startswith("Medicines reconciled by Dr Sun-hee Lee")
    assert view.checklist.rows[0].box.isChecked()  # the checklist item is the record
    with qtbot.waitSignal(view.saved):
        section.reconcile_button.click()  # undo
    assert not backend.call(patient_card, ward.admission_ids[0]).discharge_plan.medicines_reconciled


def test_edit_loads_the_change_and_saving_it_undecides_nothing_unseen(
    qtbot, view: DischargeView, backend: Backend, ward: WardData
) -> None:
    section = view.medication_changes
    edit = next(b for b in section.findChildren(QPushButton, "editEntry") if b.isVisibleTo(view))
    edit.click()
    assert section.medication.text() == "Apixaban" and section.dose.text() == "5 mg"
    assert section.add_button.text() == "Save changes"
    section.dose.setText("2.5 mg")
    with qtbot.waitSignal(view.saved):
        section.add_button.click()
    plan = backend.call(patient_card, ward.admission_ids[0]).discharge_plan
    assert [m.dose for m in plan.medication_changes] == ["2.5 mg"]  # edited, not added
    assert section.add_button.text() == "Add medication change"
