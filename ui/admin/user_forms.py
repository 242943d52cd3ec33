"""The account forms of the users screen: a new account, another role, a new
password. Each writes through the users service and returns the changed account."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from rounds_app.domain import limits
from rounds_app.domain.enums import Role
from rounds_app.services import users
from rounds_app.services.users import UserView
from ui.admin.choices import discipline_combo, role_combo, select_value
from ui.admin.form_dialog import FormDialog
from ui.backend import Backend
from ui.common.widgets import fill_placeholders


class AddUserDialog(FormDialog[UserView]):
    def __init__(self, parent: QWidget | None, backend: Backend) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("AddUserDialog", "Add user"),
            QCoreApplication.translate("AddUserDialog", "Add a user"),
        )
        self.setObjectName("addUserDialog")
        self._backend = backend
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(limits.USERNAME)
        self.username.setPlaceholderText(self.tr("Letters a–z, digits, dot, dash"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("displayName")
        self.display_name.setMaxLength(limits.NAME)
        self.discipline = discipline_combo()
        self.discipline.setObjectName("discipline")
        self.role = role_combo()
        self.role.setObjectName("role")
        select_value(self.role, Role.CLINICIAN)
        self.add_row(self.tr("&Username"), self.username)
        self.add_row(self.tr("&Display name"), self.display_name)
        self.add_row(self.tr("D&iscipline"), self.discipline)
        self.add_row(self.tr("&Role"), self.role)
        self.add_password_rows()
        self.finish(self.tr("Add user"))

    def submit(self) -> UserView | None:
        problems = self._problems()
        if problems:
            # every mistake at once, so the form is put right in one go
            self.refuse("\n".join(text for text, _ in problems), problems[0][1])
            return None
        return self._backend.call(
            users.create_user,
            username=self.username.text().strip(),
            display_name=self.display_name.text().strip(),
            discipline=self.discipline.currentData(),
            role=self.role.currentData(),
            password=self.password.text(),
        )

    def _problems(self) -> list[tuple[str, QWidget]]:
        problems: list[tuple[str, QWidget]] = []
        username = self.username.text().strip()
        name_problem = (
            users.username_problem(username) if username else self.tr("Enter a username.")
        )
        if name_problem:
            problems.append((name_problem, self.username))
        if not self.display_name.text().strip():
            problems.append((self.tr("Enter the name colleagues will see."), self.display_name))
        password = self.password_problem()
        if password:
            problems.append((password, self.password))
        return problems

    @classmethod
    def ask(cls, parent: QWidget | None, backend: Backend) -> UserView | None:
        return super().ask(parent, backend)


class ChangeRoleDialog(FormDialog[UserView]):
    def __init__(self, parent: QWidget | None, backend: Backend, user: UserView) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("ChangeRoleDialog", "Change role"),
            fill_placeholders(
                QCoreApplication.translate("ChangeRoleDialog", "Role of %1"), user.display_name
            ),
            QCoreApplication.translate(
                "ChangeRoleDialog", "The role decides what the account may do on every ward."
            ),
        )
        self.setObjectName("changeRoleDialog")
        self._backend = backend
        self._user = user
        self.role = role_combo()
        self.role.setObjectName("role")
        select_value(self.role, user.role)
        self.add_row(self.tr("&Role"), self.role)
        self.finish(self.tr("Change role"))

    def submit(self) -> UserView:
        return self._backend.call(users.set_role, self._user.username, self.role.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None, backend: Backend, user: UserView) -> UserView | None:
        return super().ask(parent, backend, user)


class ResetPasswordDialog(FormDialog[UserView]):
    def __init__(self, parent: QWidget | None, backend: Backend, user: UserView) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("ResetPasswordDialog", "Reset password"),
            fill_placeholders(
                QCoreApplication.translate("ResetPasswordDialog", "New password for %1"),
                user.display_name,
            ),
            QCoreApplication.translate(
                "ResetPasswordDialog", "Give them the new password in person, never by e-mail."
            ),
        )
        self.setObjectName("resetPasswordDialog")
        self._backend = backend
        self._user = user
        self.add_password_rows()
        self.finish(self.tr("Set password"))

    def submit(self) -> UserView | None:
        problem = self.password_problem()
        if problem:
            self.refuse(problem, self.password)
            return None
        self._backend.call(users.change_password, self._user.username, self.password.text())
        return self._user

    @classmethod
    def ask(cls, parent: QWidget | None, backend: Backend, user: UserView) -> UserView | None:
        return super().ask(parent, backend, user)
