"""What changed between two revisions of a field, word by word, as HTML for a
QTextBrowser: removed words struck through, added words highlighted and underlined
(so the change reads without colour). Every piece of user text is escaped."""

from __future__ import annotations

import html
import re
from difflib import SequenceMatcher

# words and the space between them, so the text comes back exactly as typed
_TOKENS = re.compile(r"\s+|\S+")

REMOVED = '<s style="color:#8A1C1C; background-color:#FBEAEA;">{}</s>'
ADDED = '<u style="color:#14532D; background-color:#D7F0DB;">{}</u>'


def plain_html(text: str) -> str:
    return html.escape(text)


def word_diff_html(old: str, new: str) -> str:
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    parts = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(html.escape("".join(after[j1:j2])))
            continue
        if tag in ("delete", "replace"):
            parts.append(REMOVED.format(html.escape("".join(before[i1:i2]))))
        if tag in ("insert", "replace"):
            parts.append(ADDED.format(html.escape("".join(after[j1:j2]))))
    return "".join(parts)
