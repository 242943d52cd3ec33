"""The discharge tab's lists: the readiness checklist, follow-ups and medication
changes, who may write them, and the readiness summary."""

from __future__ import annotations

from datetime import UTC, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLabel

from rounds_app.domain.enums import Discipline, FollowUpPlace, MedicationChangeKind, Role
from rounds_app.services import admissions, discharge, users
from rounds_app.services.actor import Actor
from rounds_app.services.patient_card import PatientCard, patient_card
from rounds_app.storage.database import Database
from tests.ui.discharge.discharge_tab import open_discharge_tab
from tests.ui.focus import tab_stops
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.shell import style


def _card(backend: Backend, ward: WardData) -> PatientCard:
    return backend.call(patient_card, ward.admission_ids[0])


def test_a_new_plan_shows_the_standard_checklist(tab) -> None:
    _, view = tab
    texts = [row.text.text() for row in view.checklist.rows]
    assert texts[0] == "Medicines reconciled" and len(texts) == 6
    assert view.readiness.text() == "0 of 6 ready"
    assert not view.archived.isVisible()
    assert view.follow_ups.empty.isVisible() and view.medication_changes.empty.isVisible()


def test_ticking_records_who_and_when_and_unticking_clears(
    qtbot, tab, backend: Backend, ward: WardData
) -> None:
    _, view = tab
    row = view.checklist.rows[1]
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(row.box, Qt.MouseButton.LeftButton)
    item = _card(backend, ward).discharge_plan.checklist[1]
    assert (item.item, item.done, item.done_by) == ("Follow-up booked", True, "Mariam Haddad")
    row = view.checklist.rows[1]
    assert row.box.isChecked()
    assert row.note.text().startswith("Ticked by Mariam Haddad, ")
    assert view.readiness.text() == "1 of 6 ready"

    # the words untick too, as a checkbox's own label would
    qtbot.mouseClick(view.checklist.rows[1].text, Qt.MouseButton.LeftButton)
    item = _card(backend, ward).discharge_plan.checklist[1]
    assert (item.done, item.done_by) == (False, None)
    assert view.checklist.rows[1].note.text() == ""
    assert view.readiness.text() == "0 of 6 ready"


def test_a_refused_tick_is_put_back(tab, backend: Backend, ward: WardData, ui_db: Database) -> None:
    panel, view = tab
    with ui_db.session() as s:
        admissions.discharge(s, ward.charge, ward.admission_ids[0])
    view.checklist.rows[0].box.click()  # the screen has not heard of the discharge yet
    assert not view.checklist.rows[0].box.isChecked()
    assert view.checklist.error.text() == (
        "This patient has been discharged; the admission is archived."
    )
    panel.reload()  # now it has: the archived plan is read-only
    assert view.archived.text().startswith("Discharged ")
    assert view.archived.text().endswith(": this plan is kept, read only.")
    assert not view.checklist.rows[0].box.isEnabled()
    assert not view.plan.save_button.isVisible()


def test_a_plan_started_meanwhile_elsewhere_is_ticked_all_the_same(
    tab, backend: Backend, ward: WardData, ui_db: Database
) -> None:
    _, view = tab
    with ui_db.session() as s:
        other = users.authenticate(s, "pharm.lee", PASSWORD)
    with ui_db.session() as s:
        discharge.add_follow_up(
            s, other, ward.admission_ids[0], with_whom="GP", contact_by="Ward clerk"
        )
    view.checklist.rows[2].box.click()  # still showing the standard, unsaved items
    assert _card(backend, ward).discharge_plan.checklist[2].done
    assert not view.checklist.error.isVisible()


def test_adding_a_checklist_item(qtbot, tab, backend: Backend, ward: WardData) -> None:
    _, view = tab
    view.checklist.add_item()
    assert view.checklist.error.text() == "Type the item to add first."
    view.checklist.new_item.setText("Oxygen at home & tested")
    with qtbot.waitSignal(view.saved):
        qtbot.keyClick(view.checklist.new_item, Qt.Key.Key_Return)
    assert [i.item for i in _card(backend, ward).discharge_plan.checklist][-1] == (
        "Oxygen at home & tested"
    )
    assert view.checklist.rows[-1].text.text() == "Oxygen at home & tested"
    assert view.checklist.rows[-1].box.accessibleName() == "Oxygen at home & tested"
    assert view.checklist.new_item.text() == ""
    assert view.readiness.text() == "0 of 7 ready"


