"""Writing to the terminal. Text from the database or from a file (a display name, a
bed label, a reference in an import) may hold control characters — ESC starts a
terminal command, BEL rings — so every line the command line prints goes through
`say`, which shows them escaped (`\x1b`) instead of letting the terminal obey them."""

from __future__ import annotations

import re
import sys
from typing import TextIO

# C0 and C1 controls and DEL, and the bidirectional embeddings, overrides and
# isolates, which can make a terminal show text in another order than it is written
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def shown(text: str) -> str:
    """`text` on one line with every control character written as an escape."""
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def say(message: str, *, stream: TextIO | None = None) -> None:
    """Prints `message`, a line or several (our own line breaks stay; anything else
    that could drive the terminal is escaped). Standard output unless `stream`."""
    target = stream if stream is not None else sys.stdout
    for line in message.split("\n"):
        print(shown(line), file=target)


def complain(message: str) -> None:
    """`rounds-app: message` on standard error."""
    say(f"rounds-app: {message}", stream=sys.stderr)
