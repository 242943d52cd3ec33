"""The discharge tab's words and expected date: saved through the services, typing
kept across refreshes, and a stale save taken to the conflict dialog."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from rounds_app.services import admissions, discharge, users
from rounds_app.services.patient_card import PatientCard, patient_card
from rounds_app.storage.database import Database
from tests.ui.discharge.discharge_tab import open_discharge_tab
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.patient.conflict_dialog import Choice, ConflictDialog, Resolution

OTHER = "pharm.lee"


def _card(backend: Backend, ward: WardData, n: int = 0) -> PatientCard:
    return backend.call(patient_card, ward.admission_ids[n])


def _as_other(db: Database, service, *args, **kwargs):  # type: ignore[no-untyped-def]
    """Another workstation's save, by the pharmacist."""
    with db.session() as s:
        other = users.authenticate(s, OTHER, PASSWORD)
    with db.session() as s:
        return service(s, other, *args, **kwargs)


def _other_saves_plan(db: Database, ward: WardData, backend: Backend, **values: str) -> None:
    plan = _card(backend, ward).discharge_plan
    current = {
        name: getattr(plan, name) if plan else ""
        for name in ("destination", "barriers", "warning_signs", "whom_to_call")
    }
    current.update(values)
    edit = discharge.PlanEdit(version=plan.version if plan else 0, **current)
    _as_other(db, discharge.save_plan, ward.admission_ids[0], edit)


def test_saving_the_plan_text(qtbot, tab, backend: Backend, ward: WardData) -> None:
    _, view = tab
    plan = view.plan
    assert not plan.save_button.isEnabled()
    plan.destination.setText("Σπίτι, με την κόρη της")
    plan.barriers.insertPlainText("Stairs: 14 steps\nNo lift")
    plan.warning_signs.insertPlainText("ضيق في التنفس")
    plan.whom_to_call.insertPlainText("Ward 7B, day and night")
    assert plan.save_button.isEnabled() and plan.cancel_button.isEnabled()
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(plan.save_button, Qt.MouseButton.LeftButton)
    saved = _card(backend, ward).discharge_plan
    assert saved is not None
    assert (saved.destination, saved.barriers) == (
        "Σπίτι, με την κόρη της",
        "Stairs: 14 steps\nNo lift",
    )
    assert (saved.warning_signs, saved.whom_to_call) == ("ضيق في التنفس", "Ward 7B, day and night")
    assert not plan.save_button.isEnabled()
    assert not plan.error.isVisible()


