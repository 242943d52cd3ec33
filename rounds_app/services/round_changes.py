"""What a step of the round changed, for whoever shows the round to render, and the
visit timer whose time the round records per patient."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from rounds_app.domain.enums import RoundPatientStatus


class Aspect(Enum):
    PATIENT = auto()  # another patient on the screen: everything about them is new
    HEADING = auto()  # the current patient's status
    TIMER = auto()  # the timer started or paused
    PROMPT = auto()  # the step of the discussion, or the steps themselves
    READ_BACK = auto()  # the read-back of new actions opened
    READ_BACK_CLOSED = auto()
    NOTHING_TO_READ_BACK = auto()  # asked for a read-back with no new actions
    SLIDES = auto()  # the slides were read again (names or safety facts shown or not)
    SAFETY = auto()  # the safety facts were read again
    ENDED = auto()


@dataclass(frozen=True)
class Visit:
    """The time the team spent on one patient, to record now the round moved on (and
    the outcome, when one was marked)."""

    admission_id: int
    seconds: int
    outcome: RoundPatientStatus | None


@dataclass(frozen=True)
class RoundChange:
    aspects: frozenset[Aspect] = frozenset()
    rows: frozenset[int] = frozenset()  # admissions whose status or time changed
    left: Visit | None = None

    def __contains__(self, aspect: Aspect) -> bool:
        return aspect in self.aspects

    def __or__(self, later: RoundChange) -> RoundChange:
        """Both changes, one after the other (at most one of them leaves a patient)."""
        return RoundChange(
            self.aspects | later.aspects, self.rows | later.rows, self.left or later.left
        )


NOTHING = RoundChange()


def changed(*aspects: Aspect, rows: frozenset[int] = frozenset()) -> RoundChange:
    return RoundChange(frozenset(aspects), rows)


class VisitTimer:
    """Time on the patient on screen in this visit. The time of day comes from outside
    (a monotonic clock's `now`), so a test moves it by hand instead of waiting."""

    def __init__(self) -> None:
        self.running = False
        self._since = 0.0  # when it last started running
        self._banked = 0.0  # time on this visit before the last pause

    def elapsed(self, now: float) -> float:
        live = now - self._since if self.running else 0.0
        return self._banked + max(0.0, live)

    def start(self, now: float) -> bool:
        """True when it was paused."""
        if self.running:
            return False
        self.running, self._since = True, now
        return True

    def pause(self, now: float) -> bool:
        """True when it was running."""
        if not self.running:
            return False
        self._banked = self.elapsed(now)
        self.running = False
        return True

    def take(self, now: float) -> int:
        """The whole seconds of this visit; a fresh visit begins, running: a pause
        holds for the patient it was pressed on, not for the next one on the screen."""
        seconds = round(self.elapsed(now))
        self._banked, self._since, self.running = 0.0, now, True
        return seconds
