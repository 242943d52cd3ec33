"""Tests still waiting for results when the patient leaves: which test, who will tell
the patient the result, and by when (or that the team cannot say yet)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from rounds_app.domain import limits
from rounds_app.services import after_hospital
from rounds_app.services.patient_card import DischargePlanView
from ui.backend import Backend
from ui.common.date_words import date_text
from ui.common.optional_date import OptionalDate
from ui.common.widgets import fill_placeholders
from ui.discharge.removable_list import RemovableListSection


class PendingTestsSection(RemovableListSection):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("PendingTestsSection", "Tests waiting for results"),
            QCoreApplication.translate("PendingTestsSection", "No tests waiting for results."),
            QCoreApplication.translate("PendingTestsSection", "Add test"),
            after_hospital.remove_pending_test,
            parent,
        )
        self.setObjectName("pendingTestsSection")
        self.add_button.setObjectName("addPendingTest")
        self.test = QLineEdit()
        self.test.setObjectName("pendingTest")
        self.test.setMaxLength(limits.SHORT_TEXT)
        self.test.setPlaceholderText(self.tr("Blood culture, biopsy, CT report…"))
        self.told_by = QLineEdit()
        self.told_by.setObjectName("resultToldBy")
        self.told_by.setMaxLength(limits.SHORT_TEXT)
        self.told_by.setPlaceholderText(self.tr("GP, the ward's doctors, the clinic…"))
        self.due = OptionalDate(self.tr("Not known yet"))
        self.due.setObjectName("resultDue")
        self.add_row(self.tr("Test"), self.test)
        self.add_row(self.tr("Who will tell the result"), self.told_by)
        self.add_row(self.tr("By when"), self.due)
        self.finish_form()

    def describe(self, plan: DischargePlanView) -> list[tuple[str, str]]:
        return [
            (
                fill_placeholders(self.tr("%1 — %2 will tell the result"), t.test, t.told_by),
                fill_placeholders(self.tr("By %1"), date_text(t.due))
                if t.due
                else self.tr("No date yet"),
            )
            for t in plan.after.pending_tests
        ]

    def removable(self, plan: DischargePlanView) -> list[tuple[int, str]]:
        return [(t.id, t.test) for t in plan.after.pending_tests]

    def submit(self) -> bool:
        due = self.due.value()
        assert self.admission_id is not None
        return bool(
            self.write(
                after_hospital.add_pending_test,
                self.admission_id,
                test=self.test.text().strip(),
                told_by=self.told_by.text().strip(),
                due=due if isinstance(due, date) else None,
            )
        )

    def clear_form(self) -> None:
        self.test.clear()
        self.told_by.clear()
        self.due.set_value(None)
