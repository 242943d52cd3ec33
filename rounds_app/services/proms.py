"""Patient-reported outcomes: pain, how the patient feels and breathlessness, each 0 to
10 as the patient says it, and what matters to them today — recorded at the bedside
or brought in from the hospital record, shown as a trend on the card."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.domain import fields
from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase, ValidationError
from rounds_app.services import validate
from rounds_app.services.actor import Actor, require, require_person
from rounds_app.services.lookup import current_admission, get
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.storage.models import Admission, PromRecord, User

BEDSIDE = "bedside"
FHIR = "fhir"
TREND_LENGTH = 14
SCORES = ("pain", "feeling", "breathlessness")
# who recorded an answer that came from the hospital record rather than the bedside
FROM_THE_RECORD = "Hospital record"


@dataclass(frozen=True)
class PromEntry:
    """0..10 each, None = not asked. Pain and breathlessness: 0 none, 10 worst;
    feeling: 0 very bad, 10 very good."""

    pain: int | None
    feeling: int | None
    breathlessness: int | None
    what_matters_today: str


@dataclass(frozen=True)
class PromView:
    id: int
    admission_id: int
    recorded_at: datetime
    recorded_by: str
    pain: int | None
    feeling: int | None
    breathlessness: int | None
    what_matters_today: str
    source: str  # "bedside" | "fhir"


def checked(entry: PromEntry) -> PromEntry:
    """The entry with its text trimmed, or ValidationError naming what is wrong."""
    for name in SCORES:
        value = getattr(entry, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValidationError("The %1 score must be a whole number from 0 to 10.", name)
        if value is not None and not 0 <= value <= 10:
            raise ValidationError("The %1 score must be from 0 to 10.", name)
    if all(getattr(entry, name) is None for name in SCORES):
        raise ValidationError("Record at least one score: pain, feeling or breathlessness.")
    matters = validate.text(fields.WHAT_MATTERS_TODAY, entry.what_matters_today)
    return PromEntry(entry.pain, entry.feeling, entry.breathlessness, matters)


def record_prom(session: Session, actor: Actor, admission_id: int, entry: PromEntry) -> int:
    with unit_of_work(
        session, actor, Permission.CONTRIBUTE, Phrase("record patient-reported outcomes")
    ) as work:
        recorder = require_person(actor, Phrase("record patient-reported outcomes"))
        admission = current_admission(session, admission_id)
        entry = checked(entry)
        record = new_record(admission.id, entry, utc_now(), recorder, BEDSIDE)
        session.add(record)
        session.flush()
        work.record(
            Change.about(
                admission,
                "prom.record",
                Entity.PROM_RECORD,
                record.id,
                tuple(name for name in SCORES if getattr(entry, name) is not None),
            ),
        )
        return record.id


def new_record(
    admission_id: int, entry: PromEntry, at: datetime, recorder: int | None, source: str
) -> PromRecord:
    """A row for a checked entry (the FHIR import and the demo write them too)."""
    return PromRecord(
        admission_id=admission_id,
        recorded_at=at,
        recorded_by_id=recorder,
        pain=entry.pain,
        feeling=entry.feeling,
        breathlessness=entry.breathlessness,
        what_matters_today=entry.what_matters_today,
        source=source,
    )


def prom_trend(
    session: Session, actor: Actor, admission_id: int, limit: int = TREND_LENGTH
) -> list[PromView]:
    """The last `limit` entries, oldest first."""
    require(actor, Permission.VIEW, Phrase("read patient-reported outcomes"))
    get(session, Admission, admission_id, Phrase("admission"))
    return list(latest_proms(session, [admission_id], limit).get(admission_id, ()))


def latest_proms(
    session: Session, admission_ids: Sequence[int], limit: int = TREND_LENGTH
) -> dict[int, tuple[PromView, ...]]:
    """The last `limit` entries of each admission, oldest first, in one query however
    many admissions (the ward-room screen loads the whole ward at once)."""
    if not admission_ids or limit < 1:
        return {}
    newest = (
        func.row_number()
        .over(
            partition_by=PromRecord.admission_id,
            order_by=(PromRecord.recorded_at.desc(), PromRecord.id.desc()),
        )
        .label("newest")
    )
    ranked = (
        select(PromRecord.id, newest).where(PromRecord.admission_id.in_(admission_ids)).subquery()
    )
    rows = session.execute(
        select(PromRecord, User.display_name)
        .join(ranked, ranked.c.id == PromRecord.id)
        .outerjoin(User, User.id == PromRecord.recorded_by_id)
        .where(ranked.c.newest <= limit)
        .order_by(PromRecord.admission_id, PromRecord.recorded_at, PromRecord.id)
    )
    found: dict[int, list[PromView]] = defaultdict(list)
    for record, recorder in rows:
        found[record.admission_id].append(
            PromView(
                id=record.id,
                admission_id=record.admission_id,
                recorded_at=record.recorded_at,
                recorded_by=recorder or FROM_THE_RECORD,
                pain=record.pain,
                feeling=record.feeling,
                breathlessness=record.breathlessness,
                what_matters_today=record.what_matters_today,
                source=record.source,
            )
        )
    return {key: tuple(value) for key, value in found.items()}
