"""The menu action that opens rounds insights for the ward on screen. The main window
mounts it with `add_to(menu)`; only roles that may export get it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu, QWidget

from rounds_app.domain.roles import Permission
from ui.backend import Backend
from ui.insights.insights_window import InsightsWindow
from ui.reviews.menu_action import menu_action


class InsightsActions(QObject):
    def __init__(
        self,
        backend: Backend,
        parent_widget: QWidget,
        current_ward_id: Callable[[], int | None],
    ) -> None:
        super().__init__(parent_widget)
        self._backend = backend
        self._parent = parent_widget
        self._ward_id = current_ward_id
        self.window: InsightsWindow | None = None
        self.insights_action = menu_action(
            parent_widget, self.tr("Rounds &insights…"), "Ctrl+Shift+I", self.open
        )
        self.update_enabled()

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.insights_action)
        menu.aboutToShow.connect(self.update_enabled)

    def update_enabled(self) -> None:
        """Ward-level figures are for roles that may export (call it after a sign-in)."""
        self.insights_action.setEnabled(self._backend.may(Permission.EXPORT))

    def open(self) -> None:
        """One insights window at a time: asking again brings it to the front."""
        if self.window is None:
            self.window = InsightsWindow(self._backend, self._parent, self._ward_id())
            self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.window.destroyed.connect(self._closed)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _closed(self) -> None:
        self.window = None
