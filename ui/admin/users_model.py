"""The accounts as a Qt table model. It holds the `UserView`s the users service
returned and never talks to the database; the dialog hands it fresh rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from rounds_app.services.users import UserView
from ui.contributions.vocabulary import discipline_label
from ui.vocabulary import role_label

_MUTED = QColor("#55595F")  # disabled accounts, still 7:1 against white
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class UsersTableModel(QAbstractTableModel):
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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UserView] = []

    def set_rows(self, rows: list[UserView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, username: str) -> int | None:
        return next((n for n, user in enumerate(self._rows) if user.username == username), None)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._HEADERS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self._HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        user = self._rows[index.row()]
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
            return self.tr("Active") if user.active else self.tr("Disabled")
        return None
