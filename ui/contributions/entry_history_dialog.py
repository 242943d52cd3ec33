"""Every version of one entry, oldest first: replaced versions struck through, each
amendment with who made it, when and why.

The document is built with QTextCursor and character formats, never from HTML, so
what people wrote is inserted as text and cannot be read as markup."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from rounds_app.errors import RoundsError
from rounds_app.services import contributions
from rounds_app.services.contributions import ContributionView
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common import window_size
from ui.common.date_words import day_and_time
from ui.common.discipline_labels import discipline_label, kind_label
from ui.common.error_text import error_text
from ui.common.widgets import fill_placeholders, number_text, plain_label
from ui.shell import palette

log = subsystem_logger(__name__)


class EntryHistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, backend: Backend, contribution_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("entryHistoryDialog")
        self.setWindowTitle(self.tr("History of the entry"))
        self.versions: list[ContributionView] = []

        heading = plain_label(self.tr("History of the entry"), "dialogHeading")
        self.about = plain_label(name="entryAbout")
        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.document_view = QTextBrowser()
        self.document_view.setObjectName("entryHistory")
        self.document_view.setAccessibleName(self.tr("Versions of the entry, oldest first"))
        self.document_view.setOpenLinks(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.about)
        layout.addWidget(self.error)
        layout.addWidget(self.document_view, 1)
        layout.addWidget(buttons)
        self.ensurePolished()
        metrics = self.fontMetrics()
        window_size.restore(
            self,
            "EntryHistoryDialog",
            QSize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 28),
        )

        try:
            self.versions = backend.call(contributions.entry_history, contribution_id)
        except RoundsError as error:
            self.error.setText(error_text(error))
            self.error.show()
            self.about.hide()
            self.document_view.hide()
            return
        log.info("showed the history of contribution id %s", contribution_id)
        self._write(self.versions)
        self.document_view.setFocus()

    def _write(self, versions: list[ContributionView]) -> None:
        today = date.today()
        if versions:
            first = versions[0]
            self.about.setText(
                fill_placeholders(
                    self.tr("%1 · %2 · first written %3 by %4"),
                    discipline_label(first.discipline),
                    kind_label(first.kind),
                    day_and_time(first.written_at, today),
                    first.author,
                )
            )
        cursor = QTextCursor(self.document_view.document())
        for number, version in enumerate(versions, start=1):
            current = number == len(versions)
            if number > 1:
                cursor.insertBlock(_spaced(18))
            title = (
                fill_placeholders(self.tr("Version %1 — current"), number_text(number))
                if current
                else fill_placeholders(
                    self.tr("Version %1 — replaced by version %2"),
                    number_text(number),
                    number_text(number + 1),
                )
            )
            cursor.insertText(title, _format(bold=True))
            written = version.amended_at or version.written_at
            action = self.tr("Amended %1 by %2") if number > 1 else self.tr("Written %1 by %2")
            cursor.insertBlock(_spaced(2))
            cursor.insertText(
                fill_placeholders(action, day_and_time(written, today), version.author), _format()
            )
            if number > 1:
                cursor.insertBlock(_spaced(2))
                cursor.insertText(self.tr("Reason: "), _format(bold=True))
                cursor.insertText(version.amendment_reason, _format(italic=True))
            cursor.insertBlock(_spaced(8))
            # a replaced version is struck through and muted, and its title says so in
            # words for anyone who cannot see the line
            cursor.insertText(version.text, _format(struck=not current))
        self.document_view.moveCursor(QTextCursor.MoveOperation.Start)

    @classmethod
    def ask(cls, parent: QWidget | None, backend: Backend, contribution_id: int) -> None:
        dialog = cls(parent, backend, contribution_id)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def _spaced(top: int) -> QTextBlockFormat:
    block = QTextBlockFormat()
    block.setTopMargin(top)
    return block


def _format(*, bold: bool = False, italic: bool = False, struck: bool = False) -> QTextCharFormat:
    chars = QTextCharFormat()
    chars.setFontWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    chars.setFontItalic(italic)
    chars.setFontStrikeOut(struck)
    if struck:
        chars.setForeground(palette.colour("grey_650"))
    return chars
