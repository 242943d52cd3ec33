"""The expected discharge date. It belongs to the admission's clinical summary, so
saving it sends the summary's severity and one-liner back unchanged, as last read."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from rounds_app.domain.roles import Permission
from rounds_app.errors import ConflictError
from rounds_app.services import admissions
from rounds_app.services.patient_card import PatientCard
from ui.backend import Backend
from ui.common.date_words import date_text
from ui.common.optional_date import OptionalDate
from ui.common.tab_section import Section
from ui.common.tracked_edits import Tracked
from ui.common.widgets import fill_placeholders, plain_label

DATE = "expected_discharge_date"


class ExpectedDateSection(Section):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            backend, QCoreApplication.translate("ExpectedDateSection", "Expected discharge"), parent
        )
        self.setObjectName("expectedDateSection")
        self._tracked = Tracked()
        self._summary: tuple[str, str] = ("stable", "")  # severity, one-liner at that version

        self.date = OptionalDate(self.tr("Not set"))
        self.date.setObjectName("expectedDate")
        self.date.setAccessibleName(self.tr("Expected discharge date"))
        self.date.changed.connect(self._update_buttons)
        self.shown = plain_label(name="expectedDateText")  # for roles that only read it
        self.save_button = QPushButton(self.tr("Save date"))
        self.save_button.setObjectName("saveDate")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Undo"))
        self.cancel_button.setObjectName("undoDate")
        self.cancel_button.setToolTip(self.tr("Back to the saved date"))
        self.cancel_button.clicked.connect(self._undo)

        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.date, 1)
        row.addWidget(self.shown, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        self.body.addLayout(row)
        self.body.addWidget(self.error)
        self.reset(None)

    def reset(self, card: PatientCard | None) -> None:
        self.shown.clear()
        if card is None:
            self._tracked.start(0, {DATE: None})
            self.date.set_value(None)
            return
        a = card.admission
        self._tracked.start(a.version, {DATE: a.expected_discharge_date})
        self._summary = (a.severity.value, a.one_liner)
        self.date.set_range(earliest=a.admitted_at.date())
        self.date.set_value(a.expected_discharge_date)

    def refresh(self, card: PatientCard) -> None:
        a = card.admission
        editable = self.may(Permission.EDIT_CARD, card)
        for widget in (self.date, self.save_button, self.cancel_button):
            widget.setVisible(editable)
        self.shown.setVisible(not editable)
        day = a.expected_discharge_date
        self.shown.setText(date_text(day) if day else self.tr("Not set yet"))
        shown, moved_on = self._tracked.refresh(self._mine(), {DATE: day}, a.version)
        if moved_on:
            self._summary = (a.severity.value, a.one_liner)
        self.date.set_range(earliest=a.admitted_at.date())
        if shown[DATE] != self.date.value():
            self.date.set_value(shown[DATE])
        self._update_buttons()

    def _mine(self) -> dict[str, date | None]:
        value = self.date.value()
        return {DATE: value if isinstance(value, date) else None}

    def _update_buttons(self) -> None:
        dirty = self._tracked.editing(self._mine())
        self.save_button.setEnabled(dirty)
        self.cancel_button.setEnabled(dirty)

    def _undo(self) -> None:
        self.date.set_value(self._tracked.values[DATE])
        self.error.hide()

    def save(self) -> None:
        if self.admission_id is None:
            return
        severity, one_liner = self._summary
        mine = self._mine()
        edit = admissions.SummaryEdit(
            version=self._tracked.version,
            severity=severity,
            one_liner=one_liner,
            expected_discharge_date=mine[DATE],
        )
        written = self.write(admissions.update_summary, self.admission_id, edit)
        if written:
            self._tracked.start(written.value, mine)
            self._update_buttons()

    def on_conflict(self, conflict: ConflictError) -> None:
        """Someone saved the summary first. When they left the date alone, this save
        goes again on their version (their severity and one-liner kept); when they
        changed the date too, theirs is named and one more Save keeps this one."""
        theirs = conflict.theirs
        their_day = theirs.values[DATE]
        untouched = their_day == self._tracked.values[DATE]
        self._tracked.start(theirs.version, {DATE: their_day})
        self._summary = (str(theirs.values["severity"]), str(theirs.values["one_liner"]))
        if untouched:
            self.save()
            return
        if their_day == self._mine()[DATE]:  # they chose the same date: nothing to save
            self._update_buttons()
            return
        self.refuse(
            fill_placeholders(
                self.tr("The expected date was changed meanwhile to %1. Save again to keep yours."),
                date_text(their_day) if their_day else self.tr("not set"),
            )
        )
        self._update_buttons()
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)
