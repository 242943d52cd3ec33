"""One patient's whole card — narrative, contributions, actions, contingencies,
discharge plan and safety facts — in a fixed handful of queries."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import case, exists, func, select
from sqlalchemy.orm import Session, aliased, joinedload, selectinload

from rounds_app.domain.clock import local_day, utc_now
from rounds_app.domain.discharge_readiness import Contradiction, contradictions, ticked
from rounds_app.domain.enums import (
    ActionStatus,
    CardField,
    ChecklistKind,
    Discipline,
    FollowUpPlace,
    MedicationChangeKind,
    Severity,
)
from rounds_app.domain.names import called
from rounds_app.domain.roles import Permission
from rounds_app.domain.safety import AllergyState
from rounds_app.errors import NotFound
from rounds_app.interop.card_lists import (
    CareTeamMemberView,
    ContactView,
    MedicationView,
    ProblemView,
    record_lists,
)
from rounds_app.services.actor import Actor, require
from rounds_app.services.after_hospital import AfterHospital, after_hospital
from rounds_app.services.cards import FieldView
from rounds_app.services.census import GOALS_STALE_AFTER_DAYS, goals_stale
from rounds_app.services.contributions import VIEW_COLUMNS, ContributionView, view_of
from rounds_app.services.proms import PromView, latest_proms
from rounds_app.services.safety_views import PatientKey, SafetyFacts, facts_of_patients
from rounds_app.services.visibility import entry_sensitive, visible_entries
from rounds_app.storage.models import (
    ActionItem,
    Admission,
    Bed,
    Contingency,
    Contribution,
    DischargePlan,
    NarrativeField,
    Patient,
    User,
    Ward,
)


@dataclass(frozen=True)
class AdmissionView:
    id: int
    ward_id: int
    ward_name: str
    bed_label: str | None
    mrn: str
    given_name: str
    family_name: str
    preferred_name: str
    pronouns: str
    date_of_birth: date | None
    preferred_language: str
    interpreter_needed: bool
    admitted_at: datetime
    expected_discharge_date: date | None
    discharged_at: datetime | None
    severity: Severity
    one_liner: str
    goals_revisited_at: datetime | None
    goals_revisited_by: str | None
    goals_stale: bool
    version: int
    gender: str = ""
    # "Penicillin (high)"-style lines, for the card and the handoff sheet to flag
    allergies: tuple[str, ...] = ()
    # recorded as "no known allergies" (and none recorded since), which is not the same
    # as an empty list: nobody having asked
    no_known_allergies: bool = False


@dataclass(frozen=True)
class ActionView:
    id: int
    text: str
    owner_discipline: Discipline | None
    owner: str | None
    due: date | None
    status: ActionStatus
    opened_by: str
    opened_at: datetime
    closed_by: str | None
    closed_at: datetime | None
    version: int


@dataclass(frozen=True)
class ContingencyView:
    id: int
    condition: str
    response: str
    active: bool
    version: int


@dataclass(frozen=True)
class ChecklistItemView:
    id: int
    item: str
    done: bool
    done_by: str | None
    done_at: datetime | None
    kind: ChecklistKind | None = None  # the built-in items'; None for the team's own


@dataclass(frozen=True)
class FollowUpView:
    id: int
    with_whom: str
    when: datetime | None  # booked: the day and time; never a time when not booked
    where: str  # the place's name or address
    purpose: str
    booked: bool
    place_kind: FollowUpPlace | None = None
    phone: str = ""
    contact_by: str = ""  # not booked: who will contact the patient…
    contact_by_date: date | None = None  # …and by when
    version: int = 1


@dataclass(frozen=True)
class MedicationChangeView:
    id: int
    medication: str
    change: MedicationChangeKind
    reason: str
    dose: str = ""
    how_to_take: str = ""
    previous: str = ""  # changed: the dose or instruction it was changed from
    decided: bool = False
    decided_by: str | None = None
    decided_at: datetime | None = None
    version: int = 1


@dataclass(frozen=True)
class DischargePlanView:
    id: int
    destination: str
    barriers: str
    warning_signs: str
    whom_to_call: str
    why_in_hospital: str
    checklist: tuple[ChecklistItemView, ...]
    follow_ups: tuple[FollowUpView, ...]
    medication_changes: tuple[MedicationChangeView, ...]
    after: AfterHospital  # pending tests, whom to call, teach-backs
    version: int

    @property
    def readiness(self) -> tuple[int, int]:
        """(items done, items in all)."""
        return sum(item.done for item in self.checklist), len(self.checklist)

    @property
    def reconciliation(self) -> ChecklistItemView | None:
        """The record that the medicines are reconciled (who, when); None until a
        pharmacist or physician records it."""
        return next(
            (i for i in self.checklist if i.kind is ChecklistKind.MEDICINES_RECONCILED and i.done),
            None,
        )

    @property
    def medicines_reconciled(self) -> bool:
        return ticked(self.checklist, ChecklistKind.MEDICINES_RECONCILED)

    def contradictions(self, expected: date | None, today: date) -> list[Contradiction]:
        return contradictions(
            self.checklist, self.follow_ups, self.medication_changes, expected, today
        )


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
    require(actor, Permission.VIEW, "read patient cards")
    names = dict(session.execute(select(User.id, User.display_name)).all())
    admission, patient = _admission(session, admission_id, names)
    # the patient read with the admission: the facts need not read it again
    safety = facts_of_patients(session, {admission_id: patient}, local_day(utc_now()))[admission_id]
    lists = record_lists(session, safety.patient_id, safety)
    return PatientCard(
        admission=_with_allergies(admission, safety),
        fields=_fields(session, admission_id, names),
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
        discharge_plan=_plan(session, admission_id, names),
        medications=lists.medications,
        problems=lists.problems,
        contacts=lists.contacts,
        care_team=lists.care_team,
        proms=latest_proms(session, [admission_id]).get(admission_id, ()),
        safety=safety,
    )


def _admission(
    session: Session, admission_id: int, names: dict[int, str]
) -> tuple[AdmissionView, PatientKey]:
    """The admission, its allergies not yet filled in, and its patient's keys for the
    safety facts."""
    row = session.execute(
        select(Admission, Patient, Ward.name, Bed.label)
        .join(Patient, Patient.id == Admission.patient_id)
        .join(Ward, Ward.id == Admission.ward_id)
        .outerjoin(Bed, Bed.id == Admission.bed_id)
        .where(Admission.id == admission_id)
    ).one_or_none()
    if row is None:
        raise NotFound("There is no admission with id %1.", admission_id)
    a, p, ward_name, bed_label = row
    view = AdmissionView(
        id=a.id,
        ward_id=a.ward_id,
        ward_name=ward_name,
        bed_label=bed_label,
        mrn=p.mrn,
        given_name=p.given_name,
        family_name=p.family_name,
        preferred_name=p.preferred_name,
        pronouns=p.pronouns,
        date_of_birth=p.date_of_birth,
        preferred_language=p.preferred_language,
        interpreter_needed=p.interpreter_needed,
        admitted_at=a.admitted_at,
        expected_discharge_date=a.expected_discharge_date,
        discharged_at=a.discharged_at,
        severity=a.severity,
        one_liner=a.one_liner,
        goals_revisited_at=a.goals_revisited_at,
        goals_revisited_by=names.get(a.goals_revisited_by_id) if a.goals_revisited_by_id else None,
        goals_stale=goals_stale(
            a.goals_revisited_at, a.severity_changed_at, utc_now(), GOALS_STALE_AFTER_DAYS
        ),
        version=a.version,
        gender=p.gender,
    )
    return view, (p.id, p.latin_name, p.preferred_name, p.version)


def _with_allergies(admission: AdmissionView, safety: SafetyFacts) -> AdmissionView:
    """The admission with its patient's active allergies as flag lines, in the order
    they were recorded (the facts list them high criticality first)."""
    recorded = sorted(safety.allergies, key=lambda a: a.id)
    return replace(
        admission,
        allergies=tuple(
            f"{a.substance} ({a.criticality})" if a.criticality else a.substance for a in recorded
        ),
        no_known_allergies=safety.allergy_state is AllergyState.NO_KNOWN,
    )


def _fields(
    session: Session, admission_id: int, names: dict[int, str]
) -> dict[CardField, FieldView]:
    stored = {
        f.field: FieldView(
            f.field,
            f.text,
            f.voice,
            f.version,
            names.get(f.edited_by_id) if f.edited_by_id else None,
            f.edited_at,
            f.shareable,
            f.language,
        )
        for f in session.execute(
            select(NarrativeField).where(NarrativeField.admission_id == admission_id)
        ).scalars()
    }
    return {field: stored.get(field, FieldView.empty(field)) for field in CardField}


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
    require(actor, Permission.VIEW, "read contributions")
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


def _plan(session: Session, admission_id: int, names: dict[int, str]) -> DischargePlanView | None:
    plan = (
        session.execute(
            select(DischargePlan)
            .where(DischargePlan.admission_id == admission_id)
            .options(
                # one plan row per checklist item: the longest list comes with the plan;
                # joining a second list would multiply the rows, so the others follow
                joinedload(DischargePlan.checklist),
                selectinload(DischargePlan.follow_ups),
                selectinload(DischargePlan.medication_changes),
                selectinload(DischargePlan.pending_tests),
                selectinload(DischargePlan.call_contacts),
                selectinload(DischargePlan.teach_backs),
            )
        )
        .unique()
        .scalar_one_or_none()
    )
    if plan is None:
        return None
    return DischargePlanView(
        id=plan.id,
        destination=plan.destination,
        barriers=plan.barriers,
        warning_signs=plan.warning_signs,
        whom_to_call=plan.whom_to_call,
        why_in_hospital=plan.why_in_hospital,
        checklist=tuple(
            ChecklistItemView(
                i.id,
                i.item,
                i.done,
                names.get(i.done_by_id) if i.done_by_id else None,
                i.done_at,
                i.kind,
            )
            for i in plan.checklist
        ),
        follow_ups=tuple(
            FollowUpView(
                f.id,
                f.with_whom,
                f.when,
                f.where,
                f.purpose,
                f.booked,
                f.place_kind,
                f.phone,
                f.contact_by,
                f.contact_by_date,
                f.version,
            )
            for f in plan.follow_ups
        ),
        medication_changes=tuple(
            MedicationChangeView(
                m.id,
                m.medication,
                m.change,
                m.reason,
                m.dose,
                m.how_to_take,
                m.previous,
                m.decided,
                names.get(m.decided_by_id) if m.decided_by_id else None,
                m.decided_at,
                m.version,
            )
            for m in plan.medication_changes
        ),
        after=after_hospital(plan, names),
        version=plan.version,
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
    require(actor, Permission.VIEW, "read actions")
    names = dict(session.execute(select(User.id, User.display_name)).all())
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
