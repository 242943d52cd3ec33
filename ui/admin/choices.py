"""Drop-down lists of the core's closed vocabularies (disciplines, roles, severity),
with screen words that go through Qt's translator. The stored value rides along as
item data, so a translation never reaches the database."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtWidgets import QComboBox

from rounds_app.domain.enums import Discipline, Role, Severity
from ui.common.discipline_labels import discipline_label
from ui.common.severity_and_role_labels import role_label, severity_label, severity_swatch

# Accounts belong to staff: family and the patient's own words are voices that staff
# record, not people who sign in.
STAFF_DISCIPLINES = tuple(
    d for d in Discipline if d not in (Discipline.FAMILY_CARER, Discipline.PATIENT)
)


def _combo(items: Iterable[tuple[str, StrEnum]]) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    return combo


def discipline_combo() -> QComboBox:
    return _combo((discipline_label(d), d) for d in STAFF_DISCIPLINES)


def role_combo() -> QComboBox:
    return _combo((role_label(r), r) for r in Role)


def severity_combo() -> QComboBox:
    combo = _combo((severity_label(s), s) for s in Severity)
    for row, severity in enumerate(Severity):
        combo.setItemIcon(row, severity_swatch(severity))
    return combo


def select_value(combo: QComboBox, value: StrEnum) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))
