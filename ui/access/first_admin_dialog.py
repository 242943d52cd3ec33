"""First start: a database with no accounts asks for its first administrator.

Nobody is signed in yet, so `Backend.call` cannot run the service; the core's
`users.create_first_admin` (through `Backend.create_first_admin`) refuses as soon as
any account exists, so offering it here grants nothing the command line would not.
Once created, the administrator is signed in straight away (the password was just
typed twice), and the app goes on to the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from rounds_app.domain import limits
from rounds_app.services.actor import Actor
from ui.admin.choices import discipline_combo
from ui.admin.form_dialog import FormDialog
from ui.backend import Backend


class FirstAdminDialog(FormDialog[Actor]):
    def __init__(self, parent: QWidget | None, backend: Backend) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("FirstAdminDialog", "Welcome to Rounds"),
            QCoreApplication.translate("FirstAdminDialog", "Create the first administrator"),
            QCoreApplication.translate(
                "FirstAdminDialog",
                "This database has no accounts yet. The administrator sets up wards, "
                "beds and everyone else's accounts.",
            ),
        )
        self.setObjectName("firstAdminDialog")
        self._backend = backend
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(limits.USERNAME)
        self.username.setPlaceholderText(self.tr("for example a.smith"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("displayName")
        self.display_name.setMaxLength(limits.NAME)
        self.display_name.setPlaceholderText(self.tr("The name colleagues see"))
        self.discipline = discipline_combo()
        self.discipline.setObjectName("discipline")
        self.add_row(self.tr("&Username"), self.username)
        self.add_row(self.tr("&Display name"), self.display_name)
        self.add_row(self.tr("D&iscipline"), self.discipline)
        self.add_password_rows()
        self.finish(self.tr("Create administrator"), self.tr("Quit"))

    def submit(self) -> Actor | None:
        if not self.username.text().strip():
            self.refuse(self.tr("Enter a username."), self.username)
            return None
        if not self.display_name.text().strip():
            self.refuse(self.tr("Enter the name colleagues will see."), self.display_name)
            return None
        problem = self.password_problem()
        if problem:
            self.confirm.clear()
            self.refuse(problem, self.password)
            return None
        return self._backend.create_first_admin(
            username=self.username.text().strip(),
            display_name=self.display_name.text().strip(),
            discipline=self.discipline.currentData(),
            password=self.password.text(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, backend: Backend) -> Actor | None:
        """The new administrator, signed in; None when the person quits instead."""
        return super().ask(parent, backend)
