"""Finds `resources/` (fonts, icons, styles, demo content): inside the installed
package, or beside it in a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    package = Path(__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the Rounds resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
