"""The screens' translations are current: pyside6-lupdate run again over ui/ (as
`make ui-translations` runs it) changes no .ts file, the declared core words and the
compiled .qm files are what the sources make, every literal the code translates is in
them (with plural forms where it counts), and a shipped language translates every
message."""

from __future__ import annotations

import ast
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))  # its scripts import each other by name

import core_words  # noqa: E402
import ui_translations  # noqa: E402

TRANSLATIONS = ui_translations.TRANSLATIONS
# The languages a ward can choose, whose every message must be translated
SHIPPED = ("es", "de", "en_XA")


@pytest.fixture(scope="module")
def made_again(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files, extracted again and compiled, in a folder of their own."""
    folder = tmp_path_factory.mktemp("ui-translations")
    for ts in ui_translations.ts_files(TRANSLATIONS):
        shutil.copy(ts, folder / ts.name)
    ui_translations.extract(folder)
    ui_translations.compile_all(folder)
    return folder


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_the_core_words_are_declared_as_the_core_has_them(tmp_path: Path) -> None:
    written = tmp_path / "core_words.py"
    core_words.main([str(written)])
    declared = ROOT / "ui" / "common" / "core_words.py"
    assert declared.read_text("utf-8") == written.read_text("utf-8"), "run make ui-translations"


@pytest.mark.parametrize("language", ui_translations.LANGUAGES)
def test_each_ts_file_is_current(made_again: Path, language: str) -> None:
    name = f"rounds_{language}.ts"
    current = (made_again / name).read_text("utf-8")
    assert (TRANSLATIONS / name).read_text("utf-8") == current, "run make ui-translations"


@pytest.mark.parametrize("language", ui_translations.LANGUAGES)
def test_each_qm_file_is_compiled_from_its_ts(made_again: Path, language: str) -> None:
    name = f"rounds_{language}.qm"
    assert (TRANSLATIONS / name).read_bytes() == (made_again / name).read_bytes()


@pytest.mark.parametrize("language", SHIPPED)
def test_a_shipped_language_translates_every_message(language: str) -> None:
    untranslated = [
        message.findtext("source")
        for message in _messages(TRANSLATIONS / f"rounds_{language}.ts")
        if _unfinished(message)
    ]
    assert untranslated == []


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform") or [translation]
    return translation.get("type") == "unfinished" or not all(f.text for f in forms)


def test_the_checks_see_an_unfinished_or_empty_translation() -> None:
    finished = ET.fromstring("<message><translation>Hola</translation></message>")
    unfinished = ET.fromstring('<message><translation type="unfinished">Ho</translation></message>')
    empty_plural = ET.fromstring(
        "<message><translation><numerusform>un día</numerusform><numerusform/></translation>"
        "</message>"
    )
    assert [_unfinished(m) for m in (finished, unfinished, empty_plural)] == [False, True, True]


def _translated_in_code() -> dict[tuple[str, str], bool]:
    """(context, text) of every literal the ui translates, and whether a count picks
    its plural form: self.tr and Context.tr (the context is the class), translate with
    its context, QT_TRANSLATE_NOOP."""
    found: dict[tuple[str, str], bool] = {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        classes = {
            id(node): cls.name
            for cls in ast.walk(tree)
            if isinstance(cls, ast.ClassDef)
            for node in ast.walk(cls)
        }
        for call in ast.walk(tree):
            if isinstance(call, ast.Call):
                message = _message(call, classes.get(id(call), ""))
                if message is not None:
                    found[message[:2]] = found.get(message[:2], False) or message[2]
    return found


def _message(call: ast.Call, in_class: str) -> tuple[str, str, bool] | None:
    args = [a.value if isinstance(a, ast.Constant) else None for a in call.args]
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name):
        context = in_class if func.value.id == "self" else func.value.id
        if args and isinstance(args[0], str):
            return context, args[0], len(args) == 3
    named = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if named in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
        if isinstance(args[0], str) and isinstance(args[1], str):
            return args[0], args[1], len(args) == 4
    return None


def test_every_word_the_code_translates_is_in_the_ts_files() -> None:
    """pyside6-lupdate skips a call it cannot read (a count that is not a plain name),
    silently: every literal must arrive, with its plural forms."""
    in_ts = {
        (context.findtext("name") or "", message.findtext("source") or ""): (
            message.get("numerus") == "yes"
        )
        for context in ET.parse(TRANSLATIONS / "rounds_es.ts").getroot()
        for message in context.iter("message")
    }
    in_code = _translated_in_code()
    assert sorted(set(in_code) - set(in_ts)) == []
    assert sorted(m for m, counted in in_code.items() if counted and not in_ts[m]) == []
