"""The keys of rounds mode — what presentation clickers send (Right / PageDown / Space
next, Left / PageUp back) and single letters for the facilitator — as window actions on
both screens, each also a console button whose tooltip names its keys.

Single-letter keys must not steal typing: `TypingKeys` lets a line being typed in, a
drop-down and a checkbox keep the keys they need (letters, Space, Enter), and Esc in a
text field hands the keyboard back to the round instead of ending it. It also tells
when a line takes the keyboard and when it gives it back, so the console can say
which of the two the keys do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from ui.common.widgets import fill_placeholders


class RoundKeys(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions: list[QAction] = []
        self.next = self._make(self.tr("Next"), self.tr("Next patient"), "Right", "PgDown", "Space")
        self.previous = self._make(self.tr("Back"), self.tr("Previous patient"), "Left", "PgUp")
        self.first = self._make(self.tr("First"), self.tr("First patient"), "Home")
        self.last = self._make(self.tr("Last"), self.tr("Last patient"), "End")
        self.discussed = self._make(self.tr("Discussed"), self.tr("Mark discussed"), "D")
        self.skip = self._make(self.tr("Skip"), self.tr("Skip, and come back later"), "S")
        self.read_back = self._make(self.tr("Read back"), self.tr("Read back the new actions"), "R")
        self.acknowledge = self._make(
            self.tr("Read back done"), self.tr("The actions were read back"), "Return", "Enter"
        )
        self.prompt = self._make(self.tr("Next prompt"), self.tr("Next prompt"), "N")
        self.timer = self._make(self.tr("Timer"), self.tr("Start or pause the timer"), "T")
        self.privacy = self._make(self.tr("Names"), self.tr("Show or hide full names"), "P")
        self.safety = self._make(
            self.tr("Code status"),
            self.tr("Show or hide code status and allergies on the ward-room screen"),
            "Y",
        )
        self.capture_action = self._make(
            self.tr("Action"), self.tr("Capture an action"), "A", button=False
        )
        self.capture_entry = self._make(
            self.tr("Entry"), self.tr("Capture an entry"), "C", button=False
        )
        self.attendance = self._make(
            self.tr("Who is here"), self.tr("Tick who is here"), "W", button=False
        )
        self.console = self._make(self.tr("Console"), self.tr("Show or hide the console"), "F2")
        self.lock = self._make(self.tr("Lock"), self.tr("Lock the screen"), "Ctrl+L", button=False)
        self.leave = self._make(self.tr("End round"), self.tr("End the round"), "Esc")
        self.acknowledge.setEnabled(False)  # only while a read-back is showing

    def _make(self, text: str, what: str, *keys: str, button: bool = True) -> QAction:
        action = QAction(text, self)
        sequences = [QKeySequence(key) for key in keys]
        action.setShortcuts(sequences)
        shown = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)
        action.setToolTip(fill_placeholders(self.tr("%1 (%2)"), what, shown))
        action.setStatusTip(what)
        action.setProperty("onConsole", button)
        self.actions.append(action)
        return action

    def buttons(self) -> list[QAction]:
        """The actions the console shows as buttons, in order."""
        return [a for a in self.actions if a.property("onConsole")]


# the keyboard is elsewhere for a moment (a menu, a question, another application):
# it comes back to the same line, so the keys have not changed hands
_AWAY = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class TypingKeys(QObject):
    """An event filter for the console's controls: see the module docstring."""

    typing = Signal(object)  # the QLineEdit that has the keyboard, or None: the round's

    def __init__(self, hand_back: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hand_back = hand_back

    def watch(self, root: QWidget) -> None:
        for control in root.findChildren(QWidget):
            if isinstance(control, QLineEdit | QComboBox | QAbstractButton):
                control.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QLineEdit) and kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._focus(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.ShortcutOverride and _keeps(watched, event):  # type: ignore[arg-type]
            event.accept()
            return True
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(watched, QLineEdit)
            and event.key() == Qt.Key.Key_Escape  # type: ignore[attr-defined]
        ):
            self._hand_back()
            return True
        return False

    def _focus(self, line: QLineEdit, event: QFocusEvent) -> None:
        if event.type() == QEvent.Type.FocusIn:
            self.typing.emit(line)
        elif event.reason() not in _AWAY:
            self.typing.emit(None)


def _keeps(control: QObject, event: QKeyEvent) -> bool:
    """Whether `control` needs this key more than the round's shortcut does."""
    key = event.key()
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier:
        return False
    if isinstance(control, QLineEdit):
        # letters, Space, arrows and Home/End it claims itself; Enter adds, Esc leaves
        return key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)
    if isinstance(control, QComboBox):
        # typing a letter picks an item; Space opens the list
        return bool(event.text().strip()) or key in (
            Qt.Key.Key_Space,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        )
    if isinstance(control, QAbstractButton):
        return key == Qt.Key.Key_Space  # Space presses the focused button or ticks the box
    return False
