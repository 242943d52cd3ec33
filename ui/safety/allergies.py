"""Allergies and intolerances: what is known as a whole (not asked yet, no known
allergies, or a list), each allergy's reaction, severity, risk and status, "No known
allergies" as a statement someone makes, and a mistaken entry withdrawn."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from rounds_app.domain import limits
from rounds_app.domain.safety import AllergySeverity, AllergyState, AllergyStatus
from rounds_app.services.patient_card import PatientCard
from rounds_app.services.safety_facts import (
    record_allergy,
    record_no_known_allergies,
    update_allergy,
)
from rounds_app.services.safety_views import AllergyView
from ui.backend import Backend
from ui.common.labelled_rows import labelled_row
from ui.common.repolish import repolish
from ui.common.widgets import fill_placeholders, plain_label
from ui.safety import fact_labels
from ui.safety.fact_list import FactList
from ui.safety.fact_section import compact


class AllergiesSection(FactList):
    ENTITY = "allergies"

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("AllergiesSection", "Allergies and intolerances"),
            "",
            QCoreApplication.translate("AllergiesSection", "allergy"),
            QCoreApplication.translate("AllergiesSection", "Add an allergy"),
            parent,
        )
        self.setObjectName("allergiesSection")
        self.state = plain_label(name="allergyState")
        self.state.setWordWrap(True)
        self.no_known = QPushButton(self.tr("No known allergies"))
        self.no_known.setObjectName("noKnownAllergies")
        self.no_known.setToolTip(
            self.tr("Record that the patient was asked and has no known allergies")
        )
        self.no_known.setAutoDefault(False)
        self.no_known.clicked.connect(self._no_known)
        statement = QHBoxLayout()
        statement.addWidget(self.state, 1)
        statement.addWidget(self.no_known)
        self.body.insertLayout(0, statement)

        self.substance = QLineEdit()
        self.substance.setObjectName("allergySubstance")
        self.substance.setMaxLength(limits.SHORT_TEXT)
        self.substance.setPlaceholderText(self.tr("e.g. Penicillin"))
        self.reaction = QLineEdit()
        self.reaction.setObjectName("allergyReaction")
        self.reaction.setMaxLength(limits.SHORT_TEXT)
        self.reaction.setPlaceholderText(self.tr("e.g. anaphylaxis, rash"))
        self.severity = compact(QComboBox())
        self.severity.setObjectName("allergySeverity")
        for severity in AllergySeverity:
            self.severity.addItem(fact_labels.allergy_severity_label(severity), severity.value)
        self.criticality = compact(QComboBox())
        self.criticality.setObjectName("allergyCriticality")
        for value, _ in fact_labels.CRITICALITIES:
            self.criticality.addItem(fact_labels.criticality_label(value), value)
        self.status = compact(QComboBox())
        self.status.setObjectName("allergyStatus")
        for status in AllergyStatus:
            if status is not AllergyStatus.ENTERED_IN_ERROR:  # that is the Withdraw button
                self.status.addItem(fact_labels.allergy_status_label(status), status.value)
        labelled_row(self.form, self.tr("Su&bstance"), self.substance)
        labelled_row(self.form, self.tr("Reactio&n"), self.reaction)
        labelled_row(self.form, self.tr("Severity of the reaction"), self.severity)
        labelled_row(self.form, self.tr("Ris&k of a serious reaction"), self.criticality)
        self.status_label = labelled_row(self.form, self.tr("Status"), self.status)
        self.form_parts += [
            self.substance, self.reaction, self.severity, self.criticality, self.no_known,
        ]  # fmt: skip
        self.finish_form()

    def entries_of(self) -> list[Any]:
        return list(self.facts.allergies) if self.facts is not None else []

    def describe(self, entry: AllergyView) -> tuple[str, str]:
        return entry.substance, self.recorded_detail(
            entry,
            entry.reaction,
            fact_labels.allergy_severity_label(entry.severity),
            fact_labels.criticality_label(entry.criticality),
        )

    def removal(self) -> tuple[str, str]:
        return self.tr("Withdraw…"), self.tr("Withdraw %1: entered in error")

    def refresh(self, card: PatientCard) -> None:
        super().refresh(card)
        facts = self.facts
        assert facts is not None
        self.state.setProperty("state", facts.allergy_state.value)
        if facts.allergy_state is AllergyState.NOT_ASKED:
            self.state.setText(self.tr("Allergies not asked yet"))
        elif facts.allergy_state is AllergyState.NO_KNOWN:
            who, at = facts.no_known_recorded or (None, None)
            self.state.setText(
                fill_placeholders(self.tr("No known allergies — %1"), fact_labels.recorded(who, at))
            )
        else:
            self.state.setText(self.tr("Allergies recorded: %Ln", "", len(facts.allergies)))
        repolish(self.state)
        self.no_known.setVisible(self._editable and facts.allergy_state is AllergyState.NOT_ASKED)
        self._show_status_field()

    def fill_form(self, entry: AllergyView | None) -> None:
        self.substance.setText(entry.substance if entry else "")
        self.reaction.setText(entry.reaction if entry else "")
        self.severity.setCurrentIndex(
            max(0, self.severity.findData(entry.severity if entry else ""))
        )
        self.criticality.setCurrentIndex(
            max(0, self.criticality.findData(entry.criticality if entry else ""))
        )
        self.status.setCurrentIndex(
            max(0, self.status.findData(entry.status if entry else "active"))
        )
        self._show_status_field()

    def _show_status_field(self) -> None:
        # a new allergy is active; the status only changes for one already recorded
        shown = self._editable and self.editing is not None
        self.status.setVisible(shown)
        self.status_label.setVisible(shown)

    def start_editing(self, entry: Any) -> None:
        super().start_editing(entry)
        self._show_status_field()

    def stop_editing(self) -> None:
        super().stop_editing()
        self._show_status_field()

    def _values(self) -> dict[str, str]:
        return {
            "substance": self.substance.text().strip(),
            "reaction": self.reaction.text().strip(),
            "severity": self.severity.currentData(),
            "criticality": self.criticality.currentData(),
        }

    def submit(self) -> Any:
        values = self._values()
        if not values["substance"]:
            self.refuse(self.tr("Name the substance."))
            self.substance.setFocus()
            return False
        if self.editing is None:
            assert self.patient_id is not None
            return self.write(record_allergy, self.patient_id, **values)
        return self.write(
            update_allergy,
            self.editing.id,
            status=self.status.currentData(),
            expected_version=self.editing_version,
            **values,
        )

    def remove(self, entry: AllergyView) -> None:
        self.write(
            update_allergy,
            entry.id,
            substance=entry.substance,
            reaction=entry.reaction,
            severity=entry.severity,
            criticality=entry.criticality,
            status=AllergyStatus.ENTERED_IN_ERROR.value,
            expected_version=entry.version,
        )

    def _no_known(self) -> None:
        if self.patient_id is not None:
            self.write(record_no_known_allergies, self.patient_id)
