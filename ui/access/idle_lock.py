"""Locking a workstation left alone: `IdleLock` notices that nobody has typed, clicked
or moved the mouse for a while; `LockScreen` is the page the main window puts over
everything until the same person signs in again (or someone else does)."""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rounds_app.errors import AuthenticationFailed, RoundsError
from rounds_app.services.actor import Actor
from rounds_app.site_config import site_config
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common.error_text import error_text
from ui.common.labelled_rows import buddy_label
from ui.common.widgets import fill_placeholders, plain_label

log = subsystem_logger(__name__)

LOCK_ENV = "ROUNDS_IDLE_LOCK_MINUTES"
DEFAULT_LOCK_MINUTES = 5.0
DEFAULT_LOCK_MS = round(DEFAULT_LOCK_MINUTES * 60_000)

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def configured_lock_ms(environ: Mapping[str, str] = os.environ) -> int:
    """The idle time before locking: ROUNDS_IDLE_LOCK_MINUTES, else 5 minutes. A value
    that is not a number of minutes up to a day is logged and ignored, never taken as
    "do not lock"."""
    text = environ.get(LOCK_ENV, "").strip()
    minutes = DEFAULT_LOCK_MINUTES
    if text:
        try:
            minutes = float(text)
        except ValueError:
            minutes = 0
        if not 0 < minutes < 24 * 60:
            log.warning(
                "%s=%r ignored; locking after %g minutes", LOCK_ENV, text, DEFAULT_LOCK_MINUTES
            )
            minutes = DEFAULT_LOCK_MINUTES
    return round(minutes * 60_000)


def lock_after_ms(minutes: float | None) -> int:
    """The idle time: `--lock-after MINUTES` when given, else the environment's, else
    the site's (which wins over both where the site enforces it), else 5 minutes."""
    users = minutes or (configured_lock_ms() / 60_000 if os.environ.get(LOCK_ENV) else None)
    chosen = site_config().choose("lock_after_minutes", users)
    return round(chosen * 60_000) if chosen else DEFAULT_LOCK_MS


class IdleLock(QObject):
    """Emits `locked` after `interval_ms` without keyboard or mouse input anywhere in
    the application; then waits for `start()` again (after the unlock)."""

    locked = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._idle)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def remaining_ms(self) -> int:
        """Time left before locking; -1 when not counting (locked or stopped)."""
        return self._timer.remainingTime()

    def start(self) -> None:
        QApplication.instance().installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # every event of the application passes here, so this stays as small as it can
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False

    def _idle(self) -> None:
        self.stop()
        log.info("locking after %d ms without input", self._timer.interval())
        self.locked.emit()


class LockScreen(QWidget):
    """Only the name of who is signed in, a password field and two ways out."""

    unlocked = Signal(object)  # the same user's Actor, signed in again
    switch_user = Signal()  # "Sign in as someone else"

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor: Actor | None = None
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

        heading = plain_label(self.tr("Locked"), "lockHeading")
        self.user = plain_label(name="lockUser")
        self.user.setWordWrap(True)
        hint = plain_label(
            self.tr("Patient information is hidden until you enter your password."), "lockHint"
        )
        hint.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self._unlock)
        password_label = buddy_label(self.tr("&Password"), self.password)
        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self._unlock)
        self.switch_button = QPushButton(self.tr("Sign in as &someone else…"))
        self.switch_button.setObjectName("switchUserButton")
        self.switch_button.clicked.connect(self.switch_user)

        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        buttons.addWidget(self.switch_button)
        card = QFrame()
        card.setObjectName("lockCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 30, 36, 30)
        inner.setSpacing(12)
        for widget in (heading, self.user, hint, password_label, self.password, self.error):
            inner.addWidget(widget)
        inner.addSpacing(6)
        inner.addLayout(buttons)
        self.ensurePolished()  # the stylesheet's font, not the default, sets the width
        card.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        # centred, whatever the size of the window
        outer = QGridLayout(self)
        outer.addWidget(card, 1, 1)
        outer.setRowStretch(0, 1)
        outer.setRowStretch(2, 2)
        outer.setColumnStretch(0, 1)
        outer.setColumnStretch(2, 1)

        QWidget.setTabOrder(self.password, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.switch_button)

    def lock(self, actor: Actor) -> None:
        """Shows who locked the screen and waits for their password."""
        self._actor = actor
        self.user.setText(fill_placeholders(self.tr("%1 (%2)"), actor.display_name, actor.username))
        self.password.clear()
        self.error.hide()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unlock(self) -> None:
        if self._actor is None:
            return
        try:
            actor = self._backend.sign_in(self._actor.username, self.password.text())
        except AuthenticationFailed:
            self._refuse(self.tr("The password is not right."))
            return
        except RoundsError as error:  # the database is away, say
            self._refuse(error_text(error))
            return
        self.password.clear()
        self.error.hide()
        self.unlocked.emit(actor)

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
