"""The Ward and Admin menus' actions: admit, move bed, discharge, wards and beds,
users and roles. The main window mounts them with `add_menus()` (their shortcuts
work through the menus) and reloads the census on `changed`; actions the signed-in
role may not use are disabled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QMessageBox, QWidget

from rounds_app.domain.roles import Permission
from rounds_app.errors import RoundsError
from rounds_app.services import admissions, wards
from rounds_app.subsystem_log import subsystem_logger
from ui.admin.admit_dialog import AdmitDialog
from ui.admin.beds import Patient, patient_of
from ui.admin.move_dialogs import DischargeConfirm, MoveBedDialog
from ui.admin.users_dialog import UsersDialog
from ui.admin.wards_dialog import WardsDialog
from ui.backend import Backend
from ui.messages import Notice
from ui.widgets import fill_placeholders

log = subsystem_logger(__name__)


class AdminActions(QObject):
    changed = Signal()  # wards, beds or admissions changed: the census should reload

    def __init__(
        self,
        backend: Backend,
        parent_widget: QWidget,
        current_ward_id: Callable[[], int | None],
        current_admission_id: Callable[[], int | None],
    ) -> None:
        super().__init__(parent_widget)
        self._backend = backend
        self._parent = parent_widget
        self._ward_id = current_ward_id
        self._admission_id = current_admission_id
        self._needs: dict[QAction, Permission] = {}
        self.admit_action = self._action(
            self.tr("&Admit patient…"), "Ctrl+Shift+A", Permission.MANAGE_ADMISSIONS, self.admit
        )
        self.move_bed_action = self._action(
            self.tr("&Move bed…"), "Ctrl+Shift+M", Permission.MANAGE_ADMISSIONS, self.move_bed
        )
        self.discharge_action = self._action(
            self.tr("&Discharge patient…"),
            "Ctrl+Shift+D",
            Permission.MANAGE_ADMISSIONS,
            self.discharge,
        )
        self.wards_action = self._action(
            self.tr("&Wards and beds…"), "Ctrl+Shift+W", Permission.MANAGE_WARDS, self.wards
        )
        self.users_action = self._action(
            self.tr("&Users and roles…"), "Ctrl+Shift+U", Permission.MANAGE_USERS, self.users
        )
        self.update_enabled()

    @property
    def actions(self) -> list[QAction]:
        return list(self._needs)

    def _action(self, text: str, keys: str, needs: Permission, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._parent)
        action.setShortcut(QKeySequence(keys))
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(
            fill_placeholders(self.tr("%1 (%2)"), text.replace("&", "").rstrip("…"), shortcut)
        )
        action.triggered.connect(slot)
        # Shortcuts live in the menus only: a window that disables its menu bar (the
        # idle lock) silences them all at once.
        self._needs[action] = needs
        return action

    def add_menus(self, menu_bar: QMenuBar) -> tuple[QMenu, QMenu]:
        """Adds the Ward menu (admit, move, discharge, wards and beds) and the Admin
        menu (users and roles)."""
        ward_menu = menu_bar.addMenu(self.tr("W&ard"))
        ward_menu.addActions([self.admit_action, self.move_bed_action, self.discharge_action])
        ward_menu.addSeparator()
        ward_menu.addAction(self.wards_action)
        admin_menu = menu_bar.addMenu(self.tr("Ad&min"))
        admin_menu.addAction(self.users_action)
        for menu in (ward_menu, admin_menu):
            menu.aboutToShow.connect(self.update_enabled)
        return ward_menu, admin_menu

    def update_enabled(self) -> None:
        """Enables what the signed-in role may do (call it after a sign-in)."""
        for action, needs in self._needs.items():
            action.setEnabled(self._backend.may(needs))

    def admit(self) -> None:
        ward_id = self._ward_id()
        if ward_id is None:
            self._tell(self.tr("There is no ward to admit to yet: add one in Wards and beds."))
            return
        try:
            names = {ward.id: ward.name for ward in self._backend.call(wards.list_wards)}
            if ward_id not in names:
                self._tell(self.tr("That ward is no longer there; reload the census."))
                return
            admission_id = AdmitDialog.ask(self._parent, self._backend, ward_id, names[ward_id])
        except RoundsError as error:
            self._tell(str(error))
            return
        if admission_id is not None:
            log.info("admitted: admission id %s", admission_id)
            self.changed.emit()

    def move_bed(self) -> None:
        patient = self._patient()
        if patient is None:
            return
        try:
            moved = MoveBedDialog.ask(self._parent, self._backend, patient)
        except RoundsError as error:
            self._tell(str(error))
            return
        if moved:
            log.info("moved bed: admission id %s", patient.admission_id)
            self.changed.emit()

    def discharge(self) -> None:
        patient = self._patient()
        if patient is None or not DischargeConfirm.ask(self._parent, patient):
            return
        try:
            self._backend.call(admissions.discharge, patient.admission_id)
        except RoundsError as error:
            self._tell(str(error))
            return
        log.info("discharged: admission id %s", patient.admission_id)
        self.changed.emit()

    def wards(self) -> None:
        if WardsDialog.ask(self._parent, self._backend):
            self.changed.emit()

    def users(self) -> None:
        UsersDialog.ask(self._parent, self._backend)

    def _patient(self) -> Patient | None:
        admission_id = self._admission_id()
        if admission_id is None:
            self._tell(self.tr("Choose a patient in the census first."))
            return None
        try:
            return patient_of(self._backend, admission_id)
        except RoundsError as error:
            self._tell(str(error))
            return None

    def _tell(self, message: str) -> None:
        Notice.ask(self._parent, self.tr("Rounds"), message, QMessageBox.Icon.Information)
