"""Values as points over categories: joined into a line (minutes per patient, round by
round) or left as dots around a zero line (days early or late against the expected
discharge date). Each point's value is written beside it when there is room."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from ui.insights.chart_frame import AXIS, INK, TEXT, ChartFrame, nice_top


class PointChart(ChartFrame):
    def set_data(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        *,
        joined: bool,
        value_text: Callable[[float], str] | None = None,
        lines: Sequence[str] = (),
    ) -> None:
        """`joined`: a line from point to point; otherwise dots, on a scale that runs
        as far below zero as above it, so early and late read at the same size."""
        self.labels = list(labels)
        self.values = list(values)
        self.joined = joined
        highest = max((abs(v) for v in self.values), default=0.0)
        reach = nice_top(highest, whole=True)  # whole minutes or days on the scale
        if joined:
            self.bottom, self.top = 0.0, reach
        else:  # four steps either side of the expected day
            self.bottom, self.top = -reach, reach
        if value_text is not None:
            self.value_text = value_text
        self.describe(lines)
        self.update()

    def plot(self, painter: QPainter, plot: QRectF) -> None:
        metrics = self.fontMetrics()
        points = [
            QPointF(self.slot(plot, i).center().x(), self.y_of(plot, value))
            for i, value in enumerate(self.values)
        ]
        if self.bottom < 0:  # the zero line: on the expected day
            painter.setPen(QPen(AXIS, 2))
            zero = self.y_of(plot, 0)
            painter.drawLine(plot.left(), zero, plot.right(), zero)
        if self.joined and len(points) > 1:
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.setPen(QPen(INK, 2))
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        radius = max(4.0, metrics.height() / 4)
        for point in points:
            painter.drawEllipse(point, radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        band = plot.width() / max(1, len(points))
        painter.setPen(TEXT)
        for point, value in zip(points, self.values, strict=True):
            text = self.value_text(value)
            if metrics.horizontalAdvance(text) <= band:
                box = QRectF(
                    point.x() - band / 2,
                    point.y() - radius - metrics.height() - 2,
                    band,
                    metrics.height(),
                )
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
