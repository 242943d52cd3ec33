"""Nothing typed is lost: drafts are written while typing, when the card closes or is
destroyed unsaved, offered back on the next card, and dropped once saved or cancelled."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt

from rounds_app.domain.enums import CardField, Voice
from rounds_app.services import cards
from tests.ui.card import card_helpers
from ui.backend import Backend
from ui.card.card_view import CardView
from ui.card.draft_keeper import draft_key
from ui.patient.conflict_dialog import Choice, ConflictDialog, Resolution

FIELD = CardField.WORRIES


def _unsaved(backend: Backend, ward, words: str) -> CardView:
    """Types `words` into a card that is then destroyed without saving.

    Not given to qtbot: the test destroys it itself, as a crash or a closed window would."""
    widget = CardView(backend)
    widget.show_card(card_helpers.card_of(backend, ward.admission_ids[0]))
    panel = widget.panels[FIELD]
    panel.edit_requested.emit()
    panel.edit_area.editor.insertPlainText(words)
    voice = panel.edit_area.voice
    voice.setCurrentIndex(voice.findData(Voice.FAMILY))
    return widget


def _destroy(qtbot, widget: CardView, *, close: bool = True) -> None:
    if close:
        widget.close()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget))


@pytest.mark.parametrize("closed_first", [True, False], ids=["closed", "only-destroyed"])
def test_a_destroyed_card_offers_its_draft_back(
    qtbot, signed_in: Backend, ward, closed_first: bool
) -> None:
    words = "Αν δεν μπορώ να ανέβω τις σκάλες; (stairs at home)"
    widget = _unsaved(signed_in, ward, words)
    _destroy(qtbot, widget, close=closed_first)

    view = card_helpers.make_view(qtbot, signed_in, ward.admission_ids[0])
    panel = view.panels[FIELD]
    assert panel.editing
    assert panel.edit_area.text() == words
    assert panel.edit_area.chosen_voice() is Voice.FAMILY
    assert panel.edit_area.notice.text().startswith("Recovered unsaved text from ")
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(panel.edit_area.save_button, Qt.MouseButton.LeftButton)
    stored = card_helpers.card_of(signed_in, ward.admission_ids[0]).fields[FIELD]
    assert (stored.text, stored.voice) == (words, Voice.FAMILY)
    assert signed_in.drafts().all() == []


def test_typing_writes_a_draft_after_a_pause(qtbot, signed_in: Backend, ward) -> None:
    view = card_helpers.make_view(qtbot, signed_in, ward.admission_ids[0])
    card_helpers.edit(qtbot, view, FIELD, "Pain at night")
    key = draft_key(ward.admission_ids[0], FIELD)
    store = signed_in.drafts()
    assert store.load(key) is None  # debounced: not on every keystroke
    qtbot.waitUntil(lambda: store.load(key) is not None)
    assert store.load(key).data == {"text": "Pain at night", "voice": "patient", "version": 0}


def test_a_recovered_draft_can_be_discarded(qtbot, signed_in: Backend, ward) -> None:
    widget = _unsaved(signed_in, ward, "Not wanted after all")
    _destroy(qtbot, widget)
    view = card_helpers.make_view(qtbot, signed_in, ward.admission_ids[0])
    qtbot.mouseClick(view.panels[FIELD].edit_area.cancel_button, Qt.MouseButton.LeftButton)
    assert signed_in.drafts().all() == []
    assert view.panels[FIELD].prompt.isVisible()


def test_a_draft_behind_the_stored_version_goes_through_the_conflict_dialog(
    qtbot, monkeypatch, signed_in: Backend, ward
) -> None:
    widget = _unsaved(signed_in, ward, "My draft")
    _destroy(qtbot, widget)
    signed_in.call(cards.save_field, ward.admission_ids[0], FIELD, "Saved meanwhile", "patient", 0)
    shown = []

    def ask(parent, label, mine, theirs, by, at, title=""):  # noqa: ANN001
        shown.append((mine, theirs))
        return Resolution(Choice.MINE, mine)

    monkeypatch.setattr(ConflictDialog, "ask", ask)
    view = card_helpers.make_view(qtbot, signed_in, ward.admission_ids[0])
    panel = view.panels[FIELD]
    assert "saved a newer version" in panel.edit_area.notice.text()
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(panel.edit_area.save_button, Qt.MouseButton.LeftButton)
    assert shown == [("My draft", "Saved meanwhile")]
    history = signed_in.call(cards.field_history, ward.admission_ids[0], FIELD)
    assert [r.text for r in history] == ["Saved meanwhile", "My draft"]


def test_a_draft_already_saved_as_it_stands_is_not_offered(qtbot, signed_in, ward) -> None:
    widget = _unsaved(signed_in, ward, "Same words")
    _destroy(qtbot, widget)
    signed_in.call(cards.save_field, ward.admission_ids[0], FIELD, "Same words", "family", 0)
    view = card_helpers.make_view(qtbot, signed_in, ward.admission_ids[0])
    assert not view.panels[FIELD].editing
    assert signed_in.drafts().all() == []
