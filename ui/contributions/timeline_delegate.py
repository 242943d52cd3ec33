"""Paints one timeline entry: the day heading above the first entry of a day, a muted
heading line (time, discipline, kind, author) with its badges, and the entry's text
wrapped to the width of the list.

The text is laid out by a QTextDocument holding it as plain text: it wraps, and each
paragraph takes its own direction, so Arabic or Hebrew lines read right to left in an
English window. sizeHint and paint share one `_Geometry`, so they never disagree."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.contributions.timeline_model import TimelineModel
from ui.shell import palette

_Index = QModelIndex | QPersistentModelIndex

PAD_X = 16
PAD_Y = 10
GAP = 6  # between the heading line and the text
BADGE_PAD = 8
BADGE_GAP = 8
DAY_COLOUR = palette.colour("blue_700")
MUTED = palette.colour("grey_780")  # heading line: 11:1 on white, 9:1 on the selection
RULE = palette.colour("grey_100")
FOCUS = palette.colour("blue_560")
# (text and outline, background) per badge kind; each pair keeps at least 7:1 contrast,
# and the outline keeps the badge visible on the selection colour
BADGE_COLOURS = {
    "sensitive": (palette.colour("red_710"), palette.colour("red_060")),
    "shared": (palette.colour("green_804"), palette.colour("green_080")),
    "amended": (palette.colour("blue_700"), palette.colour("blue_075")),
}


@dataclass(frozen=True)
class _Geometry:
    day: int  # height of the day heading (0 when the day continues)
    heading: int  # height of the heading line
    badges_below: bool  # the badges did not fit beside the heading
    badge_row: int  # height of a badge
    text: int  # height of the wrapped text

    @property
    def entry(self) -> int:
        badges = self.badge_row + GAP if self.badges_below else 0
        return PAD_Y + self.heading + badges + GAP + self.text + PAD_Y

    @property
    def total(self) -> int:
        return self.day + self.entry


def first_of_day(index: _Index) -> bool:
    """True when the row above belongs to another day (or there is none)."""
    if index.row() == 0:
        return True
    above = index.siblingAtRow(index.row() - 1)
    return above.data(TimelineModel.DayRole) != index.data(TimelineModel.DayRole)


def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    """(day heading, entry heading, badge) fonts derived from the list's font, so the
    stylesheet's size drives them all."""
    day = QFont(base)
    day.setBold(True)
    day.setPointSizeF(base.pointSizeF() * 1.05)
    heading = QFont(base)
    heading.setWeight(QFont.Weight.DemiBold)
    heading.setPointSizeF(base.pointSizeF() * 0.92)
    badge = QFont(base)
    badge.setWeight(QFont.Weight.DemiBold)
    badge.setPointSizeF(base.pointSizeF() * 0.82)
    return day, heading, badge


def _document(text: str, font: QFont, width: int) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    option = QTextOption()
    # a long word or a URL wraps anywhere rather than running off the edge
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setPlainText(text)
    document.setTextWidth(max(width, 1))
    return document


class TimelineDelegate(QStyledItemDelegate):
    def _inner_width(self, option: QStyleOptionViewItem) -> int:
        # the list's viewport, not option.rect: a list's size hints are asked before
        # the items have a rect, and the text must wrap at what the reader sees
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 0
        return max((width or option.rect.width()) - 2 * PAD_X, 80)

    def _badges_width(self, badges: list[tuple[str, str]], font: QFont) -> int:
        metrics = QFontMetrics(font)
        return sum(metrics.horizontalAdvance(t) + 2 * BADGE_PAD + BADGE_GAP for t, _ in badges)

    def _geometry(self, option: QStyleOptionViewItem, index: _Index) -> _Geometry:
        day_font, heading_font, badge_font = _fonts(option.font)
        width = self._inner_width(option)
        heading = QFontMetrics(heading_font)
        badges = index.data(TimelineModel.BadgesRole) or []
        beside = heading.horizontalAdvance(index.data(TimelineModel.HeadingRole) or "")
        below = bool(badges) and beside + BADGE_GAP + self._badges_width(badges, badge_font) > width
        text = _document(index.data() or "", option.font, width)
        return _Geometry(
            day=round(QFontMetrics(day_font).height() * 2.1) if first_of_day(index) else 0,
            heading=heading.height(),
            badges_below=below,
            badge_row=QFontMetrics(badge_font).height() + 4,
            text=int(text.size().height() + 0.99),
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        self.initStyleOption(option, index)
        geometry = self._geometry(option, index)
        return QSize(self._inner_width(option) + 2 * PAD_X, geometry.total)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        geometry = self._geometry(option, index)
        day_font, heading_font, badge_font = _fonts(option.font)
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if geometry.day:
            self._paint_day(
                painter,
                QRect(rect.x(), rect.y(), rect.width(), geometry.day),
                index.data(TimelineModel.DayRole),
                day_font,
            )
        entry = QRect(rect.x(), rect.y() + geometry.day, rect.width(), geometry.entry)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(entry, option.palette.brush(QPalette.ColorRole.Highlight))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(FOCUS, 2))
            painter.drawRect(entry.adjusted(1, 1, -1, -1))
        painter.setPen(RULE)
        painter.drawLine(entry.bottomLeft(), entry.bottomRight())

        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        x = entry.x() + PAD_X
        y = entry.y() + PAD_Y
        width = self._inner_width(option)
        heading_text = index.data(TimelineModel.HeadingRole) or ""
        painter.setFont(heading_font)
        painter.setPen(text_colour if selected else MUTED)
        heading_rect = QRect(x, y, width, geometry.heading)
        painter.drawText(
            heading_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(heading_font).elidedText(heading_text, Qt.TextElideMode.ElideRight, width),
        )
        badges = index.data(TimelineModel.BadgesRole) or []
        if geometry.badges_below:
            y += geometry.heading + GAP
            self._paint_badges(painter, badges, badge_font, x, y, geometry.badge_row)
            y += geometry.badge_row
        else:
            beside = x + QFontMetrics(heading_font).horizontalAdvance(heading_text) + BADGE_GAP * 2
            middle = y + (geometry.heading - geometry.badge_row) // 2
            self._paint_badges(painter, badges, badge_font, beside, middle, geometry.badge_row)
            y += geometry.heading
        y += GAP

        document = _document(index.data() or "", option.font, width)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_colour)
        painter.translate(x, y)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def _paint_day(self, painter: QPainter, rect: QRect, day: str, font: QFont) -> None:
        painter.setFont(font)
        painter.setPen(DAY_COLOUR)
        metrics = QFontMetrics(font)
        baseline = rect.bottom() - round(metrics.height() * 0.45)
        painter.drawText(rect.x() + PAD_X, baseline - metrics.descent(), day)
        painter.setPen(QPen(DAY_COLOUR, 2))
        painter.drawLine(
            rect.x() + PAD_X, rect.bottom() - 1, rect.right() - PAD_X, rect.bottom() - 1
        )

    def _paint_badges(
        self,
        painter: QPainter,
        badges: list[tuple[str, str]],
        font: QFont,
        x: int,
        y: int,
        height: int,
    ) -> None:
        painter.setFont(font)
        metrics = QFontMetrics(font)
        for text, kind in badges:
            foreground, background = BADGE_COLOURS[kind]
            box = QRectF(x, y, metrics.horizontalAdvance(text) + 2 * BADGE_PAD, height)
            painter.setPen(QPen(foreground, 1))
            painter.setBrush(background)
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2)
            painter.setPen(foreground)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            x += int(box.width()) + BADGE_GAP
