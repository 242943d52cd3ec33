"""Every text colour in the stylesheets against the background it is drawn on: WCAG
AA (4.5:1) on the workstation, AAA (7:1) on the ward-room screen read from across the
room (resources/qss/audience/projector.qss)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rounds_app.resource_files import resource_path
from tests.unit.stylesheet_colours import Pair, Sheet, contrast_ratio, read_rules

AA = 4.5
AAA = 7.0
PROJECTOR = "projector.qss"


def _sheet(folder: Path) -> Sheet:
    return Sheet(read_rules(sorted(folder.rglob("*.qss"))))


def _pairs(sheet: Sheet) -> list[Pair]:
    ground = sheet.background("QDialog")
    assert ground is not None, "the window ground is set in base.qss"
    return list(sheet.pairs(ground))


def test_the_contrast_ratio_is_wcag_s() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast_ratio("#FFF", "#FFFFFF") == pytest.approx(1)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


def test_each_text_meets_the_background_qt_draws_it_on(tmp_path: Path) -> None:
    (tmp_path / "a.qss").write_text(
        """
        QWidget { color: #111111; }
        QMainWindow, QDialog { background: #FAFAFA; }
        QWidget#view { background: #000000; }
        #view QLabel#lead { color: #777777; font-size: 30px; }
        #view QLabel#lead:disabled { background: transparent; }
        #view FittedLabel { qproperty-accent: #FFD54F; }
        QPushButton { background: #FFFFFF; }
        QPushButton:hover { background: #EEEEEE; }
        QScrollBar::handle { background: #999999; }
        QComboBox QAbstractItemView {
            selection-background-color: #224466; selection-color: #FFFFFF;
        }
        """,
        "utf-8",
    )
    sheet = _sheet(tmp_path)
    found = {(p.selector, p.what): (p.foreground, p.background) for p in _pairs(sheet)}
    assert found[("#view QLabel#lead", "color")] == ("#777777", "#000000")
    assert found[("#view QLabel#lead:disabled", "color")] == ("#777777", "#000000")
    assert found[("#view FittedLabel", "qproperty-accent")] == ("#FFD54F", "#000000")
    assert found[("QPushButton:hover", "color")] == ("#111111", "#EEEEEE")
    assert found[("QComboBox QAbstractItemView", "selection-color")] == ("#FFFFFF", "#224466")
    assert not any(selector.startswith("QScrollBar") for selector, _ in found)
    assert ("QWidget#view", "color") not in found  # a container: its labels are checked


def test_an_unknown_colour_notation_is_not_passed_over(tmp_path: Path) -> None:
    sample = "QDialog { background: #FFFFFF; } QLabel { color: red; }"
    (tmp_path / "a.qss").write_text(sample, "utf-8")
    with pytest.raises(ValueError, match="not a hex colour"):
        [pair.ratio() for pair in _pairs(_sheet(tmp_path))]


def test_every_text_colour_meets_aa_and_the_projector_aaa() -> None:
    pairs = _pairs(_sheet(resource_path("qss")))
    assert len(pairs) > 100  # the sheets were read, not skipped
    failing = [
        f"{p.file} {p.selector} {p.what}: {p.foreground} on {p.background} is {p.ratio():.2f}:1"
        for p in pairs
        if p.ratio() < (AAA if p.file == PROJECTOR else AA)
    ]
    assert failing == []
