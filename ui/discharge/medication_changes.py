"""Medication changes — new, changed, stopped or keep taking — each with its dose, how
to take it, what it was before (a changed one) and a reason written for the patient,
printed on their copy word for word once a pharmacist or physician decides it. Above
the list: whether the medicines are reconciled, and the button that records it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from rounds_app.domain import limits
from rounds_app.domain.enums import MedicationChangeKind
from rounds_app.domain.roles import Permission
from rounds_app.services import discharge, discharge_medicines
from rounds_app.services.patient_card import DischargePlanView, PatientCard
from ui.backend import Backend
from ui.common.date_words import stamp
from ui.common.widgets import fill_placeholders, plain_label
from ui.common.words import QT_TRANSLATE_NOOP
from ui.discharge.entry_list import EntryListSection

_KIND = {
    MedicationChangeKind.NEW: QT_TRANSLATE_NOOP("Vocabulary", "New"),
    MedicationChangeKind.CHANGED: QT_TRANSLATE_NOOP("Vocabulary", "Changed"),
    MedicationChangeKind.STOPPED: QT_TRANSLATE_NOOP("Vocabulary", "Stopped"),
    MedicationChangeKind.KEEP_TAKING: QT_TRANSLATE_NOOP("Vocabulary", "Keep taking"),
}


def change_label(kind: MedicationChangeKind) -> str:
    return QCoreApplication.translate("Vocabulary", _KIND[kind])


class MedicationChangesSection(EntryListSection):
    edits_entries = True

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("MedicationChangesSection", "Medication changes"),
            QCoreApplication.translate("MedicationChangesSection", "No medication changes yet."),
            QCoreApplication.translate("MedicationChangesSection", "Add medication change"),
            parent,
        )
        self.setObjectName("medicationChangesSection")
        self.add_button.setObjectName("addMedicationChange")
        self.reconciled = plain_label(name="reconciledState")
        self.reconciled.setWordWrap(True)
        self.reconcile_button = QPushButton()
        self.reconcile_button.setObjectName("reconcileMedicines")
        self.reconcile_button.clicked.connect(self._reconcile)
        state = QHBoxLayout()
        state.addWidget(self.reconciled, 1)
        state.addWidget(self.reconcile_button)
        self.body.insertLayout(0, state)

        self.medication = self._line("medication", limits.SHORT_TEXT)
        self.change = QComboBox()
        self.change.setObjectName("medicationChangeKind")
        for kind in MedicationChangeKind:
            self.change.addItem(change_label(kind), kind)
        self.dose = self._line("medicationDose", limits.SHORT_TEXT, self.tr("e.g. 40 mg"))
        self.how = self._line(
            "medicationHow", limits.ACTION_TEXT, self.tr("e.g. One tablet each morning")
        )
        self.previous = self._line(
            "medicationPrevious", limits.ACTION_TEXT, self.tr("A changed one: e.g. 20 mg")
        )
        self.reason = self._line(
            "medicationReason",
            limits.ACTION_TEXT,
            self.tr("In plain words, e.g. To protect your stomach"),
        )
        self.add_row(self.tr("Medication"), self.medication)
        self.add_row(self.tr("Change"), self.change)
        self.add_row(self.tr("Dose"), self.dose)
        self.add_row(self.tr("How and when to take it"), self.how)
        self.add_row(self.tr("Previous dose"), self.previous)
        self.add_row(self.tr("Reason for the patient"), self.reason)
        self.finish_form()

    def _line(self, name: str, limit: int, placeholder: str = "") -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setMaxLength(limit)
        field.setPlaceholderText(placeholder)
        return field

    def refresh(self, card: PatientCard) -> None:
        super().refresh(card)
        plan = card.discharge_plan
        record = plan.reconciliation if plan else None
        if record is None:
            self.reconciled.setText(self.tr("Medicines not reconciled yet."))
            self.reconcile_button.setText(self.tr("Record reconciliation"))
        else:
            when = stamp(record.done_at) if record.done_at else ""
            self.reconciled.setText(
                fill_placeholders(
                    self.tr("Medicines reconciled by %1, %2."), record.done_by or "", when
                )
            )
            self.reconcile_button.setText(self.tr("Undo reconciliation"))
        self.reconcile_button.setAccessibleName(self.reconcile_button.text())
        self.reconcile_button.setVisible(self.may(Permission.RECONCILE_MEDICINES, card))

    def _reconcile(self) -> None:
        plan = self.card.discharge_plan
        done = plan is not None and plan.reconciliation is not None
        if self.admission_id is not None:
            self.write(discharge_medicines.record_reconciliation, self.admission_id, not done)

    def describe(self, plan: DischargePlanView) -> list[tuple[str, str]]:
        out = []
        for m in plan.medication_changes:
            state = self.tr("decided") if m.decided else self.tr("not decided")
            title = fill_placeholders(
                self.tr("%1 — %2 (%3)"), m.medication, change_label(m.change), state
            )
            dose = m.dose + (
                fill_placeholders(self.tr(" (was %1)"), m.previous) if m.previous else ""
            )
            parts = (dose, m.how_to_take, m.reason)
            out.append((title, "  ·  ".join(p for p in parts if p)))
        return out

    def more_buttons(self, number: int) -> list[QPushButton]:
        plan = self.card.discharge_plan
        if plan is None or not self.may(Permission.RECONCILE_MEDICINES, self.card):
            return []
        m = plan.medication_changes[number]
        button = QPushButton(self.tr("Mark not decided") if m.decided else self.tr("Decide"))
        button.setObjectName("decideChange")
        button.clicked.connect(
            lambda: self.write(
                discharge_medicines.decide_medication_change, m.id, m.version, not m.decided
            )
        )
        return [button]

    def load(self, number: int) -> tuple[int, int]:
        plan = self.card.discharge_plan
        assert plan is not None
        m = plan.medication_changes[number]
        self.medication.setText(m.medication)
        self.change.setCurrentIndex(self.change.findData(m.change))
        self.dose.setText(m.dose)
        self.how.setText(m.how_to_take)
        self.previous.setText(m.previous)
        self.reason.setText(m.reason)
        return m.id, m.version

    def focus_form(self) -> None:
        self.medication.setFocus()

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
        values = {
            "medication": medication,
            "change": self.change.currentData(),
            "dose": self.dose.text().strip(),
            "how_to_take": self.how.text().strip(),
            "previous": self.previous.text().strip(),
            "reason": reason,
        }
        if self.editing is not None:
            change_id, version = self.editing
            edit = discharge_medicines.MedicationChangeEdit(version=version, **values)
            return bool(self.write(discharge_medicines.edit_medication_change, change_id, edit))
        return bool(self.write(discharge.add_medication_change, self.admission_id, **values))

    def clear_form(self) -> None:
        for field in (self.medication, self.dose, self.how, self.previous, self.reason):
            field.clear()
        self.change.setCurrentIndex(0)
