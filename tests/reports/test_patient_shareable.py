"""The patient's copy prints only what the patient may read, saying whose words they
are, and the after-hospital sections; the team's copy holds the teach-back record with
the allergies and code status (read back from the PDFs; SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest

from rounds_app.reports.service import print_discharge
from rounds_app.services import after_hospital, cards, contributions, discharge
from rounds_app.storage.database import Database
from tests.factories import Ward, small_ward
from tests.reports.pdf import shows, text

FAMILY_FIELD = "I'm not sure she's been coping"
FAMILY_ENTRY = "Her son thinks she hides how bad the pain is"
TEAM_ENTRY = "Needs district nurse for dressings"
SHARED_FAMILY = "Santiago asks every night when you are coming home"
SHARED_TEAM = "We will ring you on Friday about the scan"
OWN_WORDS = "I want to be home for my grandson"


@pytest.fixture
def ward(db: Database) -> Ward:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    with db.session() as s:
        cards.save_field(s, ward.charge, admission, "what_matters_most", OWN_WORDS, "patient", 0)
        cards.save_field(s, ward.charge, admission, "hopes", FAMILY_FIELD, "family", 0)
    for words, discipline, shareable in (
        (FAMILY_ENTRY, "family_carer", None),
        (TEAM_ENTRY, "nursing", None),
        (SHARED_FAMILY, "family_carer", True),
        (SHARED_TEAM, "medicine", True),
    ):
        with db.session() as s:
            contributions.add_contribution(
                s,
                ward.nurse,
                admission,
                text=words,
                kind="update",
                discipline=discipline,
                shareable=shareable,
            )
    with db.session() as s:
        # marked shareable, but sensitive: it never leaves the team
        contributions.add_contribution(
            s,
            ward.nurse,
            admission,
            text="Sensitive but marked",
            kind="update",
            discipline="patient",
            sensitive=True,
            shareable=True,
        )
    with db.session() as s:
        discharge.save_plan(
            s,
            ward.nurse,
            admission,
            discharge.PlanEdit(
                0,
                "Home",
                "",
                "",
                "Sofia has the numbers on the fridge.",
                why_in_hospital="You had a chest infection.",
            ),
        )
        after_hospital.add_pending_test(
            s,
            ward.nurse,
            admission,
            test="Sputum culture",
            told_by="Dr Osei at your GP",
            due=date(2030, 3, 4),
        )
        after_hospital.add_call_contact(
            s,
            ward.nurse,
            admission,
            name="Respiratory nurses",
            phone="020 7946 0555",
            answers="hours",
            hours="Weekdays 9 to 5",
        )
        after_hospital.add_call_contact(
            s, ward.nurse, admission, name="NHS 111", phone="111", answers="night"
        )
        after_hospital.record_teach_back(
            s,
            ward.nurse,
            admission,
            topic="Using the inhaler spacer",
            taught_to="family",
            taught_name="Sofia Georgiou",
            understood="partly",
        )
    return ward


def _copy(db: Database, ward: Ward, audience: str) -> str:
    with db.session() as s:
        return text(print_discharge(s, ward.charge, ward.admission_ids[0], audience=audience))


def test_the_patient_copy_prints_only_what_the_patient_may_read(db: Database, ward: Ward) -> None:
    printed = _copy(db, ward, "patient")
    for withheld in (FAMILY_FIELD, FAMILY_ENTRY, TEAM_ENTRY, "Sensitive but marked"):
        assert not shows(printed, withheld), withheld
    assert shows(printed, f"You told us: “{OWN_WORDS}”")
    assert shows(printed, f"Your family told us: “{SHARED_FAMILY}”")
    assert shows(printed, f"Your care team wrote: “{SHARED_TEAM}”")
    assert not shows(printed, "We understood")


def test_the_patient_copy_prints_the_after_hospital_sections(db: Database, ward: Ward) -> None:
    printed = _copy(db, ward, "patient")
    for expected in (
        "Why you were in hospital",
        "You had a chest infection.",
        "Sputum culture",
        "Who will tell you: Dr Osei at your GP",
        "They will tell you by Monday 4 March 2030.",
        "Who to call",
        "Respiratory nurses",
        "Phone: 020 7946 0555",
        "When: Weekdays 9 to 5",
        "When: At night",
        "Sofia has the numbers on the fridge.",
    ):
        assert shows(printed, expected), expected
    # the record of who was taught is the team's, not the patient's
    assert not shows(printed, "Using the inhaler spacer")


def test_the_team_copy_holds_the_teach_back_allergies_and_code_status(
    db: Database, ward: Ward
) -> None:
    printed = _copy(db, ward, "team")
    for expected in (
        "Teach-back",
        "Using the inhaler spacer",
        "family: Sofia Georgiou",
        "partly",
        ward.nurse.display_name,
        "Code status and ceiling of treatment",
        "Allergies not yet asked",
        "Sputum culture",
        "Respiratory nurses",
        "shared with the patient",
    ):
        assert shows(printed, expected), expected
