"""Putting a card on screen, opening a field to type into, and a second account: what
the card tests do again and again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rounds_app.domain.enums import CardField, Discipline, Role
from rounds_app.services import users
from rounds_app.services.patient_card import PatientCard, patient_card
from rounds_app.storage.database import Database
from tests.ui.ward_data import ADMIN, PASSWORD
from ui.backend import Backend
from ui.card.card_view import CardView
from ui.card.field_panel import FieldPanel


def make_view(qtbot, backend: Backend, admission_id: int) -> CardView:
    widget = CardView(backend)
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_card(card_of(backend, admission_id))
    return widget


def card_of(backend: Backend, admission_id: int) -> PatientCard:
    return backend.call(patient_card, admission_id)


def add_user(db: Database, username: str, role: Role) -> None:
    with db.session() as s:
        users.create_user(
            s,
            ADMIN,
            username=username,
            display_name=username.replace(".", " ").title(),
            discipline=Discipline.NURSING,
            role=role,
            password=PASSWORD,
        )


def edit(qtbot, view: CardView, field: CardField, text: str = "") -> FieldPanel:
    """Opens the field with its Edit button and types `text` (ASCII) at the end."""
    panel = view.panels[field]
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.editing
    if text:
        qtbot.keyClicks(panel.edit_area.editor, text)
    return panel
