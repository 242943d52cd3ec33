"""Reading printed PDFs back: text per page (Unicode NFKC, so Arabic presentation
forms compare equal to the letters typed), and what the file embeds."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader
from pypdf.generic import DictionaryObject


def reader(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def pages_text(pdf: bytes) -> list[str]:
    return [unicodedata.normalize("NFKC", page.extract_text()) for page in reader(pdf).pages]


def text(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def squeeze(value: str) -> str:
    """Without any whitespace: a cell wraps its text at widths of its own choosing."""
    return "".join(unicodedata.normalize("NFKC", value).split())


def shows(pdf_text: str, phrase: str) -> bool:
    """Whether `phrase` is printed. Words are compared without spaces, as extraction
    places them differently per script; a right-to-left word may come back in the
    order its glyphs stand on the page (reversed), with lam-alef (one glyph for two
    letters) keeping its own order."""
    squeezed = squeeze(pdf_text)
    for word in phrase.split():
        word = squeeze(word)
        mirrored = word[::-1].replace("ال", "لا")
        if word not in squeezed and mirrored not in squeezed:
            return False
    return True


def font_sizes(pdf: bytes) -> set[float]:
    """The sizes (points, to 0.1) that the text of every page is set in."""
    found: set[float] = set()

    def seen(text: str, _cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            found.add(round(size * tm[0], 1))

    for page in reader(pdf).pages:
        page.extract_text(visitor_text=seen)
    return found


def image_xobjects(pdf: bytes) -> list[str]:
    """Names of the images any page draws (nothing from disk may end up in a PDF)."""
    found = []
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        for name, ref in (xobjects.get_object() if xobjects else DictionaryObject()).items():
            if ref.get_object().get("/Subtype") == "/Image":
                found.append(str(name))
    return found
