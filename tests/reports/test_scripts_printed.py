"""Every script prints: names and what matters, in shaped scripts, read back from the
patient's copy and the handoff by pdftotext as the characters that were stored, and
every run of text is drawn in a font that has its glyphs."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import ShapedStr

from rounds_app.reports import fonts
from rounds_app.reports.service import print_discharge, print_handoff
from rounds_app.reports.styles import patient_styles
from rounds_app.reports.text import paragraph
from rounds_app.storage.database import Database
from tests.reports.ward import SHAPED_PEOPLE, Person, multilingual_ward

needs_pdftotext = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="needs poppler's pdftotext (poppler-utils)"
)


def extracted(pdf: bytes) -> str:
    """The PDF's text as pdftotext reads it, composed (NFC), lines and runs of spaces
    as single spaces (a cell wraps where it must)."""
    pdftotext = shutil.which("pdftotext")
    assert pdftotext
    out = subprocess.run(
        [pdftotext, "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return " ".join(unicodedata.normalize("NFC", out).split())


def reads_back(printed: str, stored: str, person: Person) -> bool:
    if not fonts.has_rtl(stored):
        return stored in printed
    # right-to-left text comes back in presentation forms (one glyph per letter
    # form), words in the order pdftotext chooses: each word, letters as typed
    letters = unicodedata.normalize("NFKC", printed)
    return all(word in letters for word in stored.split())


def no_stand_ins(printed: str) -> None:
    assert "\ufffd" not in printed  # the replacement character
    assert not [ch for ch in printed if unicodedata.category(ch) == "Co"]  # private use
    assert "[U+" not in printed


@pytest.fixture
def ward(db: Database):  # type: ignore[no-untyped-def]
    return multilingual_ward(db, SHAPED_PEOPLE)


@needs_pdftotext
def test_the_patient_copy_reads_back_as_stored(db: Database, ward) -> None:  # type: ignore[no-untyped-def]
    for person, admission_id in zip(SHAPED_PEOPLE, ward.admission_ids, strict=True):
        with db.session() as s:
            pdf = print_discharge(s, ward.charge, admission_id, audience="patient")
        printed = extracted(pdf)
        no_stand_ins(printed)
        for stored in (person.given, person.family, person.matters, person.medicine_reason):
            assert reads_back(printed, stored, person), (person.script, stored, printed)


@needs_pdftotext
def test_the_handoff_reads_back_as_stored(db: Database, ward) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        printed = extracted(print_handoff(s, ward.charge, ward.ward_id))
    no_stand_ins(printed)
    for person in SHAPED_PEOPLE:
        for stored in (person.given, person.family, person.matters):
            assert reads_back(printed, stored, person), (person.script, stored)


SAMPLES = [p.given + " " + p.family + " “" + p.matters + "”" for p in SHAPED_PEOPLE] + [
    "Gujarati ગુજરાતી, Hebrew שָׁלוֹם, Korean 김민준, Chinese 王秀英, emoji 😀👍🏽❤️"
]


def _drawn_in_fonts_that_have_them(text: str, main: str, whole_words: bool) -> None:
    for font, run in fonts.font_runs(text, main, whole_words=whole_words):
        lacking = {ch for ch in run if not ch.isspace() and not fonts.covers(font, ch)}
        assert not lacking, (font, run, lacking)


@pytest.mark.parametrize("main", [fonts.SANS, fonts.SANS_BOLD])
@pytest.mark.parametrize("text", SAMPLES)
def test_every_character_is_in_its_runs_font(text: str, main: str) -> None:
    for whole_words in (False, True):
        _drawn_in_fonts_that_have_them(text, main, whole_words)
    # and every script here has a font of its own: nothing spelled out
    assert fonts.drawable(text, main) == text


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=30), st.booleans())
def test_any_text_is_drawn_in_fonts_that_have_it(text: str, whole_words: bool) -> None:
    _drawn_in_fonts_that_have_them(text, fonts.SANS, whole_words)


def test_a_character_no_font_has_is_spelled_out() -> None:
    # U+1F97A (Unicode 11) is newer than the emoji font
    assert fonts.drawable("ok \U0001f97a") == "ok [face with pleading eyes]"
    assert fonts.drawable("\U000e0001x") == "x"  # a tag: invisible, left out
    assert fonts.drawable("\U000f0000") == "[U+F0000]"  # private use: no name


def test_a_word_in_two_fonts_is_shaped_in_each() -> None:
    # the Thai font has no quotation marks: the word is drawn in two fonts, and its
    # Thai letters still shaped (the vowel sign placed above its consonant)
    p = paragraph(patient_styles()["body"], "“ใจดี”")
    p.wrap(400, 1000)
    drawn = [(frag.fontName, frag.text) for line in p.blPara.lines for frag in line.words]
    thai = [text for font, text in drawn if font == "RoundsThai"]
    assert thai and all(isinstance(text, ShapedStr) for text in thai)
    assert {font for font, _ in drawn} == {"RoundsThai", fonts.SANS}
