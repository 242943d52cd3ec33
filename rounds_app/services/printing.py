"""The printed sheets as PDF bytes, each audited as printed: the client calls these
through Backend.call like any service and saves or shows the bytes.

Each loads rounds_app.reports.service (ReportLab and its fonts, ~40 MiB) on its first
call, so a workstation that has not printed yet does not carry the report code."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _on_first_call(name: str) -> Callable[..., bytes]:
    def printing(*args: Any, **kwargs: Any) -> bytes:
        from rounds_app.reports import service

        sheet: Callable[..., bytes] = getattr(service, name)
        return sheet(*args, **kwargs)

    printing.__name__ = printing.__qualname__ = name
    printing.__doc__ = f"rounds_app.reports.service.{name}, loaded when first called."
    return printing


print_discharge = _on_first_call("print_discharge")
print_handoff = _on_first_call("print_handoff")
print_insights = _on_first_call("print_insights")
print_review = _on_first_call("print_review")

__all__ = ["print_discharge", "print_handoff", "print_insights", "print_review"]
