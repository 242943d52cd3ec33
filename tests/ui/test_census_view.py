"""The census screen: ward picker, search, refresh, and calm errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QToolButton

from rounds_app.errors import PermissionDenied
from rounds_app.services import admissions, wards
from rounds_app.storage.database import Database
from tests.ui.focus import tab_stops
from tests.ui.ward_data import ADMIN, WardData
from ui.backend import Backend
from ui.census.census_model import CensusTableModel
from ui.census.census_view import CensusView
from ui.common import window_size
from ui.shell import style
from ui.shell.main_window import MainWindow

M = CensusTableModel


@pytest.fixture
def view(qtbot, backend: Backend, ward: WardData) -> CensusView:
    widget = CensusView(backend, ward.charge)
    qtbot.addWidget(widget)
    widget.reload_wards()
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _beds(view: CensusView) -> list[str]:
    return [view.proxy.index(r, M.COL_BED).data() for r in range(view.proxy.rowCount())]


def _second_ward(db: Database, ward: WardData) -> int:
    with db.session() as s:
        other = wards.create_ward(
            s, ADMIN, code="2C", name="Care of Older People", bed_labels=["2C-01"]
        )
    with db.session() as s:
        bed = wards.list_beds(s, ADMIN, other.id)[0].id
    with db.session() as s:
        admissions.admit(
            s,
            ward.charge,
            ward_id=other.id,
            bed_id=bed,
            patient=admissions.NewPatient(mrn="2C-1", given_name="Νίκος", family_name="Αλεξίου"),
        )
    return other.id


def test_shows_the_first_ward_in_round_order(view: CensusView, ward: WardData) -> None:
    assert view.ward_picker.count() == 1
    assert view.ward_picker.currentText() == "Acute Medicine (7B)"
    assert view.model.rowCount() == 8
    assert _beds(view)[:3] == ["7B-01", "7B-02", "7B-04"]
    assert view.count.text() == "Patients on the ward: 8"
    assert not view.table.isSortingEnabled()


def test_search_box_filters_and_counts(qtbot, view: CensusView) -> None:
    qtbot.keyClicks(view.search, "zoe")  # QTest types ASCII only
    assert _beds(view) == ["7B-05"]
    assert view.count.text() == "Matching the search: 1 of 8"
    view.search.setText("ελένη")
    assert _beds(view) == ["7B-01"]
    view.search.clear()
    assert len(_beds(view)) == 8
    assert view.count.text() == "Patients on the ward: 8"


def test_refresh_shows_new_admissions_and_keeps_the_selection(
    qtbot, view: CensusView, ui_db: Database, ward: WardData
) -> None:
    view.table.selectRow(1)
    chosen = view.selected_admission_id()
    assert chosen == ward.admission_ids[1]
    with ui_db.session() as s:
        free = [b.id for b in wards.list_beds(s, ADMIN, ward.ward_id) if b.occupied_by is None]
    with ui_db.session() as s:
        admissions.admit(
            s,
            ward.charge,
            ward_id=ward.ward_id,
            bed_id=free[0],
            patient=admissions.NewPatient(mrn="NEW1", given_name="Amani", family_name="Said"),
        )
    with qtbot.waitSignal(view.model.modelReset):
        view.refresh_action.trigger()
    assert view.model.rowCount() == 9
    assert view.selected_admission_id() == chosen


def test_refresh_shortcut_is_f5(view: CensusView) -> None:
    assert view.refresh_action.shortcut().toString() == "F5"


def test_picking_another_ward_shows_its_census(
    qtbot, view: CensusView, ui_db: Database, ward: WardData
) -> None:
    other = _second_ward(ui_db, ward)
    view.reload_wards()
    assert view.ward_picker.currentText() == "Acute Medicine (7B)"  # the choice is kept
    with qtbot.waitSignal(view.model.modelReset):
        view.ward_picker.setCurrentIndex(view.ward_picker.findData(other))
    assert _beds(view) == ["2C-01"]
    assert view.proxy.index(0, M.COL_PATIENT).data() == "Νίκος Αλεξίου"


def test_a_refused_census_shows_a_calm_message(
    view: CensusView, backend: Backend, monkeypatch
) -> None:
    def refuse(actor, ward_id):
        raise PermissionDenied("A ward display account cannot view this ward.")

    monkeypatch.setattr(backend, "census", refuse)
    view.refresh()
    assert view.message.isVisible()
    assert view.message.text() == "A ward display account cannot view this ward."
    assert view.message.textFormat() == Qt.TextFormat.PlainText
    assert view.model.rowCount() == 8  # the last good census stays


def test_clear_takes_every_patient_off_the_screen(view: CensusView) -> None:
    view.search.setText("zoe")
    view.clear()
    assert view.model.rowCount() == 0
    assert view.ward_picker.count() == 0
    assert view.search.text() == ""


def test_no_wards_says_so(qtbot, backend: Backend, ward: WardData, monkeypatch) -> None:
    monkeypatch.setattr(backend, "wards", lambda actor: [])
    widget = CensusView(backend, ward.charge)
    qtbot.addWidget(widget)
    widget.reload_wards()
    assert widget.message.text() == (
        "There are no wards in this database yet. An administrator adds them"
        " in Ward ▸ Wards and beds."
    )
    assert widget.model.rowCount() == 0


def test_keyboard_path_and_labels(qtbot, view: CensusView) -> None:
    # as the bar reads: the ward and Refresh on the first row, the search below
    assert tab_stops(view.ward_picker, 3) == [
        view.findChild(QToolButton, "refreshButton"),
        view.search,
        view.table,
    ]
    assert view.table.accessibleName() == "Ward census"
    view.activateWindow()
    qtbot.waitActive(view)
    view.find_action.trigger()
    qtbot.waitUntil(view.search.hasFocus)


def test_tabbing_into_the_table_chooses_the_first_patient(qtbot, view: CensusView) -> None:
    first = view.proxy.index(0, 0).data(M.AdmissionIdRole)
    second = view.proxy.index(1, 0).data(M.AdmissionIdRole)
    view.activateWindow()
    qtbot.waitActive(view)
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    with qtbot.waitSignal(view.admission_selected) as chosen:
        qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    assert view.table.hasFocus()
    assert chosen.args == [first]
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.selected_admission_id() == second


def test_enter_in_the_search_opens_a_single_match(qtbot, view: CensusView) -> None:
    view.activateWindow()
    qtbot.waitActive(view)
    view.search.setFocus()
    qtbot.keyClicks(view.search, "7B")
    assert view.proxy.rowCount() > 1
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.selected_admission_id() is None  # which one? Enter does not guess
    bed = _beds(view)[2]
    view.search.setText(bed)
    assert view.proxy.rowCount() == 1
    wanted = view.proxy.index(0, 0).data(M.AdmissionIdRole)
    with qtbot.waitSignal(view.admission_selected) as chosen:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert chosen.args == [wanted]
    assert view.table.hasFocus()  # Down goes on from here


@pytest.mark.usefixtures("styled")
@pytest.mark.parametrize("screen", [QRect(0, 0, 1366, 768), QRect(0, 0, 1920, 1080)])
def test_every_column_fits_a_maximised_window(
    qtbot, backend: Backend, ward: WardData, screen: QRect
) -> None:
    """Bed, patient (with the safety and ward badges), severity, days and discharge
    all on screen, no scrolling sideways; the patient's column takes what is left."""
    window = MainWindow(backend, ward.charge)
    qtbot.addWidget(window)
    window_size.fit(window, screen)
    window.setGeometry(screen.adjusted(0, 0, -16, -40))  # maximised, less the frame
    window.show()
    qtbot.waitExposed(window)
    table = window.census.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(M.COL_PATIENT) > 0)
    assert not table.horizontalScrollBar().isVisible()
    assert table.horizontalScrollBar().maximum() == 0
    for column in range(window.census.proxy.columnCount()):
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= table.viewport().width()
        if column != M.COL_PATIENT:  # the short columns whole, as their text is
            assert header.sectionSize(column) >= table.sizeHintForColumn(column), column
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    # room for a name and a badge or two, never squeezed to nothing
    assert header.sectionSize(M.COL_PATIENT) >= 12 * table.fontMetrics().averageCharWidth()
    if screen.width() >= 1920:  # a large screen shows every badge
        assert header.sectionSize(M.COL_PATIENT) >= table.sizeHintForColumn(M.COL_PATIENT)


