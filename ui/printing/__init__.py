"""Printing from the workstation: the Print menu's actions, the print dialog and the
ward's discharge summaries made off the UI thread."""

from ui.printing.print_actions import PrintActions

__all__ = ["PrintActions"]
