"""The card field editor's "Share with patient" toggle and the field's language: their
defaults by whose words the field holds, what they save, and the marker they leave."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rounds_app.domain.enums import CardField, Voice
from tests.ui.test_card_view import card_of, drafts_in_tmp, edit, make_view, signed_in
from ui.backend import Backend

HOPES = CardField.HOPES
__all__ = ["drafts_in_tmp", "signed_in"]  # the card tests' fixtures, used here too


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
