"""The safety tab of the patient panel: resuscitation and ceiling of treatment,
allergies, the SIBR safety check, contacts and the decision-maker, medicines and the
patient's other names — each editable from the keyboard, each saying who recorded it
and when, each with its history.

It follows the patient_panel tab protocol: `show_card(card)` (again after every save,
keeping whatever is being typed), `clear()`, and `saved` after any write. The card
carries the safety facts it was read with."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from rounds_app.services.patient_card import PatientCard
from ui.backend import Backend
from ui.common.widgets import scrolling_page
from ui.safety.allergies import AllergiesSection
from ui.safety.checks import SafetyChecksSection
from ui.safety.contacts import ContactsSection
from ui.safety.fact_section import FactSection
from ui.safety.identity import IdentitySection
from ui.safety.medicines import MedicinesSection
from ui.safety.resuscitation import ResuscitationSection


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
        for section in self.sections:
            section.saved.connect(self.saved)
        scrolling_page(self, "safety", self.sections)

    @property
    def sections(self) -> tuple[FactSection, ...]:
        return (
            self.resuscitation, self.allergies, self.checks,
            self.contacts, self.medicines, self.identity,
        )  # fmt: skip

    def show_card(self, card: PatientCard) -> None:
        for section in self.sections:
            section.show_facts(card.safety, card)

    def clear(self) -> None:
        for section in self.sections:
            section.clear()
            section.facts = None
