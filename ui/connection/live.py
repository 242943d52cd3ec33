"""Following what other workstations save, so the census and the open card show it
within a second or two.

The change log is read beyond the position last seen: a screen showing one ward reads that
ward's changes and those of no ward. On SQLite a timer reads it; on
PostgreSQL a LISTEN connection's notifications tell the follower at once what was
committed, so it reads the log only after a gap, and a slow timer still reads in case
a notification was lost or that connection dropped."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from rounds_app.errors import DatabaseUnavailable, RoundsError
from rounds_app.feed import ChangeView, FeedPosition, changes_told
from rounds_app.live import ChangeListener
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common.error_text import error_text

log = subsystem_logger(__name__)

POLL_MS = 700  # SQLite: a change shows within 2 s
FALLBACK_POLL_MS = 5000  # PostgreSQL: notifications are the fast path
RETRY_MS = 3000  # while the database is away: often enough, without hammering it


class ChangeFollower(QObject):
    """Reads the change log after `start()` until `stop()`; says what changed, and
    when the database goes away and comes back."""

    changed = Signal(object)  # list[ChangeView], oldest first, never empty
    connection_lost = Signal(str)  # one line for the user; once, until restored
    connection_restored = Signal()

    def __init__(
        self, backend: Backend, parent: QObject | None = None, *, poll_ms: int | None = None
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._notified = backend.notifies_changes
        self._listener: ChangeListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._last: FeedPosition | None = None  # None: start from whatever is latest
        self._ward: int | None = None  # whose changes: None, everything's
        self._lost = False
        self._poll_ms = poll_ms or (FALLBACK_POLL_MS if self._notified else POLL_MS)
        self._timer = QTimer(self)
        self._timer.setInterval(self._poll_ms)
        self._timer.timeout.connect(self.check)

    @property
    def following(self) -> bool:
        return self._timer.isActive()

    @property
    def listening(self) -> bool:
        """Whether a PostgreSQL notification would wake the follower now."""
        return self._listener is not None

    def start(self) -> None:
        """Follows from the latest change committed now: what came before is already on
        screen."""
        self.stop()
        self._last = None
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._stop_listening()

    def follow_ward(self, ward_id: int | None) -> None:
        """From now on, reads only `ward_id`'s changes and those of no ward (None:
        everything): what a screen showing one ward needs, and on PostgreSQL it is
        woken by that ward's saves only."""
        if ward_id == self._ward:
            return
        self._ward = ward_id
        if self._listener is not None:
            try:
                self._listener.follow(ward_id)
            except DatabaseUnavailable as error:
                log.info("the change listener dropped: %s", type(error).__name__)
                self._stop_listening()  # the next check listens again, for this ward

    def check(self) -> None:
        """Reads what was committed since the last look; also reconnects the listener."""
        if self._notified and self._listener is None:
            self._listen()
        try:
            changes = self._read()
        except RoundsError as error:
            self._set_lost(error_text(error))
            return
        except Exception:  # on a timer, a surprise must not open a crash dialog per tick
            if not self._lost:
                log.exception("the change feed could not be read")
            self._set_lost(self.tr("The database cannot be reached."))
            return
        if self._lost:
            self._lost = False
            self._timer.setInterval(self._poll_ms)
            log.info("the database can be reached again")
            self.connection_restored.emit()
        if changes:
            self.changed.emit(changes)

    def _read(self) -> list[ChangeView]:
        if self._last is None:
            self._last = self._backend.latest_position()
            return []
        changes = self._backend.changes_after(self._last, self._ward)
        self._last = self._last.after(changes)
        return changes

    def _set_lost(self, reason: str) -> None:
        if not self._lost:
            self._lost = True
            self._timer.setInterval(max(self._poll_ms, RETRY_MS))
            log.warning("the database cannot be reached; following again when it can")
            self.connection_lost.emit(reason)

    def _listen(self) -> None:
        try:
            self._listener = self._backend.change_listener(self._ward)
        except DatabaseUnavailable as error:  # the server is away: the next poll tries again
            log.debug("cannot listen for changes: %s", type(error).__name__)
            return
        if self._listener is None:
            return
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)

    def _wake(self) -> None:
        listener = self._listener
        if listener is None:
            return
        try:
            news = listener.drain()
        except DatabaseUnavailable as error:
            # the LISTEN connection dropped: read what may have been missed; check()
            # connects again now, or the poll does when the server is back
            log.info("the change listener dropped: %s", type(error).__name__)
            self._stop_listening()
            self.check()
            return
        last = self._last
        told = None if last is None or self._lost else changes_told(news, last, self._ward)
        if told is None or last is None:  # a gap, or the first news: read the change log
            self.check()
        elif told:
            self._last = last.after(told)
            self.changed.emit(told)

    def _stop_listening(self) -> None:
        if self._notifier is not None:
            # off before the socket closes, so Qt never watches a reused descriptor
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            try:
                self._listener.close()
            except DatabaseUnavailable:
                log.info("the change listener was already closed")
            self._listener = None
