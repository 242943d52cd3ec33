"""Keeping the slides current: what another workstation saves (followed through
ui.connection.live.ChangeFollower) and names or safety facts shown or hidden (P, Y) read the
slides again, and the round carries on where it was — same patient, same timer, same
half-typed text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from rounds_app.domain.entities import ROUND_BOOKKEEPING
from rounds_app.errors import RoundsError
from rounds_app.feed import ChangeView
from rounds_app.services.audience import audience_slides
from rounds_app.services.round_changes import RoundChange
from rounds_app.services.round_state import RoundState
from rounds_app.services.safety_views import safety_facts
from ui.backend import Backend
from ui.common.error_text import error_text
from ui.connection.live import ChangeFollower
from ui.rounds.dialogs import ConfirmReveal, ConfirmRevealSafety


class SlideRefresh(QObject):
    def __init__(
        self,
        backend: Backend,
        state: RoundState,
        render: Callable[[RoundChange], None],
        tell: Callable[[str], None],
        asker: QWidget,
        parent: QObject,
    ) -> None:
        """`render` shows what changed, `tell` one line to the facilitator, `asker` is
        where the questions before revealing anything are asked."""
        super().__init__(parent)
        self._backend, self._state = backend, state
        self._render, self._tell, self._asker = render, tell, asker
        self.follower = ChangeFollower(backend, self)
        self.follower.follow_ward(state.setup.ward_id)  # the round's ward, and no other
        self.follower.changed.connect(self._changes)
        self.follower.connection_lost.connect(tell)
        self.follower.connection_restored.connect(lambda: tell(""))

    def toggle_names(self) -> None:
        """P: full names need a deliberate yes; back to initials at once."""
        shown = self._state.names_shown
        if not shown and not ConfirmReveal.ask(self._asker):
            return
        self.reload(reveal=not shown)

    def toggle_safety(self) -> None:
        """Code status and allergies go on the screen only with a deliberate yes; off
        again at once."""
        shown = self._state.safety_shown
        if not shown and not ConfirmRevealSafety.ask(self._asker):
            return
        self.reload(safety=not shown)

    def load_facts(self) -> None:
        """The round's safety facts, for the console (the room sees them only through
        the slides, when revealed)."""
        try:
            facts = self._backend.call(safety_facts, self._state.order, date.today())
        except RoundsError as error:
            self._tell(error_text(error))
            return
        self._render(self._state.take_facts(facts))

    def reload(
        self,
        reveal: bool | None = None,
        changed: set[int] | None = None,
        safety: bool | None = None,
    ) -> None:
        """Reads the slides again; `changed`: the admissions whose full cards are stale
        (None: all of them)."""
        state = self._state
        reveal = state.names_shown if reveal is None else reveal
        safety = state.safety_shown if safety is None else safety
        try:
            slides = self._backend.call(
                audience_slides, state.setup.ward_id, reveal_names=reveal, reveal_safety=safety
            )
        except RoundsError as error:
            self._tell(error_text(error))
            return
        self.load_facts()
        self._render(state.take_slides(slides, stale=changed, names=reveal, safety=safety))

    def _changes(self, changes: list[ChangeView]) -> None:
        ward = self._state.setup.ward_id
        mine = [
            c for c in changes if c.entity not in ROUND_BOOKKEEPING and c.ward_id in (None, ward)
        ]
        if mine:
            touched = {c.admission_id for c in mine}
            self.reload(changed=None if None in touched else {a for a in touched if a is not None})
