"""How the ward writes a person's name. Chinese, Japanese and Korean names put the
family name first, with no space."""

from __future__ import annotations

import unicodedata

_FAMILY_FIRST_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
# Letters of these scripts join their neighbours, so two initials side by side read
# as a word (ي + ا shows as "يا"): a space keeps them two letters on any renderer.
_JOINING_SCRIPTS = ("ARABIC", "SYRIAC", "NKO", "MONGOLIAN", "MANDAIC", "ADLAM")


def _family_first(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(
        unicodedata.name(ch, "").startswith(_FAMILY_FIRST_SCRIPTS) for ch in letters
    )


def full_name(given: str, family: str) -> str:
    if _family_first(family + given):
        return f"{family}{given}"
    return f"{given} {family}".strip()


def initials(given: str, family: str) -> str:
    """Initials for the projector: family initial first where the name is written so."""
    if _family_first(family + given):
        return f"{family[:1]}{given[:1]}"
    first, second = given[:1], family[:1]
    if _joins(first) and _joins(second):
        return f"{first} {second}"
    return f"{first}{second}".upper()


def _joins(letter: str) -> bool:
    return unicodedata.name(letter, "").startswith(_JOINING_SCRIPTS)


def called(preferred: str, given: str, family: str) -> str:
    """The name the ward uses: the preferred name with the family name — unless the
    preferred name already holds it, as forms of address often do (李老师, 陳伯)."""
    if preferred and family and family in preferred:
        return preferred
    return full_name(preferred or given, family)
