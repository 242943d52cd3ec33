"""A small sparkline of what the patient said about pain, feeling and breathlessness
over the last readings: one labelled row per measure on a fixed 0–10 scale, the latest
number printed at the end, gaps where a measure was not asked.

Each row carries its name in words, so nothing depends on telling colours apart; the
tooltip and the accessible description list every reading."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from rounds_app.services.proms import PromView
from ui.common import date_words
from ui.common.widgets import fill_placeholders, number_text, plain_tooltip
from ui.proms.measures import Measure, measure_name
from ui.shell import palette

TOP = 10
INK = palette.colour("blue_700")
MUTED = palette.colour("grey_680")
RULE = palette.colour("grey_150")


@dataclass(frozen=True)
class Reading:
    at: datetime
    scores: dict[Measure, int | None]


def readings_of_views(points: Iterable[PromView]) -> list[Reading]:
    return [Reading(p.recorded_at, _scores(p.pain, p.feeling, p.breathlessness)) for p in points]


def readings_of_slide(
    points: Iterable[tuple[datetime, int | None, int | None, int | None]],
) -> list[Reading]:
    """The audience slide's numbers-only tuples: (at, pain, feeling, breathlessness)."""
    return [Reading(at, _scores(pain, feeling, breath)) for at, pain, feeling, breath in points]


def _scores(pain: int | None, feeling: int | None, breath: int | None) -> dict[Measure, int | None]:
    return {Measure.PAIN: pain, Measure.FEELING: feeling, Measure.BREATHLESSNESS: breath}


class PromTrend(QWidget):
    """Mount it anywhere: `set_points(card.proms)` on the card tab, or
    `set_slide_points(slide.proms)` in the rounds audience view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promTrend")
        self.setAccessibleName(self.tr("How the patient says they are"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._readings: list[Reading] = []
        self.set_readings([])

    @property
    def readings(self) -> list[Reading]:
        return list(self._readings)

    def set_points(self, points: Sequence[PromView]) -> None:
        self.set_readings(readings_of_views(points))

    def set_slide_points(
        self, points: Sequence[tuple[datetime, int | None, int | None, int | None]]
    ) -> None:
        """The audience slide's numbers: `slide.proms`."""
        self.set_readings(readings_of_slide(points))

    def set_readings(self, readings: Sequence[Reading]) -> None:
        self._readings = sorted(readings, key=lambda r: r.at)  # oldest first, left to right
        text = self.describe()
        self.setToolTip(plain_tooltip(text))
        self.setAccessibleDescription(text)
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """Every reading in words, oldest first: the text alternative of the chart."""
        if not self._readings:
            return self.tr("No patient-reported scores yet.")
        lines = [self.tr("Patient-reported scores, 0 to 10:")]
        for reading in self._readings:
            parts = [
                fill_placeholders(self.tr("%1 %2"), measure_name(m), self._score_text(s))
                for m, s in reading.scores.items()
            ]
            lines.append(
                fill_placeholders(
                    self.tr("%1 — %2"), date_words.stamp(reading.at), ", ".join(parts)
                )
            )
        return "\n".join(lines)

    def _score_text(self, score: int | None) -> str:
        return self.tr("not asked") if score is None else number_text(score)

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.9)

    def sizeHint(self) -> QSize:
        rows = len(Measure) if self._readings else 1
        return QSize(self.fontMetrics().averageCharWidth() * 40, rows * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 30, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._readings:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignVCenter, self.describe())
            return
        metrics = self.fontMetrics()
        name_width = max(metrics.horizontalAdvance(measure_name(m)) for m in Measure) + 12
        number_width = metrics.horizontalAdvance("10") + 16
        height = self._row_height()
        for row, measure in enumerate(Measure):
            top = 4 + row * height
            painter.setPen(MUTED)
            name_box = QRectF(0, top, name_width, height)
            painter.drawText(name_box, Qt.AlignmentFlag.AlignVCenter, measure_name(measure))
            line_box = QRectF(
                name_width, top + 5, self.width() - name_width - number_width, height - 10
            )
            scores = [r.scores[measure] for r in self._readings]
            self._spark(painter, line_box, scores)
            latest = next((s for s in reversed(scores) if s is not None), None)
            painter.setPen(INK)
            bold = painter.font()
            bold.setBold(True)
            painter.setFont(bold)
            number_box = QRectF(self.width() - number_width, top, number_width, height)
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(number_box, align, "–" if latest is None else number_text(latest))
            painter.setFont(self.font())

    def _spark(self, painter: QPainter, box: QRectF, scores: list[int | None]) -> None:
        painter.setPen(QPen(RULE, 1))
        painter.drawLine(box.bottomLeft(), box.bottomRight())  # the 0 line
        count = len(scores)
        step = box.width() / max(1, count - 1)

        def at(index: int, score: int) -> QPointF:
            x = box.left() + (index * step if count > 1 else box.width() / 2)
            return QPointF(x, box.bottom() - box.height() * score / TOP)

        path, drawing = QPainterPath(), False
        for index, score in enumerate(scores):
            if score is None:  # a gap: not asked that time
                drawing = False
                continue
            point = at(index, score)
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
            drawing = True
        painter.setPen(QPen(INK, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(INK)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, score in enumerate(scores):
            if score is not None:
                painter.drawEllipse(at(index, score), 3, 3)
