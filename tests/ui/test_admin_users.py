"""Users and roles: the accounts table model, adding a user, changing a role,
disabling and enabling, a new password."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from rounds_app.domain.enums import Discipline, Role
from rounds_app.errors import AuthenticationFailed
from rounds_app.services import users
from rounds_app.services.users import UserView
from rounds_app.storage.database import Database
from tests.sign_ins import FakeUtcClock, lock_out
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.admin.choices import select_value
from ui.admin.user_forms import AddUserDialog, ChangeRoleDialog, ResetPasswordDialog
from ui.admin.users_dialog import UsersDialog
from ui.admin.users_model import UsersTableModel
from ui.backend import Backend
from ui.common.date_words import clock_time

ROWS = [
    UserView(1, "a.admin", "Ada Admin", Discipline.NURSING, Role.ADMIN, True),
    UserView(2, "w.screen", "Ward <b>screen</b>", Discipline.NURSING, Role.WARD_DISPLAY, False),
    UserView(3, "l.wang", "王丽", Discipline.PHARMACY, Role.CLINICIAN, True),
]


@pytest.fixture
def dialog(qtbot, admin: Backend) -> UsersDialog:
    widget = UsersDialog(None, admin)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _select(dialog: UsersDialog, username: str) -> UserView:
    dialog.table.selectRow(dialog.model.row_of(username))
    user = dialog.selected()
    assert user is not None
    return user


def _accepting(fill):  # type: ignore[no-untyped-def]
    """An `exec` that fills the form and presses its confirm button."""

    def exec_(form) -> int:  # type: ignore[no-untyped-def]
        fill(form)
        form.accept()
        return form.result()

    return exec_


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:
    model = UsersTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_the_model_shows_screen_words(qapp) -> None:
    model = UsersTableModel()
    model.set_rows(ROWS)
    row = [model.index(1, c).data() for c in range(model.columnCount())]
    assert row == ["w.screen", "Ward <b>screen</b>", "Nursing", "ward display", "Disabled"]
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, 0).data(UsersTableModel.UserRole) == ROWS[2]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Role"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
    assert model.row_of("l.wang") == 2 and model.row_of("nobody") is None


def test_lists_every_account(dialog: UsersDialog) -> None:
    names = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert names == ["boss", CHARGE, "pharm.lee"]
    assert not dialog.role_button.isEnabled()  # nothing chosen yet


def test_adding_a_user(dialog: UsersDialog, admin: Backend, ui_db: Database, monkeypatch) -> None:
    def fill(form: AddUserDialog) -> None:
        form.username.setText("s.okafor")
        form.display_name.setText("Sade Okafor")
        select_value(form.discipline, Discipline.PHYSIOTHERAPY)
        select_value(form.role, Role.CLINICIAN)
        form.password.setText("physio password")
        form.confirm.setText("physio password")

    monkeypatch.setattr(AddUserDialog, "exec", _accepting(fill))
    dialog.add_button.click()
    added = dialog.selected()
    assert added is not None and added.username == "s.okafor"
    assert (added.discipline, added.role, added.active) == (
        Discipline.PHYSIOTHERAPY,
        Role.CLINICIAN,
        True,
    )
    assert Backend(ui_db).sign_in("s.okafor", "physio password").display_name == "Sade Okafor"


def test_the_add_form_refuses_inline(qtbot, admin: Backend) -> None:
    form = AddUserDialog(None, admin)
    qtbot.addWidget(form)
    form.username.setText(CHARGE)
    form.display_name.setText("Someone")
    form.password.setText("long enough")
    form.confirm.setText("long enougH")
    form.accept()
    assert form.error.text() == "The two passwords are not the same."
    form.confirm.setText("long enough")
    form.accept()
    assert form.error.text() == "The username 'charge.nurse' is taken."
    assert form.result() != QDialog.DialogCode.Accepted


def test_changing_a_role(dialog: UsersDialog, admin: Backend, monkeypatch) -> None:
    _select(dialog, "pharm.lee")
    monkeypatch.setattr(
        ChangeRoleDialog,
        "exec",
        _accepting(lambda form: select_value(form.role, Role.CHARGE_NURSE)),
    )
    dialog.role_button.click()
    assert dialog.selected().role is Role.CHARGE_NURSE
    assert {u.username: u.role for u in admin.call(users.list_users)}[
        "pharm.lee"
    ] is Role.CHARGE_NURSE


def test_an_admin_cannot_demote_themselves(qtbot, dialog: UsersDialog, admin: Backend) -> None:
    me = _select(dialog, "boss")
    form = ChangeRoleDialog(None, admin, me)
    qtbot.addWidget(form)
    select_value(form.role, Role.CLINICIAN)
    form.accept()
    assert form.error.text() == "You cannot take away your own administrator role."
    assert not dialog.active_button.isEnabled()  # nor disable their own account


def test_disabling_and_enabling(dialog: UsersDialog, admin: Backend, ui_db: Database) -> None:
    _select(dialog, "pharm.lee")
    assert dialog.active_button.text() == "Disa&ble"
    dialog.active_button.click()
    assert dialog.selected().active is False
    assert dialog.active_button.text() == "Ena&ble"
    with pytest.raises(AuthenticationFailed):
        Backend(ui_db).sign_in("pharm.lee", PASSWORD)
    dialog.active_button.click()
    assert dialog.selected().active is True
    assert Backend(ui_db).sign_in("pharm.lee", PASSWORD).username == "pharm.lee"


def test_resetting_a_password(dialog: UsersDialog, ui_db: Database, monkeypatch) -> None:
    _select(dialog, CHARGE)

    def fill(form: ResetPasswordDialog) -> None:
        form.password.setText("a brand new one")
        form.confirm.setText("a brand new one")

    monkeypatch.setattr(ResetPasswordDialog, "exec", _accepting(fill))
    dialog.password_button.click()
    assert Backend(ui_db).sign_in(CHARGE, "a brand new one").username == CHARGE


def test_only_an_admin_lists_accounts(qtbot, backend: Backend, ward: WardData) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    widget = UsersDialog(None, backend)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    assert widget.error.text() == "A charge nurse account cannot list user accounts."


def test_a_locked_account_shows_until_when(qapp) -> None:
    until = datetime(2026, 12, 2, 9, 20, tzinfo=UTC)
    model = UsersTableModel()
    model.set_rows([replace(ROWS[0], locked_until=until), replace(ROWS[1], locked_until=until)])
    status = [model.index(row, UsersTableModel.COL_STATUS).data() for row in (0, 1)]
    assert status == [f"Locked until {clock_time(until)}", "Disabled"]


def test_unlocking_an_account_after_failed_sign_ins(
    dialog: UsersDialog, ui_db: Database, monkeypatch
) -> None:
    _select(dialog, CHARGE)
    assert not dialog.unlock_button.isEnabled()
    lock_out(ui_db, "pharm.lee", FakeUtcClock.install(monkeypatch))
    dialog.reload()
    locked = _select(dialog, "pharm.lee")
    assert locked.locked_until is not None
    row = dialog.model.row_of("pharm.lee")
    assert dialog.model.index(row, UsersTableModel.COL_STATUS).data() == (
        f"Locked until {clock_time(locked.locked_until)}"
    )
    assert dialog.unlock_button.isEnabled()
    dialog.unlock_button.click()
    assert dialog.selected().locked_until is None
    assert dialog.model.index(row, UsersTableModel.COL_STATUS).data() == "Active"
    assert not dialog.unlock_button.isEnabled()
    assert Backend(ui_db).sign_in("pharm.lee", PASSWORD).username == "pharm.lee"


def test_the_add_form_reports_every_mistake_at_once(qtbot, admin: Backend) -> None:
    form = AddUserDialog(None, admin)
    qtbot.addWidget(form)
    form.username.setText("Sade Okafor")
    form.password.setText("short")
    form.accept()
    assert form.error.text().splitlines() == [
        "A username uses only letters a–z, digits, dot, dash and underscore.",
        "Enter the name colleagues will see.",
        "The password needs at least 8 characters.",
    ]
    assert form.result() != QDialog.DialogCode.Accepted
