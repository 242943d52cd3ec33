"""Printed reflective case reviews (linked, de-identified, final with amendments), the
latest patient-reported outcomes on the discharge summaries, and the insights sheet —
read back from the PDF."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from rounds_app.cli.main import main
from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import Discipline, ReviewSection, RoundPatientStatus
from rounds_app.errors import PermissionDenied
from rounds_app.reports.service import print_discharge, print_insights, print_review
from rounds_app.services import reviews, ward_rounds
from rounds_app.services.proms import PromEntry, record_prom
from rounds_app.services.reviews import ReviewAction, ReviewDraft
from rounds_app.storage.database import Database
from rounds_app.storage.models import Admission, AuditEvent, ChangeLogEntry, Patient
from tests.factories import small_ward
from tests.reports.pdf import shows, text
from tests.storage.review_drafts import IDENTIFYING, assert_no_identifier

S = ReviewSection


def _review(db: Database, ward, admission_id: int, deidentified: bool, body: str) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return reviews.create_review(
            s,
            ward.nurse,
            ReviewDraft(
                title="Ελένη: the night of the fall",
                admission_id=admission_id,
                deidentified=deidentified,
                sections={
                    S.WHAT_HAPPENED: body,
                    S.SYSTEMS_FACTORS: "No interpreter <b>at night</b>",
                },
                participants=(Discipline.NURSING, Discipline.PHARMACY),
                actions=(
                    ReviewAction(
                        "Book an interpreter for rounds", "Charge nurse", date(2030, 2, 1)
                    ),
                ),
            ),
        )


def test_a_linked_final_review_prints_sections_actions_and_amendments(db: Database) -> None:
    ward = small_ward(db, patients=1)
    review_id = _review(db, ward, ward.admission_ids[0], False, "Ελένη fell at 03:00 & was calm.")
    with db.session() as s:
        draft_pdf = print_review(s, ward.nurse, review_id)
    assert shows(text(draft_pdf), "Draft — not final")
    with db.session() as s:
        reviews.finalize_review(s, ward.nurse, review_id, 1)
    with db.session() as s:
        reviews.amend_review(s, ward.pharmacist, review_id, S.WENT_WELL, "Calm team.", "Forgot it")
    with db.session() as s:
        printed = text(print_review(s, ward.nurse, review_id))
    for phrase in (
        "Reflective case review",
        "Ελένη Παπαδοπούλου",
        "bed 7-1",
        "Ελένη fell at 03:00 & was calm.",
        "No interpreter <b>at night</b>",
        "Systems factors (handoffs, roles, language and culture, time)",
        "Participants by role: Nursing, Pharmacy",
        "Book an interpreter for rounds",
        "Charge nurse",
        "Final since",
        "Reason: Forgot it",
        "After: Calm team.",
    ):
        assert shows(printed, phrase), phrase
    with db.session() as s:
        events = s.execute(select(AuditEvent.action).where(AuditEvent.entity == "case_review"))
        assert list(events.scalars()).count("print.review") == 2
        feed = s.execute(select(ChangeLogEntry.id)).scalars().all()
        print_review(s, ward.nurse, review_id)
    with db.session() as s:
        assert s.execute(select(ChangeLogEntry.id)).scalars().all() == feed  # not in the feed
    with db.session() as s, pytest.raises(PermissionDenied):
        print_review(s, ward.display, review_id)


def test_a_deidentified_review_prints_no_identifier(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission_id = ward.admission_ids[0]
    with db.session() as s:
        admission = s.get(Admission, admission_id)
        assert admission is not None
        s.execute(
            update(Patient)
            .where(Patient.id == admission.patient_id)
            .values(
                given_name="Zoë",
                family_name="Muñoz-Ibáñez",
                preferred_name="Zozo",
                date_of_birth=date(1951, 3, 7),
                other_identifiers="https://fhir.nhs.uk/Id/nhs-number|9434765919",
            )
        )
        s.commit()
        admitted = admission.admitted_at.astimezone().date()
    body = IDENTIFYING.format(admitted=f"{admitted:%d %B %Y}")
    review_id = _review(db, ward, admission_id, True, body)
    with db.session() as s:
        printed = text(print_review(s, ward.charge, review_id))
    assert shows(printed, "De-identified") and shows(printed, "[patient]")
    assert_no_identifier(printed, admitted)
    assert "7-1" not in printed and "Ward 7" not in printed


def test_discharge_summaries_show_the_latest_proms(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission_id = ward.admission_ids[0]
    for entry in (PromEntry(6, 4, None, ""), PromEntry(3, 7, 2, "Going home to my cat")):
        with db.session() as s:
            record_prom(s, ward.nurse, admission_id, entry)
    with db.session() as s:
        team = text(print_discharge(s, ward.nurse, admission_id, audience="team"))
        own = text(print_discharge(s, ward.nurse, admission_id, audience="patient"))
    for phrase in ("Patient-reported outcomes", "pain 3/10 · feeling 7/10 · breathlessness 2/10"):
        assert shows(team, phrase), phrase
    assert shows(team, "Pain, oldest first: 6 → 3") and shows(team, "Going home to my cat")
    for phrase in ("How you told us you feel", "your pain was 3 out of 10", "Going home to my cat"):
        assert shows(own, phrase), phrase


def test_the_insights_sheet_reads_back(db: Database) -> None:
    ward = small_ward(db, patients=2)
    a, b = ward.admission_ids
    with db.session() as s:
        round_id = ward_rounds.start_round(s, ward.charge, ward.ward_id)
    for admission, seconds in ((a, 180), (b, 300)):
        with db.session() as s:
            ward_rounds.leave_patient(
                s, ward.charge, round_id, admission, seconds, RoundPatientStatus.DISCUSSED
            )
    with db.session() as s:
        ward_rounds.set_attendance(s, ward.charge, round_id, Discipline.PHARMACY, True)
    with db.session() as s:
        ward_rounds.end_round(s, ward.charge, round_id)
    today = utc_now().astimezone().date()
    with db.session() as s:
        pdf = print_insights(s, ward.nurse, ward.ward_id, today - timedelta(days=30), today)
    printed = text(pdf)
    for phrase in (
        "Rounds insights — Ward 7",
        "1 round: on average 4.0 minutes per patient discussed, 1.0 disciplines present.",
        "Handoff elements on current patients' cards",
        "summary (one-liner) 100%",
        "Actions opened and closed per day",
        "Discharges against the expected day",
    ):
        assert shows(printed, phrase), phrase
    with db.session() as s:
        assert "print.insights" in set(s.execute(select(AuditEvent.action)).scalars())


def test_review_and_insights_commands(db: Database, db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    ward = small_ward(db, patients=1)
    review_id = _review(db, ward, ward.admission_ids[0], False, "What happened, in short.")
    out = tmp_path / "review.pdf"
    assert main(["review", "print", "--db", db_url, "--id", str(review_id), "--out", str(out)]) == 0
    assert shows(text(out.read_bytes()), "What happened, in short.")
    csv_out, pdf_out = tmp_path / "insights.csv", tmp_path / "insights.pdf"
    today = utc_now().astimezone().date()
    span = ["--ward", "W7", "--from", str(today - timedelta(days=30)), "--to", str(today)]
    assert main(["insights", "--db", db_url, *span, "--csv", str(csv_out)]) == 0
    assert csv_out.read_text("utf-8").startswith("section,rounds\n")
    assert main(["insights", "--db", db_url, *span, "--pdf", str(pdf_out)]) == 0
    assert shows(text(pdf_out.read_bytes()), "Rounds insights")
    capsys.readouterr()
    assert main(["review", "print", "--db", db_url, "--id", "999", "--out", str(out)]) == 1
    assert "no case review with id 999" in capsys.readouterr().err
    assert (
        main(
            [
                "insights",
                "--db",
                db_url,
                "--ward",
                "W7",
                "--from",
                "2030-01-02",
                "--to",
                "2030-01-01",
                "--csv",
                str(csv_out),
            ]
        )
        == 1
    )  # noqa: E501
    assert "ends before it starts" in capsys.readouterr().err
