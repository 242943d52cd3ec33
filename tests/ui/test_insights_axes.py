"""The insights charts' axes on a laptop screen and a large one: category labels never
overlap, and the value axis' name is never cut."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from ui.insights.chart_frame import LABEL_GAP
from ui.insights.point_chart import PointChart

START = date(2026, 11, 4)


def _dates(count: int, every: int = 1) -> list[str]:
    return [f"{(START + timedelta(days=n * every)).day} Nov" for n in range(count)]


def _chart(qtbot, labels: list[str], y_label: str = "Minutes") -> PointChart:
    chart = PointChart("Minutes per patient, round by round", "Round", y_label)
    qtbot.addWidget(chart)
    chart.set_data(labels, [float(n % 5) for n in range(len(labels))], joined=True)
    return chart


@pytest.mark.parametrize("count", [9, 14, 28])
def test_date_labels_never_come_closer_than_the_gap(qtbot, count: int) -> None:
    chart = _chart(qtbot, _dates(count, every=28 // count))
    metrics = QFontMetricsF(chart.font())
    line = chart.fontMetrics().height()
    for width in range(300, 1300, 20):  # a quarter of a laptop screen to half a monitor
        chart.resize(width, 240)
        flags, boxes = chart.label_boxes(chart.plot_area(), line)
        assert len(boxes) >= 2, width
        drawn = [metrics.boundingRect(box, flags, text) for box, text in boxes]
        for before, after in zip(drawn, drawn[1:], strict=False):
            assert after.left() - before.right() >= LABEL_GAP - 1, (width, before, after)
        for text_box in drawn:
            assert text_box.left() >= 0 and text_box.right() <= width, width
            assert text_box.height() <= line * 2 + 1, width  # at most two lines


def test_labels_that_fit_are_all_shown_on_one_line(qtbot) -> None:
    chart = _chart(qtbot, _dates(5))
    chart.resize(900, 240)
    flags, boxes = chart.label_boxes(chart.plot_area(), chart.fontMetrics().height())
    assert [text for _, text in boxes] == _dates(5)
    assert flags == Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop  # no wrapping


DISCHARGE_AXIS = "Days late (+) / early (−)"


@pytest.mark.parametrize("height", [190, 228, 300, 420])
def test_the_value_axis_name_is_whole_and_has_its_room(qtbot, height: int) -> None:
    chart = _chart(qtbot, _dates(9), DISCHARGE_AXIS)
    chart.resize(600, height)
    plot = chart.plot_area()
    lines = chart.y_title_lines(plot.height())
    assert " ".join(lines) == DISCHARGE_AXIS
    metrics = QFontMetricsF(chart.font())
    line = chart.fontMetrics().height()
    for text in lines:
        assert metrics.horizontalAdvance(text) <= plot.height()
    names = QRectF(10, 0, len(lines) * line * 1.2, 1)  # drawn rotated from x = 10
    scale = metrics.horizontalAdvance("-4")
    assert names.right() + scale <= plot.left()  # neither touches the scale


def test_a_name_that_cannot_fit_is_shortened_not_cut(qtbot) -> None:
    chart = _chart(qtbot, _dates(3), DISCHARGE_AXIS)
    lines = chart.y_title_lines(30)
    assert len(lines) == 1 and lines[0].endswith("…")
    assert QFontMetricsF(chart.font()).horizontalAdvance(lines[0]) <= 30
