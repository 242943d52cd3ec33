"""A whole ten-patient round driven by the keyboard alone, checked against what the core
recorded: time per patient, outcomes, actions read back, attendance."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit

from rounds_app.domain.enums import Discipline, RoundPatientStatus
from rounds_app.services import wards
from rounds_app.services.round_summary import round_summary, running_round
from rounds_app.storage.database import Database
from tests.ui.rounds_support import (
    FakeClock,
    close_mode,
    open_mode,
    press,
    room_only,
    words_in,
)
from tests.ui.ward_data import ADMIN, CHARGE, PASSWORD, WardData, build_ward
from ui.backend import Backend
from ui.common.messages import Notice
from ui.rounds.dialogs import StartRoundDialog
from ui.rounds.mode import RoundsMode
from ui.rounds.round_timer import clock_text

PATIENTS = 10
ACTIONS_AT = {1: "Book OT home visit", 4: "Chase echo report", 6: "Call daughter re meds"}
SKIPPED_FOR_GOOD = 8  # skipped, never come back to
SKIPPED_AND_BACK = 3


@pytest.fixture
def ten(ui_db: Database) -> WardData:
    return build_ward(ui_db, PATIENTS)


def _seconds(position: int) -> int:
    return 40 + 5 * position


def _capture_action(qtbot, mode: RoundsMode, text: str) -> None:
    press(qtbot, Qt.Key.Key_A)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit) and field is mode.console.capture.action_text
    qtbot.keyClicks(field, text)
    press(qtbot, Qt.Key.Key_Return)
    assert field.text() == ""  # added: the line is ready for the next one
    assert QApplication.focusWidget() is mode.console  # and the keyboard is the round's


def _tick_attendance(qtbot, mode: RoundsMode) -> None:
    press(qtbot, Qt.Key.Key_W)
    for step in range(3):  # Nursing, Pharmacy, Medicine: Space ticks, Tab moves on
        assert isinstance(QApplication.focusWidget(), QCheckBox)
        press(qtbot, Qt.Key.Key_Space)
        if step < 2:
            press(qtbot, Qt.Key.Key_Tab)
    assert mode.console.attendance.present() == [
        Discipline.NURSING,
        Discipline.PHARMACY,
        Discipline.MEDICINE,
    ]


def test_a_whole_round_by_keyboard(qtbot, backend: Backend, ten: WardData, monkeypatch) -> None:
    clock = FakeClock()
    mode = open_mode(qtbot, backend, ten, monkeypatch, clock)
    try:
        _round(qtbot, mode, clock)
        summary = backend.call(round_summary, mode.state.setup.round_id)
    finally:
        close_mode(mode)
    assert summary.ended_at is not None
    expected = {i: _seconds(i) for i in range(PATIENTS)}
    expected[SKIPPED_AND_BACK] = 20 + 25
    assert [p.seconds for p in summary.patients] == [expected[i] for i in range(PATIENTS)]
    assert summary.count(RoundPatientStatus.DISCUSSED) == PATIENTS - 1
    assert summary.count(RoundPatientStatus.SKIPPED) == 1
    assert summary.patients[SKIPPED_FOR_GOOD].status is RoundPatientStatus.SKIPPED
    assert [p.actions_created for p in summary.patients] == [
        int(i in ACTIONS_AT) for i in range(PATIENTS)
    ]
    assert [p.actions_read_back for p in summary.patients] == [
        int(i in ACTIONS_AT) for i in range(PATIENTS)
    ]
    assert summary.present == (Discipline.NURSING, Discipline.PHARMACY, Discipline.MEDICINE)
    assert Discipline.SOCIAL_WORK in summary.absent


def _round(qtbot, mode: RoundsMode, clock: FakeClock) -> None:
    _tick_attendance(qtbot, mode)
    for i in range(PATIENTS):
        assert mode.state.index == i
        assert mode.audience.position.text() == f"{i + 1} of {PATIENTS}"
        if i == 2:  # T pauses the timer: a pause is not counted
            press(qtbot, Qt.Key.Key_T)
            clock.advance(100)
            press(qtbot, Qt.Key.Key_T)
        spent = 20 if i == SKIPPED_AND_BACK else _seconds(i)
        clock.advance(spent)
        mode.ticker.ticked.emit()  # the display's once-a-second refresh
        assert mode.console.timer.text() == clock_text(spent)
        if i in ACTIONS_AT:
            _capture_action(qtbot, mode, ACTIONS_AT[i])
        if i in (1, 4):  # read back on demand (R), acknowledged with Enter
            press(qtbot, Qt.Key.Key_R)
            assert mode.console.read_back.isVisible()
            assert mode.audience.overlay.isVisible()
            assert ACTIONS_AT[i] in words_in(mode.audience.overlay.body)
            press(qtbot, Qt.Key.Key_Return)
            assert not mode.console.read_back.isVisible()
        if i in (SKIPPED_AND_BACK, SKIPPED_FOR_GOOD):
            press(qtbot, Qt.Key.Key_S)
            continue
        press(qtbot, Qt.Key.Key_D)
        assert mode.console.status.text() == "Discussed"
        press(qtbot, Qt.Key.Key_Right if i % 2 else Qt.Key.Key_PageDown)
        if i == 6:  # moving on with an action not read back: the read-back comes first
            assert mode.state.index == 6 and mode.console.read_back.isVisible()
            press(qtbot, Qt.Key.Key_Return)
    assert mode.state.index == PATIENTS - 1  # Right on the last patient stays there
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(SKIPPED_AND_BACK):
        press(qtbot, Qt.Key.Key_Right)
    assert mode.state.index == SKIPPED_AND_BACK
    clock.advance(25)
    press(qtbot, Qt.Key.Key_D)
    press(qtbot, Qt.Key.Key_Escape)
    assert mode.console.stack.currentWidget() is mode.console.summary
    assert mode.console.summary.headline.text().startswith("9 discussed  ·  1 skipped")
    assert mode.audience.overlay.isVisible()


def test_a_round_left_running_is_resumed(
    qtbot, backend: Backend, ward: WardData, monkeypatch
) -> None:
    clock = FakeClock()
    first = open_mode(qtbot, backend, ward, monkeypatch, clock)
    clock.advance(30)
    press(qtbot, Qt.Key.Key_D)
    press(qtbot, Qt.Key.Key_Right)
    clock.advance(12)
    first.close()  # the app closed mid-round: the round stays open, the time is kept
    again = open_mode(qtbot, backend, ward, monkeypatch, clock)
    try:
        setup = again.state.setup
        assert setup.resumed and setup.round_id == first.state.setup.round_id
        assert again.console.message.text() == "This round was already running: carrying on."
        assert again.state.statuses[ward.admission_ids[0]] is RoundPatientStatus.DISCUSSED
        assert again.state.seconds[ward.admission_ids[0]] == 30
        assert again.state.seconds[ward.admission_ids[1]] == 12
    finally:
        close_mode(again)


def test_next_shows_a_long_slide_s_second_page_before_the_next_patient(
    qtbot, backend: Backend, ward: WardData, monkeypatch
) -> None:
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    try:
        room_only(qtbot, mode)
        long = " ".join(["Family meeting on Friday about going home with carers."] * 30)
        aid = mode.state.current_id
        slide = replace(mode.state.slide, goals_of_care=long, what_matters_most=long)
        mode.state.slides[aid] = slide
        mode.show_current()
        pages = mode.audience.pages
        assert pages > 1 and mode.audience.page == 0
        for page in range(1, pages):
            press(qtbot, Qt.Key.Key_Right)
            assert (mode.state.current_id, mode.audience.page) == (aid, page)
        press(qtbot, Qt.Key.Key_Left)
        assert (mode.state.current_id, mode.audience.page) == (aid, pages - 2)
        press(qtbot, Qt.Key.Key_Right)
        assert (mode.state.current_id, mode.audience.page) == (aid, pages - 1)
        press(qtbot, Qt.Key.Key_Right)  # past the last page: the next patient
        assert mode.state.index == 1 and mode.audience.page == 0
    finally:
        close_mode(mode)


def test_who_may_not_run_a_round_is_told_in_one_line(
    backend: Backend, ward: WardData, monkeypatch
) -> None:
    notices: list[str] = []
    monkeypatch.setattr(Notice, "ask", lambda parent, title, text, *icon: notices.append(text))
    monkeypatch.setattr(StartRoundDialog, "ask", lambda parent, ward_name: 300)
    backend.sign_in("pharm.lee", PASSWORD)
    assert RoundsMode.start(backend, ward.ward_id) is None
    assert notices == ["A clinician account cannot run ward rounds."]


def test_an_empty_ward_starts_no_round(backend: Backend, ui_db: Database, monkeypatch) -> None:
    with ui_db.session() as s:
        empty = wards.create_ward(s, ADMIN, code="0E", name="Empty", bed_labels=["0E-1"])
    build_ward(ui_db, 1)  # the people; their one patient is on another ward
    notices: list[str] = []
    monkeypatch.setattr(Notice, "ask", lambda parent, title, text, *icon: notices.append(text))
    backend.sign_in(CHARGE, PASSWORD)
    assert RoundsMode.start(backend, empty.id) is None
    assert notices == ["This ward has no patients to round on."]
    assert backend.call(running_round, empty.id) is None
