"""Someone else saved the same text while you were editing: both versions side by
side, and the choice of keeping yours, keeping theirs, or merging the two by hand.
Nothing is overwritten until the person chooses.

Generic over what the text is (a card field, a discharge-plan box): callers pass a
label and the two texts, and save the Resolution themselves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.card.word_diff import marked_sides
from ui.common import date_words, window_size
from ui.common.labelled_rows import buddy_label
from ui.common.widgets import fill_placeholders, plain_label

# kept as typed: line breaks and runs of spaces are part of what someone wrote
_TEXT = '<p style="white-space: pre-wrap; margin: 0;">{}</p>'
# enough to read a few sentences of each version without scrolling
VERSION_LINES = 6
MERGE_LINES = 8


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
        saved = (
            fill_placeholders(self.tr("Saved by %1, %2"), who, date_words.stamp(theirs_at))
            if theirs_at
            else who
        )

        heading = plain_label(
            fill_placeholders(self.tr("%1 was changed while you were editing"), field_label),
            "dialogHeading",
        )
        heading.setWordWrap(True)
        intro = plain_label(
            fill_placeholders(
                self.tr(
                    "%1 saved a newer version. Nothing has been overwritten: choose what to keep."
                ),
                who,
            ),
            "dialogIntro",
        )
        intro.setWordWrap(True)
        mine_html, theirs_html = marked_sides(mine_text, theirs_text)
        self.mine_box = self._read_only(mine_html, self.tr("Your version"))
        self.theirs_box = self._read_only(
            theirs_html, fill_placeholders(self.tr("Their version: %1"), saved)
        )
        legend = plain_label(
            self.tr("Underlined and highlighted: words the other version does not have."),
            "historyLegend",
        )
        legend.setWordWrap(True)
        versions = QWidget()
        sides = QGridLayout(versions)
        sides.setContentsMargins(0, 0, 0, 0)
        sides.setHorizontalSpacing(16)
        sides.addWidget(plain_label(self.tr("Your version (not saved)"), "fieldLabel"), 0, 0)
        sides.addWidget(plain_label(saved, "fieldLabel"), 0, 1)
        sides.addWidget(self.mine_box, 1, 0)
        sides.addWidget(self.theirs_box, 1, 1)
        sides.setRowStretch(1, 1)

        self.merge_box = QPlainTextEdit(theirs_text + "\n\n" + mine_text)
        self.merge_box.setObjectName("mergeBox")
        self.merge_box.setTabChangesFocus(True)
        self.merge_caption = buddy_label(
            self.tr("&Merged text — theirs first, then yours; edit it into one"), self.merge_box
        )
        self.merging = QWidget()
        merge_layout = QVBoxLayout(self.merging)
        merge_layout.setContentsMargins(0, 0, 0, 0)
        merge_layout.addWidget(self.merge_caption)
        merge_layout.addWidget(self.merge_box, 1)
        self.merging.hide()
        # the person can give either part more room; neither part can be squeezed away
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(versions)
        self.splitter.addWidget(self.merging)

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
        layout.addWidget(legend)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self.ensurePolished()
        _at_least_lines(self.mine_box, VERSION_LINES)
        _at_least_lines(self.theirs_box, VERSION_LINES)
        _at_least_lines(self.merge_box, MERGE_LINES)
        metrics = self.fontMetrics()
        self.setMinimumWidth(metrics.averageCharWidth() * 100)
        default = QSize(metrics.averageCharWidth() * 110, metrics.height() * 40)
        window_size.restore(self, "ConflictDialog", default)
        self.keep_mine.setFocus()

    def _read_only(self, marked: str, name: str) -> QTextBrowser:
        box = QTextBrowser()
        box.setObjectName("conflictVersion")
        box.setHtml(_TEXT.format(marked))
        box.setOpenLinks(False)
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        return box

    @property
    def resolution(self) -> Resolution | None:
        return self._resolution

    def _start_merge(self) -> None:
        self.merge.hide()
        self.merging.show()
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


def _at_least_lines(box: QTextEdit | QPlainTextEdit, lines: int) -> None:
    """Room for `lines` lines of the box's own (styled) font, plus its frame and margins."""
    box.ensurePolished()
    margins = box.document().documentMargin() * 2 + box.frameWidth() * 2
    box.setMinimumHeight(int(box.fontMetrics().lineSpacing() * lines + margins))
