"""The shipped fonts, registered with ReportLab once per process on first use, and
per-run font fallback: no single shipped font covers every script a ward writes in.

A string is cut into runs, each drawn in the first font that has its glyphs, in the
order of rounds_app.font_files (DejaVu Sans, a Noto face per script, WenQuanYi Micro
Hei, Symbola); bold text falls back to bold faces. A character none of them has is
printed as its Unicode name, never as an empty box."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from rounds_app import font_files
from rounds_app.domain.scripts import has_cjk, is_cjk
from rounds_app.resource_files import resource_path

SANS = "RoundsSans"
SANS_BOLD = "RoundsSans-Bold"
CJK = "RoundsCJK"
SYMBOLS = "RoundsSymbols"

# (name, file stem), registered as `name` and `name-Bold`, tried in this order after
# the main face
SCRIPT_FACES = tuple((f"Rounds{script}", stem) for script, stem in font_files.SCRIPTS)
_MAIN_FILES = {SANS: font_files.MAIN, SANS_BOLD: font_files.MAIN_BOLD}

# Han, kana, Hangul, CJK punctuation and full-width forms: drawn in the CJK font even
# where DejaVu has a glyph (its CJK punctuation is sized for Latin text).
# Hebrew, Arabic, Syriac, Thaana, N'Ko and the rest of the right-to-left blocks
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff"
_RTL_CHAR = re.compile(f"[{_RTL}]")
# scripts whose letters change shape or place with their neighbours: right-to-left
# ones, the Indic scripts to Sinhala, Thai, Lao, Tibetan, Myanmar and Khmer
_COMPLEX = re.compile(
    f"[{_RTL}\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u1cd0-\u1cff\ua8e0-\ua8ff]"
)
_WORD = re.compile(r"\S+|\s+")


def register() -> None:
    """The main faces, registered with ReportLab on the first print (every style sheet
    asks; see rounds_app.reports.styles), not when this module is imported: a command
    that prints nothing, and the app until it prints, start without them. Another
    script's face is read only when a character needs it (`_face`). Idempotent: a
    second call, or a test re-registering, changes nothing."""
    if SANS in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _MAIN_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # <b> inside a paragraph maps to the bold face. Nothing prints in italics: DejaVu
    # Sans Oblique has no Arabic, so an italic name would lose its letters; <i> maps
    # to the upright faces. The CJK and symbol fonts have one face for all four. A
    # mapping names a face; the face itself is read with its regular one (`_face`).
    families = [(SANS, SANS_BOLD)] + [(name, f"{name}-Bold") for name, _ in SCRIPT_FACES]
    for bold, italic in ((1, 1), (0, 1), (0, 0), (1, 0)):
        for regular, bold_face in families:
            addMapping(regular, bold, italic, bold_face if bold else regular)
        addMapping(CJK, bold, italic, CJK)
        addMapping(SYMBOLS, bold, italic, SYMBOLS)


def _read_family(font: str) -> None:
    """Registers the face `font` belongs to: a script's regular and bold faces
    together (a <b> in a run of that script asks for the bold one), or the CJK or the
    symbol font (the largest files, 0.1 s to read)."""
    if font == CJK:
        # the .ttc holds TrueType outlines at index 0 (the Noto CJK files, PostScript
        # outlines, would not load)
        path = resource_path("fonts", font_files.CJK)
        pdfmetrics.registerFont(TTFont(CJK, str(path), subfontIndex=0))
    elif font == SYMBOLS:
        pdfmetrics.registerFont(TTFont(SYMBOLS, str(resource_path("fonts", font_files.SYMBOLS))))
    else:
        name, stem = next(face for face in SCRIPT_FACES if font in (face[0], f"{face[0]}-Bold"))
        for face, heavy in ((name, False), (f"{name}-Bold", True)):
            path = resource_path("fonts", font_files.script_file(stem, heavy))
            pdfmetrics.registerFont(TTFont(face, str(path)))


def _face(font: str) -> TTFont:
    """The registered font `font`, read on first need. Every run's font is chosen
    through `covers`, which asks here, so no font reaches a Paragraph unregistered."""
    register()
    if font not in pdfmetrics.getRegisteredFontNames():
        _read_family(font)
    return pdfmetrics.getFont(font)


@cache
def _covers(font: str) -> frozenset[str]:
    return frozenset(map(chr, _face(font).face.charToGlyph))


def covers(font: str, text: str) -> bool:
    """Whether `font` has a glyph for every character of `text`."""
    return _covers(font).issuperset(text)


@cache
def fallbacks(main: str) -> tuple[str, ...]:
    """The fonts tried, in order, for a character in text set in `main`: bold text
    falls back to the bold faces."""
    bold = main == SANS_BOLD or main.endswith("-Bold")
    faces = tuple(f"{name}-Bold" if bold else name for name, _ in SCRIPT_FACES)
    return (main, *(face for face in faces if face != main), CJK, SYMBOLS)


def has_rtl(text: str) -> bool:
    return _RTL_CHAR.search(text) is not None


def needs_shaping(text: str) -> bool:
    """Whether `text` holds letters that only read right once shaped (uharfbuzz):
    joined, reordered or stacked by their neighbours."""
    return _COMPLEX.search(text) is not None


@lru_cache(maxsize=1 << 16)
def _font_for(ch: str, main: str) -> str | None:
    """The first font of `main`'s fallbacks that has `ch` (CJK in the CJK font where
    it has it), or None when no shipped font has it."""
    if is_cjk(ch) and ch in _covers(CJK):
        return CJK
    return next((font for font in fallbacks(main) if ch in _covers(font)), None)


def _joins(ch: str, main: str) -> bool:
    """Spaces, digits and punctuation the main font has, and combining marks, belong
    to no script of their own: they join the run around them where its font has them."""
    category = unicodedata.category(ch)
    if category[0] == "M":
        return True
    return category[0] != "L" and not is_cjk(ch) and ch in _covers(main)


def readable(ch: str) -> str:
    """What prints for a character no shipped font has: its name, or its code point."""
    name = unicodedata.name(ch, "")
    return f"[{name.lower()}]" if name else f"[U+{ord(ch):04X}]"


def _invisible(ch: str) -> bool:
    """Format characters, variation selectors and tags have no glyph to miss: the
    joiner in an emoji sequence, a selector asking for the emoji style."""
    return unicodedata.category(ch) == "Cf" or "VARIATION SELECTOR" in unicodedata.name(ch, "")


def drawable(text: str, main: str = SANS) -> str:
    """`text` with every character no shipped font has spelled out (readable), and
    invisible ones no font has left out."""
    if covers(main, text):
        return text
    out = []
    for ch in text:
        if ch.isspace() or _font_for(ch, main) is not None:
            out.append(ch)
        elif not _invisible(ch):
            out.append(readable(ch))
    return "".join(out)


def font_runs(text: str, main: str = SANS, *, whole_words: bool = False) -> list[tuple[str, str]]:
    """`text` cut into (font, run) pairs, every character of a run one its font has.
    Characters no font has are spelled out first (drawable). Neutral characters join
    the run around them.

    `whole_words` keeps every space-separated word in one font where one font can draw
    all of it: harfbuzz shapes a word with one font at a time, and a word kept in one
    font keeps its look. A word whose letters are in one font but whose punctuation is
    not (a Thai name in quotation marks the Thai font lacks) is cut into runs, each
    shaped on its own (rounds_app.reports.shaping); one whose letters need two fonts
    is cut in two by a space."""
    if not has_cjk(text) and covers(main, text):
        return [(main, text)] if text else []  # most text: one run, no work per character
    text = drawable(text, main)
    if whole_words:
        faces = _script_faces(text, main)
        pieces = [run for word in _WORD.findall(text) for run in _word_runs(word, main, faces)]
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
    strong = [None if _joins(ch, main) else _font_for(ch, main) for ch in text]
    # neutrals at the start take the first strong font that follows them, if it has them
    current = next((font for font in strong if font), main)
    start = 0
    for i, ch in enumerate(text):
        font = strong[i] or (current if ch in _covers(current) else _font_for(ch, main))
        if font is None:  # whitespace no font has (a rare space): the main font's gap
            font = current
        if font != current:
            if i > start:
                yield current, text[start:i]
            current, start = font, i
    if text:
        yield current, text[start:]


def _script(ch: str) -> str:
    """The script a letter belongs to, as its Unicode name begins: ARABIC, THAI…"""
    return unicodedata.name(ch, "").split(" ", 1)[0]


def _letters(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch)[0] == "L")


def _script_faces(text: str, main: str) -> dict[str, str]:
    """For each script some letter of which `main` lacks, the face that has it: every
    word of that script is drawn in that face, so that a line of Urdu is not half
    DejaVu's Arabic and half Noto's (DejaVu lacks ہ and ے)."""
    faces: dict[str, str] = {}
    for ch in set(_letters(text)) - _covers(main):
        font = _font_for(ch, main)
        if font is not None:
            faces.setdefault(_script(ch), font)
    return faces


def _word_runs(word: str, main: str, faces: dict[str, str]) -> list[tuple[str, str]]:
    if word.isspace():
        return [(main, word)]
    letters = _letters(word)
    scripts = {_script(ch) for ch in letters}
    chosen = {faces.get(script) for script in scripts}
    if len(chosen) == 1 and None not in chosen:
        face = faces[scripts.pop()]
        if covers(face, letters):
            return _around(word, face, main)
    strong = {f for ch in word if not _joins(ch, main) and (f := _font_for(ch, main))}
    order = fallbacks(main)
    for font in sorted(strong, key=order.index) or [main]:
        if covers(font, word):
            return [(font, word)]
    for font in sorted(strong, key=order.index):
        if covers(font, letters):
            return _around(word, font, main)
    # letters of two fonts glued together (Gurmukhi to Cyrillic): cut into words by a
    # space, as ReportLab cannot split a word of several shaped fonts across pages
    runs = list(_char_runs(word, main))
    return [(font, run if i == 0 else " " + run) for i, (font, run) in enumerate(runs)]


def _around(word: str, font: str, main: str) -> list[tuple[str, str]]:
    """`word` in `font`, but for the characters it lacks (a quotation mark around a
    Thai word), each in a run of its own: they do not join the letters anyway."""
    runs: list[tuple[str, str]] = []
    for ch in word:
        own = font if ch in _covers(font) else _font_for(ch, main) or main
        if runs and runs[-1][0] == own:
            runs[-1] = (own, runs[-1][1] + ch)
        else:
            runs.append((own, ch))
    return runs
