"""One resource of a FHIR file, as reading, validating and mapping pass it on."""

from __future__ import annotations

from dataclasses import dataclass

from rounds_app.interop.reading import Json


@dataclass(frozen=True)
class Entry:
    """One resource of a file: `position` is its entry number in a Bundle (from 1), 0
    for a file that is a single resource."""

    file: str
    position: int
    full_url: str
    resource: Json

    @property
    def type(self) -> str:
        return str(self.resource["resourceType"])

    @property
    def id(self) -> str:
        value = self.resource.get("id")
        return value if isinstance(value, str) else ""

    @property
    def label(self) -> str:
        """How messages and the preview name the resource: `Patient/example`."""
        if self.id:
            return f"{self.type}/{self.id}"
        return f"{self.type} (entry {self.position} of {self.file})"

    @property
    def where(self) -> str:
        return f"{self.file}: entry {self.position}" if self.position else self.file
