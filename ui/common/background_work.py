"""Long work off the UI thread — a ward's discharge summaries, planning or applying an
import — after Vorta's borg_job: a QObject worker moved into a QThread that reports
only by signals, so the window keeps painting and can offer Cancel.

Each `backend.call` the worker makes opens its own session in the worker's thread;
no session is ever shared between threads."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from rounds_app.errors import RoundsError
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common.error_text import error_text
from ui.shell.diagnostics import describe_exception

log = subsystem_logger(__name__)


class Worker(QObject):
    """Runs `task(worker)` in the worker thread: it returns the result, or raises
    RoundsError, whose one line is reported by `failed`. The task gets the worker to
    report `progress` and to see whether it was `cancelled`."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the result of work()
    failed = Signal(str)  # one line for the person at the workstation

    def __init__(self, task: Callable[[Worker], object]) -> None:
        super().__init__()
        self._task = task
        # an Event, not a slot: the worker's thread is busy in work() and would not
        # run a queued call until the work was over
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Asks the work to stop at its next step; safe to call from any thread."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._task(self)
        except RoundsError as error:
            self._report(self.failed, error_text(error))
        except Exception as error:  # a bug must not end the thread unreported
            # the type and frames only: an exception's message may quote patient text
            log.error("background work failed: %s", describe_exception(error))
            self._report(
                self.failed, self.tr("Something unexpected went wrong; nothing more was done.")
            )
        else:
            self._report(self.finished, result)

    def _report(self, signal: SignalInstance, value: object) -> None:
        # back to the UI thread first, where the job that owns the worker deletes it
        self.moveToThread(cast(QCoreApplication, QCoreApplication.instance()).thread())
        signal.emit(value)


def call_worker(backend: Backend, service: Callable[..., Any], *args: Any) -> Worker:
    """One service call off the UI thread: `backend.call(service, *args)`."""
    return Worker(lambda _worker: backend.call(service, *args))


class BackgroundJob(QObject):
    """Runs a worker in a thread of its own and reports only once that thread has
    ended, so whoever hears `done` or `failed` may drop the job at once."""

    progress = Signal(int, int)  # the worker's, on the UI thread
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, worker: Worker, parent: QObject) -> None:
        super().__init__(parent)
        self.worker = worker
        self._outcome: tuple[SignalInstance, object] | None = None
        self._stopped = False
        self._thread = QThread(self)
        worker.moveToThread(self._thread)
        worker.progress.connect(self.progress)
        worker.finished.connect(self._succeeded)
        worker.failed.connect(self._failed)
        self._thread.started.connect(worker.run)
        self._thread.finished.connect(self._report)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def stop(self) -> None:
        """Cancels and waits for the thread to end, and reports nothing after: a
        window that closes must not destroy a thread that is still running."""
        self._stopped = True
        self.worker.cancel()
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._outcome = (self.done, result)
        self._thread.quit()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._outcome = (self.failed, message)
        self._thread.quit()

    @Slot()
    def _report(self) -> None:
        if self._outcome is not None and not self._stopped:
            signal, value = self._outcome
            signal.emit(value)


class ProgressJob(BackgroundJob):
    """A job with a window-modal progress dialog: busy until the worker reports
    progress, with Cancel when the work can stop part-way. The dialog closes before
    `done` or `failed` reaches anyone else."""

    def __init__(
        self, parent: QWidget, worker: Worker, title: str, label: str, *, cancellable: bool
    ) -> None:
        super().__init__(worker, parent)
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("progressDialog")
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(label)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.setRange(0, 0)
        self.dialog.ensurePolished()
        self.dialog.setMinimumWidth(self.dialog.fontMetrics().averageCharWidth() * 56)
        if cancellable:
            self.dialog.setCancelButtonText(self.tr("Cancel"))
            self.dialog.canceled.connect(self.cancel)
        else:
            self.dialog.setCancelButton(None)
        self.progress.connect(self.show_progress)
        self.done.connect(self._close)
        self.failed.connect(self._close)
        self.start()
        self.dialog.show()

    def stop(self) -> None:
        super().stop()
        self._close()

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        self.dialog.setRange(0, total)
        self.dialog.setValue(done)

    @Slot()
    def _close(self) -> None:
        # hidden, not closed: closing a progress dialog would count as Cancel
        self.dialog.hide()
        self.dialog.deleteLater()
