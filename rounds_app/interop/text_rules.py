"""Every text an import plan will write, held to the rule of the column it goes to
(rounds_app.domain.fields) — the rule the services apply to the same column — so an
import never stores what a screen would refuse. The first breach refuses the import;
the message names the record, the table and the column, never the value."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from sqlalchemy import Table

from rounds_app.domain.fields import TextRule
from rounds_app.errors import ImportRefused
from rounds_app.interop.lists import columns_of
from rounds_app.interop.plan import ImportPlan, ListItem, PlannedPatient
from rounds_app.storage.base import TEXT_RULE
from rounds_app.storage.models import NarrativeField, Patient


def refuse_bad_text(plan: ImportPlan) -> None:
    for planned in plan.patients:
        for where, table, column, value in _texts(planned):
            rule: TextRule | None = table.c[column].info.get(TEXT_RULE)
            problem = rule.problem(value) if rule is not None else None
            if problem is not None:
                raise ImportRefused(
                    "%1: %2 column '%3' %4; nothing was imported",
                    where,
                    table.name,
                    column,
                    problem,
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
