"""Which writing system a text uses, where it matters beyond printing: Chinese,
Japanese and Korean run without spaces between words (names are found in them
without word boundaries, and lines break between any two characters)."""

from __future__ import annotations

import re

# CJK ideographs, kana, hangul and their punctuation and full-width forms
CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
    "\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
    "\U00020000-\U0003ffff]"
)


def is_cjk(ch: str) -> bool:
    return CJK.match(ch) is not None


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None
