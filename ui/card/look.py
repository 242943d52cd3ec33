"""Small display helpers for the card's widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def repolish(widget: QWidget) -> None:
    """Dynamic properties drive the stylesheet; Qt re-reads them only on a repolish."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
