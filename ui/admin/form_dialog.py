"""The frame every admin form shares: a heading, a form whose labels are buddies of
their fields, one calm inline error line, and the buttons.

A subclass names its result type (`FormDialog[UserView]`), adds its rows, calls
`finish()` and implements `submit()`: it returns the dialog's result, or raises the
service's RoundsError, whose one line then shows above the buttons while the dialog
stays open with everything typed still there."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain import limits
from rounds_app.errors import RoundsError
from ui.common import window_size
from ui.common.error_text import error_text
from ui.common.labelled_rows import labelled_row
from ui.common.widgets import fill_placeholders, number_text, plain_label
from ui.common.window_size import FittingScrollArea

Result = TypeVar("Result")


class FormDialog(QDialog, Generic[Result]):
    def __init__(self, parent: QWidget | None, title: str, heading: str, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value: Result | None = None
        self._first_field: QWidget | None = None

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setHorizontalSpacing(18)
        self.form.setVerticalSpacing(10)
        # Hidden until there is something to say, so the form opens without a red gap.
        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        # created without a parent and added in finish(), so the buttons come after
        # the fields in the Tab order
        self.buttons = QDialogButtonBox()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(28, 24, 28, 20)
        self._layout.setSpacing(14)
        heading_label = plain_label(heading, "dialogHeading")
        heading_label.setWordWrap(True)  # it may carry a long name
        self._layout.addWidget(heading_label)
        if intro:
            text = plain_label(intro, "dialogIntro")
            text.setWordWrap(True)
            self._layout.addWidget(text)
        # a long form scrolls on a short screen, and the buttons stay in view below it
        body = QWidget()
        body.setObjectName("formBody")
        body.setLayout(self.form)
        self.form.setContentsMargins(0, 0, 0, 0)
        scroll = FittingScrollArea(body)
        scroll.setObjectName("formScroll")
        self._layout.addWidget(scroll, 1)

    def add_row(self, text: str, field: QWidget, shown: QWidget | None = None) -> QLabel:
        """A labelled row; `text` carries the &mnemonic that jumps to the field.
        `shown` is what the row holds when that is more than the field (the field
        with a button beside it)."""
        label = labelled_row(self.form, text, field, shown)
        if self._first_field is None:
            self._first_field = field
        return label

    def add_heading(self, text: str) -> None:
        """A quiet heading that groups the rows below it."""
        self.form.addRow(plain_label(text, "formHeading"))

    def add_password_rows(self) -> tuple[QLineEdit, QLineEdit]:
        """A new password typed twice; `password_problem()` checks the pair."""
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmPassword")
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(limits.PASSWORD_MAX)
        self.add_row(self.tr("&Password"), self.password)
        self.add_row(self.tr("Con&firm password"), self.confirm)
        self.password.setPlaceholderText(
            fill_placeholders(self.tr("At least %1 characters"), number_text(limits.PASSWORD_MIN))
        )
        return self.password, self.confirm

    def password_problem(self) -> str | None:
        if len(self.password.text()) < limits.PASSWORD_MIN:
            return fill_placeholders(
                self.tr("The password needs at least %1 characters."),
                number_text(limits.PASSWORD_MIN),
            )
        if self.password.text() != self.confirm.text():
            return self.tr("The two passwords are not the same.")
        return None

    def finish(self, confirm_text: str, cancel_text: str = "") -> None:
        """Adds the error line and the buttons below the rows, and focuses the first."""
        confirm = self.buttons.addButton(confirm_text, QDialogButtonBox.ButtonRole.AcceptRole)
        confirm.setDefault(True)
        self.confirm_button = confirm
        self.cancel_button = self.buttons.addButton(
            cancel_text or self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self._layout.addWidget(self.error)
        self._layout.addWidget(self.buttons)
        self.ensurePolished()  # the stylesheet's font, not the default, sets the width
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        window_size.restore(self, type(self).__name__)
        if self._first_field is not None:
            self._first_field.setFocus()

    def submit(self) -> Result | None:
        """Does the dialog's work and returns its result (not None), or None after
        `refuse()`; a service's refusal comes out as RoundsError."""
        raise NotImplementedError

    def refuse(self, message: str, focus: QWidget | None = None) -> None:
        """Shows why the form cannot go ahead; the dialog stays open."""
        self.error.setText(message)
        self.error.show()
        if focus is not None:
            focus.setFocus()

    def accept(self) -> None:
        try:
            value = self.submit()
        except RoundsError as error:
            self.refuse(error_text(error))
            return
        if value is None:  # submit() refused inline already
            return
        self.result_value = value
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, *args: Any, **kwargs: Any) -> Result | None:
        """Shows the dialog; its result, or None when cancelled."""
        dialog = cls(parent, *args, **kwargs)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_value
            return None
        finally:
            dialog.deleteLater()
