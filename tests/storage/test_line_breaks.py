"""What a line break means depends on the field: a single-line field (a name, a
medicine's reason, a review action) refuses it; a narrative field keeps it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from rounds_app.domain.enums import ContributionKind, Discipline, MedicationChangeKind, Role
from rounds_app.errors import ValidationError
from rounds_app.services import reviews, users
from rounds_app.services.actor import Actor
from rounds_app.services.contributions import add_contribution
from rounds_app.services.discharge import add_medication_change
from rounds_app.storage.base import Base
from rounds_app.storage.database import Database
from rounds_app.storage.models import Contribution
from tests.factories import small_ward
from tests.storage.review_drafts import draft

FIFTY_LINES = "\n".join(["word"] * 50)


def _rows(db: Database) -> int:
    with db.session() as s:
        return sum(len(s.execute(select(t)).all()) for t in Base.metadata.sorted_tables)


def test_single_line_fields_refuse_a_line_break_and_change_nothing(db: Database) -> None:
    ward = small_ward(db, patients=1)
    before = _rows(db)
    with (
        db.session() as s,
        pytest.raises(
            ValidationError,
            match="^Display name must be one line but holds a line break; put it on one line.$",
        ),
    ):
        users.create_user(
            s,
            Actor.system("test"),
            username="nora",
            display_name="Nora\nHolm",
            discipline=Discipline.NURSING,
            role=Role.CLINICIAN,
            password="correct horse",
        )
    with (
        db.session() as s,
        pytest.raises(ValidationError, match="^The plain-language reason must be one line"),
    ):
        add_medication_change(
            s,
            ward.pharmacist,
            ward.admission_ids[0],
            medication="Warfarin",
            change=MedicationChangeKind.STOPPED,
            reason=FIFTY_LINES,
        )
    action = reviews.ReviewAction("Night-time\r\ntoileting plan", "Ward sister", None)
    with db.session() as s, pytest.raises(ValidationError, match="^The action must be one line"):
        reviews.create_review(s, ward.nurse, draft(actions=(action,)))
    assert _rows(db) == before


def test_a_narrative_field_keeps_its_lines(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        entry = add_contribution(
            s,
            ward.nurse,
            ward.admission_ids[0],
            text=FIFTY_LINES,
            kind=ContributionKind.OBSERVATION,
        )
    with db.session() as s:
        assert s.get(Contribution, entry).text == FIFTY_LINES
