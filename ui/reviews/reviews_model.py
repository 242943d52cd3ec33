"""The list of reviews, newest first: title on the first line, then status, date,
the linked bed and whether it is de-identified."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from rounds_app.services.reviews import ReviewSummary
from ui.common import date_words
from ui.common.widgets import fill_placeholders, plain_tooltip
from ui.reviews.sections_and_status import status_label, status_since

Index = QModelIndex | QPersistentModelIndex


class ReviewsModel(QAbstractListModel):
    ReviewIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list[ReviewSummary] = []

    def set_rows(self, rows: Sequence[ReviewSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, review_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == review_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.title}\n{self._details(row)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{row.title}\n{self._details(row)}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return fill_placeholders(self.tr("%1, %2"), row.title, self._details(row))
        if role == self.ReviewIdRole:
            return row.id
        return None

    def _details(self, row: ReviewSummary) -> str:
        parts = [status_label(row.status), date_words.stamp(status_since(row))]
        if row.linked_bed:
            parts.append(fill_placeholders(self.tr("bed %1"), row.linked_bed))
        if row.deidentified:
            parts.append(self.tr("de-identified"))
        return " · ".join(parts)
