"""Two workstations edit the same card field: the second save meets the first in the
conflict dialog, and the person's choice is what is stored; nothing is overwritten
silently."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from rounds_app.domain.enums import CardField, Role
from rounds_app.services import cards
from rounds_app.storage.database import Database, open_database
from tests.ui.card import card_helpers
from tests.ui.ward_data import PASSWORD
from ui.backend import Backend
from ui.card.card_view import CardView
from ui.patient.conflict_dialog import Choice, ConflictDialog, Resolution

FIELD = CardField.WHAT_MATTERS_MOST
THEIRS = "Going home to my dog"
MINE = "Seeing my granddaughter"


@pytest.fixture
def other(ui_db: Database, ward) -> Iterator[Backend]:
    """A second workstation: its own Database over the same file, its own user."""
    card_helpers.add_user(ui_db, "charge.two", Role.CHARGE_NURSE)
    database = open_database(ui_db.url)
    backend = Backend(database)
    backend.sign_in("charge.two", PASSWORD)
    yield backend
    database.dispose()


class Asked:
    """Stands in for ConflictDialog.ask: records what it was shown, answers in turn."""

    def __init__(self, *answers: Resolution | None) -> None:
        self.answers = list(answers)
        self.shown: list[tuple] = []

    def __call__(self, parent, label, mine, theirs, by, at, title=""):  # noqa: ANN001
        self.shown.append((label, mine, theirs, by))
        return self.answers.pop(0)


def _both_editing(qtbot, signed_in: Backend, other: Backend, ward) -> tuple[CardView, CardView]:
    admission = ward.admission_ids[0]
    first = card_helpers.make_view(qtbot, other, admission)
    second = card_helpers.make_view(qtbot, signed_in, admission)
    card_helpers.edit(qtbot, first, FIELD, THEIRS)
    card_helpers.edit(qtbot, second, FIELD, MINE)
    with qtbot.waitSignal(first.saved):
        qtbot.mouseClick(first.panels[FIELD].edit_area.save_button, Qt.MouseButton.LeftButton)
    return first, second


def _save(qtbot, view: CardView) -> None:
    qtbot.mouseClick(view.panels[FIELD].edit_area.save_button, Qt.MouseButton.LeftButton)


def _history(backend: Backend, ward) -> list[str]:
    return [r.text for r in backend.call(cards.field_history, ward.admission_ids[0], FIELD)]


@pytest.mark.parametrize(
    ("choice", "stored"),
    [
        (Choice.MINE, MINE),
        (Choice.MERGED, f"{THEIRS}, and {MINE.lower()}"),
    ],
)
def test_keep_mine_or_merge_saves_over_their_version(
    qtbot, monkeypatch, signed_in, other, ward, choice: Choice, stored: str
) -> None:
    _, second = _both_editing(qtbot, signed_in, other, ward)
    asked = Asked(Resolution(choice, stored))
    monkeypatch.setattr(ConflictDialog, "ask", asked)
    with qtbot.waitSignal(second.saved):
        _save(qtbot, second)
    assert asked.shown == [("What matters most to me", MINE, THEIRS, "Charge Two")]
    panel = second.panels[FIELD]
    assert not panel.editing
    assert panel.text.toPlainText() == stored
    assert card_helpers.card_of(signed_in, ward.admission_ids[0]).fields[FIELD].text == stored
    assert _history(signed_in, ward) == [THEIRS, stored]  # their words are kept too
    assert signed_in.drafts().all() == []


def test_keep_theirs_drops_my_edit_and_shows_theirs(
    qtbot, monkeypatch, signed_in, other, ward
) -> None:
    _, second = _both_editing(qtbot, signed_in, other, ward)
    monkeypatch.setattr(ConflictDialog, "ask", Asked(Resolution(Choice.THEIRS, THEIRS)))
    _save(qtbot, second)
    panel = second.panels[FIELD]
    assert not panel.editing
    assert panel.text.toPlainText() == THEIRS
    assert panel.stamp.text().startswith("Edited by Charge Two")
    assert _history(signed_in, ward) == [THEIRS]
    assert second.undo_stack.count() == 0
    assert signed_in.drafts().all() == []


def test_deciding_later_keeps_my_text_and_asks_again(
    qtbot, monkeypatch, signed_in, other, ward
) -> None:
    _, second = _both_editing(qtbot, signed_in, other, ward)
    asked = Asked(None, Resolution(Choice.MINE, MINE))
    monkeypatch.setattr(ConflictDialog, "ask", asked)
    _save(qtbot, second)
    panel = second.panels[FIELD]
    assert panel.editing
    assert panel.edit_area.text() == MINE
    assert panel.edit_area.error.text().startswith("Not saved")
    assert _history(signed_in, ward) == [THEIRS]
    with qtbot.waitSignal(second.saved):
        _save(qtbot, second)
    assert len(asked.shown) == 2
    assert _history(signed_in, ward) == [THEIRS, MINE]


@pytest.mark.usefixtures("british_english")
def test_a_merge_shows_in_the_editor_when_it_cannot_be_saved(
    qtbot, monkeypatch, signed_in, other, ward
) -> None:
    _, second = _both_editing(qtbot, signed_in, other, ward)
    too_long = "x" * 4001
    monkeypatch.setattr(ConflictDialog, "ask", Asked(Resolution(Choice.MERGED, too_long)))
    _save(qtbot, second)
    panel = second.panels[FIELD]
    assert panel.editing
    assert panel.edit_area.text() == too_long
    assert "limit is 4,000" in panel.edit_area.error.text()
    assert panel.base_version == 1  # from their version on: the next save will not conflict
    second.undo_stack.undo()
    assert panel.edit_area.text() == MINE  # the merge itself can be undone
