"""Undo and redo of unsaved card edits: word-sized typing runs, voice changes, and a
saved or cancelled field leaving the others' history alone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rounds_app.domain.enums import CardField, Voice
from tests.ui.card import card_helpers
from ui.card.card_undo import Change
from ui.card.card_view import CardView

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
HOPES, WORRIES = CardField.HOPES, CardField.WORRIES


def test_ctrl_z_takes_back_a_word_at_a_time_and_ctrl_shift_z_redoes(qtbot, view: CardView):
    panel = card_helpers.edit(qtbot, view, HOPES, "home soon")
    editor = panel.edit_area.editor
    assert view.undo_stack.count() == 2  # "home " and "soon"
    assert view.undo_action.text() == "&Undo typing in Hopes"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == "home "
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == ""
    assert not view.undo_action.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL_SHIFT)
    assert editor.toPlainText() == "home "
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL_SHIFT)
    assert editor.toPlainText() == "home soon"
    assert editor.textCursor().position() == len("home soon")


def test_backspaces_undo_together(qtbot, view: CardView) -> None:
    panel = card_helpers.edit(qtbot, view, HOPES, "tea")
    editor = panel.edit_area.editor
    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == ""
    view.undo_action.trigger()
    assert editor.toPlainText() == "tea"


def test_the_actions_for_the_edit_menu(qtbot, view: CardView) -> None:
    assert view.undo_action.shortcut().toString() == "Ctrl+Z"
    assert view.redo_action.shortcut().toString() == "Ctrl+Shift+Z"
    panel = card_helpers.edit(qtbot, view, HOPES, "x")
    view.undo_action.trigger()
    assert panel.edit_area.text() == ""
    view.redo_action.trigger()
    assert panel.edit_area.text() == "x"


def test_a_voice_change_is_undone(qtbot, view: CardView) -> None:
    panel = card_helpers.edit(qtbot, view, HOPES, "words")
    picker = panel.edit_area.voice
    picker.setCurrentIndex(picker.findData(Voice.CLINICIAN))
    assert view.undo_action.text() == "&Undo voice of Hopes"
    view.undo_stack.undo()
    assert panel.edit_area.chosen_voice() is Voice.PATIENT
    assert panel.edit_area.text() == "words"
    view.undo_stack.redo()
    assert panel.edit_area.chosen_voice() is Voice.CLINICIAN


def test_saving_one_field_keeps_the_others_history(qtbot, view: CardView) -> None:
    hopes = card_helpers.edit(qtbot, view, HOPES, "ab")
    worries = card_helpers.edit(qtbot, view, WORRIES, "cd ef")
    view.undo_stack.undo()  # "ef" undone: redo must survive the save of hopes
    assert worries.edit_area.text() == "cd "
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(hopes.edit_area.save_button, Qt.MouseButton.LeftButton)
    assert all(c.field is WORRIES for c in map(view.undo_stack.command, range(2)))
    assert worries.edit_area.text() == "cd "
    view.undo_stack.redo()
    assert worries.edit_area.text() == "cd ef"
    view.undo_stack.undo()
    view.undo_stack.undo()
    assert worries.edit_area.text() == ""
    assert hopes.text.toPlainText() == "ab"


def test_cancel_clears_the_fields_commands(qtbot, view: CardView) -> None:
    panel = card_helpers.edit(qtbot, view, HOPES, "gone")
    qtbot.keyClick(panel.edit_area.editor, Qt.Key.Key_Escape)
    assert view.undo_stack.count() == 0


def test_undo_keeps_the_draft_in_step(qtbot, view: CardView, signed_in) -> None:
    panel = card_helpers.edit(qtbot, view, HOPES, "one two")
    view.undo_stack.undo()
    view.close()  # writes the drafts now
    assert [d.data["text"] for d in signed_in.drafts().all()] == ["one "]
    assert panel.edit_area.text() == "one "


def test_change_finds_the_one_edited_region() -> None:
    assert Change.between("abc", "abXc") == Change(2, "", "X")
    assert Change.between("abc", "ac") == Change(1, "b", "")
    assert Change.between("abc", "aZc") == Change(1, "b", "Z")
    assert Change.between("", "") == Change(0, "", "")
