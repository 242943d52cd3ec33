"""Shared set-up for the rounds-mode tests: a round opened on the test ward, a clock the
test moves by hand, keys typed into whatever has focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.rounds.dialogs import ConfirmEnd, StartRoundDialog
from ui.rounds.mode import RoundsMode


class FakeClock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def open_mode(qtbot, backend: Backend, ward: WardData, monkeypatch, clock: FakeClock) -> RoundsMode:
    """Signs in the charge nurse and starts a round of 5 minutes a patient."""
    backend.sign_in(CHARGE, PASSWORD)
    monkeypatch.setattr(StartRoundDialog, "ask", lambda parent, ward_name: 300)
    monkeypatch.setattr(ConfirmEnd, "ask", lambda parent, not_reached: True)
    mode = RoundsMode.start(backend, ward.ward_id, None, clock=clock)
    assert mode is not None
    room = mode.stage.room
    qtbot.waitExposed(room)
    room.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room)
    return mode


def close_mode(mode: RoundsMode) -> None:
    if not mode.stage.room.may_close:
        mode.close()


def room_only(qtbot, mode: RoundsMode) -> None:
    """F2 hides the docked console: the test's screen is small, the room gets it all."""
    press(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: mode.audience.width() == mode.stage.room.width())


def words_in(label: QWidget) -> str:
    """What a ward-room label shows, as words: it breaks lines wherever its width needs."""
    return " ".join(label.text().split())  # type: ignore[attr-defined]


def press(qtbot, key: Qt.Key, target: QWidget | None = None) -> None:
    """A key as a clicker or keyboard sends it: to whatever has the focus."""
    receiver = target or QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(receiver, key)
