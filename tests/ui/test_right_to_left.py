"""A language written right to left mirrors the windows: with the Arabic translation
the main window has the census on the right of the patient panel, and the rounds
console its heading on the right of its status — as they are on the left in English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from tests.ui.every_dialog import show
from tests.ui.rounds_support import FakeClock, close_mode, open_mode
from tests.ui.ward_data import PASSWORD, WardData
from ui.backend import Backend
from ui.shell.language import install_language
from ui.shell.main_window import MainWindow

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


@pytest.fixture(params=["en", "ar"])
def direction(request) -> Iterator[Qt.LayoutDirection]:
    """English (the computer's default here) and Arabic, with the direction each has."""
    if request.param == "en":
        yield LTR
        return
    installed = install_language("ar")
    assert installed.name == "ar"
    yield RTL
    installed.uninstall()


def _left(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def _in_order(first: QWidget, second: QWidget, direction: Qt.LayoutDirection) -> bool:
    """`first` comes before `second` in the reading direction."""
    if direction == RTL:
        return _left(first) > _left(second)
    return _left(first) < _left(second)


def test_the_main_window(
    qtbot, backend: Backend, ward: WardData, direction: Qt.LayoutDirection
) -> None:
    assert QGuiApplication.layoutDirection() == direction
    window = show(qtbot, MainWindow(backend, backend.sign_in(ward.charge.username, PASSWORD)))
    assert window.layoutDirection() == direction
    assert _in_order(window.census, window.panel, direction)


def test_the_rounds_console(
    qtbot, backend: Backend, ward: WardData, monkeypatch, direction: Qt.LayoutDirection
) -> None:
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    try:
        console = mode.console
        assert console.window().layoutDirection() == direction
        assert console.layoutDirection() == direction
        assert _in_order(console.heading, console.status, direction)
    finally:
        close_mode(mode)
