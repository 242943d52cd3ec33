"""The census screen: pick a ward, see its patients in rounds order, find one by name
or bed; whoever manages admissions reorders the round by drag and drop or keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain.roles import Permission
from rounds_app.errors import RoundsError
from rounds_app.services import admissions
from rounds_app.services.actor import Actor
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.census.census_badges import PatientDelegate
from ui.census.census_model import CensusSearchProxy, CensusTableModel
from ui.common.error_text import error_text
from ui.common.labelled_rows import buddy_label
from ui.common.select_on_focus import choose_on_focus
from ui.common.table_rows import rows_of_lines
from ui.common.widgets import fill_placeholders, number_text, plain_label
from ui.menus import catalogue
from ui.menus.action_set import make_action

log = subsystem_logger(__name__)


class CensusView(QWidget):
    # the admission id chosen (None: nobody); only when the choice really changes, so a
    # refresh that keeps the same patient selected never disturbs the open card
    admission_selected = Signal(object)
    wards_reloaded = Signal()  # the ward list was read again: what is on screen may differ

    def __init__(self, backend: Backend, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor = actor
        self._announced: int | None = None
        self._refreshing = False
        self.setObjectName("censusView")

        self.model = CensusTableModel(self)
        self.proxy = CensusSearchProxy(self)
        self.proxy.setSourceModel(self.model)

        # the census's actions the main menus place, by id
        self.menu_actions = {spec.id: make_action(spec, self, self) for spec in catalogue.CENSUS}
        self.refresh_action = self.menu_actions["census.refresh"]
        self.find_action = self.menu_actions["census.find"]
        self.move_up_action = self.menu_actions["census.move_up"]
        self.move_down_action = self.menu_actions["census.move_down"]
        self.model.reordered.connect(self._save_order)

        self.ward_picker = QComboBox()
        self.ward_picker.setObjectName("wardPicker")
        self.ward_picker.setAccessibleName(self.tr("Ward"))
        self.ward_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ward_picker.currentIndexChanged.connect(self.refresh)
        ward_label = buddy_label(self.tr("&Ward"), self.ward_picker)

        self.search = QLineEdit()
        self.search.setObjectName("censusSearch")
        self.search.setAccessibleName(self.tr("Search by name or bed"))
        self.search.setPlaceholderText(self.tr("Name or bed"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_single_match)
        search_label = buddy_label(self.tr("&Search"), self.search)

        refresh_button = QToolButton()
        refresh_button.setObjectName("refreshButton")
        refresh_button.setDefaultAction(self.refresh_action)
        refresh_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.table = self._build_table()
        self.count = plain_label(name="censusCount")
        self.message = plain_label(name="censusMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        # two rows: beside the patient panel the census is narrow, and a squeezed
        # search box is no search box
        bar = QGridLayout()
        bar.setHorizontalSpacing(12)
        bar.setVerticalSpacing(10)
        bar.addWidget(ward_label, 0, 0)
        bar.addWidget(self.ward_picker, 0, 1)
        bar.addWidget(refresh_button, 0, 2, Qt.AlignmentFlag.AlignRight)
        bar.addWidget(search_label, 1, 0)
        bar.addWidget(self.search, 1, 1, 1, 2)
        bar.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 18, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        # as the eye reads the bar: the first row left to right, then the second
        QWidget.setTabOrder(self.ward_picker, refresh_button)
        QWidget.setTabOrder(refresh_button, self.search)
        QWidget.setTabOrder(self.search, self.table)
        self._update_reordering()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("censusTable")
        table.setAccessibleName(self.tr("Ward census"))
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(CensusTableModel.COL_PATIENT, PatientDelegate(table))
        table.setSortingEnabled(False)  # rounds order is the charge nurse's, not a sort
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDragDropOverwriteMode(False)  # between rows; the model says who may drag
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # the short columns at their content's width, whole; the patient takes the
        # rest (a name too long for it ends in "…" with the whole of it in the tooltip
        # and the card's header, and badges that do not fit end in "+n")
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CensusTableModel.COL_PATIENT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        choose_on_focus(table)
        table.selectionModel().selectionChanged.connect(self._announce_selection)
        table.selectionModel().selectionChanged.connect(self._update_reordering)
        return table

    def showEvent(self, event: QShowEvent) -> None:
        # a row of 2.5 lines holds the name, the safety badges below it, and reads
        # comfortably from across the room
        rows_of_lines(self.table, 2.5)
        super().showEvent(event)
        # An opaque viewport (the style sheet's, once polished, is not) lets Qt scroll
        # the rows by moving their pixels and paint only the row scrolled into view:
        # moving the selection down the census repaints two rows, not the whole table.
        self.table.viewport().setAutoFillBackground(True)

    def fitting_width(self) -> int:
        """The width at which every column shows whole, the patient's name with all
        its badges too, and no scroll bar runs sideways."""
        table = self.table
        table.ensurePolished()
        header = table.horizontalHeader()
        columns = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(self.proxy.columnCount())
        )
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        return columns + frame + margins.left() + margins.right()

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        self.reload_wards()
        self._update_reordering()

    def reload_wards(self) -> None:
        """Lists the wards the actor may see and shows the census of the first one
        (or of the ward already chosen, when it is still there)."""
        current = self.ward_picker.currentData()
        try:
            wards = self._backend.wards(self._actor)
        except RoundsError as error:
            self._show_message(error_text(error))
            return
        self.ward_picker.blockSignals(True)  # one refresh below, not one per item
        self.ward_picker.clear()
        for ward in wards:
            # "Ward 4B — General Medicine" already says 4B; "Acute Medicine" does not
            shown = ward.name if ward.code in ward.name else f"{ward.name} ({ward.code})"
            self.ward_picker.addItem(shown, ward.id)
        found = self.ward_picker.findData(current) if current is not None else -1
        self.ward_picker.setCurrentIndex(max(found, 0) if wards else -1)
        self.ward_picker.blockSignals(False)
        self.refresh()
        self.wards_reloaded.emit()

    def refresh(self) -> None:
        ward_id = self.ward_picker.currentData()
        if ward_id is None:
            self.model.set_rows([])
            self._show_message(
                self.tr(
                    "There are no wards in this database yet. An administrator adds them"
                    " in Ward ▸ Wards and beds."
                )
            )
            self._update_count()
            return
        selected = self.selected_admission_id()
        try:
            rows = self._backend.census(self._actor, ward_id)
            today = date.today()
            ids = [row.admission_id for row in rows]
            facts = self._backend.safety_facts(self._actor, ids, today)
        except RoundsError as error:
            self._show_message(error_text(error))
            return
        self.message.hide()
        scrolled = self.table.verticalScrollBar().value()
        self._refreshing = True
        try:
            self.model.set_rows(rows, today, facts)
            if selected is not None:
                self.select_admission(selected)
        finally:
            self._refreshing = False
        self.table.verticalScrollBar().setValue(scrolled)
        log.info("census of ward id %s: %d rows", ward_id, len(rows))
        self._update_count()
        self._announce_selection()
        self._update_reordering()

    def clear(self) -> None:
        """Takes every patient off the screen (on sign-out)."""
        self.search.clear()
        self.ward_picker.blockSignals(True)
        self.ward_picker.clear()
        self.ward_picker.blockSignals(False)
        self.model.set_rows([])
        self._update_count()
        self._announce_selection()

    def _announce_selection(self) -> None:
        if self._refreshing:
            return
        chosen = self.selected_admission_id()
        if chosen != self._announced:
            self._announced = chosen
            self.admission_selected.emit(chosen)

    def selected_admission_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(CensusTableModel.AdmissionIdRole) if rows else None

    def select_admission(self, admission_id: int) -> None:
        source_row = self.model.row_of_admission(admission_id)
        if source_row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():  # current too, so the arrow keys go on from this patient
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()
        self._update_reordering()

    def _open_single_match(self) -> None:
        """Enter in the search opens the patient when only one matches."""
        if self.proxy.rowCount() != 1:
            return
        self.select_admission(self.proxy.index(0, 0).data(CensusTableModel.AdmissionIdRole))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_reordering(self) -> None:
        """Only those who manage admissions reorder, and only with every row in view."""
        searching = bool(self.search.text().strip())
        may = self._backend.may(Permission.MANAGE_ADMISSIONS, actor=self._actor) and not searching
        self.model.set_reorderable(may)
        row = self.model.row_of_admission(self.selected_admission_id()) if may else None
        self.move_up_action.setEnabled(row is not None and row > 0)
        self.move_down_action.setEnabled(row is not None and row < self.model.rowCount() - 1)

    def move_selected_up(self) -> None:
        self._move_selected(-1)

    def move_selected_down(self) -> None:
        self._move_selected(1)

    def _move_selected(self, step: int) -> None:
        row = self.model.row_of_admission(self.selected_admission_id())
        if row is not None:  # moving down one place goes before the row after the next
            self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), row + step + (step > 0))

    def _save_order(self, admission_ids: list[int]) -> None:
        """Saves the order just given; a refusal (the ward changed meanwhile) says why."""
        ward_id = self.ward_picker.currentData()
        try:
            self._backend.call(admissions.reorder_round, ward_id, admission_ids)
        except RoundsError as error:
            self.refresh()
            self._show_message(
                fill_placeholders(self.tr("The round order was not saved: %1"), error_text(error))
            )
            return
        log.info("reordered the round of ward id %s", ward_id)
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            text = self.tr("Patients on the ward: %Ln", "", total)
        else:
            text = fill_placeholders(
                self.tr("Matching the search: %1 of %2"), number_text(shown), number_text(total)
            )
        self.count.setText(text)
