"""Patient-reported outcomes: the bedside capture dialog, the trend sparkline for the
card and the rounds screen, and the menu action that opens the capture."""

from ui.proms.capture_dialog import PromCaptureDialog
from ui.proms.prom_actions import PromActions
from ui.proms.trend import PromTrend

__all__ = ["PromActions", "PromCaptureDialog", "PromTrend"]
