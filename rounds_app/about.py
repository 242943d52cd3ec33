"""What Help ▸ About says: this version, and the licences of what Rounds ships — its
fonts (each with its licence file in resources/fonts) and the libraries it runs on
(from their installed metadata)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import PackageMetadata, PackageNotFoundError, metadata

from rounds_app.resource_files import resource_path

# what a workstation runs on, as pip names it
LIBRARIES = (
    "PySide6-Essentials",
    "shiboken6",
    "SQLAlchemy",
    "alembic",
    "psycopg",
    "reportlab",
    "rl-accel",
    "uharfbuzz",
    "argon2-cffi",
    "platformdirs",
    "Babel",
    "fhir.resources",
    "pydantic",
)
_LICENSE_CLASSIFIER = "License :: OSI Approved :: "


@dataclass(frozen=True)
class Shipped:
    name: str
    version: str
    licence: str


def library_licences() -> list[Shipped]:
    """Each library that is installed, with its version and licence as it declares it."""
    found = []
    for name in LIBRARIES:
        try:
            meta = metadata(name)
        except PackageNotFoundError:
            continue
        found.append(Shipped(meta["Name"], meta["Version"], _licence(meta)))
    return found


def _licence(meta: PackageMetadata) -> str:
    expression = meta.get_all("License-Expression")
    if expression:
        return str(expression[0])
    classifiers = [
        c.removeprefix(_LICENSE_CLASSIFIER)
        for c in meta.get_all("Classifier") or []
        if c.startswith(_LICENSE_CLASSIFIER)
    ]
    if classifiers:
        return ", ".join(classifiers)
    declared = str((meta.get_all("License") or [""])[0]).strip().splitlines()
    return declared[0] if declared else "see the package"


def font_licences() -> list[Shipped]:
    """The shipped font families, each with the licence file that comes with it."""
    folder = resource_path("fonts")
    return [
        Shipped(path.stem.removeprefix("LICENSE-"), "", f"resources/fonts/{path.name}")
        for path in sorted(folder.glob("LICENSE-*.txt"))
    ]
