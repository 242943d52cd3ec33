"""Choosing what to import — FHIR R4 bundles or resources (.json), or one CSV census —
and which planning service reads it. The chooser is a `classmethod ask`, so tests
replace it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from rounds_app.errors import ValidationError
from rounds_app.services.census_imports import plan_csv_import, plan_fhir_import
from ui.common.file_dialogs import open_files
from ui.common.words import Words


class CensusFiles(Words):
    """The translators' context of these words."""


class CensusFileChooser:
    @classmethod
    def ask(cls, parent: QWidget | None) -> list[Path]:
        """The files chosen; none when the person cancels."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = open_files(
            parent,
            CensusFiles.tr("Import census"),
            start,
            [
                CensusFiles.tr("Census files (*.json *.csv)"),
                CensusFiles.tr("FHIR R4 bundles and resources (*.json)"),
                CensusFiles.tr("CSV census (*.csv)"),
            ],
        )
        return [Path(name) for name in chosen]


def planner(files: list[Path], ward_id: int) -> tuple[Callable[..., Any], tuple[Any, ...]]:
    """The planning service and its arguments for `files`. Raises ValidationError
    when a CSV census comes with other files: it must be imported on its own."""
    csv = [f for f in files if f.suffix.lower() == ".csv"]
    if not csv:
        return plan_fhir_import, (files, ward_id)
    if len(files) == 1:
        return plan_csv_import, (files[0], ward_id)
    raise ValidationError(
        CensusFiles.tr(
            "Choose FHIR files (.json), or one CSV census on its own; nothing was imported."
        )
    )
