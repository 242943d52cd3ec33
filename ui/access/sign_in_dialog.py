"""The sign-in dialog: username and password, and a calm inline message when they
are not right or the name must wait after failed sign-ins (the service words both)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rounds_app.errors import RoundsError
from rounds_app.services.actor import Actor
from ui.backend import Backend
from ui.common import window_size
from ui.common.error_text import error_text
from ui.common.labelled_rows import buddy_label
from ui.common.widgets import plain_label


class SignInDialog(QDialog):
    def __init__(self, parent: QWidget | None, backend: Backend, username: str = "") -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor: Actor | None = None
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to Rounds"))

        heading = plain_label(self.tr("Rounds"), "dialogHeading")
        intro = plain_label(self.tr("Sign in with your ward account."), "dialogIntro")

        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("Username"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        user_label = buddy_label(self.tr("&Username"), self.username, name="")
        password_label = buddy_label(self.tr("&Password"), self.password, name="")

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(user_label, self.username)
        form.addRow(password_label, self.password)

        # Hidden until there is something to say, so the dialog does not open with
        # an empty red gap in it.
        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setDefault(True)
        self.quit_button = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        self.ensurePolished()  # the stylesheet's font, not the default, sets the width
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        window_size.restore(self, "SignInDialog")

        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.sign_in_button)
        QWidget.setTabOrder(self.sign_in_button, self.quit_button)
        (self.password if username else self.username).setFocus()

    @property
    def actor(self) -> Actor | None:
        return self._actor

    def accept(self) -> None:
        username = self.username.text().strip()
        if not username:
            self._refuse(self.tr("Enter your username."), self.username, clear_password=False)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._actor = self._backend.sign_in(username, self.password.text())
        except RoundsError as error:
            self._refuse(error_text(error), self.password)
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()

    def _refuse(self, message: str, focus: QLineEdit, *, clear_password: bool = True) -> None:
        self.error.setText(message)
        self.error.show()
        if clear_password:
            self.password.clear()
        focus.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, backend: Backend, username: str = "") -> Actor | None:
        """Shows the dialog until someone signs in (their Actor) or quits (None)."""
        dialog = cls(parent, backend, username)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.actor
            return None
        finally:
            dialog.deleteLater()
