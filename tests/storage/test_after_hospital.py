"""The after-hospital parts of the plan: why in hospital, pending tests, whom to call
and teach-backs; their rules and their place on the card (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest

from rounds_app.domain.enums import CallWhen, TaughtTo, Understood
from rounds_app.errors import PermissionDenied, ValidationError
from rounds_app.services import after_hospital, discharge, patient_card
from rounds_app.services.actor import Actor
from rounds_app.storage.database import Database
from tests.factories import small_ward


def test_the_after_hospital_rows_reach_the_card(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    with db.session() as s:
        version = discharge.save_plan(
            s,
            ward.nurse,
            admission,
            discharge.PlanEdit(0, "Home", "", "", "", why_in_hospital="A chest infection."),
        )
    with db.session() as s:
        # a save that leaves it out keeps what a clinician wrote for the patient
        discharge.save_plan(
            s, ward.nurse, admission, discharge.PlanEdit(version, "Home!", "", "", "")
        )
    with db.session() as s:
        after_hospital.add_pending_test(
            s, ward.nurse, admission, test="Blood culture", told_by="Your GP", due=date(2030, 1, 9)
        )
        gone = after_hospital.add_pending_test(
            s, ward.nurse, admission, test="Wrong one", told_by="Nobody"
        )
        after_hospital.remove_pending_test(s, ward.nurse, gone)
        after_hospital.add_call_contact(
            s, ward.nurse, admission, name="Ward 7", phone="+44 (20) 7946-0700", answers="any_time"
        )
        after_hospital.add_call_contact(
            s,
            ward.nurse,
            admission,
            name="GP",
            phone="020 7946 0123",
            answers="hours",
            hours="Weekdays 8 to 6",
        )
        after_hospital.record_teach_back(
            s,
            ward.nurse,
            admission,
            topic="Inhaler",
            taught_to="family",
            taught_name="Sofia",
            understood="partly",
        )
    with db.session() as s:
        plan = patient_card.patient_card(s, ward.charge, admission).discharge_plan
    assert plan is not None
    assert plan.why_in_hospital == "A chest infection." and plan.destination == "Home!"
    assert [(t.test, t.due) for t in plan.after.pending_tests] == [
        ("Blood culture", date(2030, 1, 9))
    ]
    assert [(c.name, c.answers, c.hours) for c in plan.after.call_contacts] == [
        ("Ward 7", CallWhen.ANY_TIME, ""),
        ("GP", CallWhen.HOURS, "Weekdays 8 to 6"),
    ]
    (taught,) = plan.after.teach_backs
    assert (taught.taught_to, taught.taught_name, taught.understood, taught.taught_by) == (
        TaughtTo.FAMILY,
        "Sofia",
        Understood.PARTLY,
        ward.nurse.display_name,
    )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (dict(name="GP", phone="call me", answers="day"), "phone number may hold only digits"),
        (dict(name="GP", phone="+ ()", answers="day"), "phone number may hold only digits"),
        (dict(name="GP", phone="0123", answers="hours"), "hours is empty"),
        (dict(name="", phone="0123", answers="day"), "name or service to call is empty"),
        (dict(name="GP", phone="0123", answers="weekends"), "is not one of"),
    ],
)
def test_a_bad_number_to_call_is_refused_in_one_line(
    db: Database, call: dict[str, str], message: str
) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s, pytest.raises(ValidationError, match=message):
        after_hospital.add_call_contact(s, ward.nurse, ward.admission_ids[0], **call)


def test_a_teach_back_names_the_family_member_and_is_signed_by_a_person(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    with db.session() as s, pytest.raises(ValidationError, match="Who was taught is empty"):
        after_hospital.record_teach_back(
            s, ward.nurse, admission, topic="Insulin", taught_to="carer", understood="yes"
        )
    with db.session() as s, pytest.raises(PermissionDenied):
        after_hospital.record_teach_back(
            s,
            Actor.system("script"),
            admission,
            topic="Insulin",
            taught_to="patient",
            understood="yes",
        )
