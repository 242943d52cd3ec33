"""Admin ▸ Downtime printing: whether this workstation keeps a set of downtime sheets,
where, how often it refreshes them and how many sets it keeps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from ui.admin.form_dialog import FormDialog
from ui.common.file_dialogs import choose_folder
from ui.common.widgets import fill_placeholders
from ui.downtime.settings import (
    MAX_HOURS,
    MAX_KEEP,
    MIN_HOURS,
    DowntimeSettings,
    folder_fixed_by_site,
)


class DowntimePrintingDialog(FormDialog[DowntimeSettings]):
    def __init__(self, parent: QWidget | None, current: DowntimeSettings) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("DowntimePrintingDialog", "Downtime printing"),
            QCoreApplication.translate(
                "DowntimePrintingDialog", "Downtime sheets on this workstation"
            ),
            QCoreApplication.translate(
                "DowntimePrintingDialog",
                "While Rounds runs here, it writes each ward's handoff sheet and a card "
                "per patient as PDFs, so the ward has paper if the server cannot be "
                "reached. The files are readable by this computer's user only.",
            ),
        )
        self.enabled = QCheckBox(self.tr("Keep downtime sheets on this workstation"))
        self.enabled.setObjectName("downtimeEnabled")
        self.enabled.setChecked(current.enabled)
        self.add_row(self.tr("&Refresh"), self.enabled)
        self.folder = QLineEdit(str(current.where))
        self.folder.setObjectName("downtimeFolder")
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.setObjectName("downtimeChoose")
        self.choose.setAccessibleName(self.tr("Choose the downtime folder"))
        self.choose.setAutoDefault(False)  # Enter saves the form, not opens a chooser
        self.choose.clicked.connect(self._choose)
        where = QWidget()
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        self.add_row(self.tr("&Folder"), self.folder, where)
        if folder_fixed_by_site():
            self.folder.setReadOnly(True)
            self.choose.setEnabled(False)
            self.folder.setToolTip(self.tr("Set for this computer by your hospital's IT team."))
        self.hours = QSpinBox()
        self.hours.setObjectName("downtimeHours")
        self.hours.setRange(MIN_HOURS, MAX_HOURS)
        self.hours.setValue(current.hours)
        self.hours.setSuffix(self.tr(" hours"))
        self.add_row(self.tr("&Every"), self.hours)
        self.keep = QSpinBox()
        self.keep.setObjectName("downtimeKeep")
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(current.keep)
        self.keep.setSuffix(self.tr(" sets"))
        self.add_row(self.tr("&Keep the newest"), self.keep)
        self.finish(self.tr("Save"))

    def _choose(self) -> None:
        chosen = choose_folder(self, self.tr("Folder for the downtime sheets"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def submit(self) -> DowntimeSettings | None:
        folder = Path(self.folder.text().strip()).expanduser()
        if not folder.is_absolute():
            self.refuse(self.tr("Give the folder as a full path."), self.folder)
            return None
        if folder.exists() and not folder.is_dir():
            self.refuse(
                fill_placeholders(self.tr("%1 is a file, not a folder."), str(folder)), self.folder
            )
            return None
        return DowntimeSettings(
            enabled=self.enabled.isChecked(),
            folder=folder,
            hours=self.hours.value(),
            keep=self.keep.value(),
        )
