"""Counts on the screens are written as the chosen language writes numbers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rounds_app.domain.sentences import Sentence
from rounds_app.interop.plan import ImportPlan, Skipped
from ui.common.widgets import number_text
from ui.importing.import_preview import ImportPreviewDialog
from ui.shell.language import install_language


@pytest.fixture
def german(qapp) -> Iterator[None]:
    installed = install_language("de")
    yield
    installed.uninstall()


def test_a_count_has_the_languages_group_separator(german: None) -> None:
    assert number_text(1234) == "1.234"
    assert number_text(7) == "7"


def test_the_import_preview_counts_what_it_skips_in_german(qtbot, german: None) -> None:
    skipped = tuple(
        Skipped(f"Observation/obs-{n}", Sentence("its patient is not in the files"))
        for n in range(1234)
    )
    dialog = ImportPreviewDialog(None, ImportPlan("fhir", ("census.json",), None, (), skipped))
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(2).endswith("(1.234)")
    assert "1.234 übersprungen" in dialog.summary.text()  # a count in a plural form too
