"""A feature's menu actions (admin, printing, importing, reviews, PROMs, insights):
declared as `SPECS` on the class, made and enabled by one `ActionSet`. The feature
keeps only what is its own — the handlers and what it waits for."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.backend import Backend
from ui.menus.action_set import ActionSet
from ui.menus.action_spec import ActionSpec
from ui.messages import Notice


class FeatureActions(QObject):
    SPECS: ClassVar[tuple[ActionSpec, ...]] = ()

    def __init__(
        self,
        backend: Backend,
        parent_widget: QWidget,
        *,
        ward_id: Callable[[], int | None] = lambda: None,
        admission_id: Callable[[], int | None] = lambda: None,
    ) -> None:
        """`ward_id` and `admission_id` say what is on screen when an action runs.
        A subclass sets up its own state, then calls `update_enabled()`."""
        super().__init__(parent_widget)
        self._backend = backend
        self._parent = parent_widget
        self._ward_id = ward_id
        self._admission_id = admission_id
        self.actions = ActionSet(self.SPECS, self, parent_widget, backend, self.ready)

    def ready(self, action_id: str) -> bool:
        """Whether the action has what it works on, the role aside (a feature whose
        actions need a ward or a patient on screen says so here)."""
        return True

    def update_enabled(self) -> None:
        self.actions.update_enabled()

    def _tell(self, message: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        Notice.ask(self._parent, self.tr("Rounds"), message, icon)
