"""Fills the pseudo-locale's .ts (en_XA) from its English source texts: every letter
accented, a third longer, in brackets — "[Šîĝñ îñ ·····]" — so that a screen in it shows
at a glance which words are not translated (they are plain English) and which get
clipped (the closing bracket is missing). `make ui-translations` runs it after
pyside6-lupdate, so it always matches the source.

Kept as they are: placeholders (%1, %n, %Ln), the Alt+letter of a mnemonic (&File), file
patterns (*.pdf), Qt's date patterns, and Qt's layout-direction message.

    python packaging/pseudo_translation.py resources/translations/ui/rounds_en_XA.ts"""

from __future__ import annotations

import math
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
# what must reach Qt unchanged: a placeholder, a mnemonic's letter or a literal "&",
# a file pattern in a filter
_KEEP = re.compile(r"%L?\d|%L?n|&&|&.|\*\.\w+")
_LONGER = 0.3
# Qt's pattern for a date, and the message that says which way a language is written
_DATE_PATTERN_NOTE = "Qt date pattern"
_DIRECTION = "QT_LAYOUT_DIRECTION"


def pseudo(text: str) -> str:
    """`text` accented and lengthened, in brackets; what Qt reads stays as it is."""
    if not text.strip():
        return text
    out, at = [], 0
    for kept in _KEEP.finditer(text):
        out.append(_accent(text[at : kept.start()]))
        out.append(kept.group())
        at = kept.end()
    out.append(_accent(text[at:]))
    dots = "·" * max(1, math.ceil(len(text) * _LONGER) - 3)
    return f"[{''.join(out)} {dots}]"


def _accent(text: str) -> str:
    return "".join(_ACCENTED.get(char, char) for char in text)


def translation_of(message: ET.Element) -> str:
    source = message.findtext("source") or ""
    if source == _DIRECTION:
        return "LTR"
    if (message.findtext("comment") or "").startswith(_DATE_PATTERN_NOTE):
        return source
    return pseudo(source)


def fill(ts_file: Path) -> None:
    tree = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None, "lupdate writes a translation for every message"
        translation.attrib.pop("type", None)
        text = translation_of(message)
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = text
        if not forms:
            translation.text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


if __name__ == "__main__":
    fill(Path(sys.argv[1]))
