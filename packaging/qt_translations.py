"""Qt's own translations (qtbase_<language>.qm: the standard buttons, the file and
print dialogs) for every language the screens are translated into but the
pseudo-locale, and where a PyInstaller bundle keeps them: in PySide6's Qt folder,
where QLibraryInfo's TranslationsPath points there and ui/shell/language.py looks.
packaging/rounds.spec adds them by name, so a build that lacks one fails instead of
shipping windows whose buttons stay English; packaging/check_bundle.py looks for them
in the bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo

# beside this script (the name `packaging` is taken by the PyPI library)
from ui_translations import LANGUAGES, PSEUDO

BUNDLE_FOLDER = "PySide6/Qt/translations"


def qt_languages() -> list[str]:
    return [language for language in LANGUAGES if language != PSEUDO]


def file_name(language: str) -> str:
    return f"qtbase_{language}.qm"


def qtbase_files() -> list[tuple[str, str]]:
    """(the installed qtbase file, its folder in the bundle) for each language, as a
    spec's `datas` takes them. FileNotFoundError names one PySide6 does not have."""
    installed = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    files = [installed / file_name(language) for language in qt_languages()]
    for path in files:
        if not path.is_file():
            raise FileNotFoundError(f"Qt's translation {path} is missing")
    return [(str(path), BUNDLE_FOLDER) for path in files]


def missing_from(bundle: Path) -> list[str]:
    """The qtbase files a built bundle lacks (it keeps its parts in a folder of its
    own, _internal/ by default)."""
    present = {path.name for path in bundle.rglob(f"{BUNDLE_FOLDER}/qtbase_*.qm")}
    return [file_name(lang) for lang in qt_languages() if file_name(lang) not in present]
