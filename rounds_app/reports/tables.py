"""The ruled tables of the team's sheets: a head row on grey, thin rules between rows,
every cell a paragraph (so user text in it is escaped and in the right fonts).

A row moves to the next page whole; only a row taller than what is left of the page
when it comes first is split inside, line by line, so no text is ever cut or lost
(ReportLab raises LayoutError for a row taller than a page unless rows may split).
Cells made with `repeated` (bed and name) are shown again at the top of the
continuation, so a reader on the next page knows whose row it is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from rounds_app.reports.styles import BAND_FILL, HEADER_FILL, RULE
from rounds_app.reports.text import Markup, paragraph


def repeated(flowables: Sequence[Flowable], continued: Sequence[Flowable]) -> list[Flowable]:
    """A cell of `flowables` that shows `continued` (the bed, the name and
    "(continued)") again where its row goes on on the next page. The mark rides on
    the cell's first flowable: ReportLab copies a cell's list into its own type."""
    cell, again = list(flowables), list(continued)
    for head in (cell[0], again[0]):
        head.continued = again
    return cell


class ContinuedTable(Table):
    """A table whose rows move to the next page whole, and whose row taller than the
    page splits inside, with its `repeated` cells shown again.

    With `start_within` (points), a row that does not fit starts on this page anyway,
    and continues on the next, when moving it whole would leave more than that
    height of the page empty: a sheet of tall rows then fills its pages instead of
    leaving half of each blank."""

    def __init__(self, data: Any, *, start_within: float | None = None, **options: Any):
        options.setdefault("splitByRow", 1)
        # ReportLab tries between rows first and splits inside a row only when no
        # whole row fits: then the row comes first on the page and is too tall for it
        options.setdefault("splitInRow", 1)
        super().__init__(data, **options)
        self.start_within = start_within

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        if self.start_within is None:
            return super().split(availWidth, availHeight)
        self._calc(availWidth, availHeight)
        parts = self._splitRows(availHeight)  # between rows
        if parts == [self]:
            return parts
        fitting = len(parts[0]._cellvalues) if parts else self.repeatRows
        if availHeight - sum(self._rowHeights[:fitting]) > self.start_within:
            # ReportLab's own split inside the row that does not fit, which shows the
            # `repeated` cells again on the next page
            parts = self._splitRows(availHeight, doInRowSplit=1) or parts
        # else the row moves to the next page whole (and there, a row taller than the
        # page splits, as there is more room than `start_within` on a fresh page)
        for part in parts:  # ReportLab makes the halves without our options
            part.start_within = self.start_within
        return parts

    def _splitCell(  # noqa: N802 (ReportLab's name)
        self,
        value: Any,
        style: Any,
        oldHeight: float,
        newHeight: float,
        width: float,  # noqa: N803
    ) -> Any:
        parts = super()._splitCell(value, style, oldHeight, newHeight, width)
        continued = getattr(value[0], "continued", None) if value else None
        if not parts or continued is None:
            return parts
        top, rest = parts
        # the continuation names whose row it is; a cell itself taller than the page
        # (a name of many lines) goes on under that
        return top, (*continued, *rest)


def grid(header: bool) -> TableStyle:
    """With `header`, the first row is the column heads; without, the first and third
    columns are labels (a two-pairs-a-row identity block)."""
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    else:
        commands += [
            ("BACKGROUND", (0, 0), (0, -1), BAND_FILL),
            ("BACKGROUND", (2, 0), (2, -1), BAND_FILL),
        ]
    return TableStyle(commands)


def ruled_table(
    styles: StyleSheet1,
    width: float,
    heads: Sequence[str],
    rows: Sequence[Sequence[str]],
    shares: Sequence[float],
) -> Flowable:
    """A table of `rows` under `heads` (code-written labels), columns sharing `width`
    as `shares` say; "None." when there are no rows. Cell values are user text."""
    if not rows:
        return paragraph(styles["small"], Markup("None."))
    data: list[list[Paragraph]] = [[paragraph(styles["cell_head"], Markup(h)) for h in heads]]
    data += [[paragraph(styles["cell"], value) for value in row] for row in rows]
    return ContinuedTable(
        data, colWidths=[share * width for share in shares], repeatRows=1, style=grid(header=True)
    )
