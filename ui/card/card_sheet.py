"""The card's layout: "What matters most to me" across the top, the other fields in
one column, or two on a wide window, and the goals of care across the bottom.

Box layouts whose direction turns, rather than widgets moved between layouts: a
widget re-added to a layout keeps a stale height-for-width cache in Qt, and its
wrapped text is then clipped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QVBoxLayout, QWidget

from rounds_app.domain.enums import CardField
from ui.card.field_panel import FieldPanel
from ui.card.goals_revisit import GoalsRevisit
from ui.card.look import repolish

FIRST, LAST = CardField.WHAT_MATTERS_MOST, CardField.GOALS_OF_CARE
MIDDLE = [f for f in CardField if f not in (FIRST, LAST)]
TWO_COLUMNS_FROM = 100  # characters of width: below that, a second column cramps the text


class CardSheet(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # text wraps to the width instead: a card read sideways is no card
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._wide = False
        # created in reading order, which is also the Tab order
        self.panels = {field: FieldPanel(field) for field in [FIRST, *MIDDLE, LAST]}
        self.panels[FIRST].setProperty("prominent", True)
        repolish(self.panels[FIRST])
        self.goals = GoalsRevisit()
        self.panels[LAST].footer.addWidget(self.goals)
        sheet = QWidget()
        sheet.setObjectName("cardSheet")
        # The scroll area would take the sum of every wrapped text's tallest (narrowest)
        # shape as the least height, and scroll a card that fits; height-for-width
        # decides instead.
        sheet.setMinimumHeight(1)
        layout = QVBoxLayout(sheet)
        layout.setContentsMargins(4, 12, 12, 12)
        layout.setSpacing(14)
        layout.addWidget(self.panels[FIRST])
        # the middle fields go in pairs; a pair stands side by side, or one above the
        # other on a narrow window (the panels never leave their layouts)
        self._pairs = []
        for left, right in zip(MIDDLE[::2], MIDDLE[1::2], strict=True):
            pair = QBoxLayout(QBoxLayout.Direction.TopToBottom)
            pair.setSpacing(14)
            pair.addWidget(self.panels[left], 1)
            pair.addWidget(self.panels[right], 1)
            layout.addLayout(pair)
            self._pairs.append(pair)
        layout.addWidget(self.panels[LAST])
        layout.addStretch(1)
        self.setWidget(sheet)

    @property
    def columns(self) -> int:
        return 2 if self._wide else 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self.fontMetrics().averageCharWidth() * TWO_COLUMNS_FROM
        if wide != self._wide:
            self._wide = wide
            direction = (
                QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
            )
            for pair in self._pairs:
                pair.setDirection(direction)
        super().resizeEvent(event)
