"""The sign-in dialog: the right password signs in, a wrong one is refused inline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from tests.sign_ins import FakeUtcClock
from tests.ui.focus import tab_stops
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.access.sign_in_dialog import SignInDialog
from ui.backend import Backend


def _dialog(qtbot, backend: Backend, username: str = CHARGE) -> SignInDialog:
    dialog = SignInDialog(None, backend, username)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_right_password_signs_in(qtbot, backend: Backend, ward: WardData) -> None:
    dialog = _dialog(qtbot, backend)
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None
    assert dialog.actor.username == CHARGE
    assert dialog.actor.display_name == "Mariam Haddad"


def test_enter_in_the_password_field_signs_in(qtbot, backend: Backend, ward: WardData) -> None:
    dialog = _dialog(qtbot, backend)
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None


def test_wrong_password_is_refused_inline(qtbot, backend: Backend, ward: WardData) -> None:
    dialog = _dialog(qtbot, backend)
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.actor is None
    assert dialog.error.isVisible()
    assert dialog.error.text() == "The username or password is not right."
    assert dialog.error.textFormat() == Qt.TextFormat.PlainText
    assert dialog.password.text() == ""
    assert dialog.username.text() == CHARGE
    qtbot.waitUntil(dialog.password.hasFocus)


def test_unknown_user_gets_the_same_message(qtbot, backend: Backend, ward: WardData) -> None:
    dialog = _dialog(qtbot, backend, username="nobody")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "The username or password is not right."


def test_empty_username_asks_for_one_and_keeps_the_password(qtbot, backend: Backend) -> None:
    dialog = _dialog(qtbot, backend, username="")
    dialog.password.setText("typed already")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Enter your username."
    assert dialog.password.text() == "typed already"
    qtbot.waitUntil(dialog.username.hasFocus)


def test_quit_rejects(qtbot, backend: Backend) -> None:
    dialog = _dialog(qtbot, backend)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None


def test_form_is_accessible(qtbot, backend: Backend) -> None:
    dialog = _dialog(qtbot, backend, username="")
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert buddies == {dialog.username, dialog.password}
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    assert tab_stops(dialog.username, 3) == [
        dialog.password,
        dialog.sign_in_button,
        dialog.quit_button,
    ]
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText for label in dialog.findChildren(QLabel)
    )
    qtbot.waitUntil(dialog.username.hasFocus)


def test_prefilled_username_puts_the_cursor_in_the_password(qtbot, backend: Backend) -> None:
    dialog = _dialog(qtbot, backend, username=CHARGE)
    qtbot.waitUntil(dialog.password.hasFocus)


def test_ask_returns_the_actor_or_none(
    qtbot, backend: Backend, ward: WardData, monkeypatch
) -> None:
    def sign_in_and_accept(dialog: SignInDialog) -> int:
        dialog.password.setText(PASSWORD)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", sign_in_and_accept)
    actor = SignInDialog.ask(None, backend, CHARGE)
    assert actor is not None and actor.username == CHARGE

    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert SignInDialog.ask(None, backend, CHARGE) is None


def test_a_name_that_must_wait_is_told_how_long(
    qtbot, backend: Backend, ward: WardData, monkeypatch
) -> None:
    FakeUtcClock.install(monkeypatch)
    dialog = _dialog(qtbot, backend)
    for _ in range(5):
        qtbot.keyClicks(dialog.password, "not the password")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == (
        "The username or password is not right. "
        "Too many failed sign-ins in a row: try again in 1 second."
    )
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None and dialog.isVisible()
    assert dialog.error.text() == "Too many failed sign-ins in a row: try again in 1 second."
