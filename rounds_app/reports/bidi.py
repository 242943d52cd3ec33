"""Right-to-left text in the right order on each printed line, as the screen shows it.

ReportLab 5 with uharfbuzz (`ParagraphStyle(shaping=1)`) shapes each word on its own:
an Arabic word comes out joined, its letters running right to left. Ordering the
words and runs of a line is the job of ReportLab's optional `rlbidi` package, which
is not on PyPI. So Rounds orders them itself (paragraphs.BidiParagraph) by the
Unicode bidirectional algorithm — the levels come from rounds_app.domain.bidi, the
same algorithm Qt applies on screen — line by line after the lines are broken
(rule L2 reorders lines, not paragraphs), and only while drawing, so wrapping and
splitting still see the text in logical order.

The levels are computed on the paragraph's logical text, bidi controls and isolates
included, and handed out word by word as the drawn lines use them up. A shaped
(right-to-left) word is laid out by harfbuzz, its glyphs in its own direction; any
other word is cut into runs of one level, so a number keeps its digits in order and
a name under a right-to-left override reads backwards, on paper as on screen."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from bidi.mirror import MIRRORED

from rounds_app.domain.bidi import CONTROLS, levels

_PIECE = re.compile(r"\S+|\s+")
_UNSHAPED = 2147483647  # ReportLab's cluster for a glyph harfbuzz did not place
Words = tuple[tuple[int, ...], ...]


def _width(ch: str) -> int:
    """How many characters `ch` counts for when matching drawn glyphs to typed
    text: shaped Arabic comes back as presentation forms (lam-alef is one glyph for
    two letters), which compatibility normalisation maps to the letters typed."""
    return len(unicodedata.normalize("NFKC", ch)) or 1


def word_levels(logical: str) -> Words:
    """The level of each character of each word of `logical`, as drawing meets
    them (controls have no glyph, so no level is kept for them)."""
    words: list[tuple[int, ...]] = []
    current: list[int] = []
    for ch, level in zip(logical, levels(logical), strict=True):
        if ch in CONTROLS:
            continue
        if ch.isspace():
            if current:
                words.append(tuple(current))
                current = []
            continue
        current += [level] * _width(ch)
    if current:
        words.append(tuple(current))
    return tuple(words)


class Cursor:
    """Walks a paragraph's words as its lines are drawn. A word cut across two lines
    (longer than a line) is used up in pieces."""

    def __init__(self, words: Words, base: int, start: tuple[int, int] = (0, 0)):
        self.words, self.base = words, base
        self.word, self.offset = start

    @property
    def position(self) -> tuple[int, int]:
        return self.word, self.offset

    def take(self, count: int, ends_word: bool) -> tuple[int, ...]:
        word = self.words[self.word] if self.word < len(self.words) else ()
        got = word[self.offset : self.offset + count]
        if ends_word or self.offset + count >= len(word):
            self.word, self.offset = self.word + 1, 0
        else:
            self.offset += count
        # fewer glyphs than letters were matched: the word's last level stands in
        return got + (got[-1:] or (self.base,)) * (count - len(got))


def _shaped(text: Any) -> bool:
    return hasattr(text, "__shapeData__")


def _runs(pieces: list[tuple[Any, str]], cursor: Cursor, ends_word: bool) -> list[list[Any]]:
    """A drawn word as [frag, text, level] runs: a shaped piece whole (at its lowest
    level), any other cut where the level changes."""
    count = sum(_width(ch) for _, text in pieces for ch in str(text))
    got = cursor.take(count, ends_word)
    runs: list[list[Any]] = []
    at = 0
    for frag, text in pieces:
        if _shaped(text):
            width = sum(_width(ch) for ch in str(text))
            runs.append([frag, text, min(got[at : at + width] or (cursor.base,))])
            at += width
            continue
        for ch in text:
            level = got[min(at, len(got) - 1)]
            last = runs[-1] if runs else None
            if last and last[0] is frag and last[2] == level and not _shaped(last[1]):
                last[1] += ch
            else:
                runs.append([frag, ch, level])
            at += _width(ch)
    return runs


def visual_line(line: Any, cursor: Cursor) -> Any:
    """A broken line of a shaped paragraph with its runs in drawing order."""
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
    units: list[list[Any]] = []  # [frag, text, level]; a gap's level is fixed below
    for index, (is_gap, pieces) in enumerate(items):
        if is_gap:
            units += [[frag, text, None] for frag, text in pieces]
        else:
            units += _runs(pieces, cursor, ends_word=index + 1 < len(items))
    if all(unit[2] in (None, 0) for unit in units):
        return line
    _settle_gaps(units, cursor.base)
    drawn = [[frag, text, cursor.base] for frag, text in leading] + _reordered(units)
    return line.clone(
        words=[frag.clone(text=_mirrored(text, lvl)) for frag, text, lvl in drawn] + breaks
    )


def _settle_gaps(units: list[list[Any]], base: int) -> None:
    """A space between two runs takes the lower of their levels; spaces at the end of
    a line take the paragraph's (rule L1)."""
    for i, unit in enumerate(units):
        if unit[2] is not None:
            continue
        after = next((u[2] for u in units[i + 1 :] if u[2] is not None), None)
        before = next((u[2] for u in reversed(units[:i]) if u[2] is not None), None)
        unit[2] = base if after is None else min(after, before if before is not None else after)


def _reordered(units: list[list[Any]]) -> list[list[Any]]:
    """Rule L2: from the highest level down to the lowest odd one, every stretch of
    runs at that level or higher is reversed."""
    highest = max(unit[2] for unit in units)
    lowest_odd = min((unit[2] for unit in units if unit[2] % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(units):
            if units[i][2] < level:
                i += 1
                continue
            end = i
            while end < len(units) and units[end][2] >= level:
                end += 1
            units[i:end] = units[i:end][::-1]
            i = end
    return units


def _mirrored(text: Any, level: int) -> Any:
    """A run drawn in its level's direction (rules L2 and L4): a right-to-left run
    that harfbuzz did not lay out right to left (digits' neighbours, a Latin word
    under a right-to-left override) is drawn backwards with its brackets mirrored;
    an Arabic run under a left-to-right override is turned round."""
    if _shaped(text) and _backwards(text) == bool(level % 2):
        return text
    if not _shaped(text) and level % 2 == 0:
        return text
    # turned round, the glyphs of a shaped run are drawn as the characters they are
    # (its brackets must be mirrored, which its glyph data cannot be)
    return "".join(MIRRORED.get(ch, ch) if level % 2 else ch for ch in reversed(str(text)))


def _backwards(text: Any) -> bool:
    """Whether harfbuzz laid the glyphs out right to left (their clusters, the
    letters they stand for, falling)."""
    clusters = [data.cluster for data in text.__shapeData__ if data.cluster != _UNSHAPED]
    return len(clusters) > 1 and clusters[0] > clusters[-1]
