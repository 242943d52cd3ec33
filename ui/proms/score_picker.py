"""A 0–10 score as a row of big buttons, for a tablet at the bedside or a keyboard.

The row is one tab stop (a focusable frame; the buttons themselves take no focus), so
three scores do not cost thirty-three Tab presses. Arrows step, digits pick, Delete
clears; "Not asked" is a state of its own, never a magic number."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QPushButton, QWidget

from ui.common.widgets import fill_placeholders, number_text

TOP = 10
NOT_ASKED = 99  # the button group's id for "not asked" (-1 would mean "pick one for me")


class ScorePicker(QFrame):
    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setObjectName("scorePicker")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.not_asked = self._button(self.tr("Not asked"), NOT_ASKED, "scoreNotAsked")
        for score in range(TOP + 1):
            layout.addWidget(self._button(number_text(score), score, "scoreButton"))
        layout.addSpacing(10)
        layout.addWidget(self.not_asked)
        self.group.idClicked.connect(self._picked)
        self.set_value(None)

    def _button(self, text: str, score: int, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        if score != NOT_ASKED:
            button.setAccessibleName(fill_placeholders(self.tr("%1: %2 of 10"), self._name, text))
        self.group.addButton(button, score)
        return button

    def value(self) -> int | None:
        picked = self.group.checkedId()
        return None if picked == NOT_ASKED else picked

    def set_value(self, score: int | None) -> None:
        self.group.button(NOT_ASKED if score is None else score).setChecked(True)
        self._describe()

    def _picked(self, _score: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._describe()
        self.changed.emit()

    def _describe(self) -> None:
        score = self.value()
        shown = (
            self.tr("not asked")
            if score is None
            else fill_placeholders(self.tr("%1 of 10"), number_text(score))
        )
        self.setAccessibleDescription(fill_placeholders(self.tr("%1: %2"), self._name, shown))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, score = event.key(), self.value()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._choose(int(key - Qt.Key.Key_0))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self._choose(0 if score is None else min(TOP, score + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self._choose(0 if score is None else max(0, score - 1))
        elif key == Qt.Key.Key_End:
            self._choose(TOP)
        elif key == Qt.Key.Key_Home:
            self._choose(0)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._choose(None)
        else:
            super().keyPressEvent(event)

    def _choose(self, score: int | None) -> None:
        if score != self.value():
            self.set_value(score)
            self.changed.emit()
