"""Printing a review to a PDF file, through ui.printing's file chooser and its
whole-or-nothing writer."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rounds_app.errors import RoundsError
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common.error_text import error_text
from ui.common.pdf_files import PdfFileChooser, write_atomically

log = subsystem_logger(__name__)


def print_review_pdf(parent: QWidget, backend: Backend, review_id: int) -> str:
    """Asks where, prints, writes; "" when done or cancelled, else one line to show."""
    # the report code (ReportLab, its fonts) loads with the first print
    from rounds_app.services.printing import print_review

    path = PdfFileChooser.ask(parent, f"case-review-{review_id}.pdf")
    if path is None:
        return ""
    try:
        write_atomically(path, backend.call(print_review, review_id))
    except RoundsError as error:
        return error_text(error)
    log.info("printed review id %s", review_id)
    return ""
