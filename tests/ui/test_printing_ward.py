"""The whole ward's discharge summaries are made off the UI thread, one PDF each, with
progress; Cancel stops the run between patients and keeps what was made."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from tests.modes import OWNER_ONLY, file_mode
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.common.messages import Notice
from ui.common.pdf_files import FolderChooser
from ui.printing import PrintActions
from ui.printing.ward_summaries import WardSummaries, WardSummariesRun, ward_summaries_worker

TIMEOUT_MS = 60_000


@pytest.fixture
def notices(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        Notice, "ask", classmethod(lambda cls, parent, title, text, *a: shown.append(text))
    )
    return shown


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _run(parent: QWidget, backend: Backend, ward: WardData, folder: Path) -> WardSummariesRun:
    worker = ward_summaries_worker(backend, ward.ward_id, folder, "team", "a4")
    return WardSummariesRun(parent, worker)


def test_the_whole_ward_is_saved_one_pdf_per_patient(
    qtbot,
    parent: QWidget,
    backend: Backend,
    ward: WardData,
    tmp_path: Path,
    monkeypatch,
    notices,
    permissive_umask: None,
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    monkeypatch.setattr(FolderChooser, "ask", classmethod(lambda cls, parent, title: tmp_path))
    actions = PrintActions(backend, parent, lambda: ward.ward_id, lambda: None)
    seen: list[tuple[int, int]] = []
    actions.print_ward()
    assert actions.run is not None and not actions.actions["print.ward"].isEnabled()
    actions.run.progress.connect(lambda done, total: seen.append((done, total)))
    qtbot.waitUntil(lambda: actions.run is None, timeout=TIMEOUT_MS)
    total = len(ward.admission_ids)
    assert seen[-1] == (total, total)
    saved = list(tmp_path.glob("discharge-team-bed-*.pdf"))
    assert len(saved) == total
    assert {file_mode(path) for path in saved} == {OWNER_ONLY}
    assert notices == [f"Saved {total} discharge summaries in {tmp_path}."]
    assert actions.actions["print.ward"].isEnabled()


def test_cancel_after_the_first_patient_keeps_what_was_made(
    qtbot, parent: QWidget, backend: Backend, ward: WardData, tmp_path: Path
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    out = tmp_path / "out"
    out.mkdir()
    run = _run(parent, backend, ward, out)
    # heard in the worker's thread, so the cancel lands before the next patient
    run.worker.progress.connect(
        lambda done, total: done and run.worker.cancel(), Qt.ConnectionType.DirectConnection
    )
    with qtbot.waitSignal(run.done, timeout=TIMEOUT_MS) as outcome:
        pass
    result: WardSummaries = outcome.args[0]
    assert len(result.saved) == 1 < result.total == len(ward.admission_ids)
    assert not result.complete
    assert list(out.iterdir()) == list(result.saved)
    assert not any(d.isVisible() for d in parent.findChildren(QProgressDialog))


def test_the_progress_dialogs_cancel_stops_the_worker(
    qtbot, parent: QWidget, backend: Backend, ward: WardData, tmp_path: Path
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    run = _run(parent, backend, ward, tmp_path)
    cancel = run.dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    with qtbot.waitSignal(run.done, timeout=TIMEOUT_MS) as outcome:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert run.worker.cancelled
    assert len(outcome.args[0].saved) < len(ward.admission_ids)


def test_a_failure_is_one_line(
    qtbot, parent: QWidget, backend: Backend, ward: WardData, tmp_path: Path
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    run = _run(parent, backend, ward, tmp_path / "gone")
    with qtbot.waitSignal(run.failed, timeout=TIMEOUT_MS) as outcome:
        pass
    assert "\n" not in outcome.args[0] and "gone" in outcome.args[0]


def test_closing_stops_a_run_and_waits_for_its_thread(
    qtbot, parent: QWidget, backend: Backend, ward: WardData, tmp_path: Path, monkeypatch, notices
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    monkeypatch.setattr(FolderChooser, "ask", classmethod(lambda cls, parent, title: tmp_path))
    actions = PrintActions(backend, parent, lambda: ward.ward_id, lambda: None)
    actions.print_ward()
    run = actions.run
    actions.stop()
    assert run.worker.cancelled
    assert len(list(tmp_path.glob("*.pdf"))) < len(ward.admission_ids)
    assert actions.run is None
    assert not any(d.isVisible() for d in parent.findChildren(QProgressDialog))
    heard: list[WardSummaries] = []
    run.done.connect(heard.append)
    QApplication.processEvents()  # what the worker queued before it stopped
    assert heard == [] and notices == []  # a closing window hears nothing more
