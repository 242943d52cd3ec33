"""Services validate, write, audit and log changes; queries return the ward."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import CardField, ContributionKind, Discipline, Severity, Voice
from rounds_app.errors import ValidationError
from rounds_app.services import (
    actions,
    admissions,
    cards,
    census,
    contributions,
    discharge,
    discharge_plans,
    patient_card,
    ward_rounds,
)
from rounds_app.services.unit import latest_change_id
from rounds_app.storage.database import Database
from rounds_app.storage.models import AuditEvent, Contribution
from tests.factories import small_ward


def _admit(db: Database, ward, bed_index: int, **kwargs):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return admissions.admit(
            s,
            ward.charge,
            ward_id=ward.ward_id,
            bed_id=ward.bed_ids[bed_index],
            patient=admissions.NewPatient(
                mrn=kwargs.pop("mrn", "NEW1"), given_name="Ana", family_name="Silva"
            ),
            **kwargs,
        )


def test_validation_messages_are_one_clear_line(db: Database) -> None:
    ward = small_ward(db, patients=1)
    occupied = "Bed 7-1 is occupied."
    with pytest.raises(ValidationError, match=occupied):
        _admit(db, ward, 0)
    with pytest.raises(ValidationError, match="not a bed on this ward"):
        with db.session() as s:
            admissions.admit(
                s,
                ward.charge,
                ward_id=ward.ward_id,
                bed_id=99999,
                patient=admissions.NewPatient(mrn="X", given_name="A", family_name="B"),
            )
    with pytest.raises(ValidationError, match="^The entry is empty.$"):
        with db.session() as s:
            contributions.add_contribution(
                s, ward.nurse, ward.admission_ids[0], text="   ", kind=ContributionKind.UPDATE
            )
    with pytest.raises(ValidationError, match="4,001 characters long; the limit is 4,000"):
        with db.session() as s:
            contributions.add_contribution(
                s, ward.nurse, ward.admission_ids[0], text="x" * 4001, kind="update"
            )
    with pytest.raises(ValidationError, match="The discharge is before the admission."):
        with db.session() as s:
            admissions.discharge(
                s, ward.charge, ward.admission_ids[0], utc_now() - timedelta(days=30)
            )
    with db.session() as s:
        assert s.execute(select(func.count(Contribution.id))).scalar_one() == 0


def test_discharge_archives_and_frees_the_bed(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        admissions.discharge(s, ward.charge, ward.admission_ids[0])
    with db.session() as s:
        assert census.ward_census(s, ward.charge, ward.ward_id) == []
        card = patient_card.patient_card(s, ward.charge, ward.admission_ids[0])
        assert card.admission.discharged_at is not None
    readmitted = _admit(db, ward, 0, mrn="MRN0000")
    with db.session() as s:
        with pytest.raises(ValidationError, match="archived"):
            cards.save_field(s, ward.charge, ward.admission_ids[0], "hopes", "x", "patient", 0)
        assert [r.admission_id for r in census.ward_census(s, ward.charge, ward.ward_id)] == [
            readmitted
        ]


def test_amendment_keeps_the_original(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    with db.session() as s:
        first = contributions.add_contribution(
            s, ward.pharmacist, admission, text="Held ramipril", kind="recommendation"
        )
    with db.session() as s:
        second = contributions.amend_contribution(
            s, ward.pharmacist, first, text="Held ramipril and metformin", reason="missed one"
        )
    with db.session() as s:
        history = contributions.entry_history(s, ward.nurse, second)
        card = patient_card.patient_card(s, ward.nurse, admission)
    assert [(v.text, v.version) for v in history] == [
        ("Held ramipril", 1),
        ("Held ramipril and metformin", 2),
    ]
    assert [(c.text, c.version, c.entry_id) for c in card.contributions] == [
        ("Held ramipril and metformin", 2, first)
    ]
    assert card.contributions[0].discipline is Discipline.PHARMACY
    with db.session() as s, pytest.raises(ValidationError, match="amend the newest version"):
        contributions.amend_contribution(s, ward.pharmacist, first, text="again", reason="r")


def test_census_counts_and_round_order(db: Database) -> None:
    ward = small_ward(db, patients=3)
    a, b, c = ward.admission_ids
    with db.session() as s:
        contributions.add_contribution(s, ward.nurse, a, text="before the round", kind="update")
    with db.session() as s:
        round_id = ward_rounds.start_round(s, ward.charge, ward.ward_id)
    with db.session() as s:
        ward_rounds.end_round(s, ward.charge, round_id)
    with db.session() as s:
        contributions.add_contribution(s, ward.nurse, a, text="after", kind="observation")
        contributions.add_contribution(
            s, ward.nurse, a, text="private", kind="concern", sensitive=True
        )
    with db.session() as s:
        actions.open_action(
            s, ward.nurse, b, text="Book interpreter", owner_discipline="social_work"
        )
    with db.session() as s:
        cards.revisit_goals(s, ward.charge, c)
    with db.session() as s:
        admissions.reorder_round(s, ward.charge, ward.ward_id, [c, a, b])
    with db.session() as s:
        rows = census.ward_census(s, ward.nurse, ward.ward_id)
        shown = census.ward_census(s, ward.display, ward.ward_id)
    assert [r.admission_id for r in rows] == [c, a, b]
    assert [r.new_entries for r in rows] == [0, 2, 0]
    assert [r.new_entries for r in shown] == [0, 1, 0]  # the screen never counts sensitive
    assert [r.open_actions for r in rows] == [0, 0, 1]
    assert [r.goals_stale for r in rows] == [False, True, True]


def test_severity_change_makes_goals_due_again(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    with db.session() as s:
        cards.revisit_goals(s, ward.charge, admission)
    with db.session() as s:
        version = patient_card.patient_card(s, ward.charge, admission).admission.version
        admissions.update_summary(
            s,
            ward.charge,
            admission,
            admissions.SummaryEdit(version, Severity.UNSTABLE, "worse overnight", None),
        )
    with db.session() as s:
        assert census.ward_census(s, ward.charge, ward.ward_id)[0].goals_stale


def test_card_field_revisions_and_history(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    with db.session() as s:
        v1 = cards.save_field(
            s,
            ward.charge,
            admission,
            CardField.WHAT_MATTERS_MOST,
            "Getting home to my cat",
            Voice.PATIENT,
            0,
        )
    with db.session() as s:
        v2 = cards.save_field(
            s,
            ward.charge,
            admission,
            CardField.WHAT_MATTERS_MOST,
            "Getting home to Mishka, my cat",
            Voice.PATIENT,
            v1.version,
        )
    with db.session() as s:
        history = cards.field_history(s, ward.nurse, admission, "what_matters_most")
        card = patient_card.patient_card(s, ward.nurse, admission)
    assert [h.text for h in history] == ["Getting home to my cat", "Getting home to Mishka, my cat"]
    assert history[-1].edited_by == "Charge"
    assert card.fields[CardField.WHAT_MATTERS_MOST].version == v2.version == 2
    assert card.fields[CardField.HOPES].version == 0


def test_discharge_plan_starts_with_checklist(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    with db.session() as s:
        discharge.save_plan(
            s,
            ward.pharmacist,
            admission,
            discharge.PlanEdit(0, "Home with daughter", "stairs", "", ""),
        )
    with db.session() as s:
        discharge.add_medication_change(
            s,
            ward.pharmacist,
            admission,
            medication="Furosemide",
            change="new",
            reason="Helps your body get rid of fluid.",
        )
    with db.session() as s:
        plan = patient_card.patient_card(s, ward.nurse, admission).discharge_plan
        assert plan is not None
        discharge.tick_checklist_item(s, ward.pharmacist, plan.checklist[0].id, True)
    with db.session() as s:
        plan = patient_card.patient_card(s, ward.nurse, admission).discharge_plan
    assert plan is not None
    assert plan.destination == "Home with daughter"
    assert plan.readiness == (1, len(discharge_plans.DEFAULT_CHECKLIST))
    assert plan.checklist[0].done_by == "Pharm"
    assert plan.medication_changes[0].change.value == "new"


def test_every_write_is_audited_and_logged_without_text(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        before = latest_change_id(s)
        contributions.add_contribution(
            s, ward.nurse, ward.admission_ids[0], text="Secret words Ωμέγα", kind="update"
        )
    with db.session() as s:
        assert latest_change_id(s) == before + 1
        last = s.execute(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).scalar_one()
    assert (last.action, last.actor) == ("contribution.add", "nurse")
    assert "Secret" not in f"{last.fields}{last.entity}{last.action}"


def test_contributions_since_filters_by_discipline(db: Database) -> None:
    ward = small_ward(db, patients=2)
    a, b = ward.admission_ids
    with db.session() as s:
        contributions.add_contribution(s, ward.nurse, a, text="n1", kind="update")
        contributions.add_contribution(s, ward.pharmacist, b, text="p1", kind="update")
    with db.session() as s:
        found = patient_card.current_contributions(
            s,
            ward.nurse,
            ward_id=ward.ward_id,
            since=utc_now() - timedelta(hours=1),
            discipline=Discipline.PHARMACY,
        )
    assert [c.text for c in found] == ["p1"]
