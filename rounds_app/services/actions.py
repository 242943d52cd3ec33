"""Action items (who does what by when) and if/then contingencies."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from rounds_app.domain import fields
from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.enums import ActionStatus, Discipline
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase, ValidationError
from rounds_app.services import validate
from rounds_app.services.actor import Actor, require_person
from rounds_app.services.conflicts import check_version
from rounds_app.services.lookup import current_admission, get, running_round_of
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.storage.models import ActionItem, Contingency, User


def open_action(
    session: Session,
    actor: Actor,
    admission_id: int,
    *,
    text: str,
    owner_discipline: Discipline | str | None = None,
    owner_user_id: int | None = None,
    due: date | None = None,
    round_id: int | None = None,
) -> int:
    """Opens an action; `round_id` when captured live on the rounds console (it is then
    read back before the round moves on)."""
    with unit_of_work(session, actor, Permission.CONTRIBUTE, Phrase("open actions")) as work:
        opener = require_person(actor, Phrase("open actions"))
        admission = current_admission(session, admission_id)
        if owner_discipline is None and owner_user_id is None:
            raise ValidationError("Name who owns the action: a discipline or a person.")
        if owner_user_id is not None:
            get(session, User, owner_user_id, Phrase("user"))
        now = utc_now()
        if due is not None and due < admission.admitted_at.date():
            raise ValidationError("The due date is before the admission.")
        action = ActionItem(
            admission_id=admission.id,
            text=validate.text(fields.ACTION, text),
            owner_discipline=(
                validate.choice(Phrase("Owner discipline"), owner_discipline, Discipline)
                if owner_discipline is not None
                else None
            ),
            owner_user_id=owner_user_id,
            due=due,
            status=ActionStatus.OPEN,
            opened_by_id=opener,
            opened_at=now,
            round_id=running_round_of(session, round_id, admission),
        )
        session.add(action)
        session.flush()
        work.record(
            Change.about(admission, "action.open", Entity.ACTION_ITEM, action.id, ("text",)),
        )
        return action.id


def _action_state(action: ActionItem):  # type: ignore[no-untyped-def]
    return {"status": action.status.value}, action.closed_by_id, action.closed_at


def close_action(
    session: Session,
    actor: Actor,
    action_id: int,
    expected_version: int,
    status: ActionStatus | str = ActionStatus.DONE,
) -> int:
    """Marks an action done (or cancelled); returns the new version."""
    with unit_of_work(session, actor, Permission.CONTRIBUTE, Phrase("close actions")) as work:
        closer = require_person(actor, Phrase("close actions"))
        status = validate.choice(Phrase("Status"), status, ActionStatus)
        if status is ActionStatus.OPEN:
            raise ValidationError("Closing an action marks it done or cancelled.")
        action = get(session, ActionItem, action_id, Phrase("action"))
        admission = current_admission(session, action.admission_id)
        check_version(
            session,
            actor,
            Phrase("action"),
            action,
            expected_version,
            {"status": status.value},
            _action_state,
        )
        if action.status is not ActionStatus.OPEN:
            raise ValidationError("This action is closed already.")
        action.status = status
        action.closed_by_id = closer
        action.closed_at = utc_now()
        session.flush()
        work.record(
            Change.about(admission, "action.close", Entity.ACTION_ITEM, action.id, ("status",)),
        )
        return action.version


def add_contingency(
    session: Session, actor: Actor, admission_id: int, *, condition: str, response: str
) -> int:
    with unit_of_work(session, actor, Permission.CONTRIBUTE, Phrase("add contingencies")) as work:
        author = require_person(actor, Phrase("add contingencies"))
        admission = current_admission(session, admission_id)
        contingency = Contingency(
            admission_id=admission.id,
            condition=validate.text(fields.CONTINGENCY_IF, condition),
            response=validate.text(fields.CONTINGENCY_THEN, response),
            active=True,
            created_by_id=author,
            created_at=utc_now(),
        )
        session.add(contingency)
        session.flush()
        work.record(
            Change.about(
                admission,
                "contingency.add",
                Entity.CONTINGENCY,
                contingency.id,
                ("condition", "response"),
            ),
        )
        return contingency.id


def retire_contingency(
    session: Session, actor: Actor, contingency_id: int, expected_version: int
) -> None:
    """A contingency that no longer applies is retired, not deleted."""
    with unit_of_work(
        session, actor, Permission.CONTRIBUTE, Phrase("retire contingencies")
    ) as work:
        contingency = get(session, Contingency, contingency_id, Phrase("contingency"))
        admission = current_admission(session, contingency.admission_id)
        check_version(
            session,
            actor,
            Phrase("contingency"),
            contingency,
            expected_version,
            {"active": False},
            lambda c: ({"active": c.active}, c.created_by_id, c.created_at),
        )
        contingency.active = False
        work.record(
            Change.about(
                admission, "contingency.retire", Entity.CONTINGENCY, contingency.id, ("active",)
            ),
        )
