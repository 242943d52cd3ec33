"""What a form's edits are based on, so a refresh never loses typed text and a save
never silently overwrites someone else's.

A form remembers the version and values it last took from the card. When the card
comes again (after any save, here or elsewhere), a field nobody is editing takes the
new value; a field being edited keeps the typing. The form moves on to the new
version only when nobody else changed a field it is editing: otherwise it stays on
the old one, and its next save meets the conflict check with both versions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Tracked:
    def __init__(self) -> None:
        self.version = 0
        self.values: dict[str, Any] = {}

    def start(self, version: int, values: Mapping[str, Any]) -> None:
        """Takes the card's values as they are (a new patient, a save, a cancel)."""
        self.version = version
        self.values = dict(values)

    def editing(self, mine: Mapping[str, Any]) -> bool:
        return any(mine[name] != value for name, value in self.values.items())

    def refresh(
        self, mine: Mapping[str, Any], theirs: Mapping[str, Any], version: int
    ) -> tuple[dict[str, Any], bool]:
        """What the form should show now that the card holds `theirs` at `version`,
        and whether the form moved on to `version`."""
        shown: dict[str, Any] = {}
        clash = False
        for name, their in theirs.items():
            based_on = self.values.get(name)
            if mine[name] == based_on or mine[name] == their:
                shown[name] = their
                self.values[name] = their
            else:
                shown[name] = mine[name]
                clash = clash or their != based_on
        if not clash:
            self.version = version
        return shown, not clash
