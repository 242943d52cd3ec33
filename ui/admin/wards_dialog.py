"""Wards and beds (administrators): the wards with their beds, a new ward with its
numbered beds, and one more bed on the chosen ward."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain import limits
from rounds_app.errors import RoundsError
from rounds_app.services import wards
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common import window_size
from ui.common.error_text import error_text
from ui.common.labelled_rows import buddy_label
from ui.common.widgets import fill_placeholders, number_text, plain_label

log = subsystem_logger(__name__)

MAX_BEDS = 99  # two-digit labels; a bigger ward adds the rest one by one


def bed_labels(code: str, count: int) -> list[str]:
    """ "7B" and 3 make 7B-01, 7B-02, 7B-03."""
    return [f"{code}-{n:02d}" for n in range(1, count + 1)]


class WardsDialog(QDialog):
    def __init__(self, parent: QWidget | None, backend: Backend) -> None:
        super().__init__(parent)
        self.setObjectName("wardsDialog")
        self.setWindowTitle(self.tr("Wards and beds"))
        self._backend = backend
        self.changed = False

        self.ward_list = QListWidget()
        self.ward_list.setObjectName("wardList")
        self.ward_list.setAccessibleName(self.tr("Wards"))
        self.ward_list.currentRowChanged.connect(self._show_beds)
        self.bed_list = QListWidget()
        self.bed_list.setObjectName("bedList")
        self.bed_list.setAccessibleName(self.tr("Beds of the chosen ward"))
        self.new_bed = QLineEdit()
        self.new_bed.setObjectName("newBed")
        self.new_bed.setMaxLength(limits.IDENTIFIER)
        self.new_bed.returnPressed.connect(self.add_bed)
        self.add_bed_button = QPushButton(self.tr("Add bed"))
        self.add_bed_button.setObjectName("addBed")
        self.add_bed_button.clicked.connect(self.add_bed)

        self.code = QLineEdit()
        self.code.setObjectName("wardCode")
        self.code.setMaxLength(limits.IDENTIFIER)
        self.code.setPlaceholderText(self.tr("e.g. 7B"))
        self.code.textChanged.connect(self._preview)
        self.name = QLineEdit()
        self.name.setObjectName("wardName")
        self.name.setMaxLength(limits.NAME)
        self.name.setPlaceholderText(self.tr("e.g. Acute Medicine"))
        self.beds = QSpinBox()
        self.beds.setObjectName("bedCount")
        self.beds.setRange(0, MAX_BEDS)
        self.beds.setValue(24)
        self.beds.valueChanged.connect(self._preview)
        self.beds.setMinimumWidth(self.fontMetrics().averageCharWidth() * 8)
        self.labels_preview = plain_label(name="bedPreview")
        self.create_button = QPushButton(self.tr("Create ward"))
        self.create_button.setObjectName("createWard")
        self.create_button.clicked.connect(self.create_ward)

        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        for button in (self.add_bed_button, self.create_button):
            button.setAutoDefault(False)  # Enter in a field adds; it never closes the dialog

        ward_column = QVBoxLayout()
        ward_column.addWidget(buddy_label(self.tr("&Wards"), self.ward_list))
        ward_column.addWidget(self.ward_list, 1)
        adding = QHBoxLayout()
        adding.addWidget(buddy_label(self.tr("New &bed"), self.new_bed))
        adding.addWidget(self.new_bed, 1)
        adding.addWidget(self.add_bed_button)
        bed_column = QVBoxLayout()
        bed_column.addWidget(buddy_label(self.tr("B&eds of the chosen ward"), self.bed_list))
        bed_column.addWidget(self.bed_list, 1)
        bed_column.addLayout(adding)
        lists = QHBoxLayout()
        lists.setSpacing(24)
        lists.addLayout(ward_column, 1)
        lists.addLayout(bed_column, 1)

        count = QHBoxLayout()
        count.setSpacing(12)
        count.addWidget(self.beds)
        count.addWidget(self.labels_preview, 1)
        creating = QFormLayout()
        creating.setHorizontalSpacing(18)
        creating.addRow(buddy_label(self.tr("&Code"), self.code), self.code)
        creating.addRow(buddy_label(self.tr("&Name"), self.name), self.name)
        creating.addRow(buddy_label(self.tr("Number of be&ds"), self.beds), count)
        create_row = QHBoxLayout()
        create_row.addStretch(1)
        create_row.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(plain_label(self.tr("Wards and beds"), "dialogHeading"))
        layout.addLayout(lists, 1)
        layout.addSpacing(8)
        layout.addWidget(plain_label(self.tr("New ward"), "formHeading"))
        layout.addLayout(creating)
        layout.addLayout(create_row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.ensurePolished()
        window_size.restore(
            self,
            "WardsDialog",
            QSize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 36),
        )
        self._preview()
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = self.ward_list.currentItem()
        keep = (
            select_id
            if select_id is not None
            else (current.data(Qt.ItemDataRole.UserRole) if current else None)
        )
        try:
            listed = self._backend.call(wards.list_wards)
        except RoundsError as error:
            self._refuse(error_text(error))
            return
        self.ward_list.clear()
        for ward in listed:
            # as the census names it: "Ward 4B — General Medicine" already says 4B
            named = ward.name if ward.code in ward.name else f"{ward.name} ({ward.code})"
            text = fill_placeholders(
                self.tr("%1\n%2, %3 occupied"),
                named,
                self.tr("%Ln beds", "", ward.beds),
                number_text(ward.occupied),
            )
            self.ward_list.addItem(text)
            self.ward_list.item(self.ward_list.count() - 1).setData(
                Qt.ItemDataRole.UserRole, ward.id
            )
        rows = [
            self.ward_list.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.ward_list.count())
        ]
        self.ward_list.setCurrentRow(rows.index(keep) if keep in rows else (0 if rows else -1))
        self._show_beds()

    def _ward_id(self) -> int | None:
        item = self.ward_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_beds(self) -> None:
        self.bed_list.clear()
        ward_id = self._ward_id()
        self.add_bed_button.setEnabled(ward_id is not None)
        if ward_id is None:
            return
        try:
            beds = self._backend.call(wards.list_beds, ward_id)
        except RoundsError as error:
            self._refuse(error_text(error))
            return
        for bed in beds:
            state = self.tr("occupied") if bed.occupied_by else self.tr("free")
            self.bed_list.addItem(fill_placeholders(self.tr("%1 — %2"), bed.label, state))

    def _preview(self) -> None:
        labels = bed_labels(self.code.text().strip() or "?", self.beds.value())
        if not labels:
            self.labels_preview.setText(self.tr("No beds yet; add them one by one."))
        else:
            shown = labels[0] if len(labels) == 1 else f"{labels[0]} … {labels[-1]}"
            self.labels_preview.setText(fill_placeholders(self.tr("Beds: %1"), shown))

    def create_ward(self) -> None:
        code, name = self.code.text().strip(), self.name.text().strip()
        if not code or not name:
            self._refuse(self.tr("A new ward needs a code and a name."))
            (self.code if not code else self.name).setFocus()
            return
        try:
            ward = self._backend.call(
                wards.create_ward,
                code=code,
                name=name,
                bed_labels=bed_labels(code, self.beds.value()),
            )
        except RoundsError as error:
            self._refuse(error_text(error))
            return
        log.info("ward id %s created", ward.id)
        self._done()
        self.code.clear()
        self.name.clear()
        self.reload(ward.id)

    def add_bed(self) -> None:
        ward_id, label = self._ward_id(), self.new_bed.text().strip()
        if ward_id is None:
            return
        if not label:
            self._refuse(self.tr("Type the new bed's label first."))
            self.new_bed.setFocus()
            return
        try:
            self._backend.call(wards.add_bed, ward_id, label)
        except RoundsError as error:
            self._refuse(error_text(error))
            return
        log.info("bed added to ward id %s", ward_id)
        self._done()
        self.new_bed.clear()
        self.reload(ward_id)

    def _done(self) -> None:
        self.changed = True
        self.error.hide()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    @classmethod
    def ask(cls, parent: QWidget | None, backend: Backend) -> bool:
        """Shows the wards; True when a ward or bed was added."""
        dialog = cls(parent, backend)
        try:
            dialog.exec()
            return dialog.changed
        finally:
            dialog.deleteLater()
