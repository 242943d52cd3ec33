"""What we will do: a short list of actions, each with an owner, an optional due date
and whether it is done. Rows are added with a button and removed one by one."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rounds_app.services.reviews import ReviewAction
from ui.common.optional_date import OptionalDate
from ui.common.widgets import fill_placeholders, number_text, plain_label


class ActionRow(QFrame):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, number: int, action: ReviewAction | None = None) -> None:
        super().__init__()
        self.setObjectName("reviewActionRow")
        self.text = QLineEdit()
        self.text.setAccessibleName(
            fill_placeholders(self.tr("Action %1: what we will do"), number_text(number))
        )
        self.text.setPlaceholderText(self.tr("What we will do"))
        self.owner = QLineEdit()
        self.owner.setAccessibleName(
            fill_placeholders(self.tr("Action %1: owner"), number_text(number))
        )
        self.owner.setPlaceholderText(self.tr("Owner (a role or a name)"))
        self.due = OptionalDate(self.tr("No date"))
        self.due.setAccessibleName(
            fill_placeholders(self.tr("Action %1: due date"), number_text(number))
        )
        self.done = QCheckBox(self.tr("Done"))
        self.done.setAccessibleName(
            fill_placeholders(self.tr("Action %1: done"), number_text(number))
        )
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(
            fill_placeholders(self.tr("Remove action %1"), number_text(number))
        )
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(10)
        grid.addWidget(self.text, 0, 0, 1, 3)
        grid.addWidget(self.owner, 1, 0)
        grid.addWidget(self.due, 1, 1)
        grid.addWidget(self.done, 1, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.setColumnStretch(0, 1)
        if action is not None:
            self.text.setText(action.text)
            self.owner.setText(action.owner)
            self.due.set_value(action.due)
            self.done.setChecked(action.done)
        else:
            self.due.set_value(None)
        self.text.textChanged.connect(self.changed)
        self.owner.textChanged.connect(self.changed)
        self.due.changed.connect(self.changed)
        self.done.toggled.connect(self.changed)

    def value(self) -> ReviewAction:
        due = self.due.value()
        return ReviewAction(
            self.text.text().strip(), self.owner.text().strip(), due, self.done.isChecked()
        )

    def set_read_only(self, read_only: bool) -> None:
        for editor in (self.text, self.owner):
            editor.setReadOnly(read_only)
        for widget in (self.due, self.done, self.remove):
            widget.setEnabled(not read_only)


class ReviewActionRows(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ActionRow] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(6)
        self.empty = plain_label(self.tr("No actions yet."), "emptyNote")
        self.add_button = QPushButton(self.tr("&Add an action"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_blank)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self._rows_box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def value(self) -> tuple[ReviewAction, ...]:
        """The rows with something in them; a blank row is not an action."""
        return tuple(a for a in (row.value() for row in self.rows) if a.text or a.owner)

    def set_value(self, actions: Iterable[ReviewAction]) -> None:
        for row in list(self.rows):
            self._remove(row, notify=False)
        for action in actions:
            self._add(action)
        self.empty.setVisible(not self.rows)

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            row.set_read_only(read_only)

    def _add_blank(self) -> None:
        row = self._add(None)
        row.text.setFocus()
        self.changed.emit()

    def _add(self, action: ReviewAction | None) -> ActionRow:
        row = ActionRow(len(self.rows) + 1, action)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self._rows_box.addWidget(row)
        self.empty.hide()
        return row

    def _remove(self, row: ActionRow, notify: bool = True) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self.empty.setVisible(not self.rows)
        if notify:
            self.changed.emit()
