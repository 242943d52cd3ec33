"""Patient-reported outcomes: the 0–10 picker by mouse and keyboard, the bedside
capture saving through the service, the trend getting the points, and the action."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu

from rounds_app.demo import create_demo
from rounds_app.services import proms
from rounds_app.services.patient_card import patient_card
from rounds_app.storage.database import Database
from ui.backend import Backend
from ui.proms import PromActions, PromCaptureDialog, PromTrend
from ui.proms.measures import Measure
from ui.proms.score_picker import ScorePicker


@pytest.fixture
def demo(backend: Backend, ui_db: Database) -> Backend:
    accounts = create_demo(ui_db)
    backend.sign_in("charge.nurse", accounts.passwords["charge.nurse"])
    return backend


@pytest.fixture
def admission_id(demo: Backend) -> int:
    ward_id = demo.wards(demo.actor)[0].id
    return demo.census(demo.actor, ward_id)[-1].admission_id


def test_the_picker_is_one_tab_stop_driven_by_keys_and_buttons(qtbot) -> None:
    picker = ScorePicker("Pain")
    qtbot.addWidget(picker)
    assert picker.value() is None
    qtbot.keyClick(picker, Qt.Key.Key_7)
    assert picker.value() == 7
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    qtbot.keyClick(picker, Qt.Key.Key_Right)  # stops at 10
    assert picker.value() == 10
    qtbot.keyClick(picker, Qt.Key.Key_Home)
    assert picker.value() == 0
    with qtbot.waitSignal(picker.changed):
        qtbot.keyClick(picker, Qt.Key.Key_Delete)
    assert picker.value() is None
    assert picker.accessibleDescription() == "Pain: not asked"
    picker.group.button(4).click()
    assert picker.value() == 4 and picker.accessibleDescription() == "Pain: 4 of 10"
    focusable = [b for b in picker.group.buttons() if b.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert focusable == []


def test_a_bedside_reading_is_saved_and_the_trend_gets_it(
    qtbot, demo: Backend, admission_id: int
) -> None:
    before = len(demo.call(proms.prom_trend, admission_id))
    dialog = PromCaptureDialog(None, demo, admission_id, "Bed 1 — Ελένη")
    qtbot.addWidget(dialog)
    dialog.pickers[Measure.PAIN].set_value(6)
    dialog.pickers[Measure.FEELING].set_value(3)
    dialog.what_matters.setPlainText("Να δω την εγγονή μου — seeing my granddaughter")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    points = demo.call(proms.prom_trend, admission_id)
    assert len(points) == min(before + 1, 14)
    latest = points[-1]
    assert (latest.pain, latest.feeling, latest.breathlessness) == (6, 3, None)
    assert latest.what_matters_today.startswith("Να δω")

    trend = PromTrend()
    qtbot.addWidget(trend)
    card = demo.call(patient_card, admission_id)
    trend.set_points(card.proms)
    assert len(trend.readings) == len(card.proms)
    assert trend.readings[-1].scores[Measure.PAIN] == 6
    description = trend.accessibleDescription()
    assert "Pain 6" in description and "Breathlessness not asked" in description
    assert trend.toolTip().startswith("<p>")  # plain text, never interpreted as markup
    trend.show()
    qtbot.waitExposed(trend)
    assert not trend.grab().isNull()


def test_nothing_scored_is_refused_calmly_and_the_dialog_stays(
    qtbot, demo: Backend, admission_id: int
) -> None:
    dialog = PromCaptureDialog(None, demo, admission_id, "Bed 1")
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text()
    assert "\n" not in dialog.error.text()
    assert dialog.result() == 0


def test_the_trend_takes_the_audience_slide_numbers(qtbot) -> None:
    trend = PromTrend()
    qtbot.addWidget(trend)
    assert trend.accessibleDescription() == "No patient-reported scores yet."
    day = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    trend.set_slide_points([(day, 2, None, 5)])
    assert trend.readings[0].scores == {
        Measure.PAIN: 2,
        Measure.FEELING: None,
        Measure.BREATHLESSNESS: 5,
    }


def test_the_action_records_for_the_patient_on_screen(
    qtbot, demo: Backend, admission_id: int, monkeypatch
) -> None:
    main = QMainWindow()
    qtbot.addWidget(main)
    actions = PromActions(demo, main, current_admission_id=lambda: admission_id)
    menu = QMenu()
    menu.addActions(list(actions.actions.values()))
    assert actions.actions["proms.record"].shortcut().toString() == "Ctrl+Shift+H"
    assert actions.actions["proms.record"].isEnabled()
    asked: list[int] = []
    monkeypatch.setattr(
        PromCaptureDialog, "ask", classmethod(lambda cls, p, b, a: asked.append(a) or True)
    )
    with qtbot.waitSignal(actions.recorded) as signal:
        actions.actions["proms.record"].trigger()
    assert asked == [admission_id] and signal.args == [admission_id]
