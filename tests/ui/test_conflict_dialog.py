"""The conflict dialog: both versions side by side as plain text, and each way out
returning what the person chose."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from ui.patient.conflict_dialog import Choice, ConflictDialog, Resolution

MINE = "Seeing my <i>granddaughter</i>"
THEIRS = "العودة إلى البيت"
AT = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)


@pytest.fixture
def dialog(qtbot) -> ConflictDialog:
    widget = ConflictDialog(None, "Hopes", MINE, THEIRS, "Dr Sun-hee Lee", AT)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_both_versions_side_by_side_read_only(dialog: ConflictDialog) -> None:
    assert dialog.mine_box.toPlainText() == MINE  # markup shown as typed
    assert dialog.theirs_box.toPlainText() == THEIRS
    assert dialog.mine_box.isReadOnly() and dialog.theirs_box.isReadOnly()
    assert not dialog.merge_box.isVisible()
    assert dialog.windowTitle() == "Two versions of the same text"


@pytest.mark.parametrize(
    ("button", "expected"),
    [
        ("keep_mine", Resolution(Choice.MINE, MINE)),
        ("keep_theirs", Resolution(Choice.THEIRS, THEIRS)),
    ],
)
def test_keep_one_side(qtbot, dialog: ConflictDialog, button: str, expected: Resolution) -> None:
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.resolution == expected


def test_merge_starts_from_both_texts_and_saves_the_edit(qtbot, dialog: ConflictDialog) -> None:
    qtbot.mouseClick(dialog.merge, Qt.MouseButton.LeftButton)
    assert dialog.merge_box.isVisible()
    assert dialog.merge_box.toPlainText() == f"{THEIRS}\n\n{MINE}"
    assert dialog.merge_box.hasFocus()
    dialog.merge_box.setPlainText("Home, and my granddaughter")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_merged, Qt.MouseButton.LeftButton)
    assert dialog.resolution == Resolution(Choice.MERGED, "Home, and my granddaughter")


def test_decide_later_and_escape_choose_nothing(qtbot, dialog: ConflictDialog) -> None:
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.resolution is None


def test_enter_does_not_pick_a_side(qtbot, dialog: ConflictDialog) -> None:
    assert not any(
        b.isDefault() for b in (dialog.keep_mine, dialog.keep_theirs, dialog.merge, dialog.later)
    )


def test_ask_returns_the_choice(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(ConflictDialog, "exec", lambda self: self.keep_theirs.click())
    assert ConflictDialog.ask(None, "Hopes", MINE, THEIRS, None, None, "Discharge plan") == (
        Resolution(Choice.THEIRS, THEIRS)
    )


def test_a_caller_names_its_own_title(qtbot) -> None:
    widget = ConflictDialog(None, "Barriers", "a", "b", None, None, title="Discharge plan changed")
    qtbot.addWidget(widget)
    assert widget.windowTitle() == "Discharge plan changed"


def _marked_words(box) -> list[str]:
    """The runs of text the box shows underlined (the marking that reads without colour)."""
    marked = []
    block = box.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().fontUnderline():
                marked.append(fragment.text())
            it += 1
        block = block.next()
    return marked


def test_each_version_marks_the_words_the_other_lacks(qtbot) -> None:
    mine = "Home by Friday\nwith the stairlift fitted"
    theirs = "Home by Monday\nwith the stairlift fitted"
    widget = ConflictDialog(None, "Hopes", mine, theirs, None, None)
    qtbot.addWidget(widget)
    assert _marked_words(widget.mine_box) == ["Friday"]
    assert _marked_words(widget.theirs_box) == ["Monday"]
    assert widget.mine_box.toPlainText() == mine  # whole, line break and all
    assert widget.theirs_box.toPlainText() == theirs


def test_the_same_text_marks_nothing(qtbot) -> None:
    widget = ConflictDialog(None, "Hopes", "Same words", "Same words", None, None)
    qtbot.addWidget(widget)
    assert _marked_words(widget.mine_box) == _marked_words(widget.theirs_box) == []


def test_the_boxes_have_room_for_several_lines(qtbot, dialog: ConflictDialog) -> None:
    qtbot.mouseClick(dialog.merge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.merge_box.isVisible())
    for box, lines in (
        (dialog.mine_box, 6),
        (dialog.theirs_box, 6),
        (dialog.merge_box, 8),
    ):
        shown = box.viewport().height() // box.fontMetrics().lineSpacing()
        assert shown >= lines, (box.accessibleName(), shown)
