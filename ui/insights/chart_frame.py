"""What every insights chart shares: a title, labelled axes, a value scale with light
grid lines, a message when there is nothing to draw, and a text alternative (tooltip
and accessible description) listing every value, so a screen reader or a colour-blind
reader loses nothing. Subclasses draw the data inside `plot`.

Drawn with QPainter rather than QtCharts, which would need the large Addons package."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.common.widgets import plain_tooltip
from ui.shell import palette

INK = palette.colour("blue_700")
SECOND = palette.colour("amber_680")
TEXT = palette.colour("grey_890")
MUTED = palette.colour("grey_680")
GRID = palette.colour("grey_100")
AXIS = palette.colour("grey_420")
Y_TITLE_LINES = 3  # beyond that a rotated name is harder to read than a shortened one
LABEL_GAP = 12.0  # the least space between two labels on the category axis, in pixels


def nice_top(value: float, *, whole: bool = False) -> float:
    """The top of a scale drawn with four steps, each a round number (1, 2, 2.5 or 5
    × 10ⁿ); for counts and minutes (`whole`) a whole number of at least 1, so every
    tick is a number people use."""
    if value <= 0:
        return 4.0 if whole else 1.0
    wanted = value / 4
    power = 10 ** math.floor(math.log10(wanted))
    steps = (n * power for n in (1, 2, 2.5, 5, 10))
    step = next(s for s in steps if s >= wanted and (not whole or float(s).is_integer()))
    return (max(step, 1.0) if whole else step) * 4


class ChartFrame(QWidget):
    def __init__(self, title: str, x_label: str, y_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("insightChart")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.title, self.x_label, self.y_label = title, x_label, y_label
        self.setAccessibleName(title)
        self.labels: list[str] = []
        self.bottom, self.top = 0.0, 1.0
        self.value_text: Callable[[float], str] = lambda v: f"{v:g}"
        self.unit = ""  # after each number of the scale: "%" for shares
        self.legend: list[tuple[str, QBrush]] = []  # shown beside the title when set
        self.describe([])

    def describe(self, lines: Sequence[str]) -> None:
        """The chart in words: the title, then one line per value."""
        body = list(lines) or [self.tr("No data for these dates.")]
        text = "\n".join([self.title, *body])
        self.setToolTip(plain_tooltip(text))
        self.setAccessibleDescription(text)

    @property
    def description(self) -> str:
        return self.accessibleDescription()

    def has_data(self) -> bool:
        return bool(self.labels)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 26, line * 15)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 18, line * 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        heading = QFont(self.font())
        heading.setBold(True)
        heading.setPointSizeF(self.font().pointSizeF() * 1.1)
        painter.setFont(heading)
        painter.setPen(INK)
        title_box = QRectF(12, 8, self.width() - 24, self.title_height())
        painter.drawText(
            title_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title
        )
        painter.setFont(self.font())
        self._legend(painter, title_box)
        plot = self.plot_area()
        if not self.has_data() or plot.width() < 40 or plot.height() < 40:
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(
                    12, title_box.bottom(), self.width() - 24, self.height() - title_box.bottom()
                ),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No data for these dates."),
            )
            return
        self._axes(painter, plot, line)
        self.plot(painter, plot)

    def title_height(self) -> float:
        return self.fontMetrics().height() * 1.5

    def plot_area(self) -> QRectF:
        """Where the data goes: below the title, above two lines of category labels
        and the axis name, right of the value axis' name and scale."""
        metrics = self.fontMetrics()
        line = metrics.height()
        top = 8 + self.title_height() + line  # the title box starts 8 pixels down
        bottom = self.height() - line * 4.2
        scale_width = max(metrics.horizontalAdvance(self._tick_text(v)) for v in self._ticks())
        name_width = line * (1.2 * len(self.y_title_lines(bottom - top)) + 0.2)
        left = 12 + name_width + scale_width + 8
        return QRectF(left, top, self.width() - 16 - left, bottom - top)

    def _legend(self, painter: QPainter, row: QRectF) -> None:
        """Swatches with their names, right-aligned on the title's row: the pattern and
        the word say which series is which, not the colour alone."""
        metrics = self.fontMetrics()
        swatch = metrics.height() * 0.8
        right = row.right()
        for name, brush in reversed(self.legend):
            width = metrics.horizontalAdvance(name)
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(right - width, row.top(), width, row.height()),
                Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            box = QRectF(right - width - swatch - 6, row.center().y() - swatch / 2, swatch, swatch)
            painter.setPen(QPen(brush.color(), 1))
            painter.setBrush(brush)
            painter.drawRect(box)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            right = box.left() - 16

    def _tick_text(self, value: float) -> str:
        return f"{value:g}{self.unit}"

    def _ticks(self) -> list[float]:
        step = (self.top - self.bottom) / 4
        return [self.bottom + step * i for i in range(5)]

    def y_of(self, plot: QRectF, value: float) -> float:
        share = (value - self.bottom) / ((self.top - self.bottom) or 1)
        return plot.bottom() - plot.height() * share

    def _axes(self, painter: QPainter, plot: QRectF, line: int) -> None:
        for tick in self._ticks():
            y = self.y_of(plot, tick)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(MUTED)
            box = QRectF(0, y - line / 2, plot.left() - 8, line)
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self._tick_text(tick),
            )
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.setPen(MUTED)
        x_box = QRectF(plot.left(), self.height() - line * 1.4, plot.width(), line * 1.2)
        painter.drawText(x_box, Qt.AlignmentFlag.AlignCenter, self.x_label)
        painter.save()  # the value axis' name reads bottom to top beside the scale
        painter.translate(10, plot.center().y())
        painter.rotate(-90)
        for row, text in enumerate(self.y_title_lines(plot.height())):
            painter.drawText(
                QRectF(-plot.height() / 2, row * line * 1.2, plot.height(), line * 1.2),
                Qt.AlignmentFlag.AlignCenter,
                text,
            )
        painter.restore()
        self._category_labels(painter, plot, line)

    def y_title_lines(self, length: float) -> list[str]:
        """The value axis' name in the lines it needs along `length` pixels: wrapped
        between words onto at most Y_TITLE_LINES lines, shortened with an ellipsis
        only when even that cannot hold it."""
        metrics = QFontMetricsF(self.font())
        lines: list[str] = []
        for word in self.y_label.split():
            joined = f"{lines[-1]} {word}" if lines else word
            if lines and metrics.horizontalAdvance(joined) <= length:
                lines[-1] = joined
            else:
                lines.append(word)
        if len(lines) <= Y_TITLE_LINES and all(
            metrics.horizontalAdvance(text) <= length for text in lines
        ):
            return lines
        return [metrics.elidedText(self.y_label, Qt.TextElideMode.ElideRight, length)]

    def slot(self, plot: QRectF, index: int) -> QRectF:
        """The horizontal band of category `index`."""
        width = plot.width() / max(1, len(self.labels))
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def _category_labels(self, painter: QPainter, plot: QRectF, line: int) -> None:
        flags, boxes = self.label_boxes(plot, line)
        for box, text in boxes:
            painter.drawText(box, flags, text)

    def label_boxes(
        self, plot: QRectF, line: float
    ) -> tuple[Qt.AlignmentFlag, list[tuple[QRectF, str]]]:
        """Where each category label goes, as (box, text), and the text flags: every
        label on one line when they fit; else on two lines when each one fits in two;
        else every n-th label. Any label that would still come within LABEL_GAP of the
        one before it (near the edges) is left out, so labels never overlap."""
        metrics = QFontMetricsF(self.font())
        band = plot.width() / len(self.labels)
        widest = max(metrics.horizontalAdvance(text) for text in self.labels)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        every, width = 1, widest
        if widest + LABEL_GAP > band:
            wrapped = flags | Qt.TextFlag.TextWordWrap
            room = QRectF(0, 0, band - LABEL_GAP, line * 100)
            fits = [metrics.boundingRect(room, wrapped, text) for text in self.labels]
            if band > LABEL_GAP and all(
                r.width() <= room.width() and r.height() <= line * 2 for r in fits
            ):
                flags, width = wrapped, room.width()
            else:
                every = math.ceil((widest + LABEL_GAP) / band)
        boxes: list[tuple[QRectF, str]] = []
        last_right = -math.inf
        for index in range(0, len(self.labels), every):
            left = self.slot(plot, index).center().x() - width / 2
            left = max(0.0, min(left, self.width() - width - 2))  # never cut at the edges
            if left < last_right + LABEL_GAP - 0.5:  # half a pixel for rounding
                continue
            boxes.append((QRectF(left, plot.bottom() + 4, width, line * 2.2), self.labels[index]))
            last_right = left + width
        return flags, boxes

    def plot(self, painter: QPainter, plot: QRectF) -> None:
        raise NotImplementedError
