"""Amending one's own entry from the contributions tab, the amend dialog, and an
entry's history with the replaced text struck through."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from rounds_app.errors import PermissionDenied
from rounds_app.services import contributions
from rounds_app.storage.database import Database
from tests.ui.test_contributions_view import by_pharmacist, mount, sign_in, texts
from tests.ui.ward_data import WardData
from ui.backend import Backend
from ui.contributions.amend_dialog import AmendDialog
from ui.contributions.contributions_view import ContributionsView
from ui.contributions.entry_history_dialog import EntryHistoryDialog
from ui.contributions.timeline_model import TimelineModel
from ui.patient_panel import PatientPanel

M = TimelineModel


@pytest.fixture
def mounted(
    qtbot, backend: Backend, ward: WardData, tmp_path: Path
) -> tuple[PatientPanel, ContributionsView]:
    # admission 3 has three entries by the charge nurse: "Entry 0" … "Entry 2"
    return mount(qtbot, sign_in(backend, tmp_path), ward.admission_ids[3])


def test_amending_ones_own_entry_keeps_the_original_in_history(
    qtbot, mounted, backend: Backend, monkeypatch
) -> None:
    _, view = mounted
    asked = []

    def answer(cls, parent, entry):
        asked.append(entry.text)
        return "Entry 2, corrected", "Wrong bed written down"

    monkeypatch.setattr(AmendDialog, "ask", classmethod(answer))
    assert view.select_entry(view.model.entry(0).entry_id)
    assert view.amend_action.isEnabled()
    assert view.amend_action.shortcut().toString() == "F2"
    with qtbot.waitSignal(view.saved):
        view.amend_action.trigger()
    assert asked == ["Entry 2"]
    assert texts(view)[0] == "Entry 2, corrected"
    assert view.proxy.index(0, 0).data(M.BadgesRole) == [("Amended · v2", "amended")]
    assert view.selected_entry() is not None  # the same entry stays chosen

    dialog = EntryHistoryDialog(view, backend, view.selected_entry().id)
    qtbot.addWidget(dialog)
    document = dialog.document_view.document()
    exact = QTextDocument.FindFlag.FindCaseSensitively
    lines = document.toPlainText().split("\n")
    assert lines.index("Entry 2") < lines.index("Entry 2, corrected")  # oldest first
    # the first "Entry 2" is the original's own line
    assert document.find("Entry 2", 0, exact).charFormat().fontStrikeOut()
    assert not document.find("Entry 2, corrected", 0, exact).charFormat().fontStrikeOut()
    assert "Reason: Wrong bed written down" in lines
    assert "Version 1 — replaced by version 2" in lines
    assert any(line.startswith("Amended Today at") and "Mariam Haddad" in line for line in lines)


def test_someone_elses_entry_cannot_be_amended(
    mounted, backend: Backend, ui_db: Database, ward: WardData, monkeypatch
) -> None:
    panel, view = mounted
    theirs = by_pharmacist(ui_db, ward.admission_ids[3], "Check the INR")
    panel.reload()
    monkeypatch.setattr(AmendDialog, "ask", classmethod(lambda *a: pytest.fail("asked")))
    assert view.select_entry(theirs)
    assert not view.amend_action.isEnabled()
    assert "Only the author can amend an entry" in view.amend_action.toolTip()
    assert view.amend_button.toolTip() == view.amend_action.toolTip()
    view.amend_selected()  # nothing happens, even when called directly
    with pytest.raises(PermissionDenied, match="Only the author can amend"):
        backend.call(contributions.amend_contribution, theirs, text="Changed", reason="Why")


def test_f2_with_nothing_chosen_amends_ones_newest_entry(
    qtbot, mounted, ui_db: Database, ward: WardData, monkeypatch
) -> None:
    panel, view = mounted
    by_pharmacist(ui_db, ward.admission_ids[3], "Check the INR")  # newer, not one's own
    panel.reload()
    asked = []

    def answer(cls, parent, entry):
        asked.append(entry.text)

    monkeypatch.setattr(AmendDialog, "ask", classmethod(answer))
    assert view.selected_entry() is None
    assert view.amend_action.isEnabled()
    view.filter.setFocus()
    qtbot.waitUntil(view.filter.hasFocus)
    qtbot.keyClick(view.filter, Qt.Key.Key_F2)
    assert asked == ["Entry 2"]
    assert view.selected_entry().text == "Entry 2"  # chosen, so the amendment is seen


def test_the_amend_dialog_needs_a_change_and_a_reason(qtbot, mounted) -> None:
    _, view = mounted
    dialog = AmendDialog(view, view.model.entry(0))
    qtbot.addWidget(dialog)
    assert dialog.editor.toPlainText() == "Entry 2"
    dialog.accept()
    assert dialog.error.text() == "Change the text to amend the entry."
    dialog.editor.setPlainText("Entry two")
    dialog.accept()
    assert dialog.error.text() == "Say why you are amending the entry."
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.reason.setText("  Typo  ")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.answer == ("Entry two", "Typo")


def test_history_shows_text_as_typed_never_as_markup(
    qtbot, mounted, backend: Backend, ward: WardData
) -> None:
    _, view = mounted
    entry_id = backend.call(
        contributions.add_contribution, ward.admission_ids[3], text="<b>x</b> & y", kind="update"
    )
    dialog = EntryHistoryDialog(view, backend, entry_id)
    qtbot.addWidget(dialog)
    assert "<b>x</b> & y" in dialog.document_view.document().toPlainText().split("\n")
