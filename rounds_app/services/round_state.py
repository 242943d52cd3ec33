"""One ward round as it runs, apart from any screen: the patients in order and which one
is on the screen, each one's status and recorded time, the visit timer, the slides
and safety facts read for the round, the actions captured and not yet read back, the
outcomes marked, who is in the room and the step of the discussion.

Every step of the round is a method that returns what changed (a RoundChange); the
screens render that and forward keys here. Nothing here reads or writes the database:
the screen does, and records each Visit a change carries."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from rounds_app.domain.enums import Discipline, RoundPatientStatus
from rounds_app.services.audience import AudienceSlide
from rounds_app.services.patient_card import PatientCard
from rounds_app.services.round_changes import (
    NOTHING,
    Aspect,
    RoundChange,
    Visit,
    VisitTimer,
    changed,
)
from rounds_app.services.round_prompts import PromptStep, prompt_steps
from rounds_app.services.safety_views import SafetyFacts

# the patient's own words are a voice, not someone who attends
ATTENDEES = tuple(d for d in Discipline if d is not Discipline.PATIENT)


@dataclass(frozen=True)
class RoundPatient:
    admission_id: int
    bed: str
    initials: str
    name: str  # what the ward calls them (the console's, not the projector's)


@dataclass(frozen=True)
class RoundSetup:
    """The round as the database has it when rounds mode opens."""

    round_id: int
    ward_id: int
    target_seconds: int
    resumed: bool
    patients: tuple[RoundPatient, ...]  # round order
    statuses: dict[int, RoundPatientStatus]
    seconds: dict[int, int]
    present: tuple[Discipline, ...]
    absent: tuple[Discipline, ...]
    slides: tuple[AudienceSlide, ...]


@dataclass(frozen=True)
class UnreadAction:
    owner: Discipline
    text: str
    due: date | None


@dataclass(frozen=True)
class RoundTally:
    """What the round has recorded so far: the visit on the screen counts once left."""

    statuses: tuple[RoundPatientStatus, ...]
    seconds: int

    def count(self, status: RoundPatientStatus) -> int:
        return self.statuses.count(status)


class RoundState:
    def __init__(self, setup: RoundSetup) -> None:
        self.setup = setup
        self.order = tuple(p.admission_id for p in setup.patients)
        self.patients = {p.admission_id: p for p in setup.patients}
        self.slides = {s.admission_id: s for s in setup.slides}
        self.statuses = dict(setup.statuses)
        self.seconds = {aid: setup.seconds.get(aid, 0) for aid in self.order}
        self.facts: dict[int, SafetyFacts] = {}
        self.cards: dict[int, PatientCard] = {}  # full cards read so far, for the console
        self.present = set(setup.present)
        self.index = 0
        self.prompts: tuple[PromptStep, ...] = ()
        self.prompt_step = 0
        self.outcomes: dict[int, RoundPatientStatus] = {}  # recorded when leaving
        self.unread: dict[int, list[UnreadAction]] = {}  # captured, not yet read back
        self.reading_back = False
        self.move_after_read_back: int | None = None
        self.names_shown = False
        self.safety_shown = False
        self.ended = False
        self._timer = VisitTimer()

    @property
    def round_id(self) -> int:
        return self.setup.round_id

    @property
    def current_id(self) -> int:
        return self.order[self.index]

    @property
    def slide(self) -> AudienceSlide:
        return self.slides[self.current_id]

    @property
    def patient(self) -> RoundPatient:
        return self.patients[self.current_id]

    @property
    def timer_running(self) -> bool:
        return self._timer.running

    def visit_seconds(self, now: float) -> float:
        """Seconds on the patient on screen in this visit."""
        return self._timer.elapsed(now)

    def time_on_screen(self, now: float) -> float:
        """Everything spent on the patient on screen, earlier visits included."""
        return self.seconds[self.current_id] + self._timer.elapsed(now)

    # moving between patients

    def start(self, now: float) -> RoundChange:
        """The first patient on the screen, the timer running."""
        self._timer.start(now)
        return self._show() | changed(Aspect.TIMER)

    def next(self, now: float) -> RoundChange:
        return self.jump(self.index + 1, now)

    def back(self, now: float) -> RoundChange:
        return self.jump(self.index - 1, now)

    def jump(self, index: int, now: float) -> RoundChange:
        """Another patient: the read-back first if actions are waiting (the move follows
        its acknowledgement); else the visit left is recorded and the next one shown."""
        index = max(0, min(index, len(self.order) - 1))
        if self.ended or index == self.index:
            return NOTHING
        if self.unread.get(self.current_id):
            return self._open_read_back(then=index)
        left = self.leave(now)
        self.index = index
        return left | self._show()

    def leave(self, now: float) -> RoundChange:
        """Ends the visit on screen: its time (and outcome, when marked) to record."""
        aid = self.current_id
        seconds = self._timer.take(now)
        self.seconds[aid] += seconds
        visit = Visit(aid, seconds, self.outcomes.pop(aid, None))
        return RoundChange(frozenset({Aspect.TIMER}), frozenset({aid}), visit)

    def _show(self) -> RoundChange:
        """On the screen means reached (recorded with the time when the round moves on)."""
        aid = self.current_id
        reached = self.statuses[aid].shown()
        rows = frozenset({aid}) if reached is not self.statuses[aid] else frozenset()
        self.statuses[aid] = reached
        self.reading_back, self.move_after_read_back = False, None
        self._ask(keep_step=False)
        return changed(Aspect.PATIENT, rows=rows)

    # the patient on screen

    def mark(self, status: RoundPatientStatus) -> RoundChange:
        if self.ended:
            return NOTHING
        aid = self.current_id
        self.outcomes[aid] = status
        self.statuses[aid] = status
        return changed(Aspect.HEADING, rows=frozenset({aid}))

    def discuss(self) -> RoundChange:
        return self.mark(RoundPatientStatus.DISCUSSED)

    def skip(self, now: float) -> RoundChange:
        """Skipped (come back later), and on to the next patient."""
        if self.ended:
            return NOTHING
        return self.mark(RoundPatientStatus.SKIPPED) | self.next(now)

    def toggle_timer(self, now: float) -> RoundChange:
        """T: pauses or resumes the timer, for the patient on screen only."""
        return self.resume_timer(now) if not self._timer.running else self.pause_timer(now)

    def pause_timer(self, now: float) -> RoundChange:
        return changed(Aspect.TIMER) if self._timer.pause(now) else NOTHING

    def resume_timer(self, now: float) -> RoundChange:
        return changed(Aspect.TIMER) if self._timer.start(now) else NOTHING

    # the discussion's steps

    def next_prompt(self) -> RoundChange:
        self.prompt_step = min(self.prompt_step + 1, len(self.prompts) - 1)
        return changed(Aspect.PROMPT)

    def set_attendance(self, discipline: Discipline, present: bool) -> RoundChange:
        """Who to ask in turn has changed; the step stays where it was."""
        if present:
            self.present.add(discipline)
        else:
            self.present.discard(discipline)
        self._ask(keep_step=True)
        return changed(Aspect.PROMPT)

    def unticked(self) -> tuple[Discipline, ...]:
        """Not ticked as here and not yet recorded as absent: absent, at the end."""
        return tuple(d for d in ATTENDEES if d not in self.present and d not in self.setup.absent)

    def _ask(self, *, keep_step: bool) -> None:
        """Those in the room are asked in turn (when nobody is ticked, whoever wrote
        since the last round), and the safety items nobody has assessed by name."""
        facts = self.facts.get(self.current_id)
        unassessed = [i for i, c in facts.checks.items() if not c.assessed] if facts else []
        speakers = self.present or {n.discipline for n in self.slide.news}
        self.prompts = prompt_steps(speakers, unassessed)
        self.prompt_step = min(self.prompt_step, len(self.prompts) - 1) if keep_step else 0

    # actions captured and read back

    def capture_action(self, owner: Discipline, text: str, due: date | None) -> None:
        """An action saved for the patient on screen, to read back before moving on."""
        self.unread.setdefault(self.current_id, []).append(UnreadAction(owner, text, due))

    def read_back(self) -> RoundChange:
        """R: the read-back of this patient's new actions, if there are any."""
        if self.ended:
            return NOTHING
        if not self.unread.get(self.current_id):
            return changed(Aspect.NOTHING_TO_READ_BACK)
        return self._open_read_back(then=None)

    def _open_read_back(self, then: int | None) -> RoundChange:
        self.reading_back, self.move_after_read_back = True, then
        return changed(Aspect.READ_BACK)

    def read_back_done(self, now: float) -> RoundChange:
        """The read-back acknowledged (and recorded): on to where the round was going."""
        self.unread.pop(self.current_id, None)
        then = self.move_after_read_back
        done = self.cancel_read_back()
        return done if then is None else done | self.jump(then, now)

    def cancel_read_back(self) -> RoundChange:
        self.reading_back, self.move_after_read_back = False, None
        return changed(Aspect.READ_BACK_CLOSED)

    # what is shown of each patient

    def take_slides(
        self,
        slides: Iterable[AudienceSlide],
        *,
        stale: set[int] | None,
        names: bool,
        safety: bool,
    ) -> RoundChange:
        """Slides read again; `stale`: the admissions whose full cards changed (None:
        all of them). Same patient, same timer, same step."""
        fresh = {s.admission_id: s for s in slides}
        self.slides.update({aid: fresh[aid] for aid in self.order if aid in fresh})
        for aid in stale if stale is not None else list(self.cards):
            self.cards.pop(aid, None)
        self.names_shown, self.safety_shown = names, safety
        return changed(Aspect.SLIDES)

    def take_facts(self, facts: Mapping[int, SafetyFacts]) -> RoundChange:
        self.facts = dict(facts)
        return changed(Aspect.SAFETY)

    # the end

    def end(self, now: float) -> RoundChange:
        """The round is over (once the database has it ended): the timer stops and
        nothing moves any more. The visit on screen is left first (`leave`)."""
        self.ended = True
        self._timer.pause(now)
        return changed(Aspect.ENDED, Aspect.TIMER)

    def summary(self) -> RoundTally:
        """Every patient of the round, those discharged since it began included (the
        recorded summary counts them too)."""
        return RoundTally(tuple(self.statuses.values()), sum(self.seconds.values()))
