"""What the ward-room screen may show of each patient — and nothing more.

Privacy is decided here, not on the screen: a slide carries no date of birth, no
identifier and no sensitive entry, and the name is initials unless the facilitator
deliberately reveals names (which the slide then says). Code status and allergies
are not carried at all unless the facilitator deliberately reveals them too."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain.clock import local_day, utc_now
from rounds_app.domain.enums import CardField, Discipline, Severity, Voice
from rounds_app.domain.names import called, initials
from rounds_app.domain.roles import Permission
from rounds_app.domain.safety import AllergyState
from rounds_app.errors import Phrase
from rounds_app.services.actor import Actor, require
from rounds_app.services.census import GOALS_STALE_AFTER_DAYS, goals_stale, last_round_start
from rounds_app.services.proms import latest_proms
from rounds_app.services.safety_views import AllergyView, ResuscitationView
from rounds_app.services.visibility import never_sensitive
from rounds_app.services.ward_model.actions import OpenAction
from rounds_app.services.ward_model.facts import WardFacts, ward_facts
from rounds_app.storage.models import Admission, Bed, Contribution, NarrativeField, Patient

ON_SCREEN_FIELDS = (CardField.WHAT_MATTERS_MOST, CardField.GOALS_OF_CARE)


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
    open_actions: tuple[OpenAction, ...]  # soonest due first; says which are overdue
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
    require(actor, Permission.VIEW, Phrase("view the ward"))
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
    today = local_day(now)
    fields = _fields(session, ids)
    news = _news(session, ids, since)
    facts = ward_facts(session, actor, ids, today)
    proms = {
        admission_id: tuple((v.recorded_at, v.pain, v.feeling, v.breathlessness) for v in views)
        for admission_id, views in latest_proms(session, ids).items()
    }
    slides = [
        _slide(a, p, bed, reveal_names, now, today, fields, news, facts[a.id], proms)
        for a, p, bed in rows
    ]
    if not reveal_safety:
        return slides
    return [_with_safety(slide, facts[slide.admission_id]) for slide in slides]


def _with_safety(slide: AudienceSlide, facts: WardFacts) -> AudienceSlide:
    return replace(
        slide,
        safety_revealed=True,
        resuscitation=facts.safety.resuscitation,
        allergy_state=facts.safety.allergy_state,
        allergies=facts.safety.allergies,
    )


def _slide(a, p, bed, reveal, now, today, fields, news, facts: WardFacts, proms):  # type: ignore[no-untyped-def]
    matters = fields.get((a.id, CardField.WHAT_MATTERS_MOST))
    goals = fields.get((a.id, CardField.GOALS_OF_CARE))
    ready = facts.readiness
    return AudienceSlide(
        admission_id=a.id,
        bed_label=bed,
        name=called(p.preferred_name, p.given_name, p.family_name)
        if reveal
        else initials(p.given_name, p.family_name),
        names_revealed=reveal,
        days_in_hospital=(now.date() - a.admitted_at.date()).days,
        days_to_discharge=(ready.expected_discharge - today).days
        if ready.expected_discharge
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
        readiness=ready.counts,
        destination=ready.destination,
        barriers=ready.barriers,
        open_actions=facts.actions,
        contingencies=tuple((c.condition, c.response) for c in facts.contingencies),
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
