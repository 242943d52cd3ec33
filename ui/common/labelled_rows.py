"""Labels that belong to a field: the label's Alt+letter jumps to the field, and a
screen reader announces the field by the label's words. Written once here, so no form
can forget either half."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ui.common.widgets import plain_label, without_mnemonic


def buddy_label(text: str, field: QWidget, name: str = "fieldLabel") -> QLabel:
    """A label for `field`, styled as `name` ("" for a dialog's plain label); `text`
    may carry an &mnemonic. A field that already has an accessible name of its own
    (often fuller than a short label) keeps it."""
    label = plain_label(text, name)
    label.setBuddy(field)
    if not field.accessibleName():
        field.setAccessibleName(without_mnemonic(text))
    return label


def labelled_row(
    form: QFormLayout, text: str, field: QWidget, shown: QWidget | None = None
) -> QLabel:
    """`field` as a row of `form`, behind its buddy label (returned, to hide or retitle).
    `shown` is what the row holds when that is more than the field (the field with a
    button beside it)."""
    label = buddy_label(text, field)
    form.addRow(label, shown or field)
    return label
