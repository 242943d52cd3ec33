"""What changed between two texts, word by word, as HTML for a QTextBrowser: removed
words struck through, added words highlighted and underlined (so the change reads
without colour). Every piece of user text is escaped.

`word_diff_html` reads as one text (a field's history); `marked_sides` keeps the two
texts apart (two versions side by side), each marking the words only it has."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from ui.shell.palette import hex_colour

# words and the space between them, so the text comes back exactly as typed
_TOKENS = re.compile(r"\s+|\S+")

_STRUCK = f"color:{hex_colour('red_680')}; background-color:{hex_colour('red_050')};"
_MARKED = f"color:{hex_colour('green_798')}; background-color:{hex_colour('green_110')};"
REMOVED = f'<s style="{_STRUCK}">{{}}</s>'
ADDED = f'<u style="{_MARKED}">{{}}</u>'


def plain_html(text: str) -> str:
    return html.escape(text)


def _opcodes(before: list[str], after: list[str]) -> Sequence[tuple[str, int, int, int, int]]:
    return SequenceMatcher(None, before, after, autojunk=False).get_opcodes()


def word_diff_html(old: str, new: str) -> str:
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    parts = []
    for tag, i1, i2, j1, j2 in _opcodes(before, after):
        if tag == "equal":
            parts.append(html.escape("".join(after[j1:j2])))
            continue
        if tag in ("delete", "replace"):
            parts.append(REMOVED.format(html.escape("".join(before[i1:i2]))))
        if tag in ("insert", "replace"):
            parts.append(ADDED.format(html.escape("".join(after[j1:j2]))))
    return "".join(parts)


def marked_sides(left: str, right: str) -> tuple[str, str]:
    """Each text as HTML, whole and in its own order, with the words the other text
    lacks highlighted and underlined."""
    before, after = _TOKENS.findall(left), _TOKENS.findall(right)
    lefts, rights = [], []
    for tag, i1, i2, j1, j2 in _opcodes(before, after):
        old, new = html.escape("".join(before[i1:i2])), html.escape("".join(after[j1:j2]))
        lefts.append(old if tag == "equal" or not old else ADDED.format(old))
        rights.append(new if tag == "equal" or not new else ADDED.format(new))
    return "".join(lefts), "".join(rights)
