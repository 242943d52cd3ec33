"""Medicines and follow-ups on the discharge copies never mislead: "no changes" only
once the medicines are reconciled, only decided changes with their dose, no time for
an appointment nobody booked, and the contradictions refused or shown to the team."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rounds_app.domain.clock import utc_now
from rounds_app.errors import ConflictError, PermissionDenied, ValidationError
from rounds_app.reports.service import print_discharge
from rounds_app.services import discharge, discharge_medicines, patient_card, safety_facts
from rounds_app.services.discharge_follow_ups import FollowUpDetails, edit_follow_up
from rounds_app.storage.database import Database
from rounds_app.storage.models import Admission
from tests.factories import Ward, small_ward
from tests.reports.pdf import text

NO_CHANGES = "There are no changes to your medicines"


def _copy(db: Database, ward: Ward, audience: str = "patient") -> str:
    with db.session() as s:
        pdf = print_discharge(s, ward.nurse, ward.admission_ids[0], audience=audience)
    return " ".join(text(pdf).split())  # one space between words, whatever the layout


def _change(db: Database, ward: Ward, **values: str) -> int:
    values = {
        "medication": "Dapagliflozin",
        "change": "new",
        "reason": "Protects your heart",
    } | values
    with db.session() as s:
        return discharge.add_medication_change(s, ward.nurse, ward.admission_ids[0], **values)


def _reconcile(db: Database, ward: Ward, done: bool = True) -> None:
    with db.session() as s:
        discharge_medicines.record_reconciliation(s, ward.pharmacist, ward.admission_ids[0], done)


def _plan(db: Database, ward: Ward) -> patient_card.DischargePlanView:
    with db.session() as s:
        plan = patient_card.patient_card(s, ward.nurse, ward.admission_ids[0]).discharge_plan
    assert plan is not None
    return plan


def test_no_changes_only_once_reconciled_and_undo_takes_it_back(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        discharge.save_plan(
            s, ward.nurse, ward.admission_ids[0], discharge.PlanEdit(0, "", "", "", "")
        )
    copy = _copy(db, ward)
    assert NO_CHANGES not in copy and "We are still checking your medicines" in copy
    with db.session() as s, pytest.raises(PermissionDenied, match="pharmacist or a physician"):
        discharge_medicines.record_reconciliation(s, ward.nurse, ward.admission_ids[0], True)
    _reconcile(db, ward)
    assert NO_CHANGES in _copy(db, ward)
    assert _plan(db, ward).reconciliation.done_by == "Pharm"  # type: ignore[union-attr]
    _reconcile(db, ward, done=False)
    assert NO_CHANGES not in _copy(db, ward)


def test_only_decided_changes_with_a_dose_print(db: Database) -> None:
    ward = small_ward(db, patients=1)
    undecided = _change(db, ward, medication="Zopiclone", change="changed", dose="3.75 mg")
    doseless = _change(db, ward, medication="Furosemide")
    _reconcile(db, ward)
    copy = _copy(db, ward)
    assert "Zopiclone" not in copy and "Furosemide" not in copy and NO_CHANGES not in copy
    assert "Some changes to your medicines are not decided yet" in copy
    with db.session() as s, pytest.raises(ValidationError, match="^Give the dose before"):
        discharge_medicines.decide_medication_change(s, ward.pharmacist, doseless, 1, True)
    with db.session() as s, pytest.raises(ValidationError, match="changed from"):
        discharge_medicines.decide_medication_change(s, ward.pharmacist, undecided, 1, True)
    edit = discharge_medicines.MedicationChangeEdit(
        1, "Zopiclone", "changed", "3.75 mg", "At night", "7.5 mg", "Less drowsy"
    )
    with db.session() as s:
        version = discharge_medicines.edit_medication_change(s, ward.nurse, undecided, edit)
    with db.session() as s:
        discharge_medicines.decide_medication_change(s, ward.pharmacist, undecided, version, True)
    copy = _copy(db, ward)
    assert "Zopiclone Dose: 3.75 mg How to take it: At night Before, it was: 7.5 mg" in copy
    assert "Furosemide" not in copy
    team = _copy(db, ward, "team")
    assert "NOT DECIDED" in team and "Furosemide" in team


def test_editing_a_decided_change_undecides_it_and_a_stale_edit_is_refused(db: Database) -> None:
    ward = small_ward(db, patients=1)
    change = _change(db, ward, dose="10 mg")
    with db.session() as s:
        version = discharge_medicines.decide_medication_change(s, ward.pharmacist, change, 1, True)
    edit = discharge_medicines.MedicationChangeEdit(
        version, "Dapagliflozin", "new", "5 mg", "", "", "x"
    )
    with db.session() as s:
        discharge_medicines.edit_medication_change(s, ward.nurse, change, edit)
    assert not _plan(db, ward).medication_changes[0].decided
    with db.session() as s, pytest.raises(ConflictError):
        discharge_medicines.edit_medication_change(s, ward.nurse, change, edit)  # stale now


def test_keep_taking_lists_the_medicines_less_those_changed_once_reconciled(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        patient = s.get(Admission, ward.admission_ids[0]).patient_id  # type: ignore[union-attr]
    for name in ("Ramipril", "Furosemide", "Sodium chloride 0.9%"):
        with db.session() as s:
            route = "intravenous" if name.startswith("Sodium") else "oral"
            safety_facts.save_medication(
                s, ward.nurse, patient, name=name, dosage="5 mg", route=route
            )
    change = _change(db, ward, medication="Furosemide (water tablet)", change="stopped")
    with db.session() as s:
        discharge_medicines.decide_medication_change(s, ward.pharmacist, change, 1, True)
    assert "Medicines to keep taking" not in _copy(
        db, ward
    )  # not reconciled: the list may be wrong
    _reconcile(db, ward)
    copy = _copy(db, ward)
    keep = copy.split("Medicines to keep taking", 1)[1].split("Your allergies", 1)[0]
    assert "Ramipril Dose: 5 mg, oral" in keep
    assert "Furosemide" not in keep and "Sodium chloride" not in keep


def test_appointments_booked_and_not_and_the_follow_up_tick(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    soon = utc_now() + timedelta(days=7)
    with db.session() as s, pytest.raises(ValidationError, match="date and time"):
        discharge.add_follow_up(s, ward.nurse, admission, with_whom="GP", booked=True)
    with db.session() as s, pytest.raises(ValidationError, match="^Say who will contact"):
        discharge.add_follow_up(s, ward.nurse, admission, with_whom="GP")
    with db.session() as s, pytest.raises(ValidationError, match="no time yet"):
        discharge.add_follow_up(s, ward.nurse, admission, with_whom="GP", when=soon, contact_by="x")
    with db.session() as s, pytest.raises(ValidationError, match=r"only digits, spaces, \+"):
        discharge.add_follow_up(
            s, ward.nurse, admission, with_whom="GP", contact_by="x", phone="ring me"
        )
    with db.session() as s:
        discharge.add_follow_up(
            s,
            ward.nurse,
            admission,
            with_whom="Heart clinic",
            booked=True,
            when=soon,
            place_kind="hospital_clinic",
            where="Level 2",
            phone="+44 (0)161 496-0123",
        )
    with db.session() as s:
        gp = discharge.add_follow_up(
            s,
            ward.nurse,
            admission,
            with_whom="GP",
            place_kind="gp_surgery",
            contact_by="The ward clerk",
            contact_by_date=date.today() + timedelta(days=3),
        )
    copy = _copy(db, ward)
    assert "Where: Hospital clinic, Level 2 Phone: +44 (0)161 496-0123" in copy
    gp_part = copy.split("• GP", 1)[1]
    assert "This appointment is not booked yet. Who will contact you: The ward clerk" in gp_part
    assert "When:" not in gp_part and f"{soon:%H:%M}" not in gp_part  # no time unbooked
    follow_up_item = next(i for i in _plan(db, ward).checklist if i.item == "Follow-up booked")
    with (
        db.session() as s,
        pytest.raises(ValidationError, match="^1 follow-up appointment is not booked yet"),
    ):
        discharge.tick_checklist_item(s, ward.nurse, follow_up_item.id, True)
    details = FollowUpDetails("GP", booked=True, when=soon, place_kind="gp_surgery")
    with db.session() as s:
        edit_follow_up(s, ward.nurse, gp, 1, details)
    with db.session() as s:
        discharge.tick_checklist_item(s, ward.nurse, follow_up_item.id, True)
    assert "Where: GP surgery" in _copy(db, ward)


def test_the_team_copy_shows_the_contradictions_and_the_patient_a_passed_day(db: Database) -> None:
    ward = small_ward(db, patients=1)
    change = _change(db, ward, dose="10 mg")
    with db.session() as s:
        discharge_medicines.decide_medication_change(s, ward.pharmacist, change, 1, True)
    with db.session() as s:
        admission = s.get(Admission, ward.admission_ids[0])
        assert admission is not None
        admission.expected_discharge_date = date.today() - timedelta(days=2)
        s.commit()
    team = _copy(db, ward, "team")
    assert "Check before discharge" in team
    assert "1 medicine change is decided, but the medicines are not reconciled." in team
    assert "has passed" in team
    patient = _copy(db, ward)
    assert "That day has passed. Your nurse will tell you the new day." in patient
    assert "We expect you to leave" not in patient
