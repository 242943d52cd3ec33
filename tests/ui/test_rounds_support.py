"""Shared set-up for the rounds-mode tests (a round opened on the test ward, a clock the
test moves by hand, keys typed into whatever has focus), and the small pure parts:
sharing the screen, the timer's pace, the prompts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from rounds_app.domain.enums import Discipline
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.rounds.dialogs import ConfirmEnd, StartRoundDialog
from ui.rounds.fair_share import share
from ui.rounds.mode import RoundsMode
from ui.rounds.prompts import prompts_for
from ui.rounds.round_timer import Pace, clock_text, pace


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


def test_share_gives_short_claims_all_and_splits_the_rest() -> None:
    assert share([10, 20, 30], 100) == [10, 20, 30]
    assert share([10, 80, 80], 100) == [10, 45, 45]
    assert share([50, 50], 0) == [0, 0]
    assert share([300, 100, 100], 300, floors=[200, 0, 0]) == [200, 50, 50]
    assert share([300, 100, 100], 600, floors=[200, 0, 0]) == [300, 100, 100]
    assert share([300, 300, 300], 600, floors=[100, 0, 0]) == [200, 200, 200]
    assert share([100, 400], 200, floors=[0, 0]) == [100, 100]


def test_the_timer_turns_amber_then_red_past_the_target() -> None:
    assert pace(299, 300) is Pace.ON_TIME
    assert pace(301, 300) is Pace.OVER
    assert pace(451, 300) is Pace.WELL_OVER
    assert clock_text(65) == "1:05"
    assert clock_text(3725) == "1:02:05"


def test_prompts_go_from_the_person_to_each_discipline_to_the_family() -> None:
    titles = [p.title for p in prompts_for([Discipline.PHARMACY, Discipline.NURSING])]
    assert titles == [
        "What matters most",
        "Overnight events",
        "Nursing",
        "Pharmacy",
        "Safety check",
        "Plan",
        "Discharge",
        "Questions for the patient and family",
    ]
    assert [p.title for p in prompts_for([])][2] == "Each discipline"
