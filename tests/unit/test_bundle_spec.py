"""The bundle carries Qt's own translation (the standard buttons, the file dialogs) for
every language of the screens: packaging/rounds.spec names each, where the bundled Qt
looks, and the bundle check finds one that is missing. Read without running PyInstaller."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))  # its scripts import each other by name
from qt_translations import BUNDLE_FOLDER, missing_from  # noqa: E402

# every language the screens speak, but the pseudo-locale (Qt has none for it)
QT_LANGUAGES = sorted(
    path.stem.removeprefix("rounds_")
    for path in (ROOT / "resources" / "translations" / "ui").glob("rounds_*.qm")
    if path.stem != "rounds_en_XA"
)


def _spec_datas(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The `datas` the spec hands to PyInstaller's Analysis, with PyInstaller's own
    names stood in for."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package: []  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda distribution: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    handed: dict[str, Any] = {}

    def analysis(*scripts: object, **options: Any) -> types.SimpleNamespace:
        handed.update(options)
        return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=options["datas"])

    def ignored(*parts: object, **options: object) -> None:
        return None

    spec = ROOT / "packaging" / "rounds.spec"
    names = {"SPECPATH": str(spec.parent), "Analysis": analysis}
    names |= {"PYZ": ignored, "EXE": ignored, "COLLECT": ignored}
    exec(compile(spec.read_text("utf-8"), str(spec), "exec"), names)
    datas: list[tuple[str, str]] = handed["datas"]
    return datas


def test_the_spec_names_qts_translation_of_every_language(monkeypatch) -> None:
    assert QT_LANGUAGES == ["ar", "de", "es"]
    datas = _spec_datas(monkeypatch)
    for language in QT_LANGUAGES:
        found = [source for source, folder in datas if Path(source).name == f"qtbase_{language}.qm"]
        assert len(found) == 1, language
        assert Path(found[0]).is_file()
        assert (found[0], BUNDLE_FOLDER) in datas


def test_the_bundle_check_names_a_missing_translation(tmp_path: Path) -> None:
    kept = tmp_path / "_internal" / BUNDLE_FOLDER
    kept.mkdir(parents=True)
    for language in ("de", "es"):
        (kept / f"qtbase_{language}.qm").write_bytes(b"")
    assert missing_from(tmp_path) == ["qtbase_ar.qm"]
    (kept / "qtbase_ar.qm").write_bytes(b"")
    assert missing_from(tmp_path) == []
