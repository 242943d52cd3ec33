"""The demo ward's past: rounds over the last weeks (who was in the room, each patient's
minutes and outcome, actions captured and read back), patient-reported outcomes day by
day for some patients, earlier stays of some of them, and two reflective case reviews —
one draft, one final and de-identified, each about a patient whose story it fits.
Written directly as rows, like the rest of the
demo, from the seeded random generator so that a seed always gives the same ward."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.demo.past_stays import add_past_stays
from rounds_app.domain.enums import (
    ActionStatus,
    Discipline,
    ReviewSection,
    ReviewStatus,
    RoundPatientStatus,
)
from rounds_app.services.deidentify import identity_of, scrub
from rounds_app.storage.models import (
    ActionItem,
    ActionReadBack,
    Admission,
    CaseReview,
    CaseReviewAction,
    CaseReviewAmendment,
    CaseReviewSection,
    PromRecord,
    RoundAttendance,
    RoundPatient,
    User,
    WardRound,
)

ROUND_DAYS_AGO = (1, 2, 3, 6, 8, 10, 13, 16, 20)  # the first is yesterday's round
ALWAYS_THERE = (Discipline.NURSING, Discipline.MEDICINE)
SOMETIMES_THERE = (
    Discipline.PHARMACY,
    Discipline.PHYSIOTHERAPY,
    Discipline.OCCUPATIONAL_THERAPY,
    Discipline.SOCIAL_WORK,
    Discipline.DIETETICS,
)
# who owns it, the action, and what it assumes of the patient (rounds_app.demo.fitting)
ROUND_ACTIONS = (
    (Discipline.PHARMACY, "Review the medicines before discharge", "going_home"),
    (Discipline.PHYSIOTHERAPY, "Assess stairs before going home", "stairs_at_home"),
    (Discipline.SOCIAL_WORK, "Call the family about support at home", "has_contacts"),
    (Discipline.MEDICINE, "Repeat bloods tomorrow morning", "active_treatment"),
    (Discipline.OCCUPATIONAL_THERAPY, "Home visit to check the bathroom", "bathroom_concern"),
)
# the case reviews' stories, and the tag of the patient each is about
FINAL_REVIEW_ABOUT = "review_hearing_aids"
DRAFT_REVIEW_ABOUT = "review_transport"
MATTERS_TODAY = ("", "", "Sleeping through the night", "Seeing my family", "Going home soon")
PROM_SHARE = 0.5
PROM_DAYS = 14


def add_history(
    session: Session,
    rng: random.Random,
    now: datetime,
    ward_id: int,
    charge: User,
    staff: dict[Discipline, User],
    tags: dict[int, frozenset[str]],
) -> None:
    """`tags` says what is true of each admission's patient."""
    admissions = list(
        session.execute(
            select(Admission).where(Admission.ward_id == ward_id).order_by(Admission.round_position)
        ).scalars()
    )
    for days_ago in reversed(ROUND_DAYS_AGO):
        _round(session, rng, now, ward_id, days_ago, admissions, charge, tags)
    add_past_stays(session, rng, admissions)
    for admission in admissions:
        if rng.random() < PROM_SHARE:
            _proms(session, rng, now, admission, staff[Discipline.NURSING])
    final_about = next((a for a in admissions if FINAL_REVIEW_ABOUT in tags[a.id]), None)
    draft_about = next((a for a in admissions if DRAFT_REVIEW_ABOUT in tags[a.id]), None)
    if final_about is not None and draft_about is not None:
        _reviews(session, now, final_about, draft_about, charge, staff)


def _round(
    session: Session,
    rng: random.Random,
    now: datetime,
    ward_id: int,
    days_ago: int,
    admissions: list[Admission],
    charge: User,
    tags: dict[int, frozenset[str]],
) -> None:
    day = now - timedelta(days=days_ago)
    started = day.replace(hour=9, minute=rng.randint(0, 20))
    ward_round = WardRound(ward_id=ward_id, started_at=started, facilitator_id=charge.id)
    session.add(ward_round)
    session.flush()
    present = [*ALWAYS_THERE, *(d for d in SOMETIMES_THERE if rng.random() < 0.6)]
    session.add_all(
        RoundAttendance(
            round_id=ward_round.id, discipline=d, present=d in present, updated_at=started
        )
        for d in (*ALWAYS_THERE, *SOMETIMES_THERE)
    )
    moment = started
    here = [a for a in admissions if a.admitted_at < started]
    for position, admission in enumerate(here):
        discussed = rng.random() < 0.9
        seconds = rng.randint(90, 420) if discussed else rng.randint(15, 60)
        moment += timedelta(seconds=seconds)
        session.add(
            RoundPatient(
                round_id=ward_round.id,
                admission_id=admission.id,
                position=position,
                status=RoundPatientStatus.DISCUSSED if discussed else RoundPatientStatus.SKIPPED,
                seconds=seconds,
                discussed_at=moment if discussed else None,
            )
        )
        fitting = [(d, text) for d, text, needs in ROUND_ACTIONS if needs in tags[admission.id]]
        if discussed and fitting and rng.random() < 0.3:
            _round_action(session, rng, now, ward_round, admission, moment, charge, fitting)
    ward_round.ended_at = moment + timedelta(minutes=5)


