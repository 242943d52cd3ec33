"""A field's text for reading: plain text, wrapped to the width (anywhere, if a word
is longer than the line), as tall as it needs, each paragraph in its own direction
(Arabic and Hebrew paragraphs line up on the right).

A QLabel cannot break an unbroken string and reports unreliable heights inside a
scrolled grid, so the text is a frameless, read-only QTextEdit that answers
heightForWidth from its document."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QWidget


class ReadingText(QTextEdit):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}  # width -> height, until the text or font changes
        # a copy of the text laid out at the widths asked about, kept from one change to
        # the next: a layout asks for several widths, and a clone for each cost more
        # than the wrapping itself
        self._measure = QTextDocument(self)
        self._measure_stale = True
        self.setObjectName(name)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field around it takes the keyboard
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDocumentMargin(0)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.document().contentsChanged.connect(self._relayout)

    def text(self) -> str:
        return self.toPlainText()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            if len(self._heights) > 16:  # a window dragged wider and narrower
                self._heights.clear()
            document = self._measured()
            document.setTextWidth(max(1, width - 2 * self.frameWidth()))
            self._heights[width] = math.ceil(document.size().height()) + 2 * self.frameWidth()
        return self._heights[width]

    def _measured(self) -> QTextDocument:
        if self._measure_stale:
            shown = self.document()
            self._measure.setDefaultFont(self.font())
            self._measure.setDefaultTextOption(shown.defaultTextOption())
            self._measure.setDocumentMargin(shown.documentMargin())
            self._measure.setPlainText(self.toPlainText())
            self._measure_stale = False
        return self._measure

    def sizeHint(self) -> QSize:
        width = super().sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 12, self.fontMetrics().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self._relayout()  # the stylesheet's font arrives after construction

    def _relayout(self) -> None:
        self._heights.clear()
        self._measure_stale = True
        self.updateGeometry()
