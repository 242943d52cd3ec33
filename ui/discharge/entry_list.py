"""A list the plan keeps adding to (follow-ups, medication changes): what is there,
each with its own buttons (Edit, and whatever the list adds), then a small form and
an Add button. Edit loads an entry into the same form, which then saves that entry
at the version it was read at (Cancel leaves it). Refreshes rebuild the list and
never touch the form, so a half-typed entry survives anyone's save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rounds_app.domain.roles import Permission
from rounds_app.errors import ConflictError
from rounds_app.services.patient_card import DischargePlanView, PatientCard
from ui.backend import Backend
from ui.common.labelled_rows import labelled_row
from ui.common.tab_section import Section
from ui.common.widgets import plain_label


class EntryListSection(Section):
    # whether an entry can be opened in the form again (a list that only adds, such as
    # the append-only teach-back record, or only removes, has no Edit)
    edits_entries = False

    def __init__(
        self,
        backend: Backend,
        title: str,
        empty_text: str,
        add_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(backend, title, parent)
        self.entries = QVBoxLayout()
        self.entries.setSpacing(8)
        self.empty = plain_label(empty_text, "emptyList")
        self._entry_widgets: list[QWidget] = []
        self.form_heading = plain_label(add_text, "formHeading")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(16)
        # added to the layout by finish_form(), so it comes after the fields on Tab
        self._add_text = add_text
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self.add)
        self.cancel_edit_button = QPushButton(self.tr("Cancel edit"))
        self.cancel_edit_button.setObjectName("cancelEdit")
        self.cancel_edit_button.clicked.connect(self.stop_editing)
        self.cancel_edit_button.hide()
        self._form_parts: list[QWidget] = [self.form_heading, self.add_button]
        # (entry id, version read) while the form edits an entry; None while it adds
        self.editing: tuple[int, int] | None = None
        self._editable = False

        self.body.addWidget(self.empty)
        self.body.addLayout(self.entries)
        self.body.addSpacing(6)
        self.body.addWidget(self.form_heading)
        self.body.addLayout(self.form)

    def add_row(self, text: str, field: QWidget) -> None:
        label = labelled_row(self.form, text, field)
        self._form_parts += [label, field]

    def add_field(self, field: QWidget) -> None:
        """A row without a label of its own (a checkbox names itself)."""
        self.form.addRow("", field)
        self._form_parts.append(field)

    def finish_form(self) -> None:
        """The error line and the Add button, below the fields the subclass added."""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_edit_button)
        self.body.addWidget(self.error)
        self.body.addLayout(buttons)
        self.clear_form()

    def reset(self, card: PatientCard | None) -> None:
        self.stop_editing()
        if card is None:
            self._show_entries([])

    def refresh(self, card: PatientCard) -> None:
        plan = card.discharge_plan
        self._editable = self.may(Permission.EDIT_DISCHARGE_PLAN, card)
        self.card = card
        self._show_entries(self.describe(plan) if plan else [])
        for part in self._form_parts:
            part.setVisible(self._editable)
        self.cancel_edit_button.setVisible(self._editable and self.editing is not None)

    def _show_entries(self, entries: list[tuple[str, str]]) -> None:
        for widget in self._entry_widgets:
            self.entries.removeWidget(widget)
            widget.hide()  # at once: deleteLater waits for the event loop
            widget.deleteLater()
        self._entry_widgets = []
        for number, (title, detail) in enumerate(entries):
            entry = QWidget()
            entry.setObjectName("planEntry")
            lines = QVBoxLayout(entry)
            lines.setContentsMargins(10, 6, 10, 6)
            lines.setSpacing(2)
            heading = plain_label(title, "entryTitle")
            heading.setWordWrap(True)
            lines.addWidget(heading)
            if detail:
                more = plain_label(detail, "entryDetail")
                more.setWordWrap(True)
                lines.addWidget(more)
            buttons = self.entry_buttons(number) if self._editable else []
            if buttons:
                row = QHBoxLayout()
                row.addStretch(1)
                for button in buttons:
                    button.setAccessibleDescription(title)  # which entry it acts on
                    row.addWidget(button)
                lines.addLayout(row)
            self.entries.addWidget(entry)
            self._entry_widgets.append(entry)
        self.empty.setVisible(not entries)

    def entry_buttons(self, number: int) -> list[QPushButton]:
        """Buttons for the entry at `number`: Edit where the list edits its entries,
        and any the list adds."""
        if not self.edits_entries:
            return self.more_buttons(number)
        edit = QPushButton(self.tr("Edit"))
        edit.setObjectName("editEntry")
        edit.clicked.connect(lambda: self.start_editing(number))
        return [edit, *self.more_buttons(number)]

    def more_buttons(self, number: int) -> list[QPushButton]:
        return []

    def start_editing(self, number: int) -> None:
        self.editing = self.load(number)
        self.add_button.setText(self.tr("Save changes"))
        self.cancel_edit_button.show()
        self.error.hide()
        self.focus_form()

    def stop_editing(self) -> None:
        self.editing = None
        self.add_button.setText(self._add_text)
        self.cancel_edit_button.hide()
        self.clear_form()

    def add(self) -> None:
        if self.admission_id is not None and self.submit():
            self.stop_editing()

    def on_conflict(self, conflict: ConflictError) -> None:
        """Someone saved the entry first: their version is shown; the form keeps
        this one's words and saves them on theirs at the next press."""
        if self.editing is not None:
            self.editing = (self.editing[0], conflict.theirs.version)
        self.refuse(
            self.tr("Not saved: someone changed this entry meanwhile. Check it and save again.")
        )

    def load(self, number: int) -> tuple[int, int]:
        """Fills the form from the entry at `number`; returns its (id, version)."""
        raise NotImplementedError

    def focus_form(self) -> None:
        """Puts the cursor in the form's first field."""

    def describe(self, plan: DischargePlanView) -> list[tuple[str, str]]:
        """A (title, detail) pair per entry, in the plan's order."""
        raise NotImplementedError

    def submit(self) -> bool:
        """Writes the form's entry; False (with the reason shown) when it was not."""
        raise NotImplementedError

    def clear_form(self) -> None:
        raise NotImplementedError
