"""Medication changes — new, changed or stopped — each with a reason written for the
patient: it is printed on their plain-language summary word for word."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from rounds_app.domain import limits
from rounds_app.domain.enums import MedicationChangeKind
from rounds_app.services import discharge
from rounds_app.services.patient_card import DischargePlanView
from ui.backend import Backend
from ui.discharge.entry_list import EntryListSection
from ui.widgets import fill

_KIND = {
    MedicationChangeKind.NEW: QT_TRANSLATE_NOOP("Vocabulary", "New"),
    MedicationChangeKind.CHANGED: QT_TRANSLATE_NOOP("Vocabulary", "Changed"),
    MedicationChangeKind.STOPPED: QT_TRANSLATE_NOOP("Vocabulary", "Stopped"),
}


def change_label(kind: MedicationChangeKind) -> str:
    return QCoreApplication.translate("Vocabulary", _KIND[kind])


class MedicationChangesSection(EntryListSection):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            self.tr("Medication changes"),
            self.tr("No medication changes yet."),
            self.tr("Add medication change"),
            parent,
        )
        self.setObjectName("medicationChangesSection")
        self.add_button.setObjectName("addMedicationChange")
        self.medication = QLineEdit()
        self.medication.setObjectName("medication")
        self.medication.setMaxLength(limits.SHORT_TEXT)
        self.change = QComboBox()
        self.change.setObjectName("medicationChangeKind")
        for kind in MedicationChangeKind:
            self.change.addItem(change_label(kind), kind)
        self.reason = QLineEdit()
        self.reason.setObjectName("medicationReason")
        self.reason.setMaxLength(limits.ACTION_TEXT)
        self.reason.setPlaceholderText(self.tr("In plain words, e.g. To protect your stomach"))
        self.add_row(self.tr("Medication"), self.medication)
        self.add_row(self.tr("Change"), self.change)
        self.add_row(self.tr("Reason for the patient"), self.reason)
        self.finish_form()

    def describe(self, plan: DischargePlanView) -> list[tuple[str, str]]:
        return [
            (fill(self.tr("%1 — %2"), m.medication, change_label(m.change)), m.reason)
            for m in plan.medication_changes
        ]

    def submit(self) -> bool:
        medication = self.medication.text().strip()
        reason = self.reason.text().strip()
        if not medication:
            self.refuse(self.tr("Name the medication."))
            self.medication.setFocus()
            return False
        if not reason:
            self.refuse(self.tr("Give the reason in words the patient will understand."))
            self.reason.setFocus()
            return False
        assert self.admission_id is not None
        return bool(
            self.write(
                discharge.add_medication_change,
                self.admission_id,
                medication=medication,
                change=self.change.currentData(),
                reason=reason,
            )
        )

    def clear_form(self) -> None:
        self.medication.clear()
        self.reason.clear()
        self.change.setCurrentIndex(0)
