"""The safety tab and the header: every safety fact edited from the workstation through
the services, shown on the header at once, with who recorded it, its history, and a
stale save refused without losing what was typed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from rounds_app.domain.safety import AllergyState, Resuscitation, SafetyItem
from rounds_app.services import safety_facts as writes
from rounds_app.services.contributions import add_contribution
from rounds_app.services.safety_views import SafetyFacts, safety_facts
from tests.ui.focus import tab_stops
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.patient.patient_panel import PatientPanel
from ui.safety.history import FactHistoryDialog
from ui.safety.safety_view import SafetyView


@pytest.fixture
def tab(qtbot, backend: Backend, ward: WardData) -> tuple[PatientPanel, SafetyView]:
    backend.sign_in(CHARGE, PASSWORD)
    panel = PatientPanel(backend)
    view = SafetyView(backend)
    panel.add_tab(view, "Safety")
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    panel.show_admission(ward.admission_ids[0])
    return panel, view


def _facts(backend: Backend, ward: WardData) -> SafetyFacts:
    admission_id = ward.admission_ids[0]
    return backend.call(safety_facts, [admission_id], date.today())[admission_id]


def _choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_nothing_recorded_reads_as_not_discussed_and_not_asked(tab) -> None:
    panel, view = tab
    assert panel.safety.code_status.text() == "CPR not yet discussed"
    assert panel.safety.code_status.property("tone") == "unknown"
    assert panel.safety.allergies.text() == "Allergies not asked"
    assert panel.safety.allergies.property("tone") == "caution"
    assert view.resuscitation.recorded.text() == "Not recorded yet"
    assert view.allergies.state.text() == "Allergies not asked yet"
    assert view.checks.rows[SafetyItem.FALLS_RISK].state.currentData() == "not_assessed"


def test_a_dnacpr_decision_saves_through_the_service_and_shows_on_the_header(
    qtbot, tab, backend: Backend, ward: WardData
) -> None:
    panel, view = tab
    section = view.resuscitation
    _choose(section.status, "dnacpr")
    _choose(section.ceiling, "ward_based")
    section.decided_on.set_value(date.today() - timedelta(days=1))
    section.decided_by.setText("Consultant physician")
    section.discussed_with.setText("Patient and daughter")
    section.form_reference.setText("ReSPECT form")
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)

    stored = _facts(backend, ward).resuscitation
    assert stored.status is Resuscitation.DNACPR and stored.form_reference == "ReSPECT form"
    assert panel.safety.code_status.text() == "DNACPR · Ward-based care, not for ICU"
    assert panel.safety.code_status.property("tone") == "alert"
    assert section.recorded.text() == "Recorded by Mariam Haddad, just now"
    assert not section.save_button.isEnabled()  # nothing left unsaved
    assert section.history.isEnabled()


def test_history_lists_each_saved_state(qtbot, tab, backend: Backend, ward: WardData) -> None:
    _, view = tab
    section = view.resuscitation
    for status in ("for_cpr", "dnacpr"):
        _choose(section.status, status)
        with qtbot.waitSignal(view.saved):
            section.save_button.click()
    dialog = FactHistoryDialog(None, backend, "resuscitation_decisions", section._row_id, "CPR")
    qtbot.addWidget(dialog)
    assert [r.values["status"] for r in dialog.revisions] == ["for_cpr", "dnacpr"]
    text = dialog.browser.toPlainText()
    assert text.index("Version 2") < text.index("Version 1")  # newest first
    assert "Mariam Haddad" in text


def test_a_stale_decision_is_refused_and_the_typing_kept(
    qtbot, tab, backend: Backend, ward: WardData
) -> None:
    _, view = tab
    section = view.resuscitation
    _choose(section.status, "dnacpr")
    section.decided_by.setText("Registrar")
    # meanwhile another workstation records a decision
    backend.call(
        writes.record_resuscitation,
        ward.admission_ids[0],
        status="for_cpr",
        ceiling="full_escalation",
        decided_on=None,
        decided_by="Consultant",
        discussed_with="",
        form_reference="",
        expected_version=0,
    )
    section.save_button.click()
    assert section.error.isVisible()
    assert "Mariam Haddad recorded a decision meanwhile: For CPR" in section.error.text()
    assert section.status.currentData() == "dnacpr" and section.decided_by.text() == "Registrar"
    assert _facts(backend, ward).resuscitation.status is Resuscitation.FOR_CPR
    with qtbot.waitSignal(view.saved):
        section.save_button.click()  # again: this one goes on top of theirs
    assert _facts(backend, ward).resuscitation.status is Resuscitation.DNACPR


def test_no_known_allergies_then_an_allergy_then_withdrawn(
    qtbot, tab, backend: Backend, ward: WardData
) -> None:
    panel, view = tab
    section = view.allergies
    with qtbot.waitSignal(view.saved):
        section.no_known.click()
    assert panel.safety.allergies.text() == "NKA: no known allergies"
    assert section.state.text().startswith("No known allergies — Recorded by Mariam Haddad")
    assert not section.no_known.isVisible()

    section.substance.setText("Penicillin")
    section.reaction.setText("Anaphylaxis")
    _choose(section.severity, "severe")
    _choose(section.criticality, "high")
    with qtbot.waitSignal(view.saved):
        section.save_button.click()
    facts = _facts(backend, ward)
    assert facts.allergy_state is AllergyState.RECORDED
    assert facts.allergies[0].reaction == "Anaphylaxis"
    assert panel.safety.allergies.text() == "Allergies: Penicillin (severe, high risk)"
    assert panel.safety.allergies.property("tone") == "alert"
    assert section.substance.text() == ""  # the form is ready for the next one

    withdraw = section.entry_buttons[2]
    assert withdraw.accessibleName() == "Withdraw Penicillin: entered in error"
    with qtbot.waitSignal(view.saved):
        withdraw.click()
    assert _facts(backend, ward).allergies == ()


def test_editing_an_allergy_changes_its_severity(
    qtbot, tab, backend: Backend, ward: WardData
) -> None:
    _, view = tab
    section = view.allergies
    section.substance.setText("Latex")
    with qtbot.waitSignal(view.saved):
        section.save_button.click()
    section.entry_buttons[0].click()  # Edit…
    assert section.substance.text() == "Latex" and section.status.isVisible()
    _choose(section.severity, "moderate")
    with qtbot.waitSignal(view.saved):
        section.save_button.click()
    assert _facts(backend, ward).allergies[0].severity == "moderate"


def test_a_safety_item_with_its_detail_and_since_date(
    qtbot, tab, backend: Backend, ward: WardData
) -> None:
    _, view = tab
    row = view.checks.rows[SafetyItem.LINES]
    assert row.detail.placeholderText() == "Which (cannula, PICC, urinary catheter)"
    _choose(row.state, "present")
    row.detail.setText("PICC right arm")
    assert row.since is not None
    row.since.set_value(date.today() - timedelta(days=3))
    with qtbot.waitSignal(view.saved):
        row.save.click()
    check = _facts(backend, ward).checks[SafetyItem.LINES]
    assert (check.state, check.detail, check.days) == ("present", "PICC right arm", 3)
    assert row.recorded.text() == "Recorded by Mariam Haddad, just now · in place 3 days"


def test_contacts_are_added_and_taken_off(qtbot, tab, backend: Backend, ward: WardData) -> None:
    _, view = tab
    section = view.contacts
    section.name.setText("Maria Papadopoulou")
    section.relationship.setText("daughter")
    section.phone.setText("07700 900123")
    section.next_of_kin.setChecked(True)
    section.decision_maker.setChecked(True)
    with qtbot.waitSignal(view.saved):
        section.save_button.click()
    facts = _facts(backend, ward)
    assert facts.decision_maker is not None and facts.decision_maker.phone == "07700 900123"
    with qtbot.waitSignal(view.saved):
        section.entry_buttons[2].click()  # no longer a contact
    assert _facts(backend, ward).contacts == ()


def test_medicines_are_added_and_stopped(qtbot, tab, backend: Backend, ward: WardData) -> None:
    _, view = tab
    section = view.medicines
    for name, text in (("name", "Apixaban"), ("dosage", "5 mg"), ("frequency", "twice a day")):
        section.lines[name].setText(text)
    with qtbot.waitSignal(view.saved):
        section.save_button.click()
    medicine = _facts(backend, ward).medications[0]
    assert (medicine.name, medicine.dosage, medicine.frequency) == (
        "Apixaban",
        "5 mg",
        "twice a day",
    )
    with qtbot.waitSignal(view.saved):
        section.entry_buttons[2].click()  # stop
    assert _facts(backend, ward).medications == ()


def test_the_latin_name_shows_beside_the_name(qtbot, tab, backend: Backend, ward: WardData) -> None:
    panel, view = tab
    view.identity.latin_name.setText("Eleni Papadopoulou")
    with qtbot.waitSignal(view.saved):
        view.identity.save_button.click()
    assert _facts(backend, ward).latin_name == "Eleni Papadopoulou"
    assert "Eleni Papadopoulou" in panel.latin_name.text() and panel.latin_name.isVisible()


def test_every_control_is_reachable_by_tab_and_named(tab) -> None:
    _, view = tab
    controls = [
        w
        for w in view.findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QAbstractButton)
        and w.isVisibleTo(view)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(controls) > 40
    reached = set(tab_stops(view.resuscitation.status, 400))
    missing = [w.objectName() or w.accessibleName() for w in controls if w not in reached]
    assert missing == [view.resuscitation.status.objectName()]  # where the walk began
    unnamed = [
        w.objectName()
        for w in controls
        if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert unnamed == []


def test_a_read_only_role_sees_the_facts_but_cannot_edit(
    qtbot, backend: Backend, ward: WardData
) -> None:
    from rounds_app.domain.enums import Discipline, Role
    from rounds_app.services import users
    from tests.ui.ward_data import ADMIN

    with backend.database.session() as s:
        users.create_user(
            s,
            ADMIN,
            username="screen",
            display_name="Ward screen",
            discipline=Discipline.NURSING,
            role=Role.WARD_DISPLAY,
            password=PASSWORD,
        )
    backend.sign_in("screen", PASSWORD)
    panel = PatientPanel(backend)
    view = SafetyView(backend)
    panel.add_tab(view, "Safety")
    qtbot.addWidget(panel)
    panel.show()
    panel.show_admission(ward.admission_ids[0])
    assert panel.safety.code_status.text() == "CPR not yet discussed"
    assert not view.resuscitation.status.isEnabled()
    assert not view.allergies.save_button.isVisible()
    assert not view.checks.rows[SafetyItem.DIET].save.isEnabled()


def test_the_pharmacists_newest_entries_stand_beside_the_medicines(
    qtbot, tab, backend: Backend, ward: WardData
) -> None:
    panel, view = tab
    assert view.medicines.pharmacy.text() == "No entry from pharmacy yet."
    backend.call(
        add_contribution,
        ward.admission_ids[0],
        text="Apixaban dose checked against renal function: keep 5 mg",
        kind="recommendation",
        discipline="pharmacy",
    )
    backend.call(
        add_contribution,
        ward.admission_ids[0],
        text="Mobilised to the chair",
        kind="observation",
        discipline="physiotherapy",
    )
    panel.show_admission(ward.admission_ids[0])
    shown = view.medicines.pharmacy.text()
    assert shown.startswith("Pharmacy said:")
    assert "keep 5 mg" in shown and "Mobilised" not in shown
