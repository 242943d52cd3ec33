"""The shipped fonts, registered with ReportLab once per process, and per-run font
fallback: no single shipped font covers every script a ward writes in.

DejaVu Sans covers Latin, Greek, Cyrillic, Arabic and Hebrew; WenQuanYi Micro Hei
covers Chinese, Japanese and Korean (and Latin, Greek and Cyrillic, but not Arabic
or Hebrew). A string is cut into runs, each drawn in the font that has its glyphs."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from rounds_app.resource_files import resource_path

SANS = "RoundsSans"
SANS_BOLD = "RoundsSans-Bold"
CJK = "RoundsCJK"

_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf"}

# Han, kana, Hangul, CJK punctuation and full-width forms: drawn in the CJK font even
# where DejaVu has a glyph (its CJK punctuation is sized for Latin text).
_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
    "\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
    "\U00020000-\U0003ffff]"
)
# Hebrew, Arabic, Syriac, Thaana, N'Ko and the rest of the right-to-left blocks
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_WORD = re.compile(r"\S+|\s+")


def _register() -> None:
    """Idempotent: a second import, or a test re-registering, changes nothing."""
    if CJK in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # the .ttc holds TrueType outlines at index 0 (the Noto CJK files, PostScript
    # outlines, would not load)
    pdfmetrics.registerFont(
        TTFont(CJK, str(resource_path("fonts", "wqy-microhei.ttc")), subfontIndex=0)
    )
    # <b> inside a paragraph maps to the bold face. Nothing prints in italics: DejaVu
    # Sans Oblique has no Arabic, so an italic name would lose its letters; <i> maps
    # to the upright faces. The CJK font has one face for all four.
    for bold, italic in ((1, 1), (0, 1), (0, 0), (1, 0)):
        addMapping(SANS, bold, italic, SANS_BOLD if bold else SANS)
        addMapping(CJK, bold, italic, CJK)


_register()


@cache
def _covers(font: str) -> frozenset[str]:
    return frozenset(map(chr, pdfmetrics.getFont(font).face.charToGlyph))


def is_cjk(ch: str) -> bool:
    return _CJK.match(ch) is not None


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def _strong_font(ch: str, main: str) -> str | None:
    """The font a character must be drawn in, or None for one both fonts have and that
    belongs to no script (spaces, digits, punctuation): it joins the run around it."""
    in_main, in_cjk = ch in _covers(main), ch in _covers(CJK)
    if is_cjk(ch):
        return CJK if in_cjk else main
    if in_main and in_cjk and unicodedata.category(ch)[0] not in "LM":
        return None
    # a glyph neither font has falls to the main font, which draws its "missing" box
    return main if in_main or not in_cjk else CJK


def font_runs(text: str, main: str = SANS, *, whole_words: bool = False) -> list[tuple[str, str]]:
    """`text` cut into (font, run) pairs. Neutral characters join the run around them.

    `whole_words` keeps every space-separated word in one font where one font can draw
    all of it: shaped text (Arabic, Hebrew) is shaped a word at a time with a single
    font, so a word drawn in two fonts would lose the glyphs of the second. A word that
    truly needs both (a CJK character glued to an Arabic one) is split by a space."""
    if not has_cjk(text) and _covers(main).issuperset(text):
        return [(main, text)] if text else []  # most text: one run, no work per character
    if whole_words:
        pieces = [run for word in _WORD.findall(text) for run in _word_runs(word, main)]
    else:
        pieces = list(_char_runs(text, main))
    merged: list[tuple[str, str]] = []
    for font, run in pieces:
        if merged and merged[-1][0] == font:
            merged[-1] = (font, merged[-1][1] + run)
        else:
            merged.append((font, run))
    return merged


def _char_runs(text: str, main: str) -> Iterator[tuple[str, str]]:
    strong = [_strong_font(ch, main) for ch in text]
    # a neutral at the start takes the first strong font that follows it
    current = next((font for font in strong if font), main)
    start = 0
    for i, font in enumerate(strong):
        if font and font != current:
            if i > start:
                yield current, text[start:i]
            current, start = font, i
    if text:
        yield current, text[start:]


def _word_runs(word: str, main: str) -> list[tuple[str, str]]:
    if word.isspace():
        return [(main, word)]
    fonts = {font for font in (_strong_font(ch, main) for ch in word) if font}
    for font in sorted(fonts) or [main]:
        if _covers(font).issuperset(word):
            return [(font, word)]
    runs = list(_char_runs(word, main))
    return [(font, run if i == 0 else " " + run) for i, (font, run) in enumerate(runs)]