def test_adding_a_follow_up(qtbot, tab, backend: Backend, ward: WardData) -> None:
    _, view = tab
    form = view.follow_ups
    form.add()
    assert form.error.text() == "Say who the follow-up is with."
    when = QDateTime.currentDateTime().addDays(10)
    form.with_whom.setText("Καρδιολογική κλινική")
    form.when.unset.setChecked(False)
    form.when.edit.setDateTime(when)
    form.where.setText("Outpatients, level 2")
    form.purpose.setText("Check the heart rhythm")
    form.booked.setChecked(True)
    form.phone.setText("0161 496 0123")
    form.add()
    assert form.error.text() == (
        "A booked appointment needs the kind of place: GP surgery, clinic, home…"
    )
    form.place_kind.setCurrentIndex(form.place_kind.findData(FollowUpPlace.HOSPITAL_CLINIC))
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    follow_up = _card(backend, ward).discharge_plan.follow_ups[0]
    assert (follow_up.with_whom, follow_up.where, follow_up.booked, follow_up.phone) == (
        "Καρδιολογική κλινική",
        "Outpatients, level 2",
        True,
        "0161 496 0123",
    )
    assert follow_up.place_kind is FollowUpPlace.HOSPITAL_CLINIC
    expected = when.toPython().astimezone(UTC)
    assert abs(follow_up.when - expected) < timedelta(minutes=1)

    def titles() -> list[str]:
        labels = form.findChildren(QLabel, "entryTitle")
        return [label.text() for label in labels if label.isVisibleTo(form)]

    qtbot.waitUntil(lambda: titles() == ["Καρδιολογική κλινική — booked"])
    assert form.with_whom.text() == "" and form.when.value() is None
    assert not form.empty.isVisible()


def test_adding_a_medication_change(qtbot, tab, backend: Backend, ward: WardData) -> None:
    _, view = tab
    form = view.medication_changes
    form.medication.setText("Furosemide 40 mg")
    form.add()
    assert form.error.text() == "Give the reason in words the patient will understand."
    form.change.setCurrentIndex(form.change.findData(MedicationChangeKind.STOPPED))
    form.reason.setText("להפחית נוזלים — your ankles are no longer swollen")
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    change = _card(backend, ward).discharge_plan.medication_changes[0]
    assert (change.medication, change.change) == ("Furosemide 40 mg", MedicationChangeKind.STOPPED)
    assert change.reason.startswith("להפחית")
    assert form.medication.text() == "" and not form.error.isVisible()


def test_half_typed_entries_survive_a_refresh(tab, backend: Backend, ward: WardData) -> None:
    panel, view = tab
    view.follow_ups.with_whom.setText("GP")
    view.medication_changes.reason.setText("half a sent")
    view.checklist.new_item.setText("Transport home")
    view.checklist.rows[0].box.click()  # a save here refreshes every tab
    panel.reload()
    assert view.follow_ups.with_whom.text() == "GP"
    assert view.medication_changes.reason.text() == "half a sent"
    assert view.checklist.new_item.text() == "Transport home"


def test_the_ward_screen_reads_the_plan_and_cannot_write(
    qtbot, backend: Backend, ward: WardData, ui_db: Database
) -> None:
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
    _, view = open_discharge_tab(qtbot, backend, ward.admission_ids[0])
    assert not any(row.box.isEnabled() for row in view.checklist.rows)
    assert view.plan.barriers.isReadOnly() and not view.plan.save_button.isVisible()
    for section in (view.follow_ups, view.medication_changes):
        assert not section.add_button.isVisible()
        assert not section.form_heading.isVisible()
    assert not view.checklist.new_item.isVisible()
    assert not view.expected.save_button.isVisible()


def test_clear_empties_the_tab(tab) -> None:
    _, view = tab
    view.plan.barriers.setPlainText("typed")
    view.follow_ups.with_whom.setText("GP")
    view.clear()
    assert view.plan.barriers.toPlainText() == ""
    assert view.follow_ups.with_whom.text() == ""
    assert view.checklist.rows == [] and view.readiness.text() == ""


def test_tab_goes_through_the_tab_in_reading_order(tab) -> None:
    _, view = tab
    plan, checklist, follow_ups = view.plan, view.checklist, view.follow_ups
    view.plan.barriers.setPlainText("something to save")  # Save and Cancel take Tab now
    assert tab_stops(view.expected.date.unset, 8) == [
        plan.destination,
        plan.barriers,
        plan.warning_signs,
        plan.whom_to_call,
        plan.why_in_hospital,
        plan.save_button,
        plan.cancel_button,
        checklist.rows[0].box,
    ]
    assert tab_stops(checklist.rows[-1].box, 5) == [
        checklist.new_item,
        checklist.add_button,
        follow_ups.with_whom,
        follow_ups.booked,
        follow_ups.place_kind,  # no time: only a booking has one
    ]
    assert tab_stops(follow_ups.contact_by, 3) == [
        follow_ups.contact_by_date.unset,  # the date itself is off while "not known yet"
        follow_ups.add_button,
        view.medication_changes.medication,
    ]
    assert tab_stops(view.medication_changes.add_button, 1) == [view.pending_tests.test]


def test_the_styled_tab_builds_without_qt_warnings(
    qtbot, qapp, backend: Backend, ward: WardData
) -> None:
    # a stylesheet that fails to parse makes Qt warn, and a warning fails the test
    style.apply_stylesheet(qapp)
    try:
        backend.sign_in(CHARGE, PASSWORD)
        _, view = open_discharge_tab(qtbot, backend, ward.admission_ids[0])
        assert view.readiness.font().pointSizeF() >= 14
        assert view.checklist.rows[0].note.font().pointSizeF() >= 11
        assert view.plan.barriers.font().pointSizeF() >= 11
    finally:
        qapp.setStyleSheet("")
