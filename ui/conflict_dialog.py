"""Someone else saved the same text while you were editing: both versions side by
side, and the choice of keeping yours, keeping theirs, or merging the two by hand.
Nothing is overwritten until the person chooses.

Generic over what the text is (a card field, a discharge-plan box): callers pass a
label and the two texts, and save the Resolution themselves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import window_size
from ui.card import when
from ui.widgets import fill, plain_label


class Choice(Enum):
    MINE = "mine"
    THEIRS = "theirs"
    MERGED = "merged"


@dataclass(frozen=True)
class Resolution:
    choice: Choice
    text: str  # the text to keep (for THEIRS: theirs, which is already stored)


class ConflictDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        field_label: str,
        mine_text: str,
        theirs_text: str,
        theirs_by: str | None,
        theirs_at: datetime | None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self._resolution: Resolution | None = None
        self._mine, self._theirs = mine_text, theirs_text
        self.setObjectName("conflictDialog")
        self.setWindowTitle(title or self.tr("Two versions of the same text"))
        who = theirs_by or self.tr("Someone else")
        saved = fill(self.tr("Saved by %1, %2"), who, when.stamp(theirs_at)) if theirs_at else who

        heading = plain_label(
            fill(self.tr("%1 was changed while you were editing"), field_label), "dialogHeading"
        )
        heading.setWordWrap(True)
        intro = plain_label(
            fill(
                self.tr(
                    "%1 saved a newer version. Nothing has been overwritten: choose what to keep."
                ),
                who,
            ),
            "dialogIntro",
        )
        intro.setWordWrap(True)
        self.mine_box = self._read_only(mine_text, self.tr("Your version"))
        self.theirs_box = self._read_only(theirs_text, fill(self.tr("Their version: %1"), saved))
        sides = QGridLayout()
        sides.setHorizontalSpacing(16)
        sides.addWidget(plain_label(self.tr("Your version (not saved)"), "fieldLabel"), 0, 0)
        sides.addWidget(plain_label(saved, "fieldLabel"), 0, 1)
        sides.addWidget(self.mine_box, 1, 0)
        sides.addWidget(self.theirs_box, 1, 1)

        self.merge_box = QPlainTextEdit(theirs_text + "\n\n" + mine_text)
        self.merge_box.setObjectName("mergeBox")
        self.merge_box.setTabChangesFocus(True)
        self.merge_caption = plain_label(
            self.tr("&Merged text — theirs first, then yours; edit it into one"), "fieldLabel"
        )
        self.merge_caption.setBuddy(self.merge_box)
        self.merge_caption.hide()
        self.merge_box.hide()

        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.merge = QPushButton(self.tr("M&erge…"))
        self.save_merged = QPushButton(self.tr("&Save merged text"))
        self.save_merged.hide()
        self.later = QPushButton(self.tr("Decide &later"))
        self.later.setToolTip(self.tr("Go back to your text; nothing is saved yet (Esc)"))
        self.keep_mine.clicked.connect(lambda: self._choose(Choice.MINE, self._mine))
        self.keep_theirs.clicked.connect(lambda: self._choose(Choice.THEIRS, self._theirs))
        self.merge.clicked.connect(self._start_merge)
        self.save_merged.clicked.connect(
            lambda: self._choose(Choice.MERGED, self.merge_box.toPlainText())
        )
        self.later.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        # no default until merging: Enter must not pick a side by accident
        for button in (self.keep_mine, self.keep_theirs, self.merge, self.save_merged, self.later):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.later)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(sides, 1)
        layout.addWidget(self.merge_caption)
        layout.addWidget(self.merge_box, 1)
        layout.addLayout(buttons)
        self.ensurePolished()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        window_size.restore(self, "ConflictDialog")
        self.keep_mine.setFocus()

    def _read_only(self, text: str, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setReadOnly(True)
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        return box

    @property
    def resolution(self) -> Resolution | None:
        return self._resolution

    def _start_merge(self) -> None:
        self.merge.hide()
        self.merge_caption.show()
        self.merge_box.show()
        self.save_merged.show()
        self.save_merged.setDefault(True)
        self.merge_box.setFocus()

    def _choose(self, choice: Choice, text: str) -> None:
        self._resolution = Resolution(choice, text)
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        field_label: str,
        mine_text: str,
        theirs_text: str,
        theirs_by: str | None,
        theirs_at: datetime | None,
        title: str = "",
    ) -> Resolution | None:
        """The person's choice, or None when they want to go back to their text."""
        dialog = cls(parent, field_label, mine_text, theirs_text, theirs_by, theirs_at, title)
        try:
            dialog.exec()
            return dialog.resolution
        finally:
            dialog.deleteLater()
