"""The facilitator's console, on the laptop: the patient on screen in full, the timer
against the target, the prompt for this step of the discussion, the round's patients
with their status and time, who is here, quick capture, the read-back and, at the end,
the summary. Every round action is a button here (its keys in the tooltip).

The console only shows and asks; the round's state (rounds_app.services.round_state)
decides, and RoundsMode (mode.py) renders it and writes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.labelled_rows import buddy_label
from ui.common.repolish import repolish
from ui.common.widgets import fill_placeholders, number_text, plain_label
from ui.rounds.attendance import AttendancePanel
from ui.rounds.console_card import ConsoleCard
from ui.rounds.keys import RoundKeys
from ui.rounds.prompts import Prompt
from ui.rounds.quick_capture import QuickCapture
from ui.rounds.read_back_panel import ReadBackPanel, action_button
from ui.rounds.round_patients_model import RoundPatientsModel
from ui.rounds.round_timer import Pace, clock_text
from ui.rounds.summary_panel import SummaryPanel
from ui.safety.header import SafetyHeader

BUTTON_COLUMNS = 4  # narrow enough to sit beside the ward-room view on a laptop


class Console(QWidget):
    def __init__(self, keys: RoundKeys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundsConsole")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle(self.tr("Rounds — console"))
        # clicking empty space (or Esc in a text field) hands the keys back to the round
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.heading = plain_label(name="consoleHeading")
        self.status = plain_label(name="consoleStatus")
        # the facilitator always sees code status and allergies; the room only on a reveal
        self.safety = SafetyHeader()
        self.timer = plain_label(name="consoleTimer")
        self.timer.setAccessibleName(self.tr("Time on this patient"))
        self.target = plain_label(name="consoleTarget")
        self.prompt_box = QFrame()
        self.prompt_box.setObjectName("promptBox")
        self.step = plain_label(name="promptStep")
        self.prompt = plain_label(name="promptText")
        self.prompt.setWordWrap(True)
        self.read_back = ReadBackPanel(keys.acknowledge)
        self.card = ConsoleCard()
        self.card.setMinimumHeight(60)  # a small laptop still fits the whole console
        self.capture = QuickCapture()
        self.message = plain_label(name="consoleMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        # one short line, not wrapped: a wrapped label is measured again on every
        # move to the next patient
        self.keyboard_mode = plain_label(name="keyboardMode")
        self.keyboard_mode.setAccessibleName(self.tr("What the keys do"))
        self.show_typing(None)

        self.model = RoundPatientsModel(self)
        self.patients = QTableView()
        self.patients.setObjectName("roundPatients")
        self.patients.setAccessibleName(self.tr("Patients in this round"))
        self.patients.setModel(self.model)
        self.patients.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.patients.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.patients.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.patients.verticalHeader().hide()
        header = self.patients.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RoundPatientsModel.PATIENT, QHeaderView.ResizeMode.Stretch)
        self.attendance = AttendancePanel()
        self.screen_picker = QComboBox()
        self.screen_picker.setObjectName("screenPicker")
        self.screen_picker.setAccessibleName(self.tr("Screen for the ward-room view"))
        screen_label = buddy_label(self.tr("&Ward-room screen"), self.screen_picker)

        buttons = QGridLayout()
        buttons.setSpacing(6)
        shown = [a for a in keys.buttons() if a is not keys.acknowledge]
        for i, action in enumerate(shown):
            button = action_button(action, "roundButton")
            buttons.addWidget(button, i // BUTTON_COLUMNS, i % BUTTON_COLUMNS)

        # one column, so the console fits beside the ward-room view on a single screen;
        # the card, the list and attendance share the space as tabs
        self.tabs = QTabWidget()
        self.tabs.setObjectName("consoleTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.card, self.tr("Card"))
        self.tabs.addTab(self.patients, self.tr("Patients"))
        # the room: who is here, and which screen the team reads
        room = QWidget()
        room_layout = QVBoxLayout(room)
        room_layout.addWidget(self.attendance)
        screens = QHBoxLayout()
        screens.addWidget(screen_label)
        screens.addWidget(self.screen_picker, 1)
        room_layout.addLayout(screens)
        room_layout.addStretch(1)
        # scrolls rather than stretching the console past a small laptop's screen
        self.room = QScrollArea()
        self.room.setObjectName("consoleRoom")
        self.room.setFrameShape(QFrame.Shape.NoFrame)
        self.room.setWidgetResizable(True)
        self.room.setWidget(room)
        self.tabs.addTab(self.room, self.tr("Room"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        clock = QHBoxLayout()
        clock.addWidget(self.timer)
        clock.addWidget(self.target, 1, Qt.AlignmentFlag.AlignBottom)
        prompt = QVBoxLayout(self.prompt_box)
        prompt.setContentsMargins(12, 8, 12, 8)
        prompt.addWidget(self.step)
        prompt.addWidget(self.prompt)

        running = QWidget()
        column = QVBoxLayout(running)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(6)
        column.addLayout(top)
        column.addWidget(self.safety)
        column.addLayout(clock)
        for widget in (self.prompt_box, self.read_back, self.message):
            column.addWidget(widget)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.keyboard_mode)
        column.addWidget(self.capture)
        column.addLayout(buttons)
        self.summary = SummaryPanel()
        self.stack = QStackedWidget()
        self.stack.addWidget(running)
        self.stack.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_heading(self, bed: str, name: str, status: str) -> None:
        self.heading.setText(fill_placeholders(self.tr("%1  ·  %2"), bed, name))
        self.status.setText(status)

    def show_timer(self, seconds: float, target: int, pace: Pace, running: bool) -> None:
        self.timer.setText(clock_text(seconds))
        if self.timer.property("pace") != pace.value:  # the stylesheet colours it
            self.timer.setProperty("pace", pace.value)
            repolish(self.timer)
        paused = "" if running else self.tr(" · paused")
        self.target.setText(fill_placeholders(self.tr("target %1%2"), clock_text(target), paused))

    def show_prompt(self, index: int, prompts: list[Prompt]) -> None:
        chosen = prompts[index]
        self.step.setText(
            fill_placeholders(
                self.tr("Step %1 of %2 · %3"),
                number_text(index + 1),
                number_text(len(prompts)),
                chosen.title,
            )
        )
        self.prompt.setText(chosen.question)

    def show_read_back(self, actions: list[tuple[str, str]]) -> None:
        """The read-back takes the prompt's place: one thing to do at a time, and the
        console still fits a small laptop screen."""
        self.prompt_box.hide()
        self.read_back.show_actions(actions)

    def hide_read_back(self) -> None:
        self.read_back.hide()
        self.prompt_box.show()

    def show_typing(self, line: QLineEdit | None) -> None:
        """Where the keys go: to the round (each letter a key of its own), or into a
        line being typed in (Enter adds it, Esc gives the keys back)."""
        if line is None:
            text = self.tr("Navigating: letters are the round's keys (C entry, A action)")
        elif line is self.capture.entry_text:
            text = self.tr("Typing an entry: Enter adds it, Esc returns to the round")
        elif line is self.capture.action_text:
            text = self.tr("Typing an action: Enter adds it, Esc returns to the round")
        else:
            text = self.tr("Typing: Esc returns to the round")
        self.keyboard_mode.setText(text)
        if self.keyboard_mode.property("typing") != (line is not None):  # styled apart
            self.keyboard_mode.setProperty("typing", line is not None)
            repolish(self.keyboard_mode)

    def show_message(self, text: str) -> None:
        """One calm line (a failed write, a note); empty hides it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def select_row(self, row: int) -> None:
        """Shows which patient is on screen without taking the keyboard."""
        self.patients.selectRow(row)
        self.patients.scrollTo(self.model.index(row, 0))

    def show_summary_page(self) -> None:
        self.stack.setCurrentWidget(self.summary)
