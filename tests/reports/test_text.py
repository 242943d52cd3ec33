"""User text on paper, without a database: escaping, fonts per script, direction,
and the patient copy's type size."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from reportlab.lib.enums import TA_RIGHT
from reportlab.platypus import SimpleDocTemplate

from rounds_app.domain.bidi import levels
from rounds_app.reports import fonts
from rounds_app.reports.bidi import Cursor, visual_line, word_levels
from rounds_app.reports.formats import stale_note
from rounds_app.reports.paragraphs import BidiParagraph
from rounds_app.reports.styles import PATIENT_BODY_SIZE, patient_styles, team_styles
from rounds_app.reports.text import Markup, markup, paragraph
from tests.reports.pdf import image_xobjects, shows, text

HOSTILE = ('<img src="/etc/x.png"/>', "<b>", "a<b", "AT&T &copy;")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_user_text_is_text_never_markup(hostile: str) -> None:
    p = paragraph(team_styles()["body"], "before ", hostile, " after")
    assert p.getPlainText() == f"before {hostile} after"


def test_escaped_text_prints_literally_and_embeds_nothing() -> None:
    import io

    buffer = io.BytesIO()
    story = [paragraph(team_styles()["body"], value) for value in HOSTILE]
    SimpleDocTemplate(buffer).build(story)
    pdf = buffer.getvalue()
    printed = text(pdf)
    for value in HOSTILE:
        assert value in printed
    assert image_xobjects(pdf) == []


def test_markup_from_the_code_passes_and_newlines_break_lines() -> None:
    p = paragraph(team_styles()["body"], Markup("<b>Label:</b> "), "one\ntwo")
    assert "<b>Label:</b> one<br/>two" in p.text


def test_runs_put_each_script_in_a_font_that_has_it() -> None:
    runs = fonts.font_runs("Zoë «王秀英» שלום مرحبا")
    # punctuation and spaces both fonts have stay with the run they follow
    assert runs == [
        (fonts.SANS, "Zoë «"),
        (fonts.CJK, "王秀英» "),
        (fonts.SANS, "שלום مرحبا"),
    ]


def test_whole_words_keep_one_font_for_shaping() -> None:
    # "(王)" would be shaped with one font; the CJK font has the brackets too
    assert fonts.font_runs("صباح (王)", whole_words=True) == [
        (fonts.SANS, "صباح "),
        (fonts.CJK, "(王)"),
    ]


def test_markup_wraps_cjk_in_its_font_and_escapes_inside() -> None:
    assert markup("a<王>") == f'a&lt;<font name="{fonts.CJK}">王&gt;</font>'


def test_levels_follow_the_bidirectional_algorithm() -> None:
    text = "Plan: سيعود 12 مايو، 3 ok"
    found = dict(zip(range(len(text)), levels(text), strict=True))
    assert [found[i] for i in range(6)] == [0] * 6  # "Plan: "
    assert found[text.index("س")] == 1 and found[text.index("م")] == 1
    # numbers inside right-to-left text are left-to-right runs one level up
    assert found[text.index("12")] == found[text.index("3")] == 2
    assert found[text.index("ok")] == 0


def test_a_wrapped_arabic_line_is_reordered_per_line() -> None:
    style = team_styles()["body"]
    p = paragraph(style, "Said: «أريد أن أعود إلى بيتي» today")
    assert isinstance(p, BidiParagraph) and p.style.shaping == 1
    p.wrap(400, 1000)
    (line,) = p.blPara.lines
    cursor = Cursor(word_levels("Said: «أريد أن أعود إلى بيتي» today"), 0)
    drawn = "".join(str(frag.text) for frag in visual_line(line, cursor).words)
    # logical order of the words, last first; each word's glyphs already run
    # right to left from harfbuzz
    words = [w for w in drawn.split() if fonts.has_rtl(w)]
    assert len(words) == 5
    assert drawn.startswith("Said: ") and drawn.endswith(" today")
    assert not fonts.has_rtl(drawn.split()[-1])


def test_an_arabic_name_is_a_right_to_left_paragraph() -> None:
    p = paragraph(team_styles()["cell"], "الحاجة آمنة")
    assert isinstance(p, BidiParagraph) and p._base == 1


def test_cjk_text_may_break_anywhere_and_latin_stays_plain() -> None:
    assert paragraph(team_styles()["cell"], "回家看孩子").style.wordWrap == "CJK"
    plain = paragraph(team_styles()["cell"], "Zoë Muñoz")
    assert not isinstance(plain, BidiParagraph) and not plain.style.shaping


def test_stale_note_counts_whole_days() -> None:
    now = datetime(2024, 4, 20, 12, tzinfo=UTC)
    assert stale_note(datetime(2024, 4, 8, 12, tzinfo=UTC), now, 7) == "(not updated for 12 days)"
    assert stale_note(datetime(2024, 4, 18, 12, tzinfo=UTC), now, 7) == ""
    assert stale_note(None, now, 7) == ""


def test_patient_copy_body_is_at_least_14_pt() -> None:
    styles = patient_styles()
    assert PATIENT_BODY_SIZE >= 14
    for name in ("body", "item", "quote", "subheading", "heading", "title"):
        assert styles[name].fontSize >= 14, name


def test_every_script_prints_from_one_field() -> None:
    import io

    mixed = "Zoë Ελένη Валя محمد الحسن מרים 王秀英 美智子"
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([paragraph(team_styles()["body"], mixed)])
    printed = text(buffer.getvalue())
    for word in mixed.split():
        assert shows(printed, word), word


def test_a_right_aligned_line_may_begin_with_a_raised_mark(tmp_path) -> None:
    """Harfbuzz raises an Arabic mark (the kasra under the first letter here) before
    any other operator of its run is written: the line must still print."""
    style = patient_styles()["body"].clone("right", alignment=TA_RIGHT)
    words = "بِسْمِ اللَّهِ"
    out = tmp_path / "marks.pdf"
    SimpleDocTemplate(str(out)).build([paragraph(style, words), paragraph(style, f"اسم {words}")])
    # (the ligature of the second word extracts as a private-use glyph: the first only)
    assert shows(text(out.read_bytes()), "بِسْمِ")
