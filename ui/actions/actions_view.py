"""The actions and contingencies tab: open actions first (overdue ones say so), the
done and cancelled ones folded away below, a form for a new action, and the active
if/then contingencies with their own form.

A tab of the patient panel (see ui/patient/patient_panel.py): `show_card` rebuilds the lists
and never touches what is typed in the forms."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QToolButton, QVBoxLayout, QWidget

from rounds_app.domain.enums import ActionStatus
from rounds_app.domain.roles import Permission
from rounds_app.errors import ConflictError, RoundsError
from rounds_app.services import actions
from rounds_app.services.actor import Actor
from rounds_app.services.patient_card import ActionView, ContingencyView, PatientCard
from rounds_app.subsystem_log import subsystem_logger
from ui.actions.action_forms import ContingencyForm, NewActionForm
from ui.actions.action_rows import ActionRow, ContingencyRow
from ui.actions.closing import close_action
from ui.backend import Backend
from ui.common.error_text import error_text
from ui.common.widgets import fill_placeholders, plain_label

log = subsystem_logger(__name__)


class _RowList(QWidget):
    """A column of row widgets that is emptied and refilled on every card."""

    def __init__(self) -> None:
        super().__init__()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(6)

    def replace(self, rows: list[QWidget]) -> None:
        while (item := self.column.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().hide()  # at once: deleteLater waits for the event loop
                item.widget().deleteLater()
        for row in rows:
            self.column.addWidget(row)
            row.show()  # now, not after the event loop as a layout would
        self.setVisible(bool(rows))

    def rows(self) -> list[QWidget]:
        return [self.column.itemAt(i).widget() for i in range(self.column.count())]


class ActionsView(QWidget):
    # wrote through the services — or found the card out of date (an action closed
    # elsewhere): either way the panel reloads the card and the census
    saved = Signal()

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._card: PatientCard | None = None
        self._actor: Actor | None = None  # whom the owner picker was filled for
        self.setObjectName("actionsView")

        self.message = plain_label(name="actionsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.open_heading = plain_label(self.tr("Actions"), "sectionHeading")
        self.open_rows = _RowList()
        self.no_open = plain_label(self.tr("No open actions."), "emptyNote")
        self.closed_toggle = QToolButton()
        self.closed_toggle.setObjectName("closedToggle")
        self.closed_toggle.setCheckable(True)
        self.closed_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.closed_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.closed_toggle.toggled.connect(self._show_closed)
        self.closed_rows = _RowList()
        self.action_form = NewActionForm(backend)
        self.action_form.saved.connect(self._wrote)

        self.contingency_heading = plain_label(self.tr("If … then …"), "sectionHeading")
        self.contingency_rows = _RowList()
        self.no_contingencies = plain_label(self.tr("No contingencies."), "emptyNote")
        self.contingency_form = ContingencyForm(backend)
        self.contingency_form.saved.connect(self._wrote)

        page = QWidget()
        page.setObjectName("actionsPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(2, 10, 12, 16)
        column.setSpacing(8)
        for widget in (
            self.message,
            self.open_heading,
            self.no_open,
            self.open_rows,
            self.closed_toggle,
            self.closed_rows,
            self.action_form,
        ):
            column.addWidget(widget)
        column.addSpacing(18)
        for widget in (
            self.contingency_heading,
            self.no_contingencies,
            self.contingency_rows,
            self.contingency_form,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("actionsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.closed_rows.hide()

    # the tab protocol

    def show_card(self, card: PatientCard) -> None:
        if self._card is None or self._card.admission.id != card.admission.id:
            self.message.hide()
            self.action_form.reset()
            self.contingency_form.reset()
        self._card = card
        actor = self._backend.actor
        can_write = self._backend.may(Permission.CONTRIBUTE)
        for form in (self.action_form, self.contingency_form):
            form.admission_id = card.admission.id
            form.setVisible(can_write)
        if actor != self._actor:  # only then: a refresh keeps the owner being chosen
            self._actor = actor
            self.action_form.set_owners(actor)
        self._fill_actions(card.actions, can_write)
        self._fill_contingencies(card.contingencies, can_write)
        self._chain_tabs()

    def clear(self) -> None:
        self._card = None
        self.message.hide()
        for form in (self.action_form, self.contingency_form):
            form.reset()
            form.admission_id = None
        for rows in (self.open_rows, self.closed_rows, self.contingency_rows):
            rows.replace([])

    # filling

    def _fill_actions(self, all_actions: tuple[ActionView, ...], can_write: bool) -> None:
        today = date.today()
        open_ = [a for a in all_actions if a.status is ActionStatus.OPEN]
        # soonest due first, as on "my actions"; undated ones after, oldest first
        open_.sort(key=lambda a: (a.due is None, a.due or today, a.id))
        closed = sorted(
            (a for a in all_actions if a.status is not ActionStatus.OPEN),
            key=lambda a: a.closed_at or a.opened_at,
            reverse=True,
        )
        rows = []
        for action in open_:
            row = ActionRow(action, today, can_write)
            row.close_requested.connect(self._close)
            rows.append(row)
        self.open_rows.replace(rows)
        self.closed_rows.replace([ActionRow(action, today, False) for action in closed])
        self.closed_rows.setVisible(bool(closed) and self.closed_toggle.isChecked())
        self.open_heading.setText(
            fill_placeholders(self.tr("Actions — %1"), self.tr("%Ln open", "", len(open_)))
            if open_
            else self.tr("Actions")  # "No open actions." says the rest
        )
        self.no_open.setVisible(not open_)
        self.closed_toggle.setText(self.tr("Done and cancelled: %Ln", "", len(closed)))
        self.closed_toggle.setVisible(bool(closed))

    def _fill_contingencies(
        self, contingencies: tuple[ContingencyView, ...], can_write: bool
    ) -> None:
        rows = []
        for contingency in (c for c in contingencies if c.active):
            row = ContingencyRow(contingency, can_write)
            row.retire_requested.connect(self._retire)
            rows.append(row)
        self.contingency_rows.replace(rows)
        self.no_contingencies.setVisible(not rows)

    def _chain_tabs(self) -> None:
        """Tab follows the page from top to bottom. Rows are made after the forms, so
        left to Qt's creation order their buttons would come last."""
        stops: list[QWidget] = []
        for row in self.open_rows.rows():
            assert isinstance(row, ActionRow)
            stops += [b for b in (row.done_button, row.cancel_button) if b is not None]
        form = self.action_form
        stops += [self.closed_toggle, form.text, form.owner, form.has_due, form.due]
        stops.append(form.open_button)
        for row in self.contingency_rows.rows():
            assert isinstance(row, ContingencyRow)
            stops += [row.retire_button] if row.retire_button is not None else []
        other = self.contingency_form
        stops += [other.condition, other.response, other.add_button]
        for before, after in zip(stops, stops[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _show_closed(self, showing: bool) -> None:
        self.closed_toggle.setArrowType(
            Qt.ArrowType.DownArrow if showing else Qt.ArrowType.RightArrow
        )
        self.closed_rows.setVisible(showing and bool(self.closed_rows.rows()))

    # writing

    def _close(self, action: ActionView, status: ActionStatus) -> None:
        problem = close_action(self._backend, action, status)
        self.saved.emit()  # reloads: closed here, or already closed elsewhere
        self._say(problem)

    def _retire(self, contingency: ContingencyView) -> None:
        problem = None
        try:
            self._backend.call(actions.retire_contingency, contingency.id, contingency.version)
            log.info("retired contingency id %s", contingency.id)
        except ConflictError:
            problem = self.tr("Someone else changed it already; the list now shows it as it is.")
        except RoundsError as error:
            problem = error_text(error)
        self.saved.emit()
        self._say(problem)

    def _wrote(self) -> None:
        self.message.hide()
        self.saved.emit()

    def _say(self, problem: str | None) -> None:
        self.message.setText(problem or "")
        self.message.setVisible(problem is not None)
