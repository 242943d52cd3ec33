"""Keeps this workstation's downtime sheets fresh while the app runs: a new set every N
hours (and at once when the newest is older than that), written off the UI thread so
the window never stalls, the newest N kept (rounds_app.services.downtime)."""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from rounds_app.domain.roles import Permission
from rounds_app.services.downtime import DowntimeSet, downtime_sets, write_downtime_kit
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common.background_work import BackgroundJob, call_worker
from ui.downtime.settings import DowntimeSettings

log = subsystem_logger(__name__)

HOUR_MS = 60 * 60 * 1000


class DowntimeRefresher(QObject):
    written = Signal(object)  # DowntimeSet
    failed = Signal(str)  # one line

    def __init__(self, backend: Backend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.settings = DowntimeSettings()
        self._job: BackgroundJob | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def apply(self, settings: DowntimeSettings) -> None:
        """Follows `settings`: refreshes every `hours` while enabled, at once when the
        newest set is older than that."""
        self.settings = settings
        if not settings.enabled:
            self._timer.stop()
            return
        self._timer.start(settings.hours * HOUR_MS)
        age = self.newest_age_hours()
        if age is None or age >= settings.hours:
            self.refresh()

    def newest(self) -> Path | None:
        """The newest complete set in the folder, whoever wrote it."""
        try:
            found = downtime_sets(self.settings.where)
        except OSError:
            return None
        return found[0] if found else None

    def newest_age_hours(self) -> float | None:
        newest = self.newest()
        try:
            return None if newest is None else (time.time() - newest.stat().st_mtime) / 3600
        except OSError:
            return None

    def refresh(self) -> None:
        """Writes a set now, in the background; one at a time, and only for someone
        signed in who may read the ward."""
        if self._job is not None or not self._backend.may(Permission.VIEW):
            return
        service = partial(write_downtime_kit, keep=self.settings.keep)
        self._job = BackgroundJob(call_worker(self._backend, service, self.settings.where), self)
        self._job.done.connect(self._done)
        self._job.failed.connect(self._failed)
        self._job.start()

    def stop(self) -> None:
        """Waits for a set being written: a closing window must not leave it half
        done (a half-written set is removed, never left to be found)."""
        self._timer.stop()
        if self._job is not None:
            self._job.stop()
            self._job = None

    def _done(self, written: DowntimeSet) -> None:
        self._job = None
        log.info("downtime set written: %d wards, %d cards", written.wards, written.cards)
        self.written.emit(written)

    def _failed(self, message: str) -> None:
        self._job = None
        log.warning("downtime set not written")
        self.failed.emit(message)
