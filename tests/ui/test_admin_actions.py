"""The Ward and Admin menus: enabled by role, shortcuts shown, and mounted on the
main window so a discharge takes the patient off the census."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from rounds_app.services.patient_card import patient_card
from rounds_app.storage.database import Database
from tests.ui.ward_data import CHARGE, PASSWORD, WardData, add_ward_administrator
from ui.admin import AdminActions
from ui.admin.admit_dialog import AdmitDialog
from ui.admin.move_dialogs import DischargeConfirm
from ui.backend import Backend
from ui.common.messages import Notice
from ui.shell.main_window import MainWindow


@pytest.fixture
def notices(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        Notice, "ask", classmethod(lambda cls, parent, title, text, *a: shown.append(text))
    )
    return shown


def _actions(qtbot, backend: Backend, ward_id=None, admission_id=None) -> AdminActions:
    parent = QWidget()
    qtbot.addWidget(parent)
    return AdminActions(backend, parent, lambda: ward_id, lambda: admission_id)


def _enabled(actions: AdminActions) -> list[str]:
    return [a.text() for a in actions.actions.values() if a.isEnabled()]


def test_each_role_sees_only_what_it_may_do(
    qtbot, backend: Backend, ward: WardData, ui_db: Database
) -> None:
    actions = _actions(qtbot, backend)
    assert _enabled(actions) == []  # nobody signed in yet
    backend.sign_in("pharm.lee", PASSWORD)
    actions.update_enabled()
    assert _enabled(actions) == []  # a clinician
    backend.sign_in(CHARGE, PASSWORD)
    actions.update_enabled()
    assert _enabled(actions) == ["&Admit patient…", "&Move bed…", "&Discharge patient…"]
    add_ward_administrator(ui_db)
    backend.sign_in("boss", PASSWORD)
    actions.update_enabled()
    assert len(_enabled(actions)) == 5


def test_menus_show_the_shortcuts(qtbot, backend: Backend, ward: WardData) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    window = MainWindow(backend, backend.actor)
    qtbot.addWidget(window)
    actions = window.admin
    menus = {top.text(): top.menu() for top in window.menuBar().actions()}
    ward_menu, admin_menu = menus["W&ard"], menus["Ad&min"]
    shown = [(a.text(), a.shortcut().toString()) for a in ward_menu.actions() if a.text()]
    assert shown == [
        ("&Admit patient…", "Ctrl+Shift+A"),
        ("&Move bed…", "Ctrl+Shift+M"),
        ("&Discharge patient…", "Ctrl+Shift+D"),
        ("&Wards and beds…", "Ctrl+Shift+W"),
    ]
    assert [a.text() for a in admin_menu.actions()] == [
        "&Users and roles…",
        "",  # a separator: this workstation's own setting below
        "&Downtime printing…",
    ]
    assert actions.actions["admin.admit"].toolTip() == "Admit patient (Ctrl+Shift+A)"


def test_without_a_ward_or_patient_the_action_says_what_is_missing(
    qtbot, backend: Backend, ward: WardData, notices: list[str], monkeypatch
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    monkeypatch.setattr(AdmitDialog, "ask", lambda *a: pytest.fail("no ward to admit to"))
    actions = _actions(qtbot, backend)
    actions.actions["admin.admit"].trigger()
    actions.actions["admin.move_bed"].trigger()
    actions.actions["admin.discharge"].trigger()
    assert notices == [
        "There is no ward to admit to yet: add one in Wards and beds.",
        "Choose a patient in the census first.",
        "Choose a patient in the census first.",
    ]


def test_admitting_announces_the_change(
    qtbot, backend: Backend, ward: WardData, monkeypatch
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    asked: list[tuple[int, str]] = []

    def ask(parent, backend, ward_id, ward_name):
        asked.append((ward_id, ward_name))
        return 99

    monkeypatch.setattr(AdmitDialog, "ask", ask)
    actions = _actions(qtbot, backend, ward_id=ward.ward_id)
    with qtbot.waitSignal(actions.changed):
        actions.actions["admin.admit"].trigger()
    assert asked == [(ward.ward_id, "Acute Medicine")]


def test_discharging_from_the_main_window_takes_the_patient_off_the_census(
    qtbot, backend: Backend, ward: WardData, monkeypatch
) -> None:
    actor = backend.sign_in(CHARGE, PASSWORD)
    window = MainWindow(backend, actor)
    qtbot.addWidget(window)
    actions = window.admin  # the census reloads on its `changed`
    leaving = ward.admission_ids[2]
    window.census.table.selectRow(2)
    assert window.census.selected_admission_id() == leaving
    confirmed: list[str] = []
    monkeypatch.setattr(
        DischargeConfirm, "ask", lambda parent, patient: confirmed.append(patient.name) or True
    )
    with qtbot.waitSignal(actions.changed):
        actions.actions["admin.discharge"].trigger()
    assert confirmed == ["王秀英"]
    assert window.census.model.rowCount() == 7
    assert leaving not in [row.admission_id for row in backend.census(actor, ward.ward_id)]
    card = backend.call(patient_card, leaving)  # archived, never deleted
    assert card.admission.discharged_at is not None


def test_the_shortcuts_work_through_the_menus(
    qtbot, backend: Backend, ward: WardData, notices: list[str]
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    qtbot.addWidget(window)
    actions = AdminActions(backend, window, lambda: ward.ward_id, lambda: None)
    window.menuBar().addMenu("W&ard").addActions(list(actions.actions.values()))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    qtbot.keyClick(
        window,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert notices == ["Choose a patient in the census first."]