def _round_action(
    session: Session,
    rng: random.Random,
    now: datetime,
    ward_round: WardRound,
    admission: Admission,
    at: datetime,
    charge: User,
    fitting: list[tuple[Discipline, str]],
) -> None:
    """An action captured live and read back; most of the older ones are done."""
    discipline, text = rng.choice(fitting)
    done = now - at > timedelta(days=2) and rng.random() < 0.85
    action = ActionItem(
        admission_id=admission.id,
        text=text,
        owner_discipline=discipline,
        due=(at + timedelta(days=1)).date(),
        status=ActionStatus.DONE if done else ActionStatus.OPEN,
        opened_by_id=charge.id,
        opened_at=at,
        closed_by_id=charge.id if done else None,
        closed_at=at + timedelta(hours=rng.randint(2, 40)) if done else None,
        round_id=ward_round.id,
    )
    session.add(action)
    session.flush()
    session.add(
        ActionReadBack(
            round_id=ward_round.id,
            action_id=action.id,
            acknowledged_by_id=charge.id,
            acknowledged_at=at,
        )
    )


def _proms(
    session: Session, rng: random.Random, now: datetime, admission: Admission, nurse: User
) -> None:
    """A daily answer since admission (the last two weeks at most): pain easing,
    feeling better, breathlessness asked of some."""
    pain, feeling = rng.randint(4, 8), rng.randint(2, 6)
    breathless = rng.randint(3, 8) if rng.random() < 0.5 else None
    first = max(admission.admitted_at + timedelta(hours=2), now - timedelta(days=PROM_DAYS))
    at = first
    while at < now:
        session.add(
            PromRecord(
                admission_id=admission.id,
                recorded_at=at,
                recorded_by_id=nurse.id,
                pain=pain,
                feeling=feeling,
                breathlessness=breathless,
                what_matters_today=rng.choice(MATTERS_TODAY),
                source="bedside",
            )
        )
        pain = max(0, pain - rng.randint(0, 1))
        feeling = min(10, feeling + rng.randint(0, 1))
        breathless = None if breathless is None else max(0, breathless - rng.randint(0, 1))
        at += timedelta(days=1)


FINAL_SECTIONS = {
    ReviewSection.WHAT_HAPPENED: (
        "{name} was admitted on {admitted} and became confused on the second night. The "
        "evening handoff did not mention that {name} wears hearing aids, which had been left "
        "at home."
    ),
    ReviewSection.WHAT_WE_FELT: "Frustrated at night; relieved once the cause was clear.",
    ReviewSection.WENT_WELL: "The family was called early and helped settle {name}.",
    ReviewSection.COULD_BE_BETTER: "Communication needs belong in every handoff.",
    ReviewSection.SYSTEMS_FACTORS: "The handoff sheet had no place for hearing or sight aids.",
    ReviewSection.ASSUMPTIONS_BIASES: "We assumed the confusion was delirium before asking.",
    ReviewSection.FOLLOW_UP: "Charge nurse to bring this to the ward meeting.",
}
DRAFT_SECTIONS = {
    ReviewSection.WHAT_HAPPENED: "Discharge was delayed two days waiting for transport.",
    ReviewSection.SYSTEMS_FACTORS: "Transport is booked only after the discharge letter.",
}


def _reviews(
    session: Session,
    now: datetime,
    final_about: Admission,
    draft_about: Admission,
    charge: User,
    staff: dict[Discipline, User],
) -> None:
    identity = identity_of(session, final_about.id)
    patient = final_about.patient
    values = {
        "name": patient.preferred_name or patient.given_name,
        "admitted": f"{final_about.admitted_at:%d %B %Y}",
    }
    written = now - timedelta(days=5)
    final = _review(
        scrub("Hearing aids missed at night: {name}".format(**values), identity),
        final_about,
        True,
        {s: scrub(t.format(**values), identity) for s, t in FINAL_SECTIONS.items()},
        (Discipline.NURSING, Discipline.MEDICINE, Discipline.FAMILY_CARER),
        charge,
        written,
    )
    final.status, final.finalized_at = ReviewStatus.FINAL, written + timedelta(days=1)
    final.actions = [
        CaseReviewAction(position=0, text="Add aids to the handoff sheet", owner="Charge nurse"),
        CaseReviewAction(position=1, text="Teach night staff to ask", owner="Practice educator"),
    ]
    draft = _review(
        "Waiting for transport",
        draft_about,
        False,
        DRAFT_SECTIONS,
        (Discipline.SOCIAL_WORK, Discipline.NURSING),
        staff[Discipline.SOCIAL_WORK],
        now - timedelta(days=1),
    )
    session.add_all((final, draft))
    session.flush()
    before = FINAL_SECTIONS[ReviewSection.FOLLOW_UP]
    after = before + " Audit handoff sheets in a month."
    session.add(
        CaseReviewAmendment(
            review_id=final.id,
            section=ReviewSection.FOLLOW_UP,
            before=before,
            after=after,
            reason="Agreed at the ward meeting",
            amended_by_id=charge.id,
            amended_at=written + timedelta(days=3),
        )
    )
    final.sections[-1].text = after
    final.updated_at = written + timedelta(days=3)
    final.version = 3  # the demo writes history directly: created, finalized, amended


def _review(
    title: str,
    admission: Admission,
    deidentified: bool,
    sections: dict[ReviewSection, str],
    participants: tuple[Discipline, ...],
    author: User,
    at: datetime,
) -> CaseReview:
    review = CaseReview(
        title=title,
        admission_id=admission.id,
        deidentified=deidentified,
        status=ReviewStatus.DRAFT,
        participants=",".join(participants),
        created_by_id=author.id,
        created_at=at,
        updated_by_id=author.id,
        updated_at=at,
    )
    review.sections = [CaseReviewSection(section=s, text=t) for s, t in sections.items()]
    return review
