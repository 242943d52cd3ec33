"""The printed sheets as PDF bytes, each audited as printed: the client calls these
through Backend.call like any service and saves or shows the bytes."""

from __future__ import annotations

from rounds_app.reports.service import (
    print_discharge,
    print_handoff,
    print_insights,
    print_review,
)

__all__ = ["print_discharge", "print_handoff", "print_insights", "print_review"]
