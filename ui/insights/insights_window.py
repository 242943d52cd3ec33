"""Rounds insights for one ward over a span of days: six small charts (time per
patient, card completeness, disciplines present, actions opened and closed, discharge
against the expected date, handoff quality), exported as CSV or printed as a PDF.

Numbers only, for the team looking back: no patient text is shown here."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rounds_app.errors import RoundsError
from rounds_app.services import insights
from rounds_app.services.insights import Insights
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common import date_words, window_size
from ui.common.error_text import error_text
from ui.common.labelled_rows import buddy_label
from ui.common.pdf_files import PdfFileChooser, write_atomically
from ui.common.widgets import fill_placeholders, plain_label
from ui.insights.csv_file import CsvFileChooser
from ui.insights.insight_charts import InsightCharts

log = subsystem_logger(__name__)

DEFAULT_DAYS = 28  # four weeks: enough rounds to see a trend, recent enough to act on


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class InsightsWindow(QDialog):
    def __init__(
        self, backend: Backend, parent: QWidget | None = None, ward_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self.data: Insights | None = None
        self.setObjectName("insightsWindow")
        self.setWindowTitle(self.tr("Rounds insights"))
        self.setWindowFlag(Qt.WindowType.Window, True)  # its own window, resizable

        self.ward_picker = QComboBox()
        self.ward_picker.setObjectName("insightsWard")
        self.ward_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        today = date.today()
        self.start = self._date_edit("insightsFrom", today - timedelta(days=DEFAULT_DAYS))
        self.end = self._date_edit("insightsTo", today)
        bar = QHBoxLayout()
        bar.setSpacing(10)
        for text, editor in (
            (self.tr("&Ward"), self.ward_picker),
            (self.tr("&From"), self.start),
            (self.tr("&To"), self.end),
        ):
            label = buddy_label(text, editor)
            bar.addWidget(label)
            bar.addWidget(editor)
            bar.addSpacing(14)
        bar.addStretch(1)

        self.message = plain_label(name="formError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.charts = InsightCharts(self)
        grid_page = QWidget()
        grid_page.setObjectName("insightsPage")
        grid = QGridLayout(grid_page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        for index, chart in enumerate(self.charts.charts):
            grid.addWidget(chart, index // 2, index % 2)
        scroll = QScrollArea()
        scroll.setObjectName("insightsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_page)

        self.export_button = self._button(self.tr("Export &CSV…"), self.export_csv)
        self.print_button = self._button(self.tr("&Print PDF…"), self.print_pdf)
        self.saved_note = plain_label(name="savedNote")
        close = self._button(self.tr("Close"), self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        window_size.restore(self, "InsightsWindow", QSize(1280, 900))
        self._fill_wards(ward_id)
        self.ward_picker.currentIndexChanged.connect(self.load)
        self.start.dateChanged.connect(self.load)
        self.end.dateChanged.connect(self.load)
        self.load()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_words.day_format())  # the month in words: no day/month guessing
        edit.setMaximumDate(_qdate(date.today()))
        return edit

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _fill_wards(self, ward_id: int | None) -> None:
        try:
            wards = self._backend.wards(self._backend.actor)
        except RoundsError as error:
            self._show_message(error_text(error))
            return
        for ward in wards:
            self.ward_picker.addItem(ward.name, ward.id)
        if ward_id is not None and (at := self.ward_picker.findData(ward_id)) >= 0:
            self.ward_picker.setCurrentIndex(at)

    def span(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()

    def load(self) -> None:
        ward_id = self.ward_picker.currentData()
        start, end = self.span()
        if ward_id is None:
            self._show_message(self.tr("There is no ward yet."))
            return
        if start > end:
            self._show_message(self.tr("The first day comes after the last: swap them."))
            return
        try:
            self.data = self._backend.call(insights.insights, ward_id, start, end)
        except RoundsError as error:
            self._show_message(error_text(error))
            return
        self.message.hide()
        self.charts.show(self.data)
        log.info("showed insights of ward %s", ward_id)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _file_name(self, suffix: str) -> str:
        start, end = self.span()
        return f"rounds-insights-{start.isoformat()}-{end.isoformat()}.{suffix}"

    def export_csv(self) -> None:
        if self.data is None:
            return
        path = CsvFileChooser.ask(self, self._file_name("csv"))
        if path is None:
            return
        self._write(path, insights.insights_csv(self.data).encode("utf-8"))

    def print_pdf(self) -> None:
        ward_id = self.ward_picker.currentData()
        if ward_id is None:
            return
        path = PdfFileChooser.ask(self, self._file_name("pdf"))
        if path is None:
            return
        start, end = self.span()
        try:
            # the report code (ReportLab, its fonts) loads with the first print
            from rounds_app.services.printing import print_insights

            pdf = self._backend.call(print_insights, ward_id, start, end)
        except RoundsError as error:
            self._show_message(error_text(error))
            return
        self._write(path, pdf)

    def _write(self, path: Path, data: bytes) -> None:
        try:
            write_atomically(path, data)
        except RoundsError as error:
            self._show_message(error_text(error))
            return
        self.message.hide()
        self.saved_note.setText(fill_placeholders(self.tr("Saved %1"), path.name))
