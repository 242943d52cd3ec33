"""Documented limits on user text (characters, after trimming surrounding space).

They keep a card readable on the ward-room screen and a handoff row on one line of
paper; the README lists them."""

from __future__ import annotations

NAME = 100
IDENTIFIER = 64
USERNAME = 64
SHORT_TEXT = 200  # bed labels, destinations, medication names, pronouns, languages
ONE_LINER = 280
ACTION_TEXT = 500
NARRATIVE_FIELD = 4000
CONTRIBUTION = 4000
LONG_TEXT = 4000  # barriers, warning signs, contingencies
REASON = 500
PASSWORD_MIN = 8
PASSWORD_MAX = 256
