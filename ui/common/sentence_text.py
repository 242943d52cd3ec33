"""A sentence of the core's (rounds_app.domain.sentences.Sentence) in the screens'
language: its template translated, its values filled in as an error's are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rounds_app.domain.sentences import Lines, Sentence
from rounds_app.errors import Phrase, Quantity, Value
from ui.common.widgets import fill_placeholders, number_text


def sentence_text(sentence: Sentence | None) -> str:
    """ "" for no sentence. The templates reach the .ts files through
    ui/common/core_words.py."""
    if sentence is None:
        return ""
    template = QCoreApplication.translate("CoreSentences", sentence.template)
    values = [value_text(value) for value in sentence.values]
    return fill_placeholders(template, *values) if values else template


def value_text(value: Value) -> str:
    """One value filled into a core template (an error's or a sentence's), as the
    screens show it."""
    if isinstance(value, Phrase):
        return QCoreApplication.translate(value.context, value)
    if isinstance(value, Quantity):
        return number_text(value)
    if isinstance(value, Sentence):
        return sentence_text(value)
    if isinstance(value, Lines):
        return "\n".join(map(sentence_text, value.sentences))
    return str(value)
