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
