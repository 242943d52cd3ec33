"""A read-only table of plain text for the import preview: the patients to create or
update, what is skipped and why, the references left unresolved. It holds strings
only, so a name in any script is shown exactly as it came, never as markup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from ui.common.row_table_model import Index, RowTableModel
from ui.common.widgets import plain_tooltip


class PlanRowsModel(RowTableModel[tuple[str, ...]]):
    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._HEADERS = tuple(headers)  # translated already, by whoever names the columns
        self.set_rows(rows)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self._replace_rows([tuple(row) for row in rows])

    def _header_text(self, section: int) -> str:
        return self._HEADERS[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_at(index)
        if row is None:
            return None
        text = row[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            # a long reason or note is cut off in its cell; the tooltip shows it whole
            return plain_tooltip(text)
        return None
