"""Resolving FHIR references between the resources of one import, in every style a
sender uses: `#id` (contained), `urn:uuid:…` and other full URLs, relative `Patient/123`,
absolute URLs ending in `Patient/123`, conditional `Patient?identifier=system|value`, and
logical references by `identifier`. What does not resolve inside the files is recorded,
and the import goes on without it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

from rounds_app.interop.fhir_entry import Entry
from rounds_app.interop.reading import Json

_TYPE_ID = re.compile(r"(?:^|/)([A-Z][A-Za-z]+)/([A-Za-z0-9\-.]{1,64})(?:/_history/[^/]+)?$")


class References:
    def __init__(self, entries: Iterable[Entry]):
        self._by_url: dict[str, Entry] = {}
        self._by_type_id: dict[tuple[str, str], Entry] = {}
        self._by_type: dict[str, list[Entry]] = defaultdict(list)
        for entry in entries:
            if entry.full_url:
                self._by_url.setdefault(entry.full_url, entry)
            if entry.id:
                self._by_type_id.setdefault((entry.type, entry.id), entry)
            self._by_type[entry.type].append(entry)
        self._unresolved: dict[str, None] = {}

    @property
    def unresolved(self) -> tuple[str, ...]:
        """Each reference that named nothing in the files, once, in the order met."""
        return tuple(self._unresolved)

    def resolve(self, reference: Any, within: Entry, expected: str | None = None) -> Json | None:
        """The resource a Reference element points at, or None. `expected` is the type
        the element must name (a subject that is a Group is no patient)."""
        if not isinstance(reference, dict):
            return None
        target = reference.get("reference")
        if isinstance(target, str) and target:
            found = self._by_string(target, within)
            shown = target
        elif isinstance(reference.get("identifier"), dict):
            found = self._by_identifier(expected or str(reference.get("type", "")), reference)
            shown = _identifier_text(reference["identifier"])
        else:
            # a display-only reference names someone without pointing anywhere
            return None
        if found is None or (expected and found.get("resourceType") != expected):
            self._unresolved.setdefault(f"{shown} (in {within.label})", None)
            return None
        return found

    def _by_string(self, target: str, within: Entry) -> Json | None:
        if target.startswith("#"):
            return _contained(within.resource, target[1:])
        if target in self._by_url:
            return self._by_url[target].resource
        if "?" in target:
            kind, _, query = target.partition("?")
            return self._conditional(kind.rsplit("/", 1)[-1], query)
        if "://" not in target and within.full_url.count("/") > 2:
            # relative to an entry with a server URL: the same server's resource first
            base = within.full_url.rsplit("/", 2)[0]
            if f"{base}/{target}" in self._by_url:
                return self._by_url[f"{base}/{target}"].resource
        match = _TYPE_ID.search(target)
        if match is None:
            return None
        entry = self._by_type_id.get((match.group(1), match.group(2)))
        return entry.resource if entry else None

    def _conditional(self, kind: str, query: str) -> Json | None:
        """A conditional reference resolves when exactly one resource of the files
        matches every parameter; Rounds understands `identifier` and `_id`."""
        params = parse_qsl(query, keep_blank_values=True)
        if not params or any(name not in ("identifier", "_id") for name, _ in params):
            return None
        matches = [
            entry
            for entry in self._by_type.get(kind, [])
            if all(_matches(entry, name, value) for name, value in params)
        ]
        return matches[0].resource if len(matches) == 1 else None

    def _by_identifier(self, kind: str, reference: Json) -> Json | None:
        wanted = reference["identifier"]
        value = _identifier_text(wanted)
        if not kind or not value:
            return None
        return self._conditional(kind, f"identifier={value}")


def _contained(resource: Json, wanted: str) -> Json | None:
    contained = resource.get("contained")
    for item in contained if isinstance(contained, list) else []:
        if isinstance(item, dict) and item.get("id") == wanted:
            return item
    return None


def _matches(entry: Entry, name: str, value: str) -> bool:
    if name == "_id":
        return entry.id == value
    system, bar, code = value.rpartition("|")
    identifiers = entry.resource.get("identifier")
    for identifier in identifiers if isinstance(identifiers, list) else []:
        if not isinstance(identifier, dict) or identifier.get("value") != code:
            continue
        if not bar or identifier.get("system") == system:
            return True
    return False


def _identifier_text(identifier: Any) -> str:
    if not isinstance(identifier, dict) or not isinstance(identifier.get("value"), str):
        return ""
    system = identifier.get("system")
    return f"{system}|{identifier['value']}" if isinstance(system, str) else identifier["value"]
