"""The shipped font files (resources/fonts) in the order a character looks for a
glyph in them, for paper (rounds_app.reports.fonts) and screen (ui.shell.style) alike, so
both draw a script in the same face.

DejaVu Sans first (Latin, Greek, Cyrillic, Arabic, Hebrew), then one Noto face per
script it lacks, WenQuanYi Micro Hei for Chinese, Japanese and Korean (TrueType
outlines, which ReportLab can read; Noto CJK's are PostScript), and Symbola last for
emoji and symbols in black and white."""

from __future__ import annotations

MAIN = "DejaVuSans.ttf"
MAIN_BOLD = "DejaVuSans-Bold.ttf"
# (script, file stem): each has a -Regular.ttf and a -Bold.ttf file
SCRIPTS = (
    ("Arabic", "NotoNaskhArabic"),  # the Urdu letters DejaVu Sans lacks
    ("Hebrew", "NotoSansHebrew"),
    ("Devanagari", "NotoSansDevanagari"),
    ("Bengali", "NotoSansBengali"),
    ("Gurmukhi", "NotoSansGurmukhi"),
    ("Gujarati", "NotoSansGujarati"),
    ("Tamil", "NotoSansTamil"),
    ("Thai", "NotoSansThai"),
    ("Ethiopic", "NotoSansEthiopic"),
)
CJK = "wqy-microhei.ttc"
SYMBOLS = "Symbola.ttf"


def script_file(stem: str, bold: bool = False) -> str:
    return f"{stem}-{'Bold' if bold else 'Regular'}.ttf"


def fallback_order() -> tuple[str, ...]:
    """The regular faces, in the order they are tried."""
    return (MAIN, *(script_file(stem) for _, stem in SCRIPTS), CJK, SYMBOLS)
