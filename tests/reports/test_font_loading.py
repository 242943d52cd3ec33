"""The report fonts are read when a print needs them, not when the module loads: the
main faces with the first style sheet, another script's face, the CJK font and the
symbol font only with the first character that needs them. In a fresh process, as
ReportLab's font registry is one per process."""

from __future__ import annotations

import ast
import subprocess
import sys

PROBE = """
from reportlab.pdfbase import pdfmetrics
from rounds_app.reports import fonts
from rounds_app.reports.styles import team_styles

def ours():
    return sorted(n for n in pdfmetrics.getRegisteredFontNames() if n.startswith("Rounds"))

print(ours())
team_styles()
print(ours())
print(fonts.font_runs("Ada Lovelace", fonts.SANS))
print(ours())
print(fonts.font_runs("王秀英 नमस्ते", fonts.SANS))
print(ours())
"""


def test_fonts_are_read_on_first_need() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    imported, styled, latin_runs, latin, runs, mixed = result.stdout.splitlines()
    assert imported == "[]"
    assert styled == latin == "['RoundsSans', 'RoundsSans-Bold']"
    assert latin_runs == "[('RoundsSans', 'Ada Lovelace')]"
    # the Chinese name in the CJK font, the Hindi word in the Devanagari face, read with
    # its bold face (a <b> in that run maps to it)
    assert [font for font, _ in ast.literal_eval(runs)] == ["RoundsCJK", "RoundsDevanagari"]
    loaded = set(ast.literal_eval(mixed))
    assert {"RoundsCJK", "RoundsDevanagari", "RoundsDevanagari-Bold"} <= loaded
    # faces no character asked for stay unread
    assert not loaded & {"RoundsSymbols", "RoundsEthiopic", "RoundsThai"}
