"""The contributions tab in the patient panel: adding, the discipline filter, the
sensitive flag, drafts and live refreshes, and who may write."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from rounds_app.domain.enums import ContributionKind, Discipline, Role
from rounds_app.errors import DatabaseUnavailable
from rounds_app.services import users
from rounds_app.services.patient_card import patient_card
from rounds_app.storage.database import Database
from tests.ui.contributions_helpers import by_pharmacist, mount, sign_in, texts
from tests.ui.focus import tab_stops
from tests.ui.ward_data import ADMIN, PASSWORD, WardData
from ui.backend import Backend
from ui.contributions.contributions_view import ContributionsView
from ui.contributions.quick_add import draft_key
from ui.contributions.timeline_model import TimelineModel
from ui.patient.patient_panel import PatientPanel
from ui.shell import style

M = TimelineModel


@pytest.fixture
def signed_in(backend: Backend, ward: WardData, tmp_path: Path) -> Backend:
    return sign_in(backend, tmp_path)


@pytest.fixture
def mounted(qtbot, signed_in: Backend, ward: WardData) -> tuple[PatientPanel, ContributionsView]:
    # admission 3 has three entries by the charge nurse: "Entry 0" … "Entry 2"
    return mount(qtbot, signed_in, ward.admission_ids[3])


@pytest.fixture
def panel(mounted: tuple[PatientPanel, ContributionsView]) -> PatientPanel:
    return mounted[0]


@pytest.fixture
def view(mounted: tuple[PatientPanel, ContributionsView]) -> ContributionsView:
    return mounted[1]


def test_an_added_entry_is_on_top_under_today_and_counted(
    qtbot, view: ContributionsView, signed_in: Backend, ward: WardData
) -> None:
    admission_id = ward.admission_ids[3]

    def new_entries() -> int:
        rows = signed_in.census(signed_in.actor, ward.ward_id)
        return next(r.new_entries for r in rows if r.admission_id == admission_id)

    before = new_entries()
    view.quick_add.editor.setPlainText("Walked to the window: Ελένη was pleased.")
    with qtbot.waitSignal(view.saved):
        view.quick_add.add_button.click()
    assert texts(view)[0] == "Walked to the window: Ελένη was pleased."
    assert view.proxy.index(0, 0).data(M.DayRole) == "Today"
    assert (
        view.proxy.index(0, 0)
        .data(M.HeadingRole)
        .endswith("Nursing  ·  Observation  ·  Mariam Haddad")
    )
    assert view.quick_add.editor.toPlainText() == ""
    assert new_entries() == before + 1


def test_ctrl_enter_adds_the_entry(qtbot, view: ContributionsView) -> None:
    view.activateWindow()
    view.quick_add.editor.setFocus()
    qtbot.waitUntil(view.quick_add.editor.hasFocus)
    view.quick_add.editor.setPlainText("Sleeping better")
    with qtbot.waitSignal(view.saved):
        qtbot.keyClick(
            view.quick_add.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert texts(view)[0] == "Sleeping better"
    assert "Ctrl+Return" in view.quick_add.add_button.toolTip()


def test_the_sensitive_flag_and_the_chosen_voice_are_stored(
    qtbot, view: ContributionsView, signed_in: Backend, ward: WardData
) -> None:
    box = view.quick_add
    assert [box.discipline_picker.itemText(i) for i in range(box.discipline_picker.count())] == [
        "Nursing",
        "Family / carer",
        "Patient's own words",
    ]
    assert box.discipline_picker.currentText() == "Nursing"
    assert "never shown on the ward-room screen" in box.sensitive.toolTip()
    box.editor.setPlainText("Her son says she was frightened at night at home.")
    box.discipline_picker.setCurrentIndex(1)
    box.kind_picker.setCurrentIndex(box.kind_picker.findText("Concern"))
    box.sensitive.setChecked(True)
    with qtbot.waitSignal(view.saved):
        box.add_button.click()
    stored = signed_in.call(patient_card, ward.admission_ids[3]).contributions[0]
    assert stored.sensitive is True
    assert stored.discipline is Discipline.FAMILY_CARER
    assert stored.kind is ContributionKind.CONCERN
    assert view.proxy.index(0, 0).data(M.BadgesRole) == [("Sensitive", "sensitive")]
    assert not box.sensitive.isChecked()  # the next entry starts unmarked


def test_problems_are_said_inline_and_the_text_is_kept(
    view: ContributionsView, signed_in: Backend, monkeypatch
) -> None:
    box = view.quick_add
    box.add_button.click()
    assert box.error.isVisible() and box.error.text() == "Write the entry first."

    def unreachable(*args, **kwargs):
        raise DatabaseUnavailable("The database cannot be reached; nothing was saved.")

    box.editor.setPlainText("Pain better after paracetamol")
    monkeypatch.setattr(signed_in, "call", unreachable)
    box.add_button.click()
    assert box.error.text() == "The database cannot be reached; nothing was saved."
    assert box.error.textFormat() == Qt.TextFormat.PlainText
    assert box.editor.toPlainText() == "Pain better after paracetamol"


def test_the_discipline_filter_filters_without_reloading(
    panel: PatientPanel,
    view: ContributionsView,
    signed_in: Backend,
    ui_db: Database,
    ward: WardData,
    monkeypatch,
) -> None:
    by_pharmacist(ui_db, ward.admission_ids[3], "Stop the statin")
    panel.reload()
    assert len(texts(view)) == 4

    def no_reload(*args, **kwargs):
        raise AssertionError("the filter must not ask the services again")

    monkeypatch.setattr(signed_in, "call", no_reload)
    view.filter.setCurrentIndex(view.filter.findText("Pharmacy"))
    assert texts(view) == ["Stop the statin"]
    view.filter.setCurrentIndex(view.filter.findText("Dietetics"))
    assert texts(view) == []
    assert view.empty.isVisible() and view.empty.text() == "No entries from Dietetics."
    view.filter.setCurrentIndex(0)
    assert texts(view) == ["Stop the statin", "Entry 2", "Entry 1", "Entry 0"]
    assert not view.empty.isVisible()


def test_typing_survives_a_live_refresh(
    qtbot, signed_in: Backend, ui_db: Database, ward: WardData
) -> None:
    panel, view = mount(qtbot, signed_in, ward.admission_ids[3])
    view.quick_add.editor.setPlainText("Half a thought about")
    view.timeline.setCurrentIndex(view.proxy.index(1, 0))
    by_pharmacist(ui_db, ward.admission_ids[3], "Written on another workstation")
    panel.reload()  # what the change feed does when another workstation saves
    assert texts(view)[0] == "Written on another workstation"
    assert view.quick_add.editor.toPlainText() == "Half a thought about"
    assert view.selected_entry() is not None and view.selected_entry().text == "Entry 1"


def test_a_draft_comes_back_after_the_view_is_recreated(
    qtbot, signed_in: Backend, ward: WardData
) -> None:
    admission_id = ward.admission_ids[3]
    panel, view = mount(qtbot, signed_in, admission_id)
    view.quick_add.editor.setPlainText("Daughter phoned: she will visit on Sunday, 日曜日")
    view.quick_add.sensitive.setChecked(True)
    store = signed_in.drafts()
    qtbot.waitUntil(lambda: store.load(draft_key(admission_id)) is not None)
    panel.close()
    panel.deleteLater()

    panel, view = mount(qtbot, signed_in, ward.admission_ids[1])
    assert view.quick_add.editor.toPlainText() == ""  # another patient: another box
    panel.show_admission(admission_id)
    assert (
        view.quick_add.editor.toPlainText() == "Daughter phoned: she will visit on Sunday, 日曜日"
    )
    assert view.quick_add.sensitive.isChecked()
    with qtbot.waitSignal(view.saved):
        view.quick_add.add_button.click()
    assert store.load(draft_key(admission_id)) is None  # discarded once added


def test_a_ward_display_account_sees_no_quick_add_box(
    qtbot, backend: Backend, ui_db: Database, ward: WardData, tmp_path: Path
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
    _, view = mount(qtbot, sign_in(backend, tmp_path, "screen"), ward.admission_ids[3])
    assert len(texts(view)) == 3
    assert not view.quick_add.isVisible()
    view.timeline.setCurrentIndex(view.proxy.index(0, 0))
    assert not view.amend_action.isEnabled()
    assert view.history_action.isEnabled()


def test_an_empty_card_says_so(qtbot, signed_in: Backend, ward: WardData) -> None:
    _, view = mount(qtbot, signed_in, ward.admission_ids[0])
    assert view.empty.isVisible() and view.empty.text() == "No entries yet."
    assert not view.amend_action.isEnabled() and not view.history_action.isEnabled()


def test_tab_goes_through_the_quick_add_box_in_order(view: ContributionsView) -> None:
    box = view.quick_add
    assert tab_stops(box.editor, 5) == [
        box.discipline_picker,
        box.kind_picker,
        box.sensitive,
        box.share,
        box.add_button,
    ]
    assert view.filter.accessibleName() == "Show entries from"


def test_tabbing_into_the_timeline_chooses_the_newest_entry(qtbot, view: ContributionsView) -> None:
    view.window().activateWindow()
    qtbot.waitActive(view.window())
    view.amend_button.setFocus()  # History is off while nothing is chosen
    qtbot.waitUntil(view.amend_button.hasFocus)
    qtbot.keyClick(view.amend_button, Qt.Key.Key_Tab)
    assert view.timeline.hasFocus()
    assert view.selected_entry().text == "Entry 2"
    qtbot.keyClick(view.timeline, Qt.Key.Key_Down)
    assert view.selected_entry().text == "Entry 1"


def test_the_styled_tab_builds_without_qt_warnings(qtbot, qapp, signed_in: Backend, ward) -> None:
    # a stylesheet rule that fails to parse makes Qt warn, and a warning fails the test
    style.apply_stylesheet(qapp)
    try:
        _, view = mount(qtbot, signed_in, ward.admission_ids[3])
        assert view.timeline.font().pointSizeF() >= 12
        assert view.quick_add.editor.font().pointSizeF() >= 12
    finally:
        qapp.setStyleSheet("")
