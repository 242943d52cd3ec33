"""A feature's menu actions (admin, printing, importing, reviews, PROMs, insights):
declared as `SPECS` on the class, made and enabled by one `ActionSet`. The feature
keeps only what is its own — the handlers and what it waits for."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.backend import Backend
from ui.common.messages import Notice
from ui.menus.action_set import ActionSet
from ui.menus.action_spec import ActionSpec


def _nothing() -> int | None:
    return None


class FeatureActions(QObject):
    SPECS: ClassVar[tuple[ActionSpec, ...]] = ()
    window: QWidget | None = None  # the feature's own window, while it is open

    def __init__(
        self,
        backend: Backend,
        parent_widget: QWidget,
        current_ward_id: Callable[[], int | None] = _nothing,
        current_admission_id: Callable[[], int | None] = _nothing,
    ) -> None:
        """`current_ward_id` and `current_admission_id` say what is on screen when an
        action runs (the main window's census). A subclass's own state has a class
        default, so `ready` can answer before its constructor ends."""
        super().__init__(parent_widget)
        self._backend = backend
        self._parent = parent_widget
        self._ward_id = current_ward_id
        self._admission_id = current_admission_id
        self.actions = ActionSet(self.SPECS, self, parent_widget, backend, self.ready)
        self.update_enabled()

    def ready(self, action_id: str) -> bool:
        """Whether the action has what it works on, the role aside (a feature whose
        actions need a ward or a patient on screen says so here)."""
        return True

    def update_enabled(self) -> None:
        """Call it after a sign-in and whenever the ward or the patient changes."""
        self.actions.update_enabled()

    def _bring_up(self, make: Callable[[], QWidget]) -> None:
        """One window of the feature's at a time: asking again brings it to the front.
        `make` may raise; then no window is open."""
        if self.window is None:
            self.window = make()
            self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.window.destroyed.connect(self._closed)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _closed(self) -> None:
        self.window = None

    def _tell(self, message: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        Notice.ask(self._parent, self.tr("Rounds"), message, icon)
