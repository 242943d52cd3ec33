"""Live: what another workstation saves shows on the ward-room view, and the
facilitator keeps their place — same patient, same timer, same half-typed text."""

from __future__ import annotations

from rounds_app.domain.enums import ContributionKind
from rounds_app.services import contributions, users
from rounds_app.storage.database import Database
from tests.ui.rounds_support import FakeClock, close_mode, open_mode, room_only
from tests.ui.ward_data import PASSWORD, WardData
from ui.backend import Backend

NEWS = "Warfarin held tonight, INR 4.1"


def test_an_entry_saved_elsewhere_appears_and_nothing_moves(
    qtbot, backend: Backend, ward: WardData, ui_db: Database, monkeypatch
) -> None:
    clock = FakeClock()
    mode = open_mode(qtbot, backend, ward, monkeypatch, clock)
    try:
        room_only(qtbot, mode)
        mode.go_to(2)
        clock.advance(42)
        mode.console.capture.action_text.setText("Ask about the")
        mode.keys.prompt.trigger()
        with ui_db.session() as s:  # the pharmacist, at another workstation
            pharmacist = users.authenticate(s, "pharm.lee", PASSWORD)
        with ui_db.session() as s:
            contributions.add_contribution(
                s,
                pharmacist,
                ward.admission_ids[2],
                text=NEWS,
                kind=ContributionKind.UPDATE,
            )
        qtbot.waitUntil(lambda: NEWS in mode.audience.news.text().replace("\n", " "), timeout=5000)
        assert mode.state.index == 2
        assert mode.state.visit_seconds(clock()) == 42
        assert mode.console.capture.action_text.text() == "Ask about the"
        assert mode.state.prompt_step == 1
    finally:
        close_mode(mode)
