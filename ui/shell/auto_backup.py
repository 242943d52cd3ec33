"""Automatic rotating backups of a SQLite ward file: one when the app closes, one a day
while it runs, and one at start when the newest is more than a day old, so a lost or
damaged file costs at most a day's work. The newest ROUNDS_BACKUP_KEEP (default 14)
copies are kept in <data dir>/backups/.

PostgreSQL gets nothing here: the server's own backups (pg_dump) or `rounds-app
backup` look after a shared database, and one workstation must not copy it for all."""

from __future__ import annotations

import os
import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from rounds_app import paths
from rounds_app.services.backups import BACKUP_GLOB, rotate_backups
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)

KEEP_ENV = "ROUNDS_BACKUP_KEEP"
DEFAULT_KEEP = 14
DAY_MS = 24 * 60 * 60 * 1000
FAILURE_SHOWN_MS = 30_000  # long enough to be read, then the status bar is free again
_SQLITE_PREFIX = "sqlite:///"


def configured_keep() -> int:
    """How many backups to keep: ROUNDS_BACKUP_KEEP when it is a whole number of at
    least one, else the default."""
    value = os.environ.get(KEEP_ENV, "")
    if value.strip().isdigit() and int(value) >= 1:
        return int(value)
    if value:
        log.warning("%s=%r is not a count of at least 1; keeping %d", KEEP_ENV, value, DEFAULT_KEEP)
    return DEFAULT_KEEP


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL; None for a server, an in-memory or a URI-form
    (read-only medium) database, which have no file of their own to copy."""
    if not url.startswith(_SQLITE_PREFIX):
        return None
    name = url[len(_SQLITE_PREFIX) :]
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name)


class _Outcome(QObject):
    """Carries a worker thread's result to the UI thread (a queued signal)."""

    done = Signal(object)  # Path of the new backup
    failed = Signal()


def _take(source: Path, folder: Path, keep: int, outcome: _Outcome) -> None:
    try:
        target = rotate_backups(source, folder, keep)
    except Exception as error:  # a backup must never take the app down with it
        # the type and errno only: a message may quote paths or data, never logged
        log.warning(
            "automatic backup failed: %s %s", type(error).__name__, getattr(error, "errno", "")
        )
        outcome.failed.emit()
        return
    outcome.done.emit(target)


class AutoBackup(QObject):
    """Backs up `source` into `folder`, keeping `keep` copies. Daily backups run on a
    worker thread, so a large file never freezes the window; the one at quit runs
    in place, the window being gone by then."""

    backed_up = Signal(object)  # Path of the new backup
    failed = Signal()

    def __init__(
        self,
        source: Path,
        folder: Path,
        keep: int,
        window: QMainWindow | None = None,
        *,
        interval_ms: int = DAY_MS,
    ) -> None:
        super().__init__(window)
        self._source = source
        self._folder = folder
        self._keep = keep
        self._window = window
        self._busy = False
        # the pool before the outcome: children go in order, so a running backup is
        # waited for before the object it reports to is deleted
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._outcome = _Outcome(self)
        self._outcome.done.connect(self._done)
        self._outcome.failed.connect(self._failed)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.back_up_in_background)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.back_up_now)

    @classmethod
    def start(
        cls,
        database_url: str,
        window: QMainWindow | None = None,
        *,
        interval_ms: int = DAY_MS,
        folder: Path | None = None,
    ) -> AutoBackup | None:
        """Starts backing up the database at `database_url` when it is a SQLite file
        (None otherwise); backs up at once if the newest backup is over a day old."""
        source = sqlite_file(database_url)
        if source is None:
            log.info("no automatic backups: the database is not a SQLite file")
            return None
        chosen = folder or paths.data_dir() / "backups"
        backups = cls(source, chosen, configured_keep(), window, interval_ms=interval_ms)
        backups._timer.start()
        age = backups.newest_age_ms()
        if age is None or age > interval_ms:
            backups.back_up_in_background()
        return backups

    @property
    def busy(self) -> bool:
        return self._busy

    def newest_age_ms(self) -> float | None:
        """How old the newest backup of this file is, None when there is none."""
        try:
            times = [p.stat().st_mtime for p in self._folder.glob(self._pattern())]
        except OSError:
            return None
        return (time.time() - max(times)) * 1000 if times else None

    def _pattern(self) -> str:
        return f"{self._source.stem}-{BACKUP_GLOB}"

    def back_up_in_background(self) -> None:
        if self._busy:  # the last one is still copying: one at a time is enough
            return
        self._busy = True
        self._pool.start(partial(_take, self._source, self._folder, self._keep, self._outcome))

    def back_up_now(self) -> None:
        """At quit: waits for a backup in flight, then takes one in this thread (the
        event loop is ending, so a worker's result would never be delivered)."""
        self._timer.stop()
        self._pool.waitForDone()
        self._busy = True
        _take(self._source, self._folder, self._keep, self._outcome)

    def _done(self, target: Path) -> None:
        self._busy = False
        log.info("automatic backup written: %s", target.name)
        self.backed_up.emit(target)

    def _failed(self) -> None:
        self._busy = False
        if self._window is not None:
            self._window.statusBar().showMessage(
                self.tr(
                    "The automatic backup could not be written; your work is saved as "
                    "usual. Details are in the log."
                ),
                FAILURE_SHOWN_MS,
            )
        self.failed.emit()
