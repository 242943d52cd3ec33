"""The accounts as a Qt table model. It holds the `UserView`s the users service
returned and never talks to the database; the dialog hands it fresh rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from rounds_app.services.users import UserView
from ui.common.date_words import clock_time
from ui.common.discipline_labels import discipline_label
from ui.common.row_table_model import Index as _Index
from ui.common.row_table_model import RowTableModel
from ui.common.severity_and_role_labels import role_label
from ui.common.widgets import fill_placeholders
from ui.common.words import QT_TRANSLATE_NOOP
from ui.shell import palette

_MUTED = palette.colour("grey_650")  # disabled accounts, still 7:1 against white


class UsersTableModel(RowTableModel[UserView]):
    COL_USERNAME = 0
    COL_NAME = 1
    COL_DISCIPLINE = 2
    COL_ROLE = 3
    COL_STATUS = 4

    #: the row's UserView, on every column
    UserRole = Qt.ItemDataRole.UserRole + 1

    _HEADERS = (
        QT_TRANSLATE_NOOP("UsersTableModel", "Username"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Name"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Discipline"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Role"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Status"),
    )

    def set_rows(self, rows: list[UserView]) -> None:
        self._replace_rows(rows)

    def row_of(self, username: str) -> int | None:
        return next((n for n, user in enumerate(self._rows) if user.username == username), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user = self._row_at(index)
        if user is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(user, index.column())
        if role == self.UserRole:
            return user
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return _MUTED
        return None

    def _display(self, user: UserView, column: int) -> str | None:
        if column == self.COL_USERNAME:
            return user.username
        if column == self.COL_NAME:
            return user.display_name
        if column == self.COL_DISCIPLINE:
            return discipline_label(user.discipline)
        if column == self.COL_ROLE:
            return role_label(user.role)
        if column == self.COL_STATUS:
            if not user.active:
                return self.tr("Disabled")
            if user.locked_until is not None:
                return fill_placeholders(self.tr("Locked until %1"), clock_time(user.locked_until))
            return self.tr("Active")
        return None
