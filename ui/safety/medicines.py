"""The current medicines, from the hospital record or entered here: name, dose, route
and how often. A stopped medicine leaves the list (its history is kept). The
pharmacist's newest entries stand beside the list, so whoever reads the medicines
reads what pharmacy said about them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from rounds_app.domain import limits
from rounds_app.domain.enums import Discipline
from rounds_app.services.patient_card import PatientCard
from rounds_app.services.safety_facts import save_medication
from rounds_app.services.safety_views import MedicationView
from ui.backend import Backend
from ui.common.date_words import day_and_time
from ui.common.labelled_rows import labelled_row
from ui.common.widgets import fill_placeholders, plain_label
from ui.safety.fact_list import FactList

FIELDS = ("name", "dosage", "route", "frequency")
PHARMACY_ENTRIES_SHOWN = 3


class MedicinesSection(FactList):
    ENTITY = "medications"

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("MedicinesSection", "Current medicines"),
            QCoreApplication.translate("MedicinesSection", "No medicines recorded yet."),
            QCoreApplication.translate("MedicinesSection", "medicine"),
            QCoreApplication.translate("MedicinesSection", "Add a medicine"),
            parent,
        )
        self.setObjectName("medicinesSection")
        placeholders = {
            "name": self.tr("e.g. Apixaban"),
            "dosage": self.tr("e.g. 5 mg"),
            "route": self.tr("e.g. by mouth"),
            "frequency": self.tr("e.g. twice a day"),
        }
        labels = {
            "name": self.tr("Medicine"),
            "dosage": self.tr("Dose"),
            "route": self.tr("Route"),
            "frequency": self.tr("How often"),
        }
        self.lines: dict[str, QLineEdit] = {}
        for name in FIELDS:
            line = QLineEdit()
            line.setObjectName("medicine" + name.capitalize())
            line.setMaxLength(limits.SHORT_TEXT)
            line.setPlaceholderText(placeholders[name])
            labelled_row(self.form, labels[name], line)
            self.lines[name] = line
        self.form_parts += list(self.lines.values())
        self.finish_form()
        self.pharmacy = plain_label(name="pharmacyEntries")
        self.pharmacy.setWordWrap(True)
        self.pharmacy.setAccessibleName(self.tr("What pharmacy said"))
        # after the list of medicines, before the form that adds one
        self.body.insertWidget(2, self.pharmacy)

    def refresh(self, card: PatientCard) -> None:
        super().refresh(card)
        today = date.today()
        said = [c for c in card.contributions if c.discipline == Discipline.PHARMACY]
        lines = [
            fill_placeholders(
                self.tr("%1 (%2, %3)"),
                entry.text,
                entry.author,
                day_and_time(entry.written_at, today),
            )
            for entry in said[:PHARMACY_ENTRIES_SHOWN]
        ]
        heading = self.tr("Pharmacy said:") if lines else self.tr("No entry from pharmacy yet.")
        self.pharmacy.setText("\n".join([heading, *lines]))

    def entries_of(self) -> list[Any]:
        return list(self.facts.medications) if self.facts is not None else []

    def describe(self, entry: MedicationView) -> tuple[str, str]:
        parts = (entry.dosage, entry.route, entry.frequency)
        return entry.name, "  ·  ".join(p for p in parts if p)

    def removal(self) -> tuple[str, str]:
        return self.tr("Stop"), self.tr("Stop %1: take it off the current medicines")

    def fill_form(self, entry: MedicationView | None) -> None:
        for name, line in self.lines.items():
            line.setText(getattr(entry, name) if entry else "")

    def submit(self) -> Any:
        values = {name: line.text().strip() for name, line in self.lines.items()}
        if not values["name"]:
            self.refuse(self.tr("Name the medicine."))
            self.lines["name"].setFocus()
            return False
        return self._save(self.editing.id if self.editing else None, self.editing_version, values)

    def remove(self, entry: MedicationView) -> None:
        values = {name: getattr(entry, name) for name in FIELDS}
        self._save(entry.id, entry.version, values, active=False)

    def _save(
        self, medication_id: int | None, version: int, values: dict[str, Any], active: bool = True
    ) -> Any:
        return self.write(
            save_medication,
            self.patient_id,
            medication_id=medication_id,
            active=active,
            expected_version=version,
            **values,
        )
