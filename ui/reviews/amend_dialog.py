"""Amending a final review: which section, the new text (starting from what is there)
and why. The core keeps the text before, the text after and the reason."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain.enums import ReviewSection
from ui.common import window_size
from ui.common.labelled_rows import labelled_row
from ui.common.widgets import plain_label
from ui.reviews.sections_and_status import section_label


@dataclass(frozen=True)
class Amendment:
    section: ReviewSection
    text: str
    reason: str


class AmendReviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, sections: dict[ReviewSection, str]) -> None:
        super().__init__(parent)
        self._texts = sections
        self.setObjectName("amendReviewDialog")
        self.setWindowTitle(self.tr("Amend a final review"))
        self.section = QComboBox()
        for section in ReviewSection:
            self.section.addItem(section_label(section), section)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("For example: a fact was wrong"))
        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.setSpacing(10)
        for text, editor in (
            (self.tr("&Section"), self.section),
            (self.tr("&New text"), self.text),
            (self.tr("&Reason"), self.reason),
        ):
            labelled_row(form, text, editor)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Amend"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(plain_label(self.tr("Amend a final review"), "dialogHeading"))
        intro = plain_label(
            self.tr("The text before stays visible, struck through, with your reason."),
            "dialogIntro",
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.section.currentIndexChanged.connect(self._start_from_current)
        self._start_from_current()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        window_size.restore(self, "AmendReviewDialog")

    def _start_from_current(self) -> None:
        self.text.setPlainText(self._texts.get(self.section.currentData(), ""))

    def amendment(self) -> Amendment:
        return Amendment(
            ReviewSection(self.section.currentData()),
            self.text.toPlainText(),
            self.reason.text().strip(),
        )

    def _check(self) -> None:
        chosen = self.amendment()
        if chosen.text == self._texts.get(chosen.section, ""):
            self.error.setText(self.tr("The text is unchanged: there is nothing to amend."))
        elif not chosen.reason:
            self.error.setText(self.tr("Say why it is amended."))
        else:
            self.accept()
            return
        self.error.show()

    @classmethod
    def ask(cls, parent: QWidget | None, sections: dict[ReviewSection, str]) -> Amendment | None:
        dialog = cls(parent, sections)
        try:
            return dialog.amendment() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
