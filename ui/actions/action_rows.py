"""One action, or one if/then contingency, as a row of the actions tab: real widgets
rather than a painted list, so every Done, Cancel and Retire button is a Tab stop with
a name a screen reader can say."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rounds_app.domain.enums import ActionStatus
from rounds_app.services.patient_card import ActionView, ContingencyView
from ui.actions.owner_and_due import due_text, owner_text
from ui.common.date_words import day_and_time, short_date
from ui.common.repolish import repolish
from ui.common.widgets import fill_placeholders, plain_label


def _restyle(widget: QWidget, name: str, value: object) -> None:
    """Sets a property the stylesheet selects on, and repolishes so it takes effect."""
    widget.setProperty(name, value)
    repolish(widget)


class ActionRow(QFrame):
    close_requested = Signal(object, object)  # (ActionView, ActionStatus)

    def __init__(self, action: ActionView, today: date, can_write: bool) -> None:
        super().__init__()
        self.action = action
        self.setObjectName("actionRow")
        is_open = action.status is ActionStatus.OPEN
        _restyle(self, "open", is_open)

        self.text = plain_label(action.text, "actionText")
        self.text.setWordWrap(True)
        due, overdue = due_text(action.due, today)
        self.due = plain_label(due, "actionDue")
        _restyle(self.due, "overdue", overdue and is_open)
        details = [
            fill_placeholders(self.tr("Owner: %1"), owner_text(action)),
            fill_placeholders(
                self.tr("opened by %1, %2"),
                action.opened_by,
                short_date(action.opened_at.astimezone().date(), today),
            ),
        ]
        if not is_open and action.closed_by and action.closed_at:
            done = (
                self.tr("Done by %1, %2")
                if action.status is ActionStatus.DONE
                else self.tr("Cancelled by %1, %2")
            )
            details.insert(
                0, fill_placeholders(done, action.closed_by, day_and_time(action.closed_at, today))
            )
        self.details = plain_label("  ·  ".join(details), "actionDetails")
        self.details.setWordWrap(True)

        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.text)
        if is_open:  # a closed action's due date no longer matters
            words.addWidget(self.due, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self.due.hide()
        words.addWidget(self.details)
        words.addStretch(1)  # the words stay together at the top beside taller buttons
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 10)
        layout.setSpacing(10)
        layout.addLayout(words, 1)

        self.done_button: QPushButton | None = None
        self.cancel_button: QPushButton | None = None
        if is_open and can_write:
            self.done_button = self._button(
                self.tr("Done"), "actionDone", self.tr("Mark done: %1"), ActionStatus.DONE
            )
            self.cancel_button = self._button(
                self.tr("Cancel action"),
                "actionCancel",
                self.tr("Cancel the action: %1"),
                ActionStatus.CANCELLED,
            )
            self.cancel_button.setToolTip(self.tr("No longer needed; it stays in the list"))
            # stacked, so a narrow panel still has room for the words
            buttons = QVBoxLayout()
            buttons.setSpacing(6)
            buttons.addWidget(self.done_button)
            buttons.addWidget(self.cancel_button)
            buttons.addStretch(1)
            layout.addLayout(buttons)

    def _button(self, text: str, name: str, spoken: str, status: ActionStatus) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setAccessibleName(fill_placeholders(spoken, self.action.text))
        button.clicked.connect(lambda: self.close_requested.emit(self.action, status))
        return button


def with_word(word: str, text: str) -> str:
    """ "If" + "fever" reads "If fever"; text typed as "if fever" keeps its own word."""
    if text.casefold().startswith(word.casefold() + " "):
        return text
    return f"{word} {text}"


class ContingencyRow(QFrame):
    retire_requested = Signal(object)  # ContingencyView

    def __init__(self, contingency: ContingencyView, can_write: bool) -> None:
        super().__init__()
        self.contingency = contingency
        self.setObjectName("contingencyRow")
        self.condition = plain_label(
            with_word(self.tr("If"), contingency.condition), "contingencyIfText"
        )
        self.response = plain_label(
            with_word(self.tr("then"), contingency.response), "contingencyThenText"
        )
        words = QVBoxLayout()
        words.setSpacing(4)
        for label in (self.condition, self.response):
            label.setWordWrap(True)
            words.addWidget(label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 10)
        layout.setSpacing(10)
        layout.addLayout(words, 1)
        self.retire_button: QPushButton | None = None
        if can_write:
            self.retire_button = QPushButton(self.tr("Retire"))
            self.retire_button.setObjectName("contingencyRetire")
            self.retire_button.setAutoDefault(False)
            self.retire_button.setAccessibleName(
                fill_placeholders(self.tr("Retire the contingency: %1"), self.condition.text())
            )
            self.retire_button.setToolTip(self.tr("It no longer applies; it is kept, not deleted"))
            self.retire_button.clicked.connect(lambda: self.retire_requested.emit(self.contingency))
            layout.addWidget(self.retire_button)