def test_ctrl_s_saves_from_inside_the_plan(qtbot, tab, backend: Backend, ward: WardData) -> None:
    _, view = tab
    view.plan.barriers.setFocus()
    qtbot.waitUntil(view.plan.barriers.hasFocus)
    qtbot.keyClicks(view.plan.barriers, "Oxygen at home")
    with qtbot.waitSignal(view.saved):
        qtbot.keyClick(view.plan.barriers, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _card(backend, ward).discharge_plan.barriers == "Oxygen at home"
    assert view.plan.save_button.toolTip() == "Save the plan (Ctrl+S)"


def test_typing_survives_a_refresh_and_saves_over_someone_elses_other_field(
    tab, backend: Backend, ward: WardData, ui_db: Database
) -> None:
    panel, view = tab
    view.plan.barriers.setPlainText("Being typed here")
    _other_saves_plan(ui_db, ward, backend, destination="Rehab unit")
    panel.reload()  # what the change feed does when another workstation saves
    assert view.plan.barriers.toPlainText() == "Being typed here"
    assert view.plan.destination.text() == "Rehab unit"
    view.plan.save()
    saved = _card(backend, ward).discharge_plan
    assert (saved.destination, saved.barriers) == ("Rehab unit", "Being typed here")
    assert not view.plan.error.isVisible()


def test_cancel_puts_back_the_saved_plan(tab) -> None:
    _, view = tab
    view.plan.destination.setText("Somewhere")
    view.plan.cancel()
    assert view.plan.destination.text() == ""
    assert not view.plan.save_button.isEnabled()


def test_another_patient_starts_with_their_own_plan(tab, ward: WardData) -> None:
    panel, view = tab
    view.plan.whom_to_call.setPlainText("typed for the first patient")
    panel.show_admission(ward.admission_ids[1])
    assert view.plan.whom_to_call.toPlainText() == ""


@pytest.mark.parametrize(
    ("resolution", "stored", "shown"),
    [
        (Resolution(Choice.MINE, "Mine: stairs"), "Mine: stairs", "Mine: stairs"),
        (Resolution(Choice.THEIRS, "Theirs: no carer"), "Theirs: no carer", "Theirs: no carer"),
        (Resolution(Choice.MERGED, "Stairs; no carer"), "Stairs; no carer", "Stairs; no carer"),
        (None, "Theirs: no carer", "Mine: stairs"),
    ],
    ids=["mine", "theirs", "merged", "later"],
)
def test_a_stale_save_reaches_the_conflict_dialog(
    resolution: Resolution | None,
    stored: str,
    shown: str,
    tab,
    backend: Backend,
    ward: WardData,
    ui_db: Database,
    monkeypatch,
) -> None:
    panel, view = tab
    view.plan.barriers.setPlainText("Mine: stairs")
    _other_saves_plan(ui_db, ward, backend, barriers="Theirs: no carer")
    panel.reload()
    assert view.plan.barriers.toPlainText() == "Mine: stairs"
    asked = []

    def ask(parent, label, mine, theirs, theirs_by, theirs_at, title=""):
        asked.append((label, mine, theirs, theirs_by, theirs_at is not None))
        return resolution

    monkeypatch.setattr(ConflictDialog, "ask", ask)
    view.plan.save()
    assert asked == [("Barriers", "Mine: stairs", "Theirs: no carer", "Dr Sun-hee Lee", True)]
    assert _card(backend, ward).discharge_plan.barriers == stored
    assert view.plan.barriers.toPlainText() == shown
    if resolution is None:
        assert view.plan.error.text() == (
            "Not saved: Dr Sun-hee Lee saved this plan meanwhile. Save again to compare."
        )
        assert view.plan.save_button.isEnabled()
    else:
        assert not view.plan.error.isVisible()
        assert not view.plan.save_button.isEnabled()


def test_only_boxes_both_sides_changed_are_asked_about(
    tab, backend: Backend, ward: WardData, ui_db: Database, monkeypatch
) -> None:
    _, view = tab
    view.plan.barriers.setPlainText("Mine: stairs")
    view.plan.whom_to_call.setPlainText("Mine: the ward")
    # saved elsewhere while this screen did not refresh
    _other_saves_plan(
        ui_db, ward, backend, destination="Theirs: rehab", whom_to_call="Theirs: the GP"
    )
    asked: list[str] = []

    def ask(parent, label, mine, theirs, *rest):
        asked.append(label)
        return Resolution(Choice.MINE, mine)

    monkeypatch.setattr(ConflictDialog, "ask", ask)
    view.plan.save()
    assert asked == ["Whom to call"]
    saved = _card(backend, ward).discharge_plan
    assert (saved.destination, saved.barriers, saved.whom_to_call) == (
        "Theirs: rehab",
        "Mine: stairs",
        "Mine: the ward",
    )
    assert view.plan.destination.text() == "Theirs: rehab"


def test_the_expected_date_is_saved_and_can_be_unset(
    qtbot, tab, backend: Backend, ward: WardData
) -> None:
    _, view = tab
    section = view.expected
    admitted = _card(backend, ward).admission.admitted_at.date()
    day = admitted + timedelta(days=9)
    section.date.unset.setChecked(False)
    section.date.edit.setDate(QDate(day.year, day.month, day.day))
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert _card(backend, ward).admission.expected_discharge_date == day
    assert not section.save_button.isEnabled()
    section.date.unset.setChecked(True)
    section.save()
    assert _card(backend, ward).admission.expected_discharge_date is None


def test_the_date_goes_in_over_someone_elses_summary_change(
    tab, backend: Backend, ward: WardData, ui_db: Database
) -> None:
    _, view = tab
    card = _card(backend, ward)
    day = card.admission.admitted_at.date() + timedelta(days=5)
    view.expected.date.set_value(day)
    # another charge nurse edits the one-liner; this screen has not refreshed yet
    with ui_db.session() as s:
        other = users.authenticate(s, CHARGE, PASSWORD)
    with ui_db.session() as s:
        edit = admissions.SummaryEdit(
            card.admission.version,
            card.admission.severity,
            "New one-liner",
            card.admission.expected_discharge_date,
        )
        admissions.update_summary(s, other, card.admission.id, edit)
    view.expected.save()
    after = _card(backend, ward).admission
    assert (after.expected_discharge_date, after.one_liner) == (day, "New one-liner")
    assert not view.expected.error.isVisible()


def test_the_date_chosen_meanwhile_elsewhere_is_named(
    tab, backend: Backend, ward: WardData, ui_db: Database
) -> None:
    _, view = tab
    card = _card(backend, ward)
    mine = card.admission.admitted_at.date() + timedelta(days=5)
    theirs = card.admission.admitted_at.date() + timedelta(days=7)
    view.expected.date.set_value(mine)
    with ui_db.session() as s:
        other = users.authenticate(s, CHARGE, PASSWORD)
    with ui_db.session() as s:
        edit = admissions.SummaryEdit(
            card.admission.version, card.admission.severity, card.admission.one_liner, theirs
        )
        admissions.update_summary(s, other, card.admission.id, edit)
    view.expected.save()
    assert _card(backend, ward).admission.expected_discharge_date == theirs
    assert view.expected.error.text().startswith("The expected date was changed meanwhile to ")
    view.expected.save()  # a second Save keeps mine, knowingly
    assert _card(backend, ward).admission.expected_discharge_date == mine


def test_a_clinician_edits_the_plan_but_only_reads_the_date(
    qtbot, backend: Backend, ward: WardData
) -> None:
    backend.sign_in(OTHER, PASSWORD)
    _, view = open_discharge_tab(qtbot, backend, ward.admission_ids[0])
    assert not view.expected.date.isVisible()
    assert view.expected.shown.isVisible()
    assert view.expected.shown.text() != ""
    assert not view.plan.barriers.isReadOnly()
    assert view.plan.save_button.isVisible()
