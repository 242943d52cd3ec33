"""In another language every word of the main window, of rounds mode and of each
dialog changes: in the pseudo-locale (accented, a third longer, in brackets) nothing
is left in plain English and nothing is clipped at the window's normal size; in
Spanish and German no English message is left. Each window is saved as a picture
(in $ROUNDS_SCREENSHOTS if set, else the test's own folder) for a person to look at."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests.interop.helpers import CENSUS
from tests.ui.every_dialog import DIALOGS, show
from tests.ui.rounds_support import FakeClock, close_mode, open_mode, room_only
from tests.ui.shown_words import (
    Said,
    clipped,
    database_words,
    english_left,
    english_messages,
    not_pseudo,
    whole_words,
    words_shown,
)
from tests.ui.ward_data import PASSWORD, WardData
from ui.backend import Backend
from ui.shell.language import PSEUDO, install_language, translations_folder
from ui.shell.main_window import MainWindow

LANGUAGES = (PSEUDO, "es", "de")
# words that are the same in English and the language, so may stay as they are
SAME_IN = {
    "es": {"OK", "No", "Total", "Normal", "Rounds", "Plan", "Decide"},
    "de": {
        "OK",
        "Name",
        "Status",
        "Start",
        "Normal",
        "Rounds",
        "Details",
        "Bett",
        "Patient",
        "patient",
        "Isolation",
        "Administrator",
        "administrator",
        "Import",
        "Plan",
        "Teach-back",  # the method's name, as German wards use it
        "Back",
    },
}
# Qt's own words (the standard buttons): its translations bring them, and there is no
# pseudo one
QT_OWN = {"OK", "Cancel", "Close", "Save", "Apply", "Discard", "Help", "&Yes", "&No"}
# names that are not translated in any language
PROPER_NAMES = {
    "Rounds",
    "FHIR",
    "CSV",
    "PDF",
    "JSON",
    "MRN",
    "NEWS",
    "DNACPR",
    "CPR",
    "ICU",
    "VTE",
}


@pytest.fixture(params=LANGUAGES)
def language(request) -> Iterator[str]:
    installed = install_language(request.param)
    assert installed.name == request.param
    yield request.param
    installed.uninstall()


@pytest.fixture
def pictures(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("ROUNDS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Findings:
    """What the windows of one language got wrong, gathered so one test run says all."""

    def __init__(self, language: str, data: set[str], pictures: Path) -> None:
        self.language = language
        self.data = data
        self.pictures = pictures
        english = english_messages(translations_folder() / "rounds_es.ts")
        english -= SAME_IN.get(language, set()) | PROPER_NAMES
        self.english = whole_words(english, re.IGNORECASE)
        self.data_words = whole_words(data)
        self.untranslated: list[str] = []
        self.clipped: list[str] = []

    def look_at(self, window: QWidget, name: str) -> None:
        window.grab().save(str(self.pictures / f"{self.language}-{name}.png"))
        said = words_shown(window)
        assert said, f"{name}: no words found"
        for shown in said:
            self._check(shown, name)

    def _check(self, said: Said, window: str) -> None:
        if self.language == PSEUDO:
            left = not_pseudo(said.text, self.data | PROPER_NAMES | QT_OWN)
            if clipped(said):
                self.clipped.append(f"{window}: {said.where}: {said.text!r}")
        else:
            left = ", ".join(english_left(said.text, self.data_words, self.english))
        if left:
            self.untranslated.append(f"{window}: {said.where}: {said.text!r} ({left})")

    def assert_none(self) -> None:
        assert self.untranslated == [], "\n".join(self.untranslated)
        assert self.clipped == [], "\n".join(self.clipped)


def _findings(language: str, ward_database: Path, pictures: Path) -> Findings:
    # the records' words, where the database is, and the bed the dialogs' list names
    data = database_words(ward_database) | {str(ward_database), "Bed 1"}
    return Findings(language, data, pictures)


def test_the_main_window_with_each_patient_tab(
    qtbot, language: str, backend: Backend, ward: WardData, tmp_path: Path, pictures: Path
) -> None:
    findings = _findings(language, tmp_path / "ui.sqlite3", pictures)
    window = show(qtbot, MainWindow(backend, backend.sign_in(ward.charge.username, PASSWORD)))
    window.census.select_admission(ward.admission_ids[3])
    tabs = window.panel.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        findings.look_at(window, f"main-{index}")
    findings.assert_none()


def test_rounds_mode(
    qtbot, language: str, backend: Backend, ward: WardData, monkeypatch, tmp_path: Path, pictures
) -> None:
    findings = _findings(language, tmp_path / "ui.sqlite3", pictures)
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    try:
        findings.look_at(mode.console.window(), "rounds-console")
        room_only(qtbot, mode)  # as on the projector: the console on the workstation
        findings.look_at(mode.stage.room, "ward-room")
    finally:
        close_mode(mode)
    findings.assert_none()


def test_each_dialog(
    qtbot, language: str, admin: Backend, ward: WardData, tmp_path: Path, pictures: Path
) -> None:
    findings = _findings(language, tmp_path / "ui.sqlite3", pictures)
    findings.data |= _strings_in(json.loads(CENSUS.read_text("utf-8")))  # what is imported
    for name, make in DIALOGS.items():
        findings.look_at(show(qtbot, make(admin, ward)), name.replace(" ", "-"))
    findings.assert_none()


def _strings_in(document: object) -> set[str]:
    if isinstance(document, dict):
        return set().union(*map(_strings_in, document.values()))
    if isinstance(document, list):
        return set().union(*map(_strings_in, document))
    return {document} if isinstance(document, str) and len(document) > 1 else set()
