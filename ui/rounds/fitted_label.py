"""A label that shows as much of its text as fits its box in whole lines, and keeps the
rest for the next page of the slide.

The ward-room screen must never cut a word of clinical text. The text is broken into
lines with QTextLayout in the label's own font and the lines are shared fairly between
paragraphs; what does not fit is `rest`, which the view shows on the slide's next page.
The label paints exactly the lines it measured, so what fits is what shows; `text()`
holds those lines as plain text for screen readers and tests.

A paragraph is (lead, text): the lead ("Pharmacy", "If") is drawn bold in the accent
colour at the start of its first line."""

from __future__ import annotations

import math

from PySide6.QtCore import Property, QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QTextLayout
from PySide6.QtWidgets import QLabel, QWidget

from ui.common.widgets import fill_placeholders
from ui.rounds.fair_share import share
from ui.rounds.text_lines import SEP, LineMaker, Paragraph
from ui.shell import palette

MEASURE_LINES = 20  # lines measured per paragraph until the owner says how tall it can be
Measured = tuple[float, list[tuple[QTextLayout, bool]]]  # line pitch, (layout, whole)


def _wanted(layout: QTextLayout, complete: bool) -> int:
    """Lines a paragraph wants: one more than measured when it runs on."""
    return layout.lineCount() + (0 if complete else 1)


