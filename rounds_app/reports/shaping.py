"""Shaped words that are drawn right and read back as typed.

ReportLab 5 shapes each word of a shaped paragraph with uharfbuzz, but with the font
of the word's first fragment only: a word in two fonts (a Thai name inside quotation
marks the Thai font lacks) would be drawn with glyph numbers of the wrong font. Here
each same-font stretch of a word is shaped on its own.

A shaped glyph often stands for no single character (a Devanagari conjunct, a Tamil
ligature) or stands before the letter it follows (the Bengali vowel sign i), so the
PDF's glyph-to-character table alone would read back private-use characters in the
wrong order. Each glyph is therefore given the characters it stands for, and such a
run is marked with them (PDF /ActualText), which is what text extraction, search and
screen readers use."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, makeShapedFragWord, shapeFragWord
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph as _paragraph


def _text(pieces: list[Any]) -> str:
    return "".join(str(text) for frag, text in pieces if not hasattr(frag, "cbDefn"))


def _font(piece: Any) -> str | None:
    return None if hasattr(piece[0], "cbDefn") else piece[0].fontName


def shape_word(word: list[Any]) -> list[Any]:
    """ReportLab's shapeFragWord, one font at a time, each glyph knowing its text."""
    pieces = word[1:]
    if any(isinstance(text, ShapedStr) for _, text in pieces):
        # cut from lines shaped already (the rest of a split paragraph): its text is
        # glyphs, which shaping again would read as letters
        return makeShapedFragWord(word)(word)
    fonts = {_font(piece) for piece in pieces} - {None}
    if len(fonts) <= 1 or any(hasattr(frag, "cbDefn") for frag, _ in pieces):
        return _with_glyph_texts(shapeFragWord(word), _text(pieces))
    words = [
        [sum(pdfmetrics.stringWidth(text, f.fontName, f.fontSize) for f, text in group), *group]
        for group in (list(group) for _, group in groupby(pieces, key=_font))
    ]
    parts = [_with_glyph_texts(shapeFragWord(part), _text(part[1:])) for part in words]
    if all(part is unshaped for part, unshaped in zip(parts, words, strict=True)):
        return word  # harfbuzz changed nothing
    shaped = makeShapedFragWord(word)([sum(part[0] for part in parts)])
    for part in parts:
        shaped.extend(part[1:])
    return shaped


def _with_glyph_texts(word: list[Any], text: str) -> list[Any]:
    """Gives the first glyph of each cluster the characters of that cluster, and the
    others none. Left-to-right words only: a right-to-left word's glyphs run against
    its text and read back (as presentation forms) without help."""
    glyphs = [
        data for _, run in word[1:] if isinstance(run, ShapedStr) for data in run.__shapeData__
    ]
    clusters = [data.cluster for data in glyphs]
    if not glyphs or clusters != sorted(clusters):
        return word
    ends = sorted(set(clusters))[1:] + [len(text)]
    end_of = dict(zip(sorted(set(clusters)), ends, strict=True))
    previous = None
    for data in glyphs:
        data.text = text[data.cluster : end_of[data.cluster]] if data.cluster != previous else ""
        previous = data.cluster
    return word


def actual_text(run: Any) -> str | None:
    """The characters a run stands for, where reading its glyphs back could go wrong:
    a shaped left-to-right run (its glyphs may stand for clusters, out of order, or
    be placed so a reader sees a gap inside a word), or a run with characters beyond
    U+FFFF (emoji), which ReportLab's glyph-to-character table writes as four hex
    digits and so gets wrong."""
    drawn = str(run)
    if isinstance(run, ShapedStr) and any(hasattr(data, "text") for data in run.__shapeData__):
        return "".join(
            getattr(data, "text", ch) for data, ch in zip(run.__shapeData__, drawn, strict=False)
        )
    return drawn if any(ord(ch) > 0xFFFF for ch in drawn) else None


class ActualTextObject(PDFTextObject):
    """A text object that marks runs with the text they stand for (actual_text)."""

    def _formatText(self, text: Any) -> str:  # noqa: N802 (ReportLab's name)
        drawn = super()._formatText(text)
        typed = actual_text(text)
        if typed is None:
            return drawn
        utf16 = ("\ufeff" + typed).encode("utf-16-be").hex().upper()
        return f"/Span <</ActualText <{utf16}>>> BDC {drawn} EMC"

    def setRise(self, rise: float) -> None:  # noqa: N802 (ReportLab's name)
        # ReportLab reads the last operator to fold two rises into one; a text object
        # whose first glyph harfbuzz raises (an Arabic mark over a letter at the start
        # of a line) has none yet, so there is an empty one to read
        if not self._code:
            self._code.append("")
        super().setRise(rise)


# ReportLab's line breaking calls shapeFragWord by its module-level name
_paragraph.shapeFragWord = shape_word
