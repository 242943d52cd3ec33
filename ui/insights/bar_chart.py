"""Bars per category, one or two series side by side (the second hatched, so the
pair reads in greyscale too), with each bar's value written above it when it fits."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter

from ui.insights.chart_frame import INK, SECOND, TEXT, ChartFrame, nice_top

BRUSHES = (QBrush(INK), QBrush(SECOND, Qt.BrushStyle.BDiagPattern))


class BarChart(ChartFrame):
    def set_data(
        self,
        labels: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        *,
        top: float | None = None,
        value_text: Callable[[float], str] | None = None,
        lines: Sequence[str] = (),
    ) -> None:
        """`series`: (name, one value per label); `lines`: the text alternative."""
        self.labels = list(labels)
        self.series = [(name, list(values)) for name, values in series]
        highest = max((v for _, values in self.series for v in values), default=0.0)
        self.bottom, self.top = 0.0, top if top is not None else nice_top(highest, whole=True)
        if value_text is not None:
            self.value_text = value_text
        self.legend = (
            [(name, BRUSHES[i]) for i, (name, _) in enumerate(self.series)]
            if len(self.series) > 1
            else []
        )
        self.describe(lines)
        self.update()

    def plot(self, painter: QPainter, plot: QRectF) -> None:
        metrics = self.fontMetrics()
        count = len(self.series)
        for index in range(len(self.labels)):
            band = self.slot(plot, index)
            width = min(band.width() * 0.7 / count, metrics.height() * 4)
            left = band.center().x() - width * count / 2
            for number, (_, values) in enumerate(self.series):
                value = values[index]
                y = self.y_of(plot, value)
                bar = QRectF(left + number * width, y, width - 2, plot.bottom() - y)
                brush = BRUSHES[number]
                painter.setPen(brush.color())
                painter.setBrush(brush)
                painter.drawRect(bar)
                text = self.value_text(value)
                # on a crowded axis the zeros would be noise; the text alternative has them
                crowded = len(self.labels) > 8 and value == 0
                if not crowded and metrics.horizontalAdvance(text) + 4 <= width:
                    painter.setPen(TEXT)
                    above = QRectF(
                        bar.left() - 4, y - metrics.height() - 2, width + 6, metrics.height()
                    )
                    painter.drawText(above, Qt.AlignmentFlag.AlignCenter, text)
        painter.setBrush(Qt.BrushStyle.NoBrush)
