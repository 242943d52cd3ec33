"""Printing from the workstation: the Print menu's actions, the print dialog and the
ward's discharge summaries made off the UI thread.

`PrintActions` is imported on first use: importing this package for anything else
then loads without the print dialog and the report renderers behind it (ReportLab,
~0.2 s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.printing.print_actions import PrintActions

__all__ = ["PrintActions"]


def __getattr__(name: str) -> Any:
    if name == "PrintActions":
        from ui.printing.print_actions import PrintActions

        return PrintActions
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
