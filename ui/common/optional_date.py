"""Dates that may be left unset.

Qt's date editors always hold some date, so "not set" is a checkbox under the
editor rather than a magic date nobody could tell from a real one."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import cast

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QVBoxLayout, QWidget

from ui.common import date_words


class OptionalDate(QWidget):
    """A date (or, `with_time`, a local date and time) with a "not set" checkbox.
    `value()` is a date, an aware UTC datetime, or None."""

    changed = Signal()

    def __init__(
        self, unset_text: str, *, with_time: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._with_time = with_time
        self.edit = QDateTimeEdit() if with_time else QDateEdit()
        self.edit.setCalendarPopup(True)
        if with_time:
            self.edit.setDisplayFormat(f"{date_words.day_format()}  HH:mm")
            self.edit.setDateTime(QDateTime.currentDateTime())
        else:
            self.edit.setDisplayFormat(date_words.day_format())
            self.edit.setDate(QDate.currentDate())
        self.unset = QCheckBox(unset_text)
        self.unset.toggled.connect(self.edit.setDisabled)
        self.unset.toggled.connect(self.changed)
        self.edit.dateTimeChanged.connect(self.changed)
        # under the editor, not beside it: a form's field column, narrowed by a long
        # label in a wordier language, then still holds the whole checkbox
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.unset)
        self.setFocusProxy(self.edit)

    def setAccessibleName(self, name: str) -> None:
        """Names the editor, where the reader's cursor really lands."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.unset.setAccessibleDescription(name)

    def value(self) -> date | datetime | None:
        if self.unset.isChecked():
            return None
        if self._with_time:
            # the editor shows local time; the core stores aware UTC
            return cast(datetime, self.edit.dateTime().toPython()).astimezone(UTC)
        return cast(date, self.edit.date().toPython())

    def set_value(self, value: date | datetime | None) -> None:
        self.blockSignals(True)  # one `changed` for the whole update, below
        try:
            if isinstance(value, datetime):
                self.edit.setDateTime(
                    QDateTime.fromMSecsSinceEpoch(round(value.timestamp() * 1000))
                )
            elif value is not None:
                self.edit.setDate(QDate(value.year, value.month, value.day))
            self.unset.setChecked(value is None)
            self.edit.setDisabled(value is None)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def set_range(self, earliest: date | None = None, latest: date | None = None) -> None:
        if earliest is not None:
            self.edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        if latest is not None:
            self.edit.setMaximumDate(QDate(latest.year, latest.month, latest.day))