class FittedLabel(QLabel):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._paragraphs: tuple[Paragraph, ...] = ()
        self._measured: dict[int, Measured] = {}  # by width, until the text or font changes
        self._line_maker: LineMaker | None = None  # until the font or colours change
        self._lines = MEASURE_LINES  # a paragraph is measured up to this many lines
        self._shown: list[tuple[QTextLayout, int]] = []  # (layout, line index) to paint
        self._fitted_for: tuple[int, int] | None = None
        self._colours = {"accent": palette.colour("amber_340"), "muted": QColor()}
        self._muted = False
        self.cut = False  # the last fit left something out
        self.rest: tuple[Paragraph, ...] = ()  # what the last fit left out, to show next
        self.used = (0.0, 0.0)  # (widest line, height of the lines) at the last fit

    def _colour(self, key: str) -> QColor:
        return self._colours[key]

    def _set_colour(self, key: str, colour: QColor) -> None:
        self._colours[key] = QColor(colour)
        self._forget()

    # set by the stylesheet: qproperty-accent, qproperty-mutedColour
    accent = Property(
        QColor, lambda s: s._colour("accent"), lambda s, c: s._set_colour("accent", c)
    )
    mutedColour = Property(
        QColor, lambda s: s._colour("muted"), lambda s, c: s._set_colour("muted", c)
    )

    def set_paragraphs(self, paragraphs: list[Paragraph] | tuple[Paragraph, ...]) -> None:
        """Sets the text, whitespace folded: the screen shows flowing lines."""
        folded = tuple(
            (" ".join(lead.split()), " ".join(text.split())) for lead, text in paragraphs
        )
        folded = tuple(p for p in folded if p[0] or p[1])
        if folded != self._paragraphs:
            self._paragraphs = folded
            self._forget()

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return self._paragraphs

    def set_plain(self, text: str) -> None:
        self.set_paragraphs([("", text)])

    def set_muted(self, muted: bool) -> None:
        """Muted text stands in for something missing ("No open actions.")."""
        if muted != self._muted:
            self._muted = muted
            self.update()

    def needed_height(self, width: int, limit: int) -> int:
        """The height that shows every paragraph whole, when that is no more than
        `limit` (the tallest the box could be): longer text is only measured that far."""
        lines = max(1, math.ceil(limit / QFontMetricsF(self.font()).lineSpacing()))
        if lines != self._lines:
            self._lines = lines
            self._measured.clear()
        pitch, measured = self._measure(width)
        return math.ceil(pitch * sum(_wanted(layout, whole) for layout, whole in measured))

    def first_line_height(self) -> int:
        """One line of this text: taller than the font's own when a fallback font (for
        Chinese, say) draws some of it."""
        height = QFontMetricsF(self.font()).height()
        if self._paragraphs:
            lead, text = self._paragraphs[0]
            line = self._maker().single_line(f"{lead}{SEP}{text}"[:200], len(lead), 1 << 20)
            height = max(height, line.lineAt(0).height())
        return math.ceil(height)

    def fit(self) -> None:
        """Chooses the lines to paint for the current size: whole lines only, shared
        fairly between the paragraphs; what is left out becomes `rest`."""
        size = (self.width(), self.height())
        if size == self._fitted_for:
            return
        self._fitted_for = size
        pitch, measured = self._measure(size[0])
        wanted = [_wanted(layout, whole) for layout, whole in measured]
        drawn: list[tuple[QTextLayout, int]] = []
        rest: list[Paragraph] = []
        for paragraph, (layout, whole), lines in zip(
            self._paragraphs, measured, share(wanted, int(size[1] // pitch)), strict=True
        ):
            lines = min(lines, layout.lineCount())
            drawn += [(layout, i) for i in range(lines)]
            if not (whole and lines == layout.lineCount()):
                rest.append(_remainder(paragraph, layout, lines))
        self.rest = tuple(rest)
        self.cut = bool(rest)
        for row, (layout, index) in enumerate(drawn):
            layout.lineAt(index).setPosition(QPointF(0, row * pitch))
        self._shown = drawn
        # what the lines take up, for checking that nothing runs out of the box
        self.used = (
            max((layout.lineAt(i).naturalTextWidth() for layout, i in drawn), default=0.0),
            len(drawn) * pitch,
        )
        self.setText("\n".join(_line_text(layout, i) for layout, i in drawn))

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.fit()  # a no-op unless the text, font or size changed since the last fit
        painter = QPainter(self)
        muted = self._colours["muted"]
        plain = muted if self._muted and muted.isValid() else None
        painter.setPen(plain or self.palette().color(self.foregroundRole()))
        for layout, index in self._shown:
            layout.lineAt(index).draw(painter, QPointF(0, 0))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._forget()  # the stylesheet's font arrives on polish

    def _forget(self) -> None:
        """Drops what was measured; the next fit (at the latest, the next paint) lays
        the text out again."""
        self._measured.clear()
        self._line_maker = None
        self._fitted_for = None
        self.update()

    def _maker(self) -> LineMaker:
        if self._line_maker is None:
            self._line_maker = LineMaker(self.font(), self._colours["accent"])
        return self._line_maker

    def _measure(self, width: int) -> Measured:
        """Each paragraph laid out as far as it could show: first up to its equal
        share of the lines, then further only where the others leave room (the
        entries since the last round can run to pages). One pitch for the whole
        label, tall enough for its tallest line, so lines never overlap."""
        if width not in self._measured:
            maker = self._maker()
            first = math.ceil(self._lines / max(len(self._paragraphs), 1)) + 1
            laid = [maker.paragraph(lead, text, width, first) for lead, text in self._paragraphs]
            wants = [layout.lineCount() if whole else self._lines for layout, whole in laid]
            for i, room in enumerate(share(wants, self._lines)):
                if not laid[i][1] and room > laid[i][0].lineCount():
                    laid[i] = maker.paragraph(*self._paragraphs[i], width, room)
            pitch = QFontMetricsF(self.font()).lineSpacing()
            for layout, _ in laid:
                for i in range(layout.lineCount()):
                    pitch = max(pitch, layout.lineAt(i).height())
            self._measured[width] = (pitch, laid)
        return self._measured[width]


def _line_text(layout: QTextLayout, index: int) -> str:
    line = layout.lineAt(index)
    return layout.text()[line.textStart() : line.textStart() + line.textLength()].rstrip()


def _remainder(paragraph: Paragraph, layout: QTextLayout, lines: int) -> Paragraph:
    """What of `paragraph` its first `lines` lines leave out, under its lead marked as
    continued, so the room knows whose words go on (and an "If" is not read as a new
    condition)."""
    if not lines:
        return paragraph
    lead, text = paragraph
    last = layout.lineAt(lines - 1)
    end = last.textStart() + last.textLength()
    full = f"{lead}{SEP}{text}" if lead and text else lead or text
    if end < len(full) - len(text):  # the lead itself ran over (a very narrow box)
        return ("", full[end:].strip())
    return (_continued(lead) if lead else "", full[end:].strip())


def _continued(lead: str) -> str:
    """The lead marked as going on, once: a paragraph that runs over several pages
    keeps its lead as short as on the second page."""
    template = QCoreApplication.translate("FittedLabel", "%1 (continued)")
    before, _, after = template.partition("%1")
    if (before or after) and lead.startswith(before) and lead.endswith(after):
        if len(lead) > len(before) + len(after):
            return lead  # marked on an earlier page
    return fill_placeholders(template, lead)
