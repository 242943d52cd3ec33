"""Every dialog and secondary window of the workstation, made on the test ward, for
the tests that hold each of them to a rule (the keyboard's, the translations')."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from rounds_app.domain.enums import CardField
from rounds_app.interop.fhir_import import plan_fhir_import
from rounds_app.services import users
from rounds_app.services.patient_card import patient_card
from rounds_app.services.users import UserView
from tests.interop.helpers import CENSUS
from tests.ui.ward_data import WardData
from ui.access.sign_in_dialog import SignInDialog
from ui.actions.my_actions import MyActionsDialog
from ui.admin.admit_dialog import AdmitDialog
from ui.admin.beds import patient_of
from ui.admin.move_dialogs import MoveBedDialog
from ui.admin.user_forms import AddUserDialog, ChangeRoleDialog, ResetPasswordDialog
from ui.admin.users_dialog import UsersDialog
from ui.admin.wards_dialog import WardsDialog
from ui.backend import Backend
from ui.card.field_labels import field_label
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


def show(qtbot, window: QWidget) -> QWidget:
    # Qt deletes it when the test closes it, as the app deletes its dialogs after use;
    # left to Python's collector, a window goes at a random later moment, its parts'
    # Python sides perhaps gone first
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


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
        None,
        field_label(CardField.HOPES),
        "To walk the dog",
        "To walk to the shop",
        "Sam",
        datetime.now(UTC),
    ),
}
