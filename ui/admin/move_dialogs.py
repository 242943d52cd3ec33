"""Moving a patient to another bed of the ward, and discharging them. A discharged
admission is archived, never deleted: its card stays readable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from rounds_app.services import admissions
from ui.admin.beds import Patient, fill_bed_combo, free_beds
from ui.admin.form_dialog import FormDialog
from ui.backend import Backend
from ui.common.widgets import fill_placeholders


class MoveBedDialog(FormDialog[bool]):
    def __init__(self, parent: QWidget | None, backend: Backend, patient: Patient) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("MoveBedDialog", "Move bed"),
            fill_placeholders(QCoreApplication.translate("MoveBedDialog", "Move %1"), patient.name),
            fill_placeholders(
                QCoreApplication.translate("MoveBedDialog", "Now in: %1"),
                patient.bed_label or QCoreApplication.translate("MoveBedDialog", "no bed"),
            ),
        )
        self.setObjectName("moveBedDialog")
        self._backend = backend
        self._patient = patient
        self.bed = QComboBox()
        self.bed.setObjectName("bed")
        fill_bed_combo(self.bed, free_beds(backend, patient.ward_id))
        self.add_row(self.tr("&Free bed"), self.bed)
        self.finish(self.tr("Move"))
        if self.bed.count() == 0:
            self.refuse(self.tr("There is no free bed on this ward."))
            self.confirm_button.setEnabled(False)

    def submit(self) -> bool | None:
        bed_id = self.bed.currentData()
        if bed_id is None:
            return None
        self._backend.call(admissions.move_bed, self._patient.admission_id, bed_id)
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, backend: Backend, patient: Patient) -> bool:
        """True when the patient was moved."""
        return bool(super().ask(parent, backend, patient))


class DischargeConfirm(QMessageBox):
    """Asks before discharging; says what happens to the record."""

    def __init__(self, parent: QWidget | None, patient: Patient) -> None:
        super().__init__(parent)
        self.setObjectName("dischargeConfirm")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Discharge patient"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        where = patient.bed_label or self.tr("no bed")
        self.setText(
            fill_placeholders(self.tr("Discharge %1 (%2) from the ward?"), patient.name, where)
        )
        self.setInformativeText(
            self.tr(
                "The admission is archived, never deleted: the card, contributions and "
                "discharge plan stay readable. The bed becomes free."
            )
        )
        self.discharge_button = self.addButton(
            self.tr("Discharge"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(keep)  # a stray Enter keeps the patient on the ward
        self.setEscapeButton(keep)

    @classmethod
    def ask(cls, parent: QWidget | None, patient: Patient) -> bool:
        box = cls(parent, patient)
        try:
            box.exec()
            return box.clickedButton() is box.discharge_button
        finally:
            box.deleteLater()
