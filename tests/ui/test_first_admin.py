"""First start: an empty database asks for its first administrator, who is then
signed in; a second administrator cannot be made this way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from rounds_app.domain.enums import Discipline, Role
from rounds_app.storage.database import Database
from tests.ui.focus import tab_stops
from tests.ui.ward_data import WardData
from ui.access.first_admin_dialog import FirstAdminDialog
from ui.admin.choices import select_value
from ui.backend import Backend

PASSWORD = "a long enough pass"


def _dialog(qtbot, backend: Backend) -> FirstAdminDialog:
    dialog = FirstAdminDialog(None, backend)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(dialog: FirstAdminDialog, confirm: str = PASSWORD) -> None:
    dialog.username.setText("  A.Nowak ")
    dialog.display_name.setText("Agnieszka Nowak-Żółć")
    select_value(dialog.discipline, Discipline.MEDICINE)
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(confirm)


def test_the_first_admin_is_created_signed_in_and_can_sign_in_again(
    qtbot, backend: Backend, ui_db: Database
) -> None:
    assert not backend.has_users()
    dialog = _dialog(qtbot, backend)
    _fill(dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    admin = dialog.result_value
    assert admin.username == "a.nowak"
    assert admin.display_name == "Agnieszka Nowak-Żółć"
    assert admin.role is Role.ADMIN
    assert admin.discipline is Discipline.MEDICINE
    assert backend.actor == admin  # straight in: no second sign-in needed

    later = Backend(ui_db)
    assert later.sign_in("a.nowak", PASSWORD).user_id == admin.user_id


def test_different_passwords_are_refused_inline(qtbot, backend: Backend) -> None:
    dialog = _dialog(qtbot, backend)
    _fill(dialog, confirm=PASSWORD + "!")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible()
    assert dialog.error.text() == "The two passwords are not the same."
    assert "\n" not in dialog.error.text()
    assert dialog.confirm.text() == ""  # to be typed again
    assert dialog.username.text() == "  A.Nowak "  # nothing else is lost
    assert not backend.has_users()
    qtbot.waitUntil(dialog.password.hasFocus)


def test_a_short_password_and_missing_names_are_refused(qtbot, backend: Backend) -> None:
    dialog = _dialog(qtbot, backend)
    dialog.accept()
    assert dialog.error.text() == "Enter a username."
    dialog.username.setText("admin")
    dialog.accept()
    assert dialog.error.text() == "Enter the name colleagues will see."
    dialog.display_name.setText("Admin")
    dialog.password.setText("short")
    dialog.confirm.setText("short")
    dialog.accept()
    assert dialog.error.text() == "The password needs at least 8 characters."
    assert not backend.has_users()


def test_the_service_refusal_is_shown_in_one_line(qtbot, backend: Backend) -> None:
    dialog = _dialog(qtbot, backend)
    _fill(dialog)
    dialog.username.setText("not valid!")
    dialog.accept()
    assert dialog.error.text() == (
        "A username uses only letters a–z, digits, dot, dash and underscore."
    )
    assert not backend.has_users()


def test_a_database_with_accounts_refuses_another_first_admin(
    qtbot, backend: Backend, ward: WardData
) -> None:
    dialog = _dialog(qtbot, backend)
    _fill(dialog)
    dialog.accept()
    assert dialog.error.text() == "This database has accounts already; sign in instead."
    assert dialog.result_value is None


def test_form_is_accessible(qtbot, backend: Backend) -> None:
    dialog = _dialog(qtbot, backend)
    fields = [dialog.username, dialog.display_name, dialog.discipline, dialog.password]
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert buddies == {*fields, dialog.confirm}
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText for label in dialog.findChildren(QLabel)
    )
    for field in dialog.findChildren(QLineEdit):
        assert field.accessibleName()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.confirm.echoMode() == QLineEdit.EchoMode.Password
    assert tab_stops(dialog.username, 6) == [
        dialog.display_name,
        dialog.discipline,
        dialog.password,
        dialog.confirm,
        dialog.confirm_button,
        dialog.cancel_button,
    ]
    qtbot.waitUntil(dialog.username.hasFocus)


def test_ask_returns_the_admin_or_none(qtbot, backend: Backend, monkeypatch) -> None:
    monkeypatch.setattr(FirstAdminDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    assert FirstAdminDialog.ask(None, backend) is None

    def fill_and_accept(dialog: FirstAdminDialog) -> int:
        _fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FirstAdminDialog, "exec", fill_and_accept)
    admin = FirstAdminDialog.ask(None, backend)
    assert admin is not None and admin.role is Role.ADMIN
