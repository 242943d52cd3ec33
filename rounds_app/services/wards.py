"""Wards and their beds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.domain import fields
from rounds_app.domain.entities import Entity
from rounds_app.domain.roles import Permission
from rounds_app.errors import NotFound, Phrase, ValidationError
from rounds_app.services import validate
from rounds_app.services.actor import Actor, require
from rounds_app.services.lookup import get
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.storage.models import Admission, Bed, Ward


@dataclass(frozen=True)
class WardView:
    id: int
    code: str
    name: str
    beds: int
    occupied: int


@dataclass(frozen=True)
class BedView:
    id: int
    label: str
    position: int
    occupied_by: int | None  # the current admission's id


def create_ward(
    session: Session, actor: Actor, *, code: str, name: str, bed_labels: Sequence[str] = ()
) -> WardView:
    with unit_of_work(session, actor, Permission.MANAGE_WARDS, Phrase("create wards")) as work:
        code = validate.text(fields.WARD_CODE, code)
        if session.execute(select(Ward.id).where(Ward.code == code)).first():
            raise ValidationError("A ward with code '%1' exists already.", code)
        labels = [validate.text(fields.BED_LABEL, label) for label in bed_labels]
        if len(set(labels)) != len(labels):
            raise ValidationError("Two beds have the same label.")
        ward = Ward(code=code, name=validate.text(fields.WARD_NAME, name))
        ward.beds = [Bed(label=label, position=i, active=True) for i, label in enumerate(labels)]
        session.add(ward)
        session.flush()
        work.record(Change("ward.create", Entity.WARD, ward.id, ("code", "name"), ward_id=ward.id))
        return WardView(ward.id, ward.code, ward.name, len(labels), 0)


def add_bed(session: Session, actor: Actor, ward_id: int, label: str) -> BedView:
    with unit_of_work(session, actor, Permission.MANAGE_WARDS, Phrase("add beds")) as work:
        ward = get(session, Ward, ward_id, Phrase("ward"))
        label = validate.text(fields.BED_LABEL, label)
        if any(bed.label == label for bed in ward.beds):
            raise ValidationError("Ward %1 already has a bed '%2'.", ward.code, label)
        bed = Bed(ward_id=ward.id, label=label, position=len(ward.beds), active=True)
        session.add(bed)
        session.flush()
        work.record(Change("bed.create", Entity.BED, bed.id, ("label",), ward_id=ward.id))
        return BedView(bed.id, bed.label, bed.position, None)


def ward_named(session: Session, wanted: str | None) -> int | None:
    """The ward named by code (or id), for the command line; without a name, the only
    ward if there is one (None: several or none)."""
    if wanted is None:
        ids = session.execute(select(Ward.id).limit(2)).scalars().all()
        return ids[0] if len(ids) == 1 else None
    found = session.execute(select(Ward.id).where(Ward.code == wanted)).scalar()
    if found is None and wanted.isdigit():
        found = session.execute(select(Ward.id).where(Ward.id == int(wanted))).scalar()
    if found is None:
        raise NotFound("There is no ward '%1'.", wanted)
    return found


def list_wards(session: Session, actor: Actor) -> list[WardView]:
    require(actor, Permission.VIEW, Phrase("view wards"))
    beds = (
        select(Bed.ward_id, func.count(Bed.id).label("n"))
        .where(Bed.active.is_(True))
        .group_by(Bed.ward_id)
        .subquery()
    )
    occupied = (
        select(Admission.ward_id, func.count(Admission.id).label("n"))
        .where(Admission.discharged_at.is_(None), Admission.bed_id.is_not(None))
        .group_by(Admission.ward_id)
        .subquery()
    )
    rows = session.execute(
        select(Ward, func.coalesce(beds.c.n, 0), func.coalesce(occupied.c.n, 0))
        .outerjoin(beds, beds.c.ward_id == Ward.id)
        .outerjoin(occupied, occupied.c.ward_id == Ward.id)
        .order_by(Ward.name)
    )
    return [WardView(w.id, w.code, w.name, n_beds, n_occ) for w, n_beds, n_occ in rows]


def list_beds(session: Session, actor: Actor, ward_id: int) -> list[BedView]:
    require(actor, Permission.VIEW, Phrase("view beds"))
    rows = session.execute(
        select(Bed, Admission.id)
        .outerjoin(Admission, (Admission.bed_id == Bed.id) & Admission.discharged_at.is_(None))
        .where(Bed.ward_id == ward_id, Bed.active.is_(True))
        .order_by(Bed.position)
    )
    return [BedView(bed.id, bed.label, bed.position, admission_id) for bed, admission_id in rows]
