"""The six charts of the insights window and how one `Insights` fills them, each with
its values listed in words for the tooltip and screen readers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject

from rounds_app.services.insights import Insights
from ui.common import date_words
from ui.common.widgets import fill_placeholders
from ui.insights.bar_chart import BarChart
from ui.insights.point_chart import PointChart

# the I-PASS elements, in the order a handoff gives them
HANDOFF_ELEMENTS = ("severity", "summary", "actions", "contingencies", "what_matters")


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), date_words.day_month_format())


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


class InsightCharts(QObject):
    """Owns no widgets' layout: the window places `charts` where it likes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = PointChart(
            self.tr("Minutes per patient, round by round"), self.tr("Round"), self.tr("Minutes")
        )
        self.completeness = BarChart(
            self.tr("Card completeness (patients on the ward now)"),
            self.tr("Current patients"),
            self.tr("Share"),
        )
        self.disciplines = BarChart(
            self.tr("Disciplines present per round"), self.tr("Round"), self.tr("Disciplines")
        )
        self.actions = BarChart(
            self.tr("Actions opened and closed"), self.tr("Day"), self.tr("Actions")
        )
        self.discharges = PointChart(
            self.tr("Discharge against the expected date"),
            self.tr("Patient (bed)"),
            self.tr("Days late (+) / early (−)"),
        )
        self.handoff = BarChart(
            self.tr("Handoff quality, I-PASS (patients on the ward now)"),
            self.tr("Element"),
            self.tr("Share"),
        )
        self.charts = (
            self.minutes,
            self.completeness,
            self.disciplines,
            self.actions,
            self.discharges,
            self.handoff,
        )

    def show(self, data: Insights) -> None:
        self._rounds(data)
        self._completeness(data)
        self._actions(data)
        self._discharges(data)
        self._handoff(data)

    def _rounds(self, data: Insights) -> None:
        labels = [_day(point.started_at.astimezone().date()) for point in data.rounds]
        minutes = [point.minutes_per_patient for point in data.rounds]
        self.minutes.set_data(
            labels,
            minutes,
            joined=True,
            value_text=lambda v: f"{v:.1f}",
            lines=[
                fill_placeholders(
                    self.tr("%1: %2 min per patient (%3)"),
                    date_words.stamp(p.started_at),
                    f"{p.minutes_per_patient:.1f}",
                    self.tr("%Ln patient(s)", "", p.patients),
                )
                for p in data.rounds
            ],
        )
        present = [float(point.disciplines_present) for point in data.rounds]
        self.disciplines.set_data(
            labels,
            [(self.tr("Disciplines"), present)],
            value_text=lambda v: f"{v:.0f}",
            lines=[
                fill_placeholders(
                    self.tr("%1: %2"),
                    date_words.stamp(p.started_at),
                    self.tr("%Ln discipline(s)", "", p.disciplines_present),
                )
                for p in data.rounds
            ],
        )

    def _completeness(self, data: Insights) -> None:
        bars = [
            (self.tr("What matters recorded"), data.what_matters_recorded),
            (self.tr("Goals revisited in 3 days"), data.goals_revisited_3_days),
        ]
        self._shares(self.completeness, bars)

    def _handoff(self, data: Insights) -> None:
        names = {
            "severity": self.tr("Severity"),
            "summary": self.tr("One-liner"),
            "actions": self.tr("Actions"),
            "contingencies": self.tr("If/then"),
            "what_matters": self.tr("What matters"),
        }
        known = [key for key in HANDOFF_ELEMENTS if key in data.handoff_quality]
        extra = sorted(set(data.handoff_quality) - set(known))  # a newer core's element
        self._shares(
            self.handoff,
            [(names.get(key, key), data.handoff_quality[key]) for key in known + extra],
        )

    def _shares(self, chart: BarChart, bars: list[tuple[str, float]]) -> None:
        chart.unit = "%"
        chart.set_data(
            [name for name, _ in bars],
            [(chart.title, [share * 100 for _, share in bars])],
            top=100.0,
            value_text=lambda v: f"{v:.0f}%",
            lines=[
                fill_placeholders(self.tr("%1: %2"), name, _percent(share)) for name, share in bars
            ],
        )

    def _actions(self, data: Insights) -> None:
        opened, closed = self.tr("Opened"), self.tr("Closed")
        self.actions.set_data(
            [_day(point.day) for point in data.actions],
            [
                (opened, [float(point.opened) for point in data.actions]),
                (closed, [float(point.closed) for point in data.actions]),
            ],
            value_text=lambda v: f"{v:.0f}",
            lines=[
                fill_placeholders(
                    self.tr("%1: %2 opened, %3 closed"),
                    _day(p.day),
                    str(p.opened),
                    str(p.closed),
                )
                for p in data.actions
            ],
        )

    def _discharges(self, data: Insights) -> None:
        dated = [p for p in data.discharges if p.expected is not None]
        late = [float((p.actual - p.expected).days) for p in dated if p.expected]
        beds = [p.bed or fill_placeholders(self.tr("#%1"), str(p.admission_id)) for p in dated]
        lines = [self._discharge_line(bed, days) for bed, days in zip(beds, late, strict=True)]
        undated = len(data.discharges) - len(dated)
        if undated:
            lines.append(self.tr("%Ln discharge(s) had no expected date.", "", undated))
        self.discharges.set_data(
            beds, late, joined=False, value_text=lambda v: f"{v:+.0f}" if v else "0", lines=lines
        )

    def _discharge_line(self, bed: str, days: float) -> str:
        if days == 0:
            return fill_placeholders(self.tr("%1: on the expected day"), bed)
        if days > 0:
            return fill_placeholders(
                self.tr("%1: %2"), bed, self.tr("%Ln day(s) late", "", int(days))
            )
        return fill_placeholders(
            self.tr("%1: %2"), bed, self.tr("%Ln day(s) early", "", int(-days))
        )
