"""Locking covers rounds mode: the ward-room view keeps its slide, but the console takes
nothing — no round key, no capture, no choice — and nothing is saved under the user's
name until they sign in again, at the console or at the main window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rounds_app.domain.enums import RoundPatientStatus
from rounds_app.services.patient_card import patient_card
from tests.ui.rounds_support import FakeClock, close_mode, open_mode, press
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.access.sign_in_dialog import SignInDialog
from ui.backend import Backend
from ui.rounds.dialogs import ConfirmEnd, StartRoundDialog
from ui.rounds.mode import RoundsMode
from ui.shell.main_window import MainWindow

TYPED = "Pharmacy to review analgesia"
LOCK_MS = 300


def _window(qtbot, backend: Backend, monkeypatch, lock_after_ms: int) -> MainWindow:
    window = MainWindow(backend, backend.sign_in(CHARGE, PASSWORD), lock_after_ms=lock_after_ms)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    monkeypatch.setattr(StartRoundDialog, "ask", lambda parent, ward_name: 300)
    monkeypatch.setattr(ConfirmEnd, "ask", lambda parent, not_reached: True)
    window.menu_actions["window.start_round"].trigger()
    assert window.rounds is not None
    room = window.rounds.stage.room
    qtbot.waitExposed(room)
    room.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room)
    return window


@pytest.fixture
def window(qtbot, backend: Backend, ward: WardData, monkeypatch) -> Iterator[MainWindow]:
    """The main window, with rounds mode started from it (idle lock: 5 minutes)."""
    made = _window(qtbot, backend, monkeypatch, 5 * 60_000)
    yield made
    if made.rounds is not None:
        close_mode(made.rounds)


def _assert_locked(qtbot, mode: RoundsMode, backend: Backend) -> None:
    """The console shows only the lock; the room still sees its slide; no key acts."""
    console = mode.console
    assert mode.locking.locked
    assert mode.audience.isVisible() and mode.audience.position.text().startswith("1 of")
    assert console.isVisible() and mode.locking.screen.isVisible()
    assert not console.capture.isVisible() and not console.patients.isVisible()
    qtbot.waitUntil(mode.locking.screen.password.hasFocus)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_D, Qt.Key.Key_T, Qt.Key.Key_C, Qt.Key.Key_Return):
        press(qtbot, key)
    for action in mode.keys.actions:  # a clicker, a menu or a button alike: nothing
        action.trigger()
    assert mode.state.index == 0
    assert mode.state.statuses[mode.state.current_id] is RoundPatientStatus.SEEN
    assert mode.state.timer_running
    assert not console.capture.entry_text.hasFocus()
    card = backend.call(patient_card, mode.state.current_id)
    assert TYPED not in [c.text for c in card.contributions]


def test_locking_the_workstation_locks_the_console_not_the_slide(
    qtbot, window: MainWindow, backend: Backend
) -> None:
    mode = window.rounds
    assert mode is not None
    press(qtbot, Qt.Key.Key_C)
    qtbot.keyClicks(mode.console.capture.entry_text, TYPED)  # typed, not yet added
    window.menu_actions["window.lock"].trigger()
    assert window.locked
    _assert_locked(qtbot, mode, backend)
    # the password at the console unlocks every window; the typing is kept, unsaved
    qtbot.keyClicks(mode.locking.screen.password, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    assert not mode.locking.locked and not window.locked
    assert mode.console.capture.entry_text.text() == TYPED
    assert mode.console.capture.isVisible()
    press(qtbot, Qt.Key.Key_Right, mode.console)
    assert mode.state.index == 1


def test_ctrl_l_in_rounds_mode_locks_every_window(qtbot, window: MainWindow) -> None:
    mode = window.rounds
    assert mode is not None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert mode.locking.locked and window.locked
    # the main window's lock screen unlocks rounds mode too
    qtbot.keyClicks(window.lock_screen.password, PASSWORD)
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.locked and not mode.locking.locked
    assert all(a.isEnabled() for a in mode.keys.actions if a is not mode.keys.acknowledge)


def test_a_wrong_password_at_the_console_unlocks_nothing(qtbot, window: MainWindow) -> None:
    mode = window.rounds
    assert mode is not None
    window.lock()
    qtbot.keyClicks(mode.locking.screen.password, "not the password")
    press(qtbot, Qt.Key.Key_Return)
    assert mode.locking.locked and window.locked
    assert mode.locking.screen.error.text() == "The password is not right."


def test_the_idle_lock_covers_rounds_mode(
    qtbot, backend: Backend, ward: WardData, monkeypatch
) -> None:
    window = _window(qtbot, backend, monkeypatch, LOCK_MS)
    mode = window.rounds
    assert mode is not None
    try:
        qtbot.waitUntil(lambda: window.locked, timeout=5000)
        assert mode.locking.locked
        assert not mode.console.capture.isVisible()
    finally:
        close_mode(mode)


def test_someone_else_signing_in_closes_the_users_rounds_mode_first(
    qtbot, window: MainWindow, backend: Backend, monkeypatch
) -> None:
    mode = window.rounds
    assert mode is not None
    window.lock()
    rounds_open_when_asked: list[bool] = []

    def ask(parent, backend_, username=""):  # type: ignore[no-untyped-def]
        rounds_open_when_asked.append(window.rounds is not None)
        return backend_.sign_in("pharm.lee", PASSWORD)

    monkeypatch.setattr(SignInDialog, "ask", ask)
    qtbot.mouseClick(mode.locking.screen.switch_button, Qt.MouseButton.LeftButton)
    assert rounds_open_when_asked == [False]
    assert window.rounds is None and not window.locked


def test_rounds_mode_on_its_own_locks_when_idle(
    qtbot, backend: Backend, ward: WardData, monkeypatch
) -> None:
    """`rounds-app rounds` has no main window: rounds mode keeps its own idle lock."""
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    try:
        mode.lock_on_its_own(LOCK_MS)
        qtbot.waitUntil(lambda: mode.locking.locked, timeout=5000)
        _assert_locked(qtbot, mode, backend)
        qtbot.keyClicks(mode.locking.screen.password, PASSWORD)
        press(qtbot, Qt.Key.Key_Return)
        assert not mode.locking.locked
        press(qtbot, Qt.Key.Key_Right, mode.console)
        assert mode.state.index == 1
    finally:
        close_mode(mode)
