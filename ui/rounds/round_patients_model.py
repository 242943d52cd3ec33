"""The console's list of the round's patients: bed, name, pending / seen / discussed
/ skipped, and the time spent so far."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from rounds_app.domain.enums import RoundPatientStatus
from ui.common.words import QT_TRANSLATE_NOOP
from ui.rounds.round_timer import clock_text

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

_HEADERS = (
    QT_TRANSLATE_NOOP("RoundPatientsModel", "Bed"),
    QT_TRANSLATE_NOOP("RoundPatientsModel", "Patient"),
    QT_TRANSLATE_NOOP("RoundPatientsModel", "Status"),
    QT_TRANSLATE_NOOP("RoundPatientsModel", "Time"),
)
_STATUS = {
    RoundPatientStatus.PENDING: QT_TRANSLATE_NOOP("RoundPatientsModel", "Pending"),
    RoundPatientStatus.SEEN: QT_TRANSLATE_NOOP("RoundPatientsModel", "Seen"),
    RoundPatientStatus.DISCUSSED: QT_TRANSLATE_NOOP("RoundPatientsModel", "Discussed"),
    RoundPatientStatus.SKIPPED: QT_TRANSLATE_NOOP("RoundPatientsModel", "Skipped"),
}


def status_label(status: RoundPatientStatus) -> str:
    return QCoreApplication.translate("RoundPatientsModel", _STATUS[status])


@dataclass(frozen=True)
class RoundRow:
    admission_id: int
    bed: str
    name: str
    status: RoundPatientStatus
    seconds: int


class RoundPatientsModel(QAbstractTableModel):
    BED, PATIENT, STATUS, TIME = range(4)
    ADMISSION_ROLE = Qt.ItemDataRole.UserRole + 1
    STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RoundRow] = []

    @property
    def rows(self) -> list[RoundRow]:
        return list(self._rows)

    def set_rows(self, rows: list[RoundRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, admission_id: int) -> int:
        """The row of the admission, -1 when it is not in the list."""
        return next((i for i, r in enumerate(self._rows) if r.admission_id == admission_id), -1)

    def update(self, row: int, **changes: object) -> None:
        """Changes a row's status, seconds or name, repainting only that row."""
        new = replace(self._rows[row], **changes)  # type: ignore[arg-type]
        if new != self._rows[row]:
            self._rows[row] = new
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(_HEADERS):
                return self.tr(_HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.TIME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ADMISSION_ROLE:
            return row.admission_id
        if role == self.STATUS_ROLE:
            return row.status.value
        return None

    def _display(self, row: RoundRow, column: int) -> str | None:
        if column == self.BED:
            return row.bed
        if column == self.PATIENT:
            return row.name
        if column == self.STATUS:
            return status_label(row.status)
        if column == self.TIME:
            return clock_text(row.seconds) if row.seconds else "–"
        return None
