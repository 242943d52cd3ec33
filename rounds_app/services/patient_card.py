"""One patient's whole card — narrative, contributions, actions, contingencies,
discharge plan and safety facts — in a fixed handful of queries: its front (the
header and the narrative, rounds_app/services/card_front.py) and the rest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, exists, func, select
from sqlalchemy.orm import Session, aliased

from rounds_app.domain.enums import ActionStatus, CardField, Discipline
from rounds_app.domain.names import called
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase
from rounds_app.interop.card_lists import (
    CareTeamMemberView,
    ContactView,
    MedicationView,
    ProblemView,
    record_lists,
)
from rounds_app.services.actor import Actor, require
from rounds_app.services.card_front import CardFront, card_front, user_names
from rounds_app.services.card_plan import discharge_plan_view
from rounds_app.services.card_views import (
    ActionView,
    AdmissionView,
    ChecklistItemView,
    ContingencyView,
    DischargePlanView,
    FollowUpView,
    MedicationChangeView,
)
from rounds_app.services.cards import FieldView
from rounds_app.services.contributions import VIEW_COLUMNS, ContributionView, view_of
from rounds_app.services.proms import PromView
from rounds_app.services.safety_views import SafetyFacts
from rounds_app.services.visibility import entry_sensitive, visible_entries
from rounds_app.storage.models import (
    ActionItem,
    Admission,
    Bed,
    Contingency,
    Contribution,
    Patient,
    User,
)

# the views a card is made of, imported from here by the screens and the sheets
__all__ = [
    "ActionView",
    "AdmissionView",
    "CardFront",
    "ChecklistItemView",
    "ContingencyView",
    "DischargePlanView",
    "FollowUpView",
    "MedicationChangeView",
    "PatientCard",
    "WardActionView",
    "card_front",
    "complete_card",
    "current_contributions",
    "my_actions",
    "patient_card",
]


@dataclass(frozen=True)
class PatientCard:
    admission: AdmissionView
    fields: dict[CardField, FieldView]  # every field, version 0 where never written
    contributions: tuple[ContributionView, ...]  # current versions, newest first
    actions: tuple[ActionView, ...]
    contingencies: tuple[ContingencyView, ...]
    discharge_plan: DischargePlanView | None
    # resuscitation, allergies, whiteboard checks, contacts, medicines (as of today)
    safety: SafetyFacts
    # from the hospital record (rounds_app.interop): the medicines the discharge plan
    # starts from, the problem list (conditions, goals, care plans), contacts, care team
    medications: tuple[MedicationView, ...] = ()
    problems: tuple[ProblemView, ...] = ()
    contacts: tuple[ContactView, ...] = ()
    care_team: tuple[CareTeamMemberView, ...] = ()
    # patient-reported outcomes: the last 14, oldest first
    proms: tuple[PromView, ...] = ()


def patient_card(session: Session, actor: Actor, admission_id: int) -> PatientCard:
    return complete_card(session, actor, card_front(session, actor, admission_id))


def complete_card(session: Session, actor: Actor, front: CardFront) -> PatientCard:
    """The whole card of the patient whose front is read: the front and the rest."""
    require(actor, Permission.VIEW, Phrase("read patient cards"))
    admission_id = front.admission.id
    names = user_names(session)
    lists = record_lists(session, front.safety.patient_id, front.safety)
    return PatientCard(
        admission=front.admission,
        fields=front.fields,
        contributions=tuple(current_contributions(session, actor, admission_id=admission_id)),
        actions=_actions(session, admission_id, names),
        contingencies=tuple(
            ContingencyView(c.id, c.condition, c.response, c.active, c.version)
            for c in session.execute(
                select(Contingency)
                .where(Contingency.admission_id == admission_id)
                .order_by(Contingency.id)
            ).scalars()
        ),
        discharge_plan=discharge_plan_view(session, admission_id, names),
        medications=lists.medications,
        problems=lists.problems,
        contacts=lists.contacts,
        care_team=lists.care_team,
        proms=front.proms,
        safety=front.safety,
    )


# built once: an alias made per call has its columns adapted afresh on every call,
# which costs more than the query it is in when a card is opened
_NEWER = aliased(Contribution)
_ORIGINAL = aliased(Contribution)
_EARLIER = aliased(Contribution)
# the original is version 1; each amendment one more than the amendments before it
_VERSION = case(
    (Contribution.original_id.is_(None), 1),
    else_=select(func.count(_EARLIER.id) + 1)
    .where(_EARLIER.original_id == Contribution.original_id, _EARLIER.id <= Contribution.id)
    .scalar_subquery(),
)


def current_contributions(
    session: Session,
    actor: Actor,
    *,
    admission_id: int | None = None,
    ward_id: int | None = None,
    since: datetime | None = None,
    discipline: Discipline | None = None,
) -> list[ContributionView]:
    """The current version of each entry, newest first, filtered by admission or
    ward, by when it was written or last amended (`since`), and by discipline.
    Sensitive entries only for roles that may read them (see `visibility`)."""
    require(actor, Permission.VIEW, Phrase("read contributions"))
    newer, original = _NEWER, _ORIGINAL
    # plain columns rather than ORM objects: a card loads hundreds of entries, and
    # rows cost a fraction of identity-mapped instances
    columns = [getattr(Contribution, name) for name in VIEW_COLUMNS]
    query = (
        select(
            *columns,
            entry_sensitive().label("entry_sensitive"),
            User.display_name,
            original.created_at.label("written_at"),
            _VERSION.label("version"),
        )
        .join(User, User.id == Contribution.author_id)
        .outerjoin(original, original.id == Contribution.original_id)
        .where(~exists().where(newer.amends_id == Contribution.id))
        .where(visible_entries(actor))
        .order_by(Contribution.created_at.desc(), Contribution.id.desc())
    )
    if admission_id is not None:
        query = query.where(Contribution.admission_id == admission_id)
    if ward_id is not None:
        query = query.join(Admission, Admission.id == Contribution.admission_id).where(
            Admission.ward_id == ward_id
        )
    if since is not None:
        query = query.where(Contribution.created_at > since)
    if discipline is not None:
        query = query.where(Contribution.discipline == discipline)
    return [
        view_of(
            row,
            row.display_name,
            row.written_at or row.created_at,
            row.version,
            row.entry_sensitive,
        )
        for row in session.execute(query)
    ]


def _actions(session: Session, admission_id: int, names: dict[int, str]) -> tuple[ActionView, ...]:
    return tuple(
        _action_view(a, names)
        for a in session.execute(
            select(ActionItem)
            .where(ActionItem.admission_id == admission_id)
            .order_by(ActionItem.id)
        ).scalars()
    )


def _action_view(a: ActionItem, names: dict[int, str]) -> ActionView:
    return ActionView(
        id=a.id,
        text=a.text,
        owner_discipline=a.owner_discipline,
        owner=names.get(a.owner_user_id) if a.owner_user_id else None,
        due=a.due,
        status=a.status,
        opened_by=names.get(a.opened_by_id, ""),
        opened_at=a.opened_at,
        closed_by=names.get(a.closed_by_id) if a.closed_by_id else None,
        closed_at=a.closed_at,
        version=a.version,
    )


@dataclass(frozen=True)
class WardActionView:
    """An open action with where it belongs, for the "my actions" list."""

    action: ActionView
    admission_id: int
    bed_label: str | None
    patient: str


def my_actions(session: Session, actor: Actor, ward_id: int) -> list[WardActionView]:
    """Open actions on the ward owned by this user, or by their discipline with no
    named owner; soonest due first."""
    require(actor, Permission.VIEW, Phrase("read actions"))
    names = user_names(session)
    mine = ActionItem.owner_user_id == actor.user_id
    if actor.discipline is not None:
        mine = mine | (
            (ActionItem.owner_discipline == actor.discipline) & ActionItem.owner_user_id.is_(None)
        )
    rows = session.execute(
        select(ActionItem, Admission.id, Bed.label, Patient)
        .join(Admission, Admission.id == ActionItem.admission_id)
        .join(Patient, Patient.id == Admission.patient_id)
        .outerjoin(Bed, Bed.id == Admission.bed_id)
        .where(
            Admission.ward_id == ward_id,
            Admission.discharged_at.is_(None),
            ActionItem.status == ActionStatus.OPEN,
            mine,
        )
        .order_by(ActionItem.due.is_(None), ActionItem.due, ActionItem.id)
    )
    return [
        WardActionView(
            _action_view(a, names),
            admission_id,
            bed,
            called(p.preferred_name, p.given_name, p.family_name),
        )
        for a, admission_id, bed, p in rows
    ]
