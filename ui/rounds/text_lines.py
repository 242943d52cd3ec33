"""Laying out the ward-room screen's lines with QTextLayout: a paragraph broken into
lines at a width, and a single line shortened with "…" (and the "more on console" cue)
to fit. FittedLabel decides which lines show; this module only makes them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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
CUE_ROOM = 0.25  # a cue line keeps its lead only with a quarter of the width for text
Paragraph = tuple[str, str]  # (lead, text)


def _option() -> QTextOption:
    option = QTextOption()
    # a long word or a URL breaks anywhere rather than running out of the box
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def _range(start: int, length: int, colour: QColor, font: QFont | None) -> QTextLayout.FormatRange:
    """Bold in the colour (a lead), or in `font` (the cue)."""
    chosen = QTextCharFormat()
    chosen.setForeground(QBrush(colour))
    if font is None:
        chosen.setFontWeight(QFont.Weight.Bold)
    else:
        chosen.setFont(font)
    spec = QTextLayout.FormatRange()
    spec.start, spec.length, spec.format = start, length, chosen
    return spec


class LineMaker:
    def __init__(
        self, font: QFont, accent: QColor, cue_colour: QColor, cue_scale: float, width: int
    ) -> None:
        self._font = font
        self._accent = accent
        self._cue_colour = cue_colour
        self._width = max(width, 1)
        self._cue_font = QFont(font)
        self._cue_font.setItalic(True)
        if font.pixelSize() > 0:
            self._cue_font.setPixelSize(max(1, round(font.pixelSize() * cue_scale)))
        self._average = max(QFontMetricsF(font).averageCharWidth(), 1.0)
        self._bold = QFont(font)
        self._bold.setWeight(QFont.Weight.Bold)

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
            layout.setFormats([_range(0, len(lead), self._accent, None)])
        layout.beginLayout()
        while layout.lineCount() < max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1))
        layout.endLayout()
        end = 0
        if layout.lineCount():
            last = layout.lineAt(layout.lineCount() - 1)
            end = last.textStart() + last.textLength()
        return layout, len(full) <= budget and end >= len(full)

    def elided(self, lead: str, layout: QTextLayout, index: int, *, cue: bool) -> QTextLayout:
        """One line: line `index` of `layout` and everything after it, ending in "…"
        (and the "more on console" cue when asked)."""
        start, text = layout.lineAt(index).textStart(), layout.text()
        # eliding shapes what it is given: two lines' worth is plenty for one line
        text = text[: start + int(2 * self._width / self._average) + 16]
        shown_lead, rest = (
            (lead, text[len(lead) + len(SEP) :]) if start == 0 and lead else ("", text[start:])
        )
        metrics = QFontMetricsF(self._font)
        more = f"{SEP}{QCoreApplication.translate('FittedLabel', 'more on console')}" if cue else ""
        reserve = metrics.horizontalAdvance("…") + QFontMetricsF(self._cue_font).horizontalAdvance(
            more
        )
        if shown_lead:
            lead_width = QFontMetricsF(self._bold).horizontalAdvance(shown_lead + SEP)
            if cue and self._width - reserve - lead_width < self._width * CUE_ROOM:
                shown_lead, rest = "", ""  # no room to say anything useful: the cue alone
            else:
                reserve += lead_width
        for slack in (0, 4, 12):  # bold leads and kerning can measure a little wide
            room = max(0.0, self._width - reserve - slack)
            body = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room)
            ellipsis = "" if body.endswith("…") or not cue else "…"
            line_text = (f"{shown_lead}{SEP}" if shown_lead else "") + body + ellipsis + more
            single = self.single_line(line_text, len(shown_lead), len(more), self._width)
            if single.lineAt(0).textLength() >= len(line_text):
                break
        return single

    def single_line(self, text: str, lead: int, cue: int, width: int) -> QTextLayout:
        """`text` as one line: the first `lead` characters as a lead, the last `cue` as
        the cue."""
        layout = QTextLayout(text, self._font)
        layout.setTextOption(_option())
        formats = []
        if lead:
            formats.append(_range(0, lead, self._accent, None))
        if cue:
            formats.append(_range(len(text) - cue, cue, self._cue_colour, self._cue_font))
        layout.setFormats(formats)
        layout.beginLayout()
        layout.createLine().setLineWidth(width)
        layout.endLayout()
        return layout
