"""The selected patient: a header everyone reads first, and tabs (card, contributions,
actions, discharge plan) that each show one part of the same PatientCard. A tab is a
QWidget that is a `PatientTab`."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from rounds_app.domain.bidi import isolate
from rounds_app.domain.names import called
from rounds_app.errors import RoundsError
from rounds_app.services.patient_card import PatientCard, patient_card
from rounds_app.services.safety_views import SafetyFacts
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common.error_text import error_text
from ui.common.severity_and_role_labels import severity_label
from ui.common.widgets import fill_placeholders, plain_label
from ui.safety.header import SafetyHeader

log = subsystem_logger(__name__)


class PatientTab(Protocol):
    """What the panel asks of each of its tabs (which are QWidgets too)."""

    @property
    def saved(self) -> SignalInstance:
        """Emitted after the tab wrote through the services, so every tab and the
        census show the new state."""

    def show_card(self, card: PatientCard) -> None:
        """Shows this card. Called again when anyone (here or on another workstation)
        saves: the tab keeps whatever the user is typing and only refreshes what is not
        being edited."""

    def clear(self) -> None:
        """Takes the patient off the screen (sign-out, lock)."""


class PatientPanel(QWidget):
    changed = Signal()  # a tab saved: the census should refresh too
    failed = Signal(str)  # the card could not be loaded; the message is one line

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._tabs_list: list[PatientTab] = []
        # tabs that have not been shown the current card yet: only the tab in view is
        # filled at once, the others when they are opened (switching patients stays fast)
        self._stale: set[int] = set()
        self._admission_id: int | None = None
        self.card: PatientCard | None = None
        self.facts: SafetyFacts | None = None
        self.setObjectName("patientPanel")

        self.bed = plain_label(name="patientBed")
        self.name = plain_label(name="patientName")
        # absolute: an Arabic or Hebrew name stays beside its bed, not across the panel
        self.name.setAlignment(
            Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignVCenter
        )
        # the name in Latin letters, beside a name in another script
        self.latin_name = plain_label(name="patientLatinName")
        self.severity = plain_label(name="patientSeverity")
        self.safety = SafetyHeader()
        self.details = plain_label(name="patientDetails")
        self.one_liner = plain_label(name="patientOneLiner")
        self.one_liner.setWordWrap(True)
        self.placeholder = plain_label(self.tr("Choose a patient from the census."), "panelHint")

        title = QHBoxLayout()
        title.setSpacing(14)
        title.addWidget(self.bed)
        title.addWidget(self.name)
        title.addWidget(self.latin_name)
        title.addStretch(1)
        title.addWidget(self.severity)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("patientTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._fill_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 12)
        layout.setSpacing(6)
        layout.addWidget(self.placeholder)
        layout.addLayout(title)
        layout.addWidget(self.details)
        layout.addWidget(self.safety)
        layout.addWidget(self.one_liner)
        layout.addSpacing(6)
        layout.addWidget(self.tabs, 1)
        self.clear()

    def add_tab(self, tab: PatientTab, title: str) -> None:
        assert isinstance(tab, QWidget)  # a type cannot say "a QWidget and a PatientTab"
        self._tabs_list.append(tab)
        self.tabs.addTab(tab, title)
        tab.saved.connect(self._tab_saved)

    @property
    def admission_id(self) -> int | None:
        return self._admission_id

    def show_admission(self, admission_id: int | None) -> None:
        """Loads and shows a patient (None: nobody)."""
        self._admission_id = admission_id
        if admission_id is None:
            self.clear()
            return
        self.reload()

    def reload(self) -> None:
        """Shows the current state of the patient on screen (after a save here or
        elsewhere); tabs keep what is being typed."""
        if self._admission_id is None:
            return
        try:
            card = self._backend.call(patient_card, self._admission_id)
        except RoundsError as error:
            self.failed.emit(error_text(error))
            return
        self.card = card
        self.facts = card.safety
        self._show_header(card)
        self.safety.show_facts(self.facts)
        self.latin_name.setText(_beside(self.facts.latin_name))
        self.latin_name.setVisible(bool(self.facts.latin_name))
        self._stale = set(range(len(self._tabs_list)))
        self._fill_current()
        self._set_visible(True)

    def shows(self, admission_id: int) -> bool:
        """Whether this patient's card is in the header and in the tab in view."""
        return (
            self.card is not None
            and self.card.admission.id == admission_id
            and self.tabs.currentIndex() not in self._stale
        )

    def _fill_current(self) -> None:
        index = self.tabs.currentIndex()
        if self.card is not None and index in self._stale:
            self._stale.discard(index)
            self._tabs_list[index].show_card(self.card)

    def clear(self) -> None:
        self._admission_id = None
        self.card = None
        self.facts = None
        self._stale.clear()
        for label in (
            self.bed, self.name, self.latin_name, self.severity, self.details, self.one_liner,
        ):  # fmt: skip
            label.clear()
        self.safety.clear()
        for tab in self._tabs_list:
            tab.clear()
        self._set_visible(False)

    def _set_visible(self, showing: bool) -> None:
        self.placeholder.setVisible(not showing)
        for widget in (self.bed, self.name, self.severity, self.details, self.safety):
            widget.setVisible(showing)
        self.latin_name.setVisible(showing and bool(self.facts and self.facts.latin_name))
        self.one_liner.setVisible(showing and bool(self.card and self.card.admission.one_liner))
        self.tabs.setVisible(showing)

    def _tab_saved(self) -> None:
        self.reload()
        self.changed.emit()

    def _show_header(self, card: PatientCard) -> None:
        a = card.admission
        self.bed.setText(a.bed_label or self.tr("No bed"))
        self.name.setText(called(a.preferred_name, a.given_name, a.family_name))
        self.severity.setText(severity_label(a.severity))
        self.severity.setProperty("severity", a.severity.value)
        self.severity.style().unpolish(self.severity)
        self.severity.style().polish(self.severity)
        parts = []
        if a.pronouns:
            parts.append(isolate(a.pronouns))
        if a.date_of_birth:
            parts.append(fill_placeholders(self.tr("%1 years"), str(_age(a.date_of_birth))))
        if a.preferred_language:
            language = isolate(a.preferred_language)
            if a.interpreter_needed:
                language = fill_placeholders(self.tr("%1 — interpreter needed"), language)
            parts.append(language)
        parts.append(fill_placeholders(self.tr("MRN %1"), isolate(a.mrn)))
        self.details.setText("  ·  ".join(parts))
        self.one_liner.setText(a.one_liner)
        self.one_liner.setVisible(bool(a.one_liner))


def _beside(latin_name: str) -> str:
    # isolated, so the brackets stay round a Latin name beside a right-to-left one
    return f"({isolate(latin_name)})" if latin_name else ""


def _age(born: date) -> int:
    today = date.today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
