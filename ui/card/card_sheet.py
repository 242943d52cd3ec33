"""The card's layout: "What matters most to me" across the top, the other fields in
one column, or two on a wide window, and the goals of care across the bottom.

Box layouts whose direction turns, rather than widgets moved between layouts: a
widget re-added to a layout keeps a stale height-for-width cache in Qt, and its
wrapped text is then clipped.

When the card changes under the reader (a save, a live update from another
workstation), `keeping` holds the field being read where it was on screen."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain.enums import CardField
from ui.card.field_panel import FieldPanel
from ui.card.goals_revisit import GoalsRevisit
from ui.common.repolish import repolish

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

    @contextmanager
    def keeping(self, anchor: FieldPanel | None = None) -> Iterator[None]:
        """Whatever the block changes, `anchor` (by default the field being read)
        stays where it was in the view; an anchor whose top had scrolled out of view
        is brought back in."""
        held = anchor or self.field_in_view()
        before = self._top_in_view(held) if held is not None else 0
        yield
        if held is None or not held.isVisible():
            return
        self._settle()
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self._top_in_view(held) - before)
        if anchor is not None and self._top_in_view(anchor) < 0:
            # its top had scrolled out of view: brought back to the top edge, and no
            # further, so a field that grew as it was saved does not move
            bar.setValue(bar.value() + self._top_in_view(anchor))

    def field_in_view(self) -> FieldPanel | None:
        """The field being read: the one with the keyboard, if it shows; else the
        first whose text reaches into the view."""
        focus = QApplication.focusWidget()
        height = self.viewport().height()
        showing = [
            panel
            for panel in self.panels.values()
            if panel.isVisible()
            and self._top_in_view(panel) + panel.height() > 0
            and self._top_in_view(panel) < height
        ]
        for panel in showing:
            if focus is not None and (focus is panel or panel.isAncestorOf(focus)):
                return panel
        return min(showing, key=self._top_in_view, default=None)

    def _top_in_view(self, panel: FieldPanel) -> int:
        return panel.mapTo(self.viewport(), QPoint(0, 0)).y()

    def _settle(self) -> None:
        """Lays the card out now rather than at the next event loop pass, so the
        field's new place can be read."""
        self.widget().layout().activate()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

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
