"""The contributions timeline as a flat Qt list model, newest first, with the day each
entry belongs to as a section role ("Today", "Yesterday", "Mon 23 Nov"), and the proxy
that filters it by discipline.

A flat list (rather than a tree of day headers) keeps selection and the arrow keys on
entries only; the delegate draws a day heading above the first entry of each day, so
filtering a discipline out also drops the headings of days it empties."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from rounds_app.domain.enums import Discipline
from rounds_app.domain.sharing import may_share_with_patient
from rounds_app.services.contributions import ContributionView
from ui.common.date_words import clock_time, day_and_time, day_label
from ui.common.discipline_labels import discipline_label, kind_label
from ui.common.widgets import fill_placeholders, number_text, plain_tooltip

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def shown_at(entry: ContributionView) -> datetime:
    """When the version on screen was written: the service orders by it, so the
    timeline groups by it too (an entry amended today sits under Today)."""
    return entry.amended_at or entry.written_at


class TimelineModel(QAbstractListModel):
    """Read-only list of an admission's current contributions (`card.contributions`).
    DisplayRole is the entry's plain text; the heading, day and badges have roles."""

    ContributionIdRole = Qt.ItemDataRole.UserRole + 1  # this version's id
    EntryIdRole = Qt.ItemDataRole.UserRole + 2  # the entry's id through amendments
    AuthorIdRole = Qt.ItemDataRole.UserRole + 3
    SensitiveRole = Qt.ItemDataRole.UserRole + 4
    DisciplineRole = Qt.ItemDataRole.UserRole + 5  # the discipline's value, "pharmacy"
    DayRole = Qt.ItemDataRole.UserRole + 6  # the section: "Today", "Mon 23 Nov"
    HeadingRole = Qt.ItemDataRole.UserRole + 7  # "09:12 · Nursing · Concern · A. Okafor"
    # list of (badge, "sensitive"|"shared"|"amended")
    BadgesRole = Qt.ItemDataRole.UserRole + 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ContributionView] = []
        self._today = date.today()

    def set_contributions(
        self,
        entries: tuple[ContributionView, ...] | list[ContributionView],
        today: date | None = None,
    ) -> None:
        """Replaces the timeline; `today` anchors "Today" (the local date by default)."""
        self.beginResetModel()
        self._entries = list(entries)
        self._today = today or date.today()
        self.endResetModel()

    def entry(self, row: int) -> ContributionView:
        return self._entries[row]

    def row_of_entry(self, entry_id: int) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.entry_id == entry_id:
                return row
        return None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.text
        if role == self.HeadingRole:
            return self._heading(entry)
        if role == self.DayRole:
            return day_label(shown_at(entry).astimezone().date(), self._today)
        if role == self.BadgesRole:
            return self._badges(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(entry))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # what a screen reader says for the row: the day, heading and badges that
            # the delegate only paints, then the text
            badges = ", ".join(text for text, _ in self._badges(entry))
            parts = [self.data(index, self.DayRole), self._heading(entry), badges, entry.text]
            return ". ".join(part for part in parts if part)
        return self._ids(entry, role)

    @classmethod
    def _ids(cls, entry: ContributionView, role: int) -> Any:
        values = {
            cls.ContributionIdRole: entry.id,
            cls.EntryIdRole: entry.entry_id,
            cls.AuthorIdRole: entry.author_id,
            cls.SensitiveRole: entry.sensitive,
            cls.DisciplineRole: entry.discipline,
        }
        return values.get(role)

    def _heading(self, entry: ContributionView) -> str:
        return "  ·  ".join(
            (
                clock_time(shown_at(entry)),
                discipline_label(entry.discipline),
                kind_label(entry.kind),
                entry.author,
            )
        )

    def _badges(self, entry: ContributionView) -> list[tuple[str, str]]:
        badges = []
        if entry.sensitive:
            badges.append((self.tr("Sensitive"), "sensitive"))
        if may_share_with_patient(entry.shareable, sensitive=entry.sensitive):
            badges.append((self.tr("Shared with the patient"), "shared"))
        if entry.version > 1:
            badges.append(
                (fill_placeholders(self.tr("Amended · v%1"), number_text(entry.version)), "amended")
            )
        return badges

    def _tooltip(self, entry: ContributionView) -> str:
        lines = [
            fill_placeholders(
                self.tr("Written %1 by %2"),
                day_and_time(entry.written_at, self._today),
                entry.author,
            )
        ]
        if entry.amended_at is not None:
            lines.append(
                fill_placeholders(
                    self.tr("Amended %1"), day_and_time(entry.amended_at, self._today)
                )
            )
            lines.append(fill_placeholders(self.tr("Reason: %1"), entry.amendment_reason))
        if entry.sensitive:
            lines.append(self.tr("Sensitive: never shown on the ward-room screen"))
        if may_share_with_patient(entry.shareable, sensitive=entry.sensitive):
            lines.append(self.tr("Shared with the patient: printed on their own copy"))
        return "\n".join(lines)


class DisciplineFilter(QSortFilterProxyModel):
    """Keeps one discipline's entries (None: all), in the model's order: the timeline
    is filtered on screen, never reloaded for it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._discipline: Discipline | None = None

    @property
    def discipline(self) -> Discipline | None:
        return self._discipline

    def set_discipline(self, discipline: Discipline | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+, where invalidating is deprecated
            self.beginFilterChange()
            self._discipline = discipline
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._discipline = discipline
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._discipline is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(TimelineModel.DisciplineRole) == self._discipline
