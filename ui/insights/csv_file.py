"""Where an insights CSV goes: the save dialog behind a `classmethod ask`, so tests
replace it. Writing reuses ui.printing's whole-or-nothing file writer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.common.file_dialogs import save_file


class CsvFileChooser:
    @classmethod
    def ask(cls, parent: QWidget | None, suggested_name: str) -> Path | None:
        """The file to save the CSV as, or None when the person cancels."""
        chosen = save_file(
            parent,
            QCoreApplication.translate("CsvFile", "Export insights as CSV"),
            suggested_name,
            [QCoreApplication.translate("CsvFile", "CSV files (*.csv)")],
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")
