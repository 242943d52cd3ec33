"""Patient-reported outcomes (record, check, trend, on the card and the ward-room
screen) and rounds insights on a small ward with two recorded rounds."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from sqlalchemy import update

from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import (
    CardField,
    Discipline,
    ReviewSection,
    RoundPatientStatus,
    Severity,
    Voice,
)
from rounds_app.errors import PermissionDenied, ValidationError
from rounds_app.services import actions, admissions, cards, reviews, ward_rounds
from rounds_app.services.audience import audience_slides
from rounds_app.services.insights import insights, insights_csv
from rounds_app.services.patient_card import patient_card
from rounds_app.services.proms import PromEntry, prom_trend, record_prom
from rounds_app.storage.database import Database
from rounds_app.storage.models import ActionItem, Admission, WardRound
from tests.factories import small_ward
from tests.storage.query_counting import counted

DISCUSSED, SKIPPED = RoundPatientStatus.DISCUSSED, RoundPatientStatus.SKIPPED
REVIEW_MARKER = "REVIEW-TEXT-NEVER-PROJECTED"
TODAY_MARKER = "Seeing my grandson on Sunday"


def test_record_and_validate_proms(db: Database) -> None:
    ward = small_ward(db, patients=2)
    a, b = ward.admission_ids
    with db.session() as s:
        record_prom(s, ward.nurse, a, PromEntry(3, None, 0, f"  {TODAY_MARKER} "))
    refusals = [
        (PromEntry(None, None, None, "just words"), "at least one score"),
        (PromEntry(11, None, None, ""), "pain score must be from 0 to 10"),
        (PromEntry(None, -1, None, ""), "feeling score must be from 0 to 10"),
        (PromEntry(None, None, True, ""), "whole number"),  # type: ignore[arg-type]
        (PromEntry(None, 2.5, None, ""), "whole number"),  # type: ignore[arg-type]
    ]
    for entry, message in refusals:
        with db.session() as s, pytest.raises(ValidationError, match=message):
            record_prom(s, ward.nurse, a, entry)
    with db.session() as s, pytest.raises(PermissionDenied, match="ward display"):
        record_prom(s, ward.display, a, PromEntry(1, 1, 1, ""))
    with db.session() as s:
        admissions.discharge(s, ward.charge, b)
    with db.session() as s, pytest.raises(ValidationError, match="discharged"):
        record_prom(s, ward.nurse, b, PromEntry(1, 1, 1, ""))
    with db.session() as s:
        [view] = prom_trend(s, ward.display, a)
    assert (view.pain, view.feeling, view.breathlessness) == (3, None, 0)
    assert (view.what_matters_today, view.recorded_by, view.source) == (
        TODAY_MARKER,
        "Nurse",
        "bedside",
    )


def test_trend_card_and_screen(db: Database) -> None:
    ward = small_ward(db, patients=2)
    a, b = ward.admission_ids
    with counted(db) as before, db.session() as s:
        audience_slides(s, ward.display, ward.ward_id)
    for n in range(16):
        with db.session() as s:
            record_prom(s, ward.nurse, a, PromEntry(n % 11, 10 - n % 11, None, TODAY_MARKER))
    with db.session() as s:
        record_prom(s, ward.nurse, b, PromEntry(None, 8, None, ""))
    with db.session() as s:
        reviews.create_review(
            s,
            ward.nurse,
            reviews.ReviewDraft(
                REVIEW_MARKER, a, False, {ReviewSection.WHAT_HAPPENED: REVIEW_MARKER}, (), ()
            ),
        )
    with db.session() as s:
        trend = prom_trend(s, ward.nurse, a)
        assert [v.pain for v in prom_trend(s, ward.nurse, a, limit=3)] == [2, 3, 4]
        card = patient_card(s, ward.nurse, a)
    with counted(db) as after, db.session() as s:
        slides = audience_slides(s, ward.display, ward.ward_id)
    assert len(after) == len(before)  # still a fixed number of queries
    assert [v.pain for v in trend] == [2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1, 2, 3, 4]
    assert [v.recorded_at for v in trend] == sorted(v.recorded_at for v in trend)
    assert card.proms == tuple(trend)
    slide_a, slide_b = slides
    assert slide_a.proms == tuple((v.recorded_at, v.pain, v.feeling, None) for v in trend)
    assert [p[1:] for p in slide_b.proms] == [(None, 8, None)]
    assert REVIEW_MARKER not in repr(slides) and TODAY_MARKER not in repr(slides)


def test_insights_of_a_small_ward(db: Database) -> None:
    ward = small_ward(db, patients=4)
    a, b, c, d = ward.admission_ids
    charge = ward.charge
    round_ids = []
    for attendance, visits in (
        (
            {Discipline.PHARMACY: True, Discipline.NURSING: True, Discipline.SOCIAL_WORK: False},
            [(a, 240, DISCUSSED), (b, 60, SKIPPED), (c, 120, DISCUSSED)],
        ),
        (
            {Discipline.MEDICINE: True},
            [(a, 90, DISCUSSED), (b, 150, DISCUSSED), (c, 60, DISCUSSED)],
        ),
        ({}, [(a, 600, DISCUSSED)]),  # moved out of the span below
    ):
        with db.session() as s:
            round_id = ward_rounds.start_round(s, charge, ward.ward_id)
        for discipline, present in attendance.items():
            with db.session() as s:
                ward_rounds.set_attendance(s, charge, round_id, discipline, present)
        for admission, seconds, outcome in visits:
            with db.session() as s:
                ward_rounds.leave_patient(s, charge, round_id, admission, seconds, outcome)
        with db.session() as s:
            ward_rounds.end_round(s, charge, round_id)
        round_ids.append(round_id)
    with db.session() as s:
        ward_rounds.start_round(s, charge, ward.ward_id)  # running: not counted yet
    now = utc_now()
    with db.session() as s:
        done = actions.open_action(s, charge, a, text="Bloods", owner_discipline="medicine")
    with db.session() as s:
        actions.open_action(s, charge, a, text="Meds", owner_discipline="pharmacy")
    with db.session() as s:
        early = actions.open_action(s, charge, d, text="Transport", owner_discipline="nursing")
    with db.session() as s:
        actions.close_action(s, charge, done, expected_version=1)
    for admission in (a, b):
        with db.session() as s:
            cards.save_field(
                s, charge, admission, CardField.WHAT_MATTERS_MOST, "Home", Voice.PATIENT, 0
            )
    for admission in (b, c):
        with db.session() as s:
            actions.add_contingency(s, charge, admission, condition="If pain", response="then call")
    for admission in (a, b):
        with db.session() as s:
            cards.revisit_goals(s, charge, admission)
    with db.session() as s:
        admissions.discharge(s, charge, d)
    with db.session() as s:
        s.execute(
            update(WardRound)
            .where(WardRound.id == round_ids[2])
            .values(started_at=now - timedelta(days=10))
        )
        s.execute(
            update(ActionItem)
            .where(ActionItem.id == early)
            .values(opened_at=now - timedelta(days=1))
        )
        s.execute(
            update(Admission)
            .where(Admission.id == b)
            .values(goals_revisited_at=now - timedelta(days=5))
        )
        s.execute(update(Admission).where(Admission.id == c).values(one_liner=""))
        # one patient's severity is still not assessed: missing, never counted as stable
        s.execute(update(Admission).where(Admission.id != c).values(severity=Severity.STABLE))
        s.execute(
            update(Admission)
            .where(Admission.id == d)
            .values(expected_discharge_date=date(2020, 1, 1))
        )
        s.commit()
    today = now.astimezone().date()
    start = today - timedelta(days=2)
    with db.session() as s:
        data = insights(s, ward.display, ward.ward_id, start, today)
    first, second = data.rounds
    assert [first.round_id, second.round_id] == round_ids[:2]
    assert (first.patients, first.minutes_per_patient, first.disciplines_present) == (2, 3.0, 2)
    assert (second.patients, second.disciplines_present) == (3, 1)
    assert second.minutes_per_patient == pytest.approx(300 / 60 / 3)
    assert data.what_matters_recorded == pytest.approx(2 / 3)
    assert data.goals_revisited_3_days == pytest.approx(1 / 3)
    assert data.handoff_quality == pytest.approx(
        {
            "severity": 2 / 3,
            "summary": 2 / 3,
            "actions": 1 / 3,
            "contingencies": 2 / 3,
            "what_matters": 2 / 3,
        }
    )
    yesterday = (now - timedelta(days=1)).astimezone().date()
    assert [(p.day, p.opened, p.closed) for p in data.actions] == [
        (start, 0, 0),
        (yesterday, 1, 0),
        (today, 2, 1),
    ]
    [left] = data.discharges
    assert (left.admission_id, left.bed, left.expected, left.actual) == (
        d,
        "7-4",
        date(2020, 1, 1),
        today,
    )

    sections = _csv_sections(insights_csv(data))
    assert list(sections) == ["rounds", "documentation", "actions", "discharges", "handoff_quality"]
    assert sections["rounds"][0] == [
        "round_id",
        "started_at",
        "minutes_per_patient",
        "patients",
        "disciplines_present",
    ]
    assert sections["rounds"][1][2:] == ["3.0", "2", "2"]
    assert sections["documentation"][1:] == [
        ["what_matters_recorded", "0.6667"],
        ["goals_revisited_3_days", "0.3333"],
    ]
    assert sections["actions"][-1] == [today.isoformat(), "2", "1"]
    assert sections["discharges"][1][1:] == [
        "7-4",
        "2020-01-01",
        today.isoformat(),
        str((today - date(2020, 1, 1)).days),
    ]
    assert ["severity", "0.6667"] in sections["handoff_quality"]
    with db.session() as s, pytest.raises(ValidationError, match="ends before"):
        insights(s, ward.nurse, ward.ward_id, today, start)
    with db.session() as s, pytest.raises(ValidationError, match="at most"):
        insights(s, ward.nurse, ward.ward_id, today - timedelta(days=400), today)


def _csv_sections(text: str) -> dict[str, list[list[str]]]:
    found: dict[str, list[list[str]]] = {}
    current: list[list[str]] = []
    for row in csv.reader(io.StringIO(text)):
        if row[:1] == ["section"]:
            current = found.setdefault(row[1], [])
        elif row:
            current.append(row)
    return found


def test_an_empty_span_and_ward(db: Database) -> None:
    ward = small_ward(db, patients=0)
    with db.session() as s:
        data = insights(s, ward.nurse, ward.ward_id, date(2030, 1, 1), date(2030, 1, 1))
    assert data.rounds == () and data.discharges == () and data.what_matters_recorded == 0.0
    assert [(p.opened, p.closed) for p in data.actions] == [(0, 0)]
    assert set(data.handoff_quality.values()) == {0.0}
