"""The two small forms of the actions tab: a new action (what, who, by when) and a new
if/then contingency. Each writes through one service and says calmly, in place, what
was wrong; a live refresh of the card never touches what is typed in them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from rounds_app.domain import limits
from rounds_app.domain.enums import Discipline
from rounds_app.errors import RoundsError
from rounds_app.services import actions
from rounds_app.services.actor import Actor
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common import date_words
from ui.common.discipline_labels import discipline_label
from ui.common.error_text import error_text
from ui.common.labelled_rows import buddy_label
from ui.common.widgets import fill_placeholders, plain_label

log = subsystem_logger(__name__)

ME = "me"  # the owner picker's value for the signed-in user


class _ServiceForm(QFrame):
    """A form that writes through one service for the admission on screen."""

    saved = Signal()

    def __init__(self, backend: Backend, name: str) -> None:
        super().__init__()
        self._backend = backend
        self.admission_id: int | None = None
        self.setObjectName(name)
        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(14, 12, 14, 12)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)

    def _field(self, row: int, text: str, widget: QWidget) -> None:
        label = buddy_label(text, widget)
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(widget, row, 1)

    def _submit(self, what: str, service: Callable[..., int], *args: Any, **kwargs: Any) -> bool:
        if self.admission_id is None:
            return False
        try:
            new_id = self._backend.call(service, self.admission_id, *args, **kwargs)
        except RoundsError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return False
        log.info("%s id %s for admission id %s", what, new_id, self.admission_id)
        self.error.hide()
        self.saved.emit()
        return True


def _line(name: str, spoken: str, placeholder: str, limit: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(spoken)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(limit)
    return edit


class NewActionForm(_ServiceForm):
    def __init__(self, backend: Backend) -> None:
        super().__init__(backend, "newActionForm")
        self.text = _line(
            "actionTextEdit",
            self.tr("What needs doing"),
            self.tr("What needs doing, in a few words"),
            limits.ACTION_TEXT,
        )
        self.owner = QComboBox()
        self.owner.setObjectName("actionOwner")
        self.owner.setAccessibleName(self.tr("Owner"))
        self.has_due = QCheckBox(self.tr("D&ue by"))
        self.has_due.setObjectName("actionHasDue")
        self.has_due.setToolTip(self.tr("Leave unticked for no due date"))
        self.due = QDateEdit()
        self.due.setObjectName("actionDueDate")
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_words.weekday_day_format())
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.open_button = QPushButton(self.tr("Open action"))
        self.open_button.setObjectName("openActionButton")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.submit)
        self.text.returnPressed.connect(self.submit)

        self._field(0, self.tr("Ac&tion"), self.text)
        self._field(1, self.tr("Owned &by"), self.owner)
        when = QHBoxLayout()
        when.setSpacing(10)
        when.addWidget(self.has_due)
        when.addWidget(self.due)
        when.addStretch(1)
        self.grid.addLayout(when, 2, 1)
        self.grid.addWidget(self.error, 3, 0, 1, 2)
        self.grid.addWidget(self.open_button, 4, 1, Qt.AlignmentFlag.AlignRight)
        QWidget.setTabOrder(self.text, self.owner)
        QWidget.setTabOrder(self.owner, self.has_due)
        QWidget.setTabOrder(self.has_due, self.due)
        QWidget.setTabOrder(self.due, self.open_button)
        self.reset()

    def set_owners(self, actor: Actor) -> None:
        """ "Me" and every discipline (there is no list of colleagues for everyone to
        pick from); the user's own discipline is chosen."""
        self.owner.clear()
        self.owner.addItem(fill_placeholders(self.tr("Me (%1)"), actor.display_name), ME)
        for discipline in Discipline:
            self.owner.addItem(discipline_label(discipline), discipline)
        own = actor.discipline
        self.owner.setCurrentIndex(list(Discipline).index(own) + 1 if own is not None else 0)

    def reset(self) -> None:
        """An empty form for another patient: an action typed for one patient must not
        be opened for the next by mistake."""
        self.text.clear()
        self.has_due.setChecked(False)
        tomorrow = date.today() + timedelta(days=1)
        self.due.setMinimumDate(QDate.currentDate())
        self.due.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.error.hide()

    def submit(self) -> None:
        owner = self.owner.currentData()
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        if self._submit(
            "opened action",
            actions.open_action,
            text=self.text.text(),
            owner_discipline=None if owner == ME else owner,
            owner_user_id=self._backend.actor.user_id if owner == ME else None,
            due=due,
        ):
            self.reset()
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)


class ContingencyForm(_ServiceForm):
    def __init__(self, backend: Backend) -> None:
        super().__init__(backend, "contingencyForm")
        self.condition = _line(
            "contingencyIf",
            self.tr("If"),
            self.tr("For example: temperature above 38.5 °C"),
            limits.LONG_TEXT,
        )
        self.response = _line(
            "contingencyThen",
            self.tr("Then"),
            self.tr("For example: take blood cultures and call the doctor"),
            limits.LONG_TEXT,
        )
        self.add_button = QPushButton(self.tr("Add contin&gency"))
        self.add_button.setObjectName("addContingencyButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.submit)
        self.response.returnPressed.connect(self.submit)
        # "If" alone has no letter free: I is the tab's, F the File menu's
        self._field(0, self.tr("Con&dition"), self.condition)
        self._field(1, self.tr("The&n"), self.response)
        self.grid.addWidget(self.error, 2, 0, 1, 2)
        self.grid.addWidget(self.add_button, 3, 1, Qt.AlignmentFlag.AlignRight)
        QWidget.setTabOrder(self.condition, self.response)
        QWidget.setTabOrder(self.response, self.add_button)

    def reset(self) -> None:
        self.condition.clear()
        self.response.clear()
        self.error.hide()

    def submit(self) -> None:
        if self._submit(
            "added contingency",
            actions.add_contingency,
            condition=self.condition.text(),
            response=self.response.text(),
        ):
            self.reset()
            self.condition.setFocus(Qt.FocusReason.OtherFocusReason)
