"""Resuscitation status and the ceiling of treatment: the decision, when and by whom it
was made, with whom it was discussed, and the signed form it is written on.

"Not yet discussed" is a choice of its own, never a blank. A save based on an older
decision than the one stored is refused; the form keeps what was typed, names who
saved meanwhile and what, and a second Save keeps this one."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from rounds_app.domain import limits
from rounds_app.domain.roles import Permission
from rounds_app.domain.safety import Ceiling, Resuscitation
from rounds_app.errors import ConflictError
from rounds_app.services.patient_card import PatientCard
from rounds_app.services.safety_facts import record_resuscitation
from rounds_app.services.safety_views import ResuscitationView
from ui.backend import Backend
from ui.common.labelled_rows import labelled_row
from ui.common.optional_date import OptionalDate
from ui.common.tracked_edits import Tracked
from ui.common.widgets import fill_placeholders
from ui.safety import fact_labels
from ui.safety.fact_section import (
    FactSection,
    compact,
    new_form,
    recorded_label,
    recorded_row,
)

ENTITY = "resuscitation_decisions"
FIELDS = ("status", "ceiling", "decided_on", "decided_by", "discussed_with", "form_reference")


class ResuscitationSection(FactSection):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate(
                "ResuscitationSection", "Resuscitation and ceiling of treatment"
            ),
            parent,
        )
        self.setObjectName("resuscitationSection")
        self._tracked = Tracked()
        self._row_id: int | None = None
        self.status = compact(QComboBox())
        self.status.setObjectName("resuscitationStatus")
        for status in Resuscitation:
            self.status.addItem(fact_labels.resuscitation_label(status), status.value)
        self.ceiling = compact(QComboBox())
        self.ceiling.setObjectName("ceiling")
        for ceiling in Ceiling:
            self.ceiling.addItem(fact_labels.ceiling_label(ceiling), ceiling.value)
        self.decided_on = OptionalDate(self.tr("Not recorded"))
        self.decided_on.setObjectName("decidedOn")
        self.decided_on.set_range(latest=date.today())
        self.decided_by = self._line("decidedBy", self.tr("Role, e.g. consultant physician"))
        self.discussed_with = self._line("discussedWith", self.tr("e.g. patient and daughter"))
        self.form_reference = self._line("formReference", self.tr("e.g. ReSPECT form, 12 May"))
        form = new_form()
        labelled_row(form, self.tr("Resusci&tation"), self.status)
        labelled_row(form, self.tr("Cei&ling of treatment"), self.ceiling)
        labelled_row(form, self.tr("&Decided on"), self.decided_on)
        labelled_row(form, self.tr("Decided by"), self.decided_by)
        labelled_row(form, self.tr("Disc&ussed with"), self.discussed_with)
        labelled_row(form, self.tr("Si&gned form"), self.form_reference)
        for box in (self.status, self.ceiling):
            box.currentIndexChanged.connect(self._update_buttons)
        self.decided_on.changed.connect(self._update_buttons)

        self.recorded = recorded_label()
        self.history = self.history_button(self.tr("the resuscitation decision"))
        self.history.clicked.connect(lambda: self.show_history(ENTITY, self._row_id, self.title()))
        self.save_button = QPushButton(self.tr("Save decision"))
        self.save_button.setObjectName("saveResuscitation")
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoResuscitation")
        self.undo_button.setAccessibleName(self.tr("Undo changes to the resuscitation decision"))
        self.undo_button.clicked.connect(self._undo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        self.body.addLayout(recorded_row(self.recorded, self.history))
        self.body.addLayout(form)
        self.body.addWidget(self.error)
        self.body.addLayout(buttons)
        self._editors: tuple[QWidget, ...] = (
            self.status, self.ceiling, self.decided_on, self.decided_by,
            self.discussed_with, self.form_reference, self.save_button, self.undo_button,
        )  # fmt: skip
        self.reset(None)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setMaxLength(limits.SHORT_TEXT)
        line.setPlaceholderText(placeholder)
        line.textChanged.connect(self._update_buttons)
        return line

    def reset(self, card: PatientCard | None) -> None:
        view = self.facts.resuscitation if self.facts is not None and card is not None else None
        values = _values(view) if view is not None else _values_of_nothing()
        self._tracked.start(view.version if view is not None else 0, values)
        self._show(values)

    def refresh(self, card: PatientCard) -> None:
        assert self.facts is not None
        view = self.facts.resuscitation
        self._row_id = view.id
        self.recorded.setText(fact_labels.recorded(view.recorded_by, view.recorded_at))
        self.history.setEnabled(view.version > 0)
        shown, _ = self._tracked.refresh(self._mine(), _values(view), view.version)
        self._show(shown)
        editable = self.may(Permission.CONTRIBUTE, card)
        for widget in self._editors:
            widget.setEnabled(editable)
        self._update_buttons()

    def _show(self, values: dict[str, Any]) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(str(values["status"]))))
        self.ceiling.setCurrentIndex(max(0, self.ceiling.findData(str(values["ceiling"]))))
        if values["decided_on"] != self.decided_on.value():
            self.decided_on.set_value(values["decided_on"])
        for name in ("decided_by", "discussed_with", "form_reference"):
            line: QLineEdit = getattr(self, name)
            if line.text() != values[name]:
                line.setText(values[name])

    def _mine(self) -> dict[str, Any]:
        return {
            "status": self.status.currentData(),
            "ceiling": self.ceiling.currentData(),
            "decided_on": self.decided_on.value(),
            "decided_by": self.decided_by.text().strip(),
            "discussed_with": self.discussed_with.text().strip(),
            "form_reference": self.form_reference.text().strip(),
        }

    def _update_buttons(self) -> None:
        if not self._tracked.values:
            return
        dirty = self._tracked.editing(self._mine())
        self.save_button.setEnabled(dirty and self.status.isEnabled())
        self.undo_button.setEnabled(dirty and self.status.isEnabled())

    def _undo(self) -> None:
        self._show(self._tracked.values)
        self.error.hide()

    def save(self) -> None:
        if self.admission_id is None:
            return
        mine = self._mine()
        written = self.write(
            record_resuscitation,
            self.admission_id,
            expected_version=self._tracked.version,
            **mine,
        )
        if written:
            view: ResuscitationView = written.value
            self._tracked.start(view.version, _values(view))

    def on_conflict(self, conflict: ConflictError) -> None:
        """Someone recorded a decision first: theirs is named, the typing stays, and
        Save again records this one on top of theirs."""
        theirs = conflict.theirs
        self._tracked.start(theirs.version, {n: theirs.values.get(n) for n in FIELDS})
        status = theirs.values.get("status") or Resuscitation.NOT_DISCUSSED
        ceiling = theirs.values.get("ceiling") or Ceiling.NOT_DISCUSSED
        self.refuse(
            fill_placeholders(
                self.tr(
                    "%1 recorded a decision meanwhile: %2; %3. "
                    "Your entries are kept here: Save again to record yours instead."
                ),
                theirs.edited_by or self.tr("Someone else"),
                fact_labels.resuscitation_label(Resuscitation(status)),
                fact_labels.ceiling_label(Ceiling(ceiling)),
            )
        )
        self._update_buttons()
        self.status.setFocus(Qt.FocusReason.OtherFocusReason)


def _values(view: ResuscitationView) -> dict[str, Any]:
    return {name: getattr(view, name) for name in FIELDS}


def _values_of_nothing() -> dict[str, Any]:
    return {
        "status": Resuscitation.NOT_DISCUSSED.value,
        "ceiling": Ceiling.NOT_DISCUSSED.value,
        "decided_on": None,
        "decided_by": "",
        "discussed_with": "",
        "form_reference": "",
    }
