"""A round as it happens: order, attendance, time, outcomes, captured entries, the
read-back of new actions, and what the ward-room screen may show."""

from __future__ import annotations

from datetime import date

import pytest

from rounds_app.domain.enums import Discipline, RoundPatientStatus
from rounds_app.errors import PermissionDenied, ValidationError
from rounds_app.services import actions, admissions, cards, contributions, ward_rounds
from rounds_app.services.audience import audience_slides
from rounds_app.services.round_summary import round_summary, running_round
from rounds_app.storage.database import Database
from tests.factories import small_ward

DISCUSSED, SKIPPED = RoundPatientStatus.DISCUSSED, RoundPatientStatus.SKIPPED


def test_a_round_records_time_outcomes_attendance_and_read_back(db: Database) -> None:
    ward = small_ward(db, patients=3)
    a, b, c = ward.admission_ids
    charge = ward.charge
    with db.session() as s:
        round_id = ward_rounds.start_round(s, charge, ward.ward_id, target_seconds=240)
    with db.session() as s:
        assert running_round(s, charge, ward.ward_id) == round_id
        ward_rounds.set_attendance(s, charge, round_id, Discipline.PHARMACY, True)
    with db.session() as s:
        ward_rounds.set_attendance(s, charge, round_id, Discipline.SOCIAL_WORK, False)
    with db.session() as s:
        action = actions.open_action(
            s, charge, a, text="Reconcile meds", owner_discipline="pharmacy", round_id=round_id
        )
    with db.session() as s:
        contributions.add_contribution(
            s,
            charge,
            a,
            text="Pharmacy: held ramipril",
            kind="update",
            discipline="pharmacy",
            round_id=round_id,
        )
    with db.session() as s:
        assert ward_rounds.read_back(s, charge, round_id, a) == [action]
    with db.session() as s:
        assert ward_rounds.read_back(s, charge, round_id, a) == []  # read back once
    visits = [(a, 200, DISCUSSED), (b, 30, SKIPPED), (c, 150, DISCUSSED), (b, 90, DISCUSSED)]
    for admission, seconds, outcome in visits:
        with db.session() as s:
            ward_rounds.leave_patient(s, charge, round_id, admission, seconds, outcome)
    with db.session() as s:
        ward_rounds.end_round(s, charge, round_id)
    with db.session() as s:
        summary = round_summary(s, ward.nurse, round_id)
        assert running_round(s, charge, ward.ward_id) is None
    assert [p.admission_id for p in summary.patients] == [a, b, c]
    assert [p.seconds for p in summary.patients] == [200, 120, 150]
    assert summary.count(DISCUSSED) == 3 and summary.count(SKIPPED) == 0
    assert summary.minutes == pytest.approx(470 / 60)
    assert (summary.patients[0].actions_created, summary.patients[0].actions_read_back) == (1, 1)
    assert summary.patients[0].contributions_captured == 1
    assert summary.actions_created == 1
    assert summary.present == (Discipline.PHARMACY,)
    assert summary.absent == (Discipline.SOCIAL_WORK,)
    assert summary.target_seconds == 240 and summary.ended_at is not None


