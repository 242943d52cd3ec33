"""A list the plan keeps adding to (follow-ups, medication changes): what is there,
then a small form and an Add button. Refreshes rebuild the list and never touch the
form, so a half-typed entry survives anyone's save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rounds_app.domain.roles import Permission
from rounds_app.services.patient_card import DischargePlanView, PatientCard
from ui.backend import Backend
from ui.discharge.section import Section
from ui.widgets import plain_label


class EntryListSection(Section):
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
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self.add)
        self._form_parts: list[QWidget] = [self.form_heading, self.add_button]

        self.body.addWidget(self.empty)
        self.body.addLayout(self.entries)
        self.body.addSpacing(6)
        self.body.addWidget(self.form_heading)
        self.body.addLayout(self.form)

    def add_row(self, text: str, field: QWidget) -> None:
        label = plain_label(text, "fieldLabel")
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", ""))
        self.form.addRow(label, field)
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
        self.body.addWidget(self.error)
        self.body.addLayout(buttons)
        self.clear_form()

    def reset(self, card: PatientCard | None) -> None:
        self.clear_form()
        if card is None:
            self._show_entries([])

    def refresh(self, card: PatientCard) -> None:
        plan = card.discharge_plan
        self._show_entries(self.describe(plan) if plan else [])
        editable = self.may(Permission.EDIT_DISCHARGE_PLAN, card)
        for part in self._form_parts:
            part.setVisible(editable)

    def _show_entries(self, entries: list[tuple[str, str]]) -> None:
        for widget in self._entry_widgets:
            self.entries.removeWidget(widget)
            widget.hide()  # at once: deleteLater waits for the event loop
            widget.deleteLater()
        self._entry_widgets = []
        for title, detail in entries:
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
            self.entries.addWidget(entry)
            self._entry_widgets.append(entry)
        self.empty.setVisible(not entries)

    def add(self) -> None:
        if self.admission_id is not None and self.submit():
            self.clear_form()

    def describe(self, plan: DischargePlanView) -> list[tuple[str, str]]:
        """A (title, detail) pair per entry, in the plan's order."""
        raise NotImplementedError

    def submit(self) -> bool:
        """Writes the form's entry; False (with the reason shown) when it was not."""
        raise NotImplementedError

    def clear_form(self) -> None:
        raise NotImplementedError
