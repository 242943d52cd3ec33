"""The screen that says the round is over answers Esc and Enter, like the rest of
rounds mode, and shows clearly where the keyboard is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from tests.ui.rounds_support import FakeClock, close_mode, open_mode, press
from tests.ui.ward_data import WardData
from ui.backend import Backend
from ui.rounds.mode import RoundsMode
from ui.rounds.summary_panel import SummaryPanel
from ui.shell import style


def _end_round(qtbot, backend: Backend, ward: WardData, monkeypatch) -> RoundsMode:
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: mode.console.stack.currentWidget() is mode.console.summary)
    return mode


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_esc_or_enter_closes_rounds_mode_after_the_summary(
    qtbot, backend: Backend, ward: WardData, monkeypatch, key: Qt.Key
) -> None:
    mode = _end_round(qtbot, backend, ward, monkeypatch)
    try:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is mode.console.summary.close_button)
        with qtbot.waitSignal(mode.finished):
            press(qtbot, key)
    finally:
        close_mode(mode)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_focused_close_button_shows_a_ring_that_stands_out(qtbot, qapp) -> None:
    style.apply_stylesheet(qapp)
    try:
        panel = SummaryPanel()
        qtbot.addWidget(panel)
        panel.show()
        qtbot.waitExposed(panel)
        button = panel.close_button
        panel.activateWindow()
        qtbot.waitActive(panel)

        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        picture = button.grab().toImage()
        middle = picture.height() // 2
        ring = picture.pixelColor(0, middle)
        width = 0
        while picture.pixelColor(width, middle) == ring:
            width += 1
        inside = picture.pixelColor(width + 2, middle)
        page = panel.grab().toImage().pixelColor(button.x() - 2, button.y() + middle)
        # WCAG's least contrast for a focus indicator, on both of its sides
        assert _contrast(ring, inside) >= 3 and _contrast(ring, page) >= 3
        assert width >= 3  # thick enough to see from a step back
    finally:
        qapp.setStyleSheet("")
