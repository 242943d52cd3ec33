"""The discharge-plan tab of the patient panel: readiness at a glance, then the
expected date, the plan's words, the checklist, follow-ups, medication changes, and
after hospital: tests waiting for results, numbers to call and the teach-back record.

It follows the patient_panel tab protocol: `show_card(card)` (again after every save,
keeping whatever is being typed), `clear()`, and `saved` after any write."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from rounds_app.services.patient_card import PatientCard
from ui.backend import Backend
from ui.common.date_words import stamp
from ui.common.repolish import repolish
from ui.common.tab_section import Section
from ui.common.widgets import fill_placeholders, number_text, plain_label, scrolling_page
from ui.discharge.call_contacts import CallContactsSection
from ui.discharge.checklist import ChecklistSection
from ui.discharge.expected_date import ExpectedDateSection
from ui.discharge.follow_ups import FollowUpsSection
from ui.discharge.medication_changes import MedicationChangesSection
from ui.discharge.pending_tests import PendingTestsSection
from ui.discharge.plan_text import PlanTextSection
from ui.discharge.teach_backs import TeachBacksSection


class DischargeView(QWidget):
    saved = Signal()

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dischargeView")
        self.readiness = plain_label(name="dischargeReadiness")
        self.readiness.setAccessibleName(self.tr("Discharge readiness"))
        self.archived = plain_label(name="dischargeArchived")
        self.archived.setWordWrap(True)
        self.archived.hide()
        # what the plan says that cannot all be true (see domain.discharge_readiness)
        self.contradictions = plain_label(name="dischargeContradictions")
        self.contradictions.setWordWrap(True)
        self.contradictions.setAccessibleName(self.tr("Contradictions in the plan"))
        self.contradictions.hide()
        self.expected = ExpectedDateSection(backend)
        self.plan = PlanTextSection(backend)
        self.checklist = ChecklistSection(backend)
        self.follow_ups = FollowUpsSection(backend)
        self.medication_changes = MedicationChangesSection(backend)
        self.pending_tests = PendingTestsSection(backend)
        self.call_contacts = CallContactsSection(backend)
        self.teach_backs = TeachBacksSection(backend)

        for section in self.sections:
            section.saved.connect(self.saved)
        top = (self.readiness, self.archived, self.contradictions)
        scrolling_page(self, "discharge", (*top, *self.sections))

    @property
    def sections(self) -> tuple[Section, ...]:
        return (
            self.expected,
            self.plan,
            self.checklist,
            self.follow_ups,
            self.medication_changes,
            self.pending_tests,
            self.call_contacts,
            self.teach_backs,
        )

    def show_card(self, card: PatientCard) -> None:
        for section in self.sections:
            section.show_card(card)
        plan = card.discharge_plan
        done, total = plan.readiness if plan else (0, len(self.checklist.rows))
        self.readiness.setText(
            fill_placeholders(self.tr("%1 of %2 ready"), number_text(done), number_text(total))
        )
        self.readiness.setProperty("ready", total > 0 and done == total)
        repolish(self.readiness)
        expected = card.admission.expected_discharge_date
        found = plan.contradictions(expected, date.today()) if plan else []
        self.contradictions.setText("\n".join(f"⚠ {c.message}" for c in found))
        self.contradictions.setVisible(bool(found))
        gone = card.admission.discharged_at
        self.archived.setVisible(gone is not None)
        if gone is not None:
            self.archived.setText(
                fill_placeholders(
                    self.tr("Discharged %1: this plan is kept, read only."), stamp(gone)
                )
            )

    def clear(self) -> None:
        for section in self.sections:
            section.clear()
        self.readiness.clear()
        self.archived.hide()
        # what the plan says that cannot all be true (see domain.discharge_readiness)
        self.contradictions = plain_label(name="dischargeContradictions")
        self.contradictions.setWordWrap(True)
        self.contradictions.setAccessibleName(self.tr("Contradictions in the plan"))
        self.contradictions.hide()
