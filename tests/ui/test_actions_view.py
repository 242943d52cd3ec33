"""The actions and contingencies tab in the patient panel: opening and closing actions,
someone else closing one first, contingencies added and retired, and who may write."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from rounds_app.domain.enums import ActionStatus, Discipline, Role
from rounds_app.services import actions, users
from rounds_app.services.patient_card import PatientCard, patient_card
from rounds_app.storage.database import Database
from tests.ui.focus import tab_stops
from tests.ui.ward_data import ADMIN, CHARGE, PASSWORD, WardData
from ui.actions.action_rows import ActionRow, ContingencyRow
from ui.actions.actions_view import ActionsView
from ui.backend import Backend
from ui.patient.patient_panel import PatientPanel
from ui.shell import style


@pytest.fixture
def panel(qtbot, backend: Backend, ward: WardData) -> PatientPanel:
    """The tab inside a real patient panel, so `saved` reloads the card as in the app;
    admission 1 has one open action, "Book follow-up", owned by nursing."""
    backend.sign_in(CHARGE, PASSWORD)
    panel = PatientPanel(backend)
    panel.add_tab(ActionsView(backend), "Actions")
    qtbot.addWidget(panel)
    panel.resize(900, 900)
    panel.show_admission(ward.admission_ids[1])
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def view(panel: PatientPanel) -> ActionsView:
    return panel.tabs.widget(0)  # type: ignore[return-value]


def rows(view: ActionsView, which: str = "open") -> list:
    return getattr(view, f"{which}_rows").rows()


def card(backend: Backend, ward: WardData) -> PatientCard:
    return backend.call(patient_card, ward.admission_ids[1])


def test_open_actions_show_text_owner_due_and_opener(view: ActionsView) -> None:
    [row] = rows(view)
    assert isinstance(row, ActionRow)
    assert row.text.text() == "Book follow-up"
    assert "Owner: Nursing" in row.details.text()
    assert "opened by Mariam Haddad" in row.details.text()
    assert row.due.text() == "No due date"
    assert view.open_heading.text() == "Actions — 1 open"
    assert not view.closed_toggle.isVisible()


def test_opening_an_action_for_me_with_a_due_date(
    qtbot, view: ActionsView, backend: Backend, ward: WardData
) -> None:
    form = view.action_form
    assert form.owner.currentText() == "Nursing"  # the user's discipline to start with
    assert form.owner.itemText(0) == "Me (Mariam Haddad)"
    form.text.setText("Phone the daughter about Thursday's meeting")
    form.owner.setCurrentIndex(0)
    form.has_due.setChecked(True)
    tomorrow = date.today() + timedelta(days=1)
    form.due.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    with qtbot.waitSignal(view.saved):
        form.open_button.click()
    opened = [a for a in card(backend, ward).actions if a.text.startswith("Phone")]
    assert len(opened) == 1
    assert opened[0].owner == "Mariam Haddad" and opened[0].owner_discipline is None
    assert opened[0].due == tomorrow
    shown = [r for r in rows(view) if r.action.id == opened[0].id][0]
    assert shown.due.text() == "Due tomorrow"
    assert form.text.text() == "" and not form.has_due.isChecked()


def test_an_action_without_a_due_date_for_a_discipline(
    qtbot, view: ActionsView, backend: Backend, ward: WardData
) -> None:
    form = view.action_form
    form.text.setText("Συζήτηση με τον φαρμακοποιό")
    form.owner.setCurrentIndex(form.owner.findText("Pharmacy"))
    with qtbot.waitSignal(view.saved):
        form.open_button.click()
    opened = card(backend, ward).actions[-1]
    assert opened.text == "Συζήτηση με τον φαρμακοποιό"
    assert opened.owner_discipline is Discipline.PHARMACY and opened.due is None


def test_a_refused_action_says_why_in_the_form(view: ActionsView) -> None:
    view.action_form.open_button.click()
    assert view.action_form.error.isVisible()
    assert view.action_form.error.text() == "The action is empty."


def test_overdue_is_said_in_words(
    view: ActionsView, panel: PatientPanel, backend: Backend, ward: WardData
) -> None:
    backend.call(
        actions.open_action,
        ward.admission_ids[1],
        text="Chase the echo report",
        owner_discipline=Discipline.MEDICINE,
        due=date.today() - timedelta(days=1),
    )
    panel.reload()
    first = rows(view)[0]  # soonest due first
    assert first.text.text() == "Chase the echo report"
    assert first.due.text().startswith("Overdue: due ")
    assert first.due.property("overdue") is True


@pytest.mark.parametrize(
    ("button", "status", "words"),
    [
        ("done_button", ActionStatus.DONE, "Done by"),
        ("cancel_button", ActionStatus.CANCELLED, "Cancelled by"),
    ],
)
def test_closing_an_action_moves_it_below(
    qtbot, view: ActionsView, backend: Backend, ward: WardData, button, status, words
) -> None:
    [row] = rows(view)
    assert getattr(row, button).accessibleName().endswith(": Book follow-up")
    with qtbot.waitSignal(view.saved):
        getattr(row, button).click()
    assert card(backend, ward).actions[0].status is status
    assert rows(view) == [] and view.no_open.isVisible()
    assert view.closed_toggle.isVisible()
    assert view.closed_toggle.text() == "Done and cancelled: 1"
    assert not view.closed_rows.isVisible()  # folded away until asked for
    view.closed_toggle.click()
    [closed] = rows(view, "closed")
    assert closed.isVisible() and closed.done_button is None
    assert closed.details.text().startswith(f"{words} Mariam Haddad")


def test_an_action_someone_else_closed_is_reloaded_and_said(
    qtbot, view: ActionsView, ui_db: Database, backend: Backend, ward: WardData
) -> None:
    [row] = rows(view)
    with ui_db.session() as s:
        pharmacist = users.authenticate(s, "pharm.lee", PASSWORD)
    with ui_db.session() as s:
        actions.close_action(s, pharmacist, row.action.id, row.action.version)
    with qtbot.waitSignal(view.saved):
        row.done_button.click()
    assert view.message.isVisible()
    assert view.message.text() == (
        "Someone else (Dr Sun-hee Lee) closed it already; the list now shows it as it is."
    )
    assert rows(view) == []
    assert card(backend, ward).actions[0].closed_by == "Dr Sun-hee Lee"


def test_contingencies_are_added_and_retired(
    qtbot, view: ActionsView, backend: Backend, ward: WardData
) -> None:
    assert view.no_contingencies.isVisible()
    form = view.contingency_form
    form.condition.setText("temperature above 38.5 °C")
    form.response.setText("blood cultures and call the doctor")
    with qtbot.waitSignal(view.saved):
        form.add_button.click()
    [row] = rows(view, "contingency")
    assert isinstance(row, ContingencyRow)
    assert row.condition.text() == "If temperature above 38.5 °C"
    assert row.response.text() == "then blood cultures and call the doctor"
    assert form.condition.text() == ""
    with qtbot.waitSignal(view.saved):
        row.retire_button.click()
    assert rows(view, "contingency") == []
    assert [c.active for c in card(backend, ward).contingencies] == [False]


def test_typed_contingency_words_are_not_doubled(qtbot, view: ActionsView) -> None:
    view.contingency_form.condition.setText("If she is breathless lying flat")
    view.contingency_form.response.setText("then weigh her")
    with qtbot.waitSignal(view.saved):
        view.contingency_form.add_button.click()
    [row] = rows(view, "contingency")
    assert row.condition.text() == "If she is breathless lying flat"
    assert row.response.text() == "then weigh her"


def test_forms_keep_their_text_on_refresh_and_clear_for_another_patient(
    view: ActionsView, panel: PatientPanel, ward: WardData
) -> None:
    view.action_form.text.setText("Half-typed action")
    view.action_form.owner.setCurrentIndex(view.action_form.owner.findText("Dietetics"))
    view.contingency_form.condition.setText("If pain")
    panel.reload()
    assert view.action_form.text.text() == "Half-typed action"
    assert view.action_form.owner.currentText() == "Dietetics"
    assert view.contingency_form.condition.text() == "If pain"
    panel.show_admission(ward.admission_ids[2])
    assert view.action_form.text.text() == ""
    assert view.contingency_form.condition.text() == ""


def test_tab_follows_the_page_from_top_to_bottom(
    view: ActionsView, panel: PatientPanel, backend: Backend, ward: WardData
) -> None:
    backend.call(actions.add_contingency, ward.admission_ids[1], condition="pain", response="call")
    panel.reload()
    [row] = rows(view)
    [contingency] = rows(view, "contingency")
    form, other = view.action_form, view.contingency_form
    # the closed toggle is hidden (nothing closed yet), so Tab skips it
    assert tab_stops(row.done_button, 9) == [
        row.cancel_button,
        form.text,
        form.owner,
        form.has_due,
        form.open_button,  # the date is skipped while "no due date" is chosen
        contingency.retire_button,
        other.condition,
        other.response,
        other.add_button,
    ]


def test_a_ward_display_account_has_no_write_controls(
    qtbot, backend: Backend, ui_db: Database, ward: WardData
) -> None:
    with ui_db.session() as s:
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
    view = ActionsView(backend)
    qtbot.addWidget(view)
    view.show_card(card(backend, ward))
    view.show()
    [row] = rows(view)
    assert row.done_button is None and row.cancel_button is None
    assert not view.action_form.isVisible() and not view.contingency_form.isVisible()


def test_the_styled_tab_builds_without_qt_warnings(qtbot, qapp, view: ActionsView) -> None:
    # a stylesheet rule that fails to parse makes Qt warn, and a warning fails the test
    style.apply_stylesheet(qapp)
    try:
        view.closed_toggle.setChecked(True)
        [row] = rows(view)
        qtbot.waitUntil(lambda: row.text.font().pointSizeF() >= 13)
    finally:
        qapp.setStyleSheet("")
