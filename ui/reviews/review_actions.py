"""The menu action that opens the reflective case reviews, placed by the main menus;
the review window links new reviews to the patient on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from rounds_app.domain.roles import Permission
from rounds_app.errors import RoundsError
from ui.backend import Backend
from ui.menus.action_spec import ActionSpec
from ui.menus.feature_actions import FeatureActions
from ui.reviews.reviews_window import ReviewsWindow

# for roles that may read sensitive entries (writing needs CONTRIBUTE too: the window
# locks itself otherwise); the ward-screen account never gets them
ACTIONS = (
    ActionSpec(
        "reviews.open", "Case &reviews…", "open", "Ctrl+Shift+R", (Permission.VIEW_SENSITIVE,)
    ),
)


class ReviewActions(FeatureActions):
    SPECS = ACTIONS

    def __init__(
        self,
        backend: Backend,
        parent_widget: QWidget,
        current_admission_id: Callable[[], int | None],
    ) -> None:
        super().__init__(backend, parent_widget, admission_id=current_admission_id)
        self.window: ReviewsWindow | None = None
        self.update_enabled()

    def open(self) -> None:
        """One reviews window at a time: asking again brings it to the front."""
        if self.window is None:
            try:
                self.window = ReviewsWindow(self._backend, self._parent, self._admission_id())
            except RoundsError as error:
                self._tell(str(error))
                return
            self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.window.destroyed.connect(self._closed)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _closed(self) -> None:
        self.window = None
