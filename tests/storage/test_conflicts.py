"""No lost updates: the second of two saves from the same version is refused with
both versions, and neither text is lost."""

from __future__ import annotations

import pytest

from rounds_app.domain.enums import CardField, Severity, Voice
from rounds_app.errors import ConflictError
from rounds_app.services import admissions, cards, discharge, patient_card
from rounds_app.storage.database import Database
from tests.factories import small_ward


def test_second_save_of_the_same_card_field_conflicts(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    field = CardField.HOME_AND_SUPPORTS
    with db.session() as s:
        cards.save_field(s, ward.charge, admission, field, "Lives alone", Voice.CLINICIAN, 0)
    # two workstations open the card at the same version
    with db.session() as first, db.session() as second:
        opened_first = patient_card.patient_card(first, ward.charge, admission).fields[field]
        opened_second = patient_card.patient_card(second, ward.charge, admission).fields[field]
    with db.session() as s:
        cards.save_field(
            s,
            ward.charge,
            admission,
            field,
            "Lives alone; daughter visits daily",
            Voice.FAMILY,
            opened_first.version,
        )
    with db.session() as s, pytest.raises(ConflictError) as raised:
        cards.save_field(
            s,
            ward.charge,
            admission,
            field,
            "Lives alone with two cats, 3 steps",
            Voice.PATIENT,
            opened_second.version,
        )
    conflict = raised.value
    assert conflict.mine.values == {
        "text": "Lives alone with two cats, 3 steps",
        "voice": "patient",
        "shareable": True,
        "language": "",
    }
    assert conflict.theirs.values == {
        "text": "Lives alone; daughter visits daily",
        "voice": "family",
        "shareable": False,
        "language": "",
    }
    assert conflict.theirs.edited_by == "Charge"
    assert conflict.theirs.version == opened_second.version + 1
    with db.session() as s:
        stored = patient_card.patient_card(s, ward.charge, admission).fields[field]
        history = cards.field_history(s, ward.charge, admission, field)
    assert stored.text == "Lives alone; daughter visits daily"
    assert [h.text for h in history] == ["Lives alone", "Lives alone; daughter visits daily"]
    # the user merges: saving on top of the version they were shown succeeds
    with db.session() as s:
        merged = cards.save_field(
            s,
            ward.charge,
            admission,
            field,
            "Lives alone with two cats, 3 steps; daughter visits daily",
            Voice.FAMILY,
            conflict.theirs.version,
        )
    assert merged.version == conflict.theirs.version + 1


def test_first_write_of_a_field_by_two_people_conflicts(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    with db.session() as s:
        cards.save_field(s, ward.charge, admission, "hopes", "To see spring", "patient", 0)
    with db.session() as s, pytest.raises(ConflictError) as raised:
        cards.save_field(s, ward.charge, admission, "hopes", "To dance at the wedding", "family", 0)
    assert raised.value.theirs.values["text"] == "To see spring"
    assert raised.value.mine.values["text"] == "To dance at the wedding"


def test_stale_summary_and_plan_saves_conflict(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    edit = admissions.SummaryEdit(1, Severity.WATCHER, "CAP day 2", None)
    with db.session() as s:
        admissions.update_summary(s, ward.charge, admission, edit)
    with db.session() as s, pytest.raises(ConflictError) as raised:
        admissions.update_summary(
            s, ward.charge, admission, admissions.SummaryEdit(1, "unstable", "CAP, worse", None)
        )
    assert raised.value.theirs.values["one_liner"] == "CAP day 2"
    with db.session() as s:
        version = discharge.save_plan(
            s, ward.nurse, admission, discharge.PlanEdit(0, "Home", "", "", "")
        )
    with db.session() as s:
        discharge.save_plan(
            s,
            ward.pharmacist,
            admission,
            discharge.PlanEdit(version, "Home with carers", "", "", ""),
        )
    with db.session() as s, pytest.raises(ConflictError) as raised:
        discharge.save_plan(
            s, ward.nurse, admission, discharge.PlanEdit(version, "Nursing home", "", "", "")
        )
    assert raised.value.theirs.values["destination"] == "Home with carers"
    assert raised.value.theirs.edited_by == "Pharm"
