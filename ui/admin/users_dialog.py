"""Users and roles (administrators): every account, and buttons to add one, change
its role, disable or enable it, set a new password, or unlock it after failed
sign-ins. Accounts are never deleted: a disabled one keeps its name on everything it
wrote."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rounds_app.errors import RoundsError
from rounds_app.services import users
from rounds_app.services.users import UserView
from rounds_app.subsystem_log import subsystem_logger
from ui.admin.user_forms import AddUserDialog, ChangeRoleDialog, ResetPasswordDialog
from ui.admin.users_model import UsersTableModel
from ui.backend import Backend
from ui.common import window_size
from ui.common.error_text import error_text
from ui.common.labelled_rows import buddy_label
from ui.common.widgets import plain_label

log = subsystem_logger(__name__)


class UsersDialog(QDialog):
    def __init__(self, parent: QWidget | None, backend: Backend) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users and roles"))
        self._backend = backend
        self.model = UsersTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("User accounts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        table_label = buddy_label(self.tr("&Accounts"), self.table)

        self.add_button = self._button(self.tr("A&dd user…"), "addUser", self.add_user)
        self.role_button = self._button(self.tr("Change &role…"), "changeRole", self.change_role)
        self.active_button = self._button(self.tr("Disa&ble"), "toggleActive", self.toggle_active)
        self.password_button = self._button(
            self.tr("Reset &password…"), "resetPassword", self.reset_password
        )
        self.unlock_button = self._button(self.tr("&Unlock"), "unlockUser", self.unlock)
        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        for button in (
            self.add_button,
            self.role_button,
            self.active_button,
            self.password_button,
            self.unlock_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(plain_label(self.tr("Users and roles"), "dialogHeading"))
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.ensurePolished()
        window_size.restore(
            self,
            "UsersDialog",
            QSize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 30),
        )
        self.reload()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in the table must not add a user
        button.clicked.connect(slot)
        return button

    def reload(self, select: str | None = None) -> None:
        selected = self.selected()
        keep = select or (selected.username if selected else None)
        try:
            self.model.set_rows(self._backend.call(users.list_users))
        except RoundsError as error:
            self._refuse(error_text(error))
            return
        row = self.model.row_of(keep) if keep else None
        if row is not None:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()

    def selected(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(UsersTableModel.UserRole) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected()
        mine = user is not None and user.id == self._backend.actor.user_id
        for button in (self.role_button, self.password_button):
            button.setEnabled(user is not None)
        # your own account stays enabled: nobody could sign in to undo it
        self.active_button.setEnabled(user is not None and not mine)
        self.active_button.setText(
            self.tr("Ena&ble") if user is not None and not user.active else self.tr("Disa&ble")
        )
        self.unlock_button.setEnabled(user is not None and user.locked_until is not None)

    def add_user(self) -> None:
        user = AddUserDialog.ask(self, self._backend)
        if user is not None:
            log.info("user id %s created", user.id)
            self._changed(user.username)

    def change_role(self) -> None:
        user = self.selected()
        if user is not None and ChangeRoleDialog.ask(self, self._backend, user) is not None:
            log.info("role of user id %s changed", user.id)
            self._changed(user.username)

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None and ResetPasswordDialog.ask(self, self._backend, user) is not None:
            log.info("password of user id %s reset", user.id)
            self._changed(user.username)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None and self._done(users.set_active, user.username, not user.active):
            log.info("user id %s %s", user.id, "disabled" if user.active else "enabled")
            self._changed(user.username)

    def unlock(self) -> None:
        user = self.selected()
        if user is not None and self._done(users.clear_lockout, user.username):
            log.info("user id %s unlocked", user.id)
            self._changed(user.username)

    def _done(self, service: Callable[..., object], *args: object) -> bool:
        """Runs a users service as the signed-in administrator; False (and why, shown
        inline) when it refused."""
        try:
            self._backend.call(service, *args)
        except RoundsError as error:
            self._refuse(error_text(error))
            return False
        return True

    def _changed(self, username: str) -> None:
        self.error.hide()
        self.reload(username)

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    @classmethod
    def ask(cls, parent: QWidget | None, backend: Backend) -> None:
        dialog = cls(parent, backend)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
