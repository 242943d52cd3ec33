"""Every text a person or a screen reader could get from a window, for tests that check
what must not be shown."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTextEdit, QWidget


def everything_shown(root: QWidget) -> str:
    """Every text a person or a screen reader could get from the widgets."""
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        parts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        parts += [widget.whatsThis(), widget.windowTitle(), str(widget.property("fullText") or "")]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        if isinstance(widget, QTextEdit):
            parts.append(widget.toPlainText())
    # a line break may fall inside a word or between two: searched both ways
    shown = "\n".join(parts)
    return shown.replace("\n", " ") + "\n" + shown.replace("\n", "")
