"""The round's summary follows what was on the screen: every patient shown is reached,
and a pause (T) holds only for the patient it was pressed on."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rounds_app.domain.enums import RoundPatientStatus
from rounds_app.services.round_summary import round_summary
from tests.ui.rounds_support import FakeClock, close_mode, open_mode, press
from tests.ui.ward_data import WardData
from ui.backend import Backend

SEEN, PENDING = RoundPatientStatus.SEEN, RoundPatientStatus.PENDING


def test_time_and_reached_follow_the_screen(
    qtbot, backend: Backend, ward: WardData, monkeypatch
) -> None:
    clock = FakeClock()
    mode = open_mode(qtbot, backend, ward, monkeypatch, clock)
    try:
        clock.advance(20)
        press(qtbot, Qt.Key.Key_T)  # paused on the first patient: the team steps out
        clock.advance(300)
        press(qtbot, Qt.Key.Key_Right)
        assert mode.state.timer_running  # a new patient on screen: the clock runs again
        clock.advance(40)
        press(qtbot, Qt.Key.Key_D)
        press(qtbot, Qt.Key.Key_Right)
        clock.advance(50)
        assert mode.state.statuses[mode.state.current_id] is SEEN  # on screen, so reached
        assert mode.console.status.text() == "Seen"
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: mode.console.stack.currentWidget() is mode.console.summary)
        summary = backend.call(round_summary, mode.state.setup.round_id)
        headline = mode.console.summary.headline.text()
    finally:
        close_mode(mode)
    shown = [(p.status, p.seconds) for p in summary.patients[:3]]
    assert shown == [(SEEN, 20), (RoundPatientStatus.DISCUSSED, 40), (SEEN, 50)]
    assert all(p.status is PENDING and p.seconds == 0 for p in summary.patients[3:])
    not_reached = len(ward.admission_ids) - 3
    assert headline == (
        f"1 discussed  ·  2 seen, no outcome  ·  0 skipped  ·  {not_reached} not reached  ·  2 min"
    )
