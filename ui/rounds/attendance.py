"""Who is in the room: a checkbox per discipline, and a prompt when pharmacy or social
work is missing (medicines and home are the questions most often left hanging)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QVBoxLayout, QWidget

from rounds_app.domain.enums import Discipline
from rounds_app.services.round_state import ATTENDEES
from ui.common.discipline_labels import discipline_label
from ui.common.widgets import plain_label
from ui.common.words import QT_TRANSLATE_NOOP

COLUMNS = 3  # three short rows: the console fits a small laptop screen
_MISSING = {
    Discipline.PHARMACY: QT_TRANSLATE_NOOP(
        "AttendancePanel", "Pharmacy is not here: who takes the medicine questions back?"
    ),
    Discipline.SOCIAL_WORK: QT_TRANSLATE_NOOP(
        "AttendancePanel", "Social work is not here: who follows up home and supports?"
    ),
}


class AttendancePanel(QGroupBox):
    changed = Signal(object, bool)  # (Discipline, present), when the facilitator ticks

    def __init__(self, parent: QWidget | None = None) -> None:
        # the title's mnemonic (Alt+H) moves the keyboard to the first checkbox
        super().__init__(QCoreApplication.translate("AttendancePanel", "Who is &here"), parent)
        self.setObjectName("attendance")
        self._loading = False
        self.boxes: dict[Discipline, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for i, discipline in enumerate(ATTENDEES):
            box = QCheckBox(discipline_label(discipline))
            box.setObjectName(f"present_{discipline.value}")
            box.toggled.connect(lambda on, d=discipline: self._toggled(d, on))
            grid.addWidget(box, i // COLUMNS, i % COLUMNS)
            self.boxes[discipline] = box
        self.missing = plain_label(name="attendanceMissing")
        self.missing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.missing)
        self._show_missing()

    def present(self) -> list[Discipline]:
        return [d for d, box in self.boxes.items() if box.isChecked()]

    def set_present(self, present: Iterable[Discipline]) -> None:
        """Shows attendance already recorded (a resumed round) without recording it."""
        chosen = set(present)
        self._loading = True
        try:
            for discipline, box in self.boxes.items():
                box.setChecked(discipline in chosen)
        finally:
            self._loading = False
        self._show_missing()

    def _toggled(self, discipline: Discipline, present: bool) -> None:
        self._show_missing()
        if not self._loading:
            self.changed.emit(discipline, present)

    def _show_missing(self) -> None:
        notes = [self.tr(text) for d, text in _MISSING.items() if not self.boxes[d].isChecked()]
        self.missing.setText("\n".join(notes))
        self.missing.setVisible(bool(notes))
