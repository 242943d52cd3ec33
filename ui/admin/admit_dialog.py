"""Admitting a patient to the current ward: who they are, then the bed, severity,
one-liner and expected discharge. A known MRN readmits the same patient."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from rounds_app.domain import limits
from rounds_app.services import admissions
from ui.admin.beds import fill_bed_combo, free_beds
from ui.admin.choices import severity_combo
from ui.admin.form_dialog import FormDialog
from ui.backend import Backend
from ui.common.optional_date import OptionalDate
from ui.common.widgets import fill_placeholders


def _line(name: str, limit: int, placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setMaxLength(limit)
    field.setPlaceholderText(placeholder)
    return field


class AdmitDialog(FormDialog[int]):
    def __init__(
        self, parent: QWidget | None, backend: Backend, ward_id: int, ward_name: str
    ) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("AdmitDialog", "Admit patient"),
            fill_placeholders(
                QCoreApplication.translate("AdmitDialog", "Admit a patient to %1"), ward_name
            ),
        )
        self.setObjectName("admitDialog")
        self._backend = backend
        self._ward_id = ward_id
        self.mrn = _line("mrn", limits.IDENTIFIER)
        self.given_name = _line("givenName", limits.NAME)
        self.family_name = _line("familyName", limits.NAME)
        self.preferred_name = _line(
            "preferredName", limits.NAME, self.tr("What the patient likes to be called")
        )
        self.pronouns = _line("pronouns", limits.SHORT_TEXT, self.tr("e.g. she/her"))
        self.date_of_birth = OptionalDate(self.tr("Not known"))
        self.date_of_birth.setObjectName("dateOfBirth")
        self.date_of_birth.set_range(earliest=date(1900, 1, 1), latest=date.today())
        self.date_of_birth.set_value(None)  # never today's date by an oversight
        self.language = _line("preferredLanguage", limits.SHORT_TEXT)
        self.interpreter = QCheckBox(self.tr("&Interpreter needed"))
        self.interpreter.setObjectName("interpreterNeeded")
        self.bed = QComboBox()
        self.bed.setObjectName("bed")
        fill_bed_combo(self.bed, free_beds(backend, ward_id), self.tr("No bed yet"))
        if self.bed.count() > 1:
            self.bed.setCurrentIndex(1)  # the first free bed: the usual choice
        self.severity = severity_combo()
        self.severity.setObjectName("severity")
        self.one_liner = _line(
            "oneLiner", limits.ONE_LINER, self.tr("Why they are here, in one line")
        )
        self.expected = OptionalDate(self.tr("Not set"))
        self.expected.setObjectName("expectedDischarge")
        self.expected.set_range(earliest=date.today())
        self.expected.set_value(None)

        self.add_heading(self.tr("The patient"))
        self.add_row(self.tr("&MRN"), self.mrn)
        self.add_row(self.tr("&Given name"), self.given_name)
        self.add_row(self.tr("&Family name"), self.family_name)
        self.add_row(self.tr("&Preferred name"), self.preferred_name)
        self.add_row(self.tr("Pro&nouns"), self.pronouns)
        self.add_row(self.tr("&Date of birth"), self.date_of_birth)
        self.add_row(self.tr("Preferred &language"), self.language)
        self.form.addRow("", self.interpreter)
        self.add_heading(self.tr("The admission"))
        self.add_row(self.tr("&Bed"), self.bed)
        self.add_row(self.tr("&Severity"), self.severity)
        self.add_row(self.tr("&One-liner"), self.one_liner)
        self.add_row(self.tr("&Expected discharge"), self.expected)
        self.finish(self.tr("Admit"))

    def submit(self) -> int | None:
        for field, message in (
            (self.mrn, self.tr("Enter the MRN.")),
            (self.given_name, self.tr("Enter the given name.")),
            (self.family_name, self.tr("Enter the family name.")),
        ):
            if not field.text().strip():
                self.refuse(message, field)
                return None
        born = self.date_of_birth.value()
        expected = self.expected.value()
        patient = admissions.NewPatient(
            mrn=self.mrn.text().strip(),
            given_name=self.given_name.text().strip(),
            family_name=self.family_name.text().strip(),
            preferred_name=self.preferred_name.text().strip(),
            pronouns=self.pronouns.text().strip(),
            date_of_birth=born if isinstance(born, date) else None,
            preferred_language=self.language.text().strip(),
            interpreter_needed=self.interpreter.isChecked(),
        )
        return self._backend.call(
            admissions.admit,
            ward_id=self._ward_id,
            bed_id=self.bed.currentData(),
            patient=patient,
            expected_discharge_date=expected if isinstance(expected, date) else None,
            severity=self.severity.currentData(),
            one_liner=self.one_liner.text().strip(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, backend: Backend, ward_id: int, ward_name: str
    ) -> int | None:
        """The new admission's id, or None when cancelled."""
        return super().ask(parent, backend, ward_id, ward_name)
