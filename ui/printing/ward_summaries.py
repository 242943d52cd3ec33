"""Discharge summaries for a whole ward: one PDF per patient, in rounds order, saved
into a chosen folder — separate files, so each can be handed to its own patient or
team, and a cancelled run keeps every summary already made.

The worker makes them off the UI thread; `WardSummariesRun` shows its progress, and
Cancel stops it between patients."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QWidget

from rounds_app.services.printing import print_discharge
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common.background_work import ProgressJob, Worker
from ui.common.pdf_files import write_atomically
from ui.common.widgets import fill_placeholders, number_text
from ui.printing.sheets import discharge_file_name

log = subsystem_logger(__name__)


@dataclass(frozen=True)
class WardSummaries:
    saved: tuple[Path, ...]
    total: int  # patients on the ward when the run began

    @property
    def complete(self) -> bool:
        return len(self.saved) == self.total


def ward_summaries_worker(
    backend: Backend, ward_id: int, folder: Path, audience: str, paper: str
) -> Worker:
    """Saves one discharge summary per patient of the ward into `folder`, stopping
    between patients when cancelled."""

    def save_all(worker: Worker) -> WardSummaries:
        rows = backend.census(backend.actor, ward_id)
        saved: list[Path] = []
        worker.progress.emit(0, len(rows))
        for row in rows:
            if worker.cancelled:
                break
            pdf = backend.call(print_discharge, row.admission_id, audience=audience, paper=paper)
            path = folder / discharge_file_name(audience, row.bed_label, row.admission_id)
            write_atomically(path, pdf)
            saved.append(path)
            worker.progress.emit(len(saved), len(rows))
        log.info("saved %d of %d discharge summaries of ward %s", len(saved), len(rows), ward_id)
        return WardSummaries(tuple(saved), len(rows))

    return Worker(save_all)


class WardSummariesRun(ProgressJob):
    """A run and its progress; `done` brings the WardSummaries, after Cancel too."""

    def __init__(self, parent: QWidget, worker: Worker) -> None:
        super().__init__(
            parent,
            worker,
            QCoreApplication.translate("WardSummariesRun", "Discharge summaries"),
            QCoreApplication.translate("WardSummariesRun", "Making the discharge summaries…"),
            cancellable=True,
        )

    @Slot()
    def cancel(self) -> None:
        self.dialog.setLabelText(self.tr("Stopping after this patient…"))
        super().cancel()

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        super().show_progress(done, total)
        if not self.worker.cancelled:
            self.dialog.setLabelText(
                fill_placeholders(
                    self.tr("Made %1 of %Ln discharge summaries…", "", total), number_text(done)
                )
            )
