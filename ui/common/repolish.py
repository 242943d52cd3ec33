"""Dynamic properties drive the stylesheets (`[severity="unstable"]`, `[locked="true"]`);
Qt re-reads a widget's rules only when it is polished again."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def repolish(widget: QWidget) -> None:
    """Applies the stylesheet again after a property or a state it selects on changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
