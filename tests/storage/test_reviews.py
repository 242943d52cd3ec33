"""Reflective case reviews: draft → final (locked) → amendments, conflicts on a stale
save, de-identification, the list and its search, and who may read and write."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from rounds_app.domain.enums import Discipline, ReviewSection, ReviewStatus
from rounds_app.errors import ConflictError, PermissionDenied, ValidationError
from rounds_app.exchange.json_format import export_document, import_json
from rounds_app.services import reviews
from rounds_app.services.proms import PromEntry, record_prom
from rounds_app.services.reviews import ReviewAction
from rounds_app.storage.database import Database
from rounds_app.storage.models import Admission, Patient
from tests.factories import ADMIN, small_ward
from tests.storage.review_drafts import IDENTIFYING, assert_no_identifier, draft

S = ReviewSection


def test_draft_final_amend(db: Database) -> None:
    ward = small_ward(db, patients=1)
    nurse, pharmacist = ward.nurse, ward.pharmacist
    with db.session() as s:
        review_id = reviews.create_review(s, nurse, draft(admission_id=ward.admission_ids[0]))
    with db.session() as s:
        view = reviews.get_review(s, pharmacist, review_id)
    assert view.status is ReviewStatus.DRAFT and view.version == 1
    assert view.participants == (Discipline.NURSING, Discipline.PHYSIOTHERAPY)
    assert view.sections[S.WHAT_HAPPENED].startswith("A fall") and view.sections[S.WENT_WELL] == ""
    assert view.created_by == "Nurse"
    actions = (
        ReviewAction("Night-time toileting plan", "Ward sister", date(2030, 1, 5), done=True),
        ReviewAction("Bed alarm audit", "Charge nurse", None),
    )
    sections = {S.WHAT_HAPPENED: "A fall at 03:00.", S.WENT_WELL: "Quick response."}
    with db.session() as s:
        version = reviews.save_review(
            s, pharmacist, review_id, draft(sections=sections, actions=actions), 1
        )
    assert version == 2
    with db.session() as s:
        assert reviews.get_review(s, nurse, review_id).actions == actions
        reviews.save_review(s, nurse, review_id, draft(actions=actions[1:]), 2)
    with db.session() as s:
        view = reviews.get_review(s, nurse, review_id)
    assert view.actions == actions[1:]
    assert view.sections[S.WENT_WELL] == "Quick response."  # not sent: kept
    with db.session() as s:
        reviews.finalize_review(s, nurse, review_id, 3)
    with db.session() as s, pytest.raises(ValidationError, match="final"):
        reviews.save_review(s, nurse, review_id, draft(), 4)
    with db.session() as s, pytest.raises(ValidationError, match="already final"):
        reviews.finalize_review(s, nurse, review_id, 4)
    with db.session() as s:
        reviews.amend_review(
            s, pharmacist, review_id, S.WENT_WELL, "Quick response; clear call.", "Added detail"
        )
    with db.session() as s:
        reviews.amend_review(s, nurse, review_id, S.FOLLOW_UP, "Audit in March.", "Agreed later")
    with db.session() as s, pytest.raises(ValidationError, match="changes nothing"):
        reviews.amend_review(s, nurse, review_id, S.FOLLOW_UP, "Audit in March.", "again")
    with db.session() as s:
        view = reviews.get_review(s, nurse, review_id)
    assert view.status is ReviewStatus.FINAL and view.finalized_at is not None
    assert view.sections[S.WENT_WELL] == "Quick response; clear call."
    first, second = view.amendments
    assert (first.section, first.before, first.after) == (
        S.WENT_WELL,
        "Quick response.",
        "Quick response; clear call.",
    )
    assert (first.reason, first.by) == ("Added detail", "Pharm")
    assert (second.before, second.after) == ("", "Audit in March.")


def test_finalizing_needs_what_happened_and_drafts_are_not_amended(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        review_id = reviews.create_review(s, ward.nurse, draft(sections={S.WENT_WELL: "Calm"}))
    with db.session() as s, pytest.raises(ValidationError, match="What happened"):
        reviews.finalize_review(s, ward.nurse, review_id, 1)
    with db.session() as s, pytest.raises(ValidationError, match="Only a final"):
        reviews.amend_review(s, ward.nurse, review_id, S.WENT_WELL, "x", "y")
    with db.session() as s, pytest.raises(ValidationError, match="title is empty"):
        reviews.create_review(s, ward.nurse, draft(title="  "))
    with db.session() as s, pytest.raises(ValidationError, match="Participant"):
        reviews.create_review(s, ward.nurse, draft(participants=("surgeon",)))


def test_a_stale_save_is_a_conflict_with_both_versions(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        review_id = reviews.create_review(s, ward.nurse, draft())
    with db.session() as s:
        reviews.save_review(s, ward.pharmacist, review_id, draft(title="Theirs"), 1)
    with db.session() as s, pytest.raises(ConflictError) as raised:
        reviews.save_review(s, ward.nurse, review_id, draft(title="Mine"), 1)
    error = raised.value
    assert (error.mine.values["title"], error.theirs.values["title"]) == ("Mine", "Theirs")
    assert (error.theirs.version, error.theirs.edited_by) == (2, "Pharm")
    with db.session() as s, pytest.raises(ConflictError):
        reviews.finalize_review(s, ward.nurse, review_id, 1)
    with db.session() as s:
        assert reviews.get_review(s, ward.nurse, review_id).title == "Theirs"


def test_deidentified_reviews_hold_no_identifier(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission_id = ward.admission_ids[0]
    with db.session() as s:
        patient_id = s.get(Admission, admission_id).patient_id  # type: ignore[union-attr]
        s.execute(
            update(Patient)
            .where(Patient.id == patient_id)
            .values(
                given_name="Zoë",
                family_name="Muñoz-Ibáñez",
                preferred_name="Zozo",
                date_of_birth=date(1951, 3, 7),
                other_identifiers="https://fhir.nhs.uk/Id/nhs-number|9434765919",
            )
        )
        s.commit()
        admitted = s.get(Admission, admission_id).admitted_at.astimezone().date()  # type: ignore[union-attr]
    text = IDENTIFYING.format(admitted=f"{admitted:%d/%m/%Y}") + " Zozo asked for tea."
    with db.session() as s:
        preview = reviews.deidentify_preview(s, ward.nurse, admission_id, {S.WHAT_HAPPENED: text})
    cleaned = preview[S.WHAT_HAPPENED]
    assert cleaned.startswith("[patient] ([patient] to friends; [identifier], NHS [identifier])")
    assert "[date]" in cleaned and "scared" in cleaned and "[patient] asked for tea" in cleaned
    with db.session() as s:
        review_id = reviews.create_review(
            s,
            ward.nurse,
            draft(
                title="Zoë Muñoz-Ibáñez: fall",
                admission_id=admission_id,
                deidentified=True,
                sections={S.WHAT_HAPPENED: text, S.WHAT_WE_FELT: "Worried about Zoë"},
                actions=(ReviewAction("Call Zoë's daughter about MRN0000", "Nurse", None),),
            ),
        )
    with db.session() as s:
        view = reviews.get_review(s, ward.nurse, review_id)
        [summary] = reviews.list_reviews(s, ward.nurse)
    stored = " ".join([view.title, *view.sections.values(), *(a.text for a in view.actions)])
    assert_no_identifier(stored, admitted)
    assert view.title == "[patient]: fall" and summary.linked_bed is None
    with db.session() as s:
        reviews.finalize_review(s, ward.nurse, review_id, 1)
    with db.session() as s:
        reviews.amend_review(s, ward.nurse, review_id, S.FOLLOW_UP, "Ring Zoë", "Zoë asked")
    with db.session() as s:
        amendment = reviews.get_review(s, ward.nurse, review_id).amendments[0]
    assert (amendment.after, amendment.reason) == ("Ring [patient]", "[patient] asked")


def test_list_is_newest_first_and_searches_title_and_sections(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        first = reviews.create_review(s, ward.nurse, draft("Handoff gap", ward.admission_ids[0]))
    with db.session() as s:
        second = reviews.create_review(
            s,
            ward.nurse,
            draft("Night call", sections={S.SYSTEMS_FACTORS: "No INTERPRETER at night"}),
        )
    with db.session() as s:
        assert [r.id for r in reviews.list_reviews(s, ward.nurse)] == [second, first]
        assert reviews.list_reviews(s, ward.nurse)[1].linked_bed == "7-1"
        assert [r.id for r in reviews.list_reviews(s, ward.nurse, "HANDOFF")] == [first]
        assert [r.id for r in reviews.list_reviews(s, ward.nurse, "fall 03:00")] == [first]
        assert [r.id for r in reviews.list_reviews(s, ward.nurse, "night interpreter")] == [second]
        assert reviews.list_reviews(s, ward.nurse, "nothing like this") == []
    with db.session() as s:
        reviews.save_review(s, ward.nurse, first, draft("Handoff gap, revised"), 1)
    with db.session() as s:
        listed = reviews.list_reviews(s, ward.nurse)
    assert [r.id for r in listed] == [first, second]
    assert isinstance(listed[0].updated_at, datetime) and listed[0].status is ReviewStatus.DRAFT


def test_the_ward_display_cannot_read_or_write_reviews(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        review_id = reviews.create_review(s, ward.charge, draft())
    display = ward.display
    attempts = [
        lambda s: reviews.create_review(s, display, draft()),
        lambda s: reviews.save_review(s, display, review_id, draft(), 1),
        lambda s: reviews.finalize_review(s, display, review_id, 1),
        lambda s: reviews.amend_review(s, display, review_id, S.WENT_WELL, "x", "y"),
        lambda s: reviews.get_review(s, display, review_id),
        lambda s: reviews.list_reviews(s, display),
        lambda s: reviews.deidentify_preview(s, display, ward.admission_ids[0], {}),
    ]
    for attempt in attempts:
        with db.session() as s, pytest.raises(PermissionDenied, match="ward display"):
            attempt(s)


NEW_TABLES = (
    "case_reviews",
    "case_review_sections",
    "case_review_actions",
    "case_review_amendments",
    "prom_records",
)


def test_reviews_and_proms_export_and_a_version_3_file_still_imports(
    db: Database, open_db: Callable[[], Database], tmp_path: Path
) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        review_id = reviews.create_review(s, ward.nurse, draft(admission_id=ward.admission_ids[0]))
    with db.session() as s:
        reviews.finalize_review(s, ward.nurse, review_id, 1)
    with db.session() as s:
        reviews.amend_review(s, ward.nurse, review_id, S.WENT_WELL, "Calm", "Added")
    with db.session() as s:
        record_prom(s, ward.nurse, ward.admission_ids[0], PromEntry(2, 8, None, "Tea"))
    with db.session() as s:
        document = export_document(s, ADMIN)
    assert document["format_version"] == 7
    assert [len(document["tables"][name]) for name in NEW_TABLES] == [1, 2, 1, 1, 1]
    current = tmp_path / "v4.json"
    current.write_text(json.dumps(document), "utf-8")
    target = open_db()
    with target.session() as s:
        import_json(s, ADMIN, current)
    with target.session() as s:
        assert export_document(s, ADMIN) == document
    document["format_version"] = 3
    for name in NEW_TABLES:
        del document["tables"][name]
    old = tmp_path / "v3.json"
    old.write_text(json.dumps(document), "utf-8")
    with open_db().session() as s:
        summary = import_json(s, ADMIN, old)
    assert summary.rows["admissions"] == 1 and summary.rows["case_reviews"] == 0
