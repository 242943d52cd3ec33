"""Safety facts beyond the safety tab: badges on the census (with tooltips and
accessible text), code status and allergies for the facilitator, the SIBR safety
check as a prompt, and the ward-room screen showing them only on a deliberate reveal."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from rounds_app.domain.safety import SafetyItem
from rounds_app.services import safety_facts as writes
from rounds_app.services.audience import audience_slides
from rounds_app.services.safety_views import safety_facts
from tests.ui.rounds_support import FakeClock, close_mode, open_mode, press, room_only
from tests.ui.shown_text import everything_shown
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.census.census_badges import BadgesRole
from ui.census.census_model import CensusTableModel
from ui.census.census_view import CensusView
from ui.rounds.dialogs import ConfirmRevealSafety
from ui.rounds.prompts import prompts_for, worded
from ui.safety.header import SafetyHeader


@pytest.fixture
def dnacpr(backend: Backend, ward: WardData) -> int:
    """The first patient: DNACPR on a ward-based ceiling, a high-risk penicillin
    allergy, and a falls risk; everyone else has nothing recorded."""
    backend.sign_in(CHARGE, PASSWORD)
    admission_id = ward.admission_ids[0]
    patient_id = backend.call(safety_facts, [admission_id], date.today())[admission_id].patient_id
    backend.call(
        writes.record_resuscitation,
        admission_id,
        status="dnacpr",
        ceiling="ward_based",
        decided_on=None,
        decided_by="Consultant",
        discussed_with="Patient",
        form_reference="ReSPECT",
        expected_version=0,
    )
    backend.call(
        writes.record_allergy,
        patient_id,
        substance="Penicillin",
        severity="severe",
        criticality="high",
    )
    backend.call(
        writes.save_safety_check, admission_id, "falls_risk", state="high", expected_version=0
    )
    return admission_id


@pytest.fixture
def census(qtbot, backend: Backend, ward: WardData, dnacpr: int) -> CensusView:
    view = CensusView(backend, ward.charge)
    qtbot.addWidget(view)
    view.reload_wards()
    return view


def _cell(view: CensusView, row: int, role: int):  # type: ignore[no-untyped-def]
    return view.model.index(row, CensusTableModel.COL_PATIENT).data(role)


def test_census_badges_say_code_status_and_allergies(census: CensusView) -> None:
    badges = _cell(census, 0, BadgesRole)
    assert [b.text for b in badges][:3] == ["DNACPR", "Allergy!", "Ceiling"]
    assert "Falls" in [b.text for b in badges]
    tooltip = _cell(census, 0, Qt.ItemDataRole.ToolTipRole)
    assert "Do not attempt CPR (ReSPECT)" in tooltip
    assert "Penicillin (severe, high risk)" in tooltip  # the safety tab's words
    spoken = _cell(census, 0, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Ελένη") or "Λένα" in spoken
    assert "Do not attempt CPR" in spoken and "Falls risk: high" in spoken


def test_census_says_what_nobody_has_recorded(census: CensusView) -> None:
    texts = [b.text for b in _cell(census, 1, BadgesRole)]
    assert texts[:3] == ["CPR?", "Allergies?", "8 unassessed"]  # the ward's flags follow
    spoken = _cell(census, 1, Qt.ItemDataRole.AccessibleTextRole)
    assert "Allergies not yet asked" in spoken
    assert "Not assessed: Decisions, Mobility" in spoken


def test_census_model_with_facts_passes_the_model_tester(qtmodeltester, census) -> None:
    qtmodeltester.check(census.model)


def test_the_audience_slide_carries_no_code_status_unless_revealed(
    backend: Backend, ward: WardData, dnacpr: int
) -> None:
    hidden = backend.call(audience_slides, ward.ward_id)[0]
    assert not hidden.safety_revealed
    assert hidden.resuscitation is None and hidden.allergy_state is None and not hidden.allergies
    shown = backend.call(audience_slides, ward.ward_id, reveal_safety=True)[0]
    assert shown.safety_revealed and shown.resuscitation.status == "dnacpr"
    assert shown.allergies[0].substance == "Penicillin"


def test_the_sibr_check_prompts_for_the_items_not_assessed() -> None:
    steps = prompts_for([], [SafetyItem.LINES, SafetyItem.MOBILITY])
    check = next(step for step in steps if step.title == "Safety check")
    assert check.question.startswith("Not assessed yet: Mobility, Lines and catheters.")
    done = next(step for step in prompts_for([], []) if step.title == "Safety check")
    assert "Every safety item is recorded" in done.question


def test_code_status_reaches_the_room_only_after_a_deliberate_yes(
    qtbot, backend: Backend, ward: WardData, dnacpr: int, monkeypatch
) -> None:
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    try:
        assert mode.state.current_id == dnacpr
        console = mode.console.safety
        # the facilitator's words are ready, but hidden while the room can see the console
        assert console.code_status.text() == "DNACPR · Ward-based care, not for ICU"
        assert console.isHidden() == mode.stage.docked
        check = next(p for p in map(worded, mode.state.prompts) if p.title == "Safety check")
        assert "Falls risk" not in check.question and "Mobility" in check.question

        room_only(qtbot, mode)
        assert "DNACPR" not in everything_shown(mode.audience)
        monkeypatch.setattr(ConfirmRevealSafety, "ask", lambda parent: False)
        press(qtbot, Qt.Key.Key_Y)
        assert mode.audience.safety.isHidden() and mode.audience.safety_shown.isHidden()
        assert "Penicillin" not in everything_shown(mode.audience)

        monkeypatch.setattr(ConfirmRevealSafety, "ask", lambda parent: True)
        press(qtbot, Qt.Key.Key_Y)
        shown = everything_shown(mode.audience)
        # the test's small window fits the line by shortening its end
        assert "DNACPR · Ward-based care, not for ICU · Allergies: Penic" in shown
        assert mode.audience.safety_shown.isVisible()
        assert mode.audience.safety_shown.text() == "Code status shown"
        assert not console.isHidden()  # revealed: the console may say it too

        press(qtbot, Qt.Key.Key_Y)  # hidden again at once: no question asked
        assert mode.audience.safety.isHidden()
        assert "DNACPR" not in everything_shown(mode.audience)
    finally:
        close_mode(mode)


def test_code_status_wraps_rather_than_being_cut_in_a_narrow_header(
    qtbot, backend: Backend, dnacpr: int
) -> None:
    facts = backend.call(safety_facts, [dnacpr], date.today())[dnacpr]
    header = SafetyHeader()
    qtbot.addWidget(header)
    header.show_facts(facts)
    one_line = header.code_status.fontMetrics().horizontalAdvance(header.code_status.text())
    header.resize(one_line // 2 + header.allergies.minimumSizeHint().width(), 200)
    header.show()
    qtbot.waitExposed(header)
    label = header.code_status
    assert label.width() < one_line  # the words do not fit on one line here
    # ...and are wrapped whole: the label is as tall as its words need at its width
    assert label.minimumSizeHint().width() <= label.width()
    assert label.heightForWidth(label.width()) <= label.height()
