"""The plan's words: destination, barriers, warning signs, whom to call and why the
patient was in hospital (in plain words, for their copy), saved
together with an explicit Save (Ctrl+S) or put back with Cancel. Text being typed
survives every refresh; a save made stale by someone else's is merged box by box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from rounds_app.domain import limits
from rounds_app.domain.roles import Permission
from rounds_app.errors import ConflictError
from rounds_app.services import discharge
from rounds_app.services.patient_card import PatientCard
from ui.backend import Backend
from ui.common.labelled_rows import labelled_row
from ui.common.repolish import repolish
from ui.common.tab_section import Section
from ui.common.tracked_edits import Tracked
from ui.common.widgets import fill_placeholders
from ui.patient.conflict_dialog import ConflictDialog

FIELDS = ("destination", "barriers", "warning_signs", "whom_to_call", "why_in_hospital")
_TEXT_LINES = 4  # each long field shows this many lines before it scrolls


def plan_values(card: PatientCard) -> dict[str, str]:
    plan = card.discharge_plan
    return {name: getattr(plan, name) if plan else "" for name in FIELDS}


class PlanTextSection(Section):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(backend, QCoreApplication.translate("PlanTextSection", "Plan"), parent)
        self.setObjectName("planTextSection")
        self._tracked = Tracked()
        self.destination = QLineEdit()
        self.destination.setMaxLength(limits.SHORT_TEXT)
        self.destination.setPlaceholderText(self.tr("Home, with daughter; care home; rehab unit…"))
        self.barriers = self._long_field(self.tr("What stands in the way of going home"))
        self.warning_signs = self._long_field(self.tr("Signs that mean: get help"))
        self.whom_to_call = self._long_field(self.tr("Names and numbers, day and night"))
        self.why_in_hospital = self._long_field(
            self.tr("In plain words, for the patient's copy: what was wrong, what we did")
        )
        self.labels = {
            "destination": self.tr("&Destination"),
            "barriers": self.tr("&Barriers"),
            "warning_signs": self.tr("Warnin&g signs"),
            "whom_to_call": self.tr("Whom to ca&ll"),
            "why_in_hospital": self.tr("Why in hospital"),
        }
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(16)
        for name, field in self._fields().items():
            field.setObjectName(name)
            labelled_row(form, self.labels[name], field)
            field.textChanged.connect(self._update_buttons)

        self.save_action = QAction(self.tr("Save the plan"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        # only while the cursor is in this section: other tabs may save with Ctrl+S too
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        shortcut = self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button = QPushButton(self.tr("Save plan"))
        self.save_button.setObjectName("savePlan")
        self.save_button.setToolTip(fill_placeholders(self.tr("Save the plan (%1)"), shortcut))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelPlan")
        self.cancel_button.setToolTip(self.tr("Put back the saved plan"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        self.body.addLayout(form)
        self.body.addWidget(self.error)
        self.body.addLayout(buttons)
        self._update_buttons()

    def _long_field(self, placeholder: str) -> QPlainTextEdit:
        field = QPlainTextEdit()
        field.setPlaceholderText(placeholder)
        field.setTabChangesFocus(True)  # Tab moves on; the form stays keyboard-friendly
        field.ensurePolished()
        margins = field.contentsMargins()
        document_margin = 2 * field.document().documentMargin()
        height = field.fontMetrics().lineSpacing() * _TEXT_LINES + document_margin
        field.setFixedHeight(int(height + margins.top() + margins.bottom() + 8))
        return field

    def _fields(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return {
            "destination": self.destination,
            "barriers": self.barriers,
            "warning_signs": self.warning_signs,
            "whom_to_call": self.whom_to_call,
            "why_in_hospital": self.why_in_hospital,
        }

    def _mine(self) -> dict[str, str]:
        return {
            name: field.text() if isinstance(field, QLineEdit) else field.toPlainText()
            for name, field in self._fields().items()
        }

    def _show(self, values: dict[str, str]) -> None:
        for name, field in self._fields().items():
            if self._mine()[name] == values[name]:
                continue  # untouched, so the cursor and undo history stay put
            if isinstance(field, QLineEdit):
                field.setText(values[name])
                field.setCursorPosition(0)  # the start of a long destination, not its end
            else:
                field.setPlainText(values[name])

    def reset(self, card: PatientCard | None) -> None:
        values = plan_values(card) if card else dict.fromkeys(FIELDS, "")
        plan = card.discharge_plan if card else None
        self._tracked.start(plan.version if plan else 0, values)
        self._show(values)

    def refresh(self, card: PatientCard) -> None:
        plan = card.discharge_plan
        version = plan.version if plan else 0
        shown, _ = self._tracked.refresh(self._mine(), plan_values(card), version)
        self._show(shown)
        editable = self.may(Permission.EDIT_DISCHARGE_PLAN, card)
        for field in self._fields().values():
            if field.isReadOnly() == editable:
                field.setReadOnly(not editable)
                repolish(field)  # the stylesheet greys read-only fields
        self.save_button.setVisible(editable)
        self.cancel_button.setVisible(editable)
        self.save_action.setEnabled(editable)
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self._tracked.editing(self._mine())
        self.save_button.setEnabled(dirty)
        self.cancel_button.setEnabled(dirty)

    def cancel(self) -> None:
        self._show(self._tracked.values)
        self.error.hide()

    def save(self) -> None:
        mine = self._mine()
        if self.admission_id is None or not self._tracked.editing(mine):
            return
        edit = discharge.PlanEdit(version=self._tracked.version, **mine)
        written = self.write(discharge.save_plan, self.admission_id, edit)
        if written:
            self._tracked.start(written.value, mine)
            self._update_buttons()

    def on_conflict(self, conflict: ConflictError) -> None:
        """A three-way merge against what this form started from: a box only one
        side changed takes that side's words; a box both changed goes to the shared
        conflict dialog. Then the plan is saved on their version."""
        theirs = conflict.theirs
        their_values = {name: str(theirs.values.get(name, "")) for name in FIELDS}
        mine, base = self._mine(), self._tracked.values
        resolved: dict[str, str] = {}
        for name in FIELDS:
            if mine[name] in (their_values[name], base[name]):
                resolved[name] = their_values[name]
            elif their_values[name] == base[name]:
                resolved[name] = mine[name]
            else:
                answer = ConflictDialog.ask(
                    self.window(),
                    self.labels[name].replace("&", ""),
                    mine[name],
                    their_values[name],
                    theirs.edited_by,
                    theirs.edited_at,
                    self.tr("The discharge plan was saved meanwhile"),
                )
                if answer is None:  # decide later: keep typing; the next save asks again
                    self.refuse(
                        fill_placeholders(
                            self.tr(
                                "Not saved: %1 saved this plan meanwhile. Save again to compare."
                            ),
                            theirs.edited_by or self.tr("someone else"),
                        )
                    )
                    return
                resolved[name] = answer.text
        self._tracked.start(theirs.version, their_values)
        self._show(resolved)
        if resolved == their_values:
            self.error.hide()
            self._update_buttons()
        else:
            self.save()
