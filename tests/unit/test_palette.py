"""One palette: the stylesheets and the painted parts name colours from
resources/theme/palette.toml, and nothing else in the look spells a colour out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rounds_app.resource_files import resource_path
from ui.shell import palette

ROOT = Path(__file__).resolve().parents[2]
_HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")


def _look_files() -> list[Path]:
    return sorted(resource_path("qss").rglob("*.qss")) + sorted((ROOT / "ui").rglob("*.py"))


def test_no_colour_is_spelled_out_outside_the_palette() -> None:
    spelled = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in _look_files()
        for match in _HEX.finditer(path.read_text(encoding="utf-8"))
    ]
    assert len(_look_files()) > 100
    assert spelled == []


def test_every_token_a_stylesheet_names_is_in_the_palette() -> None:
    for path in resource_path("qss").rglob("*.qss"):
        assert "@" not in palette.themed(path.read_text(encoding="utf-8")), path.name


def test_a_token_fills_in_its_colour_and_an_unknown_one_is_refused() -> None:
    assert palette.themed("QLabel { color: @white; }") == "QLabel { color: #FFFFFF; }"
    with pytest.raises(KeyError, match="mauve_500"):
        palette.themed("QLabel { color: @mauve_500; }")


def test_every_palette_colour_is_six_digit_hex_with_one_name() -> None:
    values = list(palette.colours().values())
    assert all(re.fullmatch(r"#[0-9A-F]{6}", value) for value in values)
    assert len(set(values)) == len(values)
    assert palette.colour("white").name() == "#ffffff"
