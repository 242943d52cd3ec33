"""What the ward-room screen may show of each patient — and nothing more.

Privacy is decided here, not on the screen: a slide carries no date of birth, no
identifier and no sensitive entry, and the name is initials unless the facilitator
deliberately reveals names (which the slide then says). Code status and allergies
are not carried at all unless the facilitator deliberately reveals them too."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import ActionStatus, CardField, Discipline, Severity, Voice
from rounds_app.domain.names import called, initials
from rounds_app.domain.roles import Permission
from rounds_app.domain.safety import AllergyState
from rounds_app.services.actor import Actor, require
from rounds_app.services.census import GOALS_STALE_AFTER_DAYS, goals_stale, last_round_start
from rounds_app.services.proms import latest_proms
from rounds_app.services.safety_views import AllergyView, ResuscitationView, safety_facts
from rounds_app.services.visibility import never_sensitive
from rounds_app.storage.models import (
    ActionItem,
    Admission,
    Bed,
    Contingency,
    Contribution,
    DischargeChecklistItem,
    DischargePlan,
    NarrativeField,
    Patient,
    User,
)

ON_SCREEN_FIELDS = (CardField.WHAT_MATTERS_MOST, CardField.GOALS_OF_CARE)


@dataclass(frozen=True)
class SlideAction:
    text: str
    owner_discipline: Discipline | None
    owner: str | None  # a person's display name
    due: date | None


@dataclass(frozen=True)
class SlideNews:
    """What one discipline added since the last round (current versions, oldest
    first)."""

    discipline: Discipline
    texts: tuple[str, ...]


@dataclass(frozen=True)
class AudienceSlide:
    admission_id: int
    bed_label: str | None
    name: str  # initials unless names are revealed
    names_revealed: bool
    days_in_hospital: int
    days_to_discharge: int | None
    severity: Severity
    what_matters_most: str
    what_matters_voice: Voice | None
    goals_of_care: str
    goals_stale: bool
    days_since_goals: int | None  # None: never revisited
    news: tuple[SlideNews, ...]
    readiness: tuple[int, int] | None  # checklist items done, of all; None: no plan
    destination: str
    barriers: str
    open_actions: tuple[SlideAction, ...]
    contingencies: tuple[tuple[str, str], ...]  # (if, then)
    # patient-reported (at, pain, feeling, breathlessness), oldest first: numbers only,
    # what the patient said matters today stays off the projector
    proms: tuple[tuple[datetime, int | None, int | None, int | None], ...] = ()
    # code status and allergies: None and empty unless revealed on purpose
    safety_revealed: bool = False
    resuscitation: ResuscitationView | None = None
    allergy_state: AllergyState | None = None
    allergies: tuple[AllergyView, ...] = ()


def audience_slides(
    session: Session,
    actor: Actor,
    ward_id: int,
    *,
    reveal_names: bool = False,
    reveal_safety: bool = False,
    now: datetime | None = None,
) -> list[AudienceSlide]:
    """Every current patient of the ward, in round order, as the room may see them
    (`reveal_safety`: with code status and allergies). A fixed handful of queries, so
    the screen can hold the whole round in memory."""
    require(actor, Permission.VIEW, "view the ward")
    now = now or utc_now()
    since = last_round_start(session, ward_id)
    rows = session.execute(
        select(Admission, Patient, Bed.label)
        .join(Patient, Patient.id == Admission.patient_id)
        .outerjoin(Bed, Bed.id == Admission.bed_id)
        .where(Admission.ward_id == ward_id, Admission.discharged_at.is_(None))
        .order_by(Admission.round_position, Admission.id)
    ).all()
    ids = [a.id for a, _, _ in rows]
    fields = _fields(session, ids)
    news = _news(session, ids, since)
    actions = _actions(session, ids)
    contingencies = _contingencies(session, ids)
    plans = _plans(session, ids)
    proms = {
        admission_id: tuple((v.recorded_at, v.pain, v.feeling, v.breathlessness) for v in views)
        for admission_id, views in latest_proms(session, ids).items()
    }
    slides = [
        _slide(a, p, bed, reveal_names, now, fields, news, actions, contingencies, plans, proms)
        for a, p, bed in rows
    ]
    if not reveal_safety:
        return slides
    facts = safety_facts(session, actor, ids, now.date())
    return [
        replace(
            slide,
            safety_revealed=True,
            resuscitation=facts[slide.admission_id].resuscitation,
            allergy_state=facts[slide.admission_id].allergy_state,
            allergies=facts[slide.admission_id].allergies,
        )
        for slide in slides
    ]


def _slide(a, p, bed, reveal, now, fields, news, actions, contingencies, plans, proms):  # type: ignore[no-untyped-def]
    matters = fields.get((a.id, CardField.WHAT_MATTERS_MOST))
    goals = fields.get((a.id, CardField.GOALS_OF_CARE))
    plan = plans.get(a.id)
    return AudienceSlide(
        admission_id=a.id,
        bed_label=bed,
        name=called(p.preferred_name, p.given_name, p.family_name)
        if reveal
        else initials(p.given_name, p.family_name),
        names_revealed=reveal,
        days_in_hospital=(now.date() - a.admitted_at.date()).days,
        days_to_discharge=(a.expected_discharge_date - now.date()).days
        if a.expected_discharge_date
        else None,
        severity=a.severity,
        what_matters_most=matters[0] if matters else "",
        what_matters_voice=matters[1] if matters else None,
        goals_of_care=goals[0] if goals else "",
        goals_stale=goals_stale(
            a.goals_revisited_at, a.severity_changed_at, now, GOALS_STALE_AFTER_DAYS
        ),
        days_since_goals=(now - a.goals_revisited_at).days if a.goals_revisited_at else None,
        news=news.get(a.id, ()),
        readiness=plan[0] if plan else None,
        destination=plan[1] if plan else "",
        barriers=plan[2] if plan else "",
        open_actions=actions.get(a.id, ()),
        contingencies=contingencies.get(a.id, ()),
        proms=proms.get(a.id, ()),
    )


def _fields(session: Session, ids: list[int]) -> dict[tuple[int, CardField], tuple[str, Voice]]:
    return {
        (f.admission_id, f.field): (f.text, f.voice)
        for f in session.execute(
            select(NarrativeField).where(
                NarrativeField.admission_id.in_(ids), NarrativeField.field.in_(ON_SCREEN_FIELDS)
            )
        ).scalars()
        if f.text
    }


def _news(
    session: Session, ids: list[int], since: datetime | None
) -> dict[int, tuple[SlideNews, ...]]:
    """Entries since the last round, current versions only, none that is sensitive in
    any version (whoever looks at the screen: see `visibility`), grouped by
    discipline in the order disciplines are listed."""
    newer = select(Contribution.amends_id).where(Contribution.amends_id.is_not(None))
    query = select(Contribution.admission_id, Contribution.discipline, Contribution.text).where(
        Contribution.admission_id.in_(ids),
        never_sensitive(),
        Contribution.id.not_in(newer),
    )
    if since is not None:
        query = query.where(Contribution.created_at > since)
    grouped: dict[int, dict[Discipline, list[str]]] = defaultdict(lambda: defaultdict(list))
    for admission_id, discipline, text in session.execute(query.order_by(Contribution.id)):
        grouped[admission_id][discipline].append(text)
    return {
        admission_id: tuple(
            SlideNews(d, tuple(by_discipline[d])) for d in Discipline if d in by_discipline
        )
        for admission_id, by_discipline in grouped.items()
    }


def _actions(session: Session, ids: list[int]) -> dict[int, tuple[SlideAction, ...]]:
    rows = session.execute(
        select(ActionItem, User.display_name)
        .outerjoin(User, User.id == ActionItem.owner_user_id)
        .where(ActionItem.admission_id.in_(ids), ActionItem.status == ActionStatus.OPEN)
        .order_by(ActionItem.due.is_(None), ActionItem.due, ActionItem.id)
    )
    found: dict[int, list[SlideAction]] = defaultdict(list)
    for action, owner in rows:
        found[action.admission_id].append(
            SlideAction(action.text, action.owner_discipline, owner, action.due)
        )
    return {key: tuple(value) for key, value in found.items()}


def _contingencies(session: Session, ids: list[int]) -> dict[int, tuple[tuple[str, str], ...]]:
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for c in session.execute(
        select(Contingency)
        .where(Contingency.admission_id.in_(ids), Contingency.active.is_(True))
        .order_by(Contingency.id)
    ).scalars():
        found[c.admission_id].append((c.condition, c.response))
    return {key: tuple(value) for key, value in found.items()}


def _plans(session: Session, ids: list[int]) -> dict[int, tuple[tuple[int, int], str, str]]:
    plans = {
        plan.id: plan
        for plan in session.execute(
            select(DischargePlan).where(DischargePlan.admission_id.in_(ids))
        ).scalars()
    }
    ticks: dict[int, list[bool]] = defaultdict(list)
    for plan_id, done in session.execute(
        select(DischargeChecklistItem.plan_id, DischargeChecklistItem.done).where(
            DischargeChecklistItem.plan_id.in_(list(plans))
        )
    ):
        ticks[plan_id].append(done)
    return {
        plan.admission_id: (
            (sum(ticks[plan.id]), len(ticks[plan.id])),
            plan.destination,
            plan.barriers,
        )
        for plan in plans.values()
    }
