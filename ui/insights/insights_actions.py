"""The menu action that opens rounds insights for the ward on screen, placed by the
main menus; only roles that may export get it."""

from __future__ import annotations

from rounds_app.domain.roles import Permission
from ui.insights.insights_window import InsightsWindow
from ui.menus.action_spec import ActionSpec
from ui.menus.feature_actions import FeatureActions

# ward-level figures are for roles that may export
ACTIONS = (
    ActionSpec("insights.open", "Rounds &insights…", "open", "Ctrl+Shift+I", (Permission.EXPORT,)),
)


class InsightsActions(FeatureActions):
    SPECS = ACTIONS

    def open(self) -> None:
        """The insights window, on the ward on screen."""
        self._bring_up(lambda: InsightsWindow(self._backend, self._parent, self._ward_id()))
