"""Every script a ward writes in shows on screen in the shipped fonts: no glyph is
the font's "missing" box, on the workstation, the ward-room screen or the console,
which all take the application font."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QLabel

from rounds_app import font_files
from ui.shell import style

SCRIPTS = {
    "Hindi": "सुनीता क्षत्रिय",
    "Thai": "สมชาย ใจดี",
    "Bengali": "রবীন্দ্রনাথ ঠাকুর",
    "Tamil": "தமிழ்செல்வி",
    "Amharic": "አበበ ቢቂላ",
    "Punjabi": "ਹਰਪ੍ਰੀਤ ਕੌਰ",
    "Gujarati": "મારું નામ",
    "Urdu": "محمد اقبال ہیں",
    "Chinese": "王秀英",
    "Korean": "김민준",
    "emoji": "😀",
}


def missing_glyphs(text: str, font: QFont) -> list[str]:
    """The fonts that drew a glyph of `text` as their "missing" glyph (index 0)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000)
    layout.endLayout()
    return [
        run.rawFont().familyName()
        for run in layout.glyphRuns()
        for glyph in run.glyphIndexes()
        if glyph == 0
    ]


@pytest.fixture(scope="module")
def shipped_fonts(qapp) -> None:
    assert style.load_fonts() >= len(font_files.fallback_order())


@pytest.mark.usefixtures("shipped_fonts")
@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_a_label_draws_every_script_with_a_glyph(qtbot, script: str) -> None:
    label = QLabel(SCRIPTS[script])
    qtbot.addWidget(label)
    assert missing_glyphs(label.text(), label.font()) == []
    # a font made for one family alone (a painted delegate's) finds them as well
    assert missing_glyphs(label.text(), QFont(label.font().family())) == []


@pytest.mark.usefixtures("shipped_fonts")
def test_the_fallbacks_follow_the_order_of_paper(qapp) -> None:
    families = qapp.font().families()
    assert families.index("Noto Sans Devanagari") < families.index("WenQuanYi Micro Hei")
    assert families.index("WenQuanYi Micro Hei") < families.index("Symbola")
