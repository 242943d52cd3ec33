"""Bidirectional text, the same on screen and on paper.

Every string a person typed is *isolated* (FSI … PDI, Unicode's first-strong
isolate) where it is set beside other text: an Arabic name, or a right-to-left
override (U+202E) in a name, then reorders only itself, never the bed label or the
label next to it. Qt applies the Unicode bidirectional algorithm (UAX #9) on screen;
the sheets apply the same algorithm (`levels`, from python-bidi's implementation of
UAX #9), so digits and punctuation inside right-to-left text stand where the screen
shows them."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bidi import get_base_level, get_display

FSI, PDI = "\u2068", "\u2069"
_INITIATORS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
# the characters that steer the algorithm and have no glyph of their own
CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LEVELS = re.compile(r"levels: \[(.*?)\]", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)")


def isolate(text: str) -> str:
    """`text` in FSI … PDI, each line on its own (a line break ends every isolate),
    with its own isolates balanced: a stray PDI in it cannot close the isolate
    around it, and an isolate it opens is closed before the text around it."""
    return "\n".join(FSI + _balanced(line) + PDI for line in text.split("\n"))


# bidi classes that can reorder the text around a string: right-to-left letters,
# Arabic digits, and the explicit embeddings, overrides and isolates
_STEERING = frozenset(
    {"R", "AL", "AN", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"}
)


def isolate_where_needed(text: str) -> str:
    """`text` isolated when it holds anything that could reorder its neighbours; a
    string of left-to-right letters, digits and punctuation is returned as it is, so
    an all-Latin line reads (and compares) exactly as written. A string isolated
    already is not wrapped twice."""
    if text.startswith(FSI) and text.endswith(PDI):
        return text
    if any(unicodedata.bidirectional(ch) in _STEERING for ch in text):
        return isolate(text)
    return text


def _balanced(line: str) -> str:
    kept, open_isolates = [], 0
    for ch in line:
        if ch in _INITIATORS:
            open_isolates += 1
        elif ch == PDI:
            if not open_isolates:
                continue
            open_isolates -= 1
        kept.append(ch)
    return "".join(kept) + PDI * open_isolates


@lru_cache(maxsize=512)
def levels(text: str) -> tuple[int, ...]:
    """The embedding level of each character of `text` (even: left to right, odd:
    right to left), by the Unicode bidirectional algorithm; each line break starts a
    paragraph, whose direction its first strong character sets.

    python-bidi computes the levels but hands them out only in its debug dump (one
    per UTF-8 byte); read there, the first byte's level is its character's."""
    if not text:
        return ()
    found = _LEVELS.search(str(get_display(text, debug=True)))
    by_byte = [int(level) for level in _LEVEL.findall(found.group(1))] if found else []
    out, offset = [], 0
    for ch in text:
        out.append(by_byte[offset] if offset < len(by_byte) else 0)
        offset += len(ch.encode())
    return tuple(out)


def direction(text: str) -> int:
    """0 (left to right) or 1 (right to left): the direction of the first paragraph
    of `text`, set by its first strong character outside isolates (rule P2)."""
    first = text.split("\n", 1)[0]
    return int(get_base_level(first)) if first else 0
