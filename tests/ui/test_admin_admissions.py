"""Admitting to a free bed, moving bed and discharging, through the admin dialogs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from rounds_app.domain.enums import Severity
from rounds_app.services import wards
from rounds_app.services.patient_card import patient_card
from tests.ui.focus import tab_stops
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.admin import AdminActions
from ui.admin.admit_dialog import AdmitDialog
from ui.admin.beds import patient_of
from ui.admin.choices import select_value
from ui.admin.move_dialogs import DischargeConfirm, MoveBedDialog
from ui.backend import Backend


@pytest.fixture
def charge(backend: Backend, ward: WardData) -> Backend:
    backend.sign_in(CHARGE, PASSWORD)
    return backend


def _free(backend: Backend, ward: WardData) -> list[str]:
    return [b.label for b in backend.call(wards.list_beds, ward.ward_id) if b.occupied_by is None]


def _parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _admit_dialog(qtbot, backend: Backend, ward: WardData) -> AdmitDialog:
    dialog = AdmitDialog(None, backend, ward.ward_id, "Acute Medicine")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_admit_offers_only_free_beds_and_admits_to_one(
    qtbot, charge: Backend, ward: WardData
) -> None:
    dialog = _admit_dialog(qtbot, charge, ward)
    offered = [dialog.bed.itemText(n) for n in range(dialog.bed.count())]
    assert offered == ["No bed yet", *_free(charge, ward)]
    assert offered[1] == "7B-03"  # the bed left empty between occupied ones
    assert dialog.bed.currentText() == "7B-03"
    assert dialog.date_of_birth.value() is None and dialog.expected.value() is None

    dialog.mrn.setText("NEW0001")
    dialog.given_name.setText("Αικατερίνη")
    dialog.family_name.setText("Οικονόμου")
    dialog.preferred_name.setText("Κατερίνα")
    dialog.pronouns.setText("she/her")
    dialog.date_of_birth.set_value(date(1948, 5, 17))
    dialog.language.setText("Greek")
    dialog.interpreter.setChecked(True)
    select_value(dialog.severity, Severity.WATCHER)
    dialog.one_liner.setText("Fall at home, hip pain")
    out = date.today() + timedelta(days=4)
    dialog.expected.unset.setChecked(False)
    dialog.expected.edit.setDate(QDate(out.year, out.month, out.day))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    admission_id = dialog.result_value
    row = next(
        r for r in charge.census(charge.actor, ward.ward_id) if r.admission_id == admission_id
    )
    assert (row.bed_label, row.display_name, row.severity) == (
        "7B-03",
        "Κατερίνα Οικονόμου",
        Severity.WATCHER,
    )
    assert (row.expected_discharge_date, row.interpreter_needed) == (out, True)
    card = charge.call(patient_card, admission_id).admission
    assert (card.mrn, card.date_of_birth, card.pronouns) == (
        "NEW0001",
        date(1948, 5, 17),
        "she/her",
    )
    assert "7B-03" not in _free(charge, ward)


def test_admit_without_a_bed(qtbot, charge: Backend, ward: WardData) -> None:
    dialog = _admit_dialog(qtbot, charge, ward)
    dialog.mrn.setText("NEW0002")
    dialog.given_name.setText("Sam")
    dialog.family_name.setText("Lee")
    dialog.bed.setCurrentIndex(0)
    dialog.accept()
    row = next(
        r
        for r in charge.census(charge.actor, ward.ward_id)
        if r.admission_id == dialog.result_value
    )
    assert row.bed_label is None


def test_admit_refuses_inline(qtbot, charge: Backend, ward: WardData) -> None:
    dialog = _admit_dialog(qtbot, charge, ward)
    dialog.accept()
    assert dialog.error.text() == "Enter the MRN."
    qtbot.waitUntil(dialog.mrn.hasFocus)
    dialog.mrn.setText("7B0000")  # already on the ward
    dialog.given_name.setText("Ελένη")
    dialog.family_name.setText("Παπαδοπούλου")
    dialog.accept()
    assert dialog.error.text() == "Patient 7B0000 is already admitted."
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_admit_form_is_accessible(qtbot, charge: Backend, ward: WardData) -> None:
    dialog = _admit_dialog(qtbot, charge, ward)
    labels = dialog.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert {label.buddy() for label in labels if label.buddy()} >= {
        dialog.mrn,
        dialog.given_name,
        dialog.family_name,
        dialog.bed,
        dialog.severity,
    }
    stops = tab_stops(dialog.mrn, 4)
    assert stops == [dialog.given_name, dialog.family_name, dialog.preferred_name, dialog.pronouns]


def test_move_bed_to_a_free_bed(qtbot, charge: Backend, ward: WardData) -> None:
    patient = patient_of(charge, ward.admission_ids[0])
    assert patient.bed_label == "7B-01"
    dialog = MoveBedDialog(None, charge, patient)
    qtbot.addWidget(dialog)
    assert dialog.bed.currentText() == "7B-03"
    dialog.bed.setCurrentIndex(dialog.bed.findText("7B-20"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert patient_of(charge, ward.admission_ids[0]).bed_label == "7B-20"
    assert "7B-01" in _free(charge, ward)


def test_move_bed_through_the_action(qtbot, charge: Backend, ward: WardData, monkeypatch) -> None:
    moved: list[str] = []

    def ask(parent, backend, patient):
        moved.append(patient.name)
        return True

    monkeypatch.setattr(MoveBedDialog, "ask", ask)
    actions = AdminActions(
        charge, _parent(qtbot), lambda: ward.ward_id, lambda: ward.admission_ids[1]
    )
    with qtbot.waitSignal(actions.changed):
        actions.actions["admin.move_bed"].trigger()
    assert moved == ["محمد الحسن"]


def test_discharge_is_confirmed_first(qtbot, charge: Backend, ward: WardData, monkeypatch) -> None:
    leaving = ward.admission_ids[0]
    actions = AdminActions(charge, _parent(qtbot), lambda: ward.ward_id, lambda: leaving)
    monkeypatch.setattr(DischargeConfirm, "ask", lambda parent, patient: False)
    actions.actions["admin.discharge"].trigger()
    assert leaving in [r.admission_id for r in charge.census(charge.actor, ward.ward_id)]

    monkeypatch.setattr(DischargeConfirm, "ask", lambda parent, patient: True)
    with qtbot.waitSignal(actions.changed):
        actions.actions["admin.discharge"].trigger()
    assert leaving not in [r.admission_id for r in charge.census(charge.actor, ward.ward_id)]
    assert charge.call(patient_card, leaving).admission.discharged_at is not None
    assert "7B-01" in _free(charge, ward)


def test_the_discharge_question_says_nothing_is_deleted(
    qtbot, charge: Backend, ward: WardData
) -> None:
    box = DischargeConfirm(None, patient_of(charge, ward.admission_ids[0]))
    qtbot.addWidget(box)
    assert box.text() == "Discharge Λένα Παπαδοπούλου (7B-01) from the ward?"
    assert "archived, never deleted" in box.informativeText()
    assert box.defaultButton() is not box.discharge_button
    assert box.textFormat() == Qt.TextFormat.PlainText
