"""A sentence the core tells a person that is not an error (a note on an import's
plan, say), kept as RoundsError keeps its message: a fixed English template with %1,
%2 … and the values, so that the screens can say it in the user's language and the
command line in English."""

from __future__ import annotations

from collections.abc import Iterable

from rounds_app.errors import Value, Wording, fill, kept_values


class Sentence(Wording):
    """`str()` is the English. The screens translate `template` in context
    "CoreSentences" and fill in `values` (the user's data: beds, wards, names; a
    `Quantity` written the language's way; a `Phrase` or another Sentence translated
    in turn); packaging/core_words.py finds every `Sentence("…")` in the core, so
    write the template as a literal."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, *values: object) -> None:
        self.template = template
        self.values: tuple[Value, ...] = kept_values(values)

    def __str__(self) -> str:
        return fill(self.template, self.values)

    def __repr__(self) -> str:
        return f"Sentence({self.template!r}, *{self.values!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sentence):
            return NotImplemented
        return (self.template, self.values) == (other.template, other.values)

    def __hash__(self) -> int:
        return hash((self.template, self.values))


class Lines(Wording):
    """Sentences one under another, as one value of a template (the problems a
    refusal lists); the screens translate each."""

    __slots__ = ("sentences",)

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        self.sentences = tuple(sentences)

    def __str__(self) -> str:
        return "\n".join(map(str, self.sentences))

    def __repr__(self) -> str:
        return f"Lines({self.sentences!r})"
