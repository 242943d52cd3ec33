"""The patient's copy in the patient's language, read back from the PDF: Spanish
headings with the English alongside, Arabic right to left, English with an
interpreter line where no catalog exists, and the unreviewed banner until a review
is recorded (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from html import unescape
from pathlib import Path

import pytest
from babel.dates import format_date
from sqlalchemy import select

from rounds_app.cli.main import main
from rounds_app.demo import create_demo
from rounds_app.domain.clock import utc_now
from rounds_app.i18n import catalogs
from rounds_app.i18n.copy_language import INTERPRETER_LINE, REVIEW_BANNER, copy_language
from rounds_app.reports.data import PrintJob
from rounds_app.reports.discharge_patient import PatientSummaryRenderer
from rounds_app.reports.loading import load_discharge
from rounds_app.reports.service import print_discharge
from rounds_app.services.actor import Actor
from rounds_app.storage.database import Database
from rounds_app.storage.models import Admission, Patient
from tests.reports.pdf import font_sizes, shows, squeeze

PRINTER = Actor.system("tests")
A4_WIDTH, A4_HEIGHT, MARGIN = 595.28, 841.89, 18 * 72 / 25.4  # the patient copy's margin, 18 mm


@pytest.fixture(scope="module")
def demo(module_db: Database) -> Iterator[Database]:
    create_demo(module_db)
    yield module_db


def _admission(db: Database, language: str) -> int:
    with db.session() as s:
        query = select(Admission.id).join(Patient).where(Patient.preferred_language == language)
        return s.execute(query).scalars().first()


def _pdf(db: Database, admission_id: int, **options) -> bytes:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return print_discharge(s, PRINTER, admission_id, audience="patient", **options)


def _pdftotext(pdf: bytes, *options: str) -> str:
    done = subprocess.run(
        ["pdftotext", *options, "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode()


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_spanish_copy_has_spanish_headings_with_the_english_alongside(demo: Database) -> None:
    admission_id = _admission(demo, "Spanish")
    lines = _lines(_pdftotext(_pdf(demo, admission_id)))
    text = " ".join(lines)
    for heading in (
        "Su plan · Your plan",
        "Sus medicamentos · Your medicines",
        "Sus alergias · Your allergies",
        "Sus citas · Your appointments",
        "Lo que nos dijo que es importante para usted · What you told us matters to you",
    ):
        assert squeeze(heading) in squeeze(text)
    # sentences only in Spanish, with the banner in both languages
    assert "Privado: trata sobre su salud." in text
    assert "Private: this is about your health" not in text
    assert squeeze(copy_language("es").review_banner() or "") in squeeze(text)
    with demo.session() as s:
        expected = s.get(Admission, admission_id).expected_discharge_date
    if expected:
        assert format_date(expected, format="full", locale="es") in text


def test_arabic_copy_reads_right_to_left(demo: Database) -> None:
    pdf = _pdf(demo, _admission(demo, "Arabic"))
    boxes = _pdftotext(pdf, "-bbox-layout", "-f", "1", "-l", "1")
    arabic_lines = [
        (float(x_min), float(x_max))
        for x_min, y_min, x_max, words in re.findall(
            r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</line>',
            boxes,
            re.S,
        )
        # the body: not the identity line (left to right, as the wristband), not the foot
        if re.search("[\u0600-\u06ff]", unescape(words))
        and "MRN" not in words
        and float(y_min) < A4_HEIGHT - 2 * MARGIN
    ]
    assert len(arabic_lines) > 10
    right_edge = A4_WIDTH - MARGIN
    # every line ends at the right-hand margin (or its indent, 22 pt, for an item's
    # details); short lines start well inside the left one
    assert all(right_edge - 23 < x_max < right_edge + 1 for _, x_max in arabic_lines)
    assert any(abs(x_max - right_edge) < 1 for _, x_max in arabic_lines)
    assert any(x_min > MARGIN + 100 for x_min, _ in arabic_lines)


def test_a_language_without_a_catalog_prints_english_and_an_interpreter_line(
    demo: Database,
) -> None:
    printed = _lines(_pdftotext(_pdf(demo, _admission(demo, "Vietnamese"))))
    assert "Your plan" in printed  # English, with no translation beside it
    assert "Chúng tôi có thể mời thông dịch viên — hãy hỏi y tá của bạn." in printed
    assert INTERPRETER_LINE in printed
    thai = copy_language("Thai").interpreter_line()
    assert thai == f"เราจัดหาล่ามให้ได้ — สอบถามพยาบาลของคุณ\n{INTERPRETER_LINE}"
    assert copy_language("Klingon").interpreter_line() == INTERPRETER_LINE
    assert copy_language("").interpreter_line() is None
    assert copy_language("English").interpreter_line() is None


def test_the_banner_prints_until_a_review_is_recorded(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "translations"
    shutil.copytree(catalogs.translations_root(), root)
    with demo.session() as s:
        data = load_discharge(
            s, PRINTER, _admission(demo, "Spanish"), patient_copy=True, include_sensitive=False
        )

    def printed() -> str:
        language = copy_language("Spanish", root)
        job = PrintJob(utc_now(), "tests")
        return squeeze(_pdftotext(PatientSummaryRenderer(data, job, language).render()))

    assert squeeze(REVIEW_BANNER) in printed()
    review = ["translations", "review", "es", "--by", "Ana Pérez", "--catalogs", str(root)]
    monkeypatch.setattr("sys.stdin", io.StringIO("no\n"))
    assert main(review) == 1
    assert squeeze(REVIEW_BANNER) in printed()
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))
    assert main([*review, "--on", "2026-11-30"]) == 0
    assert squeeze(REVIEW_BANNER) not in printed()
    recorded = catalogs.review_of(catalogs.po_path(root, catalogs.COPY_DOMAIN, "es"))
    assert (recorded.by, recorded.on) == ("Ana Pérez", date(2026, 11, 30))
    # the shipped catalogs record no review
    assert copy_language("Spanish").review_banner() is not None


def test_big_print_sets_the_body_in_18_point(demo: Database) -> None:
    admission_id = _admission(demo, "Spanish")

    regular = font_sizes(_pdf(demo, admission_id))
    big = font_sizes(_pdf(demo, admission_id, big_print=True))
    assert 14 in regular and 18 not in regular
    assert 18 in big and max(big) > max(regular)


@pytest.mark.parametrize(
    ("written", "locale"),
    [
        ("Spanish", "es"),
        ("español", "es"),
        ("es", "es"),
        ("Polski", "pl"),
        ("Mandarin", "zh_Hans"),
        ("Chinese", "zh_Hans"),
        ("中文", "zh_Hans"),
        ("Panjabi", "pa"),
        ("Punjabi", "pa"),
        ("ਪੰਜਾਬੀ", "pa"),
        ("Bengali", "bn"),
        ("বাংলা", "bn"),
        ("Urdu", "ur"),
        ("Portuguese (Brazil)", "pt"),
        ("Română", "ro"),
        ("हिन्दी", "hi"),
        ("العربية", "ar"),
        ("Cantonese", "en"),  # written in Traditional characters: no catalog yet
        ("Punjabi (Shahmukhi)", "en"),  # in the Arabic script: not the Gurmukhi catalog
    ],
)
def test_the_language_a_ward_writes_finds_its_catalog(written: str, locale: str) -> None:
    assert copy_language(written).locale == locale


def test_dates_and_times_are_written_as_the_language_writes_them() -> None:
    moment = datetime(2024, 4, 3, 9, 30, tzinfo=UTC)
    assert copy_language("Polish").long_day(moment.date()) == "środa, 3 kwietnia 2024"
    assert copy_language("Spanish").long_day(moment.date()) == "miércoles, 3 de abril de 2024"
    assert copy_language("English").long_day(moment.date()) == "Wednesday, 3 April 2024"
    assert copy_language("Mandarin").long_when(moment).startswith("2024年4月3日星期三")
    assert shows(copy_language("Arabic").long_day(moment.date()), "الأربعاء، 3 أبريل 2024")
    assert copy_language("Hindi").number(1234.5) == "1,234.5"
    assert copy_language("Polish").number(1234.5) == "1\xa0234,5"
