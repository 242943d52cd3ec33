"""The ruled tables of the team's sheets: a head row on grey, thin rules between rows,
every cell a paragraph (so user text in it is escaped and in the right fonts)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from rounds_app.reports.styles import BAND_FILL, HEADER_FILL, RULE
from rounds_app.reports.text import Markup, paragraph


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
    return Table(
        data, colWidths=[share * width for share in shares], repeatRows=1, style=grid(header=True)
    )
