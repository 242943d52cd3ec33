"""Rounds insights: the demo ward's recorded rounds fill the charts, each chart says
its values in words, the CSV export and the PDF print write files, and bad dates are
refused calmly."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMainWindow, QMenu

from rounds_app.demo import create_demo
from rounds_app.services import insights
from rounds_app.storage.database import Database
from tests.modes import OWNER_ONLY, file_mode
from ui.backend import Backend
from ui.common.pdf_files import PdfFileChooser
from ui.insights import InsightsActions, InsightsWindow
from ui.insights.chart_frame import nice_top
from ui.insights.csv_file import CsvFileChooser

# the offscreen platform cannot raise windows or size them: the test platform speaking
OFFSCREEN = r"This plugin does not support (raise|propagateSizeHints)\(\)"


@pytest.fixture
def demo(backend: Backend, ui_db: Database) -> tuple[Backend, int]:
    accounts = create_demo(ui_db)
    backend.sign_in("charge.nurse", accounts.passwords["charge.nurse"])
    return backend, accounts.ward_id


@pytest.fixture
def window(qtbot, demo: tuple[Backend, int]) -> InsightsWindow:
    backend, ward_id = demo
    widget = InsightsWindow(backend, None, ward_id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_demo_wards_rounds_fill_every_chart(window: InsightsWindow) -> None:
    data = window.data
    assert data is not None and len(data.rounds) >= 3
    charts = window.charts
    assert charts.minutes.values == pytest.approx([r.minutes_per_patient for r in data.rounds])
    assert len(charts.disciplines.labels) == len(data.rounds)
    assert charts.completeness.series[0][1] == pytest.approx(
        [data.what_matters_recorded * 100, data.goals_revisited_3_days * 100]
    )
    assert [name for name, _ in charts.actions.series] == ["Opened", "Closed"]
    assert sum(charts.actions.series[0][1]) == sum(d.opened for d in data.actions)
    assert len(charts.handoff.labels) == len(data.handoff_quality) == 5
    for chart in charts.charts:
        assert chart.accessibleName() and chart.description.startswith(chart.title)
        assert chart.toolTip().startswith("<p>")
        assert not chart.grab().isNull()
    first = data.rounds[0]
    assert f"{first.minutes_per_patient:.1f} min per patient" in charts.minutes.description
    assert "Severity: " in charts.handoff.description


def test_the_csv_export_writes_the_cores_csv(
    window: InsightsWindow, monkeypatch, tmp_path: Path, permissive_umask: None
) -> None:
    out = tmp_path / "insights.csv"
    monkeypatch.setattr(CsvFileChooser, "ask", classmethod(lambda cls, parent, name: out))
    window.export_button.click()
    assert out.read_text("utf-8") == insights.insights_csv(window.data)
    assert window.saved_note.text() == "Saved insights.csv"
    assert file_mode(out) == OWNER_ONLY


def test_the_pdf_print_writes_a_pdf(
    window: InsightsWindow, monkeypatch, tmp_path: Path, permissive_umask: None
) -> None:
    out = tmp_path / "insights.pdf"
    monkeypatch.setattr(PdfFileChooser, "ask", classmethod(lambda cls, parent, name: out))
    window.print_button.click()
    assert out.read_bytes().startswith(b"%PDF")
    assert file_mode(out) == OWNER_ONLY


def test_a_cancelled_export_writes_nothing(window: InsightsWindow, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(CsvFileChooser, "ask", classmethod(lambda cls, parent, name: None))
    window.export_button.click()
    assert list(tmp_path.glob("*.csv")) == [] and window.saved_note.text() == ""


def test_dates_the_wrong_way_round_are_refused_calmly(window: InsightsWindow) -> None:
    window.end.setDate(QDate.currentDate().addDays(-3))
    shown = window.data
    window.start.setDate(QDate.currentDate())
    assert window.message.isVisibleTo(window) and "\n" not in window.message.text()
    assert window.data is shown  # the charts still show the last good span


def test_an_empty_span_says_so(window: InsightsWindow) -> None:
    long_ago = date.today() - timedelta(days=2000)
    window.start.setDate(QDate(long_ago.year, long_ago.month, long_ago.day))
    window.end.setDate(QDate(long_ago.year, long_ago.month, long_ago.day + 1))
    assert window.data is not None and window.data.rounds == ()
    assert not window.charts.minutes.has_data()
    assert "No data for these dates." in window.charts.minutes.description


def test_scales_step_in_round_numbers() -> None:
    assert nice_top(0) == 1.0 and nice_top(0, whole=True) == 4.0
    assert nice_top(3, whole=True) == 4.0
    assert nice_top(5, whole=True) == 8.0
    assert nice_top(21, whole=True) == 40.0
    assert nice_top(0.9) == 1.0  # steps of 0.25
    assert nice_top(96) == 100.0  # steps of 25
    assert nice_top(9, whole=True) == 20.0  # steps of 5, not 2.5: no count is 7.5


@pytest.mark.qt_log_ignore(OFFSCREEN)
def test_the_menu_action_opens_the_ward_on_screen(qtbot, demo: tuple[Backend, int]) -> None:
    backend, ward_id = demo
    main = QMainWindow()
    qtbot.addWidget(main)
    actions = InsightsActions(backend, main, lambda: ward_id)
    QMenu().addActions(list(actions.actions.values()))
    assert actions.actions["insights.open"].shortcut().toString() == "Ctrl+Shift+I"
    actions.actions["insights.open"].trigger()
    assert actions.window is not None
    assert actions.window.ward_picker.currentData() == ward_id
    actions.window.close()
    qtbot.waitUntil(lambda: actions.window is None)
