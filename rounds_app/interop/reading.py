"""Reading an import file into text or JSON; a file that cannot be read refuses the
whole import in one line naming it. Shared by the FHIR and CSV imports (the CSV import
never loads the FHIR models)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rounds_app.errors import ImportRefused

_BOM = b"\xef\xbb\xbf"

Json = dict[str, Any]


def read_bytes(source: Path) -> bytes:
    try:
        return source.read_bytes()
    except OSError as err:
        raise ImportRefused("cannot read %1: %2", source, err.strerror or err) from None


def decode_text(label: str, raw: bytes, *, json_follows: bool = True) -> str:
    """UTF-8 text without a byte-order mark (one is accepted: editors add them)."""
    if not raw.strip():
        raise ImportRefused("%1 is empty", label)
    skipped = len(_BOM) if raw.startswith(_BOM) else 0
    try:
        return raw[skipped:].decode("utf-8")
    except UnicodeDecodeError as err:
        if json_follows and err.reason == "unexpected end of data":
            # cut inside a character: the file is truncated rather than mis-encoded, and
            # the JSON parser will say where it stops
            return raw[skipped : skipped + err.start].decode("utf-8")
        raise ImportRefused("%1 is not UTF-8 text (byte %2)", label, skipped + err.start) from None


def parse_json(label: str, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ImportRefused(
            "%1 is not valid JSON (line %2, column %3): it may be truncated",
            label,
            err.lineno,
            err.colno,
        ) from None
    except RecursionError:
        raise ImportRefused("%1 nests too deeply to be FHIR", label) from None
