"""Calm, plain-text message boxes. Every box goes through `Notice.ask` so tests can
replace it instead of clicking through a modal loop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class Notice(QMessageBox):
    """One message and an OK button. The text may quote user data, so it is shown as
    plain text, never interpreted as markup."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    ) -> None:
        super().__init__(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("notice")

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    ) -> None:
        cls(parent, title, text, icon).exec()
