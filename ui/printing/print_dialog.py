"""The dialog every printed sheet opens: paper size, then Preview, Print… or Save as
PDF…. Preview and Print show and send the ReportLab PDF itself (ui/printing/pdf_pages),
so what is printed is exactly what is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from rounds_app.errors import RoundsError
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common import window_size
from ui.common.error_text import error_text
from ui.common.labelled_rows import buddy_label
from ui.common.pdf_files import PdfFileChooser, write_atomically
from ui.common.widgets import plain_label
from ui.printing.pdf_pages import orient_for, paint_pdf
from ui.printing.sheets import SheetJob, default_paper

log = subsystem_logger(__name__)


class PrintDialog(QDialog):
    def __init__(self, parent: QWidget | None, backend: Backend, job: SheetJob) -> None:
        super().__init__(parent)
        self._backend = backend
        self._job = job
        self.saved_to: Path | None = None
        self.setObjectName("printDialog")
        self.setWindowTitle(self.tr("Print"))

        heading = plain_label(job.title, "dialogHeading")
        heading.setWordWrap(True)  # it may carry a long name
        self.paper = QComboBox()
        self.paper.setObjectName("paperSize")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.paper.setAccessibleName(self.tr("Paper size"))
        paper_label = buddy_label(self.tr("Paper si&ze"), self.paper)
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        for label, value in job.about:
            shown = plain_label(value, "printAbout")
            shown.setWordWrap(True)
            # beside its label even when the name is right-to-left
            shown.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(plain_label(label, "fieldLabel"), shown)
        form.addRow(paper_label, self.paper)
        self.big_print = QCheckBox(self.tr("&Big print (18 pt), for low vision"))
        self.big_print.setObjectName("bigPrint")
        self.big_print.setVisible(job.offers_big_print)
        if job.offers_big_print:
            form.addRow("", self.big_print)

        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox()
        self.preview_button = self.buttons.addButton(
            self.tr("Pre&view"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = self.buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = self.buttons.addButton(
            self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setDefault(True)
        self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.ensurePolished()  # the stylesheet's font, not the default, sets the width
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        window_size.restore(self, "PrintDialog")
        self.save_button.setFocus()

    def _sheet(self) -> bytes | None:
        """The sheet's PDF for the chosen paper, or None with the reason shown."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self._job.render(
                self._backend, self.paper.currentData(), self.big_print.isChecked()
            )
        except RoundsError as error:
            self._refuse(error_text(error))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.adjustSize()  # the wrapped line needs its height, not the old one's

    def _printer(self, pdf: bytes) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = (
            QPageSize.PageSizeId.Letter
            if self.paper.currentData() == "letter"
            else QPageSize.PageSizeId.A4
        )
        printer.setPageSize(QPageSize(size))
        orient_for(printer, pdf)
        return printer

    def preview(self) -> None:
        pdf = self._sheet()
        if pdf is None:
            return
        printer = self._printer(pdf)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda target: paint_pdf(target, pdf))
        dialog.exec()

    def print_sheet(self) -> None:
        pdf = self._sheet()
        if pdf is None:
            return
        printer = self._printer(pdf)
        if PrinterChooser.ask(self, printer):
            pages = paint_pdf(printer, pdf)
            log.info("printed a sheet of %d pages", pages)
            self.accept()

    def save_as_pdf(self) -> None:
        """Asks where, then makes the sheet and writes it; a refusal stays in the
        dialog as one line."""
        path = PdfFileChooser.ask(self, self._job.file_name)
        if path is None:
            return
        pdf = self._sheet()
        if pdf is None:
            return
        try:
            write_atomically(path, pdf)
        except RoundsError as error:
            self._refuse(error_text(error))
            return
        log.info("saved a printed sheet as PDF")
        self.saved_to = path
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, backend: Backend, job: SheetJob) -> Path | None:
        """Where the sheet was saved, or None when nothing was."""
        dialog = cls(parent, backend, job)
        dialog.exec()
        return dialog.saved_to


class PrinterChooser:
    """Qt's print dialog, behind a classmethod so tests can answer it."""

    @classmethod
    def ask(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted
