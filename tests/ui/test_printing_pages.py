"""Preview and Print put the ReportLab PDF itself on the page: every page, turned the
way the sheet is laid out."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.printing.pdf_pages import page_images, paint_pdf
from ui.printing.print_dialog import PrintDialog, PrinterChooser
from ui.printing.sheets import discharge_job, handoff_job


def _page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_every_page_is_rendered_on_white(backend: Backend, ward: WardData) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    pdf = handoff_job(backend, ward.ward_id).render(backend, "a4")
    images = page_images(pdf, dpi=50)
    assert len(images) == _page_count(pdf)
    first = images[0]
    assert first.width() > first.height()  # the handoff sheet is landscape
    assert first.pixelColor(2, 2).name() == "#ffffff"  # white, not transparent


def test_printing_sends_every_page_turned_the_right_way(
    qtbot, backend: Backend, ward: WardData, tmp_path: Path, monkeypatch
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    out = tmp_path / "printed.pdf"
    chosen: list[QPrinter] = []

    def choose(cls, parent, printer: QPrinter) -> bool:  # type: ignore[no-untyped-def]
        # the "printer" the user picked is a file, so the test can read what was sent
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        chosen.append(printer)
        return True

    monkeypatch.setattr(PrinterChooser, "ask", classmethod(choose))
    dialog = PrintDialog(None, backend, handoff_job(backend, ward.ward_id))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert chosen[0].pageLayout().orientation() == QPageLayout.Orientation.Landscape
    sent = PdfReader(out).pages
    expected = _page_count(handoff_job(backend, ward.ward_id).render(backend, "a4"))
    assert len(sent) == expected >= 1


def test_paint_pdf_fills_a_portrait_summary(
    backend: Backend, ward: WardData, tmp_path: Path
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    pdf = discharge_job(backend, ward.admission_ids[0], "patient").render(backend, "a4")
    printer = _file_printer(tmp_path / "summary.pdf")
    assert paint_pdf(printer, pdf) == _page_count(pdf)
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")
