"""Printing as a service: check the role, load, render, record the print in the audit
trail, return the PDF bytes. The Qt print dialog and the CLI both come through here.

The audit names the sheet, the ward or admission and who printed it — never patient
text. The renderers (and ReportLab with them) are imported on the first print, not
at start-up: ReportLab costs ~0.2 s to import."""

from __future__ import annotations

import time
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.roles import Permission
from rounds_app.errors import NotFound, Phrase, ValidationError
from rounds_app.reports import AUDIENCES
from rounds_app.reports.data import PrintJob, printer
from rounds_app.reports.formats import STALE_AFTER_DAYS
from rounds_app.reports.loading import load_discharge, load_handoff, load_review
from rounds_app.services.actor import Actor, require
from rounds_app.services.insights import insights
from rounds_app.services.lookup import get
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.services.wards import list_wards
from rounds_app.storage.models import Admission, Bed, Patient, Ward
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)


def print_handoff(
    session: Session,
    actor: Actor,
    ward_id: int,
    *,
    paper: str = "a4",
    stale_after_days: int = STALE_AFTER_DAYS,
    now: datetime | None = None,
) -> bytes:
    """The ward handoff sheet of `ward_id` as a PDF."""
    require(actor, Permission.VIEW, Phrase("print handoff sheets"))
    from rounds_app.reports.handoff import HandoffRenderer

    started = time.perf_counter()
    job = PrintJob(now or utc_now(), printer(actor), paper, stale_after_days)
    data = load_handoff(session, actor, ward_id, job.printed_at)
    renderer = HandoffRenderer(data, job)
    pdf = renderer.render()
    _audit(
        session,
        actor,
        Change("print.handoff", Entity.WARD, ward_id, (), ward_id=ward_id, feeds=False),
    )
    log.info(
        "printed the handoff of ward %s: %d patients, %d pages in %.2f s",
        ward_id,
        len(data.rows),
        renderer.pages,
        time.perf_counter() - started,
    )
    return pdf


def print_discharge(
    session: Session,
    actor: Actor,
    admission_id: int,
    *,
    audience: str = "team",
    include_sensitive: bool = False,
    paper: str = "a4",
    stale_after_days: int = STALE_AFTER_DAYS,
    now: datetime | None = None,
    big_print: bool = False,
) -> bytes:
    """The discharge-planning summary of an admission as a PDF: `audience` "team"
    (the whole plan, the card, the entries that bear on discharge) or "patient"
    (plain language, large type; `big_print` for an 18 pt body). Sensitive entries
    are left out unless `include_sensitive` is asked for on the team's copy by a role
    that may read them (checked by `load_discharge`, through `visibility`)."""
    require(actor, Permission.VIEW, Phrase("print discharge summaries"))
    if audience not in AUDIENCES:
        raise ValidationError("The audience must be one of %1.", ", ".join(AUDIENCES))
    if include_sensitive and audience == "patient":
        raise ValidationError("The patient's copy never includes sensitive entries.")
    if big_print and audience != "patient":
        raise ValidationError("Big print is an option of the patient's copy.")
    from rounds_app.reports.discharge_patient import PatientSummaryRenderer
    from rounds_app.reports.discharge_team import TeamSummaryRenderer

    started = time.perf_counter()
    job = PrintJob(now or utc_now(), printer(actor), paper, stale_after_days, big_print)
    data = load_discharge(
        session,
        actor,
        admission_id,
        patient_copy=audience == "patient",
        include_sensitive=include_sensitive,
    )
    renderer_class = PatientSummaryRenderer if audience == "patient" else TeamSummaryRenderer
    renderer = renderer_class(data, job)
    pdf = renderer.render()
    admission = data.card.admission
    _audit(
        session,
        actor,
        Change(
            f"print.discharge_{audience}",
            Entity.ADMISSION,
            admission_id,
            ("sensitive",) if data.include_sensitive else (),
            ward_id=admission.ward_id,
            admission_id=admission_id,
            feeds=False,
        ),
    )
    log.info(
        "printed the %s discharge summary of admission %s: %d pages in %.2f s",
        audience,
        admission_id,
        renderer.pages,
        time.perf_counter() - started,
    )
    return pdf


