"""The screens a window must fit: a small laptop and a common monitor."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from ui.common import window_size

LAPTOP = QRect(0, 0, 1366, 768)
MONITOR = QRect(0, 0, 1920, 1080)


def fits(widget: QWidget, area: QRect) -> bool:
    """The window with its frame: pos() is where the frame starts."""
    return area.contains(QRect(widget.pos(), widget.size() + window_size.FRAME_ALLOWANCE))
