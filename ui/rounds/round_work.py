"""What the facilitator does to the round besides moving between patients: mark one
discussed, skip one to come back to, follow the prompts, capture actions and entries,
read new actions back, record who is here, and end the round with its summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt

from rounds_app.domain.enums import ContributionKind, Discipline, RoundPatientStatus
from rounds_app.errors import RoundsError
from rounds_app.services import actions, contributions, ward_rounds
from rounds_app.services.round_changes import Aspect, RoundChange
from rounds_app.services.round_state import RoundState, UnreadAction
from rounds_app.services.round_summary import round_summary
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common.date_words import short_date
from ui.common.discipline_labels import discipline_label
from ui.common.error_text import error_text
from ui.common.widgets import fill_placeholders
from ui.rounds.audience_view import AudienceView
from ui.rounds.console import Console
from ui.rounds.dialogs import ConfirmEnd
from ui.rounds.keys import RoundKeys
from ui.rounds.slide_refresh import SlideRefresh
from ui.rounds.stage import Stage
from ui.rounds.summary_panel import headline, totals
from ui.rounds.write_queue import WriteQueue

log = subsystem_logger(__name__)


class RoundScreen(Protocol):
    """What the round's work asks of the screen the round runs on."""

    def render(self, change: RoundChange) -> None: ...

    def now(self) -> float: ...

    def hand_back(self) -> None: ...

    def close(self) -> None: ...

    def console_name(self, admission_id: int) -> str: ...


class RoundWork(QObject):
    def __init__(
        self,
        backend: Backend,
        state: RoundState,
        screen: RoundScreen,
        *,
        stage: Stage,
        console: Console,
        audience: AudienceView,
        keys: RoundKeys,
        refresh: SlideRefresh,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._backend, self._state, self._screen = backend, state, screen
        self._stage, self._console, self._audience = stage, console, audience
        self._keys, self._refresh = keys, refresh
        self.writes = WriteQueue(backend, self)

    def connect_keys(self) -> None:
        keys, console, state, render = self._keys, self._console, self._state, self._screen.render
        keys.discussed.triggered.connect(lambda: render(state.discuss()))
        keys.skip.triggered.connect(lambda: render(state.skip(self._screen.now())))
        keys.read_back.triggered.connect(lambda: render(state.read_back()))
        keys.acknowledge.triggered.connect(self.acknowledge)
        keys.prompt.triggered.connect(lambda: render(state.next_prompt()))
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

    def render(self, change: RoundChange) -> None:
        """The read-back, opened or closed."""
        if Aspect.READ_BACK in change:
            lines = [_line(action) for action in self._state.unread[self._state.current_id]]
            self._console.show_read_back(lines)
            self._audience.show_overlay(self.tr("Read back: new actions"), lines)
            self._keys.acknowledge.setEnabled(True)
        if Aspect.READ_BACK_CLOSED in change:
            self._keys.acknowledge.setEnabled(False)
            self._console.hide_read_back()
            self._audience.hide_overlay()
        if Aspect.NOTHING_TO_READ_BACK in change:
            self._console.show_message(self.tr("No new actions to read back."))

    def acknowledge(self) -> None:
        """Enter during the read-back: recorded, then on to where the round was going."""
        state = self._state
        try:
            done = self._backend.call(ward_rounds.read_back, state.round_id, state.current_id)
        except RoundsError as error:
            self._console.show_message(error_text(error))
            return
        log.info("read back %s actions of admission id %s", len(done), state.current_id)
        self._screen.render(state.read_back_done(self._screen.now()))

    def add_action(self, text: str, owner: Discipline, due: date | None) -> None:
        state = self._state
        try:
            self._backend.call(
                actions.open_action, state.current_id, text=text, owner_discipline=owner,
                due=due, round_id=state.round_id,
            )  # fmt: skip
        except RoundsError as error:
            self._console.capture.show_error(error_text(error))
            return
        state.capture_action(owner, text, due)
        self._console.capture.added_action()
        self._screen.hand_back()  # saved: the next letter is the round's, never typed here
        self._refresh.reload(changed={state.current_id})

    def add_entry(self, text: str, speaker: Discipline, kind: ContributionKind) -> None:
        state = self._state
        try:
            self._backend.call(
                contributions.add_contribution, state.current_id, text=text, kind=kind,
                discipline=speaker, round_id=state.round_id,
            )  # fmt: skip
        except RoundsError as error:
            self._console.capture.show_error(error_text(error))
            return
        self._console.capture.added_entry()
        self._screen.hand_back()  # saved: the next letter is the round's, never typed here
        self._refresh.reload(changed={state.current_id})

    def set_attendance(self, discipline: Discipline, present: bool) -> None:
        self._screen.render(self._state.set_attendance(discipline, present))
        try:
            self._backend.call(
                ward_rounds.set_attendance, self._state.round_id, discipline, present
            )
        except RoundsError as error:
            self._console.show_message(error_text(error))

    def leave(self) -> None:
        """Esc: closes the read-back if it is showing; else asks, then ends the round
        and shows the summary; after the summary, closes rounds mode."""
        state = self._state
        if state.reading_back:
            self._screen.render(state.cancel_read_back())
        elif state.ended:
            self._screen.close()
        elif ConfirmEnd.ask(self._console, state.summary().count(RoundPatientStatus.PENDING)):
            self.end()

    def end(self) -> None:
        state, screen = self._state, self._screen
        screen.render(state.leave(screen.now()))
        for discipline in state.unticked():  # not here, so the summary can say so
            self.writes.add(ward_rounds.set_attendance, state.round_id, discipline, False)
        if not self.writes.flush():
            return  # the database is away: the round stays open, nothing is lost
        try:
            self._backend.call(ward_rounds.end_round, state.round_id)
            summary = self._backend.call(round_summary, state.round_id)
        except RoundsError as error:
            self._console.show_message(error_text(error))
            return
        screen.render(state.end(screen.now()))
        keys = self._keys
        for action in keys.actions:
            action.setEnabled(action in (keys.leave, keys.console))
        names = {aid: screen.console_name(aid) for aid in state.order}
        self._console.summary.show_summary(summary, names)
        self._console.show_summary_page()
        self._audience.show_overlay(
            self.tr("The round is over"),
            [("", headline(summary))] + [("", t) for t in totals(summary)],
            whole=True,
        )
        log.info("ended round id %s", state.round_id)

    def _attendance_focus(self) -> None:
        self._stage.reveal_console()
        console = self._console
        console.tabs.setCurrentWidget(console.room)
        next(iter(console.attendance.boxes.values())).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _capture_focus(self, focus: Callable[[], None]) -> None:
        self._stage.reveal_console()
        focus()


def _line(action: UnreadAction) -> tuple[str, str]:
    """An action as it is read back: who owns it, and what, by when."""
    text = action.text
    if action.due is not None:
        due = QCoreApplication.translate("RoundWork", "%1 — due %2")
        text = fill_placeholders(due, text, short_date(action.due, date.today()))
    return discipline_label(action.owner), text
