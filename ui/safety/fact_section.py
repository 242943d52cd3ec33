"""One part of the safety tab: a discharge-style section (writes through the services,
refusals said inline, `saved` after a write) that shows the patient's SafetyFacts.

The tab hands each section the facts just before the card, so `reset` and `refresh`
read `self.facts`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from rounds_app.services.patient_card import PatientCard
from rounds_app.services.safety_views import SafetyFacts
from ui.backend import Backend
from ui.common.tab_section import Section
from ui.common.widgets import fill_placeholders, plain_label
from ui.safety.history import FactHistoryDialog


class FactSection(Section):
    def __init__(self, backend: Backend, title: str, parent: QWidget | None = None) -> None:
        super().__init__(backend, title, parent)
        self.facts: SafetyFacts | None = None

    def show_facts(self, facts: SafetyFacts, card: PatientCard) -> None:
        self.facts = facts
        self.show_card(card)

    @property
    def patient_id(self) -> int | None:
        """Whose facts these are: allergies, contacts and medicines belong to the
        patient, not to one admission."""
        return self.facts.patient_id if self.facts is not None else None

    def history_button(self, what: str) -> QPushButton:
        """A "History…" button whose accessible name says whose history it is."""
        button = QPushButton(self.tr("History…"))
        button.setObjectName("factHistory")
        button.setAccessibleName(fill_placeholders(self.tr("History of %1"), what))
        button.setAutoDefault(False)
        return button

    def show_history(self, entity: str, entity_id: int | None, title: str) -> None:
        if entity_id is None:
            self.refuse(self.tr("Nothing has been saved here yet."))
            return
        FactHistoryDialog.ask(self, self._backend, entity, entity_id, title)


def recorded_row(label: QLabel, *buttons: QWidget) -> QHBoxLayout:
    """Who recorded a fact and when, with its buttons to the right."""
    row = QHBoxLayout()
    row.setSpacing(10)
    row.addWidget(label, 1)
    for button in buttons:
        row.addWidget(button)
    return row


def recorded_label() -> QLabel:
    label = plain_label(name="factRecorded")
    label.setWordWrap(True)
    return label


def compact(combo: QComboBox) -> QComboBox:
    """A combo box that may be narrower than its longest choice: the tab must fit
    beside the census on a 1366-pixel screen, and the chosen words show whole in the
    open list and the tooltip."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo


def new_form() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(8)
    return form
