"""The gettext catalogs of the patient's copy, read from their .po files (compiled
when loaded, so there is no second copy to fall out of step), and the record of who
reviewed each translation.

A catalog's review is two lines of its header comment, `# Reviewed-By: NAME` and
`# Reviewed-On: YYYY-MM-DD`, empty until a qualified medical translator has checked
it. They live in the comment, not among the header fields, because Babel keeps a
catalog's header comment when it updates the catalog but drops fields it does not
know."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from babel.support import Translations

from rounds_app.errors import ValidationError
from rounds_app.resource_files import resource_path

COPY_DOMAIN = "patient_copy"
# a tiny catalog of one line, "An interpreter can be arranged", for languages the
# copy has no catalog for yet
INTERPRETER_DOMAIN = "interpreter"
_REVIEW_LINE = re.compile(r"^# Reviewed-(By|On):.*$", re.M)


def translations_root() -> Path:
    return resource_path("translations")


def po_path(root: Path, domain: str, locale: str) -> Path:
    return root / domain / locale / "LC_MESSAGES" / f"{domain}.po"


def shipped(root: Path, domain: str) -> tuple[str, ...]:
    """The locales with a catalog in `domain`, sorted."""
    folder = root / domain
    if not folder.is_dir():
        return ()
    found = (p.name for p in folder.iterdir() if po_path(root, domain, p.name).is_file())
    return tuple(sorted(found))


def read_catalog(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def translations(path: Path) -> Translations:
    """The catalog at `path`, compiled; fuzzy entries are left out, so an entry a
    translator has not confirmed prints in English."""
    return _compiled(path, path.stat().st_mtime_ns)


@cache
def _compiled(path: Path, _modified: int) -> Translations:
    compiled = BytesIO()
    write_mo(compiled, read_catalog(path))
    compiled.seek(0)
    return Translations(compiled)


@dataclass(frozen=True)
class Review:
    by: str
    on: date | None

    @property
    def done(self) -> bool:
        return bool(self.by) and self.on is not None


def review_of(path: Path) -> Review:
    comment = read_catalog(path).header_comment
    found = dict(
        (m.group(1), m.group(0).split(":", 1)[1].strip()) for m in _REVIEW_LINE.finditer(comment)
    )
    on = found.get("On", "")
    return Review(found.get("By", ""), date.fromisoformat(on) if on else None)


def record_review(path: Path, by: str, on: date) -> None:
    """Writes who reviewed the catalog at `path` and when into its header comment."""
    by = " ".join(by.split())
    if not by:
        raise ValidationError("Give the name of the translator who reviewed the catalog.")
    catalog = read_catalog(path)
    kept = [line for line in catalog.header_comment.splitlines() if not _REVIEW_LINE.match(line)]
    while kept and kept[-1] == "#":
        kept.pop()
    review = [f"# Reviewed-By: {by}", f"# Reviewed-On: {on.isoformat()}", "#"]
    catalog.header_comment = "\n".join(kept + review)
    buffer = BytesIO()
    write_po(buffer, catalog, width=0)  # as `make translations` writes them: unwrapped
    path.write_bytes(buffer.getvalue())
