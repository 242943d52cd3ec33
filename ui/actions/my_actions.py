"""My actions: every open action on the ward that is mine or my discipline's, soonest
due first, with bed and patient. Done closes one; double-click or Enter goes to the
patient (`ask` returns that admission id)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain.enums import ActionStatus
from rounds_app.domain.roles import Permission
from rounds_app.errors import RoundsError
from rounds_app.services import patient_card
from rounds_app.subsystem_log import subsystem_logger
from ui.actions.closing import close_action
from ui.actions.my_actions_model import MyActionsModel
from ui.backend import Backend
from ui.common import window_size
from ui.common.discipline_labels import discipline_label
from ui.common.error_text import error_text
from ui.common.table_rows import rows_of_lines
from ui.common.widgets import fill_placeholders, plain_label

log = subsystem_logger(__name__)
M = MyActionsModel


class MyActionsDialog(QDialog):
    def __init__(self, parent: QWidget | None, backend: Backend, ward_id: int) -> None:
        super().__init__(parent)
        self._backend = backend
        self._ward_id = ward_id
        self.chosen: int | None = None  # the admission to go to
        self.setObjectName("myActionsDialog")
        self.setWindowTitle(self.tr("My actions"))
        actor = backend.actor
        self._can_close = backend.may(Permission.CONTRIBUTE)

        heading = plain_label(self.tr("My actions"), "dialogHeading")
        whose = (
            fill_placeholders(
                self.tr("Open actions on this ward for you or for %1, soonest due first."),
                discipline_label(actor.discipline),
            )
            if actor.discipline is not None
            else self.tr("Open actions on this ward for you, soonest due first.")
        )
        about = plain_label(whose, "entryAbout")
        about.setWordWrap(True)
        self.message = plain_label(name="actionsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.empty = plain_label(self.tr("Nothing open for you on this ward."), "emptyNote")

        self.model = MyActionsModel(self)
        self.table = self._build_table()

        buttons = QDialogButtonBox()
        self.go_button = buttons.addButton(
            # not AcceptRole: the button box would make it the default button, and
            # Enter in the table would then go to the patient twice
            self.tr("&Go to patient"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.go_button.setToolTip(self.tr("Show this patient's card (Enter)"))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in (self.go_button, self.close_button):
            # Enter belongs to the table (go to the patient), not to a default button
            button.setAutoDefault(False)
        self.go_button.clicked.connect(lambda: self._go(self.table.currentIndex()))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.ensurePolished()
        metrics = self.fontMetrics()
        window_size.restore(
            self,
            "MyActionsDialog",
            QSize(metrics.averageCharWidth() * 150, metrics.lineSpacing() * 30),
        )
        self.reload()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("myActionsTable")
        table.setAccessibleName(self.tr("My open actions"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(M.COL_ACTION, QHeaderView.ResizeMode.Stretch)
        table.setColumnHidden(M.COL_DONE, not self._can_close)
        table.activated.connect(self._go)  # Enter, and a double-click
        table.selectionModel().currentRowChanged.connect(self._update_go)
        return table

    def showEvent(self, event: QShowEvent) -> None:
        rows_of_lines(self.table, 2.2)  # with room for the Done button
        super().showEvent(event)

    def reload(self) -> None:
        try:
            rows = self._backend.call(patient_card.my_actions, self._ward_id)
        except RoundsError as error:
            self._say(error_text(error))
            rows = []
        self.model.set_rows(rows)
        log.info("my actions on ward id %s: %d rows", self._ward_id, len(rows))
        if self._can_close:
            # Tab goes from the table through its Done buttons, row by row, and only
            # then to the buttons below it
            before: QWidget = self.table
            for number in range(len(rows)):
                done = self._done_button(number)
                self.table.setIndexWidget(self.model.index(number, M.COL_DONE), done)
                QWidget.setTabOrder(before, done)
                before = done
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if rows:
            self.table.selectRow(0)
        self._update_go()

    def _done_button(self, number: int) -> QPushButton:
        row = self.model.row(number)
        button = QPushButton(self.tr("Done"))
        button.setObjectName("actionDone")
        button.setAutoDefault(False)
        button.setAccessibleName(fill_placeholders(self.tr("Mark done: %1"), row.action.text))
        button.clicked.connect(lambda: self._close(number))
        return button

    def _close(self, number: int) -> None:
        problem = close_action(self._backend, self.model.row(number).action, ActionStatus.DONE)
        self.reload()  # closed here, or by someone else: either way it leaves the list
        self._say(problem)

    def _go(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen = index.data(M.AdmissionIdRole)
            self.accept()

    def _update_go(self) -> None:
        self.go_button.setEnabled(self.table.currentIndex().isValid())

    def _say(self, problem: str | None) -> None:
        self.message.setText(problem or "")
        self.message.setVisible(problem is not None)

    @classmethod
    def ask(cls, parent: QWidget | None, backend: Backend, ward_id: int) -> int | None:
        """The admission id to go to, or None. Actions may have been closed either
        way, so the caller refreshes the census after."""
        dialog = cls(parent, backend, ward_id)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.chosen
            return None
        finally:
            dialog.deleteLater()
