"""Under the goals of care: when they were last talked through and by whom, a badge
when that was too long ago (or before the illness changed), and the button that
stamps them as revisited today."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rounds_app.services.patient_card import AdmissionView
from ui.common import date_words
from ui.common.widgets import fill_placeholders, plain_label, plain_tooltip


class GoalsRevisit(QWidget):
    revisit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalsRevisit")
        self.revisited = plain_label(name="goalsRevisited")
        self.revisited.setWordWrap(True)
        self.stale = plain_label(self.tr("Goals need revisiting"), "staleBadge")
        self.stale.setToolTip(
            self.tr("Not talked through for a while, or not since the illness changed")
        )
        self.button = QPushButton(self.tr("Goals revisited today"))
        self.button.setObjectName("revisitButton")
        self.button.setToolTip(self.tr("Record that the goals of care were talked through today"))
        self.button.clicked.connect(self.revisit_requested)
        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.stale, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.revisited, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.clear()

    def show_admission(self, admission: AdmissionView, can_edit: bool) -> None:
        self._show(admission.goals_revisited_at, admission.goals_revisited_by)
        self.stale.setVisible(admission.goals_stale)
        self.button.setVisible(can_edit)

    def show_revisited(self, at: datetime, by: str) -> None:
        """Just stamped here: fresh, so no badge."""
        self._show(at, by)
        self.stale.hide()
        self.error.hide()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def clear(self) -> None:
        self.revisited.clear()
        self.stale.hide()
        self.button.hide()
        self.error.hide()

    def _show(self, at: datetime | None, by: str | None) -> None:
        self.error.hide()
        if at is None:
            self.revisited.setText(self.tr("Goals of care not revisited yet"))
            self.revisited.setToolTip("")
            return
        text = (
            fill_placeholders(self.tr("Last revisited %1 by %2"), date_words.day(at), by)
            if by
            else fill_placeholders(self.tr("Last revisited %1"), date_words.day(at))
        )
        self.revisited.setText(text)
        self.revisited.setToolTip(plain_tooltip(date_words.stamp(at)))
