"""How an action reads on screen, shared by the actions tab and "my actions": who owns
it and when it is due — an overdue action says so in words, not only in red."""

from __future__ import annotations

from datetime import date

from rounds_app.services.patient_card import ActionView
from ui.common.date_words import short_date
from ui.common.discipline_labels import discipline_label
from ui.common.widgets import fill_placeholders
from ui.common.words import Words


class ActionWording(Words):
    """The translators' context of these words."""


def owner_text(action: ActionView) -> str:
    """The person, with their discipline when both are named; else the discipline."""
    if action.owner and action.owner_discipline is not None:
        return fill_placeholders(
            ActionWording.tr("%1 (%2)"), action.owner, discipline_label(action.owner_discipline)
        )
    if action.owner:
        return action.owner
    if action.owner_discipline is not None:
        return discipline_label(action.owner_discipline)
    return ActionWording.tr("Nobody named")


def due_text(due: date | None, today: date) -> tuple[str, bool]:
    """(words, overdue): "Due today", "Due tomorrow", "Due Fri 27 Nov",
    "Overdue: due Mon 23 Nov", "No due date"."""
    if due is None:
        return ActionWording.tr("No due date"), False
    days = (due - today).days
    if days < 0:
        return fill_placeholders(ActionWording.tr("Overdue: due %1"), short_date(due, today)), True
    if days == 0:
        return ActionWording.tr("Due today"), False
    if days == 1:
        return ActionWording.tr("Due tomorrow"), False
    return fill_placeholders(ActionWording.tr("Due %1"), short_date(due, today)), False
