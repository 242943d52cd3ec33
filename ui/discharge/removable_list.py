"""A plan list whose entries can be taken off again (a result that came, a number
entered by mistake): each entry gets its own Remove button, reached by Tab in the
list's order, before the form for a new one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QWidget

from rounds_app.domain.roles import Permission
from rounds_app.services.patient_card import DischargePlanView, PatientCard
from ui.backend import Backend
from ui.common.widgets import fill_placeholders
from ui.discharge.entry_list import EntryListSection


class RemovableListSection(EntryListSection):
    def __init__(
        self,
        backend: Backend,
        title: str,
        empty_text: str,
        add_text: str,
        remove_service: Callable[..., Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(backend, title, empty_text, add_text, parent)
        self._remove_service = remove_service
        self.remove_buttons: list[QPushButton] = []
        # Buttons made later would join the end of the window's Tab order; they are
        # moved in behind this hidden marker, made before the form's fields.
        self._tab_anchor = QWidget(self)
        self._tab_anchor.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # else Qt ignores it
        self._tab_anchor.hide()  # so Tab never stops on it

    def removable(self, plan: DischargePlanView) -> list[tuple[int, str]]:
        """(id, what to call it when removing) per entry, in `describe`'s order."""
        raise NotImplementedError

    def refresh(self, card: PatientCard) -> None:
        super().refresh(card)  # the entries are new widgets now, without buttons
        self.remove_buttons = []
        plan = card.discharge_plan
        if plan is None or not self.may(Permission.EDIT_DISCHARGE_PLAN, card):
            return
        previous = self._tab_anchor
        for entry, (entry_id, name) in zip(self._entry_widgets, self.removable(plan), strict=True):
            button = QPushButton(self.tr("Remove"))
            button.setObjectName("removeEntry")
            button.setAccessibleName(fill_placeholders(self.tr("Remove %1"), name))
            button.clicked.connect(lambda _=False, entry_id=entry_id: self.remove(entry_id))
            self._beside_title(entry, button)
            QWidget.setTabOrder(previous, button)
            previous = button
            self.remove_buttons.append(button)

    @staticmethod
    def _beside_title(entry: QWidget, button: QPushButton) -> None:
        """Puts `button` at the right of the entry's first line, so a removable
        entry is no taller than any other."""
        lines = entry.layout()
        assert isinstance(lines, QBoxLayout)
        first = lines.itemAt(0)
        title = first.widget() if first is not None else None
        assert title is not None, "an entry starts with its title"
        lines.removeWidget(title)
        first_line = QHBoxLayout()
        first_line.setSpacing(12)
        first_line.addWidget(title, 1)
        first_line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        lines.insertLayout(0, first_line)

    def remove(self, entry_id: int) -> None:
        self.write(self._remove_service, entry_id)
