"""Closing an action (done or cancelled), from the actions tab or from "my actions",
with the same calm words when someone else got there first."""

from __future__ import annotations

from rounds_app.domain.enums import ActionStatus
from rounds_app.errors import ConflictError, RoundsError
from rounds_app.services import actions
from rounds_app.services.patient_card import ActionView
from rounds_app.subsystem_log import subsystem_logger
from ui.actions.owner_and_due import ActionWording
from ui.backend import Backend
from ui.common.error_text import error_text
from ui.common.widgets import fill_placeholders

log = subsystem_logger(__name__)


def close_action(backend: Backend, action: ActionView, status: ActionStatus) -> str | None:
    """Closes `action` as it was shown (its version). Returns None when it is closed,
    else one line for the user; the list should be reloaded either way."""
    try:
        backend.call(actions.close_action, action.id, action.version, status)
    except ConflictError as error:
        # an action changes only by being closed, so whoever changed it closed it
        log.info("action id %s was closed elsewhere", action.id)
        if error.theirs.edited_by:
            return fill_placeholders(
                ActionWording.tr(
                    "Someone else (%1) closed it already; the list now shows it as it is."
                ),
                error.theirs.edited_by,
            )
        return ActionWording.tr("Someone else closed it already; the list now shows it as it is.")
    except RoundsError as error:
        return error_text(error)
    log.info("closed action id %s as %s", action.id, status.value)
    return None
