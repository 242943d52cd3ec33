"""The two questions the reviews window asks: finalize (a final is locked), and what
to do with unsaved changes before moving on. Each is a `classmethod ask`."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.common.words import Words


class ReviewQuestions(Words):
    """The translators' context of these words."""


class FinalizeConfirm:
    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            ReviewQuestions.tr("Finalize the review"),
            ReviewQuestions.tr(
                "A final review is locked: after this it changes only by amendments, "
                "which keep the text before and the reason. Finalize it now?"
            ),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        finalize = box.addButton(ReviewQuestions.tr("&Finalize"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(ReviewQuestions.tr("&Not yet"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is finalize


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    STAY = "stay"


class UnsavedChanges:
    @classmethod
    def ask(cls, parent: QWidget | None) -> Unsaved:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            ReviewQuestions.tr("Unsaved changes"),
            ReviewQuestions.tr("This review has changes that are not saved yet."),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        save = box.addButton(ReviewQuestions.tr("&Save draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            ReviewQuestions.tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(ReviewQuestions.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is save:
            return Unsaved.SAVE
        return Unsaved.DISCARD if box.clickedButton() is discard else Unsaved.STAY
