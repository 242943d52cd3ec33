"""`make ui-translations`: the screens' words extracted again from ui/ into every .ts in
resources/translations/ui (a new or changed text comes in unfinished; one no longer
in the code is dropped), the pseudo-locale written from the English, and the .qm files
the app loads compiled. The core's words are declared for extraction first
(packaging/core_words.py). The tests run the same steps on a copy to find a .ts or .qm
that is not current.

    PYTHONPATH=. python packaging/ui_translations.py"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# beside this script (the name `packaging` is taken by the PyPI library)
import core_words
import pseudo_translation

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations" / "ui"
LANGUAGES = ("es", "de", "ar", "en_XA")
PSEUDO = "en_XA"
_TOOLS = Path(sys.executable).parent  # pyside6-lupdate and -lrelease, beside Python


def ts_files(folder: Path) -> list[Path]:
    return [folder / f"rounds_{language}.ts" for language in LANGUAGES]


def extract(folder: Path) -> None:
    """Updates the .ts files in `folder` from ui/'s sources, and fills the pseudo-locale.
    No line numbers, and no messages the code dropped, so a diff shows changed words."""
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))
    options = ["-silent", "-locations", "none", "-no-obsolete", "-source-language", "en"]
    targets = [str(path) for path in ts_files(folder)]
    subprocess.run(
        [_TOOLS / "pyside6-lupdate", *options, *sources, "-ts", *targets], cwd=ROOT, check=True
    )
    pseudo_translation.fill(folder / f"rounds_{PSEUDO}.ts")


def compile_all(folder: Path) -> None:
    """A .qm beside each .ts: what the app loads."""
    targets = [str(path) for path in ts_files(folder)]
    subprocess.run([_TOOLS / "pyside6-lrelease", "-silent", *targets], check=True)


def main() -> None:
    core_words.main([])
    extract(TRANSLATIONS)
    compile_all(TRANSLATIONS)


if __name__ == "__main__":
    main()
