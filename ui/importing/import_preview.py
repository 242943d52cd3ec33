"""What an import will do, shown before anything is written: the patients it will
create and update (with the admission each gets, or why none), what it leaves out
and why, and the references it could not resolve. Only Import lets it write."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain.names import called
from rounds_app.services.census_imports import ImportPlan, PlannedPatient
from ui.common import window_size
from ui.common.sentence_text import sentence_text
from ui.common.widgets import fill_placeholders, number_text, plain_label
from ui.importing.plan_rows_model import PlanRowsModel


class ImportPreviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, plan: ImportPlan) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import census"))
        patient_headers = [
            self.tr("MRN"),
            self.tr("Name"),
            self.tr("Born"),
            self.tr("Admission"),
            self.tr("Expected discharge"),
            self.tr("List entries"),
            self.tr("Note"),
        ]
        self.created = PlanRowsModel(patient_headers, self._patient_rows(plan.to_create), self)
        self.updated = PlanRowsModel(patient_headers, self._patient_rows(plan.to_update), self)
        self.skipped = PlanRowsModel(
            [self.tr("What"), self.tr("Why")],
            [(s.what, sentence_text(s.why)) for s in plan.skipped],
            self,
        )
        self.unresolved = PlanRowsModel(
            [self.tr("Reference")], [(reference,) for reference in plan.unresolved], self
        )

        heading = plain_label(self.tr("Check the import before it is written"), "dialogHeading")
        heading.setWordWrap(True)
        sources = plain_label(
            fill_placeholders(self.tr("From: %1"), ", ".join(Path(s).name for s in plan.sources)),
            "importSources",
        )
        sources.setWordWrap(True)
        self.ward = plain_label(self._ward(plan), "importSources")
        self.ward.setWordWrap(True)
        self.summary = plain_label(self._summary(plan), "importSummary")
        self.summary.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("importTabs")
        for model, name in (
            (self.created, self.tr("To create")),
            (self.updated, self.tr("To update")),
            (self.skipped, self.tr("Skipped")),
            (self.unresolved, self.tr("Unresolved")),
        ):
            label = fill_placeholders(self.tr("%1 (%2)"), name, number_text(model.rowCount()))
            self.tabs.addTab(self._table(model, name), label)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(bool(plan.patients))
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(sources)
        layout.addWidget(self.ward)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        window_size.restore(self, "ImportPreviewDialog", QSize(1000, 600))
        self.tabs.setFocus()

    def _table(self, model: PlanRowsModel, name: str) -> QTableView:
        table = QTableView()
        table.setObjectName("importPlanTable")
        table.setModel(model)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        # the last column (a note, a reason) wraps whole instead of running off the side
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        # rows take the height of their wrapped text at the columns' final widths
        header.sectionResized.connect(table.resizeRowsToContents)
        # Tab leaves the table for the buttons; arrows move within it
        table.setTabKeyNavigation(False)
        return table

    def _summary(self, plan: ImportPlan) -> str:
        parts = [
            self.tr("%Ln patients to create", "", len(plan.to_create)),
            self.tr("%Ln to update", "", len(plan.to_update)),
            self.tr("%Ln admissions", "", len(plan.admissions)),
            self.tr("%Ln skipped", "", len(plan.skipped)),
            self.tr("%Ln unresolved references", "", len(plan.unresolved)),
        ]
        if not plan.patients:
            then = self.tr("There is nothing to import.")
        else:
            then = self.tr(
                "Nothing has been written yet: Import writes all of it at once, or nothing."
            )
        return "; ".join(parts) + ".\n" + then

    def _patient_rows(self, patients: Sequence[PlannedPatient]) -> list[tuple[str, ...]]:
        return [
            (
                p.details.mrn,
                called(p.details.preferred_name, p.details.given_name, p.details.family_name),
                p.details.date_of_birth.isoformat() if p.details.date_of_birth else "",
                self._admission(p),
                self._leaving(p),
                number_text(len(p.items)),
                sentence_text(p.note),
            )
            for p in patients
        ]

    def _ward(self, plan: ImportPlan) -> str:
        if plan.ward_id is None:
            return self.tr("Into: no ward; nobody is admitted")
        return fill_placeholders(self.tr("Into: %1"), plan.ward_name)

    def _admission(self, patient: PlannedPatient) -> str:
        if patient.move_to_bed:
            if patient.current_bed:
                return fill_placeholders(
                    self.tr("moves from bed %1 to bed %2"),
                    patient.current_bed,
                    patient.move_to_bed,
                )
            return fill_placeholders(self.tr("moves to bed %1"), patient.move_to_bed)
        if patient.current_bed:
            return fill_placeholders(self.tr("stays in bed %1"), patient.current_bed)
        if patient.admission is None:
            return self.tr("none")
        if patient.admission.bed_label is None:
            return self.tr("on the ward, no bed")
        return fill_placeholders(self.tr("bed %1"), patient.admission.bed_label)

    def _leaving(self, patient: PlannedPatient) -> str:
        """The expected discharge date the import writes; blank when it writes none."""
        if patient.admission is not None:
            leaving = patient.admission.expected_discharge_date
        else:
            leaving = patient.expected_discharge_date
        return fill_placeholders(self.tr("set to %1"), leaving.isoformat()) if leaving else ""

    @classmethod
    def ask(cls, parent: QWidget | None, plan: ImportPlan) -> bool:
        """True when the person chose Import."""
        return cls(parent, plan).exec() == QDialog.DialogCode.Accepted
