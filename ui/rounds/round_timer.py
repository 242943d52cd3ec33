"""The per-patient timer: how long the team has spent on the patient on screen,
against the round's target.

Time comes from a clock function (time.monotonic by default) so tests move it forward
by hand instead of sleeping; the Qt timer only refreshes the display."""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

TICK_MS = 1000
RED_AFTER = 1.5  # past the target it turns amber; past one and a half times, red


class Pace(StrEnum):
    """Against the target: the timer's colour on the console."""

    ON_TIME = "on_time"
    OVER = "over"  # amber
    WELL_OVER = "well_over"  # red


def pace(seconds: float, target: int) -> Pace:
    if seconds > target * RED_AFTER:
        return Pace.WELL_OVER
    if seconds > target:
        return Pace.OVER
    return Pace.ON_TIME


def clock_text(seconds: float) -> str:
    """ "4:05", "12:30", "1:02:03"."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class PatientTimer(QObject):
    ticked = Signal()  # the display should refresh (each second while running, on changes)

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._running = False
        self._since = 0.0  # when it last started running
        self._banked = 0.0  # time on this visit before the last pause
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.ticked)

    @property
    def running(self) -> bool:
        return self._running

    def elapsed(self) -> float:
        """Seconds on the current patient in this visit."""
        live = self._clock() - self._since if self._running else 0.0
        return self._banked + max(0.0, live)

    def start(self) -> None:
        if not self._running:
            self._running, self._since = True, self._clock()
            self._tick.start()
            self.ticked.emit()

    def pause(self) -> None:
        if self._running:
            self._banked = self.elapsed()
            self._running = False
            self._tick.stop()
            self.ticked.emit()

    def toggle(self) -> None:
        if self._running:
            self.pause()
        else:
            self.start()

    def take(self) -> int:
        """The whole seconds of this visit, and a fresh visit begins, running: a pause
        holds for the patient it was pressed on, not for the next one on the screen."""
        seconds = round(self.elapsed())
        self._banked, self._since = 0.0, self._clock()
        if not self._running:
            self._running = True
            self._tick.start()
        self.ticked.emit()
        return seconds
