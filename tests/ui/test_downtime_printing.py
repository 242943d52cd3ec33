"""Downtime printing on a workstation: the setting, the refresh in the background with
its note in the status bar, and the outage banner's way to the sheets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow

from rounds_app.services.downtime import downtime_sets
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.connection.outage_banner import OutageBanner
from ui.downtime.dialog import DowntimePrintingDialog
from ui.downtime.settings import DowntimeSettings
from ui.downtime.workstation import DowntimeOnWorkstation


@pytest.fixture
def workstation(qtbot, backend: Backend, ward: WardData) -> Iterator[DowntimeOnWorkstation]:
    backend.sign_in(CHARGE, PASSWORD)
    window = QMainWindow()
    qtbot.addWidget(window)
    banner = OutageBanner()
    window.setCentralWidget(banner)
    downtime = DowntimeOnWorkstation(backend, window, banner)
    yield downtime
    downtime.stop()


def test_the_setting_is_checked_and_remembered(qtbot, tmp_path: Path) -> None:
    assert DowntimeSettings.load() == DowntimeSettings()  # off until someone turns it on
    dialog = DowntimePrintingDialog(None, DowntimeSettings())
    qtbot.addWidget(dialog)
    dialog.enabled.setChecked(True)
    dialog.folder.setText("relative/folder")
    dialog.accept()
    assert dialog.result_value is None and "full path" in dialog.error.text()
    a_file = tmp_path / "file"
    a_file.write_text("")
    dialog.folder.setText(str(a_file))
    dialog.accept()
    assert dialog.result_value is None and "is a file, not a folder" in dialog.error.text()
    dialog.folder.setText(str(tmp_path / "sheets"))
    dialog.hours.setValue(6)
    dialog.keep.setValue(3)
    dialog.accept()
    chosen = dialog.result_value
    assert chosen == DowntimeSettings(True, tmp_path / "sheets", 6, 3)
    chosen.save()
    assert DowntimeSettings.load() == chosen


def test_a_set_is_written_in_the_background_and_the_status_bar_says_when(
    qtbot, workstation: DowntimeOnWorkstation, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "sheets"
    DowntimeSettings(enabled=True, folder=folder, hours=4, keep=2).save()
    assert workstation.banner.downtime.isHidden()  # nothing to open yet
    with qtbot.waitSignal(workstation.refresher.written, timeout=60_000) as written:
        workstation.start()  # no set yet: one is written at once
    [made] = downtime_sets(folder)
    assert written.args[0].folder == made and written.args[0].cards == 8
    assert len(list((made / "7B").glob("*.pdf"))) == 9  # the handoff and 8 cards
    status = workstation.status
    assert not status.isHidden() and status.text().startswith("Downtime sheets: ")
    assert status.property("state") == "ok"
    assert not workstation.banner.downtime.isHidden()

    workstation.refresher.apply(DowntimeSettings(enabled=True, folder=folder, hours=4, keep=2))
    assert not workstation.refresher.busy  # the newest set is fresh: nothing to redo

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    workstation.banner.show_lost("server closed the connection")
    workstation.banner.downtime.click()
    assert [url.toLocalFile() for url in opened] == [str(made)]


def test_a_failed_refresh_says_so_and_keeps_nothing_half_written(
    qtbot, workstation: DowntimeOnWorkstation, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    DowntimeSettings(enabled=True, folder=blocker / "sheets").save()
    with qtbot.waitSignal(workstation.refresher.failed, timeout=60_000) as failed:
        workstation.start()
    assert "Cannot write the downtime sheets" in failed.args[0]
    assert "\n" not in failed.args[0]
    assert workstation.status.text() == "Downtime sheets not refreshed"
    assert workstation.status.property("state") == "failed"
    assert failed.args[0] in workstation.status.toolTip()
    assert workstation.banner.downtime.isHidden()


def test_a_folder_the_site_enforces_cannot_be_changed_here(
    qtbot, site_settings: Callable[[str], None]
) -> None:
    site_settings('downtime_folder = "/srv/downtime"\nenforce = ["downtime_folder"]\n')
    mine = DowntimeSettings(enabled=True, folder=Path("/home/me/sheets"))
    assert mine.where == Path("/srv/downtime")
    dialog = DowntimePrintingDialog(None, mine)
    qtbot.addWidget(dialog)
    assert dialog.folder.text() == "/srv/downtime" and dialog.folder.isReadOnly()
    assert not dialog.choose.isEnabled()
