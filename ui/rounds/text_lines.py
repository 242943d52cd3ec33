"""Laying out the ward-room screen's lines with QTextLayout: a paragraph broken into
lines at a width, and a single line. FittedLabel decides which lines show; this module
only makes them."""

from __future__ import annotations

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

SEP = "  "  # between a lead and its text
LEAD_SLACK = 2  # px kept free at the end of each line
Paragraph = tuple[str, str]  # (lead, text)


def _option() -> QTextOption:
    option = QTextOption()
    # a long word or a URL breaks anywhere rather than running out of the box
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def _lead(length: int, colour: QColor) -> QTextLayout.FormatRange:
    """A lead: bold in the accent colour."""
    chosen = QTextCharFormat()
    chosen.setForeground(QBrush(colour))
    chosen.setFontWeight(QFont.Weight.Bold)
    spec = QTextLayout.FormatRange()
    spec.start, spec.length, spec.format = 0, length, chosen
    return spec


class LineMaker:
    def __init__(self, font: QFont, accent: QColor) -> None:
        self._font = font
        self._accent = accent
        self._average = max(QFontMetricsF(font).averageCharWidth(), 1.0)

    def paragraph(
        self, lead: str, text: str, width: int, max_lines: int
    ) -> tuple[QTextLayout, bool]:
        """The paragraph broken into at most `max_lines` lines; whether that is all."""
        full = f"{lead}{SEP}{text}" if lead and text else lead or text
        # only what could ever show is shaped: the entries since the last round can run
        # to pages, and shaping them all would cost a frame
        budget = int(max_lines * max(width, 1) / self._average) + 8
        layout = QTextLayout(full[:budget], self._font)
        layout.setTextOption(_option())
        if lead:
            layout.setFormats([_lead(len(lead), self._accent)])
        layout.beginLayout()
        while layout.lineCount() < max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            # a bold lead can measure a fraction of a pixel wider than it was broken at
            line.setLineWidth(max(width - LEAD_SLACK, 1))
        layout.endLayout()
        end = 0
        if layout.lineCount():
            last = layout.lineAt(layout.lineCount() - 1)
            end = last.textStart() + last.textLength()
        return layout, len(full) <= budget and end >= len(full)

    def single_line(self, text: str, lead: int, width: int) -> QTextLayout:
        """`text` as one line: the first `lead` characters as a lead."""
        layout = QTextLayout(text, self._font)
        layout.setTextOption(_option())
        if lead:
            layout.setFormats([_lead(lead, self._accent)])
        layout.beginLayout()
        layout.createLine().setLineWidth(width)
        layout.endLayout()
        return layout
