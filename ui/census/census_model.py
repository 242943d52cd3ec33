"""The ward census as a Qt table model, and the search proxy that filters it.

The model holds a list of `CensusRow`s (plain, frozen data from the census service)
and never talks to the database; the view hands it fresh rows with `set_rows()`. When
reordering is allowed, rows move by drag and drop or `moveRows`, and `reordered` says
the new round order for the view to save."""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from rounds_app.domain.enums import Severity
from rounds_app.services.census import CensusRow
from rounds_app.services.safety_views import SafetyFacts
from ui.census.census_badges import TONES, Badge, BadgesRole, safety_badges
from ui.common import date_words
from ui.common.severity_and_role_labels import severity_label, severity_swatch
from ui.common.widgets import fill_placeholders, number_text, plain_tooltip
from ui.common.words import QT_TRANSLATE_NOOP
from ui.shell import palette

_MUTED = palette.colour("grey_650")  # secondary text, still 7:1 against the white table
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the table's only parent
_MIME_TYPE = "application/x-rounds-admission-ids"
# a row's flags, combined once: the view asks for them on every cell it paints
_FIXED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_MOVABLE = _FIXED | Qt.ItemFlag.ItemIsDragEnabled
_DROP_BETWEEN = Qt.ItemFlag.ItemIsDropEnabled


