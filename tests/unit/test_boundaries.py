"""The core never imports Qt or the ui package: the CLI, printing and services must
run headless."""

from __future__ import annotations

import ast
import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import grimp

import rounds_app

CORE = Path(rounds_app.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "ui")


def _imported_names(source: Path) -> list[str]:
    tree = ast.parse(source.read_text("utf-8"), filename=str(source))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_no_core_module_imports_qt_or_ui() -> None:
    offenders = [
        f"{path.relative_to(CORE.parent)} imports {name}"
        for path in CORE.rglob("*.py")
        for name in _imported_names(path)
        if name.split(".")[0] in FORBIDDEN
    ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    """Catches imports the text scan cannot see (importlib, a dependency pulling Qt)."""
    modules = [m.name for m in pkgutil.walk_packages([str(CORE)], prefix="rounds_app.")]
    modules = [m for m in modules if m != "rounds_app.__main__"]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
        f"{FORBIDDEN!r})\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=CORE.parent,
        env={**os.environ, "PYTHONPATH": str(CORE.parent)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_import_linter_contract_is_kept() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is part of the test dependencies"
    result = subprocess.run(
        [lint_imports], capture_output=True, text=True, timeout=120, cwd=CORE.parent
    )
    assert result.returncode == 0, result.stdout + result.stderr


# none is left: the list may only stay empty
KNOWN_CYCLES: set[tuple[str, ...]] = set()


def test_no_module_imports_one_that_imports_it_back() -> None:
    """Over the static import graph, TYPE_CHECKING imports included (an edge all the
    same): a cycle makes modules that can only be understood, and tested, together."""
    graph = grimp.build_graph("rounds_app", "ui")
    cycles = {
        tuple(sorted((module, imported)))
        for module in graph.modules
        for imported in graph.find_modules_directly_imported_by(module)
        if graph.chain_exists(importer=imported, imported=module)
    }
    assert cycles == KNOWN_CYCLES
