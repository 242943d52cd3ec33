"""Rounds insights on paper: charts drawn with reportlab.graphics, each with its numbers
written beside it (a chart alone is lost on a grey photocopy, and the words can be
read back). Aggregates only: the one table, of discharges, names beds, not people."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from rounds_app.reports.data import PrintJob
from rounds_app.reports.fonts import SANS
from rounds_app.reports.formats import day, local, short_day, when
from rounds_app.reports.renderer import Renderer
from rounds_app.reports.styles import INK, MUTED, team_styles
from rounds_app.reports.tables import ruled_table
from rounds_app.reports.text import Markup, one_line, paragraph
from rounds_app.services.insights import Insights

CHART_HEIGHT = 55 * mm
# distinguishable in colour and on a black-and-white printer
SERIES = (colors.HexColor("#2f5d8a"), colors.HexColor("#b0b0b0"))
MOST_LABELS = 10  # category labels on an axis before they are thinned out
ELEMENT_LABELS = {
    "severity": "Severity",
    "summary": "Summary (one-liner)",
    "actions": "Open actions",
    "contingencies": "If / then",
    "what_matters": "What matters",
    "goals": "Goals revisited (3 days)",
}


class InsightsRenderer(Renderer):
    title = "Rounds insights"

    def __init__(self, data: Insights, ward_name: str, job: PrintJob):
        self.data = data
        self.ward_name = ward_name
        super().__init__(job)

    def stylesheet(self) -> StyleSheet1:
        return team_styles()

    def _span(self) -> str:
        return f"{day(self.data.start)} to {day(self.data.end)}"

    def header(self, first: bool) -> list[Flowable]:
        s = self.styles
        if not first:
            return [
                paragraph(
                    s["meta"],
                    Markup("<b>Rounds insights — "),
                    one_line(self.ward_name),
                    Markup("</b> (continued)"),
                )
            ]
        return [
            paragraph(s["title"], Markup("Rounds insights — "), one_line(self.ward_name)),
            paragraph(
                s["meta"],
                Markup(f"{self._span()} · printed {when(self.job.printed_at)} by "),
                one_line(self.job.printed_by),
            ),
        ]

    def footer(self) -> list[Flowable]:
        return [
            paragraph(
                self.styles["footer"],
                Markup("Rounds insights · "),
                one_line(self.ward_name),
                Markup(f" · {self._span()} · printed {when(self.job.printed_at)}"),
            )
        ]

    def story(self) -> list[Flowable]:
        return [*self._rounds(), *self._cards(), *self._actions(), *self._discharges()]

    def _say(self, style: str, text: str) -> Flowable:
        return paragraph(self.styles[style], Markup(text))

    def _rounds(self) -> list[Flowable]:
        rounds = self.data.rounds
        out = [self._say("heading", "Time per patient in rounds")]
        if not rounds:
            return out + [self._say("small", "No finished rounds in this span.")]
        average = sum(r.minutes_per_patient for r in rounds) / len(rounds)
        present = sum(r.disciplines_present for r in rounds) / len(rounds)
        out.append(
            self._say(
                "body",
                f"{len(rounds)} round{'s' if len(rounds) != 1 else ''}: on average "
                f"{average:.1f} minutes per patient discussed, {present:.1f} disciplines present.",
            )
        )
        labels = [short_day(local(r.started_at).date()) for r in rounds]
        out.append(self._bars([r.minutes_per_patient for r in rounds], labels))
        return out

    def _cards(self) -> list[Flowable]:
        shares = {**self.data.handoff_quality, "goals": self.data.goals_revisited_3_days}
        names = [name for name in ELEMENT_LABELS if name in shares]
        lines = "; ".join(f"{ELEMENT_LABELS[n].lower()} {shares[n]:.0%}" for n in names)
        chart = HorizontalBarChart()
        chart.data = [[shares[n] * 100 for n in reversed(names)]]
        chart.categoryAxis.categoryNames = [ELEMENT_LABELS[n] for n in reversed(names)]
        chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
        chart.valueAxis.labelTextFormat = "%d%%"
        drawing = self._drawing(chart, left=40 * mm)
        return [
            self._say("heading", "Handoff elements on current patients' cards (I-PASS)"),
            self._say("body", f"Share of current patients with: {lines}."),
            drawing,
        ]

    def _actions(self) -> list[Flowable]:
        points = self.data.actions
        opened, closed = sum(p.opened for p in points), sum(p.closed for p in points)
        chart = HorizontalLineChart()
        chart.data = [[p.opened for p in points], [p.closed for p in points]]
        chart.categoryAxis.categoryNames = _thinned([f"{p.day.day} {p.day:%b}" for p in points])
        chart.valueAxis.valueMin = 0
        for i, colour in enumerate(SERIES):
            chart.lines[i].strokeColor = colour
            chart.lines[i].strokeWidth = 1.5
        drawing = self._drawing(chart)
        legend = Legend()
        legend.x, legend.y = self.width - 35 * mm, CHART_HEIGHT - 2 * mm
        legend.fontName, legend.fontSize = SANS, 7
        legend.colorNamePairs = list(zip(SERIES, ("opened", "closed"), strict=True))
        drawing.add(legend)
        return [
            self._say("heading", "Actions opened and closed per day"),
            self._say("body", f"{opened} opened, {closed} closed (done or cancelled)."),
            drawing,
        ]

    def _discharges(self) -> list[Flowable]:
        rows = [
            (
                d.bed or "—",
                day(d.expected) or "not set",
                day(d.actual),
                _late(d.expected, d.actual),
            )
            for d in self.data.discharges
        ]
        return [
            self._say("heading", "Discharges against the expected day"),
            ruled_table(
                self.styles,
                self.width,
                ("Bed", "Expected", "Left", "Against expected"),
                rows,
                (0.2, 0.25, 0.25, 0.3),
            ),
        ]

    def _bars(self, values: list[float], labels: list[str]) -> Drawing:
        chart = VerticalBarChart()
        chart.data = [values]
        chart.categoryAxis.categoryNames = _thinned(labels)
        chart.valueAxis.valueMin = 0
        chart.barLabelFormat = "%.1f"
        chart.barLabels.fontName, chart.barLabels.fontSize = SANS, 6.5
        chart.barLabels.nudge = 5
        return self._drawing(chart)

    def _drawing(self, chart, left: float = 12 * mm) -> Drawing:  # type: ignore[no-untyped-def]
        """`chart` in a drawing the width of the text, in the sheets' font and ink."""
        drawing = Drawing(self.width, CHART_HEIGHT)
        chart.x, chart.y = left, 10 * mm
        chart.width, chart.height = self.width - left - 40 * mm, CHART_HEIGHT - 14 * mm
        for axis in (chart.categoryAxis, chart.valueAxis):
            axis.labels.fontName, axis.labels.fontSize = SANS, 7
            axis.labels.fillColor = INK
            axis.strokeColor = MUTED
        if hasattr(chart, "bars"):
            for i, colour in enumerate(SERIES):
                chart.bars[i].fillColor = colour
                chart.bars[i].strokeColor = None
        drawing.add(chart)
        return drawing


def _thinned(labels: list[str]) -> list[str]:
    """Every label when they fit; else every n-th, so they do not overprint."""
    step = max(1, -(-len(labels) // MOST_LABELS))
    return [label if i % step == 0 else "" for i, label in enumerate(labels)]


def _late(expected: date | None, actual: date) -> str:
    if expected is None:
        return "—"
    days = (actual - expected).days
    if days == 0:
        return "on the day"
    return f"{abs(days)} day{'s' if abs(days) != 1 else ''} {'late' if days > 0 else 'early'}"
