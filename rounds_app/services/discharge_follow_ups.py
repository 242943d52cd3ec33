"""Follow-up appointments: a booked one has its day and time, the kind of place and
where; one not booked yet says who will contact the patient (and by when) and has no
time, so that no copy prints a time nobody booked."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from rounds_app.domain import fields
from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.enums import FollowUpPlace
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase, ValidationError
from rounds_app.services import validate
from rounds_app.services.actor import Actor
from rounds_app.services.conflicts import State, check_version
from rounds_app.services.lookup import current_admission, get
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.storage.models import DischargePlan, FollowUpAppointment


@dataclass(frozen=True)
class FollowUpDetails:
    with_whom: str
    booked: bool = False
    when: datetime | None = None  # booked: the day and time
    place_kind: FollowUpPlace | str | None = None
    where: str = ""  # the place's name or address
    phone: str = ""
    purpose: str = ""
    contact_by: str = ""  # not booked: who will contact the patient…
    contact_by_date: date | None = None  # …and by when


DETAIL_FIELDS = tuple(f.name for f in dataclass_fields(FollowUpDetails))


def checked_follow_up(details: FollowUpDetails) -> dict[str, Any]:
    """The appointment's values, trimmed and checked; ValidationError on the first
    fault, in one line."""
    values = {
        "with_whom": validate.text(fields.FOLLOW_UP_WITH, details.with_whom),
        "booked": bool(details.booked),
        "when": details.when,
        "place_kind": (
            validate.choice(Phrase("The kind of place"), details.place_kind, FollowUpPlace)
            if details.place_kind
            else None
        ),
        "where": validate.text(fields.FOLLOW_UP_WHERE, details.where),
        "phone": validate.phone(fields.FOLLOW_UP_PHONE, details.phone),
        "purpose": validate.text(fields.FOLLOW_UP_PURPOSE, details.purpose),
        "contact_by": validate.text(fields.FOLLOW_UP_CONTACT, details.contact_by),
        "contact_by_date": details.contact_by_date,
    }
    if values["booked"]:
        if values["when"] is None:
            raise ValidationError("A booked appointment needs its date and time.")
        if values["place_kind"] is None:
            raise ValidationError(
                "A booked appointment needs the kind of place: GP surgery, clinic, home…"
            )
        values["contact_by"], values["contact_by_date"] = "", None
    else:
        if values["when"] is not None:
            raise ValidationError(
                "An appointment that is not booked has no time yet: leave it out or tick Booked."
            )
        if not values["contact_by"]:
            raise ValidationError("Say who will contact the patient about this appointment.")
    return values


def _state(entry: FollowUpAppointment) -> State:
    return (
        {name: getattr(entry, name) for name in DETAIL_FIELDS},
        entry.updated_by_id,
        entry.updated_at,
    )


def edit_follow_up(
    session: Session, actor: Actor, follow_up_id: int, version: int, details: FollowUpDetails
) -> int:
    """Saves the appointment (booking it, say); returns its new version. A stale
    `version` raises ConflictError with both versions."""
    with unit_of_work(
        session, actor, Permission.EDIT_DISCHARGE_PLAN, Phrase("edit discharge plans")
    ) as work:
        entry = get(session, FollowUpAppointment, follow_up_id, Phrase("follow-up appointment"))
        plan = get(session, DischargePlan, entry.plan_id, Phrase("discharge plan"))
        admission = current_admission(session, plan.admission_id, lock=True)
        mine = checked_follow_up(details)
        check_version(session, actor, Phrase("follow-up appointment"), entry, version, mine, _state)
        changed = [name for name in DETAIL_FIELDS if getattr(entry, name) != mine[name]]
        if not changed:
            return entry.version
        for name in changed:
            setattr(entry, name, mine[name])
        entry.updated_by_id, entry.updated_at = actor.user_id, utc_now()
        session.flush()
        work.record(
            Change.about(
                admission,
                "discharge.edit_follow_up",
                Entity.FOLLOW_UP_APPOINTMENT,
                entry.id,
                changed,
            ),
        )
        return entry.version


def details_of(entry: Any) -> FollowUpDetails:
    """The details an appointment (stored or a view) holds, to edit from."""
    return FollowUpDetails(**{name: getattr(entry, name) for name in DETAIL_FIELDS})
