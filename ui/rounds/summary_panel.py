"""The end of the round on the console: how many patients were discussed and skipped,
the minutes, the actions captured and read back, who attended — and each patient's
line. The ward-room screen shows the same totals, without names."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from rounds_app.domain.enums import RoundPatientStatus
from rounds_app.services.round_summary import RoundSummary
from ui.common.discipline_labels import discipline_label
from ui.common.widgets import fill_placeholders, number_text, plain_label
from ui.common.words import Words
from ui.rounds.round_patients_model import status_label
from ui.rounds.round_timer import clock_text


class RoundSummaryWords(Words):
    """The translators' context of these words."""


def headline(summary: RoundSummary) -> str:
    """ "9 discussed · 1 skipped · 0 not reached · 47 minutes", and how many were on
    the screen without an outcome when there were some."""
    seen = summary.count(RoundPatientStatus.SEEN)
    parts = [
        fill_placeholders(
            RoundSummaryWords.tr("%1 discussed"),
            number_text(summary.count(RoundPatientStatus.DISCUSSED)),
        ),
        *(
            [fill_placeholders(RoundSummaryWords.tr("%1 seen, no outcome"), number_text(seen))]
            if seen
            else []
        ),
        fill_placeholders(
            RoundSummaryWords.tr("%1 skipped"),
            number_text(summary.count(RoundPatientStatus.SKIPPED)),
        ),
        fill_placeholders(
            RoundSummaryWords.tr("%1 not reached"),
            number_text(summary.count(RoundPatientStatus.PENDING)),
        ),
        fill_placeholders(RoundSummaryWords.tr("%1 min"), number_text(round(summary.minutes))),
    ]
    return "  ·  ".join(parts)


def totals(summary: RoundSummary) -> list[str]:
    """The lines under the headline, fit for the ward-room screen (no names)."""
    read_back = sum(p.actions_read_back for p in summary.patients)
    present = ", ".join(discipline_label(d) for d in summary.present) or RoundSummaryWords.tr(
        "nobody recorded"
    )
    lines = [
        fill_placeholders(
            RoundSummaryWords.tr("Actions captured: %1 (read back: %2)"),
            number_text(summary.actions_created),
            number_text(read_back),
        ),
        fill_placeholders(RoundSummaryWords.tr("Attended: %1"), present),
    ]
    if summary.absent:
        lines.append(
            fill_placeholders(
                RoundSummaryWords.tr("Not here: %1"),
                ", ".join(discipline_label(d) for d in summary.absent),
            )
        )
    return lines


class SummaryPanel(QWidget):
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundSummary")
        self.heading = plain_label(self.tr("The round is over"), "dialogHeading")
        self.headline = plain_label(name="summaryHeadline")
        self.headline.setWordWrap(True)
        self.totals = plain_label(name="summaryTotals")
        self.totals.setWordWrap(True)
        self.patients = QPlainTextEdit()
        self.patients.setObjectName("summaryPatients")
        self.patients.setReadOnly(True)
        self.patients.setAccessibleName(self.tr("Each patient's outcome"))
        self.close_button = QPushButton(self.tr("Close rounds mode"))
        self.close_button.setObjectName("closeRounds")
        self.close_button.setToolTip(self.tr("Close rounds mode (Enter or Esc)"))
        # outside a dialog a push button takes only Space; Enter is what people press
        self.close_button.setAutoDefault(True)
        self.close_button.clicked.connect(self.close_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(10)
        for widget in (self.heading, self.headline, self.totals):
            layout.addWidget(widget)
        layout.addWidget(self.patients, 1)
        layout.addWidget(self.close_button)

    def show_summary(self, summary: RoundSummary, names: dict[int, str]) -> None:
        self.headline.setText(headline(summary))
        self.totals.setText("\n".join(totals(summary)))
        lines = []
        for p in summary.patients:
            captured = fill_placeholders(
                self.tr("actions: %1, read back: %2, entries: %3"),
                number_text(p.actions_created),
                number_text(p.actions_read_back),
                number_text(p.contributions_captured),
            )
            lines.append(
                "  ·  ".join(
                    [
                        p.bed_label or self.tr("No bed"),
                        names.get(p.admission_id, p.initials),
                        status_label(p.status),
                        clock_text(p.seconds),
                        captured,
                    ]
                )
            )
        self.patients.setPlainText("\n".join(lines))
        self.close_button.setFocus()
