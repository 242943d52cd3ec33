"""Wards and beds: a new ward with numbered beds, one more bed, refusals inline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from rounds_app.services import wards
from tests.ui.ward_data import WardData
from ui.admin.users_dialog import UsersDialog
from ui.admin.wards_dialog import WardsDialog, bed_labels
from ui.backend import Backend
from ui.shell import style


@pytest.fixture
def dialog(qtbot, admin: Backend) -> WardsDialog:
    widget = WardsDialog(None, admin)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [widget.item(n).text() for n in range(widget.count())]


def test_bed_labels_are_numbered_after_the_code() -> None:
    assert bed_labels("9C", 3) == ["9C-01", "9C-02", "9C-03"]
    assert bed_labels("9C", 0) == []


def test_lists_the_wards_and_the_chosen_wards_beds(dialog: WardsDialog) -> None:
    assert _texts(dialog.ward_list) == ["Acute Medicine (7B)\n24 beds, 7 occupied"]
    beds = _texts(dialog.bed_list)
    assert beds[:3] == ["7B-01 — occupied", "7B-02 — occupied", "7B-03 — free"]
    assert len(beds) == 24


def test_creating_a_ward_with_beds(qtbot, dialog: WardsDialog, admin: Backend) -> None:
    dialog.code.setText("9C")
    dialog.name.setText("Rehabilitation — Αποκατάσταση")
    dialog.beds.setValue(3)
    assert dialog.labels_preview.text() == "Beds: 9C-01 … 9C-03"
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    created = next(w for w in admin.call(wards.list_wards) if w.code == "9C")
    assert (created.name, created.beds) == ("Rehabilitation — Αποκατάσταση", 3)
    assert [b.label for b in admin.call(wards.list_beds, created.id)] == bed_labels("9C", 3)
    assert dialog.ward_list.currentItem().text().startswith("Rehabilitation")
    assert _texts(dialog.bed_list) == ["9C-01 — free", "9C-02 — free", "9C-03 — free"]
    assert dialog.changed and dialog.code.text() == ""


def test_adding_a_bed(dialog: WardsDialog, admin: Backend, ward: WardData) -> None:
    dialog.new_bed.setText("7B-side room")
    dialog.add_bed()
    labels = [b.label for b in admin.call(wards.list_beds, ward.ward_id)]
    assert labels[-1] == "7B-side room" and len(labels) == 25
    assert _texts(dialog.bed_list)[-1] == "7B-side room — free"
    dialog.new_bed.setText("7B-side room")
    dialog.add_bed()
    assert dialog.error.text() == "Ward 7B already has a bed '7B-side room'."


def test_refusals_are_inline(dialog: WardsDialog) -> None:
    dialog.create_ward()
    assert dialog.error.text() == "A new ward needs a code and a name."
    dialog.code.setText("7B")
    dialog.name.setText("Again")
    dialog.create_ward()
    assert dialog.error.text() == "A ward with code '7B' exists already."
    assert not dialog.changed


def test_form_is_accessible(dialog: WardsDialog) -> None:
    labels = dialog.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    buddies = {label.buddy() for label in labels if label.buddy()}
    assert buddies == {
        dialog.ward_list,
        dialog.bed_list,
        dialog.new_bed,
        dialog.code,
        dialog.name,
        dialog.beds,
    }
    assert all(widget.accessibleName() for widget in buddies)


def test_ask_says_whether_anything_changed(admin: Backend, monkeypatch) -> None:
    monkeypatch.setattr(WardsDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    assert WardsDialog.ask(None, admin) is False

    def add_bed(dialog: WardsDialog) -> int:
        dialog.new_bed.setText("7B-99")
        dialog.add_bed()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(WardsDialog, "exec", add_bed)
    assert WardsDialog.ask(None, admin) is True


def test_the_styled_admin_dialogs_build_without_qt_warnings(qtbot, qapp, admin: Backend) -> None:
    style.apply_stylesheet(qapp)
    try:
        for dialog in (WardsDialog(None, admin), UsersDialog(None, admin)):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            assert dialog.font().pointSizeF() >= 11
    finally:
        qapp.setStyleSheet("")
