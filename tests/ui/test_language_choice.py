"""Which language the screens speak: --language, else $ROUNDS_LANGUAGE, else the site's
setting, else the computer's locale — and a site that enforces its language has the
last word. A regional locale finds its language's translation; the computer's own
locale never brings up one that is not shipped (Arabic is there only to test the
right-to-left layout); and the pseudo-locale keeps what Qt must read."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from ui.shell import language
from ui.shell.language import LANGUAGE_ENV, chosen_language, install_language

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from pseudo_translation import pseudo  # noqa: E402


def test_the_flag_then_the_environment_then_the_site(monkeypatch, site_settings) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert chosen_language(None) is None
    site_settings('language = "de"')
    assert chosen_language(None) == "de"
    monkeypatch.setenv(LANGUAGE_ENV, "es")
    assert chosen_language(None) == "es"
    assert chosen_language("en_XA") == "en_XA"


def test_an_enforced_site_language_wins(monkeypatch, site_settings) -> None:
    site_settings('language = "de"\nenforce = ["language"]')
    monkeypatch.setenv(LANGUAGE_ENV, "es")
    assert chosen_language("en_XA") == "de"


def test_a_regional_locale_finds_its_language(qapp) -> None:
    installed = install_language("de_AT")
    try:
        assert installed.name == "de"
        assert QLocale().name() == "de_AT"  # dates and numbers as in Austria
    finally:
        installed.uninstall()
    assert QLocale().name() != "de_AT"


def test_the_computers_locale_brings_up_only_a_shipped_language(qapp, monkeypatch) -> None:
    for system, expected in (("ar_SA", ""), ("es_MX", "es"), ("fr_FR", "")):
        monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda s=system: QLocale(s)))
        installed = install_language(None)
        try:
            assert installed.name == expected, system
        finally:
            installed.uninstall()


def test_the_pseudo_locale_translates_and_keeps_what_qt_reads(qapp) -> None:
    installed = install_language("en_XA")
    try:
        shown = QCoreApplication.translate("MainMenus", "&File")
        assert shown.startswith("[&F") and shown.endswith("·]") and "File" not in shown
    finally:
        installed.uninstall()
    assert pseudo("Save %1 of %n (*.pdf) && more") == "[Šàṽé %1 öƒ %n (*.pdf) && ɱöŕé ······]"
    assert pseudo("%Ln beds").startswith("[%Ln ƀéđš")  # a count in the language's digits
    assert len(pseudo("Discharge summary for the team")) >= 1.3 * len(
        "Discharge summary for the team"
    )
