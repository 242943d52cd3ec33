"""The menu action that opens the reflective case reviews, placed by the main menus;
the review window links new reviews to the patient on screen."""

from __future__ import annotations

from rounds_app.errors import RoundsError
from ui.common.error_text import error_text
from ui.menus import catalogue
from ui.menus.feature_actions import FeatureActions
from ui.reviews.reviews_window import ReviewsWindow


class ReviewActions(FeatureActions):
    SPECS = catalogue.REVIEWS

    def open(self) -> None:
        """The reviews window; a new review links to the patient on screen."""
        try:
            self._bring_up(lambda: ReviewsWindow(self._backend, self._parent, self._admission_id()))
        except RoundsError as error:
            self._tell(error_text(error))
