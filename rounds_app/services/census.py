"""The ward census in rounds order, with the counts and flags the screens badge — in a
fixed number of queries whatever the size of the ward (open actions and the safety
facts come from the ward read model, `ward_model`, as on every other view)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from rounds_app.domain.clock import local_day, utc_now
from rounds_app.domain.enums import Severity
from rounds_app.domain.names import called, initials
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase
from rounds_app.services.actor import Actor, require
from rounds_app.services.safety_flags import Flag, flags
from rounds_app.services.safety_views import SafetyFacts, safety_facts
from rounds_app.services.visibility import visible_entries
from rounds_app.services.ward_model.actions import OpenAction, open_actions, overdue
from rounds_app.storage.models import Admission, Bed, Contribution, Patient, WardRound

GOALS_STALE_AFTER_DAYS = 7


@dataclass(frozen=True)
class CensusRow:
    admission_id: int
    patient_id: int
    bed_label: str | None
    round_position: int
    given_name: str
    family_name: str
    preferred_name: str
    pronouns: str
    severity: Severity
    one_liner: str
    admitted_at: datetime
    days_in_hospital: int
    expected_discharge_date: date | None
    interpreter_needed: bool
    preferred_language: str
    goals_revisited_at: datetime | None
    goals_stale: bool
    new_entries: int
    actions: tuple[OpenAction, ...]  # open ones, soonest due first
    safety: SafetyFacts
    version: int

    @property
    def open_actions(self) -> int:
        return len(self.actions)

    @property
    def overdue_actions(self) -> int:
        return len(overdue(self.actions))

    @property
    def flags(self) -> tuple[Flag, ...]:
        """The safety flags, as the card header and the handoff show them."""
        return flags(self.safety)

    @property
    def display_name(self) -> str:
        """What the ward calls the patient: the preferred name with the family name."""
        return called(self.preferred_name, self.given_name, self.family_name)

    @property
    def initials(self) -> str:
        return initials(self.given_name, self.family_name)


def goals_stale(
    revisited_at: datetime | None, severity_changed_at: datetime, now: datetime, after_days: int
) -> bool:
    """Goals are due when never revisited, not revisited for `after_days`, or not
    since the illness severity last changed."""
    if revisited_at is None:
        return True
    return revisited_at < now - timedelta(days=after_days) or revisited_at < severity_changed_at


def last_round_start(session: Session, ward_id: int) -> datetime | None:
    """When the last finished round of the ward began. While a round runs, "new" still
    means new since the round before it: that is what the team is there to hear."""
    return session.execute(
        select(func.max(WardRound.started_at)).where(
            WardRound.ward_id == ward_id, WardRound.ended_at.is_not(None)
        )
    ).scalar_one()


def ward_census(
    session: Session,
    actor: Actor,
    ward_id: int,
    *,
    now: datetime | None = None,
    goals_stale_after_days: int = GOALS_STALE_AFTER_DAYS,
) -> list[CensusRow]:
    """Current admissions of a ward in rounds order. "New entries" are the
    contributions since the last round started (since admission if there was none);
    sensitive ones count only for roles that may read them (see `visibility`)."""
    require(actor, Permission.VIEW, Phrase("view the ward"))
    now = now or utc_now()
    since = last_round_start(session, ward_id)
    new_filter = [Contribution.admission_id == Admission.id, visible_entries(actor)]
    if since is not None:
        new_filter.append(Contribution.created_at > since)
    new_entries = select(func.count(Contribution.id)).where(and_(*new_filter)).scalar_subquery()
    rows = session.execute(
        select(Admission, Patient, Bed.label, new_entries)
        .join(Patient, Patient.id == Admission.patient_id)
        .outerjoin(Bed, Bed.id == Admission.bed_id)
        .where(Admission.ward_id == ward_id, Admission.discharged_at.is_(None))
        .order_by(Admission.round_position, Admission.id)
    ).all()
    ids, today = [a.id for a, *_ in rows], local_day(now)
    actions = open_actions(session, actor, ids, today)
    safety = safety_facts(session, actor, ids, today)
    return [
        CensusRow(
            admission_id=a.id,
            patient_id=p.id,
            bed_label=bed_label,
            round_position=a.round_position,
            given_name=p.given_name,
            family_name=p.family_name,
            preferred_name=p.preferred_name,
            pronouns=p.pronouns,
            severity=a.severity,
            one_liner=a.one_liner,
            admitted_at=a.admitted_at,
            days_in_hospital=(now.date() - a.admitted_at.date()).days,
            expected_discharge_date=a.expected_discharge_date,
            interpreter_needed=p.interpreter_needed,
            preferred_language=p.preferred_language,
            goals_revisited_at=a.goals_revisited_at,
            goals_stale=goals_stale(
                a.goals_revisited_at, a.severity_changed_at, now, goals_stale_after_days
            ),
            new_entries=n_new,
            actions=actions[a.id],
            safety=safety[a.id],
            version=a.version,
        )
        for a, p, bed_label, n_new in rows
    ]
