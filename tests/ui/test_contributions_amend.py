"""Amending one's own entry from the contributions tab, the amend dialog, and an
entry's history with the replaced text struck through."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from rounds_app.errors import PermissionDenied
from rounds_app.services import contributions
from rounds_app.storage.database import Database
from tests.ui.contributions_helpers import by_pharmacist, mount, sign_in, texts
from tests.ui.ward_data import WardData
from ui.backend import Backend
from ui.contributions.amend_dialog import AmendDialog
from ui.contributions.contributions_view import ContributionsView
from ui.contributions.entry_history_dialog import EntryHistoryDialog
from ui.contributions.timeline_model import TimelineModel
from ui.patient.patient_panel import PatientPanel

M = TimelineModel


@pytest.fixture
def mounted(
    qtbot, backend: Backend, ward: WardData, tmp_path: Path
) -> tuple[PatientPanel, ContributionsView]:
    # admission 3 has three entries by the charge nurse: "Entry 0" … "Entry 2"
    return mount(qtbot, sign_in(backend, tmp_path), ward.admission_ids[3])


def _when_asked(fill_in: Callable[[AmendDialog], None]) -> None:
    """Fills in the amend dialog once it is open (modal, inside its own event loop)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AmendDialog)
        fill_in(dialog)

    QTimer.singleShot(0, answer)


def test_amending_ones_own_entry_keeps_the_original_in_history(
    qtbot, mounted, backend: Backend
) -> None:
    _, view = mounted
    asked = []

    def fill_in(dialog: AmendDialog) -> None:
        asked.append(dialog.editor.toPlainText())
        dialog.editor.setPlainText("Entry 2, corrected")
        dialog.reason.setText("Wrong bed written down")
        dialog.save_button.click()

    assert view.select_entry(view.model.entry(0).entry_id)
    assert view.amend_action.isEnabled()
    assert view.amend_action.shortcut().toString() == "F2"
    _when_asked(fill_in)
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

    def answer(cls, parent, backend, entry):
        asked.append(entry.text)

    monkeypatch.setattr(AmendDialog, "ask", classmethod(answer))
    assert view.selected_entry() is None
    assert view.amend_action.isEnabled()
    view.filter.setFocus()
    qtbot.waitUntil(view.filter.hasFocus)
    qtbot.keyClick(view.filter, Qt.Key.Key_F2)
    assert asked == ["Entry 2"]
    assert view.selected_entry().text == "Entry 2"  # chosen, so the amendment is seen


def test_the_amend_dialog_needs_a_change_and_a_reason(qtbot, mounted, backend: Backend) -> None:
    _, view = mounted
    dialog = AmendDialog(view, backend, view.model.entry(0))
    qtbot.addWidget(dialog)
    assert dialog.editor.toPlainText() == "Entry 2"
    assert not dialog.share.isChecked()  # a nurse's entry is not the patient's to read
    dialog.accept()
    assert dialog.error.text() == ("Change the text, or whether it is shared, to amend the entry.")
    dialog.editor.setPlainText("Entry two")
    dialog.accept()
    assert dialog.error.text() == "Say why you are amending the entry."
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.reason.setText("  Typo  ")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    newest = backend.call(contributions.entry_history, dialog.new_id)[-1]
    assert (newest.id, newest.text, newest.amendment_reason) == (dialog.new_id, "Entry two", "Typo")


def test_sharing_an_entry_with_the_patient_is_an_amendment_with_a_reason(
    qtbot, mounted, backend: Backend
) -> None:
    _, view = mounted
    assert view.select_entry(view.model.entry(0).entry_id)

    def fill_in(dialog: AmendDialog) -> None:
        dialog.share.click()
        dialog.save_button.click()  # no reason yet: the dialog stays, as typed
        assert dialog.error.text() == "Say why you are amending the entry."
        assert dialog.share.isChecked()
        dialog.reason.setText("The family asked for it to be passed on")
        dialog.save_button.click()

    _when_asked(fill_in)
    with qtbot.waitSignal(view.saved):
        view.amend_action.trigger()
    amended = view.model.entry(0)
    assert (amended.text, amended.shareable, amended.version) == ("Entry 2", True, 2)
    badges = view.proxy.index(0, 0).data(M.BadgesRole)
    assert ("Shared with the patient", "shared") in badges
    spoken = view.proxy.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Shared with the patient" in spoken


def test_a_refused_amendment_keeps_the_dialog_and_the_words(
    qtbot, mounted, backend: Backend
) -> None:
    _, view = mounted
    stale = view.model.entry(0)
    backend.call(contributions.amend_contribution, stale.id, text="Entry 2, first", reason="First")
    dialog = AmendDialog(view, backend, stale)  # opened on the version now replaced
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText("Entry 2, second")
    dialog.reason.setText("Second")
    dialog.accept()
    assert dialog.error.text() == (
        "This entry has been amended since you opened it; amend the newest version."
    )
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.new_id is None
    assert (dialog.editor.toPlainText(), dialog.reason.text()) == ("Entry 2, second", "Second")


def test_a_sensitive_entry_cannot_be_shared(qtbot, mounted, backend: Backend) -> None:
    _, view = mounted
    sensitive = dataclasses.replace(view.model.entry(0), sensitive=True, shareable=True)
    dialog = AmendDialog(view, backend, sensitive)
    qtbot.addWidget(dialog)
    assert not dialog.share.isChecked() and not dialog.share.isEnabled()
    assert dialog.share.toolTip() == "A sensitive entry is never shared with the patient"


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
