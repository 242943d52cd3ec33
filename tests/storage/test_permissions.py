"""Roles are enforced by the services, whatever the screen offers."""

from __future__ import annotations

import pytest

from rounds_app.errors import PermissionDenied
from rounds_app.services import (
    actions,
    admissions,
    cards,
    contributions,
    discharge,
    users,
    wards,
)
from rounds_app.services.unit import latest_change_id
from rounds_app.storage.database import Database
from tests.factories import small_ward


def test_ward_display_writes_nothing(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    screen = ward.display
    attempts = [
        lambda s: cards.save_field(s, screen, admission, "hopes", "x", "patient", 0),
        lambda s: cards.revisit_goals(s, screen, admission),
        lambda s: contributions.add_contribution(s, screen, admission, text="x", kind="update"),
        lambda s: actions.open_action(s, screen, admission, text="x", owner_discipline="nursing"),
        lambda s: actions.add_contingency(s, screen, admission, condition="if", response="then"),
        lambda s: discharge.save_plan(
            s, screen, admission, discharge.PlanEdit(0, "Home", "", "", "")
        ),
        lambda s: admissions.discharge(s, screen, admission),
        lambda s: admissions.reorder_round(s, screen, ward.ward_id, [admission]),
        lambda s: wards.create_ward(s, screen, code="X", name="X"),
        lambda s: users.list_users(s, screen),
    ]
    with db.session() as s:
        before = latest_change_id(s)
    for attempt in attempts:
        with db.session() as s, pytest.raises(PermissionDenied, match="ward display account"):
            attempt(s)
    with db.session() as s:
        assert latest_change_id(s) == before


def test_clinician_cannot_amend_someone_elses_entry(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        entry = contributions.add_contribution(
            s, ward.pharmacist, ward.admission_ids[0], text="Held ramipril", kind="update"
        )
    with db.session() as s, pytest.raises(PermissionDenied, match="Only the author"):
        contributions.amend_contribution(s, ward.nurse, entry, text="Restarted", reason="wrong")
    with db.session() as s:
        history = contributions.entry_history(s, ward.nurse, entry)
    assert [v.text for v in history] == ["Held ramipril"]


def test_clinician_cannot_edit_cards_or_admit(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s, pytest.raises(PermissionDenied, match="clinician account cannot"):
        cards.save_field(s, ward.nurse, ward.admission_ids[0], "hopes", "x", "patient", 0)
    with db.session() as s, pytest.raises(PermissionDenied):
        admissions.admit(
            s,
            ward.nurse,
            ward_id=ward.ward_id,
            bed_id=ward.bed_ids[3],
            patient=admissions.NewPatient(mrn="Z", given_name="A", family_name="B"),
        )