def test_round_rules(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s, pytest.raises(PermissionDenied):
        ward_rounds.start_round(s, ward.nurse, ward.ward_id)
    with db.session() as s:
        round_id = ward_rounds.start_round(s, ward.charge, ward.ward_id)
    with db.session() as s, pytest.raises(ValidationError, match="already running"):
        ward_rounds.start_round(s, ward.charge, ward.ward_id)
    with db.session() as s, pytest.raises(ValidationError, match="not in the round"):
        ward_rounds.leave_patient(s, ward.charge, round_id, 99999, 10)
    with db.session() as s:
        ward_rounds.end_round(s, ward.charge, round_id)
    with db.session() as s, pytest.raises(ValidationError, match="has ended"):
        contributions.add_contribution(
            s, ward.charge, ward.admission_ids[0], text="x", kind="update", round_id=round_id
        )


def test_the_screen_never_gets_identifiers_birth_dates_or_sensitive_entries(
    db: Database,
) -> None:
    ward = small_ward(db, patients=0)
    with db.session() as s:
        admission = admissions.admit(
            s,
            ward.charge,
            ward_id=ward.ward_id,
            bed_id=ward.bed_ids[0],
            patient=admissions.NewPatient(
                mrn="MRN-778899",
                given_name="Ελένη",
                family_name="Papadopoulou",
                preferred_name="Leni",
                date_of_birth=date(1941, 3, 17),
                other_identifiers="NHS|943 476 5919",
            ),
            one_liner="CAP day 3",
        )
    with db.session() as s:
        cards.save_field(
            s, ward.charge, admission, "what_matters_most", "Getting home to Mishka", "patient", 0
        )
    with db.session() as s:
        contributions.add_contribution(
            s, ward.nurse, admission, text="Disclosed SECRET-TRAUMA", kind="concern", sensitive=True
        )
        contributions.add_contribution(
            s, ward.pharmacist, admission, text="Held ramipril", kind="update"
        )
    with db.session() as s:
        (private,) = audience_slides(s, ward.charge, ward.ward_id)
        (revealed,) = audience_slides(s, ward.charge, ward.ward_id, reveal_names=True)
    shown = repr(private)
    for secret in ("MRN-778899", "943 476 5919", "1941", "SECRET-TRAUMA", "Papadopoulou", "Leni"):
        assert secret not in shown
    assert private.name == "ΕP" and not private.names_revealed
    assert private.what_matters_most == "Getting home to Mishka"
    assert [(n.discipline, n.texts) for n in private.news] == [
        (Discipline.PHARMACY, ("Held ramipril",))
    ]
    assert revealed.name == "Leni Papadopoulou" and revealed.names_revealed
    assert "SECRET-TRAUMA" not in repr(revealed)


def test_news_counts_from_the_last_finished_round(db: Database) -> None:
    ward = small_ward(db, patients=1)
    (admission,) = ward.admission_ids
    with db.session() as s:
        contributions.add_contribution(s, ward.nurse, admission, text="old", kind="update")
    with db.session() as s:
        first = ward_rounds.start_round(s, ward.charge, ward.ward_id)
    with db.session() as s:
        ward_rounds.end_round(s, ward.charge, first)
    with db.session() as s:
        contributions.add_contribution(s, ward.nurse, admission, text="new", kind="update")
    with db.session() as s:
        ward_rounds.start_round(s, ward.charge, ward.ward_id)
    with db.session() as s:
        (slide,) = audience_slides(s, ward.charge, ward.ward_id)
    assert [n.texts for n in slide.news] == [("new",)]


def test_a_patient_on_screen_is_reached_even_without_an_outcome(db: Database) -> None:
    """Leaving a patient means they were on the screen: seen, unless marked otherwise;
    only a patient never shown is "not reached"."""
    ward = small_ward(db, patients=4)
    a, b, c, d = ward.admission_ids
    with db.session() as s:
        round_id = ward_rounds.start_round(s, ward.charge, ward.ward_id)
    visits = [(a, 0, None), (b, 30, SKIPPED), (c, 45, DISCUSSED), (b, 20, None), (c, 5, None)]
    for admission, seconds, outcome in visits:
        with db.session() as s:
            ward_rounds.leave_patient(s, ward.charge, round_id, admission, seconds, outcome)
    with db.session() as s:
        summary = round_summary(s, ward.charge, round_id)
    assert [(p.status, p.seconds) for p in summary.patients] == [
        (RoundPatientStatus.SEEN, 0),  # on screen with the timer paused: still reached
        (SKIPPED, 50),  # back to it, no outcome this time: still skipped
        (DISCUSSED, 50),
        (RoundPatientStatus.PENDING, 0),
    ]
    assert summary.count(RoundPatientStatus.PENDING) == 1
