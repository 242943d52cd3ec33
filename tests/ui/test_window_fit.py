"""Every window opens within the screen it is on — a 1366×768 laptop as well as a
1920×1080 monitor — scrolls rather than clips, and reopens at the size it was left.
Message boxes size themselves to their words, within the screen."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QScrollArea, QWidget

from tests.ui.rounds_support import FakeClock, close_mode, open_mode
from tests.ui.screens import LAPTOP, MONITOR, fits
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.admin.admit_dialog import AdmitDialog
from ui.backend import Backend
from ui.common import window_size
from ui.common.messages import Notice
from ui.insights.insights_window import InsightsWindow
from ui.patient.conflict_dialog import ConflictDialog
from ui.proms.capture_dialog import PromCaptureDialog
from ui.reviews.reviews_window import ReviewsWindow
from ui.shell.main_window import MainWindow


def _main(backend: Backend, ward: WardData) -> QWidget:
    return MainWindow(backend, backend.actor)


def _insights(backend: Backend, ward: WardData) -> QWidget:
    return InsightsWindow(backend, None, ward.ward_id)


def _reviews(backend: Backend, ward: WardData) -> QWidget:
    return ReviewsWindow(backend, None, ward.admission_ids[0])


def _admit(backend: Backend, ward: WardData) -> QWidget:
    return AdmitDialog(None, backend, ward.ward_id, "Acute Medicine")


def _prom(backend: Backend, ward: WardData) -> QWidget:
    return PromCaptureDialog(None, backend, ward.admission_ids[0], "Bed 1")


def _conflict(backend: Backend, ward: WardData) -> QWidget:
    long_text = "A paragraph of the card, written twice at once. " * 40
    return ConflictDialog(None, "Who they are", long_text, long_text, "Sam", datetime.now(UTC))


WINDOWS = {
    "main": _main,
    "insights": _insights,
    "reviews": _reviews,
    "admit": _admit,
    "prom": _prom,
    "conflict": _conflict,
}


@pytest.fixture
def charge(backend: Backend, ward: WardData) -> Backend:
    backend.sign_in(CHARGE, PASSWORD)
    return backend


@pytest.mark.parametrize("area", [LAPTOP, MONITOR], ids=["1366x768", "1920x1080"])
@pytest.mark.parametrize("name", list(WINDOWS))
def test_each_window_fits_the_screen(
    qtbot, charge: Backend, ward: WardData, name: str, area: QRect
) -> None:
    window = WINDOWS[name](charge, ward)
    qtbot.addWidget(window)
    window_size.fit(window, area)
    window.show()
    qtbot.waitExposed(window)
    assert fits(window, area), (window.geometry(), area)


def test_admit_and_cancel_stay_on_a_short_screen_and_the_form_scrolls(
    qtbot, charge: Backend, ward: WardData
) -> None:
    dialog = AdmitDialog(None, charge, ward.ward_id, "Acute Medicine")
    qtbot.addWidget(dialog)
    short = QRect(0, 0, 1366, dialog.sizeHint().height() * 2 // 3)  # less than the form
    window_size.fit(dialog, short)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert fits(dialog, short)
    inside = dialog.rect()
    for button in (dialog.confirm_button, dialog.cancel_button):
        where = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
        assert button.isVisible() and inside.contains(where), button.text()
    scroll = dialog.findChild(window_size.FittingScrollArea)
    assert scroll.verticalScrollBar().maximum() > 0  # the rest of the form is a scroll away
    scroll.ensureWidgetVisible(dialog.expected)
    assert dialog.expected.visibleRegion().boundingRect().height() > 0


def test_on_a_large_screen_the_admit_form_opens_whole(
    qtbot, charge: Backend, ward: WardData
) -> None:
    dialog = AdmitDialog(None, charge, ward.ward_id, "Acute Medicine")
    qtbot.addWidget(dialog)
    window_size.fit(dialog, MONITOR)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.findChild(window_size.FittingScrollArea).verticalScrollBar().maximum() == 0


def test_a_window_reopens_at_the_size_it_was_left_within_the_screen(
    qtbot, charge: Backend, ward: WardData
) -> None:
    first = InsightsWindow(charge, None, ward.ward_id)
    qtbot.addWidget(first)
    window_size.fit(first, MONITOR)
    first.show()
    qtbot.waitExposed(first)
    first.resize(1100, 700)
    first.close()

    again = InsightsWindow(charge, None, ward.ward_id)
    qtbot.addWidget(again)
    window_size.fit(again, MONITOR)
    assert again.size() == QSize(1100, 700)
    window_size.fit(again, QRect(0, 0, 1024, 600))  # the same size on a smaller screen
    assert fits(again, QRect(0, 0, 1024, 600))


def test_fitting_a_window_never_restored_is_refused(qtbot) -> None:
    plain = QWidget()
    qtbot.addWidget(plain)
    with pytest.raises(ValueError, match="never restored"):
        window_size.fit(plain, LAPTOP)


@pytest.mark.parametrize("area", [LAPTOP, MONITOR], ids=["1366x768", "1920x1080"])
def test_a_long_message_scrolls_and_its_button_stays_on_the_screen(qtbot, area: QRect) -> None:
    problems = "\n".join(f"Row {n}: bed 9-9 is not a bed." for n in range(1, 120))
    notice = Notice(None, "Import census", problems, QMessageBox.Icon.Warning)
    qtbot.addWidget(notice)
    notice.show()
    qtbot.waitExposed(notice)
    room = notice.screen().availableGeometry()  # the box sizes itself for its screen
    assert notice.height() + window_size.FRAME_ALLOWANCE.height() <= room.height()
    scroll = notice.findChild(QScrollArea, "noticeScroll")
    assert scroll.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    ok = notice.button(QMessageBox.StandardButton.Ok)
    assert notice.rect().contains(QRect(ok.mapTo(notice, QPoint(0, 0)), ok.size()))
    assert "Row 119: bed 9-9 is not a bed." in notice.text()


def test_a_short_message_shows_whole(qtbot) -> None:
    notice = Notice(None, "Rounds", "Saved.")
    qtbot.addWidget(notice)
    notice.show()
    qtbot.waitExposed(notice)
    assert notice.findChild(QScrollArea, "noticeScroll").verticalScrollBar().maximum() == 0


@pytest.mark.parametrize("area", [LAPTOP, MONITOR], ids=["1366x768", "1920x1080"])
def test_the_rounds_console_window_fits_and_reopens_as_it_was_left(
    qtbot, backend: Backend, ward: WardData, monkeypatch, area: QRect
) -> None:
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    try:
        mode.stage.place(QGuiApplication.primaryScreen())  # a screen of its own
        desk = mode.stage.desk
        qtbot.waitExposed(desk)
        window_size.fit(desk, area)
        assert fits(desk, area)
        desk.resize(760, 540)
        left_at = desk.size()
        assert left_at != area.size() - window_size.FRAME_ALLOWANCE
    finally:
        close_mode(mode)
    again = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    try:
        assert again.stage.desk.size() == left_at
    finally:
        close_mode(again)
