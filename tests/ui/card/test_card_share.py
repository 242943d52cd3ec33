"""The card field editor's "Share with patient" toggle and the field's language: their
defaults by whose words the field holds, what they save, and the marker they leave."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rounds_app.domain.enums import CardField, Voice
from tests.ui.card.card_helpers import card_of, edit, make_view
from ui.backend import Backend
from ui.card.card_sheet import MIDDLE, TWO_COLUMNS_FROM

HOPES = CardField.HOPES


def test_family_words_are_not_shared_until_ticked(
    qtbot, signed_in: Backend, ward, tmp_path
) -> None:
    view = make_view(qtbot, signed_in, ward.admission_ids[0])
    panel = edit(qtbot, view, HOPES, "Easter at her daughter's")
    area = panel.edit_area
    assert area.share.isChecked()  # the patient's own words, by default
    area.voice.setCurrentIndex(area.voice.findData(Voice.FAMILY))
    assert not area.share.isChecked()
    assert area.share.accessibleName() == "Share Hopes with the patient"
    area.share.setFocus()
    qtbot.keyClick(area.share, Qt.Key.Key_Space)  # reachable and ticked by keyboard
    area.language.setText("Greek")
    area.grab().save(str(tmp_path / "card-share.png"))
    with qtbot.waitSignal(view.saved):
        qtbot.mouseClick(area.save_button, Qt.MouseButton.LeftButton)
    stored = card_of(signed_in, ward.admission_ids[0]).fields[HOPES]
    assert (stored.voice, stored.shareable, stored.language) == (Voice.FAMILY, True, "Greek")
    assert panel.voice_tag.text() == "Family / carer · shared with the patient · in Greek"


@pytest.mark.usefixtures("styled")
def test_a_half_width_field_being_edited_shows_every_control_whole(
    qtbot, signed_in: Backend, ward
) -> None:
    view = make_view(qtbot, signed_in, ward.admission_ids[0])
    sheet = view.sheet
    # the narrowest card that still takes two columns: each field has half of it
    narrowest = sheet.fontMetrics().averageCharWidth() * TWO_COLUMNS_FROM
    view.resize(view.width() - sheet.width() + narrowest + 1, view.height())
    qtbot.waitUntil(lambda: sheet.columns == 2)
    # both fields of a pair open side by side: each has half the card
    left, right = MIDDLE[0], MIDDLE[1]
    edit(qtbot, view, right, " more")
    area = edit(qtbot, view, left, " and a walk by the sea").edit_area

    # each field's controls fit its half: nothing pushes the card past the window's
    # edge, where the character counter and Save were cut off
    assert area.minimumSizeHint().width() <= area.width()
    # the counter's words grow as one types; the layout makes room when it next runs
    count = area.count
    qtbot.waitUntil(lambda: count.width() >= count.minimumSizeHint().width())
    assert sheet.widget().width() <= sheet.viewport().width()
    for control in (area.voice, area.share, area.language, area.save_button):
        assert control.width() >= control.minimumSizeHint().width(), control.objectName()
