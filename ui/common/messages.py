"""Calm, plain-text message boxes. Every box goes through `Notice.ask` so tests can
replace it instead of clicking through a modal loop."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QMessageBox, QScrollArea, QWidget

# of the screen's height: the most a message's words take before they scroll, so
# the OK button of a long list of import problems stays on a laptop's screen
TEXT_SHARE = 0.55


class _TextScroll(QScrollArea):
    """The message's words, as tall as they are up to TEXT_SHARE of the screen."""

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        self.label = label
        self.setObjectName("noticeScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(label)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        words = self.label.sizeHint()
        room = round(self.screen().availableGeometry().height() * TEXT_SHARE)
        if words.height() <= room:
            return words
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(words.width() + bar, room)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return self.sizeHint()


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
        self._scroll_the_words()

    def _scroll_the_words(self) -> None:
        """QMessageBox grows with its text and has no scroll bar of its own: its
        label goes into a scroll area in the same place of its grid."""
        label = self.findChild(QLabel, "qt_msgbox_label")
        grid = self.layout()
        assert isinstance(grid, QGridLayout) and label is not None, "QMessageBox's own layout"
        # PySide's stub types the (row, column, rows, columns) tuple as object
        position = cast(tuple[int, int, int, int], grid.getItemPosition(grid.indexOf(label)))
        row, column, rows, columns = position
        grid.removeWidget(label)
        grid.addWidget(_TextScroll(label), row, column, rows, columns)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    ) -> None:
        cls(parent, title, text, icon).exec()
