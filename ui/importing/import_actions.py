"""Import census… : choose files, plan the import off the UI thread (reading only),
preview it, and only on Import apply it (one unit of work, again off the UI thread),
then say what was done and emit `changed` so the census reloads.

The main menus place the action; the main window connects `changed`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QMessageBox

from rounds_app.errors import RoundsError
from rounds_app.services.census_imports import ImportPlan, ImportSummary, apply
from rounds_app.subsystem_log import subsystem_logger
from ui.common.background_work import ProgressJob, Worker, call_worker
from ui.common.error_text import error_text
from ui.common.messages import Notice
from ui.importing.census_files import CensusFileChooser, planner
from ui.importing.import_preview import ImportPreviewDialog
from ui.importing.import_summary import summary_text
from ui.menus import catalogue
from ui.menus.feature_actions import FeatureActions

log = subsystem_logger(__name__)


class ImportActions(FeatureActions):
    SPECS = catalogue.IMPORTING
    changed = Signal()  # patients and admissions were imported: the census should reload
    job: ProgressJob | None = None  # planning or applying, while it runs

    def ready(self, action_id: str) -> bool:
        """With a ward on screen and no import running."""
        return self._ward_id() is not None and self.job is None

    def run_import(self) -> None:
        ward_id = self._ward_id()
        if ward_id is None or self.job is not None:
            return
        files = CensusFileChooser.ask(self._parent)
        if not files:
            return
        try:
            service, args = planner(files, ward_id)
        except RoundsError as error:
            self._tell(error_text(error))
            return
        log.info("planning an import of %d files into ward %s", len(files), ward_id)
        label = self.tr("Reading %Ln files… Nothing is written yet.", "", len(files))
        # planning only reads, so Cancel may simply drop the plan when it comes
        self._run(call_worker(self._backend, service, *args), label, self._planned, True)

    def _run(
        self, worker: Worker, label: str, then: Callable[[object], None], cancellable: bool
    ) -> None:
        self.job = ProgressJob(
            self._parent, worker, self.tr("Import census"), label, cancellable=cancellable
        )
        self.job.done.connect(then)
        self.job.failed.connect(self._failed)
        self.update_enabled()

    def _end_job(self) -> bool:
        """Drops the finished job; True when it was cancelled."""
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self.update_enabled()
        return job is not None and job.worker.cancelled

    @Slot(object)
    def _planned(self, plan: ImportPlan) -> None:
        if self._end_job() or not ImportPreviewDialog.ask(self._parent, plan):
            log.info("import not applied")
            return
        # applying is one unit of work: it cannot stop half-way, so no Cancel
        label = self.tr("Importing… Everything is written at once, or nothing.")
        self._run(call_worker(self._backend, apply, plan), label, self._applied, False)

    @Slot(object)
    def _applied(self, summary: ImportSummary) -> None:
        self._end_job()
        log.info("import applied at change %s", summary.change_id)
        self.changed.emit()
        Notice.ask(
            self._parent,
            self.tr("Import census"),
            summary_text(summary),
            QMessageBox.Icon.Information,
        )

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._end_job()
        self._tell(message)

    def stop(self) -> None:
        """Waits for a running step (applying cannot stop half-way, so it ends first);
        the main window calls it on close."""
        if self.job is not None:
            self.job.stop()
            self._end_job()

    def _tell(self, message: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        Notice.ask(self._parent, self.tr("Import census"), message, icon)
