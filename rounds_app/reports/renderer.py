"""The frame every printed sheet shares, in the manner of pretix's invoice renderer:
a subclass supplies its styles, its header, its footer line and its story through
hooks; `render()` lays them out on first-page and later-page templates and returns
the PDF as bytes (no Qt, no file)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import datetime
from functools import partial
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from rounds_app.reports import canvas as numbered
from rounds_app.reports.data import PrintJob
from rounds_app.reports.fonts import SANS
from rounds_app.reports.formats import stale_note
from rounds_app.reports.styles import MUTED

PAPER_SIZES = {"a4": A4, "letter": LETTER}  # the names are data.PAPERS
_GAP = 3 * mm  # between the header and the body, the body and the footer
_LABEL_ROOM = 25 * mm  # right of the footer, for "Page 10 of 12"


class Renderer(ABC):
    """Subclasses override the hooks below; `render()` is not meant to change."""

    title = "Rounds"  # the PDF's metadata: never patient text (file lists show it)
    landscape = False
    margin: float = 12 * mm
    label_size = 8  # of "Page x of y"

    def __init__(self, job: PrintJob):
        self.job = job
        size = PAPER_SIZES[job.paper]
        self.pagesize: tuple[float, float] = landscape(size) if self.landscape else size
        self.styles = self.stylesheet()
        self.pages = 0

    # -- hooks ---------------------------------------------------------------------

    @abstractmethod
    def stylesheet(self) -> StyleSheet1: ...

    @abstractmethod
    def header(self, first: bool) -> list[Flowable]:
        """What heads the first page, and the (shorter) head of the pages after it."""

    @abstractmethod
    def footer(self) -> list[Flowable]:
        """The line at the foot of every page, left of "Page x of y"."""

    @abstractmethod
    def story(self) -> list[Flowable]: ...

    def stale(self, edited_at: datetime | None) -> str:
        """The note "(not updated for N days)" for a field left too long; else ""."""
        return stale_note(edited_at, self.job.printed_at, self.job.stale_after_days)

    # -- layout ----------------------------------------------------------------------

    @property
    def width(self) -> float:
        """The width of the text block."""
        return self.pagesize[0] - 2 * self.margin

    def render(self) -> bytes:
        page_width, page_height = self.pagesize
        first, later, footer = self.header(True), self.header(False), self.footer()
        footer_width = self.width - _LABEL_ROOM
        footer_height = numbered.stack_height(footer, footer_width)
        bottom = self.margin + footer_height + _GAP

        def frame(head: list[Flowable], name: str) -> Frame:
            top = page_height - self.margin - numbered.stack_height(head, self.width) - _GAP
            return Frame(
                self.margin, bottom, self.width, top - bottom, id=name, leftPadding=0,
                rightPadding=0, topPadding=0, bottomPadding=0,
            )  # fmt: skip

        def decorate(head: list[Flowable], canvas: Canvas, _doc: Any) -> None:
            numbered.draw_stack(canvas, head, self.margin, page_height - self.margin, self.width)
            numbered.draw_stack(canvas, footer, self.margin, bottom - _GAP, footer_width)

        buffer = BytesIO()
        document = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.margin,
            rightMargin=self.margin,
            topMargin=self.margin,
            bottomMargin=self.margin,
            title=self.title,
            author="Rounds",
            creator="Rounds",
        )
        document.addPageTemplates(
            [
                PageTemplate(
                    "first",
                    [frame(first, "first")],
                    onPage=partial(decorate, first),
                    autoNextPageTemplate="later",
                ),
                PageTemplate("later", [frame(later, "later")], onPage=partial(decorate, later)),
            ]
        )
        document.build(
            self.story(), canvasmaker=partial(numbered.NumberedCanvas, page_label=self._label)
        )
        return buffer.getvalue()

    def _label(self, canvas: Canvas, page: int, pages: int) -> None:
        self.pages = pages
        canvas.saveState()
        canvas.setFont(SANS, self.label_size)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(
            self.pagesize[0] - self.margin, self.margin, numbered.page_text(page, pages)
        )
        canvas.restoreState()
