"""The Ward and Admin menus' actions: admit, move bed, discharge, wards and beds,
users and roles. The main menus place them (their shortcuts work through the menus)
and the main window reloads the census on `changed`; actions the signed-in role may
not use are disabled."""

from __future__ import annotations

from PySide6.QtCore import Signal

from rounds_app.errors import RoundsError
from rounds_app.services import admissions, wards
from rounds_app.subsystem_log import subsystem_logger
from ui.admin.admit_dialog import AdmitDialog
from ui.admin.beds import Patient, patient_of
from ui.admin.move_dialogs import DischargeConfirm, MoveBedDialog
from ui.admin.users_dialog import UsersDialog
from ui.admin.wards_dialog import WardsDialog
from ui.common.error_text import error_text
from ui.menus import catalogue
from ui.menus.feature_actions import FeatureActions

log = subsystem_logger(__name__)


class AdminActions(FeatureActions):
    SPECS = catalogue.ADMIN
    changed = Signal()  # wards, beds or admissions changed: the census should reload

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
            self._tell(error_text(error))
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
            self._tell(error_text(error))
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
            self._tell(error_text(error))
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
            self._tell(error_text(error))
            return None
