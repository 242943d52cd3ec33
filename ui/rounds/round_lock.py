"""Locking covers rounds mode too. While the workstation is locked the ward-room view
keeps the slide it shows (the room sees nothing private there), but the console shows
only the lock screen: no round key acts, nothing can be captured or chosen, and
nothing is saved under the signed-in user's name until they give their password again
— at the console, or at the main window.

With a main window, the main window locks and unlocks both (see MainWindow); alone
(`rounds-app rounds`), `on_its_own` gives rounds mode an idle lock of its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStackedWidget, QWidget

from rounds_app.services.actor import Actor
from rounds_app.subsystem_log import subsystem_logger
from ui.access.idle_lock import IdleLock, LockScreen
from ui.backend import Backend
from ui.rounds.keys import RoundKeys

log = subsystem_logger(__name__)


class RoundLock(QObject):
    lock_asked = Signal()  # Ctrl+L in a rounds window
    unlocked = Signal(object)  # the same user's Actor, signed in again at the console
    switch_user = Signal()  # "Sign in as someone else" at the console

    def __init__(
        self,
        backend: Backend,
        round_id: int,
        keys: RoundKeys,
        console: QStackedWidget,
        reveal_console: Callable[[], None],
        hand_back: Callable[[], None],
        parent: QObject,
    ) -> None:
        """`console`: the console's pages, which the lock screen covers;
        `reveal_console` shows the console if it is hidden; `hand_back` gives the
        keyboard back to the round."""
        super().__init__(parent)
        self._backend, self._round_id, self._keys = backend, round_id, keys
        self._console, self._reveal_console, self._hand_back = console, reveal_console, hand_back
        # made when locking: a page kept in the console, hidden, is measured on every
        # move to the next patient
        self.screen: LockScreen | None = None
        keys.lock.triggered.connect(self.lock_asked)
        self._covered: QWidget | None = None  # the console's page under the lock
        self._enabled: dict[QAction, bool] = {}

    @property
    def locked(self) -> bool:
        return self._covered is not None

    def lock(self) -> None:
        """Covers the console (shown, if F2 had hidden it, so the password can be
        given there) and silences every round key; the ward-room view stays."""
        if self.locked:
            return
        log.info("locked rounds mode of round id %s", self._round_id)
        self._enabled = {action: action.isEnabled() for action in self._keys.actions}
        for action in self._keys.actions:
            action.setEnabled(False)
        self.screen = LockScreen(self._backend)
        self.screen.unlocked.connect(self._unlocked)
        self.screen.switch_user.connect(self.switch_user)
        stack = self._console
        self._covered = stack.currentWidget()
        stack.addWidget(self.screen)
        stack.setCurrentWidget(self.screen)
        self._reveal_console()
        self.screen.lock(self._backend.actor)

    def unlock(self) -> None:
        """The console as it was, half-typed text and all; the keys back to the round."""
        if self._covered is None or self.screen is None:
            return
        stack = self._console
        stack.setCurrentWidget(self._covered)
        stack.removeWidget(self.screen)
        self.screen.deleteLater()
        self.screen, self._covered = None, None
        for action, enabled in self._enabled.items():
            action.setEnabled(enabled)
        self._hand_back()

    def _unlocked(self, actor: Actor) -> None:
        self.unlock()
        self.unlocked.emit(actor)

    def on_its_own(self, after_ms: int, close: Callable[[], None], closed: SignalInstance) -> None:
        """Rounds mode without a main window: locks after `after_ms` without input or
        at Ctrl+L. Someone else signing in ends this user's rounds mode (`close`; the
        round keeps running, for whoever opens it next); `closed` stops the idle lock."""
        idle = IdleLock(after_ms, self)
        idle.locked.connect(self.lock)
        self.lock_asked.connect(self.lock)
        self.unlocked.connect(lambda _actor: idle.start())
        self.switch_user.connect(close)
        closed.connect(idle.stop)
        idle.start()
