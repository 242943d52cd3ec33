"""What the patient may read: the mark on card fields and entries, its defaults by whose
words they are, and that changing it is kept in the history (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from rounds_app.errors import ValidationError
from rounds_app.services import cards, contributions, patient_card
from rounds_app.storage.database import Database
from tests.factories import small_ward


def test_a_card_field_is_shareable_by_default_only_in_the_patients_own_words(
    db: Database,
) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    with db.session() as s:
        own = cards.save_field(s, ward.charge, admission, "hopes", "Home by Easter", "patient", 0)
        family = cards.save_field(s, ward.charge, admission, "worries", "Not coping", "family", 0)
        team = cards.save_field(s, ward.charge, admission, "who_i_am", "Retired", "clinician", 0)
    assert (own.shareable, family.shareable, team.shareable) == (True, False, False)


def test_marking_a_field_shareable_is_a_revision_and_a_voice_change_resets_it(
    db: Database,
) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    with db.session() as s:
        first = cards.save_field(s, ward.charge, admission, "hopes", "Easter", "family", 0)
    with db.session() as s:
        marked = cards.save_field(
            s,
            ward.charge,
            admission,
            "hopes",
            "Easter",
            "family",
            first.version,
            shareable=True,
            language="Spanish",
        )
    with db.session() as s:
        kept = cards.save_field(s, ward.charge, admission, "hopes", "Easter!", "family", 2)
    with db.session() as s:
        history = cards.field_history(s, ward.charge, admission, "hopes")
    assert [(h.shareable, h.language) for h in history] == [
        (False, ""),
        (True, "Spanish"),
        (True, "Spanish"),
    ]
    assert marked.version == 2 and kept.shareable
    with db.session() as s:
        now_clinician = cards.save_field(s, ward.charge, admission, "hopes", "x", "clinician", 3)
    assert not now_clinician.shareable


def test_an_entry_takes_its_default_mark_and_an_amendment_changes_it(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    with db.session() as s:
        own = contributions.add_contribution(
            s, ward.nurse, admission, text="I want to go home", kind="update", discipline="patient"
        )
        family = contributions.add_contribution(
            s,
            ward.nurse,
            admission,
            text="Tell Mum we miss her",
            kind="update",
            discipline="family_carer",
        )
    with db.session() as s:
        with pytest.raises(ValidationError, match="changes nothing"):
            contributions.amend_contribution(
                s, ward.nurse, family, text="Tell Mum we miss her", reason="asked", shareable=False
            )
    with db.session() as s:
        contributions.amend_contribution(
            s,
            ward.nurse,
            family,
            text="Tell Mum we miss her",
            reason="The family asked us to pass it on",
            shareable=True,
        )
    with db.session() as s:
        card = patient_card.patient_card(s, ward.charge, admission)
        history = contributions.entry_history(s, ward.charge, family)
    marks = {c.entry_id: c.shareable for c in card.contributions}
    assert marks == {own: True, family: True}
    assert [v.shareable for v in history] == [False, True]


def test_a_language_is_held_to_its_rule(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s, pytest.raises(ValidationError, match="language"):
        cards.save_field(
            s, ward.charge, ward.admission_ids[0], "hopes", "x", "patient", 0, language="a\nb"
        )
