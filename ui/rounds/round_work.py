"""What the facilitator does to the round besides moving between patients: mark one
discussed, skip one to come back to, follow the prompts, capture actions and entries,
read new actions back, record who is here, and end the round with its summary."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from rounds_app.domain.enums import ContributionKind, Discipline, RoundPatientStatus
from rounds_app.errors import RoundsError
from rounds_app.services import actions, contributions, ward_rounds
from rounds_app.services.round_summary import round_summary
from ui.contributions.vocabulary import discipline_label, short_date
from ui.rounds.attendance import ATTENDEES
from ui.rounds.dialogs import ConfirmEnd
from ui.rounds.keys import RoundKeys
from ui.rounds.summary_panel import headline, totals
from ui.rounds.write_queue import WriteQueue
from ui.widgets import fill

if TYPE_CHECKING:
    from ui.rounds.mode import RoundsMode

log = logging.getLogger("rounds.ui")


class RoundWork(QObject):
    def __init__(self, mode: RoundsMode) -> None:
        super().__init__(mode)
        self.mode = mode
        self.writes = WriteQueue(mode.backend, self)
        self.outcomes: dict[int, RoundPatientStatus] = {}  # recorded when leaving
        # actions captured, not yet read back: (owner, what and when) per admission
        self.unread: dict[int, list[tuple[str, str]]] = {}
        self.move_after_read_back: int | None = None
        self.ended = False

    def connect_keys(self, keys: RoundKeys) -> None:
        console = self.mode.console
        keys.discussed.triggered.connect(lambda: self.mark(RoundPatientStatus.DISCUSSED))
        keys.skip.triggered.connect(self.skip)
        keys.read_back.triggered.connect(lambda: self.read_back_first(None))
        keys.acknowledge.triggered.connect(self.acknowledge)
        keys.prompt.triggered.connect(self.next_prompt)
        keys.capture_action.triggered.connect(
            lambda: self._capture_focus(console.capture.focus_action)
        )
        keys.capture_entry.triggered.connect(
            lambda: self._capture_focus(console.capture.focus_entry)
        )
        keys.attendance.triggered.connect(self._attendance_focus)
        keys.leave.triggered.connect(self.leave)
        console.capture.action_requested.connect(self.add_action)
        console.capture.entry_requested.connect(self.add_entry)
        console.attendance.changed.connect(self.set_attendance)
        self.writes.failed.connect(console.show_message)

    def mark(self, status: RoundPatientStatus) -> None:
        if self.ended:
            return
        aid = self.mode.current_id
        self.outcomes[aid] = status
        self.mode.statuses[aid] = status
        self.mode.refresh_row(aid)
        self.mode.show_heading()

    def skip(self) -> None:
        """S: skipped (come back later), and on to the next patient."""
        if self.ended:
            return
        self.mark(RoundPatientStatus.SKIPPED)
        self.mode.go_to(self.mode.index + 1)

    def next_prompt(self) -> None:
        mode = self.mode
        mode.prompt_index = min(mode.prompt_index + 1, len(mode.prompts) - 1)
        mode.console.show_prompt(mode.prompt_index, mode.prompts)

    def read_back_first(self, then: int | None) -> bool:
        """Shows the read-back when this patient has new actions; True when it did (the
        move to `then` waits for the acknowledgement)."""
        lines = self.unread.get(self.mode.current_id)
        if not lines or self.ended:
            if then is None and not self.ended:
                self.mode.console.show_message(self.tr("No new actions to read back."))
            return False
        self.move_after_read_back = then
        self.mode.console.show_read_back(lines)
        self.mode.audience.show_overlay(self.tr("Read back: new actions"), lines)
        self.mode.keys.acknowledge.setEnabled(True)
        return True

    def acknowledge(self) -> None:
        """Enter during the read-back: recorded, then on to where the round was going."""
        mode = self.mode
        try:
            done = mode.backend.call(ward_rounds.read_back, mode.setup.round_id, mode.current_id)
        except RoundsError as error:
            mode.console.show_message(str(error))
            return
        log.info("read back %s actions of admission id %s", len(done), mode.current_id)
        self.unread.pop(mode.current_id, None)
        self._close_read_back()
        if self.move_after_read_back is not None:
            mode.go_to(self.move_after_read_back)

    def _close_read_back(self) -> None:
        self.mode.keys.acknowledge.setEnabled(False)
        self.mode.console.hide_read_back()
        self.mode.audience.hide_overlay()

    def add_action(self, text: str, owner: Discipline, due: date | None) -> None:
        mode = self.mode
        aid = mode.current_id
        try:
            mode.backend.call(
                actions.open_action, aid, text=text, owner_discipline=owner, due=due,
                round_id=mode.setup.round_id,
            )  # fmt: skip
        except RoundsError as error:
            mode.console.capture.show_error(str(error))
            return
        if due is not None:
            text = fill(self.tr("%1 — due %2"), text, short_date(due, date.today()))
        self.unread.setdefault(aid, []).append((discipline_label(owner), text))
        mode.console.capture.added_action()
        mode.hand_back()  # saved: the next letter is the round's again, never typed here
        mode.refresh.reload(changed={aid})

    def add_entry(self, text: str, speaker: Discipline, kind: ContributionKind) -> None:
        mode = self.mode
        try:
            mode.backend.call(
                contributions.add_contribution, mode.current_id, text=text, kind=kind,
                discipline=speaker, round_id=mode.setup.round_id,
            )  # fmt: skip
        except RoundsError as error:
            mode.console.capture.show_error(str(error))
            return
        mode.console.capture.added_entry()
        mode.hand_back()  # saved: the next letter is the round's again, never typed here
        mode.refresh.reload(changed={mode.current_id})

    def set_attendance(self, discipline: Discipline, present: bool) -> None:
        self.mode.show_prompts(keep_step=True)  # who to ask in turn has changed
        try:
            self.mode.backend.call(
                ward_rounds.set_attendance, self.mode.setup.round_id, discipline, present
            )
        except RoundsError as error:
            self.mode.console.show_message(str(error))

    def leave(self) -> None:
        """Esc: closes the read-back if it is showing; else asks, then ends the round
        and shows the summary; after the summary, closes rounds mode."""
        mode = self.mode
        if mode.keys.acknowledge.isEnabled():
            self.move_after_read_back = None
            self._close_read_back()
        elif self.ended:
            mode.close()
        elif ConfirmEnd.ask(mode.console, self._not_reached()):
            self.end()

    def _not_reached(self) -> int:
        return sum(s is RoundPatientStatus.PENDING for s in self.mode.statuses.values())

    def end(self) -> None:
        mode = self.mode
        mode.leave_current()
        present = set(mode.console.attendance.present())
        for discipline in ATTENDEES:  # not ticked: not here, so the summary can say so
            if discipline not in present and discipline not in mode.setup.absent:
                self.writes.add(ward_rounds.set_attendance, mode.setup.round_id, discipline, False)
        if not self.writes.flush():
            return  # the database is away: the round stays open, nothing is lost
        try:
            mode.backend.call(ward_rounds.end_round, mode.setup.round_id)
            summary = mode.backend.call(round_summary, mode.setup.round_id)
        except RoundsError as error:
            mode.console.show_message(str(error))
            return
        self.ended = True
        mode.timer.pause()
        mode.refresh.follower.stop()
        for action in mode.keys.actions:
            action.setEnabled(action in (mode.keys.leave, mode.keys.console))
        mode.console.summary.show_summary(summary, {p: mode.console_name(p) for p in mode.order})
        mode.console.show_summary_page()
        mode.audience.show_overlay(
            self.tr("The round is over"),
            [("", headline(summary))] + [("", t) for t in totals(summary)],
            whole=True,
        )
        log.info("ended round id %s", mode.setup.round_id)

    def _attendance_focus(self) -> None:
        self.mode.stage.reveal_console()
        console = self.mode.console
        console.tabs.setCurrentWidget(console.room)
        next(iter(console.attendance.boxes.values())).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _capture_focus(self, focus: Callable[[], None]) -> None:
        self.mode.stage.reveal_console()
        focus()
