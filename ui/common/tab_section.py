"""One part of a patient tab (discharge, safety facts): a titled group that writes
through the services, says calmly inline when a write is refused, and announces a save."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from rounds_app.domain.roles import Permission
from rounds_app.errors import ConflictError, RoundsError
from rounds_app.services.patient_card import PatientCard
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common.error_text import error_text
from ui.common.widgets import plain_label

log = subsystem_logger(__name__)


@dataclass(frozen=True)
class Written:
    """How a write went: true when the service did it, with what it returned."""

    ok: bool
    value: Any = None

    def __bool__(self) -> bool:
        return self.ok


class Section(QGroupBox):
    saved = Signal()

    def __init__(self, backend: Backend, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._backend = backend
        self.admission_id: int | None = None
        self.error = plain_label(name="sectionError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 14, 16, 14)
        self.body.setSpacing(10)

    def may(self, permission: Permission, card: PatientCard) -> bool:
        """Whether the signed-in user may write `card` so: their role allows it and
        the admission is current (a discharged one is archived, read-only)."""
        if card.admission.discharged_at is not None:
            return False
        return self._backend.may(permission)  # False once signed out

    def show_card(self, card: PatientCard) -> None:
        """Shows `card`; a different patient first resets whatever was being typed."""
        if card.admission.id != self.admission_id:
            self.admission_id = card.admission.id
            self.error.hide()
            self.reset(card)
        self.refresh(card)

    def clear(self) -> None:
        self.admission_id = None
        self.error.hide()
        self.reset(None)

    def reset(self, card: PatientCard | None) -> None:
        """Empties the forms (and takes `card` as what they start from)."""

    def refresh(self, card: PatientCard) -> None:
        """Shows the card's current state, keeping anything being typed."""

    def write(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> Written:
        """Calls `service` as the signed-in user. When it worked: `saved`, and a true
        Written with the service's result; else a false one, with the one-line reason
        shown in the section."""
        try:
            value = self._backend.call(service, *args, **kwargs)
        except ConflictError as conflict:
            self.on_conflict(conflict)
            return Written(False)
        except RoundsError as error:
            self.refuse(error_text(error))
            return Written(False)
        log.info("%s done for admission id %s", service.__name__, self.admission_id)
        self.error.hide()
        self.saved.emit()
        return Written(True, value)

    def on_conflict(self, conflict: ConflictError) -> None:
        """Someone saved the same record first; sections that edit one say how."""
        self.refuse(error_text(conflict))

    def refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
