"""The open actions on a ward that are mine or my discipline's, as a Qt table model:
bed, patient, action, owner, when due, and a column for each row's Done button."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from rounds_app.services.patient_card import WardActionView
from ui.actions.owner_and_due import due_text, owner_text
from ui.common.row_table_model import Index as _Index
from ui.common.row_table_model import RowTableModel
from ui.common.widgets import fill_placeholders, plain_tooltip
from ui.common.words import QT_TRANSLATE_NOOP
from ui.shell import palette

_OVERDUE = palette.colour("red_680")  # 8:1 on white and on the row stripes


class MyActionsModel(RowTableModel[WardActionView]):
    COL_BED = 0
    COL_PATIENT = 1
    COL_ACTION = 2
    COL_OWNER = 3
    COL_DUE = 4
    COL_DONE = 5  # holds the row's Done button; the model gives it words, no value

    AdmissionIdRole = Qt.ItemDataRole.UserRole + 1
    ActionIdRole = Qt.ItemDataRole.UserRole + 2
    OverdueRole = Qt.ItemDataRole.UserRole + 3

    _HEADERS = (
        QT_TRANSLATE_NOOP("MyActionsModel", "Bed"),
        QT_TRANSLATE_NOOP("MyActionsModel", "Patient"),
        QT_TRANSLATE_NOOP("MyActionsModel", "Action"),
        QT_TRANSLATE_NOOP("MyActionsModel", "Owner"),
        QT_TRANSLATE_NOOP("MyActionsModel", "Due"),
        QT_TRANSLATE_NOOP("MyActionsModel", "Mark done"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = date.today()

    def set_rows(self, rows: list[WardActionView], today: date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or date.today()
        self.endResetModel()

    def row(self, number: int) -> WardActionView:
        return self._rows[number]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_at(index)
        if row is None:
            return None
        due, overdue = due_text(row.action.due, self._today)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, due)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_ACTION:
            return plain_tooltip(row.action.text)  # the cell may be elided
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COL_DONE:
            return fill_placeholders(self.tr("Mark done: %1"), row.action.text)
        if column == self.COL_DUE and overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _OVERDUE
            if role == Qt.ItemDataRole.FontRole:
                bold = QFont()
                bold.setBold(True)  # only bold is set, so the table's size still applies
                return bold
        if role == self.AdmissionIdRole:
            return row.admission_id
        if role == self.ActionIdRole:
            return row.action.id
        if role == self.OverdueRole:
            return overdue
        return None

    def _display(self, row: WardActionView, column: int, due: str) -> str | None:
        if column == self.COL_BED:
            return row.bed_label or self.tr("No bed")
        if column == self.COL_PATIENT:
            return row.patient
        if column == self.COL_ACTION:
            return row.action.text
        if column == self.COL_OWNER:
            return owner_text(row.action)
        if column == self.COL_DUE:
            return due
        return None
