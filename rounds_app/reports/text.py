"""User text on paper: escaped, in the right fonts, in the right direction.

A ReportLab Paragraph parses its text as markup: `a<b` raises, `AT&T &copy;` is
mangled and `<img src="/etc/x.png"/>` embeds that file in the PDF. So everything a
person typed is escaped here, and only strings the code wrote itself, marked
`Markup`, pass as markup."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape, unescape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from rounds_app.domain.bidi import CONTROLS, direction, isolate
from rounds_app.domain.scripts import has_cjk
from rounds_app.reports import fonts
from rounds_app.reports.bidi import word_levels
from rounds_app.reports.paragraphs import BidiParagraph, Para

_OPENING_QUOTES = tuple("\"'“‘«„「『")
# control characters have no glyph (a carriage return included: "\r\n" is a line
# break, kept as "\n"); tabs are handled below
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
# two or more blank lines: printed as one, so that a field of nothing but line breaks
# costs a line, not fifty pages
_BLANK_LINES = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*)+\n")
_TAG = re.compile(r"<[^>]*>")
_TAG_OR_TEXT = re.compile(r"<[^>]*>|[^<]+")
_BREAK_TAG = re.compile(r"<br\s*/?>")
_BULLET = re.compile(r"<bullet>(.*?)</bullet>", re.S)  # drawn apart from the lines
# bidi controls steer the order (see rounds_app.domain.bidi) but have no glyph
_BIDI_CONTROLS = re.compile("[" + "".join(sorted(CONTROLS)) + "]")
# no glyph: a strong right-to-left or left-to-right character
RLM, LRM = "\u200f", "\u200e"


class Markup(str):
    """Markup the code wrote (labels, <b>, <br/>): passed to the Paragraph as is."""


def clean(text: str) -> str:
    """Composed characters (a decomposed é would lose its accent unshaped), no
    control characters, tabs as spaces."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text)).replace("\t", " ")


def markup(text: str, font: str = fonts.SANS, *, whole_words: bool = False) -> Markup:
    """`text` as safe markup: escaped, each run in a font that has its glyphs, line
    breaks kept."""
    runs = []
    text = _BIDI_CONTROLS.sub("", _BLANK_LINES.sub("\n\n", clean(text)))
    for run_font, run in fonts.font_runs(text, font, whole_words=whole_words):
        escaped = escape(run).replace("\n", "<br/>")
        runs.append(escaped if run_font == font else f'<font name="{run_font}">{escaped}</font>')
    return Markup("".join(runs))


def paragraph(style: ParagraphStyle, *parts: str, base: int | None = None) -> Paragraph:
    """A Paragraph of `parts`: plain strings are user text and are escaped; Markup
    passes as is, its words drawn in fonts that have their glyphs (a translated
    sentence is Markup too). Text in a script that needs shaping (Arabic, Hebrew,
    Devanagari, Thai…), or with bidi controls, is shaped (uharfbuzz,
    rounds_app.reports.shaping) and drawn in the order of the bidirectional algorithm,
    each user string beside other text isolated (rounds_app.domain.bidi); text with
    CJK may break between any two characters.

    `base` sets the paragraph's direction whatever its first letter, every user
    string in it isolated: 1 right to left (a page in Arabic or Urdu), 0 left to
    right (the line that matches the wristband); None, by its first letter."""
    shown = "".join(_logical(part, composed=False) for part in parts)
    if base != 1 and not fonts.needs_shaping(shown) and not CONTROLS.intersection(shown):
        text = "".join(_fonted(part, style.fontName) for part in parts)
        return Para(text, _variant(style, "cjk") if has_cjk(shown) else style)
    text = "".join(_fonted(part, style.fontName, whole_words=True) for part in parts)
    composed = len(parts) > 1 or base is not None
    logical = "".join(_logical(part, composed=composed) for part in parts)
    if base is not None:
        # the first strong character sets the direction (rule P2)
        logical = (RLM if base else LRM) + logical
    base = direction(logical)
    if base and _BULLET.search(text):
        # ReportLab draws a bullet left of the text: a right-to-left paragraph starts
        # with it instead, which puts it at its right-hand edge
        text, logical = _BULLET.sub(_inline_bullet, text), _bullet_first(parts) + logical
    return BidiParagraph(
        text, _variant(style, "rtl" if base else "shaped"), words=word_levels(logical), base=base
    )


def _inline_bullet(found: re.Match[str]) -> str:
    return found.group(1) + " "


def _bullet_first(parts: tuple[str, ...]) -> str:
    bullets = (_BULLET.search(part) for part in parts if isinstance(part, Markup))
    found = next((bullet for bullet in bullets if bullet), None)
    return found.group(1) + " " if found else ""


def _fonted(part: str, font: str, *, whole_words: bool = False) -> str:
    """User text escaped and in fonts that have its glyphs; Markup with the words
    between its tags in such fonts."""
    if not isinstance(part, Markup):
        return markup(part, font, whole_words=whole_words)
    pieces = _TAG_OR_TEXT.findall(part)
    return Markup(
        "".join(
            piece if piece.startswith("<") else _font_tags(piece, font, whole_words)
            for piece in pieces
        )
    )


def _font_tags(escaped: str, font: str, whole_words: bool) -> str:
    runs = fonts.font_runs(escaped, font, whole_words=whole_words)
    return "".join(
        run if run_font == font else f'<font name="{run_font}">{run}</font>'
        for run_font, run in runs
    )


def _logical(part: str, composed: bool) -> str:
    """A part as the bidirectional algorithm reads it: user text as typed (isolated
    when other text is beside it), code-written markup as the words it shows."""
    if isinstance(part, Markup):
        return unescape(_TAG.sub("", _BREAK_TAG.sub("\n", _BULLET.sub("", part))))
    text = _BLANK_LINES.sub("\n\n", clean(part))
    return isolate(text) if composed else text


@lru_cache(maxsize=256)
def _variant(style: ParagraphStyle, kind: str) -> ParagraphStyle:
    """The style for shaped text, for right-to-left paragraphs (right-aligned where
    the style is left-aligned) or for CJK line breaking. Cached, so a thousand rows
    share a few styles; bounded, as every print makes its own style sheet."""
    if kind == "cjk":
        return ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    if kind == "rtl" and style.alignment == TA_LEFT:
        # right-aligned, and indented from the right where the style indents the left
        return ParagraphStyle(
            f"{style.name}-{kind}",
            parent=style,
            shaping=1,
            alignment=TA_RIGHT,
            leftIndent=style.rightIndent,
            rightIndent=style.leftIndent,
        )
    return ParagraphStyle(f"{style.name}-{kind}", parent=style, shaping=1)


def one_line(text: str) -> str:
    """`text` with its line breaks and runs of spaces as single spaces, whole: for
    the lines that head and foot a page, which must stay a line or two high."""
    return _SPACES.sub(" ", clean(text)).strip()


def quote(text: str) -> str:
    """Someone's own words in quotation marks, unless they come quoted already."""
    return text if text.lstrip().startswith(_OPENING_QUOTES) else f"“{text}”"
