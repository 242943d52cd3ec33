"""The whiteboard safety items of the SIBR check, one row each: the state ("not
assessed" first, and distinct from "none"), what the state does not say (which aid,
which organism), for lines and catheters the day they went in, who recorded it, a
Save and its history. Each row keeps its typing through anyone's save."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain import limits
from rounds_app.domain.roles import Permission
from rounds_app.domain.safety import NOT_ASSESSED, SAFETY_ITEMS, SafetyItem
from rounds_app.errors import ConflictError
from rounds_app.services.patient_card import PatientCard
from rounds_app.services.safety_facts import save_safety_check
from rounds_app.services.safety_views import SafetyCheckView
from ui.backend import Backend
from ui.common.labelled_rows import buddy_label
from ui.common.optional_date import OptionalDate
from ui.common.tracked_edits import Tracked
from ui.common.widgets import fill_placeholders, with_mnemonic
from ui.safety import fact_labels
from ui.safety.fact_section import FactSection, compact, recorded_label

ENTITY = "safety_checks"
# the page's letters left over from the menus, tabs, census and other sections: only
# this item's words hold one of them
_LETTERS = {SafetyItem.VTE: "x"}


class CheckRow:
    """The widgets of one item, placed by the section in its grid."""

    def __init__(self, section: SafetyChecksSection, item: SafetyItem) -> None:
        self.item = item
        self.tracked = Tracked()
        self.row_id: int | None = None
        name = fact_labels.item_label(item)
        self.name = name
        letter = _LETTERS.get(item)
        self.state = compact(QComboBox())
        self.state.setObjectName(f"check_{item.value}")
        for value, label in fact_labels.item_states(item):
            self.state.addItem(label, value)
        self.state.setAccessibleName(name)
        self.label = buddy_label(with_mnemonic(name, letter) if letter else name, self.state)
        self.detail = QLineEdit()
        self.detail.setObjectName(f"detail_{item.value}")
        self.detail.setMaxLength(limits.SHORT_TEXT)
        self.detail.setPlaceholderText(fact_labels.item_detail_prompt(item))
        self.detail.setAccessibleName(
            fill_placeholders(
                QCoreApplication.translate("SafetyChecksSection", "%1: details"), name
            )
        )
        self.since: OptionalDate | None = None
        if SAFETY_ITEMS[item].counts_days:
            self.since = OptionalDate(
                QCoreApplication.translate("SafetyChecksSection", "Date put in not known")
            )
            self.since.setObjectName(f"since_{item.value}")
            self.since.setAccessibleName(
                fill_placeholders(
                    QCoreApplication.translate("SafetyChecksSection", "%1: in place since"), name
                )
            )
            self.since.set_range(latest=date.today())
            self.since.changed.connect(self.update_buttons)
        self.save = QPushButton(QCoreApplication.translate("SafetyChecksSection", "Save"))
        self.save.setObjectName(f"save_{item.value}")
        self.save.setAccessibleName(
            fill_placeholders(QCoreApplication.translate("SafetyChecksSection", "Save %1"), name)
        )
        self.save.setAutoDefault(False)
        self.history = section.history_button(name)
        self.recorded: QLabel = recorded_label()
        self.state.currentIndexChanged.connect(self.update_buttons)
        self.detail.textChanged.connect(self.update_buttons)

    @property
    def editors(self) -> list[QWidget]:
        found: list[QWidget] = [self.state, self.detail, self.save]
        return found + ([self.since] if self.since is not None else [])

    def mine(self) -> dict[str, Any]:
        return {
            "state": self.state.currentData(),
            "detail": self.detail.text().strip(),
            "since": self.since.value() if self.since is not None else None,
        }

    def show_values(self, values: dict[str, Any]) -> None:
        self.state.setCurrentIndex(max(0, self.state.findData(values["state"])))
        if self.detail.text().strip() != values["detail"]:
            self.detail.setText(values["detail"])
        if self.since is not None and self.since.value() != values["since"]:
            self.since.set_value(values["since"])

    def update_buttons(self) -> None:
        if self.tracked.values:
            self.save.setEnabled(self.state.isEnabled() and self.tracked.editing(self.mine()))


def _values(view: SafetyCheckView | None) -> dict[str, Any]:
    if view is None:
        return {"state": NOT_ASSESSED, "detail": "", "since": None}
    return {"state": view.state, "detail": view.detail, "since": view.since}


class SafetyChecksSection(FactSection):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("SafetyChecksSection", "Safety check (SIBR whiteboard)"),
            parent,
        )
        self.setObjectName("safetyChecksSection")
        self.rows = {item: CheckRow(self, item) for item in SafetyItem}
        for row in self.rows.values():
            self.body.addLayout(self._place(row))
            row.save.clicked.connect(lambda _=False, item=row.item: self.save(item))
            row.history.clicked.connect(
                lambda _=False, r=row: self.show_history(ENTITY, r.row_id, r.name)
            )
        self.body.addWidget(self.error)
        self._saving: SafetyItem | None = None
        self.reset(None)

    @staticmethod
    def _place(row: CheckRow) -> QVBoxLayout:
        """The item's name and who recorded it; below, its state, detail and buttons;
        for lines, the day they went in. Stacked, so the tab fits a laptop screen."""
        title = QHBoxLayout()
        title.addWidget(row.label)
        title.addWidget(row.recorded, 1)
        fields = QHBoxLayout()
        fields.setSpacing(10)
        fields.addWidget(row.state)
        fields.addWidget(row.detail, 1)
        fields.addWidget(row.save)
        fields.addWidget(row.history)
        block = QVBoxLayout()
        block.setSpacing(4)
        block.addLayout(title)
        block.addLayout(fields)
        if row.since is not None:
            block.addWidget(row.since)
        block.addSpacing(6)
        return block

    def reset(self, card: PatientCard | None) -> None:
        for item, row in self.rows.items():
            view = self.facts.checks[item] if self.facts is not None and card else None
            values = _values(view)
            row.tracked.start(view.version if view is not None else 0, values)
            row.show_values(values)

    def refresh(self, card: PatientCard) -> None:
        assert self.facts is not None
        editable = self.may(Permission.CONTRIBUTE, card)
        for item, row in self.rows.items():
            view = self.facts.checks[item]
            row.row_id = view.id
            row.recorded.setText(self._recorded(view))
            row.history.setEnabled(view.version > 0)
            shown, _ = row.tracked.refresh(row.mine(), _values(view), view.version)
            row.show_values(shown)
            for widget in row.editors:
                widget.setEnabled(editable)
            row.update_buttons()

    def _recorded(self, view: SafetyCheckView) -> str:
        text = fact_labels.recorded(view.recorded_by, view.recorded_at)
        if view.days is not None:
            return fill_placeholders(
                self.tr("%1 · in place %2"), text, self.tr("%Ln days", "", view.days)
            )
        return text

    def save(self, item: SafetyItem) -> None:
        if self.admission_id is None:
            return
        row = self.rows[item]
        self._saving = item
        written = self.write(
            save_safety_check,
            self.admission_id,
            item.value,
            expected_version=row.tracked.version,
            **row.mine(),
        )
        if written:
            row.tracked.start(written.value.version, _values(written.value))
            row.update_buttons()

    def on_conflict(self, conflict: ConflictError) -> None:
        if self._saving is None:
            return super().on_conflict(conflict)
        row = self.rows[self._saving]
        theirs = conflict.theirs
        state = str(theirs.values.get("state") or NOT_ASSESSED)
        row.tracked.start(
            theirs.version,
            {
                "state": state,
                "detail": theirs.values.get("detail") or "",
                "since": row.mine()["since"],
            },
        )
        self.refuse(
            fill_placeholders(
                self.tr(
                    "%1 recorded %2 meanwhile: %3. Your entry is kept: Save again to keep yours."
                ),
                theirs.edited_by or self.tr("Someone else"),
                row.name,
                dict(fact_labels.item_states(row.item)).get(state, state),
            )
        )
        row.update_buttons()
        row.state.setFocus(Qt.FocusReason.OtherFocusReason)
