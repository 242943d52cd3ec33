"""Keeping the slides current: what another workstation saves (followed through
ui.live.ChangeFollower) and names shown or hidden (P) read the slides again, and the
round carries on where it was — same patient, same timer, same half-typed text."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from rounds_app.errors import RoundsError
from rounds_app.live import ChangeView
from rounds_app.services.audience import audience_slides
from ui.live import ChangeFollower
from ui.rounds.dialogs import ConfirmReveal, ConfirmRevealSafety

if TYPE_CHECKING:
    from ui.rounds.mode import RoundsMode

# the round's own bookkeeping changes nothing on a slide: no reload for it
BOOKKEEPING = frozenset({"ward_round", "round_patient", "round_attendance"})


class SlideRefresh(QObject):
    def __init__(self, mode: RoundsMode) -> None:
        super().__init__(mode)
        self.mode = mode
        self.names_shown = False
        self.safety_shown = False
        self.follower = ChangeFollower(mode.backend, self)
        self.follower.changed.connect(self._changes)
        self.follower.connection_lost.connect(mode.console.show_message)
        self.follower.connection_restored.connect(lambda: mode.console.show_message(""))

    def toggle_names(self) -> None:
        """P: full names need a deliberate yes; back to initials at once."""
        if not self.names_shown and not ConfirmReveal.ask(self.mode.console):
            return
        self.reload(reveal=not self.names_shown)

    def toggle_safety(self) -> None:
        """Code status and allergies go on the screen only with a deliberate yes; off
        again at once."""
        if not self.safety_shown and not ConfirmRevealSafety.ask(self.mode.console):
            return
        self.reload(safety=not self.safety_shown)

    def reload(
        self,
        reveal: bool | None = None,
        changed: set[int] | None = None,
        safety: bool | None = None,
    ) -> None:
        """Reads the slides again; `changed`: the admissions whose full cards are stale
        (None: all of them)."""
        mode = self.mode
        reveal = self.names_shown if reveal is None else reveal
        safety = self.safety_shown if safety is None else safety
        try:
            slides = mode.backend.call(
                audience_slides, mode.setup.ward_id, reveal_names=reveal, reveal_safety=safety
            )
        except RoundsError as error:
            mode.console.show_message(str(error))
            return
        self.names_shown = reveal
        self.safety_shown = safety
        mode.load_facts()
        fresh = {s.admission_id: s for s in slides}
        mode.slides.update({aid: fresh[aid] for aid in mode.order if aid in fresh})
        for aid in changed if changed is not None else list(mode.cards):
            mode.cards.pop(aid, None)
        mode.audience.show_slide(mode.slide, mode.index, len(mode.order), date.today())
        mode.show_names()
        mode.after_paint()

    def _changes(self, changes: list[ChangeView]) -> None:
        ward = self.mode.setup.ward_id
        mine = [c for c in changes if c.entity not in BOOKKEEPING and c.ward_id in (None, ward)]
        if mine:
            touched = {c.admission_id for c in mine}
            self.reload(changed=None if None in touched else {a for a in touched if a is not None})
