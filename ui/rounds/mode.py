"""Rounds mode: runs one ward round across the ward-room view and the console.

`RoundsMode.start(backend, ward_id, parent)` resumes the ward's running round or starts
one (asking the time per patient), shows both views (see stage.py) and returns the
RoundsMode, or None when nothing was started. `finished` is emitted when it closes.

Navigation never waits for the database: every slide is in memory, the new patient is
painted first, and the time spent on the patient left behind is written after the paint
(write_queue.py). Changes saved elsewhere reload the slides without moving the
facilitator: same patient, same timer, same half-typed text."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from rounds_app.errors import RoundsError
from rounds_app.services.audience import AudienceSlide
from rounds_app.services.patient_card import PatientCard, patient_card
from rounds_app.services.safety_views import SafetyFacts, safety_facts
from rounds_app.services.ward_rounds import leave_patient
from ui.backend import Backend
from ui.messages import Notice
from ui.rounds.audience_view import AudienceView
from ui.rounds.console import Console
from ui.rounds.keys import RoundKeys, TypingKeys
from ui.rounds.prompts import prompts_for
from ui.rounds.round_lock import RoundLock
from ui.rounds.round_patients_model import RoundRow, status_label
from ui.rounds.round_setup import RoundSetup, open_round
from ui.rounds.round_timer import PatientTimer, pace
from ui.rounds.round_work import RoundWork
from ui.rounds.slide_refresh import SlideRefresh
from ui.rounds.stage import Stage

log = logging.getLogger("rounds.ui")


class RoundsMode(QObject):
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
        self.backend, self.setup = backend, setup
        self.keys = RoundKeys(self)
        self.audience = AudienceView()
        self.console = Console(self.keys)
        self.timer = PatientTimer(clock, self)
        self.work = RoundWork(self)
        self.order = [p.admission_id for p in setup.patients]
        self.patients = {p.admission_id: p for p in setup.patients}
        self.slides = {s.admission_id: s for s in setup.slides}
        self.statuses = dict(setup.statuses)
        self.seconds = {aid: setup.seconds.get(aid, 0) for aid in self.order}
        self.cards: dict[int, PatientCard] = {}
        self.facts: dict[int, SafetyFacts] = {}
        self.index = 0
        self.prompt_index = 0
        self.prompts = prompts_for(())
        self._deferred = False  # work waits for the next paint of the ward-room view
        self.stage = Stage(
            self.audience,
            self.console,
            self.keys.actions,
            laptop_widget.screen() if laptop_widget is not None else None,
        )
        self.refresh = SlideRefresh(self)
        self.load_facts()
        self.typing = TypingKeys(self.hand_back, self)
        self.typing.watch(self.console)
        self.typing.typing.connect(self.console.show_typing)
        # after watching the console's controls: the lock's password field is no
        # quick-capture line, and Esc there must not hand the keys to the round
        self.locking = RoundLock(self)
        self._connect()
        self.console.attendance.set_present(setup.present)
        self.console.model.set_rows([self._row(aid) for aid in self.order])
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
            Notice.ask(parent, title, str(error), QMessageBox.Icon.Warning)
            return None
        if setup is None:
            return None
        mode = cls(backend, setup, parent, clock=clock, laptop_widget=parent)
        mode.open()
        log.info("rounds mode on ward id %s, round id %s", ward_id, setup.round_id)
        return mode

    def load_facts(self) -> None:
        """The round's safety facts, for the console (the room sees them only through
        the slides, when revealed)."""
        try:
            self.facts = self.backend.call(safety_facts, self.order, date.today())
        except RoundsError as error:
            self.console.show_message(str(error))
            return
        self.show_console_safety()

    def show_console_safety(self) -> None:
        """Code status and allergies for the facilitator; hidden while the console sits
        beside the ward-room view (the room reads it too) unless they are revealed."""
        facts = self.facts.get(self.current_id)
        if facts is not None:
            self.console.safety.show_facts(facts)
        shown = self.refresh.safety_shown or not self.stage.docked
        self.console.safety.setVisible(facts is not None and shown)

    def open(self) -> None:
        self.stage.show()  # placing the views shows the names (Stage.placed)
        self.show_current()
        self.timer.start()
        self.refresh.follower.start()

    @property
    def current_id(self) -> int:
        return self.order[self.index]

    @property
    def slide(self) -> AudienceSlide:
        return self.slides[self.current_id]

    def go_to(self, index: int) -> None:
        """Moves to another patient: read-back first if actions are waiting, then the
        time on this one is queued for writing and the next is painted."""
        index = max(0, min(index, len(self.order) - 1))
        if self.work.ended or index == self.index or self.work.read_back_first(index):
            return
        self.leave_current()
        self.index = index
        self.show_current()

    def leave_current(self) -> None:
        """Queues the time on the patient on screen (and the outcome when marked)."""
        aid = self.current_id
        seconds = self.timer.take()
        outcome = self.work.outcomes.pop(aid, None)
        self.seconds[aid] += seconds
        self.work.writes.add(leave_patient, self.setup.round_id, aid, seconds, outcome)
        self.refresh_row(aid)

    def show_current(self) -> None:
        """Shows the current patient everywhere; the card is filled in after the paint.
        On the screen means reached (recorded with the time when the round moves on)."""
        aid, slide = self.current_id, self.slide
        if self.statuses[aid] is not self.statuses[aid].shown():
            self.statuses[aid] = self.statuses[aid].shown()
            self.refresh_row(aid)
        self.audience.hide_overlay()
        self.audience.show_slide(slide, self.index, len(self.order), date.today())
        row = self.console.model.row_of(aid)
        self.console.select_row(row)
        self.show_heading()
        self.show_console_safety()
        self.console.capture.set_admission(aid)
        self.console.hide_read_back()
        self.show_prompts(keep_step=False)
        self.console.card.clear_patient()
        self.refresh_timer()
        self.after_paint()

    def show_prompts(self, *, keep_step: bool) -> None:
        """The discussion's steps: those in the room are asked in turn (when nobody is
        ticked, whoever wrote since the last round)."""
        present = self.console.attendance.present()
        facts = self.facts.get(self.current_id)
        unassessed = (
            [item for item, check in facts.checks.items() if not check.assessed] if facts else []
        )
        self.prompts = prompts_for(present or [n.discipline for n in self.slide.news], unassessed)
        step = min(self.prompt_index, len(self.prompts) - 1) if keep_step else 0
        self.prompt_index = step
        self.console.show_prompt(step, self.prompts)

    def show_heading(self) -> None:
        patient = self.patients[self.current_id]
        self.console.show_heading(
            patient.bed or self.tr("No bed"),
            self.console_name(self.current_id),
            status_label(self.statuses[self.current_id]),
        )

    def console_name(self, aid: int) -> str:
        """Full names on the console's own screen; initials when it sits beside the
        ward-room view (the room sees it) unless names are shown anyway."""
        patient = self.patients[aid]
        shown = self.refresh.names_shown or not self.stage.docked
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
        aid = self.current_id
        if aid not in self.cards:
            try:
                self.cards[aid] = self.backend.call(patient_card, aid)
            except RoundsError as error:
                self.console.show_message(str(error))
        self.console.card.show_patient(self.slide, self.cards.get(aid), date.today())
        # the patients either side are laid out now, so next and back paint at once
        for index in (self.index + 1, self.index - 1):
            if 0 <= index < len(self.order):
                slide = self.slides[self.order[index]]
                self.audience.prepare(slide, index, len(self.order), date.today())

    def refresh_timer(self) -> None:
        aid = self.current_id
        total = self.seconds[aid] + self.timer.elapsed()
        target = self.setup.target_seconds
        self.console.show_timer(total, target, pace(total, target), self.timer.running)
        row = self.console.model.row_of(aid)
        self.console.model.update(row, seconds=int(total))

    def refresh_row(self, aid: int) -> None:
        self.console.model.update(self.console.model.row_of(aid), **vars(self._row(aid)))

    def _row(self, aid: int) -> RoundRow:
        patient = self.patients[aid]
        return RoundRow(
            aid, patient.bed, self.console_name(aid), self.statuses[aid], self.seconds[aid]
        )

    def show_names(self) -> None:
        """Names on the console, after showing or hiding them or moving the console."""
        for aid in self.order:
            self.refresh_row(aid)
        self.show_heading()
        self.show_console_safety()

    def hand_back(self) -> None:
        """Esc in a text field: the keyboard goes back to the round (the console
        itself, where every key is the round's)."""
        self.console.setFocus()

    def _connect(self) -> None:
        keys = self.keys
        # a slide of more than one page shows its next page before the next patient
        keys.next.triggered.connect(
            lambda: self.audience.show_page(self.audience.page + 1) or self.go_to(self.index + 1)
        )
        keys.previous.triggered.connect(
            lambda: self.audience.show_page(self.audience.page - 1) or self.go_to(self.index - 1)
        )
        keys.first.triggered.connect(lambda: self.go_to(0))
        keys.last.triggered.connect(lambda: self.go_to(len(self.order) - 1))
        keys.timer.triggered.connect(self.timer.toggle)
        keys.privacy.triggered.connect(self.refresh.toggle_names)
        keys.safety.triggered.connect(self.refresh.toggle_safety)
        keys.console.triggered.connect(self.stage.toggle_console)
        self.work.connect_keys(keys)
        self.timer.ticked.connect(self.refresh_timer)
        self.audience.painted.connect(self._painted)
        self.stage.close_asked.connect(self._close_asked)
        self.stage.placed.connect(self.show_names)
        self.console.patients.clicked.connect(lambda index: self.go_to(index.row()))
        self.console.patients.activated.connect(lambda index: self.go_to(index.row()))
        self.console.summary.close_requested.connect(self.close)

    def _close_asked(self) -> None:
        """A rounds window's close button: Esc's question, unless locked (the round
        is ended, like everything else, only by whoever is signed in)."""
        if not self.locking.locked:
            self.work.leave()

    def close(self) -> None:
        """Closes rounds mode. A round not ended stays running (it is resumed next
        time), with the time on the patient on screen recorded."""
        if not self.work.ended:
            self.leave_current()
        self.work.writes.flush()
        self.refresh.follower.stop()
        self.timer.pause()
        self.stage.close()
        self.finished.emit()
        self.deleteLater()
