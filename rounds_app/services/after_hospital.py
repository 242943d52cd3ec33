"""The after-hospital parts of the discharge plan (Project RED): tests still waiting
for results and who will tell the patient, whom to call (name, number, when it
answers), and the team's teach-back record. Why the patient was in hospital is the
plan's own text (discharge.save_plan)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.domain import fields
from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.enums import CallWhen, TaughtTo, Understood
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase, ValidationError
from rounds_app.services import validate
from rounds_app.services.actor import Actor, require_person
from rounds_app.services.discharge_plans import plan_for
from rounds_app.services.lookup import current_admission, get
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.storage.models import Admission, CallContact, DischargePlan, PendingTest, TeachBack

_DOING = Phrase("edit discharge plans")


@dataclass(frozen=True)
class PendingTestView:
    id: int
    test: str
    told_by: str
    due: date | None


@dataclass(frozen=True)
class CallContactView:
    id: int
    name: str
    phone: str
    answers: CallWhen
    hours: str


@dataclass(frozen=True)
class TeachBackView:
    id: int
    topic: str
    taught_to: TaughtTo
    taught_name: str
    understood: Understood
    taught_by: str
    taught_at: datetime


@dataclass(frozen=True)
class AfterHospital:
    """A plan's after-hospital rows, as the card and the sheets read them."""

    pending_tests: tuple[PendingTestView, ...]
    call_contacts: tuple[CallContactView, ...]
    teach_backs: tuple[TeachBackView, ...]  # oldest first


def after_hospital(plan: DischargePlan, names: dict[int, str]) -> AfterHospital:
    """The views of a plan loaded with its rows; `names`: display names by user id."""
    return AfterHospital(
        tuple(PendingTestView(t.id, t.test, t.told_by, t.due) for t in plan.pending_tests),
        tuple(
            CallContactView(c.id, c.name, c.phone, c.answers, c.hours) for c in plan.call_contacts
        ),
        tuple(
            TeachBackView(
                t.id,
                t.topic,
                t.taught_to,
                t.taught_name,
                t.understood,
                names.get(t.taught_by_id, ""),
                t.taught_at,
            )
            for t in plan.teach_backs
        ),
    )


def _admission_of(session: Session, plan_id: int) -> Admission:
    plan = get(session, DischargePlan, plan_id, Phrase("discharge plan"))
    return current_admission(session, plan.admission_id, lock=True)


def add_pending_test(
    session: Session,
    actor: Actor,
    admission_id: int,
    *,
    test: str,
    told_by: str,
    due: date | None = None,
) -> int:
    """A test whose result comes after discharge: who will tell the patient, and by
    when (None: the team could not say)."""
    with unit_of_work(session, actor, Permission.EDIT_DISCHARGE_PLAN, _DOING) as work:
        admission = current_admission(session, admission_id, lock=True)
        plan = plan_for(session, admission, actor)
        row = PendingTest(
            plan_id=plan.id,
            test=validate.text(fields.PENDING_TEST, test),
            told_by=validate.text(fields.RESULT_TOLD_BY, told_by),
            due=due,
        )
        session.add(row)
        session.flush()
        work.record(
            Change.about(
                admission, "discharge.add_pending_test", Entity.PENDING_TEST, row.id, ("test",)
            )
        )
        return row.id


def remove_pending_test(session: Session, actor: Actor, test_id: int) -> None:
    """Takes a test off the list (its result came, or it was entered by mistake)."""
    _remove(session, actor, PendingTest, test_id, Phrase("pending test"), Entity.PENDING_TEST)


def add_call_contact(
    session: Session,
    actor: Actor,
    admission_id: int,
    *,
    name: str,
    phone: str,
    answers: CallWhen | str,
    hours: str = "",
) -> int:
    """A row of whom to call: a name or service, a number to dial, and when it answers
    (day, night, any time, or `hours` in words)."""
    with unit_of_work(session, actor, Permission.EDIT_DISCHARGE_PLAN, _DOING) as work:
        admission = current_admission(session, admission_id, lock=True)
        plan = plan_for(session, admission, actor)
        answers = validate.choice(Phrase("When it answers"), answers, CallWhen)
        hours = validate.text(fields.CALL_HOURS, hours, required=answers is CallWhen.HOURS)
        position = session.execute(
            select(func.count(CallContact.id)).where(CallContact.plan_id == plan.id)
        ).scalar_one()
        row = CallContact(
            plan_id=plan.id,
            position=position,
            name=validate.text(fields.CALL_NAME, name),
            phone=validate.text(fields.CALL_PHONE, phone),
            answers=answers,
            hours=hours if answers is CallWhen.HOURS else "",
        )
        session.add(row)
        session.flush()
        work.record(
            Change.about(
                admission, "discharge.add_call_contact", Entity.CALL_CONTACT, row.id, ("name",)
            )
        )
        return row.id


def remove_call_contact(session: Session, actor: Actor, contact_id: int) -> None:
    _remove(session, actor, CallContact, contact_id, Phrase("number to call"), Entity.CALL_CONTACT)


def _remove(
    session: Session,
    actor: Actor,
    model: type[PendingTest] | type[CallContact],
    row_id: int,
    what: Phrase,
    entity: Entity,
) -> None:
    """Takes a row off one of the plan's lists, audited as `discharge.remove_<entity>`."""
    with unit_of_work(session, actor, Permission.EDIT_DISCHARGE_PLAN, _DOING) as work:
        row = get(session, model, row_id, what)
        admission = _admission_of(session, row.plan_id)
        session.delete(row)
        work.record(Change.about(admission, f"discharge.remove_{entity}", entity, row_id))


def record_teach_back(
    session: Session,
    actor: Actor,
    admission_id: int,
    *,
    topic: str,
    taught_to: TaughtTo | str,
    understood: Understood | str,
    taught_name: str = "",
) -> int:
    """Records a teach-back by the signed-in user, now: what was taught, to the
    patient or a named family member or carer, and whether they said it back
    (yes / partly / no). A record is never changed; a later teach-back is a new one."""
    with unit_of_work(session, actor, Permission.EDIT_DISCHARGE_PLAN, _DOING) as work:
        teacher = require_person(actor, Phrase("record a teach-back"))
        admission = current_admission(session, admission_id, lock=True)
        plan = plan_for(session, admission, actor)
        taught_to = validate.choice(Phrase("Who was taught"), taught_to, TaughtTo)
        named = taught_to is not TaughtTo.PATIENT
        taught_name = validate.text(fields.TAUGHT_TO_NAME, taught_name, required=named)
        if not named and taught_name:
            raise ValidationError("A teach-back with the patient names no one else.")
        row = TeachBack(
            plan_id=plan.id,
            topic=validate.text(fields.TEACH_BACK_TOPIC, topic),
            taught_to=taught_to,
            taught_name=taught_name,
            understood=validate.choice(Phrase("Understood"), understood, Understood),
            taught_by_id=teacher,
            taught_at=utc_now(),
        )
        session.add(row)
        session.flush()
        work.record(
            Change.about(
                admission, "discharge.record_teach_back", Entity.TEACH_BACK, row.id, ("topic",)
            )
        )
        return row.id
