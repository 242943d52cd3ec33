"""The client reaches data only through the services: no SQLAlchemy, no sessions of
its own; it asks what a role may do in one place, `Backend.may`; resources hold no code."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = re.compile(r"^\s*(import|from)\s+sqlalchemy\b|sessionmaker|\bSession\(", re.M)


def test_ui_never_touches_sqlalchemy_or_sessions() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if FORBIDDEN.search(path.read_text("utf-8"))
    ]
    assert offenders == []


def test_only_the_backend_asks_what_a_role_allows() -> None:
    """Screens ask `backend.may(...)`, so a rule about who may do what (or about who
    is signed in, as for a command-line tool) changes in one place."""
    asking = re.compile(r"\ballowed\(")
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if asking.search(path.read_text("utf-8"))
    ]
    assert offenders == ["ui/backend.py"]


def test_resources_hold_no_code() -> None:
    code = [p for p in (ROOT / "resources").rglob("*") if p.suffix in {".py", ".pyc", ".so"}]
    assert code == []


def _base_init_arguments(source: str) -> list[str]:
    """The argument text of every `super().__init__(...)` call in `source`."""
    found = []
    for call in re.finditer(r"super\(\)\.__init__\(", source):
        depth, end = 1, call.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(source[end], 0)
            end += 1
        found.append(source[call.end() : end])
    return found


def test_no_widget_translates_before_qt_has_made_it() -> None:
    """`self.tr` in the arguments to a Qt base class's __init__ runs on an object Qt
    has not made yet, which reads memory that is not there (a crash, now and then);
    `ClassName.tr(…)` gives the same translation safely (and pyside6-lupdate
    reads its context from the class name)."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if any("self.tr(" in args for args in _base_init_arguments(path.read_text("utf-8")))
    ]
    assert offenders == []
