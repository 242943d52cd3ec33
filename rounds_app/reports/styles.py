"""The named paragraph styles of the printed sheets: one sheet for the team's papers
(dense, a glance per line), one for the patient's copy (large type, room to breathe)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, StyleSheet1

from rounds_app.reports import fonts
from rounds_app.reports.fonts import SANS, SANS_BOLD

INK = colors.HexColor("#111111")
MUTED = colors.HexColor("#4a4a4a")
RULE = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#e4e4e4")
BAND_FILL = colors.HexColor("#f4f4f4")
# a warning that survives a black-and-white printer: dark, and said in words too
WARN = colors.HexColor("#8a1c1c")
ALERT_FILL = colors.HexColor("#f6cfcf")
SEVERITY_FILL = {
    "unstable": colors.HexColor("#f6cfcf"),
    "watcher": colors.HexColor("#fbe8b5"),
    "stable": None,
    # grey hatch-like fill: not yet assessed is a state to notice, not a calm white
    "not_assessed": colors.HexColor("#e4e4e4"),
}
# the patient's copy: a body of at least 14 pt, which people with low vision and
# older readers can read without glasses they may have left at home
PATIENT_BODY_SIZE = 14
# big print, for low vision: the whole copy scaled up to an 18 pt body
BIG_PRINT_BODY_SIZE = 18


def _sheet(*styles: ParagraphStyle) -> StyleSheet1:
    fonts.register()  # every print starts with a style sheet: its fonts are read now
    sheet = StyleSheet1()
    for style in styles:
        sheet.add(style)
    return sheet


def team_styles(cell_size: float = 7.5, note_size: float = 6.8) -> StyleSheet1:
    """The team's papers; `cell_size` and `note_size` set the type in table cells
    (the handoff, read under a night light at arm's length, sets both to 8 pt)."""
    body = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=11.5, textColor=INK)
    cell = ParagraphStyle("cell", parent=body, fontSize=cell_size, leading=cell_size * 1.23)
    note = {"fontSize": note_size, "leading": note_size * 1.2}
    return _sheet(
        body,
        cell,
        ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=14, leading=17),
        ParagraphStyle("meta", parent=body, fontSize=8, leading=10, textColor=MUTED),
        ParagraphStyle(
            "heading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        ),
        ParagraphStyle(
            "subheading",
            parent=body,
            fontName=SANS_BOLD,
            spaceBefore=5,
            spaceAfter=1,
            keepWithNext=1,
        ),
        ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED),
        ParagraphStyle("label", parent=body, fontName=SANS_BOLD, fontSize=8, leading=10),
        ParagraphStyle("cell_bold", parent=cell, fontName=SANS_BOLD),
        ParagraphStyle("cell_head", parent=cell, fontName=SANS_BOLD, leading=cell_size * 1.2),
        ParagraphStyle("cell_note", parent=cell, textColor=MUTED, **note),
        ParagraphStyle("stale", parent=cell, textColor=WARN, **note),
        ParagraphStyle("flag", parent=cell, fontName=SANS_BOLD, textColor=WARN, spaceBefore=1.5),
        # what must not be missed (do not attempt CPR, comfort care): bold on a fill,
        # in words, so that it stands out on a black-and-white printer too
        ParagraphStyle(
            "alert",
            parent=cell,
            fontName=SANS_BOLD,
            textColor=WARN,
            backColor=ALERT_FILL,
            borderPadding=(1, 1, 1.5, 1),
            spaceAfter=2,
        ),
        ParagraphStyle("footer", parent=body, fontSize=7, leading=8.5, textColor=MUTED),
    )


def patient_styles(body_size: float = PATIENT_BODY_SIZE) -> StyleSheet1:
    """The patient's copy with a body of `body_size` points; every other size and
    space in proportion (BIG_PRINT_BODY_SIZE for big print)."""
    k = body_size / PATIENT_BODY_SIZE
    body = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=body_size,
        leading=body_size * 1.45,
        textColor=INK,
        spaceAfter=6 * k,
    )
    return _sheet(
        body,
        ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=24 * k, leading=30 * k),
        ParagraphStyle("meta", parent=body, textColor=MUTED, spaceAfter=2 * k),
        ParagraphStyle(
            "heading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=19 * k,
            leading=25 * k,
            spaceBefore=20 * k,
            spaceAfter=8 * k,
            keepWithNext=1,
        ),
        ParagraphStyle(
            "subheading",
            parent=body,
            fontName=SANS_BOLD,
            spaceBefore=8 * k,
            spaceAfter=2 * k,
            keepWithNext=1,
        ),
        ParagraphStyle(
            "item",
            parent=body,
            leftIndent=22 * k,
            bulletIndent=4 * k,
            bulletFontName=SANS_BOLD,
            bulletFontSize=body_size,
            spaceAfter=8 * k,
        ),
        ParagraphStyle("detail", parent=body, leftIndent=22 * k, rightIndent=10 * k),
        ParagraphStyle(
            "quote", parent=body, leftIndent=22 * k, rightIndent=10 * k, spaceAfter=10 * k
        ),
        ParagraphStyle("note", parent=body, fontSize=12 * k, leading=16 * k, textColor=MUTED),
        ParagraphStyle("stale", parent=body, fontSize=12 * k, leading=16 * k, textColor=WARN),
        ParagraphStyle("footer", parent=body, fontSize=10 * k, leading=12 * k, textColor=MUTED),
    )
