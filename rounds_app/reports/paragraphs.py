"""The paragraphs the sheets are made of."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph

from rounds_app.reports.bidi import Cursor, Words, visual_line
from rounds_app.reports.shaping import ActualTextObject


class Para(Paragraph):
    """A Paragraph that breaks its lines once per width. A table measures each cell,
    measures the rows of every page again when it splits, and wraps each cell once
    more to draw it: on a thousand-row handoff that was three times the line breaking,
    for the same width, giving the same lines."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # split() drops the broken lines when the paragraph moves on whole: break again
        if getattr(self, "_wrapped_width", None) == availWidth and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size

    def beginText(self, x: float, y: float) -> ActualTextObject:  # noqa: N802 (ReportLab's name)
        # shaped runs say which characters they draw (shaping.ActualTextObject)
        return ActualTextObject(self.canv, x, y)


class BidiParagraph(Para):
    """A shaped paragraph whose lines are drawn in the order of the bidirectional
    algorithm. `words` are the levels of its characters word by word (bidi.word_levels
    of its logical text); `base` is its direction, 0 or 1."""

    blPara: Any  # ReportLab's broken lines, which drawPara() draws

    def __init__(
        self, text: str, style: Any, *args: Any, words: Words = (), base: int = 0, **kwargs: Any
    ) -> None:
        # ReportLab makes the halves of a split with the class and its own arguments;
        # split() gives them their levels
        super().__init__(text, style, *args, **kwargs)
        self._words, self._base, self._start = words, base, (0, 0)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        # ReportLab makes the two halves with the class alone: they keep the levels,
        # the second half from where the first one's lines end
        parts = super().split(availWidth, availHeight)
        cursor = Cursor(self._words, self._base, self._start)
        for part in parts:
            if isinstance(part, BidiParagraph):
                part._words, part._base, part._start = self._words, self._base, cursor.position
                for line in _lines(part):
                    visual_line(line, cursor)
        return parts

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 (ReportLab's name)
        logical = self.blPara
        if logical.kind == 1:
            cursor = Cursor(self._words, self._base, self._start)
            self.blPara = logical.clone(lines=[visual_line(line, cursor) for line in logical.lines])
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical


def _lines(paragraph: Paragraph) -> list[Any]:
    lines = getattr(paragraph, "blPara", None)
    return list(lines.lines) if lines is not None and lines.kind == 1 else []
