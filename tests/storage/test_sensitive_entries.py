"""An entry sensitive in any of its versions is sensitive as a whole: the ward-room
screen's account sees none of its versions, whichever id it asks for and wherever it
reads, while clinicians see every version."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from rounds_app.errors import PermissionDenied
from rounds_app.reports.loading import load_discharge
from rounds_app.services import census, contributions, patient_card, round_summary, ward_rounds
from rounds_app.services.audience import audience_slides
from rounds_app.storage.database import Database
from tests.factories import Ward, small_ward

SECRET = "Disclosed a past overdose to the chaplain"
REDACTED = "(details removed)"
KEPT = "Walks to the bathroom with a frame"


@dataclass
class Amended:
    ward: Ward
    original: int
    amendment: int
    round_id: int


def _amend_within_a_round(db: Database, *, first_sensitive: bool, first: str, then: str) -> Amended:
    """One entry, captured during a round, then amended to the other sensitivity."""
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    with db.session() as s:
        round_id = ward_rounds.start_round(s, ward.charge, ward.ward_id)
    with db.session() as s:
        original = contributions.add_contribution(
            s,
            ward.nurse,
            admission,
            text=first,
            kind="concern",
            discipline="family_carer",  # one the discharge summary prints
            sensitive=first_sensitive,
            round_id=round_id,
        )
    with db.session() as s:
        amendment = contributions.amend_contribution(
            s, ward.nurse, original, text=then, reason="wrong place", sensitive=not first_sensitive
        )
    with db.session() as s:
        ward_rounds.end_round(s, ward.charge, round_id)
    return Amended(ward, original, amendment, round_id)


@pytest.fixture(params=["made_safe", "made_sensitive"])
def amended(request: pytest.FixtureRequest, db: Database) -> Amended:
    """The issue's two cases: a sensitive entry amended to "(details removed)", and an
    entry made sensitive by amendment (with the same text, as happens)."""
    if request.param == "made_safe":
        return _amend_within_a_round(db, first_sensitive=True, first=SECRET, then=REDACTED)
    return _amend_within_a_round(db, first_sensitive=False, first=SECRET, then=SECRET + ".")


def test_the_screen_gets_no_version_of_the_history_whichever_id(
    db: Database, amended: Amended
) -> None:
    for asked in (amended.original, amended.amendment):
        with db.session() as s, pytest.raises(PermissionDenied, match="marked sensitive"):
            contributions.entry_history(s, amended.ward.display, asked)


def test_a_clinician_gets_every_version_whichever_id(db: Database, amended: Amended) -> None:
    for asked in (amended.original, amended.amendment):
        with db.session() as s:
            history = contributions.entry_history(s, amended.ward.pharmacist, asked)
        assert [v.id for v in history] == [amended.original, amended.amendment]
        assert history[0].text == SECRET
        assert all(v.sensitive for v in history)


def test_the_screen_reads_nothing_of_the_entry_anywhere(db: Database, amended: Amended) -> None:
    ward = amended.ward
    admission = ward.admission_ids[0]
    with db.session() as s:
        card = patient_card.patient_card(s, ward.display, admission)
        timeline = patient_card.current_contributions(s, ward.display, ward_id=ward.ward_id)
        (row,) = census.ward_census(s, ward.display, ward.ward_id)
        (slide,) = audience_slides(s, ward.display, ward.ward_id)
        summary = round_summary.round_summary(s, ward.display, amended.round_id)
    assert card.contributions == () and timeline == []
    assert row.new_entries == 0
    assert slide.news == ()
    assert [p.contributions_captured for p in summary.patients] == [0]


def test_clinicians_see_the_current_version_marked_sensitive(
    db: Database, amended: Amended
) -> None:
    ward = amended.ward
    admission = ward.admission_ids[0]
    with db.session() as s:
        (entry,) = patient_card.patient_card(s, ward.nurse, admission).contributions
        (row,) = census.ward_census(s, ward.nurse, ward.ward_id)
        (slide,) = audience_slides(s, ward.nurse, ward.ward_id)
        summary = round_summary.round_summary(s, ward.nurse, amended.round_id)
        team_copy = load_discharge(
            s, ward.nurse, admission, patient_copy=False, include_sensitive=False
        )
        with_sensitive = load_discharge(
            s, ward.nurse, admission, patient_copy=False, include_sensitive=True
        )
    assert (entry.id, entry.sensitive, entry.version) == (amended.amendment, True, 2)
    assert row.new_entries == 2  # both versions were written since the last round began
    assert slide.news == ()  # the ward-room screen, whoever drives it
    assert [p.contributions_captured for p in summary.patients] == [1]
    assert team_copy.contributions == ()
    assert [c.id for c in with_sensitive.contributions] == [amended.amendment]


def test_an_entry_never_marked_stays_visible_to_the_screen(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        original = contributions.add_contribution(
            s, ward.nurse, ward.admission_ids[0], text="Walks with a stick", kind="update"
        )
    with db.session() as s:
        amendment = contributions.amend_contribution(
            s, ward.nurse, original, text=KEPT, reason="the frame, not a stick"
        )
    with db.session() as s:
        history = contributions.entry_history(s, ward.display, amendment)
        (slide,) = audience_slides(s, ward.display, ward.ward_id)
    assert [v.text for v in history] == ["Walks with a stick", KEPT]
    assert [n.texts for n in slide.news] == [(KEPT,)]
