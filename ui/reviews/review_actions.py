"""The menu action that opens the reflective case reviews. The main window mounts it
with `add_to(menu)`; the review window links new reviews to the patient on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from rounds_app.domain.roles import Permission
from rounds_app.errors import RoundsError
from ui.backend import Backend
from ui.messages import Notice
from ui.reviews.menu_action import menu_action
from ui.reviews.reviews_window import ReviewsWindow


class ReviewActions(QObject):
    def __init__(
        self,
        backend: Backend,
        parent_widget: QWidget,
        current_admission_id: Callable[[], int | None],
    ) -> None:
        super().__init__(parent_widget)
        self._backend = backend
        self._parent = parent_widget
        self._admission_id = current_admission_id
        self.window: ReviewsWindow | None = None
        self.reviews_action = menu_action(
            parent_widget, self.tr("Case &reviews…"), "Ctrl+Shift+R", self.open
        )
        self.update_enabled()

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.reviews_action)
        menu.aboutToShow.connect(self.update_enabled)

    def update_enabled(self) -> None:
        """Reviews are for roles that may read sensitive entries (writing needs
        CONTRIBUTE too: the window locks itself otherwise); the ward-screen account
        never gets them."""
        self.reviews_action.setEnabled(self._backend.may(Permission.VIEW_SENSITIVE))

    def open(self) -> None:
        """One reviews window at a time: asking again brings it to the front."""
        if self.window is None:
            try:
                self.window = ReviewsWindow(self._backend, self._parent, self._admission_id())
            except RoundsError as error:
                Notice.ask(
                    self._parent, self.tr("Rounds"), str(error), QMessageBox.Icon.Information
                )
                return
            self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.window.destroyed.connect(self._closed)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _closed(self) -> None:
        self.window = None
