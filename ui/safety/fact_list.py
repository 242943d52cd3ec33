"""A list of facts the ward keeps adding to and correcting (allergies, contacts,
medicines): each entry with who recorded it, an Edit button, its History and a button
that takes it off the list; below, one form that adds a new entry or edits the one
chosen. Refreshes rebuild the list and never touch the form, so a half-typed entry
survives anyone's save; a stale edit is refused and the typing stays."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rounds_app.domain.roles import Permission
from rounds_app.errors import ConflictError
from rounds_app.services.patient_card import PatientCard
from ui.backend import Backend
from ui.common.widgets import fill_placeholders, plain_label
from ui.safety import fact_labels
from ui.safety.fact_section import FactSection, new_form


class FactList(FactSection):
    ENTITY = ""  # the FactRevision entity of the entries

    def __init__(
        self,
        backend: Backend,
        title: str,
        empty_text: str,
        noun: str,
        add_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(backend, title, parent)
        self.add_text = add_text  # "Add an allergy": the form's heading and button
        self.noun = noun  # "allergy", "contact": names the buttons for screen readers
        self.editing: Any = None  # the entry the form edits; None: the form adds one
        self.editing_version = 0
        self.entries = QVBoxLayout()
        self.entries.setSpacing(8)
        self.empty = plain_label(empty_text, "emptyList")
        self.empty.setWordWrap(True)
        self._entry_widgets: list[QWidget] = []
        self.entry_buttons: list[QPushButton] = []
        self.form_heading = plain_label(name="formHeading")
        self.form = new_form()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel edit"))
        self.cancel_button.clicked.connect(self.stop_editing)
        self.cancel_button.setAccessibleName(
            fill_placeholders(self.tr("Cancel editing the %1"), noun)
        )
        self.body.addWidget(self.empty)
        self.body.addLayout(self.entries)
        self.body.addSpacing(6)
        self.body.addWidget(self.form_heading)
        self.body.addLayout(self.form)
        self.form_parts: list[QWidget] = [self.form_heading]
        self._editable = False

    def finish_form(self) -> None:
        """The error line and the buttons, below the fields the subclass added."""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        self.body.addWidget(self.error)
        self.body.addLayout(buttons)
        self.form_parts += [self.save_button]
        self.stop_editing()

    def entries_of(self) -> list[Any]:
        """The entries to list, from `self.facts`."""
        raise NotImplementedError

    def describe(self, entry: Any) -> tuple[str, str]:
        """A (title, detail) pair for an entry."""
        raise NotImplementedError

    def fill_form(self, entry: Any | None) -> None:
        """Puts the entry's values in the form (None: empties it)."""
        raise NotImplementedError

    def submit(self) -> Any:
        """Writes the form (adding, or editing `self.editing` at `editing_version`);
        returns the Written (false, with the reason shown, when it was not)."""
        raise NotImplementedError

    def removal(self) -> tuple[str, str]:
        """The text of the button that takes an entry off the list, and its tooltip."""
        raise NotImplementedError

    def remove(self, entry: Any) -> None:
        raise NotImplementedError

    def describe_theirs(self, values: dict[str, Any]) -> str:
        """What someone else saved meanwhile, in a few words (conflict message)."""
        return str(values.get("name") or values.get("substance") or "")

    def reset(self, card: PatientCard | None) -> None:
        self.stop_editing()
        if card is None:
            self._show_entries([])

    def refresh(self, card: PatientCard) -> None:
        self._editable = self.may(Permission.CONTRIBUTE, card)
        self._show_entries(self.entries_of())
        for part in self.form_parts:
            part.setVisible(self._editable)
        self.cancel_button.setVisible(self._editable and self.editing is not None)

    def _show_entries(self, entries: list[Any]) -> None:
        for widget in self._entry_widgets:
            self.entries.removeWidget(widget)
            widget.hide()  # at once: deleteLater waits for the event loop
            widget.deleteLater()
        self._entry_widgets = []
        self.entry_buttons = []
        for entry in entries:
            self._entry_widgets.append(self._entry_widget(entry))
            self.entries.addWidget(self._entry_widgets[-1])
        self.empty.setVisible(not entries)

    def _entry_widget(self, entry: Any) -> QWidget:
        title, detail = self.describe(entry)
        box = QWidget()
        box.setObjectName("factEntry")
        lines = QVBoxLayout(box)
        lines.setContentsMargins(10, 6, 10, 6)
        lines.setSpacing(2)
        top = QHBoxLayout()
        heading = plain_label(title, "entryTitle")
        heading.setWordWrap(True)
        top.addWidget(heading, 1)
        edit = self._entry_button(self.tr("Edit…"), fill_placeholders(self.tr("Edit %1"), title))
        edit.clicked.connect(lambda: self.start_editing(entry))
        history = self.history_button(title)
        history.clicked.connect(lambda: self.show_history(self.ENTITY, entry.id, title))
        text, tip = self.removal()
        remove = self._entry_button(text, fill_placeholders(tip, title))
        remove.clicked.connect(lambda: self.remove(entry))
        for button in (edit, history, remove):
            top.addWidget(button)
        edit.setVisible(self._editable)
        remove.setVisible(self._editable)
        self.entry_buttons += [edit, history, remove]
        lines.addLayout(top)
        if detail:
            more = plain_label(detail, "entryDetail")
            more.setWordWrap(True)
            lines.addWidget(more)
        return box

    def _entry_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setAutoDefault(False)
        return button

    def start_editing(self, entry: Any) -> None:
        self.editing = entry
        self.editing_version = entry.version
        self.fill_form(entry)
        self.form_heading.setText(fill_placeholders(self.tr("Edit %1"), self.describe(entry)[0]))
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setAccessibleName(
            fill_placeholders(self.tr("Save changes to the %1"), self.noun)
        )
        self.cancel_button.setVisible(True)
        self.error.hide()
        self._first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def stop_editing(self) -> None:
        self.editing = None
        self.editing_version = 0
        self.fill_form(None)
        self.form_heading.setText(self.add_text)
        self.save_button.setText(self.add_text)
        self.save_button.setAccessibleName(self.add_text)
        self.cancel_button.setVisible(False)

    def _first_field(self) -> QWidget:
        item = self.form.itemAt(0, self.form.ItemRole.FieldRole)
        return item.widget() if item is not None else self

    def save(self) -> None:
        if self.admission_id is not None and self.submit():
            self.stop_editing()

    def on_conflict(self, conflict: ConflictError) -> None:
        """Someone changed the entry first: theirs is named, the typing stays, and
        Save again puts this version on top of theirs."""
        theirs = conflict.theirs
        self.editing_version = theirs.version
        self.refuse(
            fill_placeholders(
                self.tr(
                    "%1 changed this %2 meanwhile (now: %3). Your entries are kept here: "
                    "Save again to keep yours."
                ),
                theirs.edited_by or self.tr("Someone else"),
                self.noun,
                self.describe_theirs(theirs.values),
            )
        )

    @staticmethod
    def recorded_detail(entry: Any, *parts: str) -> str:
        kept = [p for p in parts if p]
        if getattr(entry, "recorded_at", None) is not None:
            kept.append(fact_labels.recorded(entry.recorded_by, entry.recorded_at))
        return "  ·  ".join(kept)
