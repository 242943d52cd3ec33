"""The readiness checklist: a tick says the item is done, with who ticked it and
when; the team may add items of its own. A plan nobody has written to yet shows the
standard items, and the first tick starts the plan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from rounds_app.domain import limits
from rounds_app.domain.roles import Permission
from rounds_app.errors import ConflictError, RoundsError
from rounds_app.services import discharge, discharge_plans
from rounds_app.services.patient_card import ChecklistItemView, PatientCard, patient_card
from ui.backend import Backend
from ui.common.date_words import stamp
from ui.common.error_text import error_text
from ui.common.labelled_rows import buddy_label
from ui.common.tab_section import Section
from ui.common.widgets import fill_placeholders
from ui.discharge.check_row import CheckRow


def standard_items() -> tuple[ChecklistItemView, ...]:
    """The items a new plan starts with; id 0 as they are not stored until the plan
    is made by its first write."""
    return tuple(
        ChecklistItemView(0, text, False, None, None, kind)
        for text, kind in discharge_plans.DEFAULT_CHECKLIST
    )


class ChecklistSection(Section):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            backend, QCoreApplication.translate("ChecklistSection", "Readiness checklist"), parent
        )
        self.setObjectName("checklistSection")
        self._items: tuple[ChecklistItemView, ...] = ()
        self.rows: list[CheckRow] = []
        # Rows made later would join the end of the window's Tab order; they are
        # moved in behind this hidden marker, before the "new item" field.
        self._tab_anchor = QWidget(self)
        self._tab_anchor.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # else Qt ignores it
        self._tab_anchor.hide()  # so Tab never stops on it
        self.list = QVBoxLayout()
        self.list.setSpacing(6)

        self.new_item = QLineEdit()
        self.new_item.setObjectName("newChecklistItem")
        self.new_item.setMaxLength(limits.SHORT_TEXT)
        self.new_item.setAccessibleName(self.tr("New checklist item"))
        self.new_item.setPlaceholderText(self.tr("Another item, e.g. Oxygen at home arranged"))
        self.new_item.returnPressed.connect(self.add_item)
        self.new_label = buddy_label(self.tr("New item"), self.new_item)
        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.setObjectName("addChecklistItem")
        self.add_button.clicked.connect(self.add_item)
        adding = QHBoxLayout()
        adding.setSpacing(12)
        adding.addWidget(self.new_label)
        adding.addWidget(self.new_item, 1)
        adding.addWidget(self.add_button)

        self.body.addLayout(self.list)
        self.body.addWidget(self.error)
        self.body.addSpacing(4)
        self.body.addLayout(adding)

    def reset(self, card: PatientCard | None) -> None:
        self.new_item.clear()
        if card is None:
            self._show_items(())

    def refresh(self, card: PatientCard) -> None:
        plan = card.discharge_plan
        self._show_items(plan.checklist if plan else standard_items())
        editable = self.may(Permission.EDIT_DISCHARGE_PLAN, card)
        for row in self.rows:
            row.box.setEnabled(editable)
        for widget in (self.new_label, self.new_item, self.add_button):
            widget.setVisible(editable)

    def _show_items(self, items: tuple[ChecklistItemView, ...]) -> None:
        if [i.item for i in items] != [i.item for i in self._items]:
            self._rebuild(len(items))
        self._items = items
        for row, item in zip(self.rows, items, strict=True):
            row.set_item(item.item, item.done, self._note(item))

    def _rebuild(self, count: int) -> None:
        """Rows for a changed list; the keyboard focus stays on the same row number."""
        focused = next((n for n, row in enumerate(self.rows) if row.box.hasFocus()), None)
        for row in self.rows:
            self.list.removeWidget(row)
            row.hide()  # at once: deleteLater waits for the event loop
            row.deleteLater()
        self.rows = []
        for number in range(count):
            row = CheckRow()
            row.box.clicked.connect(lambda done, number=number: self._tick(number, done))
            self.list.addWidget(row)
            QWidget.setTabOrder(self.rows[-1].box if self.rows else self._tab_anchor, row.box)
            self.rows.append(row)
        if focused is not None and self.rows:
            self.rows[min(focused, count - 1)].box.setFocus()

    def _note(self, item: ChecklistItemView) -> str:
        if not item.done:
            return ""
        who = item.done_by or self.tr("someone")
        if item.done_at is None:
            return fill_placeholders(self.tr("Ticked by %1"), who)
        return fill_placeholders(self.tr("Ticked by %1, %2"), who, stamp(item.done_at))

    def _tick(self, number: int, done: bool) -> None:
        item = self._items[number]
        item_id = item.id or self._start_plan(item.item)
        if item_id is None or not self.write(discharge.tick_checklist_item, item_id, done):
            self.rows[number].box.setChecked(item.done)  # as it was: nothing was saved

    def _start_plan(self, text: str) -> int | None:
        """Makes the plan (with the standard items) and returns the stored id of the
        item `text`; None, with the reason shown, when there is no plan to tick."""
        if self.admission_id is None:
            return None
        empty = discharge.PlanEdit(
            0, destination="", barriers="", warning_signs="", whom_to_call=""
        )
        self.write(discharge.save_plan, self.admission_id, empty)
        try:
            plan = self._backend.call(patient_card, self.admission_id).discharge_plan
        except RoundsError as error:
            self.refuse(error_text(error))
            return None
        return next((i.id for i in plan.checklist if i.item == text), None) if plan else None

    def on_conflict(self, conflict: ConflictError) -> None:
        """Another workstation started the plan first: its checklist is just as good."""

    def add_item(self) -> None:
        text = self.new_item.text().strip()
        if not text:
            self.refuse(self.tr("Type the item to add first."))
            self.new_item.setFocus()
            return
        if self.admission_id is not None and self.write(
            discharge.add_checklist_item, self.admission_id, text
        ):
            self.new_item.clear()
