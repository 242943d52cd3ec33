"""Every saved version of one card field, newest first: who, when, in whose voice, and
the text with what changed since the version before marked word by word."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain.enums import CardField
from rounds_app.errors import RoundsError
from rounds_app.services import cards
from rounds_app.services.cards import RevisionView
from ui.backend import Backend
from ui.card.field_labels import field_label, voice_label
from ui.card.word_diff import plain_html, word_diff_html
from ui.common import date_words, window_size
from ui.common.error_text import error_text
from ui.common.widgets import fill_placeholders, number_text, plain_label
from ui.shell import palette

_MUTED = palette.hex_colour("grey_680")  # who and when, under a version's title

_TEXT = '<p style="white-space: pre-wrap; margin: 4px 0 18px 0;">{}</p>'


class FieldHistoryDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, backend: Backend, admission_id: int, field: CardField
    ) -> None:
        super().__init__(parent)
        self.revisions: list[RevisionView] = []
        label = field_label(field)
        self.setObjectName("historyDialog")
        self.setWindowTitle(fill_placeholders(self.tr("History of %1"), label))
        heading = plain_label(label, "dialogHeading")
        self.legend = plain_label(
            self.tr("Struck through: removed. Underlined and highlighted: added."), "historyLegend"
        )
        self.marks = QCheckBox(self.tr("&Mark what changed"))
        self.marks.setChecked(True)
        self.marks.toggled.connect(self._render)
        self.browser = QTextBrowser()
        self.browser.setObjectName("historyText")
        self.browser.setAccessibleName(fill_placeholders(self.tr("Versions of %1"), label))
        self.browser.setOpenLinks(False)
        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.marks)
        layout.addWidget(self.legend)
        layout.addWidget(self.error)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.ensurePolished()
        window_size.restore(
            self,
            "FieldHistoryDialog",
            QSize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 34),
        )

        try:
            self.revisions = backend.call(cards.field_history, admission_id, field)
        except RoundsError as error:
            self.error.setText(error_text(error))
            self.error.show()
        self._render()
        self.browser.setFocus()

    def _render(self) -> None:
        self.legend.setVisible(self.marks.isChecked())
        if not self.revisions:
            self.browser.setHtml(html.escape(self.tr("Nothing has been saved in this field yet.")))
            return
        blocks = []
        previous: RevisionView | None = None
        for revision in self.revisions:
            blocks.append(self._block(revision, previous))
            previous = revision
        self.browser.setHtml("".join(reversed(blocks)))  # newest first: what is true now

    def _block(self, revision: RevisionView, previous: RevisionView | None) -> str:
        facts = [
            revision.edited_by or self.tr("unknown"),
            date_words.stamp(revision.edited_at),
            voice_label(revision.voice),
        ]
        if previous is not None and previous.voice != revision.voice:
            facts.append(fill_placeholders(self.tr("was %1"), voice_label(previous.voice)))
        title = fill_placeholders(self.tr("Version %1"), number_text(revision.version))
        if self.marks.isChecked() and previous is not None:
            text = word_diff_html(previous.text, revision.text)
        elif revision.text:
            text = plain_html(revision.text)
        else:
            text = html.escape(self.tr("(emptied)"))
        return (
            f"<h3 style='margin: 0;'>{html.escape(title)}</h3>"
            f"<p style='color:{_MUTED}; margin: 2px 0;'>{html.escape(' · '.join(facts))}</p>"
            + _TEXT.format(text)
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, backend: Backend, admission_id: int, field: CardField
    ) -> None:
        dialog = cls(parent, backend, admission_id, field)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
