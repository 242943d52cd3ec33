"""Amending one's own entry: the new text, whether the patient may read it, and why.
The original is never overwritten; it stays in the entry's history, struck through.
The dialog saves the amendment itself, so a refusal is shown in it with nothing typed
lost."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain import limits
from rounds_app.errors import RoundsError
from rounds_app.services import contributions
from rounds_app.services.contributions import ContributionView
from ui.backend import Backend
from ui.common import window_size
from ui.common.date_words import day_and_time
from ui.common.discipline_labels import discipline_label, kind_label
from ui.common.error_text import error_text
from ui.common.labelled_rows import buddy_label
from ui.common.widgets import fill_placeholders, plain_label


class AmendDialog(QDialog):
    def __init__(self, parent: QWidget | None, backend: Backend, entry: ContributionView) -> None:
        super().__init__(parent)
        self._backend = backend
        self._entry = entry
        self.new_id: int | None = None  # the amendment's id, once saved
        self.setObjectName("amendDialog")
        self.setWindowTitle(self.tr("Amend your entry"))

        heading = plain_label(self.tr("Amend your entry"), "dialogHeading")
        about = plain_label(
            fill_placeholders(
                self.tr("%1 · %2 · written %3"),
                discipline_label(entry.discipline),
                kind_label(entry.kind),
                day_and_time(entry.written_at, date.today()),
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
        text_label = buddy_label(self.tr("&Entry"), self.editor)
        self.reason = QLineEdit()
        self.reason.setObjectName("amendReason")
        self.reason.setAccessibleName(self.tr("Reason for the amendment"))
        self.reason.setMaxLength(limits.REASON)
        self.reason.setPlaceholderText(self.tr("For example: wrong dose written down"))
        reason_label = buddy_label(self.tr("&Reason for the amendment (required)"), self.reason)
        self.share = QCheckBox(self.tr("&Share with patient"))
        self.share.setObjectName("amendShare")
        self.share.setAccessibleName(self.tr("Share this entry with the patient"))
        self.share.setChecked(entry.shareable and not entry.sensitive)
        if entry.sensitive:  # a sensitive entry never leaves the team, whatever its mark
            self.share.setEnabled(False)
            self.share.setToolTip(self.tr("A sensitive entry is never shared with the patient"))
        else:
            self.share.setToolTip(self.tr("Print this entry on the patient's own copy"))

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
        layout.addWidget(self.share)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.ensurePolished()  # the stylesheet's font, not the default, sets the size
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.editor.setMinimumHeight(self.editor.fontMetrics().lineSpacing() * 7)
        window_size.restore(self, "AmendDialog")

        QWidget.setTabOrder(self.editor, self.share)
        QWidget.setTabOrder(self.share, self.reason)
        self.editor.setFocus()

    def accept(self) -> None:
        text, reason = self.editor.toPlainText(), self.reason.text().strip()
        shareable = self.share.isChecked()
        unchanged = text.strip() == self._entry.text.strip()
        if not text.strip():
            self._refuse(self.tr("The entry cannot be empty."), self.editor)
        elif unchanged and shareable == self.share_was:
            self._refuse(
                self.tr("Change the text, or whether it is shared, to amend the entry."),
                self.editor,
            )
        elif not reason:
            self._refuse(self.tr("Say why you are amending the entry."), self.reason)
        else:
            self._save(text, reason, shareable)

    @property
    def share_was(self) -> bool:
        return self._entry.shareable and not self._entry.sensitive

    def _save(self, text: str, reason: str, shareable: bool) -> None:
        # the mark is passed only when it changed: an amendment of the words alone
        # keeps the mark the version had
        try:
            self.new_id = self._backend.call(
                contributions.amend_contribution,
                self._entry.id,
                text=text,
                reason=reason,
                shareable=None if shareable == self.share_was else shareable,
            )
        except RoundsError as error:
            self._refuse(error_text(error), self.editor)
            return
        super().accept()

    def _refuse(self, message: str, focus: QWidget) -> None:
        self.error.setText(message)
        self.error.show()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def ask(cls, parent: QWidget | None, backend: Backend, entry: ContributionView) -> int | None:
        """The saved amendment's id, or None when the user cancels."""
        dialog = cls(parent, backend, entry)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.new_id
            return None
        finally:
            dialog.deleteLater()
