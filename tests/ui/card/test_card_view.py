"""The narrative card tab: reading, editing in place, saving, cancelling, inline
errors, voices, the goals-revisited stamp and who may edit."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from rounds_app.domain.enums import CardField, Role, Voice
from rounds_app.services import cards
from rounds_app.storage.database import Database
from tests.ui.card.card_helpers import add_user, card_of, edit, make_view
from tests.ui.focus import tab_stops
from tests.ui.ward_data import PASSWORD
from ui.backend import Backend
from ui.card.card_view import CardView

HOPES = CardField.HOPES


def test_fields_in_card_order_with_what_matters_most_first(view: CardView) -> None:
    fields = list(view.panels)
    assert fields[0] is CardField.WHAT_MATTERS_MOST
    assert fields[-1] is CardField.GOALS_OF_CARE
    assert set(fields) == set(CardField)
    assert view.panels[CardField.WHAT_MATTERS_MOST].property("prominent") is True
    assert view.panels[CardField.WHAT_MATTERS_MOST].heading.text() == "What matters most to me"


def test_an_empty_card_shows_gentle_prompts(view: CardView) -> None:
    for panel in view.panels.values():
        assert panel.prompt.isVisible()
        assert panel.prompt.text() == "Not written yet."
        assert panel.question.text()
        assert not panel.text.isVisible()
        assert not panel.history_button.isVisible()  # nothing saved, no history


def test_edit_and_save_a_field(qtbot, view: CardView, signed_in: Backend, ward) -> None:
    panel = edit(qtbot, view, HOPES, "Home by Friday")
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(panel.edit_area.save_button, Qt.MouseButton.LeftButton)
    assert not panel.editing
    assert panel.text.text() == "Home by Friday"
    assert panel.voice_tag.text() == "Patient's own words · shared with the patient"
    assert panel.stamp.text() == "Edited by Mariam Haddad, just now"
    history = signed_in.call(cards.field_history, ward.admission_ids[0], HOPES)
    assert [(r.version, r.text) for r in history] == [(1, "Home by Friday")]
    assert card_of(signed_in, ward.admission_ids[0]).fields[HOPES].text == "Home by Friday"


def test_keyboard_only_enter_edits_ctrl_enter_saves(qtbot, view: CardView, signed_in) -> None:
    panel = view.panels[HOPES]
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert panel.editing
    assert panel.edit_area.editor.hasFocus()
    qtbot.keyClicks(panel.edit_area.editor, "Tea")
    with qtbot.waitSignal(view.saved):
        qtbot.keyClick(
            panel.edit_area.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert panel.text.text() == "Tea"
    assert panel.hasFocus()  # the keyboard stays on the field


def test_double_click_edits(qtbot, view: CardView) -> None:
    panel = view.panels[CardField.WORRIES]
    qtbot.mouseDClick(panel, Qt.MouseButton.LeftButton)
    assert panel.editing


def test_cancel_and_escape_discard_the_edit(qtbot, view: CardView, signed_in, ward) -> None:
    panel = edit(qtbot, view, HOPES, "Never kept")
    qtbot.mouseClick(panel.edit_area.cancel_button, Qt.MouseButton.LeftButton)
    assert not panel.editing
    assert panel.prompt.isVisible()
    edit(qtbot, view, HOPES, "Nor this")
    qtbot.keyClick(panel.edit_area.editor, Qt.Key.Key_Escape)
    assert not panel.editing
    assert signed_in.call(cards.field_history, ward.admission_ids[0], HOPES) == []
    assert signed_in.drafts().all() == []


@pytest.mark.usefixtures("british_english")
def test_over_the_limit_shows_inline_and_keeps_editing(qtbot, view: CardView, signed_in) -> None:
    panel = edit(qtbot, view, HOPES)
    panel.edit_area.editor.setPlainText("a" * 4001)
    assert panel.edit_area.count.property("over") is True
    qtbot.mouseClick(panel.edit_area.save_button, Qt.MouseButton.LeftButton)
    assert panel.editing
    assert panel.edit_area.error.isVisible()
    assert panel.edit_area.error.text() == "Hopes is 4,001 characters long; the limit is 4,000."
    assert panel.edit_area.text() == "a" * 4001


def test_saving_nothing_into_an_unwritten_field_writes_nothing(qtbot, view, signed_in, ward):
    panel = edit(qtbot, view, HOPES, "   ")
    qtbot.mouseClick(panel.edit_area.save_button, Qt.MouseButton.LeftButton)
    assert not panel.editing
    assert signed_in.call(cards.field_history, ward.admission_ids[0], HOPES) == []


def test_voice_change_is_saved(qtbot, view: CardView, signed_in, ward) -> None:
    panel = edit(qtbot, view, CardField.HOME_AND_SUPPORTS, "Lives with her son")
    voice = panel.edit_area.voice
    voice.setCurrentIndex(voice.findData(Voice.FAMILY))
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(panel.edit_area.save_button, Qt.MouseButton.LeftButton)
    stored = card_of(signed_in, ward.admission_ids[0]).fields[CardField.HOME_AND_SUPPORTS]
    assert stored.voice is Voice.FAMILY
    assert panel.voice_tag.text() == "Family / carer"


def test_text_in_other_scripts_is_kept_exactly(qtbot, view: CardView, signed_in, ward) -> None:
    panel = edit(qtbot, view, CardField.WHO_I_AM)
    words = "Λένα — أحب حديقتي — 我喜欢园艺 — <b>not bold</b> & שלום"
    panel.edit_area.editor.insertPlainText(words)
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(panel.edit_area.save_button, Qt.MouseButton.LeftButton)
    assert panel.text.toPlainText() == words
    assert card_of(signed_in, ward.admission_ids[0]).fields[CardField.WHO_I_AM].text == words


def test_show_card_never_touches_an_open_editor(qtbot, view, signed_in, ward) -> None:
    admission = ward.admission_ids[0]
    panel = edit(qtbot, view, HOPES, "Mine, half typed")
    signed_in.call(cards.save_field, admission, CardField.WORRIES, "Stairs", "patient", 0)
    signed_in.call(cards.save_field, admission, HOPES, "Saved elsewhere", "family", 0)
    view.show_card(card_of(signed_in, admission))
    assert panel.editing
    assert panel.edit_area.text() == "Mine, half typed"
    assert panel.base_version == 0  # the save will still name the version it began from
    assert "saved a newer version" in panel.edit_area.notice.text()
    assert view.panels[CardField.WORRIES].text.toPlainText() == "Stairs"


def test_goals_revisited_today(qtbot, signed_in: Backend, ward) -> None:
    admission = ward.admission_ids[1]  # never revisited: stale
    view = make_view(qtbot, signed_in, admission)
    goals = view.goals
    assert goals.stale.isVisible()
    assert goals.revisited.text() == "Goals of care not revisited yet"
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(goals.button, Qt.MouseButton.LeftButton)
    assert not goals.stale.isVisible()
    stamped = card_of(signed_in, admission).admission
    assert stamped.goals_revisited_at.astimezone().date() == date.today()
    assert stamped.goals_revisited_by == "Mariam Haddad"
    assert not stamped.goals_stale
    assert goals.revisited.text().startswith("Last revisited ")
    assert goals.revisited.text().endswith(" by Mariam Haddad")


def test_a_ward_display_reads_only(qtbot, ui_db: Database, backend: Backend, ward) -> None:
    add_user(ui_db, "ward.screen", Role.WARD_DISPLAY)
    backend.sign_in("ward.screen", PASSWORD)
    view = make_view(qtbot, backend, ward.admission_ids[1])
    for panel in view.panels.values():
        assert not panel.edit_button.isVisible()
        panel.setFocus()
        qtbot.keyClick(panel, Qt.Key.Key_Return)
        assert not panel.editing
    assert not view.goals.button.isVisible()
    assert view.goals.stale.isVisible()


def test_clear_takes_the_patient_off_and_keeps_the_draft(qtbot, view, signed_in, ward) -> None:
    edit(qtbot, view, HOPES, "Half a thought")
    view.clear()
    assert view.card is None
    assert not any(panel.editing for panel in view.panels.values())
    assert [d.data["text"] for d in signed_in.drafts().all()] == ["Half a thought"]


def test_another_patient_puts_the_edit_away_and_brings_it_back(qtbot, view, signed_in, ward):
    edit(qtbot, view, HOPES, "For the first patient")
    view.show_card(card_of(signed_in, ward.admission_ids[2]))
    assert not view.panels[HOPES].editing
    assert view.panels[HOPES].prompt.isVisible()
    view.show_card(card_of(signed_in, ward.admission_ids[0]))
    assert view.panels[HOPES].editing
    assert view.panels[HOPES].edit_area.text() == "For the first patient"


def test_two_columns_only_on_a_wide_window(qtbot, view: CardView) -> None:
    chars = view.sheet.fontMetrics().averageCharWidth()
    view.resize(chars * 140, 900)
    qtbot.waitUntil(lambda: view.sheet.columns == 2)
    view.resize(chars * 60, 900)
    qtbot.waitUntil(lambda: view.sheet.columns == 1)


def test_tab_follows_the_reading_order(qtbot, view: CardView, signed_in, ward) -> None:
    signed_in.call(
        cards.save_field, ward.admission_ids[0], CardField.WHAT_MATTERS_MOST, "Tea", "patient", 0
    )
    view.show_card(card_of(signed_in, ward.admission_ids[0]))
    first, second = view.panels[CardField.WHAT_MATTERS_MOST], view.panels[CardField.WHO_I_AM]
    assert tab_stops(first, 4) == [
        first.edit_button,
        first.history_button,
        second,
        second.edit_button,
    ]
    area = edit(qtbot, view, HOPES).edit_area
    assert tab_stops(area.editor, 5) == [
        area.voice,
        area.share,
        area.language,
        area.cancel_button,
        area.save_button,
    ]
