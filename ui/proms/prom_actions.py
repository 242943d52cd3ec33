"""The menu action that opens the bedside capture for the patient on screen. The main
window mounts it with `add_to(menu)` and reloads the patient on `recorded`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from rounds_app.domain.roles import Permission
from rounds_app.errors import RoundsError
from ui.backend import Backend
from ui.messages import Notice
from ui.proms.capture_dialog import PromCaptureDialog
from ui.reviews.menu_action import menu_action


class PromActions(QObject):
    recorded = Signal(int)  # admission id: its card now has another reading

    def __init__(
        self,
        backend: Backend,
        parent_widget: QWidget,
        current_admission_id: Callable[[], int | None],
    ) -> None:
        super().__init__(parent_widget)
        self._backend = backend
        self._parent = parent_widget
        self._admission_id = current_admission_id
        self.record_action = menu_action(
            parent_widget, self.tr("Record &how the patient is…"), "Ctrl+Shift+H", self.record
        )
        self.update_enabled()

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.record_action)
        menu.aboutToShow.connect(self.update_enabled)

    def update_enabled(self) -> None:
        """Only roles that may contribute record scores (call it after a sign-in)."""
        self.record_action.setEnabled(self._backend.may(Permission.CONTRIBUTE))

    def record(self) -> None:
        admission_id = self._admission_id()
        if admission_id is None:
            self._tell(self.tr("Choose a patient in the census first."))
            return
        try:
            saved = PromCaptureDialog.ask(self._parent, self._backend, admission_id)
        except RoundsError as error:
            self._tell(str(error))
            return
        if saved:
            self.recorded.emit(admission_id)

    def _tell(self, message: str) -> None:
        Notice.ask(self._parent, self.tr("Rounds"), message, QMessageBox.Icon.Information)
