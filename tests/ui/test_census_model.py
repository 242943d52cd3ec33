"""The census table model and its search proxy, with no view."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QIcon

from rounds_app.domain.enums import Severity
from rounds_app.domain.safety import AllergyState, SafetyItem
from rounds_app.services.census import CensusRow
from rounds_app.services.safety_views import NOT_DISCUSSED, SafetyFacts, check_view
from rounds_app.services.ward_model.actions import OpenAction
from tests.ui.ward_data import WardData
from ui.backend import Backend
from ui.census.census_badges import TONES, BadgesRole
from ui.census.census_model import CensusSearchProxy, CensusTableModel, search_key
from ui.common.widgets import plain_tooltip

M = CensusTableModel
TODAY = date(2025, 3, 10)
NOW = datetime(2025, 3, 10, 9, tzinfo=UTC)
NOTHING_RECORDED = SafetyFacts(
    admission_id=1,
    resuscitation=NOT_DISCUSSED,
    allergy_state=AllergyState.NOT_ASKED,
    allergies=(),
    no_known_recorded=None,
    checks={item: check_view(None, item, None, TODAY) for item in SafetyItem},
    contacts=(),
    decision_maker=None,
    medications=(),
    latin_name="",
)

BASE = CensusRow(
    admission_id=1,
    patient_id=1,
    bed_label="4A-01",
    round_position=0,
    given_name="Ελένη",
    family_name="Παπαδοπούλου",
    preferred_name="Λένα",
    pronouns="she/her",
    severity=Severity.STABLE,
    one_liner="Pneumonia, improving",
    admitted_at=datetime(2025, 3, 7, 9, tzinfo=UTC),
    days_in_hospital=3,
    expected_discharge_date=None,
    interpreter_needed=False,
    preferred_language="",
    goals_revisited_at=None,
    goals_stale=False,
    new_entries=0,
    actions=(),
    safety=NOTHING_RECORDED,
    version=1,
)


def row(**changes: object) -> CensusRow:
    return dataclasses.replace(BASE, **changes)


def text(model: CensusTableModel, r: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(r, column), role)


@pytest.fixture
def model(qapp) -> CensusTableModel:
    return CensusTableModel()


@pytest.fixture
def census(backend: Backend, ward: WardData) -> list[CensusRow]:
    return backend.census(ward.charge, ward.ward_id)


def test_model_passes_the_model_tester(qtmodeltester, model, census) -> None:
    qtmodeltester.check(model)
    model.set_rows(census)
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_rows_stay_in_round_order(model, census, ward: WardData) -> None:
    model.set_rows(census)
    assert model.rowCount() == len(ward.admission_ids) == 8
    ids = [text(model, r, M.COL_BED, M.AdmissionIdRole) for r in range(model.rowCount())]
    assert ids == ward.admission_ids
    beds = [text(model, r, M.COL_BED) for r in range(model.rowCount())]
    assert beds == ["7B-01", "7B-02", "7B-04", "7B-05", "7B-06", "7B-07", "7B-08", "No bed"]
    names = [text(model, r, M.COL_PATIENT) for r in range(3)]
    assert names == ["Λένα Παπαδοπούλου", "محمد الحسن", "王秀英"]


def _ward_badges(model: CensusTableModel, r: int) -> list[str]:
    """The ward's own flags among the row's badges (no safety facts are set here)."""
    return [badge.text for badge in text(model, r, M.COL_PATIENT, BadgesRole)]


def test_ward_flags_are_badges_under_the_name_and_explain_themselves(model, census) -> None:
    model.set_rows(census)
    assert model.columnCount() == 5  # no column of its own: it fits a narrow census
    # row 1: Arabic-speaking patient, goals never revisited, one new entry, one action
    assert _ward_badges(model, 1) == ["Interpreter", "Goals due", "New: 1", "Actions: 1"]
    for where in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
        said = text(model, 1, M.COL_PATIENT, where)
        assert "Needs an interpreter: Arabic" in said
        assert "Goals of care are due to be revisited" in said
        assert "New entries since the last round: 1" in said
        assert "Open actions: 1" in said
    # row 0: goals revisited just now, nothing new
    assert _ward_badges(model, 0) == ["Interpreter"]


def test_overdue_actions_are_counted_in_words(model) -> None:
    late = OpenAction(1, "Chase echo", None, "Priya", TODAY - timedelta(days=1), True, NOW)
    due = OpenAction(2, "Book transport", None, None, TODAY, False, NOW)
    model.set_rows([row(actions=(late, due))])
    [badge] = text(model, 0, M.COL_PATIENT, BadgesRole)
    assert (badge.text, badge.tone) == ("Actions: 2 (1 overdue)", "alert")
    tip = text(model, 0, M.COL_PATIENT, Qt.ItemDataRole.ToolTipRole)
    assert "Open actions: 2, overdue: 1" in tip


def test_severity_is_a_word_with_a_colour(model) -> None:
    model.set_rows([row(severity=Severity.UNSTABLE), row(admission_id=2, severity=Severity.STABLE)])
    assert text(model, 0, M.COL_SEVERITY) == "Unstable"
    swatch = text(model, 0, M.COL_SEVERITY, Qt.ItemDataRole.DecorationRole)
    assert isinstance(swatch, QIcon) and not swatch.isNull()
    assert text(model, 0, M.COL_SEVERITY, Qt.ItemDataRole.FontRole).bold()
    assert text(model, 1, M.COL_SEVERITY) == "Stable"
    assert text(model, 1, M.COL_SEVERITY, Qt.ItemDataRole.FontRole) is None


@pytest.mark.usefixtures("british_english")
@pytest.mark.parametrize(
    ("expected", "shown", "said"),
    [
        (None, "Not set", "No expected discharge date yet"),
        (date(2025, 3, 10), "Today", "Expected home Mon 10 Mar (today)"),
        (date(2025, 3, 11), "Tomorrow", "Expected home Tue 11 Mar (tomorrow)"),
        (date(2025, 3, 14), "14 Mar", "Expected home Fri 14 Mar (in 4 days)"),
        (
            date(2025, 3, 9),
            "Yesterday",
            "Expected discharge date has passed: Sun 9 Mar (yesterday)",
        ),
        (date(2025, 3, 7), "7 Mar", "Expected discharge date has passed: Fri 7 Mar (3 days ago)"),
    ],
)
def test_expected_discharge_is_compact_and_explained(model, expected, shown, said) -> None:
    model.set_rows([row(expected_discharge_date=expected)], today=TODAY)
    assert text(model, 0, M.COL_DISCHARGE) == shown
    assert text(model, 0, M.COL_DISCHARGE, Qt.ItemDataRole.ToolTipRole) == plain_tooltip(said)
    if expected is not None:
        assert text(model, 0, M.COL_DISCHARGE, Qt.ItemDataRole.AccessibleTextRole) == said


@pytest.mark.parametrize("days", [1, 3])
def test_a_past_expected_discharge_is_a_warning(model, days: int) -> None:
    model.set_rows(
        [row(expected_discharge_date=TODAY - timedelta(days=days)), row(admission_id=2)],
        today=TODAY,
    )
    fore, back = TONES["caution"]
    assert text(model, 0, M.COL_DISCHARGE, Qt.ItemDataRole.ForegroundRole) == fore
    assert text(model, 0, M.COL_DISCHARGE, Qt.ItemDataRole.BackgroundRole) == back
    assert text(model, 0, M.COL_DISCHARGE, Qt.ItemDataRole.FontRole).bold()
    assert not text(model, 0, M.COL_DISCHARGE, Qt.ItemDataRole.DecorationRole).isNull()
    for role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole):
        assert text(model, 1, M.COL_DISCHARGE, role) is None  # not set: no warning
    model.set_rows([row(expected_discharge_date=TODAY)], today=TODAY)
    assert text(model, 0, M.COL_DISCHARGE, Qt.ItemDataRole.BackgroundRole) is None


def test_model_is_read_only(model) -> None:
    model.set_rows([row()])
    for column in range(model.columnCount()):
        flags = model.flags(model.index(0, column))
        assert not flags & Qt.ItemFlag.ItemIsEditable
        assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not model.setData(model.index(0, M.COL_PATIENT), "changed")


def test_user_text_in_tooltips_is_never_markup(model) -> None:
    model.set_rows([row(given_name="<b>Bob</b>", preferred_name="", one_liner="a<b & c")])
    tip = text(model, 0, M.COL_PATIENT, Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip
    assert "&lt;b&gt;Bob&lt;/b&gt;" in tip and "a&lt;b &amp; c" in tip
    assert text(model, 0, M.COL_PATIENT) == "<b>Bob</b> Παπαδοπούλου"


class _Brackets(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return f"[{source}]" if context == "CensusTableModel" else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def brackets(qapp) -> Iterator[None]:
    translator = _Brackets()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_headers_are_translated(model, brackets) -> None:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "[Bed]",
        "[Patient]",
        "[Severity]",
        "[Days]",
        "[Discharge]",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_search_key_folds_case_and_accents() -> None:
    assert search_key("Zoë MUÑOZ") == "zoe munoz"
    assert search_key("Ελένη") == "ελενη"
    assert search_key("王") == "王"


@pytest.mark.parametrize(
    ("query", "beds"),
    [
        ("", ["7B-01", "7B-02", "7B-04", "7B-05", "7B-06", "7B-07", "7B-08", "No bed"]),
        ("ελενη", ["7B-01"]),
        ("Λένα", ["7B-01"]),
        ("محمد", ["7B-02"]),
        ("王", ["7B-04"]),
        ("zoe", ["7B-05"]),
        ("jack o'b", ["7B-06"]),
        ("jonathan", ["7B-06"]),
        ("7b-08", ["7B-08"]),
        ("  hoa ", ["No bed"]),
        ("nobody here", []),
    ],
)
def test_search_filters_by_name_or_bed(qtmodeltester, model, census, query, beds) -> None:
    model.set_rows(census)
    proxy = CensusSearchProxy()
    proxy.setSourceModel(model)
    proxy.set_search(query)
    qtmodeltester.check(proxy)
    assert [proxy.index(r, M.COL_BED).data() for r in range(proxy.rowCount())] == beds
