"""The menu action that opens rounds insights for the ward on screen, placed by the
main menus; only roles that may export get it."""

from __future__ import annotations

from ui.insights.insights_window import InsightsWindow
from ui.menus import catalogue
from ui.menus.feature_actions import FeatureActions


class InsightsActions(FeatureActions):
    SPECS = catalogue.INSIGHTS

    def open(self) -> None:
        """The insights window, on the ward on screen."""
        self._bring_up(lambda: InsightsWindow(self._backend, self._parent, self._ward_id()))