def print_review(
    session: Session,
    actor: Actor,
    review_id: int,
    *,
    paper: str = "a4",
    now: datetime | None = None,
) -> bytes:
    """A reflective case review as a PDF (read access to reviews is checked by
    get_review: reviews are for the team, never the ward-room screen)."""
    from rounds_app.reports.review import ReviewRenderer

    data = load_review(session, actor, review_id)
    renderer = ReviewRenderer(data, PrintJob(now or utc_now(), printer(actor), paper))
    pdf = renderer.render()
    _audit(session, actor, Change("print.review", Entity.CASE_REVIEW, review_id, (), feeds=False))
    log.info("printed case review %s: %d pages", review_id, renderer.pages)
    return pdf


def print_insights(
    session: Session,
    actor: Actor,
    ward_id: int,
    start: date,
    end: date,
    *,
    paper: str = "a4",
    now: datetime | None = None,
) -> bytes:
    """The ward's rounds insights from `start` to `end` (local days) as a PDF."""
    from rounds_app.reports.insights_sheet import InsightsRenderer

    data = insights(session, actor, ward_id, start, end)
    ward = get(session, Ward, ward_id, Phrase("ward"))
    job = PrintJob(now or utc_now(), printer(actor), paper)
    renderer = InsightsRenderer(data, ward.name, job)
    pdf = renderer.render()
    _audit(
        session,
        actor,
        Change("print.insights", Entity.WARD, ward_id, (), ward_id=ward_id, feeds=False),
    )
    log.info("printed the insights of ward %s: %d pages", ward_id, renderer.pages)
    return pdf


def _audit(session: Session, actor: Actor, change: Change) -> None:
    """Records the print once the PDF exists. The reads ran in a plain transaction
    (a long report never holds writers up); the audit append needs the write lock.
    The role to print was checked before the reads."""
    with unit_of_work(session, actor, None, Phrase("record a print")) as work:
        work.record(change)


def find_ward(session: Session, actor: Actor, ward: str | None) -> int:
    """A ward by code or id; without one, the first ward as the app lists them."""
    require(actor, Permission.VIEW, Phrase("view wards"))
    if ward is None:
        wards = list_wards(session, actor)
        if not wards:
            raise NotFound("There are no wards in this database.")
        return wards[0].id
    found = session.execute(select(Ward.id).where(Ward.code == ward)).scalar_one_or_none()
    if found is None and ward.isdigit() and session.get(Ward, int(ward)) is not None:
        found = int(ward)
    if found is None:
        raise NotFound("There is no ward with code or id '%1'.", ward)
    return found


def find_admission(session: Session, actor: Actor, patient: str, ward_id: int | None) -> int:
    """The current admission of a patient given by MRN, or by bed label on the ward
    (`ward_id`: given, or the first ward)."""
    require(actor, Permission.VIEW, Phrase("view patients"))
    current = Admission.discharged_at.is_(None)
    by_mrn = select(Admission.id).join(Patient, Patient.id == Admission.patient_id)
    by_mrn = by_mrn.where(current, Patient.mrn == patient)
    if ward_id is not None:
        by_mrn = by_mrn.where(Admission.ward_id == ward_id)
    found = session.execute(by_mrn).scalar_one_or_none()
    if found is not None:
        return found
    ward_id = ward_id if ward_id is not None else find_ward(session, actor, None)
    ward = get(session, Ward, ward_id, Phrase("ward"))
    found = session.execute(
        select(Admission.id)
        .join(Bed, Bed.id == Admission.bed_id)
        .where(current, Bed.ward_id == ward_id, Bed.label == patient)
    ).scalar_one_or_none()
    if found is None:
        raise NotFound(
            "No current patient has MRN '%1' or bed '%2' on %3.", patient, patient, ward.code
        )
    return found
