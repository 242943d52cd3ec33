"""A ward round without a screen: moving between patients, outcomes, the timer (fed the
time by hand), read-backs, prompts, the end and its tally — what the round records
follows what was on the screen."""

from __future__ import annotations

from datetime import date

from rounds_app.domain.enums import Discipline, RoundPatientStatus, Severity
from rounds_app.services.audience import AudienceSlide, SlideNews
from rounds_app.services.round_changes import NOTHING, Aspect, Visit
from rounds_app.services.round_prompts import Step
from rounds_app.services.round_state import (
    ATTENDEES,
    RoundPatient,
    RoundSetup,
    RoundState,
    UnreadAction,
)

PENDING, SEEN = RoundPatientStatus.PENDING, RoundPatientStatus.SEEN
DISCUSSED, SKIPPED = RoundPatientStatus.DISCUSSED, RoundPatientStatus.SKIPPED
IDS = (11, 12, 13, 14)


def _slide(aid: int, news: tuple[Discipline, ...] = ()) -> AudienceSlide:
    return AudienceSlide(
        admission_id=aid, bed_label=f"4B-{aid}", name="AB", names_revealed=False,
        days_in_hospital=3, days_to_discharge=None, severity=Severity.STABLE,
        what_matters_most="", what_matters_voice=None, goals_of_care="", goals_stale=False,
        days_since_goals=None, news=tuple(SlideNews(d, ("note",)) for d in news),
        readiness=None, destination="", barriers="", open_actions=(), contingencies=(),
    )  # fmt: skip


def _state(
    statuses: dict[int, RoundPatientStatus] | None = None,
    seconds: dict[int, int] | None = None,
    present: tuple[Discipline, ...] = (),
) -> RoundState:
    setup = RoundSetup(
        round_id=7,
        ward_id=3,
        target_seconds=300,
        resumed=statuses is not None,
        patients=tuple(RoundPatient(aid, f"4B-{aid}", "AB", "Ann Bell") for aid in IDS),
        statuses=statuses or dict.fromkeys(IDS, PENDING),
        seconds=seconds or {},
        present=present,
        absent=(Discipline.CHAPLAINCY,),
        slides=tuple(_slide(aid, news=(Discipline.PHARMACY,)) for aid in IDS),
    )
    return RoundState(setup)


def test_starting_shows_the_first_patient_reached_with_the_timer_running() -> None:
    state = _state()
    change = state.start(now=0)
    assert Aspect.PATIENT in change and Aspect.TIMER in change
    assert change.rows == {IDS[0]} and change.left is None
    assert state.current_id == IDS[0] and state.timer_running
    assert state.statuses == {IDS[0]: SEEN, IDS[1]: PENDING, IDS[2]: PENDING, IDS[3]: PENDING}


def test_next_records_the_visit_left_and_reaches_the_next_patient() -> None:
    state = _state()
    state.start(now=0)
    change = state.next(now=42.4)
    assert change.left == Visit(IDS[0], 42, None)
    assert change.rows == {IDS[0], IDS[1]} and Aspect.PATIENT in change
    assert (state.index, state.statuses[IDS[1]], state.seconds[IDS[0]]) == (1, SEEN, 42)
    assert state.time_on_screen(now=50) == 50 - 42.4
    back = state.back(now=60)
    assert back.left == Visit(IDS[1], round(60 - 42.4), None)
    assert state.index == 0 and state.time_on_screen(now=60) == 42  # earlier visits count


def test_there_is_nowhere_to_go_past_either_end() -> None:
    state = _state()
    state.start(now=0)
    assert state.back(now=5) is NOTHING and state.index == 0
    state.jump(len(IDS) - 1, now=5)
    assert state.next(now=9) is NOTHING and state.index == len(IDS) - 1
    assert state.jump(99, now=9) is NOTHING


def test_an_outcome_is_shown_at_once_and_recorded_with_the_visit() -> None:
    state = _state()
    state.start(now=0)
    marked = state.discuss()
    assert Aspect.HEADING in marked and marked.rows == {IDS[0]} and marked.left is None
    assert state.statuses[IDS[0]] is DISCUSSED
    assert state.next(now=30).left == Visit(IDS[0], 30, DISCUSSED)
    assert state.back(now=31).left == Visit(IDS[1], 1, None)
    assert state.next(now=40).left == Visit(IDS[0], 9, None)  # recorded once
    assert state.statuses[IDS[0]] is DISCUSSED  # shown again, still discussed


def test_skip_marks_and_moves_on_in_one_step() -> None:
    state = _state()
    state.start(now=0)
    change = state.skip(now=12)
    assert change.left == Visit(IDS[0], 12, SKIPPED)
    assert state.index == 1 and state.statuses[IDS[0]] is SKIPPED
    state.jump(len(IDS) - 1, now=20)
    state.skip(now=25)  # the last patient: skipped, and the round stays there
    assert state.index == len(IDS) - 1 and state.statuses[IDS[-1]] is SKIPPED


def test_a_pause_holds_only_for_the_patient_it_was_pressed_on() -> None:
    state = _state()
    state.start(now=0)
    assert Aspect.TIMER in state.toggle_timer(now=20)  # the team steps out
    assert not state.timer_running and state.time_on_screen(now=320) == 20
    change = state.next(now=320)
    assert change.left == Visit(IDS[0], 20, None)
    assert state.timer_running  # a new patient on screen: the clock runs again
    assert state.time_on_screen(now=360) == 40
    assert state.pause_timer(now=360).aspects == {Aspect.TIMER}
    assert state.pause_timer(now=361) is NOTHING
    assert state.resume_timer(now=400).aspects == {Aspect.TIMER}
    assert state.next(now=410).left == Visit(IDS[1], 50, None)


