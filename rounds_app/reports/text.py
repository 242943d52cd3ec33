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
_BREAK_TAG = re.compile(r"<br\s*/?>")
_BULLET = re.compile(r"<bullet>.*?</bullet>", re.S)  # drawn apart from the lines
# bidi controls steer the order (see rounds_app.domain.bidi) but have no glyph
_BIDI_CONTROLS = re.compile("[" + "".join(sorted(CONTROLS)) + "]")


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


def paragraph(style: ParagraphStyle, *parts: str) -> Paragraph:
    """A Paragraph of `parts`: plain strings are user text and are escaped; Markup
    passes as is. Text in a script that needs shaping (Arabic, Hebrew, Devanagari,
    Thai…), or with bidi controls, is shaped (uharfbuzz, rounds_app.reports.shaping)
    and drawn in the order of the bidirectional algorithm, each user
    string beside other text isolated (rounds_app.domain.bidi); text with CJK may
    break between any two characters."""
    plain = "".join(part for part in parts if not isinstance(part, Markup))
    if not fonts.needs_shaping(plain) and not CONTROLS.intersection(plain):
        text = "".join(
            part if isinstance(part, Markup) else markup(part, style.fontName) for part in parts
        )
        return Para(text, _variant(style, "cjk") if fonts.has_cjk(plain) else style)
    text = "".join(
        part if isinstance(part, Markup) else markup(part, style.fontName, whole_words=True)
        for part in parts
    )
    logical = "".join(_logical(part, composed=len(parts) > 1) for part in parts)
    base = direction(logical)
    return BidiParagraph(
        text, _variant(style, "rtl" if base else "shaped"), words=word_levels(logical), base=base
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
    align = TA_RIGHT if kind == "rtl" and style.alignment == TA_LEFT else style.alignment
    return ParagraphStyle(f"{style.name}-{kind}", parent=style, shaping=1, alignment=align)


def one_line(text: str) -> str:
    """`text` with its line breaks and runs of spaces as single spaces, whole: for
    the lines that head and foot a page, which must stay a line or two high."""
    return _SPACES.sub(" ", clean(text)).strip()


def quote(text: str) -> str:
    """Someone's own words in quotation marks, unless they come quoted already."""
    return text if text.lstrip().startswith(_OPENING_QUOTES) else f"“{text}”"
