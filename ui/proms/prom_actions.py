"""The menu action that opens the bedside capture for the patient on screen, placed by
the main menus; the main window reloads the patient on `recorded`."""

from __future__ import annotations

from PySide6.QtCore import Signal

from rounds_app.errors import RoundsError
from ui.common.error_text import error_text
from ui.menus import catalogue
from ui.menus.feature_actions import FeatureActions
from ui.proms.capture_dialog import PromCaptureDialog


class PromActions(FeatureActions):
    SPECS = catalogue.PROMS
    recorded = Signal(int)  # admission id: its card now has another reading

    def record(self) -> None:
        admission_id = self._admission_id()
        if admission_id is None:
            self._tell(self.tr("Choose a patient in the census first."))
            return
        try:
            saved = PromCaptureDialog.ask(self._parent, self._backend, admission_id)
        except RoundsError as error:
            self._tell(error_text(error))
            return
        if saved:
            self.recorded.emit(admission_id)
