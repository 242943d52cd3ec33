"""One checklist row: a tick box, the item's text wrapped over as many lines as it
needs (a QCheckBox's own text never wraps), and who ticked it and when."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from ui.common.widgets import plain_label


class _ClickableText(QLabel):
    """The item's words; a click on them ticks the box, as a checkbox label would."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        self._box = box
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setObjectName("checklistText")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.click()
        super().mouseReleaseEvent(event)


class CheckRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistRow")
        self.box = QCheckBox()
        self.box.setObjectName("checklistItem")
        self.text = _ClickableText(self.box)
        self.note = plain_label(name="checklistNote")
        self.note.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(0)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.box, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.text, 0, 1)
        grid.addWidget(self.note, 1, 1)
        self.setFocusProxy(self.box)

    def set_item(self, text: str, done: bool, note: str) -> None:
        self.text.setText(text)
        self.box.setAccessibleName(text)
        self.box.setChecked(done)
        self.note.setText(note)
        self.note.setVisible(bool(note))
