"""The read-back on the console: before the round leaves a patient, the actions captured
for them are read aloud to the team (the ward-room screen shows them too) and the
facilitator confirms it, which is recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.widgets import plain_label


def action_button(action: QAction, name: str) -> QToolButton:
    """A console button for a round action: its text, and the keys in its tooltip."""
    button = QToolButton()
    button.setObjectName(name)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAccessibleName(action.statusTip())
    # buttons fill their grid cells: an even block of keys, easy to hit
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class ReadBackPanel(QFrame):
    def __init__(self, acknowledge: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readBack")
        self.title = plain_label(self.tr("Read back the new actions"), "readBackTitle")
        self.lines = plain_label(name="readBackLines")
        self.lines.setWordWrap(True)
        hint = plain_label(
            self.tr("Read each action aloud, with its owner. Enter: done · Esc: not yet"),
            "readBackHint",
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(action_button(acknowledge, "readBackDone"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.lines)
        layout.addLayout(row)
        self.hide()

    def show_actions(self, actions: list[tuple[str, str]]) -> None:
        """Each (owner, what) on a line of its own."""
        self.lines.setText("\n".join(f"• {owner} — {what}" for owner, what in actions))
        self.show()
