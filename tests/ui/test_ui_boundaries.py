"""The client reaches data only through the services: no SQLAlchemy, no sessions of
its own; resources hold no code."""

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


def test_resources_hold_no_code() -> None:
    code = [p for p in (ROOT / "resources").rglob("*") if p.suffix in {".py", ".pyc", ".so"}]
    assert code == []
