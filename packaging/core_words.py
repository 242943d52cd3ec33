"""Writes ui/common/core_words.py: the English words the core owns (rounds_app has no
Qt) that the screens show and translate — the card's field names, the places of a
follow-up, the resuscitation and ceiling decisions, the safety items and their states,
the templates of the errors the services raise (rounds_app.errors.RoundsError) and
the phrases filled into them (rounds_app.errors.Phrase), and the core's other
sentences (rounds_app.domain.sentences.Sentence) — each as a QT_TRANSLATE_NOOP
in the context the ui translates it in, so pyside6-lupdate puts them in the .ts files.
`make ui-translations` runs it before lupdate; a test fails when the file is not what
this would write.

    PYTHONPATH=. python packaging/core_words.py [OUTPUT]"""

from __future__ import annotations

import ast
import json
import sys
from collections.abc import Iterable
from pathlib import Path

import rounds_app
from rounds_app import errors
from rounds_app.domain.labels import (
    CARD_FIELD_LABELS,
    FOLLOW_UP_PLACE_LABELS,
    REVIEW_SECTION_LABELS,
)
from rounds_app.domain.safety import CEILING_LABELS, RESUSCITATION_LABELS, SAFETY_ITEMS
from rounds_app.domain.sentences import Sentence

# the error classes whose message a person reads
_ERRORS = {
    name
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, errors.RoundsError)
}

OUTPUT = Path(__file__).resolve().parent.parent / "ui" / "common" / "core_words.py"

_HEAD = '''"""Written by packaging/core_words.py (`make ui-translations`); do not edit.

The core's English words that the screens translate, declared here only so that
pyside6-lupdate finds them: field_labels, follow_ups and fact_labels translate the core's own
tables in these contexts."""

from ui.common.words import QT_TRANSLATE_NOOP

# fmt: off
CORE_WORDS = (
'''


def words() -> list[tuple[str, str]]:
    """(context, English text), in the core's order, each once."""
    safety: list[str] = [*RESUSCITATION_LABELS.values(), *CEILING_LABELS.values()]
    for item in SAFETY_ITEMS.values():
        safety += [item.label, *(label for _, label in item.states)]
        safety += [item.detail] if item.detail else []
    found = [("CardField", text) for text in CARD_FIELD_LABELS.values()]
    found += [("SafetyWords", text) for text in safety]
    found += [("Vocabulary", text) for text in FOLLOW_UP_PLACE_LABELS.values()]
    found += [("ReviewSection", text) for text in REVIEW_SECTION_LABELS.values()]
    # every RoundsError's message and every Phrase filled into one
    found += [
        ("ServiceErrors", text) for text in first_words_of(_ERRORS | {errors.Phrase.__name__})
    ]
    found += [("ServiceErrors", errors.ConflictError.MESSAGE)]
    found += [("CoreSentences", text) for text in first_words_of({Sentence.__name__})]
    return list(dict.fromkeys(found))


def first_words_of(callables: set[str]) -> list[str]:
    """The literal text each call of one of `callables` in the core starts with, file by
    file, top to bottom. The command line's own are left out: they are read in a
    terminal, in English."""
    core = Path(rounds_app.__file__).parent
    found = []
    for path in sorted(core.rglob("*.py")):
        if "cli" not in path.relative_to(core).parts:
            calls = ast.walk(ast.parse(path.read_text("utf-8")))
            found += sorted(
                (node.lineno, node.col_offset, node.args[0].value)
                for node in calls
                if isinstance(node, ast.Call) and _starts_with_words(node, callables)
            )
    return [text for _, _, text in found]


def _starts_with_words(call: ast.Call, callables: set[str]) -> bool:
    first = call.args[0] if call.args else None
    return (
        isinstance(call.func, ast.Name)
        and call.func.id in callables
        and isinstance(first, ast.Constant)
        and isinstance(first.value, str)
        and bool(first.value)
    )


def module_text(pairs: Iterable[tuple[str, str]]) -> str:
    rows = "".join(
        f"    QT_TRANSLATE_NOOP({_quoted(ctx)}, {_quoted(text)}),\n" for ctx, text in pairs
    )
    return _HEAD + rows + ")\n# fmt: on\n"


def _quoted(text: str) -> str:
    """A double-quoted Python literal, as ruff format writes it."""
    return json.dumps(text, ensure_ascii=False)


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else OUTPUT
    out.write_text(module_text(words()), "utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
