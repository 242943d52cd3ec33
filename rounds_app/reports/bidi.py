"""Right-to-left words in the right order on each printed line.

ReportLab 5 with uharfbuzz (`ParagraphStyle(shaping=1)`) shapes each word on its own:
an Arabic word comes out joined and its letters run right to left. Ordering the
*words* of a right-to-left phrase is the job of ReportLab's optional `rlbidi`
package, which is not on PyPI; without it the words of «أريد أن أعود» would stand
left to right. So Rounds reorders them itself (paragraphs.BidiParagraph), line by
line after the lines are broken (the Unicode bidirectional algorithm reorders lines,
not paragraphs), and only while drawing, so wrapping and splitting still see the
text in logical order.

Word-level reordering is enough here: harfbuzz already lays out each word, with the
punctuation glued to it (mirrored brackets and guillemets), in its own direction."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_PIECE = re.compile(r"\S+|\s+")
_LEFT, _RIGHT, _NEUTRAL = "L", "R", "N"


def direction(text: str) -> str:
    """L, R or N (no strong character) by the first strong character, as the
    bidirectional algorithm finds a paragraph's direction."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return _LEFT
        if kind in ("R", "AL"):
            return _RIGHT
    return _NEUTRAL


def visual_line(line: Any, base: str) -> Any:
    """A broken line of a shaped paragraph with its words in drawing order."""
    # the line as alternating words and gaps, each a list of (fragment, text): a word
    # may span fragments (two fonts), and the shaped text keeps its glyph data when
    # sliced
    items: list[tuple[bool, list[tuple[Any, str]]]] = []
    breaks = []
    for frag in line.words:
        if hasattr(frag, "cbDefn"):
            return line  # an inline object; Rounds prints none, so leave it be
        if not frag.text:
            breaks.append(frag)  # the <br/> that ends the line stays at its end
            continue
        for match in _PIECE.finditer(str(frag.text)):
            is_gap = match.group().isspace()
            piece = (frag, frag.text[match.start() : match.end()])
            if items and items[-1][0] == is_gap:
                items[-1][1].append(piece)
            else:
                items.append((is_gap, [piece]))
    leading = items.pop(0)[1] if items and items[0][0] else []
    words = [pieces for is_gap, pieces in items if not is_gap]
    gaps = [pieces for is_gap, pieces in items if is_gap]
    order = _visual_order([direction("".join(t for _, t in word)) for word in words], base)
    if order == list(range(len(words))):
        return line
    drawn = list(leading)
    for position, index in enumerate(order):
        drawn += words[index]
        if position < len(gaps):
            drawn += gaps[position]
    return line.clone(words=[frag.clone(text=text) for frag, text in drawn] + breaks)


def _visual_order(kinds: list[str], base: str) -> list[int]:
    """Indices of the words in drawing order. A run of right-to-left words (and the
    neutral words between them) is reversed; in a right-to-left paragraph the whole
    line is, except runs of left-to-right words, which keep their order."""
    opposite = _RIGHT if base != _RIGHT else _LEFT
    runs: list[list[int]] = []
    i = 0
    while i < len(kinds):
        if kinds[i] != opposite:
            runs.append([i])
            i += 1
            continue
        end = i
        for j in range(i + 1, len(kinds)):
            if kinds[j] == opposite:
                end = j
            elif kinds[j] != _NEUTRAL:
                break
        runs.append(list(range(end, i - 1, -1)) if opposite == _RIGHT else list(range(i, end + 1)))
        i = end + 1
    if base == _RIGHT:
        runs.reverse()
    return [index for run in runs for index in run]
