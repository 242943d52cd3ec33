"""The menu action that opens rounds insights for the ward on screen, placed by the
main menus; only roles that may export get it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from rounds_app.domain.roles import Permission
from ui.backend import Backend
from ui.insights.insights_window import InsightsWindow
from ui.menus.action_spec import ActionSpec
from ui.menus.feature_actions import FeatureActions

# ward-level figures are for roles that may export
ACTIONS = (
    ActionSpec("insights.open", "Rounds &insights…", "open", "Ctrl+Shift+I", (Permission.EXPORT,)),
)


class InsightsActions(FeatureActions):
    SPECS = ACTIONS

    def __init__(
        self,
        backend: Backend,
        parent_widget: QWidget,
        current_ward_id: Callable[[], int | None],
    ) -> None:
        super().__init__(backend, parent_widget, ward_id=current_ward_id)
        self.window: InsightsWindow | None = None
        self.update_enabled()

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
