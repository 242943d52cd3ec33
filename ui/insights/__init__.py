"""Rounds insights: the window of charts for a ward over a span of days, its CSV export
and PDF print, and the menu action that opens it."""

from ui.insights.insights_actions import InsightsActions
from ui.insights.insights_window import InsightsWindow

__all__ = ["InsightsActions", "InsightsWindow"]
