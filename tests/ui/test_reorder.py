"""Reordering the round: by keyboard, by drag and drop (through the model), saved in
the database; refused calmly when the ward changed; not offered to clinicians."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from rounds_app.services import admissions, census, wards
from rounds_app.storage.database import Database
from tests.ui.ward_data import ADMIN, CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.census.census_model import CensusTableModel
from ui.shell.main_window import MainWindow

MOVE = Qt.DropAction.MoveAction
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _window(qtbot, backend: Backend, username: str) -> MainWindow:
    window = MainWindow(backend, backend.sign_in(username, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


@pytest.fixture
def window(qtbot, backend: Backend, ward: WardData) -> MainWindow:
    return _window(qtbot, backend, CHARGE)


def _stored_order(db: Database, ward: WardData) -> list[int]:
    with db.session() as s:
        return [row.admission_id for row in census.ward_census(s, ADMIN, ward.ward_id)]


def _drag_row(window: MainWindow, row: int, before: int) -> bool:
    """What the table does when a row is dropped: mime data from the dragged row's
    cells, dropped between rows of the (search) proxy."""
    proxy = window.census.proxy
    cells = [proxy.index(row, column) for column in range(proxy.columnCount())]
    return proxy.dropMimeData(proxy.mimeData(cells), MOVE, before, 0, QModelIndex())


def test_ctrl_shift_down_moves_the_patient_and_saves(
    qtbot, window: MainWindow, ui_db: Database, ward: WardData
) -> None:
    first, second, *rest = ward.admission_ids
    window.census.table.selectRow(0)
    window.census.table.setFocus()
    qtbot.keyClick(window.census.table, Qt.Key.Key_Down, CTRL_SHIFT)
    assert _stored_order(ui_db, ward) == [second, first, *rest]
    assert window.census.model.admission_ids() == [second, first, *rest]
    assert window.census.selected_admission_id() == first  # the moved patient stays chosen
    qtbot.keyClick(window.census.table, Qt.Key.Key_Up, CTRL_SHIFT)
    assert _stored_order(ui_db, ward) == ward.admission_ids


def test_the_ends_of_the_round_disable_the_move_that_goes_nowhere(window: MainWindow) -> None:
    census_view = window.census
    assert not census_view.move_up_action.isEnabled()  # nobody chosen yet
    census_view.table.selectRow(0)
    assert not census_view.move_up_action.isEnabled()
    assert census_view.move_down_action.isEnabled()
    census_view.table.selectRow(census_view.model.rowCount() - 1)
    assert census_view.move_up_action.isEnabled()
    assert not census_view.move_down_action.isEnabled()


def test_dropping_a_row_saves_the_new_order(window: MainWindow, ui_db, ward: WardData) -> None:
    a, b, c, *rest = ward.admission_ids
    assert _drag_row(window, 0, 3)  # dropped between the third and fourth rows
    assert _stored_order(ui_db, ward) == [b, c, a, *rest]
    assert _drag_row(window, 2, -1)  # dropped below the last row
    assert _stored_order(ui_db, ward) == [b, c, *rest, a]
    assert not _drag_row(window, 0, 1)  # onto itself: nothing to do
    assert _stored_order(ui_db, ward) == [b, c, *rest, a]


def test_move_rows_saves_the_new_order(window: MainWindow, ui_db, ward: WardData) -> None:
    model = window.census.model
    a, b, c, *rest = ward.admission_ids
    assert model.moveRows(QModelIndex(), 1, 2, QModelIndex(), 0)
    assert _stored_order(ui_db, ward) == [b, c, a, *rest]


def test_a_ward_changed_meanwhile_refuses_calmly_and_reloads(
    window: MainWindow, ui_db: Database, ward: WardData
) -> None:
    with ui_db.session() as s:
        bed = next(b.id for b in wards.list_beds(s, ADMIN, ward.ward_id) if b.occupied_by is None)
    with ui_db.session() as s:  # saved on another workstation; this census has not seen it
        admissions.admit(
            s,
            ward.charge,
            ward_id=ward.ward_id,
            bed_id=bed,
            patient=admissions.NewPatient(mrn="LATE1", given_name="Amani", family_name="Said"),
        )
    window.census.table.selectRow(0)
    window.census.move_down_action.trigger()
    message = window.census.message
    assert message.isVisible()
    assert message.text().startswith("The round order was not saved: ")
    assert "\n" not in message.text() and "Traceback" not in message.text()
    assert window.census.model.rowCount() == 9  # the ward as it is now
    assert _stored_order(ui_db, ward)[:8] == ward.admission_ids


def test_a_clinician_cannot_reorder(qtbot, backend: Backend, ui_db, ward: WardData) -> None:
    window = _window(qtbot, backend, "pharm.lee")
    census_view = window.census
    census_view.table.selectRow(1)
    assert not census_view.move_up_action.isEnabled()
    assert not census_view.move_down_action.isEnabled()
    flags = census_view.proxy.index(1, 0).flags()
    assert not flags & Qt.ItemFlag.ItemIsDragEnabled
    assert not census_view.proxy.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    qtbot.keyClick(census_view.table, Qt.Key.Key_Down, CTRL_SHIFT)
    assert not _drag_row(window, 1, 4)
    assert not census_view.model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 4)
    assert _stored_order(ui_db, ward) == ward.admission_ids


def test_no_reordering_while_a_search_hides_rows(window: MainWindow, ui_db, ward) -> None:
    census_view = window.census
    census_view.search.setText("7B-0")
    census_view.table.selectRow(1)
    assert not census_view.move_down_action.isEnabled()
    assert not census_view.proxy.index(1, 0).flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert not _drag_row(window, 1, 3)
    census_view.search.clear()
    assert census_view.move_down_action.isEnabled()
    assert _stored_order(ui_db, ward) == ward.admission_ids


def test_a_reorderable_model_passes_the_model_tester(qtmodeltester, backend, ward) -> None:
    rows = backend.census(ward.charge, ward.ward_id)
    model = CensusTableModel()
    model.set_rows(rows)
    model.set_reorderable(True)
    qtmodeltester.check(model)  # the tester goes on watching every change below
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 5)
    assert model.moveRows(QModelIndex(), 4, 2, QModelIndex(), 1)
    moved = {row.admission_id: row for row in rows}
    model.set_rows([moved[i] for i in model.admission_ids()])  # the same order: in place
    model.set_rows(rows)  # another order: reset
    qtmodeltester.check(model)
