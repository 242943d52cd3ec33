"""The Print menu and its dialog: enabled for a ward and a chosen patient, and Save as
PDF… writes the ReportLab sheet whole, with the patient in it; a refusal is one line."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from rounds_app.reports.styles import BIG_PRINT_BODY_SIZE
from tests.modes import OWNER_ONLY, file_mode
from tests.reports.pdf import font_sizes
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.common.messages import Notice
from ui.common.pdf_files import PdfFileChooser
from ui.printing import PrintActions
from ui.printing.print_dialog import PrintDialog
from ui.printing.sheets import discharge_job, handoff_job
from ui.shell.main_menus import MENU_BAR


@pytest.fixture
def notices(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        Notice, "ask", classmethod(lambda cls, parent, title, text, *a: shown.append(text))
    )
    return shown


@pytest.fixture
def save_to(monkeypatch, tmp_path: Path) -> Path:
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(PdfFileChooser, "ask", classmethod(lambda cls, parent, name: target))
    return target


def _text(path: Path) -> str:
    pages = PdfReader(path).pages
    return unicodedata.normalize("NFKC", " ".join(page.extract_text() for page in pages))


def _save(qtbot, dialog: PrintDialog) -> None:
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_save_as_pdf_writes_the_team_discharge_summary(
    qtbot, backend: Backend, ward: WardData, save_to: Path, permissive_umask: None
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    job = discharge_job(backend, ward.admission_ids[4], "team")
    assert ("Patient", "Jack O'Brien") in job.about
    assert "O'Brien" not in job.file_name  # file names carry no patient name
    dialog = PrintDialog(None, backend, job)
    _save(qtbot, dialog)
    assert dialog.saved_to == save_to
    assert save_to.read_bytes().startswith(b"%PDF")
    assert "O'Brien" in _text(save_to)
    assert file_mode(save_to) == OWNER_ONLY  # it names the patient


def test_the_patient_copy_can_be_printed_in_big_print(
    qtbot, backend: Backend, ward: WardData, save_to: Path
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    team = PrintDialog(None, backend, discharge_job(backend, ward.admission_ids[4], "team"))
    qtbot.addWidget(team)
    assert not team.big_print.isVisibleTo(team)  # the team's copy is dense on purpose
    dialog = PrintDialog(None, backend, discharge_job(backend, ward.admission_ids[4], "patient"))
    assert dialog.big_print.isVisibleTo(dialog) and not dialog.big_print.isChecked()
    dialog.big_print.setChecked(True)
    _save(qtbot, dialog)
    assert BIG_PRINT_BODY_SIZE in font_sizes(save_to.read_bytes())


def test_save_as_pdf_writes_the_handoff_sheet_on_letter(
    qtbot, backend: Backend, ward: WardData, save_to: Path
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    dialog = PrintDialog(None, backend, handoff_job(backend, ward.ward_id))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    _save(qtbot, dialog)
    box = PdfReader(save_to).pages[0].mediabox
    assert sorted((round(box.width), round(box.height))) == [612, 792]
    assert "Muñoz" in _text(save_to)


def test_a_file_that_cannot_be_written_is_one_line_in_the_dialog(
    qtbot, backend: Backend, ward: WardData, monkeypatch, tmp_path: Path
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    nowhere = tmp_path / "missing" / "sheet.pdf"
    monkeypatch.setattr(PdfFileChooser, "ask", classmethod(lambda cls, parent, name: nowhere))
    dialog = PrintDialog(None, backend, handoff_job(backend, ward.ward_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "\n" not in dialog.error.text() and str(nowhere) in dialog.error.text()
    assert dialog.saved_to is None and not nowhere.parent.exists()


def test_the_menu_enables_what_there_is_to_print(
    qtbot, backend: Backend, ward: WardData, monkeypatch, notices: list[str]
) -> None:
    ward_id: list[int | None] = [None]
    admission_id: list[int | None] = [None]
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = PrintActions(backend, parent, lambda: ward_id[0], lambda: admission_id[0])
    printing = [menu.groups for menu in MENU_BAR if menu.title == "&Print"]
    assert printing == [(("print.handoff", "print.team", "print.patient"), ("print.ward",))]
    assert all(not a.isEnabled() for a in actions.actions.values())  # nobody signed in
    assert all(not a.shortcut().isEmpty() for a in actions.actions.values())
    assert actions.actions["print.handoff"].shortcut().toString() == "Ctrl+P"
    assert actions.actions["print.team"].shortcut().toString() == "Ctrl+Shift+P"
    assert "Ctrl+P" in actions.actions["print.handoff"].toolTip()

    backend.sign_in(CHARGE, PASSWORD)
    ward_id[0] = ward.ward_id
    actions.update_enabled()
    assert [a.isEnabled() for a in actions.actions.values()] == [True, False, False, True]
    admission_id[0] = ward.admission_ids[0]
    actions.update_enabled()
    assert all(a.isEnabled() for a in actions.actions.values())

    opened = []
    monkeypatch.setattr(
        PrintDialog, "ask", classmethod(lambda cls, parent, backend, job: opened.append(job))
    )
    actions.actions["print.patient"].trigger()
    assert opened[-1].options == {"audience": "patient"}
    assert opened[-1].title.startswith("Discharge summary for the patient and family")
    actions.actions["print.handoff"].trigger()
    assert opened[-1].args == (ward.ward_id,)

    admission_id[0] = 999_999  # gone since the census was read
    actions.actions["print.team"].trigger()
    assert len(opened) == 2
    assert len(notices) == 1 and "\n" not in notices[0]
