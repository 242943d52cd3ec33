"""Capturing, while the team talks: an action (what, which discipline owns it, when it
is due) and an entry (what was said, by which discipline, what kind). Enter in either
line adds it. What is half-typed stays with its patient when the round moves on and
comes back when it returns; a live refresh never touches it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLineEdit, QWidget

from rounds_app.domain.enums import ContributionKind, Discipline
from ui.common.discipline_labels import discipline_label, kind_label
from ui.common.labelled_rows import buddy_label
from ui.common.widgets import plain_label
from ui.common.words import QT_TRANSLATE_NOOP

_DUE = (
    (QT_TRANSLATE_NOOP("QuickCapture", "No due date"), None),
    (QT_TRANSLATE_NOOP("QuickCapture", "Today"), 0),
    (QT_TRANSLATE_NOOP("QuickCapture", "Tomorrow"), 1),
    (QT_TRANSLATE_NOOP("QuickCapture", "In 2 days"), 2),
    (QT_TRANSLATE_NOOP("QuickCapture", "In a week"), 7),
)


def _picker(name: str, accessible: str) -> QComboBox:
    picker = QComboBox()
    picker.setObjectName(name)
    picker.setAccessibleName(accessible)
    # as wide as its half of the row, not as its longest choice
    picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    picker.setMinimumContentsLength(10)
    return picker


WIDE = 900  # px: from here a line and its choices share one row


class QuickCapture(QGroupBox):
    action_requested = Signal(str, object, object)  # text, owner Discipline, due date | None
    entry_requested = Signal(str, object, object)  # text, speaking Discipline, kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("QuickCapture", "Capture"), parent)
        self.setObjectName("quickCapture")
        self._typed: dict[int, tuple[str, str]] = {}  # admission id -> (action, entry)
        self._admission_id: int | None = None

        self.action_text = QLineEdit()
        self.action_text.setObjectName("captureAction")
        self.action_text.setAccessibleName(self.tr("New action"))
        self.action_text.setPlaceholderText(self.tr("Who does what — Enter adds it"))
        self.owner = _picker("captureOwner", self.tr("Action owner"))
        self.due = _picker("captureDue", self.tr("Action due"))
        for discipline in Discipline:
            self.owner.addItem(discipline_label(discipline), discipline)
        for text, days in _DUE:
            self.due.addItem(self.tr(text), days)

        self.entry_text = QLineEdit()
        self.entry_text.setObjectName("captureEntry")
        self.entry_text.setAccessibleName(self.tr("New entry"))
        self.entry_text.setPlaceholderText(self.tr("What was said — Enter adds it"))
        self.speaker = _picker("captureSpeaker", self.tr("Discipline speaking"))
        self.kind = _picker("captureKind", self.tr("Kind of entry"))
        for discipline in Discipline:
            self.speaker.addItem(discipline_label(discipline), discipline)
        for kind in ContributionKind:
            self.kind.addItem(kind_label(kind), kind)

        action_label = buddy_label(self.tr("&Action (A)"), self.action_text)
        entry_label = buddy_label(self.tr("&Entry (C)"), self.entry_text)
        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()

        self._rows = (
            (action_label, self.action_text, self.owner, self.due),
            (entry_label, self.entry_text, self.speaker, self.kind),
        )
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        self._wide: bool | None = None
        self._arrange(wide=False)
        for first, second in (
            (self.action_text, self.owner),
            (self.owner, self.due),
            (self.due, self.entry_text),
            (self.entry_text, self.speaker),
            (self.speaker, self.kind),
        ):
            QWidget.setTabOrder(first, second)
        self.action_text.returnPressed.connect(self._add_action)
        self.entry_text.returnPressed.connect(self._add_entry)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._arrange(wide=self.width() >= WIDE)

    def _arrange(self, *, wide: bool) -> None:
        """Wide (the console on its own screen): a line and its choices side by side.
        Narrow (beside the ward-room view on a laptop): the choices under the line, so
        there is still room to type."""
        if wide == self._wide:
            return
        self._wide = wide
        grid = self._grid
        for widget in (*(w for row in self._rows for w in row), self.error):
            grid.removeWidget(widget)  # re-added below: a widget must not sit twice
        for row, (label, text, first, second) in enumerate(self._rows):
            at = row if wide else 2 * row
            grid.addWidget(label, at, 0)
            grid.addWidget(text, at, 1, 1, 1 if wide else 2)
            grid.addWidget(first, at if wide else at + 1, 2 if wide else 1)
            grid.addWidget(second, at if wide else at + 1, 3 if wide else 2)
        grid.addWidget(self.error, 2 if wide else 4, 0, 1, 4)
        for column, stretch in enumerate((0, 2, 1, 1) if wide else (0, 1, 1, 0)):
            grid.setColumnStretch(column, stretch)

    def set_admission(self, admission_id: int | None) -> None:
        """Keeps what was typed for the patient being left; restores this one's."""
        if admission_id == self._admission_id:
            return
        if self._admission_id is not None:
            self._typed[self._admission_id] = (self.action_text.text(), self.entry_text.text())
        self._admission_id = admission_id
        action, entry = self._typed.pop(admission_id, ("", "")) if admission_id else ("", "")
        self.action_text.setText(action)
        self.entry_text.setText(entry)
        self.error.hide()

    def added_action(self) -> None:
        self.action_text.clear()
        self.error.hide()

    def added_entry(self) -> None:
        self.entry_text.clear()
        self.error.hide()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _add_action(self) -> None:
        text = self.action_text.text().strip()
        if not text:
            self.show_error(self.tr("Write the action first."))
            return
        days = self.due.currentData()
        due = None if days is None else date.today() + timedelta(days=int(days))
        # the drop-downs hand their enums back as plain strings
        self.action_requested.emit(text, Discipline(self.owner.currentData()), due)

    def _add_entry(self) -> None:
        text = self.entry_text.text().strip()
        if not text:
            self.show_error(self.tr("Write the entry first."))
            return
        self.entry_requested.emit(
            text, Discipline(self.speaker.currentData()), ContributionKind(self.kind.currentData())
        )

    def focus_action(self) -> None:
        self.action_text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_entry(self) -> None:
        self.entry_text.setFocus(Qt.FocusReason.ShortcutFocusReason)
