"""The per-patient timer's display: how long the team has spent on the patient on
screen (kept by the round's state, rounds_app.services.round_state), against the
round's target, refreshed once a second."""

from __future__ import annotations

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


class TimerTick(QObject):
    """Refreshes the timer's display once a second while the round's timer runs."""

    ticked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.ticked)

    def follow(self, running: bool) -> None:
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()
