"""The selected patient: a header everyone reads first, and tabs (card, contributions,
actions, discharge plan) that each show one part of the same PatientCard. A tab is a
QWidget that is a `PatientTab`.

Switching patients shows the front of the card first — the header and, when it is in
view, the card tab (a `FrontTab`) — and reads the rest of the card after that has
been painted, one turn of the event loop later: what the user reads first is on
screen sooner. Nothing of the previous patient stays on screen meanwhile: a tab that
needs the whole card is filled before the panel paints."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from rounds_app.domain.bidi import isolate
from rounds_app.domain.names import called
from rounds_app.errors import RoundsError
from rounds_app.services.patient_card import (
    CardFront,
    PatientCard,
    card_front,
    complete_card,
    patient_card,
)
from rounds_app.services.safety_views import SafetyFacts
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common.error_text import error_text
from ui.common.severity_and_role_labels import severity_label
from ui.common.widgets import fill_placeholders, number_text, plain_label
from ui.safety.header import SafetyHeader

log = subsystem_logger(__name__)

# posted at low priority, as Qt posts a window's paint, so that it arrives after the
# front of the card has been painted
WHOLE_CARD_EVENT = QEvent.Type(QEvent.registerEventType())


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


class FrontTab(PatientTab, Protocol):
    """A tab that needs only the front of the card (the card tab)."""

    def show_card(self, card: PatientCard | CardFront) -> None:
        """Shows this card, or the front of it while the rest is being read."""


class PatientPanel(QWidget):
    changed = Signal()  # a tab saved: the census should refresh too
    failed = Signal(str)  # the card could not be loaded; the message is one line

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._tabs_list: list[PatientTab] = []
        self._front_tabs: dict[int, FrontTab] = {}  # by index
        # tabs that have not been shown the current card yet: only the tab in view is
        # filled at once, the others when they are opened (switching patients stays fast)
        self._stale: set[int] = set()
        self._admission_id: int | None = None
        # the whole card, or its front until the rest is read
        self._shown: PatientCard | CardFront | None = None
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

    def add_front_tab(self, tab: FrontTab, title: str) -> None:
        """Adds a tab that shows only the front of the card, and so is filled before
        the rest of the card is read."""
        self._front_tabs[len(self._tabs_list)] = tab
        self.add_tab(tab, title)

    @property
    def card(self) -> PatientCard | None:
        """The whole card of the patient on screen; read now if only its front is
        shown yet."""
        if isinstance(self._shown, CardFront):
            self._complete()
        return self._shown if isinstance(self._shown, PatientCard) else None

    @property
    def admission_id(self) -> int | None:
        return self._admission_id

    def show_admission(self, admission_id: int | None) -> None:
        """Loads and shows a patient (None: nobody): the front of the card at once
        when the tab in view needs no more, the rest after it is painted."""
        self._admission_id = admission_id
        if admission_id is None:
            self.clear()
            return
        index = self.tabs.currentIndex()
        if index not in self._front_tabs:
            self.reload()
            return
        try:
            front = self._backend.call(card_front, admission_id)
        except RoundsError as error:
            self.failed.emit(error_text(error))
            return
        self._show(front)
        QCoreApplication.postEvent(
            self, QEvent(WHOLE_CARD_EVENT), Qt.EventPriority.LowEventPriority.value
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == WHOLE_CARD_EVENT:
            if isinstance(self._shown, CardFront):  # not yet read on demand
                self._complete()
            return True
        return super().event(event)

    def _complete(self) -> None:
        """Reads the rest of the card whose front is on screen."""
        assert isinstance(self._shown, CardFront)
        try:
            card = self._backend.call(complete_card, self._shown)
        except RoundsError as error:
            self.failed.emit(error_text(error))
            return
        self._shown = card
        self._fill_current()

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
        self._show(card)

    def _show(self, shown: PatientCard | CardFront) -> None:
        self._shown = shown
        self.facts = shown.safety
        self._show_header(shown)
        self.safety.show_facts(self.facts)
        self.latin_name.setText(_beside(self.facts.latin_name))
        self.latin_name.setVisible(bool(self.facts.latin_name))
        self._stale = set(range(len(self._tabs_list)))
        self._fill_current()
        self._set_visible(True)

    def shows(self, admission_id: int) -> bool:
        """Whether this patient's card is in the header and in the tab in view."""
        return (
            isinstance(self._shown, PatientCard)
            and self._shown.admission.id == admission_id
            and self.tabs.currentIndex() not in self._stale
        )

    def _fill_current(self) -> None:
        index = self.tabs.currentIndex()
        if self._shown is None or index not in self._stale:
            return
        front_tab = self._front_tabs.get(index)
        if front_tab is not None:
            self._stale.discard(index)
            front_tab.show_card(self._shown)
            return
        # a tab opened before the rest of the card was read reads it now (and reading it
        # fills the tab in view)
        card = self.card
        if card is not None and index in self._stale:
            self._stale.discard(index)
            self._tabs_list[index].show_card(card)

    def clear(self) -> None:
        self._admission_id = None
        self._shown = None
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
        self.one_liner.setVisible(showing and bool(self._shown and self._shown.admission.one_liner))
        self.tabs.setVisible(showing)

    def _tab_saved(self) -> None:
        self.reload()
        self.changed.emit()

    def _show_header(self, card: PatientCard | CardFront) -> None:
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
            parts.append(fill_placeholders(self.tr("%1 years"), number_text(_age(a.date_of_birth))))
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
