"""The paragraphs the sheets are made of."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph

from rounds_app.reports.bidi import visual_line


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


class BidiParagraph(Para):
    """A shaped paragraph whose right-to-left runs of words are drawn right to left.
    `base` is the paragraph's own direction: a name written in Arabic reads from the
    right as a whole, Latin words inside it keeping their order."""

    def __init__(self, text: str, style: Any, *, base: str = "L", **kwargs: Any):
        super().__init__(text, style, **kwargs)
        self._base = base

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        # ReportLab makes the two halves with the class alone; they keep the direction
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, BidiParagraph):
                part._base = self._base
        return parts

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 (ReportLab's name)
        logical = self.blPara
        if logical.kind == 1:
            self.blPara = logical.clone(
                lines=[visual_line(line, self._base) for line in logical.lines]
            )
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical
