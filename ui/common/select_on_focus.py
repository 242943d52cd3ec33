"""Tabbing into a list or table chooses the row it marks, so the first Down goes to
the second row and what is highlighted is what is chosen. Qt, left alone, only makes
the first row current: it looks chosen but is not, and Down then skips it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView


class _ChooseOnFocus(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QAbstractItemView)
            and isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusIn
            and event.reason() != Qt.FocusReason.MouseFocusReason  # the click chooses
        ):
            _choose_current(watched)
        return super().eventFilter(watched, event)


def _choose_current(view: QAbstractItemView) -> None:
    chooser = view.selectionModel()
    model = view.model()
    if chooser is None or model is None or chooser.hasSelection() or model.rowCount() == 0:
        return
    current = view.currentIndex()
    index = current if current.isValid() else model.index(0, 0)
    chooser.setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def choose_on_focus(view: QAbstractItemView) -> None:
    """Keyboard focus arriving at `view` with nothing chosen chooses its current row
    (the first, when none is current)."""
    view.installEventFilter(_ChooseOnFocus(view))
