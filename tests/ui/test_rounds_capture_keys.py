"""Quick capture never mixes the round's letter keys with the record: a save hands the
keyboard back to the round, a letter typed in a field is text (never a round key),
a round key never types into a field, and the console says which of the two it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rounds_app.domain.enums import RoundPatientStatus
from rounds_app.services.patient_card import patient_card
from tests.ui.rounds_support import FakeClock, close_mode, open_mode, press
from tests.ui.ward_data import WardData
from ui.backend import Backend
from ui.rounds.mode import RoundsMode

SAID = "Mobilising with a frame"
TO_DO = "Pharmacy to review analgesia"


def _enter(qtbot, mode: RoundsMode, key: Qt.Key, text: str) -> None:
    press(qtbot, key)
    qtbot.keyClicks(QApplication.focusWidget(), text)
    press(qtbot, Qt.Key.Key_Return)


def test_after_a_save_the_letters_are_the_rounds_again(
    qtbot, backend: Backend, ward: WardData, monkeypatch
) -> None:
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    capture, mode_line = mode.console.capture, mode.console.keyboard_mode
    try:
        assert mode_line.text().startswith("Navigating")
        press(qtbot, Qt.Key.Key_C)
        assert QApplication.focusWidget() is capture.entry_text
        assert mode_line.text().startswith("Typing an entry")
        qtbot.keyClicks(capture.entry_text, SAID)
        press(qtbot, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is mode.console  # saved: the keys are the round's
        assert mode_line.text().startswith("Navigating")
        _enter(qtbot, mode, Qt.Key.Key_A, TO_DO)  # A, as the trial did: an action now
        assert (capture.entry_text.text(), capture.action_text.text()) == ("", "")
        press(qtbot, Qt.Key.Key_D)  # a round key after the save: discussed, not typed
        assert mode.state.statuses[mode.state.current_id] is RoundPatientStatus.DISCUSSED
        card = backend.call(patient_card, mode.state.current_id)
    finally:
        close_mode(mode)
    assert SAID in [c.text for c in card.contributions]
    assert [a.text for a in card.actions if a.text.endswith(TO_DO)] == [TO_DO]


def test_a_letter_in_a_field_is_text_and_the_console_says_so(
    qtbot, backend: Backend, ward: WardData, monkeypatch
) -> None:
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    capture = mode.console.capture
    try:
        press(qtbot, Qt.Key.Key_A)
        assert mode.console.keyboard_mode.text().startswith("Typing an action")
        for key in (Qt.Key.Key_D, Qt.Key.Key_S, Qt.Key.Key_T, Qt.Key.Key_N, Qt.Key.Key_Space):
            press(qtbot, key)
        assert capture.action_text.text() == "dstn "
        assert mode.state.index == 0 and mode.state.timer_running and mode.state.prompt_step == 0
        assert mode.state.statuses[mode.state.current_id] is RoundPatientStatus.SEEN
        press(qtbot, Qt.Key.Key_Escape)  # back to the round, the text kept
        assert mode.console.keyboard_mode.text().startswith("Navigating")
        assert capture.action_text.text() == "dstn "
    finally:
        close_mode(mode)
