"""Rows as tall as a number of lines of the table's own font, which the stylesheet sets
at polish time: so a table is sized once it is polished, as it is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


def rows_of_lines(table: QTableView, lines: float) -> None:
    table.ensurePolished()
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(round(table.fontMetrics().height() * lines))
