"""How an action reads on screen, shared by the actions tab and "my actions": who owns
it and when it is due — an overdue action says so in words, not only in red."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from rounds_app.services.patient_card import ActionView
from ui.common.date_words import short_date
from ui.common.discipline_labels import discipline_label
from ui.common.widgets import fill_placeholders


def action_tr(text: str) -> str:
    """Translates wording shared by the action screens (one context for translators)."""
    return QCoreApplication.translate("ActionWording", text)


def owner_text(action: ActionView) -> str:
    """The person, with their discipline when both are named; else the discipline."""
    if action.owner and action.owner_discipline is not None:
        return fill_placeholders(
            action_tr("%1 (%2)"), action.owner, discipline_label(action.owner_discipline)
        )
    if action.owner:
        return action.owner
    if action.owner_discipline is not None:
        return discipline_label(action.owner_discipline)
    return action_tr("Nobody named")


def due_text(due: date | None, today: date) -> tuple[str, bool]:
    """(words, overdue): "Due today", "Due tomorrow", "Due Fri 27 Nov",
    "Overdue: due Mon 23 Nov", "No due date"."""
    if due is None:
        return action_tr("No due date"), False
    days = (due - today).days
    if days < 0:
        return fill_placeholders(action_tr("Overdue: due %1"), short_date(due, today)), True
    if days == 0:
        return action_tr("Due today"), False
    if days == 1:
        return action_tr("Due tomorrow"), False
    return fill_placeholders(action_tr("Due %1"), short_date(due, today)), False
