"""The history of a card field: every revision, newest first, with who, when, whose
voice, and what changed word by word; user text is never markup."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rounds_app.domain.enums import CardField
from rounds_app.errors import DatabaseUnavailable
from rounds_app.services import cards
from tests.ui.card import card_helpers
from ui.backend import Backend
from ui.card.card_view import CardView
from ui.card.history_dialog import FieldHistoryDialog
from ui.card.word_diff import word_diff_html

FIELD = CardField.WHO_I_AM
TEXTS = [
    ("She wants to go home to her garden.", "patient"),
    ("She wants to go home to her garden and her cat <b>Milo</b>.", "patient"),
    ("She hopes to go home to her cat Milo by Friday.", "family"),
]


def _revisions(backend: Backend, admission_id: int) -> None:
    for version, (text, voice) in enumerate(TEXTS):
        backend.call(cards.save_field, admission_id, FIELD, text, voice, version)


def test_the_dialog_lists_every_revision_newest_first(qtbot, signed_in: Backend, ward) -> None:
    _revisions(signed_in, ward.admission_ids[0])
    dialog = FieldHistoryDialog(None, signed_in, ward.admission_ids[0], FIELD)
    qtbot.addWidget(dialog)
    assert [r.version for r in dialog.revisions] == [1, 2, 3]
    shown = dialog.browser.toPlainText()
    assert shown.index("Version 3") < shown.index("Version 2") < shown.index("Version 1")
    assert "Mariam Haddad" in shown
    assert "Family / carer · was Patient's own words" in shown
    assert "<b>Milo</b>" in shown  # typed markup shows as typed
    html = dialog.browser.toHtml()
    assert "line-through" in html  # removed words struck through
    assert "underline" in html  # added words marked


def test_marks_can_be_turned_off(qtbot, signed_in: Backend, ward) -> None:
    _revisions(signed_in, ward.admission_ids[0])
    dialog = FieldHistoryDialog(None, signed_in, ward.admission_ids[0], FIELD)
    qtbot.addWidget(dialog)
    dialog.marks.setChecked(False)
    assert "line-through" not in dialog.browser.toHtml()
    assert TEXTS[2][0] in dialog.browser.toPlainText()
    assert dialog.legend.isHidden()


def test_the_history_button_opens_the_fields_history(
    qtbot, monkeypatch, view: CardView, signed_in: Backend, ward
) -> None:
    _revisions(signed_in, ward.admission_ids[0])
    view.show_card(card_helpers.card_of(signed_in, ward.admission_ids[0]))
    opened = []
    monkeypatch.setattr(
        FieldHistoryDialog, "ask", lambda parent, backend, aid, field: opened.append((aid, field))
    )
    qtbot.mouseClick(view.panels[FIELD].history_button, Qt.MouseButton.LeftButton)
    assert opened == [(ward.admission_ids[0], FIELD)]


def test_a_failed_load_is_said_calmly(qtbot) -> None:
    class Offline:
        def call(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            raise DatabaseUnavailable("The database cannot be reached; try again.")

    dialog = FieldHistoryDialog(None, Offline(), 1, FIELD)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.error.text() == "The database cannot be reached; try again."
    assert "Nothing has been saved" in dialog.browser.toPlainText()


def test_word_diff_marks_words_and_escapes_text() -> None:
    html = word_diff_html("a <x> b", "a <y> b\nc")
    assert "<x>" not in html and "<y>" not in html
    assert "&lt;x&gt;" in html and "&lt;y&gt;" in html
    assert html.startswith("a ")
    assert "\nc" in html  # line breaks kept for pre-wrap
    assert word_diff_html("same words", "same words") == "same words"
