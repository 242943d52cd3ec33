"""Rounds mode: runs one ward round across the ward-room view and the console.

`RoundsMode.start(backend, ward_id, parent)` resumes the ward's running round or starts
one (asking the time per patient), shows both views (see stage.py) and returns the
RoundsMode, or None when nothing was started. `finished` is emitted when it closes.

Navigation never waits for the database: every slide is in memory, the new patient is
painted first, and the time spent on the patient left behind is written after the paint
(write_queue.py). Changes saved elsewhere reload the slides without moving the
facilitator: same patient, same timer, same half-typed text."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from rounds_app.errors import RoundsError
from rounds_app.services.patient_card import patient_card
from rounds_app.services.round_changes import Aspect, RoundChange
from rounds_app.services.round_state import RoundSetup, RoundState
from rounds_app.services.ward_rounds import leave_patient
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common.error_text import error_text
from ui.common.messages import Notice
from ui.rounds.audience_view import AudienceView
from ui.rounds.console import Console
from ui.rounds.keys import RoundKeys, TypingKeys
from ui.rounds.prompts import worded
from ui.rounds.round_lock import RoundLock
from ui.rounds.round_patients_model import RoundRow, status_label
from ui.rounds.round_setup import open_round
from ui.rounds.round_timer import TimerTick, pace
from ui.rounds.round_work import RoundWork
from ui.rounds.slide_refresh import SlideRefresh
from ui.rounds.stage import Stage

log = subsystem_logger(__name__)


class RoundsMode(QObject):
    """Shows the round (`state`, rounds_app.services.round_state) on both views and
    hands it the keys; each step's RoundChange is rendered by `render`."""

    finished = Signal()

    def __init__(
        self,
        backend: Backend,
        setup: RoundSetup,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        laptop_widget: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend, self._clock = backend, clock
        self.state = RoundState(setup)
        self.keys = RoundKeys(self)
        self.audience = AudienceView()
        self.console = Console(self.keys)
        self.ticker = TimerTick(self)
        self._deferred = False  # work waits for the next paint of the ward-room view
        self.stage = Stage(
            self.audience,
            self.console,
            self.keys.actions,
            laptop_widget.screen() if laptop_widget is not None else None,
        )
        self.refresh = SlideRefresh(
            backend, self.state, self.render, self.console.show_message, self.console, self
        )
        self.work = RoundWork(
            backend, self.state, self,
            stage=self.stage, console=self.console, audience=self.audience, keys=self.keys,
            refresh=self.refresh, parent=self,
        )  # fmt: skip
        self.refresh.load_facts()
        self.typing = TypingKeys(self.hand_back, self)
        self.typing.watch(self.console)
        self.typing.typing.connect(self.console.show_typing)
        # after watching the console's controls: the lock's password field is no
        # quick-capture line, and Esc there must not hand the keys to the round
        self.locking = RoundLock(
            backend, setup.round_id, self.keys, self.console.stack,
            self.stage.reveal_console, self.hand_back, self,
        )  # fmt: skip
        self._connect()
        self.console.attendance.set_present(setup.present)
        self.console.model.set_rows([self._row(aid) for aid in self.state.order])
        if setup.resumed:
            self.console.show_message(self.tr("This round was already running: carrying on."))

    @classmethod
    def start(
        cls,
        backend: Backend,
        ward_id: int,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> RoundsMode | None:
        """Opens rounds mode on the ward; None when nothing was started (cancelled, or
        refused: the reason is shown in one line)."""
        try:
            setup = open_round(backend, ward_id, parent)
        except RoundsError as error:
            title = QCoreApplication.translate("RoundsMode", "Rounds")
            Notice.ask(parent, title, error_text(error), QMessageBox.Icon.Warning)
            return None
        if setup is None:
            return None
        mode = cls(backend, setup, parent, clock=clock, laptop_widget=parent)
        mode.open()
        log.info("rounds mode on ward id %s, round id %s", ward_id, setup.round_id)
        return mode

    def open(self) -> None:
        self.stage.show()  # placing the views shows the names (Stage.placed)
        self.render(self.state.start(self.now()))
        self.refresh.follower.start()

    def now(self) -> float:
        """The clock the round's timer reads (a test's own, moved by hand)."""
        return self._clock()

    def lock_on_its_own(self, after_ms: int) -> None:
        """Without a main window: an idle lock of its own (see RoundLock.on_its_own)."""
        self.locking.on_its_own(after_ms, self.close, self.finished)

    def go_to(self, index: int) -> None:
        """Moves to another patient: read-back first if actions are waiting, then the
        time on this one is queued for writing and the next is painted."""
        self.render(self.state.jump(index, self.now()))

    def render(self, change: RoundChange) -> None:
        """Shows what a step of the round changed; the visit left is queued for
        writing, after the paint."""
        if change.left is not None:
            visit = change.left
            self.work.writes.add(
                leave_patient, self.state.round_id, visit.admission_id, visit.seconds,
                visit.outcome,
            )  # fmt: skip
        for aid in change.rows:
            self.refresh_row(aid)
        self.work.render(change)
        if Aspect.ENDED in change:
            self.refresh.follower.stop()
        if Aspect.SAFETY in change:
            self.show_console_safety()
        if Aspect.PATIENT in change:
            self.show_current()
            return
        if Aspect.SLIDES in change:
            self.show_slides()
        if Aspect.HEADING in change:
            self.show_heading()
        if Aspect.PROMPT in change:
            self.show_prompt()
        if Aspect.TIMER in change:
            self.refresh_timer()

    def show_console_safety(self) -> None:
        """Code status and allergies for the facilitator; hidden while the console sits
        beside the ward-room view (the room reads it too) unless they are revealed."""
        facts = self.state.facts.get(self.state.current_id)
        if facts is not None:
            self.console.safety.show_facts(facts)
        shown = self.state.safety_shown or not self.stage.docked
        self.console.safety.setVisible(facts is not None and shown)

    def show_current(self) -> None:
        """Shows the current patient everywhere; the card is filled in after the paint."""
        state = self.state
        self.audience.hide_overlay()
        self.audience.show_slide(state.slide, state.index, len(state.order), date.today())
        self.console.select_row(self.console.model.row_of(state.current_id))
        self.show_heading()
        self.show_console_safety()
        self.console.capture.set_admission(state.current_id)
        self.console.hide_read_back()
        self.show_prompt()
        self.console.card.clear_patient()
        self.refresh_timer()
        self.after_paint()

    def show_slides(self) -> None:
        """The slides read again: the same patient, shown afresh."""
        state = self.state
        self.audience.show_slide(state.slide, state.index, len(state.order), date.today())
        self.show_names()
        self.after_paint()

    def show_prompt(self) -> None:
        """The discussion's step (those in the room are asked in turn)."""
        prompts = [worded(step) for step in self.state.prompts]
        self.console.show_prompt(self.state.prompt_step, prompts)

    def show_heading(self) -> None:
        aid = self.state.current_id
        self.console.show_heading(
            self.state.patient.bed or self.tr("No bed"),
            self.console_name(aid),
            status_label(self.state.statuses[aid]),
        )

    def console_name(self, admission_id: int) -> str:
        """Full names on the console's own screen; initials when it sits beside the
        ward-room view (the room sees it) unless names are shown anyway."""
        patient = self.state.patients[admission_id]
        shown = self.state.names_shown or not self.stage.docked
        return patient.name if shown else patient.initials

    def after_paint(self) -> None:
        """Runs the deferred work (writes, the full card) once the ward-room view has
        painted; at once when it cannot paint (hidden)."""
        self._deferred = True
        if not self.audience.isVisible():
            QTimer.singleShot(0, self.idle_work)

    def _painted(self) -> None:
        if self._deferred:
            QTimer.singleShot(0, self.idle_work)

    def idle_work(self) -> None:
        if not self._deferred:
            return
        self._deferred = False
        self.work.writes.flush()
        state = self.state
        aid = state.current_id
        if aid not in state.cards:
            try:
                state.cards[aid] = self.backend.call(patient_card, aid)
            except RoundsError as error:
                self.console.show_message(error_text(error))
        self.console.card.show_patient(state.slide, state.cards.get(aid), date.today())
        # the patients either side are laid out now, so next and back paint at once
        for index in (state.index + 1, state.index - 1):
            if 0 <= index < len(state.order):
                slide = state.slides[state.order[index]]
                self.audience.prepare(slide, index, len(state.order), date.today())

    def refresh_timer(self) -> None:
        state = self.state
        total = state.time_on_screen(self.now())
        target = state.setup.target_seconds
        self.console.show_timer(total, target, pace(total, target), state.timer_running)
        self.console.model.update(self.console.model.row_of(state.current_id), seconds=int(total))
        self.ticker.follow(state.timer_running)

    def refresh_row(self, aid: int) -> None:
        self.console.model.update(self.console.model.row_of(aid), **vars(self._row(aid)))

    def _row(self, aid: int) -> RoundRow:
        patient = self.state.patients[aid]
        return RoundRow(
            aid, patient.bed, self.console_name(aid), self.state.statuses[aid],
            self.state.seconds[aid],
        )  # fmt: skip

    def show_names(self) -> None:
        """Names on the console, after showing or hiding them or moving the console."""
        for aid in self.state.order:
            self.refresh_row(aid)
        self.show_heading()
        self.show_console_safety()

    def hand_back(self) -> None:
        """Esc in a text field: the keyboard goes back to the round (the console
        itself, where every key is the round's)."""
        self.console.setFocus()

    def _connect(self) -> None:
        keys, state = self.keys, self.state
        keys.next.triggered.connect(self._next)
        keys.previous.triggered.connect(self._back)
        keys.first.triggered.connect(lambda: self.go_to(0))
        keys.last.triggered.connect(lambda: self.go_to(len(state.order) - 1))
        keys.timer.triggered.connect(lambda: self.render(state.toggle_timer(self.now())))
        keys.privacy.triggered.connect(self.refresh.toggle_names)
        keys.safety.triggered.connect(self.refresh.toggle_safety)
        keys.console.triggered.connect(self.stage.toggle_console)
        self.work.connect_keys()
        self.ticker.ticked.connect(self.refresh_timer)
        self.audience.painted.connect(self._painted)
        self.stage.close_asked.connect(self._close_asked)
        self.stage.placed.connect(self.show_names)
        self.console.patients.clicked.connect(lambda index: self.go_to(index.row()))
        self.console.patients.activated.connect(lambda index: self.go_to(index.row()))
        self.console.summary.close_requested.connect(self.close)

    def _next(self) -> None:
        """A slide of more than one page shows its next page before the next patient."""
        if not self.audience.show_page(self.audience.page + 1):
            self.render(self.state.next(self.now()))

    def _back(self) -> None:
        if not self.audience.show_page(self.audience.page - 1):
            self.render(self.state.back(self.now()))

    def _close_asked(self) -> None:
        """A rounds window's close button: Esc's question, unless locked (the round
        is ended, like everything else, only by whoever is signed in)."""
        if not self.locking.locked:
            self.work.leave()

    def close(self) -> None:
        """Closes rounds mode. A round not ended stays running (it is resumed next
        time), with the time on the patient on screen recorded."""
        if not self.state.ended:
            self.render(self.state.leave(self.now()))
        self.work.writes.flush()
        self.refresh.follower.stop()
        self.ticker.follow(False)
        self.stage.close()
        self.finished.emit()
        self.deleteLater()