def test_new_actions_are_read_back_before_the_round_moves_on() -> None:
    state = _state()
    state.start(now=0)
    assert Aspect.NOTHING_TO_READ_BACK in state.read_back()
    state.capture_action(Discipline.PHARMACY, "Review analgesia", date(2026, 1, 5))
    held = state.next(now=10)
    assert Aspect.READ_BACK in held and held.left is None
    assert state.index == 0 and state.reading_back
    assert state.unread[IDS[0]] == [
        UnreadAction(Discipline.PHARMACY, "Review analgesia", date(2026, 1, 5))
    ]
    done = state.read_back_done(now=15)
    assert Aspect.READ_BACK_CLOSED in done and Aspect.PATIENT in done
    assert done.left == Visit(IDS[0], 15, None)
    assert state.index == 1 and not state.reading_back and state.unread == {}


def test_a_read_back_asked_for_stays_put_and_can_be_closed() -> None:
    state = _state()
    state.start(now=0)
    state.capture_action(Discipline.NURSING, "Check the pressure areas", None)
    assert Aspect.READ_BACK in state.read_back()
    assert state.cancel_read_back().aspects == {Aspect.READ_BACK_CLOSED}
    assert state.unread[IDS[0]]  # not read back: asked for again before moving on
    state.read_back()
    assert state.read_back_done(now=5).aspects == {Aspect.READ_BACK_CLOSED}
    assert state.index == 0 and state.next(now=6).left == Visit(IDS[0], 6, None)


def test_the_prompts_ask_those_in_the_room_and_keep_their_step() -> None:
    state = _state()
    state.start(now=0)
    steps = [p.step for p in state.prompts]
    assert steps[:3] == [Step.WHAT_MATTERS, Step.OVERNIGHT, Step.DISCIPLINE]
    assert state.prompts[2].discipline is Discipline.PHARMACY  # wrote since last round
    for _ in range(20):
        state.next_prompt()
    last = len(state.prompts) - 1
    assert state.prompt_step == last
    state.set_attendance(Discipline.NURSING, True)
    assert state.set_attendance(Discipline.MEDICINE, True).aspects == {Aspect.PROMPT}
    assert [p.discipline for p in state.prompts if p.step is Step.DISCIPLINE] == [
        Discipline.NURSING,
        Discipline.MEDICINE,
    ]
    assert state.prompt_step == last  # one more to ask: the step stays where it was
    state.next_prompt()
    state.set_attendance(Discipline.MEDICINE, False)
    assert state.prompt_step == len(state.prompts) - 1 == last  # fewer steps: the last
    state.next(now=1)
    assert state.prompt_step == 0
    assert Discipline.NURSING not in state.unticked()
    assert Discipline.CHAPLAINCY not in state.unticked()  # already recorded as absent
    assert Discipline.SOCIAL_WORK in state.unticked()
    assert Discipline.PATIENT not in ATTENDEES


def test_fresh_slides_keep_the_patient_and_timer_and_drop_stale_cards() -> None:
    state = _state()
    state.start(now=0)
    state.next(now=10)
    state.cards = {IDS[0]: object(), IDS[1]: object()}  # type: ignore[dict-item]
    fresh = _slide(IDS[1], news=(Discipline.NURSING,))
    change = state.take_slides([fresh], stale={IDS[1]}, names=True, safety=False)
    assert change.aspects == {Aspect.SLIDES}
    assert state.slide is fresh and state.index == 1 and state.timer_running
    assert set(state.cards) == {IDS[0]} and state.names_shown
    state.take_slides([], stale=None, names=False, safety=True)
    assert state.cards == {} and not state.names_shown and state.safety_shown


def test_a_resumed_round_carries_on_from_what_was_recorded() -> None:
    state = _state(
        statuses={IDS[0]: DISCUSSED, IDS[1]: SEEN, IDS[2]: PENDING, IDS[3]: PENDING},
        seconds={IDS[0]: 30, IDS[1]: 12},
        present=(Discipline.NURSING,),
    )
    state.start(now=100)
    assert state.statuses[IDS[0]] is DISCUSSED and state.time_on_screen(now=105) == 35
    assert state.present == {Discipline.NURSING}


def test_ending_stops_the_round_and_the_tally_follows_the_screen() -> None:
    state = _state()
    state.start(now=0)
    state.pause_timer(now=20)
    state.next(now=320)
    state.discuss()
    state.next(now=360)
    left = state.leave(now=410)
    assert left.left == Visit(IDS[2], 50, None) and state.timer_running  # a fresh visit
    ended = state.end(now=410)
    assert ended.aspects == {Aspect.ENDED, Aspect.TIMER} and not state.timer_running
    assert state.next(now=500) is NOTHING and state.discuss() is NOTHING
    assert state.skip(now=500) is NOTHING and state.read_back() is NOTHING
    tally = state.summary()
    assert tally.statuses == (SEEN, DISCUSSED, SEEN, PENDING)
    assert (tally.count(SEEN), tally.count(DISCUSSED), tally.count(PENDING)) == (2, 1, 1)
    assert tally.seconds == 20 + 40 + 50
