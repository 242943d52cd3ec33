"""The discharge tab's after-hospital lists: tests waiting for results, numbers to
call (each removable), and the teach-back record (signed, never removed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from rounds_app.domain.enums import CallWhen, Discipline, Role, TaughtTo, Understood
from rounds_app.services import after_hospital, users
from rounds_app.services.actor import Actor
from rounds_app.services.patient_card import DischargePlanView, patient_card
from rounds_app.storage.database import Database
from tests.ui.focus import tab_stops
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.discharge import DischargeView
from ui.discharge.entry_list import EntryListSection
from ui.patient.patient_panel import PatientPanel


def _plan(backend: Backend, ward: WardData) -> DischargePlanView:
    plan = backend.call(patient_card, ward.admission_ids[0]).discharge_plan
    assert plan is not None
    return plan


def _shown(section: EntryListSection, name: str) -> list[str]:
    return [
        label.text() for label in section.findChildren(QLabel, name) if label.isVisibleTo(section)
    ]


def test_a_pending_test_is_added_and_a_refusal_keeps_the_form(
    qtbot, tab, backend: Backend, ward: WardData
) -> None:
    _, view = tab
    form = view.pending_tests
    assert form.empty.isVisible() and form.remove_buttons == []
    form.told_by.setText("Dr Okafor's team")
    form.add()  # the service says what is missing, in one line; nothing typed is lost
    assert form.error.text() == "The test is empty."
    assert form.told_by.text() == "Dr Okafor's team"
    assert backend.call(patient_card, ward.admission_ids[0]).discharge_plan is None

    form.test.setText("Blood culture — परिणाम")
    form.due.unset.setChecked(False)
    form.due.edit.setDate(QDate(2031, 3, 4))
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    (stored,) = _plan(backend, ward).after.pending_tests
    assert (stored.test, stored.told_by, stored.due) == (
        "Blood culture — परिणाम",
        "Dr Okafor's team",
        date(2031, 3, 4),
    )
    qtbot.waitUntil(lambda: len(_shown(form, "entryTitle")) == 1)
    assert _shown(form, "entryTitle") == [
        "Blood culture — परिणाम — Dr Okafor's team will tell the result"
    ]
    assert (
        _shown(form, "entryDetail")[0].startswith("By ")
        and "4 Mar 2031" in (_shown(form, "entryDetail")[0])
    )
    assert form.test.text() == "" and form.due.value() is None and not form.error.isVisible()


def test_removing_a_pending_test(qtbot, tab, backend: Backend, ward: WardData) -> None:
    panel, view = tab
    for test in ("Biopsy", "CT report"):
        backend.call(
            after_hospital.add_pending_test, ward.admission_ids[0], test=test, told_by="GP"
        )
    panel.reload()
    form = view.pending_tests
    qtbot.waitUntil(lambda: len(_shown(form, "entryDetail")) == 2)  # Qt shows them queued
    assert [b.accessibleName() for b in form.remove_buttons] == [
        "Remove Biopsy",
        "Remove CT report",
    ]
    assert _shown(form, "entryDetail") == ["No date yet", "No date yet"]
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(form.remove_buttons[0], Qt.MouseButton.LeftButton)
    assert [t.test for t in _plan(backend, ward).after.pending_tests] == ["CT report"]
    qtbot.waitUntil(lambda: len(form.remove_buttons) == 1)
    assert form.remove_buttons[0].accessibleName() == "Remove CT report"


def test_numbers_to_call_need_a_real_number_and_hours_only_when_chosen(
    qtbot, tab, backend: Backend, ward: WardData
) -> None:
    _, view = tab
    form = view.call_contacts
    assert form.answers.currentData() == CallWhen.ANY_TIME and not form.hours.isEnabled()
    form.name.setText("District nurses")
    form.phone.setText("call the ward")
    form.add()
    assert form.error.text().startswith("The phone number ")
    assert (form.name.text(), form.phone.text()) == ("District nurses", "call the ward")

    form.phone.setText("+44 (0)20 7946-0123")
    form.answers.setCurrentIndex(form.answers.findData(CallWhen.HOURS))
    assert form.hours.isEnabled()
    form.hours.setText("Weekdays 8 to 6")
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    (stored,) = _plan(backend, ward).after.call_contacts
    assert (stored.name, stored.phone, stored.answers, stored.hours) == (
        "District nurses",
        "+44 (0)20 7946-0123",
        CallWhen.HOURS,
        "Weekdays 8 to 6",
    )
    qtbot.waitUntil(lambda: len(_shown(form, "entryTitle")) == 1)
    assert _shown(form, "entryTitle") == ["District nurses — +44 (0)20 7946-0123"]
    assert _shown(form, "entryDetail") == ["Weekdays 8 to 6"]
    assert form.answers.currentData() == CallWhen.ANY_TIME and not form.hours.isEnabled()

    form.name.setText("NHS 111")
    form.phone.setText("111")
    form.answers.setCurrentIndex(form.answers.findData(CallWhen.NIGHT))
    with qtbot.waitSignal(view.saved):
        form.add()
    assert _plan(backend, ward).after.call_contacts[1].answers is CallWhen.NIGHT
    qtbot.waitUntil(lambda: len(_shown(form, "entryDetail")) == 2)
    assert _shown(form, "entryDetail") == ["Weekdays 8 to 6", "At night"]
    with qtbot.waitSignal(view.saved):
        form.remove_buttons[0].click()
    assert [c.name for c in _plan(backend, ward).after.call_contacts] == ["NHS 111"]


def test_a_teach_back_is_signed_by_whoever_records_it_and_kept(
    qtbot, tab, backend: Backend, ward: WardData
) -> None:
    _, view = tab
    form = view.teach_backs
    assert form.signer.text() == "Signed as Mariam Haddad, now"
    form.topic.setText("When to take the water tablet")
    form.add()  # "understood" has no answer until one is chosen
    assert form.error.text() == "Say how well they said it back."
    assert form.understood.currentIndex() == -1

    form.taught_to.setCurrentIndex(form.taught_to.findData(TaughtTo.FAMILY))
    assert form.taught_name.isEnabled()
    form.understood.setCurrentIndex(form.understood.findData(Understood.PARTLY))
    form.add()  # a family member is named
    assert form.error.text() == "Who was taught is empty."
    assert form.topic.text() == "When to take the water tablet"
    form.taught_name.setText("Λένα Παπαδοπούλου")
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    (record,) = _plan(backend, ward).after.teach_backs
    assert (record.topic, record.taught_to, record.taught_name, record.understood) == (
        "When to take the water tablet",
        TaughtTo.FAMILY,
        "Λένα Παπαδοπούλου",
        Understood.PARTLY,
    )
    assert record.taught_by == "Mariam Haddad"
    qtbot.waitUntil(lambda: len(_shown(form, "entryTitle")) == 1)
    assert _shown(form, "entryTitle") == ["When to take the water tablet — partly understood"]
    detail = _shown(form, "entryDetail")[0]
    assert detail.startswith("With Λένα Παπαδοπούλου (family) · taught by Mariam Haddad, ")
    # the record is append-only: nothing on the list takes it off
    assert not form.edits_entries
    assert not [
        b
        for b in form.findChildren(QPushButton)
        if b not in (form.add_button, form.cancel_edit_button)
    ]
    assert form.cancel_edit_button.isHidden()
    assert form.understood.currentIndex() == -1 and not form.taught_name.isEnabled()


def test_the_ward_screen_reads_the_lists_and_cannot_write(
    qtbot, backend: Backend, ward: WardData, ui_db: Database
) -> None:
    with ui_db.session() as s:
        nurse = users.authenticate(s, CHARGE, PASSWORD)
    with ui_db.session() as s:
        after_hospital.add_pending_test(
            s, nurse, ward.admission_ids[0], test="Biopsy", told_by="GP"
        )
    with ui_db.session() as s:
        after_hospital.record_teach_back(
            s, nurse, ward.admission_ids[0], topic="Inhaler", taught_to="patient", understood="yes"
        )
    with ui_db.session() as s:
        users.create_user(
            s,
            Actor.system("test"),
            username="screen",
            display_name="Ward screen",
            discipline=Discipline.NURSING,
            role=Role.WARD_DISPLAY,
            password=PASSWORD,
        )
    backend.sign_in("screen", PASSWORD)
    panel = PatientPanel(backend)
    view = DischargeView(backend)
    panel.add_tab(view, "Discharge plan")
    qtbot.addWidget(panel)
    panel.show()
    panel.show_admission(ward.admission_ids[0])
    assert _shown(view.pending_tests, "entryTitle") == ["Biopsy — GP will tell the result"]
    assert _shown(view.teach_backs, "entryTitle") == ["Inhaler — understood"]
    assert view.pending_tests.remove_buttons == []
    for section in (view.pending_tests, view.call_contacts, view.teach_backs):
        assert not section.add_button.isVisibleTo(view)
        assert not section.form_heading.isVisibleTo(view)
    assert not view.teach_backs.signer.isVisibleTo(view)


def test_tab_reaches_each_remove_button_then_the_form(
    qtbot, tab, backend: Backend, ward: WardData
) -> None:
    panel, view = tab
    for name in ("Ward 7B", "GP surgery"):
        backend.call(
            after_hospital.add_call_contact,
            ward.admission_ids[0],
            name=name,
            phone="020 7946 0000",
            answers="any_time",
        )
    panel.reload()
    form = view.call_contacts
    qtbot.waitUntil(lambda: all(b.isVisibleTo(view) for b in form.remove_buttons))
    last_test_field = view.pending_tests.add_button
    assert tab_stops(last_test_field, 5) == [
        *form.remove_buttons,
        form.name,
        form.phone,
        form.answers,  # the hours are off unless "at the hours given" is chosen
    ]
    assert tab_stops(form.add_button, 3) == [
        view.teach_backs.topic,
        view.teach_backs.taught_to,
        view.teach_backs.understood,  # no name to give for the patient
    ]
