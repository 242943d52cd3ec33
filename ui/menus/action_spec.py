"""What one menu action is, declared once beside the code that handles it: its words,
its keys, what the role needs, and which method of its owner it calls. Plain data, so
a feature's actions read as a list and the README's promises can be checked against it."""

from __future__ import annotations

from dataclasses import dataclass

from rounds_app.domain.roles import Permission


@dataclass(frozen=True)
class ActionSpec:
    id: str  # "feature.verb", how the menu layout and the tests name it
    text: str  # untranslated, with its mnemonic: "&Admit patient…"
    handler: str  # the owner's method that Triggered calls
    shortcut: str = ""  # portable text ("Ctrl+Shift+A"); none for a rare action
    needs: tuple[Permission, ...] = ()  # all of them, or the action is disabled
    tip: str = ""  # untranslated; what the tooltip says instead of the text
