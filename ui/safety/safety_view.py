"""The safety tab of the patient panel: resuscitation and ceiling of treatment,
allergies, the SIBR safety check, contacts and the decision-maker, medicines and the
patient's other names — each editable from the keyboard, each saying who recorded it
and when, each with its history.

It follows the patient_panel tab protocol: `show_card(card)` (again after every save,
keeping whatever is being typed), `clear()`, and `saved` after any write. The card
does not carry the safety facts, so the tab reads them with it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from rounds_app.errors import RoundsError
from rounds_app.services.patient_card import PatientCard
from rounds_app.services.safety_views import safety_facts
from ui.backend import Backend
from ui.safety.allergies import AllergiesSection
from ui.safety.checks import SafetyChecksSection
from ui.safety.contacts import ContactsSection
from ui.safety.fact_section import FactSection
from ui.safety.identity import IdentitySection
from ui.safety.medicines import MedicinesSection
from ui.safety.resuscitation import ResuscitationSection
from ui.widgets import plain_label, scrolling_page


class SafetyView(QWidget):
    saved = Signal()

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyView")
        self._backend = backend
        self.resuscitation = ResuscitationSection(backend)
        self.allergies = AllergiesSection(backend)
        self.checks = SafetyChecksSection(backend)
        self.contacts = ContactsSection(backend)
        self.medicines = MedicinesSection(backend)
        self.identity = IdentitySection(backend)
        self.message = plain_label(name="sectionError")
        self.message.setWordWrap(True)
        self.message.hide()

        for section in self.sections:
            section.saved.connect(self.saved)
        scrolling_page(self, "safety", (self.message, *self.sections))

    @property
    def sections(self) -> tuple[FactSection, ...]:
        return (
            self.resuscitation, self.allergies, self.checks,
            self.contacts, self.medicines, self.identity,
        )  # fmt: skip

    def show_card(self, card: PatientCard) -> None:
        admission_id = card.admission.id
        try:
            found = self._backend.call(safety_facts, [admission_id], date.today())
        except RoundsError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        self.message.hide()
        for section in self.sections:
            section.show_facts(found[admission_id], card)

    def clear(self) -> None:
        for section in self.sections:
            section.clear()
            section.facts = None
