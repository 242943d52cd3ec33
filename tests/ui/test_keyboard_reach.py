"""Every screen holds to the keyboard's rules: Tab reaches every control, every
control has a name a screen reader can speak, and no two Alt+letter mnemonics in a
window claim the same letter (one of them would never be reached)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from rounds_app.services import users
from rounds_app.services.users import UserView
from tests.ui import keyboard_audit as audit
from tests.ui.test_admin_users import admin  # noqa: F401 (a fixture)
from tests.ui.test_rounds_support import FakeClock, close_mode, open_mode
from tests.ui.ward_data import PASSWORD, WardData
from ui.admin.admit_dialog import AdmitDialog
from ui.admin.user_forms import AddUserDialog, ChangeRoleDialog, ResetPasswordDialog
from ui.admin.users_dialog import UsersDialog
from ui.admin.wards_dialog import WardsDialog
from ui.backend import Backend
from ui.main_window import MainWindow
from ui.rounds.dialogs import StartRoundDialog
from ui.sign_in_dialog import SignInDialog


def _holds_to_the_rules(window: QWidget, where: str) -> None:
    assert audit.controls(window), f"{where}: nothing to check"
    assert audit.unreachable(window) == [], f"{where}: Tab never reaches these"
    assert audit.unnamed(window) == [], f"{where}: these have no accessible name"
    assert audit.clashes(window) == {}, f"{where}: two mnemonics claim one letter"


def _show(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_main_window_with_each_patient_tab(qtbot, backend: Backend, ward: WardData) -> None:
    actor = backend.sign_in(ward.charge.username, PASSWORD)
    window = _show(qtbot, MainWindow(backend, actor))
    window.census.select_admission(ward.admission_ids[3])
    tabs = window.panel.tabs
    assert tabs.isVisible() and tabs.count() == 5
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _holds_to_the_rules(window, f"main window, tab {tabs.tabText(index)!r}")


def test_the_rounds_console(qtbot, backend: Backend, ward: WardData, monkeypatch) -> None:
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    try:
        _holds_to_the_rules(mode.console.window(), "rounds console")
    finally:
        close_mode(mode)


def _someone(backend: Backend) -> UserView:
    return backend.call(users.list_users)[0]


DIALOGS: dict[str, Callable[[Backend, WardData], QWidget]] = {
    "sign in": lambda backend, ward: SignInDialog(None, backend),
    "start round": lambda backend, ward: StartRoundDialog(None, "Acute Medicine"),
    "users": lambda backend, ward: UsersDialog(None, backend),
    "add user": lambda backend, ward: AddUserDialog(None, backend),
    "change role": lambda backend, ward: ChangeRoleDialog(None, backend, _someone(backend)),
    "reset password": lambda backend, ward: ResetPasswordDialog(None, backend, _someone(backend)),
    "wards and beds": lambda backend, ward: WardsDialog(None, backend),
    "admit": lambda backend, ward: AdmitDialog(None, backend, ward.ward_id, "Acute Medicine"),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialog(qtbot, admin: Backend, ward: WardData, name: str) -> None:  # noqa: F811
    _holds_to_the_rules(_show(qtbot, DIALOGS[name](admin, ward)), name)


def test_the_rules_catch_what_they_are_for(qtbot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    hidden_from_tab = QLineEdit()
    hidden_from_tab.setAccessibleName("Bed")
    hidden_from_tab.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    nameless = QLineEdit()
    for widget in (QPushButton("&Save"), QCheckBox("&Sensitive"), hidden_from_tab, nameless):
        layout.addWidget(widget)
    _show(qtbot, page)
    assert audit.unreachable(page) == ["QLineEdit '' ''"]
    assert audit.unnamed(page) == ["QLineEdit '' ''"]
    assert audit.clashes(page) == {"s": ["&Save", "&Sensitive"]}
