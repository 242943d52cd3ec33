"""Following the Tab key's path through a window without a real keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_stops(start: QWidget, count: int) -> list[QWidget]:
    """The next `count` widgets Tab would reach from `start`."""
    stops: list[QWidget] = []
    widget = start
    while len(stops) < count:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and widget.isEnabled() and widget.isVisibleTo(start.window()):
            stops.append(widget)
    return stops
