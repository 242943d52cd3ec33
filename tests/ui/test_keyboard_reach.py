"""Every screen holds to the keyboard's rules: Tab reaches every control, every
control has a name a screen reader can speak, and no two Alt+letter mnemonics in a
window claim the same letter (one of them would never be reached)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain.enums import CardField
from rounds_app.interop.fhir_import import plan_fhir_import
from rounds_app.services import users
from rounds_app.services.patient_card import patient_card
from rounds_app.services.users import UserView
from tests.interop.helpers import CENSUS
from tests.ui import keyboard_audit as audit
from tests.ui.rounds_support import FakeClock, close_mode, open_mode
from tests.ui.ward_data import PASSWORD, WardData
from ui.access.sign_in_dialog import SignInDialog
from ui.actions.my_actions import MyActionsDialog
from ui.admin.admit_dialog import AdmitDialog
from ui.admin.beds import patient_of
from ui.admin.move_dialogs import MoveBedDialog
from ui.admin.user_forms import AddUserDialog, ChangeRoleDialog, ResetPasswordDialog
from ui.admin.users_dialog import UsersDialog
from ui.admin.wards_dialog import WardsDialog
from ui.backend import Backend
from ui.card.history_dialog import FieldHistoryDialog
from ui.contributions.amend_dialog import AmendDialog
from ui.importing.import_preview import ImportPreviewDialog
from ui.insights.insights_window import InsightsWindow
from ui.patient.conflict_dialog import ConflictDialog
from ui.printing.print_dialog import PrintDialog
from ui.printing.sheets import handoff_job
from ui.proms.capture_dialog import PromCaptureDialog
from ui.reviews.reviews_window import ReviewsWindow
from ui.rounds.dialogs import StartRoundDialog
from ui.shell.main_window import MainWindow


def _holds_to_the_rules(window: QWidget, where: str) -> None:
    assert audit.controls(window), f"{where}: nothing to check"
    broken = {
        "Tab never reaches": audit.unreachable(window),
        "no accessible name": audit.unnamed(window),
        "two mnemonics claim one letter": audit.clashes(window),
        "a field's label has no Alt+letter": audit.unlabelled_fields(window),
        "Tab leaves the reading order": audit.out_of_reading_order(window),
    }
    assert {rule: found for rule, found in broken.items() if found} == {}, where


def _show(qtbot, window: QWidget) -> QWidget:
    # Qt deletes it when the test closes it, as the app deletes its dialogs after use;
    # left to Python's collector, a window goes at a random later moment, its parts'
    # Python sides perhaps gone first
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
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


def _import_preview(backend: Backend, ward: WardData) -> QWidget:
    return ImportPreviewDialog(None, backend.call(plan_fhir_import, [CENSUS], ward.ward_id))


DIALOGS: dict[str, Callable[[Backend, WardData], QWidget]] = {
    "sign in": lambda backend, ward: SignInDialog(None, backend),
    "start round": lambda backend, ward: StartRoundDialog(None, "Acute Medicine"),
    "users": lambda backend, ward: UsersDialog(None, backend),
    "add user": lambda backend, ward: AddUserDialog(None, backend),
    "change role": lambda backend, ward: ChangeRoleDialog(None, backend, _someone(backend)),
    "reset password": lambda backend, ward: ResetPasswordDialog(None, backend, _someone(backend)),
    "wards and beds": lambda backend, ward: WardsDialog(None, backend),
    "admit": lambda backend, ward: AdmitDialog(None, backend, ward.ward_id, "Acute Medicine"),
    "move bed": lambda backend, ward: MoveBedDialog(
        None, backend, patient_of(backend, ward.admission_ids[0])
    ),
    "import preview": _import_preview,
    "print": lambda backend, ward: PrintDialog(None, backend, handoff_job(backend, ward.ward_id)),
    "insights": lambda backend, ward: InsightsWindow(backend, None, ward.ward_id),
    "case reviews": lambda backend, ward: ReviewsWindow(backend, None, ward.admission_ids[0]),
    "my actions": lambda backend, ward: MyActionsDialog(None, backend, ward.ward_id),
    "how the patient is": lambda backend, ward: PromCaptureDialog(
        None, backend, ward.admission_ids[0], "Bed 1"
    ),
    "card history": lambda backend, ward: FieldHistoryDialog(
        None, backend, ward.admission_ids[0], CardField.WHO_I_AM
    ),
    "amend": lambda backend, ward: AmendDialog(
        None, backend, backend.call(patient_card, ward.admission_ids[3]).contributions[0]
    ),
    "conflict": lambda backend, ward: ConflictDialog(
        None, "Hopes", "To walk the dog", "To walk to the shop", "Sam", datetime.now(UTC)
    ),
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


def test_the_reading_order_and_field_labels_are_checked(qtbot) -> None:
    page = QWidget()
    form = QFormLayout(page)
    # made in this order, so Tab goes to the lower field first
    below, above = QLineEdit(page), QLineEdit(page)
    for field, name in ((above, "Bed"), (below, "Ward")):
        field.setAccessibleName(name)
    bed = QLabel("&Bed")
    bed.setBuddy(above)
    form.addRow(bed, above)
    form.addRow(QLabel("Ward"), below)  # a field named by a label with no buddy
    _show(qtbot, page)
    assert audit.out_of_reading_order(page) == ["QLineEdit '' '' → QLineEdit '' ''"]
    assert audit.unlabelled_fields(page) == ["'Ward'"]
