"""The file and folder choosers every screen uses. One QFileDialog set up in one
place, so it opens within the screen and at the size it was last left (the static
QFileDialog helpers open Qt's own dialog at a fixed, small size where the desktop
offers none)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ui.common import window_size

# wide enough for the name, size, type and date columns at the app's 12 pt
DEFAULT_SIZE = QSize(960, 600)


def file_dialog(
    parent: QWidget | None,
    title: str,
    start: str,
    filters: list[str],
    mode: QFileDialog.FileMode,
    accept: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen,
) -> QFileDialog:
    dialog = QFileDialog(parent, title, start)
    dialog.setObjectName("fileDialog")
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if filters:
        dialog.setNameFilters(filters)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    window_size.restore(dialog, "FileDialog", DEFAULT_SIZE)
    return dialog


def _chosen(dialog: QFileDialog) -> list[str]:
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.selectedFiles()
        return []
    finally:
        dialog.deleteLater()


def open_files(parent: QWidget | None, title: str, start: str, filters: list[str]) -> list[str]:
    """The existing files chosen; none when the person cancels."""
    return _chosen(file_dialog(parent, title, start, filters, QFileDialog.FileMode.ExistingFiles))


def save_file(parent: QWidget | None, title: str, start: str, filters: list[str]) -> str:
    """The file to write; "" when the person cancels."""
    dialog = file_dialog(
        parent,
        title,
        start,
        filters,
        QFileDialog.FileMode.AnyFile,
        QFileDialog.AcceptMode.AcceptSave,
    )
    return next(iter(_chosen(dialog)), "")


def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    """An existing folder; "" when the person cancels."""
    dialog = file_dialog(parent, title, start, [], QFileDialog.FileMode.Directory)
    return next(iter(_chosen(dialog)), "")