def search_key(text: str) -> str:
    """Folds case and accents, so "zoe" finds "Zoë" and "ελενη" finds "Ελένη"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class CensusTableModel(QAbstractTableModel):
    """A ward's current admissions, in rounds order; the rows themselves are read-only."""

    #: the admission ids in the order the user just gave them (by drag or keyboard)
    reordered = Signal(list)

    COL_BED = 0
    COL_PATIENT = 1
    COL_SEVERITY = 2
    COL_DAYS = 3
    COL_DISCHARGE = 4

    #: the row's admission id, on every column (survives the search proxy)
    AdmissionIdRole = Qt.ItemDataRole.UserRole + 1
    #: folded names and bed label that the search proxy matches against
    SearchRole = Qt.ItemDataRole.UserRole + 2

    _HEADERS = (
        QT_TRANSLATE_NOOP("CensusTableModel", "Bed"),
        QT_TRANSLATE_NOOP("CensusTableModel", "Patient"),
        QT_TRANSLATE_NOOP("CensusTableModel", "Severity"),
        QT_TRANSLATE_NOOP("CensusTableModel", "Days"),
        QT_TRANSLATE_NOOP("CensusTableModel", "Discharge"),
    )
    _HEADER_TIPS = (
        QT_TRANSLATE_NOOP("CensusTableModel", "Bed label"),
        QT_TRANSLATE_NOOP(
            "CensusTableModel",
            "The name the ward uses for the patient; below it, code status, allergies, "
            "the safety check, interpreter, goals of care due, new entries and open actions",
        ),
        QT_TRANSLATE_NOOP("CensusTableModel", "Illness severity (I-PASS)"),
        QT_TRANSLATE_NOOP("CensusTableModel", "Days in hospital"),
        QT_TRANSLATE_NOOP("CensusTableModel", "Expected discharge date"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CensusRow] = []
        self._facts: dict[int, SafetyFacts] = {}
        self._today = date.today()
        self._reorderable = False
        # what each cell said, by (admission id, column, role), until the rows change:
        # the view asks a dozen roles of every visible cell on every paint, and a
        # selection change repaints the table
        self._said: dict[tuple[int, int, int], Any] = {}

    def set_rows(
        self,
        rows: list[CensusRow],
        today: date | None = None,
        facts: dict[int, SafetyFacts] | None = None,
    ) -> None:
        """Replaces the census; `today` anchors "in 2 days" (the local date by default);
        `facts` are the rows' safety facts by admission id (flagged as badges).
        The same patients in the same order change in place, so a live update leaves
        the view's selection, current row and scrolling alone."""
        in_place = self.admission_ids() == [row.admission_id for row in rows]
        if not in_place:
            self.beginResetModel()
        self._rows = list(rows)
        self._said.clear()
        self._facts = dict(facts or {})
        self._today = today or date.today()
        if not in_place:
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.COL_DISCHARGE))

    def admission_ids(self) -> list[int]:
        return [row.admission_id for row in self._rows]

    def set_reorderable(self, reorderable: bool) -> None:
        """Whether rows may be moved (the user's role allows it and no search hides rows)."""
        self._reorderable = reorderable

    def row_of_admission(self, admission_id: int | None) -> int | None:
        ids = self.admission_ids()
        return ids.index(admission_id) if admission_id in ids else None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._HEADERS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():  # a row is dropped between rows, never onto one
            return _DROP_BETWEEN if self._reorderable else Qt.ItemFlag.NoItemFlags
        return _MOVABLE if self._reorderable else _FIXED

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids = ",".join(str(self._rows[r].admission_id) for r in sorted({i.row() for i in indexes}))
        data = QMimeData()
        data.setData(_MIME_TYPE, ids.encode("ascii"))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Moves the dragged block of rows before `row` (-1: to the end of the round). The
        view then asks removeRows to drop the "source" rows; the base class refuses."""
        if action != Qt.DropAction.MoveAction or parent.isValid():
            return False
        wanted = bytes(data.data(_MIME_TYPE).data()).decode("ascii").split(",")
        rows = [n for n, r in enumerate(self._rows) if str(r.admission_id) in wanted]
        if len(rows) != len(wanted) or rows != list(range(rows[0], rows[0] + len(rows))):
            return False
        return self.moveRows(_ROOT, rows[0], len(rows), _ROOT, len(self._rows) if row < 0 else row)

    def moveRows(self, source: _Index, first: int, count: int, to: _Index, before: int) -> bool:
        """Moves `count` rows from `first` to before row `before`; emits `reordered`."""
        size = len(self._rows)
        within = count > 0 and 0 <= first <= size - count and 0 <= before <= size
        if not self._reorderable or source.isValid() or to.isValid() or not within:
            return False
        if not self.beginMoveRows(source, first, first + count - 1, to, before):
            return False  # a move onto itself
        at = before if before < first else before - count
        self._rows[at:at] = [self._rows.pop(first) for _ in range(count)]
        self.endMoveRows()
        self.reordered.emit(self.admission_ids())
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self._HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(self._HEADER_TIPS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.COL_DAYS:
            return Qt.AlignmentFlag.AlignCenter  # over its centred numbers
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number = index.row()
        if not index.isValid() or not 0 <= number < len(self._rows):
            return None
        row = self._rows[number]
        key = (row.admission_id, index.column(), role)
        if key not in self._said:
            self._said[key] = self._look(row, key[1], role)
        return self._said[key]

    def _look(self, row: CensusRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(row, column))
        if role == self.AdmissionIdRole:
            return row.admission_id
        if role == self.SearchRole:
            return search_key(self._search_text(row))
        if column == self.COL_PATIENT:
            if role == BadgesRole:
                return self.badges(row)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                sentences = [badge.sentence for badge in self.badges(row)]
                return "; ".join([row.display_name, *sentences])
        if column == self.COL_SEVERITY:
            if role == Qt.ItemDataRole.DecorationRole:
                return severity_swatch(row.severity)
            if role == Qt.ItemDataRole.FontRole and row.severity == Severity.UNSTABLE:
                bold = QFont()
                bold.setBold(True)  # only bold is set, so the view's size still applies
                return bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_DAYS:
            return Qt.AlignmentFlag.AlignCenter
        if column == self.COL_DISCHARGE:
            return self._discharge_look(row.expected_discharge_date, role)
        return None

    def _discharge_look(self, day: date | None, role: int) -> Any:
        """Muted when not set; a day already past is a warning, in words too."""
        if day is None:
            return _MUTED if role == Qt.ItemDataRole.ForegroundRole else None
        if day >= self._today:
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return fill_placeholders(self.tr("Expected home %1"), self._long_date(day))
            return None
        fore, back = TONES["caution"]
        if role == Qt.ItemDataRole.ForegroundRole:
            return fore
        if role == Qt.ItemDataRole.BackgroundRole:
            return back
        if role == Qt.ItemDataRole.FontRole:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return fill_placeholders(
                self.tr("Expected discharge date has passed: %1"), self._long_date(day)
            )
        return None

    def _display(self, row: CensusRow, column: int) -> str | None:
        if column == self.COL_BED:
            return row.bed_label or self.tr("No bed")
        if column == self.COL_PATIENT:
            return row.display_name
        if column == self.COL_SEVERITY:
            return severity_label(row.severity)
        if column == self.COL_DAYS:
            return number_text(row.days_in_hospital)
        if column == self.COL_DISCHARGE:
            return self._discharge_text(row.expected_discharge_date)
        return None

    def _tooltip(self, row: CensusRow, column: int) -> str:
        if column == self.COL_PATIENT:
            # the full name and the clinical one-liner, which the table has no room for
            lines = [f"{row.given_name} {row.family_name}"]
            if row.pronouns:
                lines.append(fill_placeholders(self.tr("Pronouns: %1"), row.pronouns))
            if row.preferred_language:
                lines.append(fill_placeholders(self.tr("Language: %1"), row.preferred_language))
            if row.one_liner:
                lines.append(row.one_liner)
            lines += [badge.sentence for badge in self.badges(row)]
            return "\n".join(lines)
        if column == self.COL_SEVERITY:
            return fill_placeholders(self.tr("Illness severity: %1"), severity_label(row.severity))
        if column == self.COL_DAYS:
            return self.tr("Days in hospital: %Ln", "", row.days_in_hospital)
        if column == self.COL_DISCHARGE:
            day = row.expected_discharge_date
            if day is None:
                return self.tr("No expected discharge date yet")
            if day < self._today:
                return fill_placeholders(
                    self.tr("Expected discharge date has passed: %1"), self._long_date(day)
                )
            return fill_placeholders(self.tr("Expected home %1"), self._long_date(day))
        return ""

    def _discharge_text(self, day: date | None) -> str:
        """Compact, for a narrow census: a word for the days either side of today, the
        day and month otherwise (the tooltip says how far off it is)."""
        if day is None:
            return self.tr("Not set")
        if abs((day - self._today).days) <= 1:
            relative = self._relative(day)
            return relative[:1].upper() + relative[1:]
        return QLocale().toString(
            QDate(day.year, day.month, day.day), date_words.day_month_format()
        )

    def _long_date(self, day: date) -> str:
        shown = QLocale().toString(
            QDate(day.year, day.month, day.day), date_words.weekday_month_format()
        )
        return fill_placeholders(self.tr("%1 (%2)"), shown, self._relative(day))

    def _relative(self, day: date) -> str:
        delta = (day - self._today).days
        if delta == 0:
            return self.tr("today")
        if delta == 1:
            return self.tr("tomorrow")
        if delta == -1:
            return self.tr("yesterday")
        # one day has its own word above, so English reads right without a translation
        if delta > 1:
            return self.tr("in %Ln days", "", delta)
        return self.tr("%Ln days ago", "", -delta)

    def badges(self, row: CensusRow) -> list[Badge]:
        """What the row flags, as badges under the name: on screen however narrow the
        census. The safety flags first, as they are what could harm the patient; then
        the ward's own (interpreter, goals due, new entries, open actions)."""
        facts = self._facts.get(row.admission_id)
        return (safety_badges(facts) if facts is not None else []) + self._ward_flags(row)

    def _ward_flags(self, row: CensusRow) -> list[Badge]:
        """Each a short word for the cell and a sentence for the tooltip."""
        flags = []
        if row.interpreter_needed:
            need = self.tr("Needs an interpreter")
            if row.preferred_language:
                need = fill_placeholders(
                    self.tr("Needs an interpreter: %1"), row.preferred_language
                )
            flags.append(Badge(self.tr("Interpreter"), need, "note"))
        if row.goals_stale:
            flags.append(
                Badge(
                    self.tr("Goals due"),
                    self.tr("Goals of care are due to be revisited"),
                    "caution",
                )
            )
        if row.new_entries:
            n = row.new_entries
            since = self.tr("New entries since the last round: %Ln", "", n)
            flags.append(Badge(self.tr("New: %Ln", "", n), since, "note"))
        if row.open_actions:
            n = row.open_actions
            badge, sentence = self.tr("Actions: %Ln", "", n), self.tr("Open actions: %Ln", "", n)
            tone = "note"
            if row.overdue_actions:
                late = row.overdue_actions
                badge = fill_placeholders(self.tr("%1 (%2 overdue)"), badge, number_text(late))
                sentence = fill_placeholders(
                    self.tr("%1, %2"), sentence, self.tr("overdue: %Ln", "", late)
                )
                tone = "alert"
            flags.append(Badge(badge, sentence, tone))
        return flags

    @staticmethod
    def _search_text(row: CensusRow) -> str:
        parts = (row.bed_label or "", row.display_name, row.given_name, row.family_name)
        return "\n".join(parts)


class CensusSearchProxy(QSortFilterProxyModel):
    """Keeps the rows whose names or bed contain the search text; never re-sorts, as
    the rounds order matters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(CensusTableModel.SearchRole)
        self.setFilterKeyColumn(CensusTableModel.COL_BED)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(search_key(text.strip()))
