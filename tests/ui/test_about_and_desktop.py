"""Help ▸ About, the application icon, and the files a desktop needs to list Rounds:
what hospital IT checks before it deploys the application."""

from __future__ import annotations

import configparser
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtGui import QImage

from rounds_app.resource_files import resource_path
from rounds_app.version import version
from ui.backend import Backend
from ui.shell.about_dialog import AboutDialog
from ui.shell.app import application_icon

ROOT = Path(__file__).parents[2]
SIZES = (16, 32, 48, 64, 128, 256)


def test_about_says_the_version_the_database_and_what_is_shipped(qtbot, backend: Backend) -> None:
    dialog = AboutDialog(None, backend.location)
    qtbot.addWidget(dialog)
    said = dialog.details.toPlainText()
    assert said.startswith(f"Rounds {version()}\nDatabase: {backend.location}\n")
    for family in ("DejaVu", "Noto", "Symbola", "WenQuanYi-MicroHei"):
        licence = f"resources/fonts/LICENSE-{family}.txt"
        assert f"  {family}: {licence}" in said and (ROOT / licence).is_file()
    assert "SQLAlchemy" in said and "MIT" in said
    assert "PySide6" in said and "LGPL-3.0" in said
    assert dialog.details.isReadOnly()


def test_the_icon_comes_at_every_size_from_its_svg(qapp) -> None:
    assert resource_path("icons", "rounds.svg").read_text().lstrip().startswith("<?xml")
    for size in SIZES:
        png = resource_path("icons", "hicolor", f"{size}x{size}", "apps", "rounds.png")
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
    assert sorted(s.width() for s in application_icon().availableSizes()) == list(SIZES)


def test_the_desktop_entry_and_metainfo_name_the_installed_command() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(resource_path("desktop", "rounds.desktop"), encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"] in scripts
    assert desktop["Icon"] == "rounds" and "MedicalSoftware;" in desktop["Categories"]
    info = ElementTree.parse(resource_path("desktop", "org.rounds.Rounds.metainfo.xml"))
    component = info.getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("launchable") == "rounds.desktop"
    assert component.findtext("provides/binary") == desktop["Exec"]
    assert component.findtext("icon") == desktop["Icon"]
    assert component.findtext("metadata_license") and component.findtext("project_license")
