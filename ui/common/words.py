"""Translatable words that belong to no widget: a table of labels, a sentence a
helper function builds. Each context is a small class named for it, because
pyside6-lupdate reads `Name.tr("…")` as a message of context `Name` (with its plural
forms when a count is given), while it cannot see the literal handed to a helper
function."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class Words:
    """Subclass it with the context's name; `Context.tr(text)` translates like a
    widget's `self.tr`, and needs no object, so it is safe anywhere."""

    @classmethod
    def tr(cls, text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation or None, n)


class Vocabulary(Words):
    """Words the whole ui shares: disciplines, kinds of entry, days."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 -- the name lupdate reads
    """Marks `text` as a message of `context` where it is declared as data (a menu's
    title, a table of labels) and hands it back untranslated; the code that shows it
    translates it in the same context. Qt's own is typed as returning `object`."""
    return text
