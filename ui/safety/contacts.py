"""The people around the patient: next of kin and other contacts, with a phone number
as a field of its own, who may be told what, and who makes decisions for the patient
when they cannot. Someone who is no longer a contact is taken off the list (their
history is kept)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from rounds_app.domain import limits
from rounds_app.services.safety_facts import save_contact
from rounds_app.services.safety_views import ContactView
from ui.backend import Backend
from ui.common.labelled_rows import labelled_row
from ui.safety.fact_list import FactList


class ContactsSection(FactList):
    ENTITY = "contacts"

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("ContactsSection", "Next of kin and contacts"),
            QCoreApplication.translate("ContactsSection", "No contacts recorded yet."),
            QCoreApplication.translate("ContactsSection", "contact"),
            QCoreApplication.translate("ContactsSection", "Add a contact"),
            parent,
        )
        self.setObjectName("contactsSection")
        self.name = self._line("contactName", limits.NAME, self.tr("Full name"))
        self.relationship = self._line(
            "contactRelationship", limits.SHORT_TEXT, self.tr("e.g. daughter, neighbour")
        )
        self.phone = self._line("contactPhone", limits.SHORT_TEXT, self.tr("e.g. 07700 900123"))
        self.next_of_kin = QCheckBox(self.tr("Next of kin"))
        self.next_of_kin.setObjectName("contactNextOfKin")
        self.decision_maker = QCheckBox(self.tr("Decision-maker (proxy or power of attorney)"))
        self.decision_maker.setObjectName("contactDecisionMaker")
        self.may_share = QCheckBox(self.tr("Patient agrees we may share information"))
        self.may_share.setObjectName("contactMayShare")
        labelled_row(self.form, self.tr("Name"), self.name)
        labelled_row(self.form, self.tr("Relationship"), self.relationship)
        labelled_row(self.form, self.tr("Phone"), self.phone)
        for box in (self.next_of_kin, self.decision_maker, self.may_share):
            self.form.addRow("", box)
        self.form_parts += [
            self.name, self.relationship, self.phone,
            self.next_of_kin, self.decision_maker, self.may_share,
        ]  # fmt: skip
        self.finish_form()

    def _line(self, name: str, length: int, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setMaxLength(length)
        line.setPlaceholderText(placeholder)
        return line

    def entries_of(self) -> list[Any]:
        return list(self.facts.contacts) if self.facts is not None else []

    def describe(self, entry: ContactView) -> tuple[str, str]:
        title = f"{entry.name} ({entry.relationship})" if entry.relationship else entry.name
        roles = [
            self.tr("next of kin") if entry.next_of_kin else "",
            self.tr("decision-maker") if entry.decision_maker else "",
            self.tr("may be told") if entry.may_share else self.tr("not to be told without asking"),
        ]
        return title, "  ·  ".join(p for p in (entry.phone, *roles) if p)

    def removal(self) -> tuple[str, str]:
        return self.tr("No longer a contact"), self.tr("%1 is no longer a contact")

    def fill_form(self, entry: ContactView | None) -> None:
        self.name.setText(entry.name if entry else "")
        self.relationship.setText(entry.relationship if entry else "")
        self.phone.setText(entry.phone if entry else "")
        self.next_of_kin.setChecked(bool(entry and entry.next_of_kin))
        self.decision_maker.setChecked(bool(entry and entry.decision_maker))
        self.may_share.setChecked(bool(entry and entry.may_share))

    def _values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "relationship": self.relationship.text().strip(),
            "phone": self.phone.text().strip(),
            "next_of_kin": self.next_of_kin.isChecked(),
            "decision_maker": self.decision_maker.isChecked(),
            "may_share": self.may_share.isChecked(),
        }

    def submit(self) -> Any:
        values = self._values()
        if not values["name"]:
            self.refuse(self.tr("Give the contact's name."))
            self.name.setFocus()
            return False
        return self._save(self.editing.id if self.editing else None, self.editing_version, values)

    def remove(self, entry: ContactView) -> None:
        values = {
            "name": entry.name,
            "relationship": entry.relationship,
            "phone": entry.phone,
            "next_of_kin": entry.next_of_kin,
            "decision_maker": entry.decision_maker,
            "may_share": entry.may_share,
        }
        self._save(entry.id, entry.version, values, active=False)

    def _save(
        self, contact_id: int | None, version: int, values: dict[str, Any], active: bool = True
    ) -> Any:
        return self.write(
            save_contact,
            self.patient_id,
            contact_id=contact_id,
            active=active,
            expected_version=version,
            **values,
        )
