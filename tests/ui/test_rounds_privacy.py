"""Privacy on the projector: nothing on the ward-room view (texts, tooltips, accessible
names) gives away a date of birth, an identifier, a sensitive entry or a full name —
until names are deliberately shown, and then the view says so."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from rounds_app.domain.enums import CardField, ContributionKind, Discipline, Voice
from rounds_app.services import admissions, cards, contributions, wards
from rounds_app.storage.database import Database
from tests.ui.rounds_support import (
    FakeClock,
    close_mode,
    open_mode,
    press,
    room_only,
    words_in,
)
from tests.ui.shown_text import everything_shown
from tests.ui.ward_data import ADMIN, WardData
from ui.backend import Backend
from ui.rounds.dialogs import ConfirmReveal
from ui.rounds.mode import RoundsMode

GIVEN, FAMILY = "Marguerite", "Okafor"
MRN = "PRIV778899"
BORN = date(1941, 3, 17)
OTHER_IDS = "NHS 943 476 5919"
SENSITIVE = "Disclosed a past overdose to the chaplain"
SECRETS = [
    MRN,
    OTHER_IDS,
    "943 476",
    BORN.isoformat(),
    "17/03/1941",
    "17.03.1941",
    "3/17/1941",
    "1941",
    SENSITIVE,
    "overdose",
    GIVEN,
    FAMILY,
]


@pytest.fixture
def private(ui_db: Database, ward: WardData) -> int:
    with ui_db.session() as s:
        bed = next(b.id for b in wards.list_beds(s, ADMIN, ward.ward_id) if b.occupied_by is None)
    with ui_db.session() as s:
        admission = admissions.admit(
            s,
            ward.charge,
            ward_id=ward.ward_id,
            bed_id=bed,
            patient=admissions.NewPatient(
                mrn=MRN,
                given_name=GIVEN,
                family_name=FAMILY,
                date_of_birth=BORN,
                other_identifiers=OTHER_IDS,
            ),
        )
    with ui_db.session() as s:
        cards.save_field(
            s, ward.charge, admission, CardField.WHAT_MATTERS_MOST, "My garden", Voice.PATIENT, 0
        )
    for text, sensitive in ((SENSITIVE, True), ("Walked to the window today", False)):
        with ui_db.session() as s:
            contributions.add_contribution(
                s,
                ward.charge,
                admission,
                text=text,
                kind=ContributionKind.OBSERVATION,
                discipline=Discipline.CHAPLAINCY,
                sensitive=sensitive,
            )
    return admission


def _walk_every_patient(qtbot, mode: RoundsMode) -> list[str]:
    room_only(qtbot, mode)
    press(qtbot, Qt.Key.Key_Home)
    seen = []
    for _ in mode.state.order:
        seen.append(everything_shown(mode.audience))
        press(qtbot, Qt.Key.Key_Right)
    return seen


def test_the_ward_room_view_gives_nothing_away(
    qtbot, backend: Backend, ward: WardData, private: int, monkeypatch
) -> None:
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    try:
        screens = _walk_every_patient(qtbot, mode)
        mode.go_to(mode.state.order.index(private))
        mode.idle_work()  # the console's full card, as after the paint
        console = everything_shown(mode.console)
        ours = everything_shown(mode.audience)
    finally:
        close_mode(mode)
    assert "Walked to the window today" in ours and "“My garden”" in ours
    assert "MO" in mode.audience.name.text()
    for secret in SECRETS:
        assert not any(secret.casefold() in shown.casefold() for shown in screens), secret
        # beside the ward-room view on one screen, the console is on the projector too
        assert secret.casefold() not in console.casefold(), secret
    assert mode.audience.names_shown.isHidden()


def test_names_show_only_after_a_deliberate_yes(
    qtbot, backend: Backend, ward: WardData, private: int, monkeypatch
) -> None:
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    try:
        room_only(qtbot, mode)
        mode.go_to(mode.state.order.index(private))
        monkeypatch.setattr(ConfirmReveal, "ask", lambda parent: False)
        press(qtbot, Qt.Key.Key_P)
        assert words_in(mode.audience.name) == "MO"
        assert mode.audience.names_shown.isHidden()
        monkeypatch.setattr(ConfirmReveal, "ask", lambda parent: True)
        press(qtbot, Qt.Key.Key_P)
        assert words_in(mode.audience.name) == f"{GIVEN} {FAMILY}"
        assert mode.audience.names_shown.isVisible()
        assert mode.audience.names_shown.text() == "Names shown"
        shown = everything_shown(mode.audience)
        assert MRN not in shown and "1941" not in shown and SENSITIVE not in shown
        press(qtbot, Qt.Key.Key_P)  # back to initials: no question asked
        assert words_in(mode.audience.name) == "MO"
        assert mode.audience.names_shown.isHidden()
    finally:
        close_mode(mode)
