"""Writes that must not hold up the screen: moving to the next patient records the time
spent on the last one, but only after the new patient is painted. The writes wait here
in order and are sent when the round is idle (or at once, before the round ends).

A database that cannot be reached keeps its writes queued for the next try; any other
refusal is reported once and dropped (it would only be refused again)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from rounds_app.errors import DatabaseUnavailable, RoundsError
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common.error_text import error_text

log = subsystem_logger(__name__)


class WriteQueue(QObject):
    failed = Signal(str)  # one line for the facilitator

    def __init__(self, backend: Backend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._queue: deque[tuple[Callable[..., Any], tuple[Any, ...]]] = deque()

    @property
    def pending(self) -> int:
        return len(self._queue)

    def add(self, service: Callable[..., Any], *args: Any) -> None:
        self._queue.append((service, args))

    def flush(self) -> bool:
        """Sends every queued write in order; False when the database could not be
        reached (what is left stays queued)."""
        while self._queue:
            service, args = self._queue[0]
            try:
                self._backend.call(service, *args)
            except DatabaseUnavailable as error:
                log.warning(
                    "rounds write %s waits: the database cannot be reached", service.__name__
                )
                self.failed.emit(error_text(error))
                return False
            except RoundsError as error:
                log.warning("rounds write %s was refused", service.__name__)
                self.failed.emit(error_text(error))
            self._queue.popleft()
        return True
