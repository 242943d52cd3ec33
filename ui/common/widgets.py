"""Small widget helpers shared by the screens."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from rounds_app.domain.bidi import isolate_where_needed


def plain_label(text: str = "", name: str = "") -> QLabel:
    """A QLabel that never interprets its text as markup: names and notes typed by
    people are shown exactly as typed."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def without_mnemonic(text: str) -> str:
    """A label's words without its Alt+letter marker ("&&" is a literal "&"), for an
    accessible name or a title."""
    return re.sub(r"&(.)", r"\1", text)


def with_mnemonic(text: str, letter: str) -> str:
    """`text` with Alt+`letter` marked on the letter's first occurrence; a translation
    without the letter gets it after the words, as "(&X)", so the key stays the same."""
    at = text.lower().find(letter.lower())
    if at < 0:
        return f"{text} (&{letter.upper()})"
    return f"{text[:at]}&{text[at:]}"


def plain_tooltip(text: str) -> str:
    """Tooltip text that Qt cannot mistake for markup.

    QToolTip guesses rich text from a leading tag, so a name typed as "<b>…" would be
    rendered; escaping it inside an explicit paragraph shows it exactly as typed."""
    if not text:
        return ""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def number_text(number: int) -> str:
    """A count, a position or a score as the screens' language writes it ("1.234" in
    German): QLocale's default, which installing the language sets."""
    return QLocale().toString(number)


def fill_placeholders(template: str, *values: str) -> str:
    """Puts `values` into a translated template's %1, %2 … in one pass, so a value
    that itself contains "%2" (a name, say) is never substituted again. Each value is
    bidi-isolated where it could reorder the words around it (an Arabic name, a
    right-to-left override), as the printed sheets do."""
    return re.sub(r"%(\d)", lambda m: isolate_where_needed(values[int(m.group(1)) - 1]), template)


def scrolling_page(owner: QWidget, name: str, parts: Sequence[QWidget]) -> None:
    """Lays `parts` out as one column that scrolls up and down inside `owner` (a
    patient tab made of sections); the page and its scroll area are named after
    `name` ("safetyPage", "safetyScroll") for the stylesheet and the tests."""
    page = QWidget()
    page.setObjectName(f"{name}Page")
    column = QVBoxLayout(page)
    column.setContentsMargins(4, 12, 12, 12)
    column.setSpacing(16)
    for part in parts:
        column.addWidget(part)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setObjectName(f"{name}Scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    # sideways only when a row is wider than the panel (a long translation): it scrolls
    # rather than losing words off the edge
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setWidget(page)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
