"""Locking covers rounds mode too. While the workstation is locked the ward-room view
keeps the slide it shows (the room sees nothing private there), but the console shows
only the lock screen: no round key acts, nothing can be captured or chosen, and
nothing is saved under the signed-in user's name until they give their password again
— at the console, or at the main window.

With a main window, the main window locks and unlocks both (see MainWindow); alone
(`rounds-app rounds`), `on_its_own` gives rounds mode an idle lock of its own."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from rounds_app.services.actor import Actor
from ui.idle_lock import IdleLock, LockScreen

if TYPE_CHECKING:
    from ui.rounds.mode import RoundsMode

log = logging.getLogger("rounds.ui")


class RoundLock(QObject):
    lock_asked = Signal()  # Ctrl+L in a rounds window
    unlocked = Signal(object)  # the same user's Actor, signed in again at the console
    switch_user = Signal()  # "Sign in as someone else" at the console

    def __init__(self, mode: RoundsMode) -> None:
        super().__init__(mode)
        self.mode = mode
        # made when locking: a page kept in the console, hidden, is measured on every
        # move to the next patient
        self.screen: LockScreen | None = None
        mode.keys.lock.triggered.connect(self.lock_asked)
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
        mode = self.mode
        log.info("locked rounds mode of round id %s", mode.setup.round_id)
        self._enabled = {action: action.isEnabled() for action in mode.keys.actions}
        for action in mode.keys.actions:
            action.setEnabled(False)
        self.screen = LockScreen(mode.backend)
        self.screen.unlocked.connect(self._unlocked)
        self.screen.switch_user.connect(self.switch_user)
        stack = mode.console.stack
        self._covered = stack.currentWidget()
        stack.addWidget(self.screen)
        stack.setCurrentWidget(self.screen)
        mode.stage.reveal_console()
        self.screen.lock(mode.backend.actor)

    def unlock(self) -> None:
        """The console as it was, half-typed text and all; the keys back to the round."""
        if self._covered is None or self.screen is None:
            return
        stack = self.mode.console.stack
        stack.setCurrentWidget(self._covered)
        stack.removeWidget(self.screen)
        self.screen.deleteLater()
        self.screen, self._covered = None, None
        for action, enabled in self._enabled.items():
            action.setEnabled(enabled)
        self.mode.hand_back()

    def _unlocked(self, actor: Actor) -> None:
        self.unlock()
        self.unlocked.emit(actor)

    def on_its_own(self, after_ms: int) -> None:
        """Rounds mode without a main window: locks after `after_ms` without input or
        at Ctrl+L. Someone else signing in ends this user's rounds mode (the round
        keeps running, for whoever opens it next)."""
        idle = IdleLock(after_ms, self)
        idle.locked.connect(self.lock)
        self.lock_asked.connect(self.lock)
        self.unlocked.connect(lambda _actor: idle.start())
        self.switch_user.connect(self.mode.close)
        self.mode.finished.connect(idle.stop)
        idle.start()
