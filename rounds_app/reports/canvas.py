"""A canvas that knows the page count: "Page x of y" needs y before page 1 is
final, so every page is held until the document ends, then labelled and written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

PageLabel = Callable[[Canvas, int, int], None]


class NumberedCanvas(Canvas):
    """`page_label(canvas, page, pages)` draws on each page once the count is known."""

    def __init__(self, *args: Any, page_label: PageLabel, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held)
        for page, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._page_label(self, page, pages)
            super().showPage()
        super().save()


CONFIDENTIAL = "Confidential — contains patient information"


def page_text(page: int, pages: int) -> str:
    return f"Page {page} of {pages}"


def stack_height(flowables: list[Any], width: float) -> float:
    """The height of `flowables` laid one under another in `width`."""
    return sum(f.wrap(width, 10_000)[1] + f.getSpaceAfter() for f in flowables)


def draw_stack(canvas: Canvas, flowables: list[Any], x: float, top: float, width: float) -> None:
    """Draws `flowables` one under another from `top` down (headers and footers are
    paragraphs, so user text in them is escaped and in the right fonts too)."""
    y = top
    for flowable in flowables:
        _, height = flowable.wrap(width, 10_000)
        y -= height
        flowable.drawOn(canvas, x, y)
        y -= flowable.getSpaceAfter()
