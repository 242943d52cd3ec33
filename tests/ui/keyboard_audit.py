"""What a keyboard user meets in a window: the controls Tab reaches and the order it
reaches them in, the names a screen reader speaks, and the Alt+letter mnemonics, so a
test can hold every screen to the same rules."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayoutItem,
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
    scroll area's corner, a button of a score row that is one tab stop: the keyboard
    reaches them through their owner."""
    keys_go_to_owner = widget.focusPolicy() == Qt.FocusPolicy.NoFocus
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QLineEdit | QAbstractSpinBox | QComboBox | QAbstractItemView):
            return True
        takes_tab = bool(parent.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if keys_go_to_owner and takes_tab and not isinstance(parent, QAbstractScrollArea):
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


def _ancestors(widget: QWidget) -> list[QWidget]:
    """`widget` and the widgets that hold it, innermost first."""
    chain = []
    while widget is not None:
        chain.append(widget)
        widget = widget.parentWidget()
    return chain


def _area_in(widget: QWidget, holder: QWidget) -> QRect:
    return QRect(widget.mapTo(holder, QPoint(0, 0)), widget.size())


def _same_row(a: QRect, b: QRect) -> bool:
    """Side by side: each one's vertical middle lies within the other's height, as a
    form's label and field do, or a list and the column of buttons beside it."""
    return a.top() <= b.center().y() <= a.bottom() or b.top() <= a.center().y() <= b.bottom()


def reads_before(a: QWidget, b: QWidget) -> bool:
    """Whether a reader of the window meets `a` before `b`: top to bottom, and left to
    right along a row. Widgets are compared as the parts of their innermost common
    holder that contain them, so a column (a splitter's pane, a group) is read
    whole before the column beside it."""
    a_up, b_up = _ancestors(a), _ancestors(b)
    b_ids = {id(w) for w in b_up}
    holder = next(w for w in a_up if id(w) in b_ids)
    if holder is a:
        return True  # a scroll area or frame comes before what it holds
    if holder is b:
        return False
    a_part = a_up[[id(w) for w in a_up].index(id(holder)) - 1]
    b_part = b_up[[id(w) for w in b_up].index(id(holder)) - 1]
    a_area, b_area = _area_in(a_part, holder), _area_in(b_part, holder)
    if _same_row(a_area, b_area):
        return a_area.left() < b_area.left()
    return a_area.top() < b_area.top()


def out_of_reading_order(window: QWidget) -> list[str]:
    """Each Tab step that goes back up the window, or leftwards along a row."""
    stops = tab_chain(window)
    return [
        f"{_describe(here)} → {_describe(there)}"
        for here, there in zip(stops, stops[1:], strict=False)
        if reads_before(there, here)
    ]


def _holds_control(item: QLayoutItem) -> bool:
    widget, layout = item.widget(), item.layout()
    if widget is not None:
        return isinstance(widget, _INTERACTIVE) or any(
            isinstance(child, _INTERACTIVE) for child in widget.findChildren(QWidget)
        )
    if layout is not None:
        return any(_holds_control(layout.itemAt(i)) for i in range(layout.count()))
    return False


def unlabelled_fields(window: QWidget) -> list[str]:
    """Labels that name a field but give no Alt+letter to reach it. Each needs the
    field as its buddy, and a mnemonic unless every letter of its words is already
    another control's in the window (a page of many fields runs out of letters, and
    a letter claimed twice is worse than none)."""
    claimed = set(mnemonics(window))
    labels = [
        label
        for label in window.findChildren(QLabel)
        if label.window() is window and label.isVisibleTo(window) and label.buddy() is not None
    ]
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if not isinstance(label, QLabel) or field is None or not _holds_control(field):
                continue  # a heading, or a label beside a value that is only read
            if label.window() is window and label.isVisibleTo(window) and label not in labels:
                labels.append(label)
    missing = []
    for label in labels:
        free = {c.lower() for c in label.text() if c.isalnum()} - claimed
        if label.buddy() is None or (not _MNEMONIC.search(label.text()) and free):
            missing.append(repr(label.text()))
    return missing


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
