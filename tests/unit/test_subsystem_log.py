"""Every logger in Rounds is its subsystem's, named by one rule from where the code
lives (rounds_app/subsystem_log.py), so the log says which part wrote a line."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from rounds_app.subsystem_log import ROOT, logger_name

TREE = Path(__file__).resolve().parents[2]
RULE = TREE / "rounds_app" / "subsystem_log.py"


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("rounds_app.services.unit", "rounds.services"),
        ("rounds_app.services.ward_model.actions", "rounds.services.ward_model"),
        ("rounds_app.drafts", "rounds.drafts"),
        ("ui.rounds.mode", "rounds.ui.rounds"),
        ("ui.card.card_view", "rounds.ui.card"),
        ("ui.backend", "rounds.ui.backend"),
        ("ui.shell.app", "rounds.ui.shell"),
    ],
)
def test_a_logger_is_named_after_its_package(module: str, name: str) -> None:
    assert logger_name(module) == name


@pytest.mark.parametrize("module", ["tests.unit.test_names", "rounds_app", "ui"])
def test_a_module_outside_the_two_trees_has_no_subsystem(module: str) -> None:
    with pytest.raises(ValueError, match="not a module"):
        logger_name(module)


def _calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def _called(call: ast.Call) -> str:
    return call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")


def test_every_logger_in_the_tree_follows_the_rule() -> None:
    """A module asks for its logger by `subsystem_logger(__name__)`; only the rule
    itself and the handler set-up on the root ("rounds") name a logger by hand."""
    broken = []
    modules = sorted((TREE / "rounds_app").rglob("*.py")) + sorted((TREE / "ui").rglob("*.py"))
    for path in modules:
        for call in _calls(path):
            where = f"{path.relative_to(TREE)}:{call.lineno}"
            if _called(call) == "subsystem_logger":
                argument = call.args[0] if call.args else None
                if not (isinstance(argument, ast.Name) and argument.id == "__name__"):
                    broken.append(f"{where} subsystem_logger without __name__")
            elif _called(call) == "getLogger" and path != RULE:
                argument = call.args[0] if call.args else None
                if not (isinstance(argument, ast.Name) and argument.id == "ROOT"):
                    broken.append(f"{where} getLogger by hand")
    assert len(modules) > 200
    assert broken == []
    assert ROOT == "rounds"
