"""From the preferred language a ward writes on the card ("Spanish", "español", "es",
"Mandarin", "Panjabi") to a Babel locale identifier, by CLDR's names of the languages
in English and in the language itself."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_global

# what wards write where CLDR names the language otherwise (or not at all)
ALIASES = {
    "mandarin": "zh_Hans",
    "putonghua": "zh_Hans",
    "chinese": "zh_Hans",
    "simplified chinese": "zh_Hans",
    "traditional chinese": "zh_Hant",
    "cantonese": "yue",
    "panjabi": "pa",
    "shahmukhi": "pa_Arab",
    "punjabi (shahmukhi)": "pa_Arab",
    "bengali": "bn",  # CLDR's English name is "Bangla"
    "farsi": "fa",
    "tagalog": "fil",
    "brazilian portuguese": "pt_BR",
}
_CODE = re.compile(r"^[a-z]{2,3}(?:[_-][a-z0-9]{2,8})*$")
# what follows the language in "Spanish (Mexico)", "Polish - needs interpreter"
_QUALIFIER = re.compile(r"\s*[(,;/–—-].*$")
_SPACES = re.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def locale_for(preferred_language: str, known: Iterable[str] = ()) -> str | None:
    """The locale of `preferred_language`, or None when it names no language CLDR
    knows. Names in the language itself are matched for the `known` locales (those
    with a catalog; where two share a name, as 中文 is both Chinese scripts' name,
    the later one wins): for any other, English and an interpreter is all the copy
    can do."""
    whole = _key(preferred_language)
    for key in dict.fromkeys((whole, _QUALIFIER.sub("", whole))):
        if not key:
            continue
        found = ALIASES.get(key) or _code(key) or _names(tuple(known)).get(key)
        if found:
            return found
    return None


def _code(key: str) -> str | None:
    if not _CODE.match(key):
        return None
    try:
        return str(Locale.parse(key.replace("-", "_")))
    except (ValueError, UnknownLocaleError):
        return None


@cache
def _names(known: tuple[str, ...]) -> dict[str, str]:
    """Language names to locales: every language's English name (one table) where
    CLDR has data for the language, and the `known` locales' names in English and in
    their own language."""
    english = Locale("en")
    names = {
        _key(name): code for code, name in english.languages.items() if localedata.exists(code)
    }
    for code in known:
        locale = Locale.parse(code)
        for name in (locale.get_display_name(), locale.get_display_name(english)):
            names[_key(name or "")] = code
        names[_key(locale.languages.get(locale.language, ""))] = code
    names.pop("", None)
    return names


def same_language(wanted: str, offered: str) -> bool:
    """Whether a catalog for `offered` reads right to a speaker of `wanted`: the same
    language in the same script ("zh" is written in Simplified characters, so it
    matches "zh_Hans"; "zh_Hant" does not; "pa" is Gurmukhi, "pa_Arab" is not)."""
    return _language_and_script(wanted) == _language_and_script(offered)


def _language_and_script(code: str) -> tuple[str, str | None]:
    locale = Locale.parse(code)
    if locale.script:
        return locale.language, locale.script
    likely = get_global("likely_subtags").get(locale.language, locale.language)
    return locale.language, Locale.parse(likely).script
