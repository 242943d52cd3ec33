"""The patient copy's own English and its catalogs: the template sentences read at
a primary-school level, and every catalog translates every message the code holds,
confirmed (not fuzzy), with its placeholders and markup intact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat
from babel.messages.extract import extract_from_file

from rounds_app.i18n import catalogs

ROOT = Path(__file__).resolve().parents[2]
# the files and keywords `make translations` extracts (see babel.cfg and the Makefile)
SOURCES = (
    "rounds_app/reports/discharge_patient.py",
    "rounds_app/reports/patient_after.py",
    "rounds_app/reports/proms.py",
    "rounds_app/i18n/copy_language.py",
)
KEYWORDS = {"gettext": None, "ngettext": (1, 2), "heading": None, "gettext_noop": None}
PLACEHOLDER = re.compile(r"\{\w*\}")
TAG = re.compile(r"</?\w+/?>")
SHIPPED = catalogs.shipped(catalogs.translations_root(), catalogs.COPY_DOMAIN)


def _messages(*sources: str) -> list[str]:
    """The msgids in `sources`, as Babel extracts them today (so this follows the code)."""
    found: list[str] = []
    for source in sources:
        for _line, message, _comments, _context in extract_from_file(
            "python", str(ROOT / source), keywords=KEYWORDS
        ):
            found += [message] if isinstance(message, str) else list(message)
    return list(dict.fromkeys(found))


def _as_read(message: str) -> str:
    """A message as the patient reads it: a date for its placeholder, no markup, and
    a heading or label ended as a sentence."""
    text = TAG.sub("", message).replace("{day}", "Monday 3 May").replace("{time}", "10:30")
    text = text.replace("{score}", "3").replace("{answers}", "your pain was 3 out of 10")
    text = text.strip()
    return text if text[-1:] in ".?!" else text.rstrip(":") + "."


def test_the_copy_s_own_english_reads_easily() -> None:
    messages = _messages(*SOURCES[:2])
    assert len(messages) > 20
    text = " ".join(_as_read(message) for message in messages)
    assert textstat.flesch_kincaid_grade(text) <= 6
    assert textstat.lexicon_count(text) / textstat.sentence_count(text) <= 20


def test_the_template_holds_every_message_of_the_code() -> None:
    template = catalogs.read_catalog(catalogs.translations_root() / "patient_copy.pot")
    assert {m.id for m in template if m.id} == set(_messages(*SOURCES))


def test_ten_languages_are_shipped() -> None:
    assert set(SHIPPED) >= {"es", "pl", "ar", "zh_Hans", "bn", "ur", "pt", "ro", "pa", "hi"}


@pytest.mark.parametrize("locale", SHIPPED)
def test_every_message_is_translated_with_its_placeholders(locale: str) -> None:
    path = catalogs.po_path(catalogs.translations_root(), catalogs.COPY_DOMAIN, locale)
    catalog = catalogs.read_catalog(path)
    for message in _messages(*SOURCES):
        entry = catalog.get(message)
        assert entry is not None and entry.string, (locale, message)
        assert not entry.fuzzy, (locale, message)
        translated = entry.string if isinstance(entry.string, str) else " ".join(entry.string)
        assert sorted(PLACEHOLDER.findall(translated)) == sorted(PLACEHOLDER.findall(message))
        assert sorted(TAG.findall(translated)) == sorted(TAG.findall(message))
        assert "&" not in translated and "<" not in TAG.sub("", translated), (locale, message)
