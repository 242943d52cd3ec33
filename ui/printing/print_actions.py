"""The Print menu: the ward handoff sheet, a patient's discharge summary for the team
or for the patient and family, and the discharge summaries of the whole ward.

The main menus place the actions (the shortcuts work through the menu); the main
window calls `update_enabled()` when the ward or the chosen patient changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot

from rounds_app.errors import RoundsError
from rounds_app.subsystem_log import subsystem_logger
from ui.common.error_text import error_text
from ui.common.pdf_files import FolderChooser
from ui.common.widgets import fill_placeholders, number_text
from ui.menus import catalogue
from ui.menus.feature_actions import FeatureActions
from ui.printing.print_dialog import PrintDialog
from ui.printing.sheets import SheetJob, default_paper, discharge_job, handoff_job
from ui.printing.ward_summaries import WardSummaries, WardSummariesRun, ward_summaries_worker

log = subsystem_logger(__name__)

NEEDS_PATIENT = {"print.team", "print.patient"}


class PrintActions(FeatureActions):
    SPECS = catalogue.PRINTING
    run: WardSummariesRun | None = None  # the ward's summaries being made

    def ready(self, action_id: str) -> bool:
        """No ward: nothing to print; no patient chosen: no discharge summary; one
        ward's summaries at a time."""
        if self._ward_id() is None:
            return False
        if action_id == "print.ward":
            return self.run is None
        return action_id not in NEEDS_PATIENT or self._admission_id() is not None

    def print_handoff(self) -> None:
        ward_id = self._ward_id()
        if ward_id is None:
            self._tell(self.tr("Choose a ward first."))
            return
        self._open(lambda: handoff_job(self._backend, ward_id))

    def print_team(self) -> None:
        self._print_discharge("team")

    def print_patient(self) -> None:
        self._print_discharge("patient")

    def _print_discharge(self, audience: str) -> None:
        admission_id = self._admission_id()
        if admission_id is None:
            self._tell(self.tr("Choose a patient in the census first."))
            return
        self._open(lambda: discharge_job(self._backend, admission_id, audience))

    def _open(self, make_job: Callable[[], SheetJob]) -> None:
        try:
            PrintDialog.ask(self._parent, self._backend, make_job())
        except RoundsError as error:
            self._tell(error_text(error))

    def print_ward(self) -> None:
        """The team's discharge summary of every patient on the ward, one PDF each,
        into a chosen folder; the window stays usable while they are made."""
        ward_id = self._ward_id()
        if ward_id is None or self.run is not None:
            return
        folder = FolderChooser.ask(
            self._parent, self.tr("Choose a folder for the discharge summaries")
        )
        if folder is None:
            return
        worker = ward_summaries_worker(self._backend, ward_id, folder, "team", default_paper())
        self.run = WardSummariesRun(self._parent, worker)
        self.run.done.connect(self._ward_done)
        self.run.failed.connect(self._ward_failed)
        self.update_enabled()

    @Slot(object)
    def _ward_done(self, result: WardSummaries) -> None:
        self._end_run()
        if not result.saved:
            self._tell(self.tr("No discharge summary was saved."))
            return
        folder = str(result.saved[0].parent)
        if result.complete:
            text = fill_placeholders(
                self.tr("Saved %Ln discharge summaries in %1.", "", result.total), folder
            )
        else:
            stopped = self.tr(
                "Stopped: saved %1 of %Ln discharge summaries in %2.", "", result.total
            )
            text = fill_placeholders(stopped, number_text(len(result.saved)), folder)
        self._tell(text)

    @Slot(str)
    def _ward_failed(self, message: str) -> None:
        self._end_run()
        self._tell(message)

    def _end_run(self) -> None:
        if self.run is not None:
            self.run.deleteLater()
        self.run = None
        self.update_enabled()

    def stop(self) -> None:
        """Stops the ward's summaries being made; the main window calls it on close."""
        if self.run is not None:
            self.run.stop()
            self._end_run()
