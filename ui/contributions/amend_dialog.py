"""Amending one's own entry: the new text and why. The original is never overwritten;
it stays in the entry's history, struck through."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain import limits
from rounds_app.services.contributions import ContributionView
from ui import window_size
from ui.contributions.vocabulary import discipline_label, kind_label, when
from ui.widgets import fill, plain_label


class AmendDialog(QDialog):
    def __init__(self, parent: QWidget | None, entry: ContributionView) -> None:
        super().__init__(parent)
        self._entry = entry
        self.setObjectName("amendDialog")
        self.setWindowTitle(self.tr("Amend your entry"))

        heading = plain_label(self.tr("Amend your entry"), "dialogHeading")
        about = plain_label(
            fill(
                self.tr("%1 · %2 · written %3"),
                discipline_label(entry.discipline),
                kind_label(entry.kind),
                when(entry.written_at, date.today()),
            ),
            "entryAbout",
        )
        note = plain_label(
            self.tr("The text as it was stays in the entry's history, with your reason."),
            "entryNote",
        )
        note.setWordWrap(True)

        self.editor = QPlainTextEdit(entry.text)
        self.editor.setObjectName("amendText")
        self.editor.setAccessibleName(self.tr("Amended entry"))
        self.editor.setTabChangesFocus(True)
        text_label = plain_label(self.tr("&Entry"), "fieldLabel")
        text_label.setBuddy(self.editor)
        self.reason = QLineEdit()
        self.reason.setObjectName("amendReason")
        self.reason.setAccessibleName(self.tr("Reason for the amendment"))
        self.reason.setMaxLength(limits.REASON)
        self.reason.setPlaceholderText(self.tr("For example: wrong dose written down"))
        reason_label = plain_label(self.tr("&Reason for the amendment (required)"), "fieldLabel")
        reason_label.setBuddy(self.reason)

        self.error = plain_label(name="formError")
        self.error.hide()  # shown only when there is something to say

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save amendment"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addWidget(note)
        layout.addSpacing(6)
        layout.addWidget(text_label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.ensurePolished()  # the stylesheet's font, not the default, sets the size
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.editor.setMinimumHeight(self.editor.fontMetrics().lineSpacing() * 7)
        window_size.restore(self, "AmendDialog")

        QWidget.setTabOrder(self.editor, self.reason)
        self.editor.setFocus()

    @property
    def answer(self) -> tuple[str, str]:
        return self.editor.toPlainText(), self.reason.text().strip()

    def accept(self) -> None:
        text, reason = self.answer
        if not text.strip():
            self._refuse(self.tr("The entry cannot be empty."), self.editor)
        elif text.strip() == self._entry.text.strip():
            self._refuse(self.tr("Change the text to amend the entry."), self.editor)
        elif not reason:
            self._refuse(self.tr("Say why you are amending the entry."), self.reason)
        else:
            super().accept()

    def _refuse(self, message: str, focus: QWidget) -> None:
        self.error.setText(message)
        self.error.show()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def ask(cls, parent: QWidget | None, entry: ContributionView) -> tuple[str, str] | None:
        """(new text, reason), or None when the user cancels."""
        dialog = cls(parent, entry)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.answer
            return None
        finally:
            dialog.deleteLater()
