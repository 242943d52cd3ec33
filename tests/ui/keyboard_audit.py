"""What a keyboard user meets in a window: the controls Tab reaches, the names a
screen reader speaks, and the Alt+letter mnemonics, so a test can hold every screen
to the same rules."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

_INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)
# "&&" is a literal ampersand; "&x" makes Alt+X
_MNEMONIC = re.compile(r"&([^&\s])")


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isEnabled()


def _part_of_another_control(widget: QWidget) -> bool:
    """A line edit's clear button, a spin box's or combo box's own line edit, a
    scroll area's corner: the keyboard reaches them through their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QLineEdit | QAbstractSpinBox | QComboBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def controls(window: QWidget) -> list[QWidget]:
    """Every interactive control on view in `window`."""
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, _INTERACTIVE)
        and w.window() is window
        and _shown(w, window)
        and not _part_of_another_control(w)
        and not (
            isinstance(w, QTextEdit | QPlainTextEdit) and w.isReadOnly() and not w.focusPolicy()
        )
    ]


def tab_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, once round the window's focus chain."""
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    seen: set[int] = set()
    while widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and _shown(widget, window) and widget.window() is window:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def unreachable(window: QWidget) -> list[str]:
    stops = set(map(id, tab_chain(window)))
    return [_describe(w) for w in controls(window) if id(w) not in stops]


def unnamed(window: QWidget) -> list[str]:
    """Controls a screen reader would announce without a name."""
    missing = []
    for widget in controls(window):
        if isinstance(widget, QTabBar):
            continue  # each tab is named by its text
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            missing.append(_describe(widget))
    return missing


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the texts that claim it, in the window as it shows now."""
    claims: dict[str, list[str]] = defaultdict(list)

    def claim(text: str) -> None:
        found = _MNEMONIC.search(text)
        if found:
            claims[found.group(1).lower()].append(text)

    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            claim(widget.text())
        elif isinstance(widget, QAbstractButton):
            claim(widget.text())
        elif isinstance(widget, QGroupBox):
            claim(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                claim(widget.tabText(index))
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            if action.isVisible():
                claim(action.text())
    return dict(claims)


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: texts for key, texts in mnemonics(window).items() if len(texts) > 1}


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}".strip()
