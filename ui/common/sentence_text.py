"""A sentence of the core's (rounds_app.domain.sentences.Sentence) in the screens'
language: its template translated, its values filled in as an error's are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rounds_app.domain.sentences import Sentence
from ui.common.error_text import value_text
from ui.common.widgets import fill_placeholders


def sentence_text(sentence: Sentence | None) -> str:
    """ "" for no sentence. The templates reach the .ts files through
    ui/common/core_words.py."""
    if sentence is None:
        return ""
    template = QCoreApplication.translate("CoreSentences", sentence.template)
    values = [
        sentence_text(value) if isinstance(value, Sentence) else value_text(value)
        for value in sentence.values
    ]
    return fill_placeholders(template, *values) if values else template
