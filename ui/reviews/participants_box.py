"""Who took part, by role: one checkbox per discipline. Roles, not names, so a review
stays about the system rather than about people."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QWidget

from rounds_app.domain.enums import Discipline
from ui.common.discipline_labels import discipline_label

COLUMNS = 3


class ParticipantsBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewParticipants")
        self.setTitle(self.tr("Who took part (by role)"))
        self.boxes: dict[Discipline, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        for index, discipline in enumerate(Discipline):
            box = QCheckBox(discipline_label(discipline))
            box.toggled.connect(self.changed)
            self.boxes[discipline] = box
            grid.addWidget(box, index // COLUMNS, index % COLUMNS)

    def value(self) -> tuple[Discipline, ...]:
        return tuple(d for d, box in self.boxes.items() if box.isChecked())

    def set_value(self, chosen: Iterable[Discipline]) -> None:
        picked = {Discipline(d) for d in chosen}
        for discipline, box in self.boxes.items():
            box.setChecked(discipline in picked)

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(not read_only)
