"""The menu action that opens the reflective case reviews, placed by the main menus;
the review window links new reviews to the patient on screen."""

from __future__ import annotations

from rounds_app.domain.roles import Permission
from rounds_app.errors import RoundsError
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

    def open(self) -> None:
        """The reviews window; a new review links to the patient on screen."""
        try:
            self._bring_up(lambda: ReviewsWindow(self._backend, self._parent, self._admission_id()))
        except RoundsError as error:
            self._tell(str(error))
