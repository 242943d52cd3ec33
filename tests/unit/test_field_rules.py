"""Every column that holds user text declares its rule once, on the model; the services
and every import read it from there."""

from __future__ import annotations

from sqlalchemy import Enum

from rounds_app.domain import fields
from rounds_app.storage import models  # noqa: F401  (registers every table)
from rounds_app.storage.base import TEXT_RULE, Base

# text that is no one's words: written by Rounds itself
NOT_USER_TEXT = {
    ("users", "password_hash"),
    ("audit_events", "actor"),
    ("audit_events", "action"),
    ("audit_events", "entity"),
    ("audit_events", "fields"),
    ("audit_events", "prev_hash"),
    ("audit_events", "hash"),
    ("audit_chain_head", "last_hash"),
    ("change_log", "entity"),
    ("sign_in_throttles", "name_digest"),
    ("fact_revisions", "entity"),
}


def test_every_text_column_has_a_rule_within_its_length() -> None:
    unruled = set()
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if column.type.python_type is not str or isinstance(column.type, Enum):
                continue
            rule = column.info.get(TEXT_RULE)
            if rule is None:
                unruled.add((table.name, column.name))
                continue
            length = getattr(column.type, "length", None)
            assert length is None or rule.limit <= length, (table.name, column.name)
    assert unruled == NOT_USER_TEXT


def test_what_a_rule_finds_wrong() -> None:
    name = fields.GIVEN_NAME
    assert name.problem("  Ana  ") is None
    assert name.problem(" \t ") == "is empty"
    assert name.problem("A\x1bna") == "contains a control character"
    assert name.fault("A\x9bna") is fields.Fault.CONTROL  # C1: a terminal's CSI
    assert name.problem("A\nna") == "must be one line but holds a line break"
    assert name.problem("x" * 101) == "is 101 characters long; the limit is 100"
    assert name.fault("x" * 101) is fields.Fault.TOO_LONG
    assert fields.PREFERRED_NAME.problem("") is None
    assert fields.CARD_FIELD.problem("one\r\ntwo\n") is None
    assert fields.GENDER.problem("other") is None
    assert fields.GENDER.problem("F") == "must be one of: male, female, other, unknown"
    assert fields.folded("a\r\nb\nc\u2028d") == "a b c d"
