"""Where PDFs go: the file and folder choosers (each a `classmethod ask`, so tests
replace them), file names that carry no patient name, and writing a file whole or
not at all, for its owner's eyes only."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from rounds_app.errors import RoundsError
from rounds_app.private_files import write_private
from ui.common.file_dialogs import choose_folder, save_file
from ui.common.widgets import fill_placeholders
from ui.common.words import Words


class PdfFiles(Words):
    """The translators' context of these words."""


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class PdfFileChooser:
    @classmethod
    def ask(cls, parent: QWidget | None, suggested_name: str) -> Path | None:
        """The file to save a PDF as, or None when the person cancels."""
        chosen = save_file(
            parent,
            PdfFiles.tr("Save as PDF"),
            str(_documents() / suggested_name),
            [PdfFiles.tr("PDF documents (*.pdf)")],
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class FolderChooser:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> Path | None:
        """A folder to save several PDFs in, or None when the person cancels."""
        chosen = choose_folder(parent, title, str(_documents()))
        return Path(chosen) if chosen else None


def safe_part(text: str) -> str:
    """A bed label or ward code as part of a file name on any system."""
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-") or "x"


def write_atomically(path: Path, data: bytes) -> None:
    """Writes `data` to `path` through a temporary file renamed into place, so a full
    disk or a crash never leaves half a PDF behind; readable by its owner only, as it
    holds patient data. Raises RoundsError."""
    try:
        write_private(path, data)
    except OSError as error:
        reason = error.strerror or str(error)
        raise RoundsError(
            fill_placeholders(PdfFiles.tr("Cannot write %1: %2"), str(path), reason)
        ) from None