def test_a_refused_ward_list_shows_a_calm_message(view: CensusView, backend, monkeypatch) -> None:
    def refuse(actor):
        raise PermissionDenied("This account cannot view wards.")

    monkeypatch.setattr(backend, "wards", refuse)
    view.reload_wards()
    assert view.message.text() == "This account cannot view wards."


def test_moving_down_a_styled_census_repaints_only_the_rows_that_change(
    qtbot, qapp, backend: Backend, ward: WardData
) -> None:
    """Selecting the row below the last one in view scrolls the census by moving its
    pixels: Qt paints the rows whose selection changed and the one scrolled into view,
    not every row, and the screen shows what a full repaint would."""
    style.apply_stylesheet(qapp)
    try:
        view = CensusView(backend, ward.charge)
        qtbot.addWidget(view)
        view.reload_wards()
        view.resize(700, 420)  # room for a few of the eight rows
        view.show()
        qtbot.waitExposed(view)
        qapp.processEvents()  # the rows laid out and painted before they are watched
        table, viewport = view.table, view.table.viewport()
        last_in_view = table.rowAt(viewport.height() - 1) - 1  # wholly in view
        table.selectRow(last_in_view)
        qapp.processEvents()
        painted: list[QRect] = []

        class Paints(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    painted.append(event.rect())
                return False

        paints = Paints()
        viewport.installEventFilter(paints)
        table.selectRow(last_in_view + 1)
        qtbot.waitUntil(lambda: bool(painted))
        viewport.removeEventFilter(paints)
        assert table.verticalScrollBar().value() > 0  # it scrolled
        # the rows that stayed selected or not were moved up, not painted again
        assert all(r.top() >= table.rowHeight(0) for r in painted)
        screen = qapp.primaryScreen()
        shown = screen.grabWindow(view.winId()).toImage()
        view.repaint()
        assert screen.grabWindow(view.winId()).toImage() == shown
    finally:
        qapp.setStyleSheet("")
