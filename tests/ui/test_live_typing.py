"""A change arriving while someone types elsewhere in the window leaves their text,
cursor and focus alone, and does not announce the chosen patient again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import ContributionKind
from rounds_app.feed import ChangeView
from rounds_app.services import contributions
from rounds_app.services.patient_card import PatientCard
from rounds_app.storage.database import Database
from tests.ui.census_cells import badge_words
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.shell.main_window import MainWindow


class NotesTab(QWidget):
    """A tab that keeps the protocol of ui/patient/patient_panel.py: a new card never touches
    the text being typed."""

    saved = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[PatientCard] = []
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName("Notes")
        QVBoxLayout(self).addWidget(self.editor)

    def show_card(self, card: PatientCard) -> None:
        self.cards.append(card)

    def clear(self) -> None:
        self.editor.clear()


@pytest.fixture
def window(qtbot, backend: Backend, ward: WardData) -> MainWindow:
    widget = MainWindow(backend, backend.sign_in(CHARGE, PASSWORD))
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def _contribute(db: Database, ward: WardData, admission_id: int) -> None:
    """Another workstation saves an entry for this patient."""
    with db.session() as s:
        contributions.add_contribution(
            s, ward.charge, admission_id, text="From elsewhere", kind=ContributionKind.UPDATE
        )


def _flags(window: MainWindow, row: int) -> str:
    return "  ·  ".join(badge_words(window.census.model, row))


def test_a_change_keeps_the_text_being_typed_in_the_open_card(
    qtbot, window: MainWindow, ui_db: Database, ward: WardData
) -> None:
    tab = NotesTab()
    window.panel.add_tab(tab, "Notes")
    window.panel.tabs.setCurrentWidget(tab)  # tabs in view are the ones kept current
    announced: list[object] = []
    window.census.admission_selected.connect(announced.append)
    window.census.table.selectRow(0)
    assert announced == [ward.admission_ids[0]] and len(tab.cards) == 1
    tab.editor.setFocus()
    qtbot.keyClicks(tab.editor, "Family visiting at 6")
    tab.editor.insertPlainText(" — Λένα θέλει να πάει σπίτι")
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Left, n=4)
    tab.editor.setTextCursor(cursor)
    typed, position = tab.editor.toPlainText(), cursor.position()

    _contribute(ui_db, ward, ward.admission_ids[0])

    qtbot.waitUntil(lambda: len(tab.cards) == 2)  # the open card was loaded again
    assert "New: 1" in _flags(window, 0)
    assert tab.editor.toPlainText() == typed
    assert tab.editor.textCursor().position() == position
    assert tab.editor.hasFocus()
    assert announced == [ward.admission_ids[0]]  # the same patient, not announced again
    assert window.census.selected_admission_id() == ward.admission_ids[0]


def test_a_change_keeps_the_search_being_typed(
    qtbot, window: MainWindow, ui_db: Database, ward: WardData
) -> None:
    window.census.find_action.trigger()
    qtbot.keyClicks(window.census.search, "7B")
    window.census.search.setCursorPosition(1)

    _contribute(ui_db, ward, ward.admission_ids[1])

    qtbot.waitUntil(lambda: "New: 2" in _flags(window, 1))
    assert window.census.search.text() == "7B"
    assert window.census.search.cursorPosition() == 1
    assert window.census.search.hasFocus()


def test_a_change_on_another_ward_leaves_the_census_alone(
    qtbot, window: MainWindow, ward: WardData
) -> None:
    resets: list[None] = []
    window.census.model.modelReset.connect(lambda: resets.append(None))
    window.census.model.dataChanged.connect(lambda *_: resets.append(None))
    other_ward = ward.ward_id + 1
    elsewhere = ChangeView(10_000, other_ward, 1, utc_now(), "admission", 5, other_ward, 5)
    window.follower.changed.emit([elsewhere])
    assert resets == []
