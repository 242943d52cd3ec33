"""Every text an import plan will write, held to the rule of the column it goes to
(rounds_app.domain.fields) — the rule the services apply to the same column — so an
import never stores what a screen would refuse. The first breach refuses the import;
the message names the record, the table and the column, never the value."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from sqlalchemy import Table

from rounds_app.domain.fields import Fault, TextRule
from rounds_app.errors import ImportRefused, Quantity
from rounds_app.interop.lists import columns_of
from rounds_app.interop.plan import ImportPlan, ListItem, PlannedPatient
from rounds_app.storage.base import TEXT_RULE
from rounds_app.storage.models import NarrativeField, Patient


def refuse_bad_text(plan: ImportPlan) -> None:
    for planned in plan.patients:
        for where, table, column, value in _texts(planned):
            rule: TextRule | None = table.c[column].info.get(TEXT_RULE)
            if rule is not None:
                _refuse_fault(rule, value, where, table.name, column)


def _refuse_fault(rule: TextRule, value: str, where: str, table: str, column: str) -> None:
    """ImportRefused when `value` breaks `rule`: a whole sentence for each fault, so
    that a translation can word it freely (the English is TextRule.problem's)."""
    match rule.fault(value):
        case None:
            return
        case Fault.CONTROL:
            raise ImportRefused(
                "%1: %2 column '%3' contains a control character; nothing was imported",
                where,
                table,
                column,
            )
        case Fault.LINE_BREAK:
            raise ImportRefused(
                "%1: %2 column '%3' must be one line but holds a line break; nothing was imported",
                where,
                table,
                column,
            )
        case Fault.EMPTY:
            raise ImportRefused(
                "%1: %2 column '%3' is empty; nothing was imported", where, table, column
            )
        case Fault.TOO_LONG:
            raise ImportRefused(
                "%1: %2 column '%3' is %4 characters long; the limit is %5; nothing was imported",
                where,
                table,
                column,
                Quantity(len(value.strip())),
                Quantity(rule.limit),
            )
        case Fault.NOT_A_CHOICE:
            raise ImportRefused(
                "%1: %2 column '%3' must be one of: %4; nothing was imported",
                where,
                table,
                column,
                ", ".join(rule.choices),
            )
        case Fault.PATTERN:
            raise ImportRefused(
                "%1: %2 column '%3' %4; nothing was imported",
                where,
                table,
                column,
                rule.pattern_says,
            )


def _texts(planned: PlannedPatient) -> Iterator[tuple[str, Table, str, str]]:
    # a declarative model's table, which SQLAlchemy types as any FROM clause
    patients = cast(Table, Patient.__table__)
    for column, value in vars(planned.details).items():
        if isinstance(value, str):
            yield planned.source, patients, column, value
    for item in planned.items:
        yield from _item_texts(item)
    if planned.goals_to_card:
        yield planned.source, cast(Table, NarrativeField.__table__), "text", planned.goals_to_card


def _item_texts(item: ListItem) -> Iterator[tuple[str, Table, str, str]]:
    model, values = columns_of(item)
    table: Any = model.__table__
    for column, value in {**values, "key": item.key, "source": item.source}.items():
        if isinstance(value, str):
            yield item.source, table, column, value
