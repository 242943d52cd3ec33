"""The PostgreSQL server goes away in the middle of someone's typing and comes back:
the workstation says calmly that it is offline, keeps the text in the editor and in a
draft, refuses a save in one line, notices by itself when the server is back, and the
same text then saves with one more press of Save — nothing retyped, nothing lost.

The test runs the real client on a cluster of its own (tests/faults/pg_cluster.py),
since stopping the shared test server would break every other test using it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from rounds_app import paths
from rounds_app.domain.enums import CardField
from rounds_app.services import cards
from rounds_app.storage.database import Database, open_database
from tests.factories import PASSWORD, Ward, small_ward
from tests.faults import pg_cluster
from tests.faults.pg_cluster import ThrowawayCluster

# importing the ui fixtures module puts Qt offscreen before any window exists
from tests.ui.conftest import OFFSCREEN_NOISE
from ui.backend import Backend
from ui.card.draft_keeper import draft_key
from ui.shell.main_window import MainWindow

pytestmark = [pytest.mark.postgres, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, extend=True)]

FIELD = CardField.WORRIES
TYPED = "Worried the stairs at home are too much; "
MORE = "Η κόρη της μπορεί να μείνει μαζί της."  # not ASCII: keyClicks would crash on it
# the follower retries every 5 s on PostgreSQL (ui/connection/live.py); leave room for a slow CI box
OUTAGE_TIMEOUT_MS = 15_000


@pytest.fixture
def cluster() -> Iterator[ThrowawayCluster]:
    pg_cluster.require()
    server = ThrowawayCluster()
    try:
        server.start()
        yield server
    finally:
        server.remove()


@pytest.fixture
def database(cluster: ThrowawayCluster) -> Iterator[Database]:
    opened = open_database(cluster.url)
    yield opened
    opened.dispose()


@pytest.fixture
def ward(database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Ward:
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path / "data")  # drafts stay here
    return small_ward(database, patients=1)


def _dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


# cluster and database first: pytest tears down in reverse, so the window closes
# before the server it talks to is removed
def test_typing_survives_the_server_going_away_and_saves_when_it_is_back(
    cluster: ThrowawayCluster, database: Database, ward: Ward, qtbot
) -> None:
    backend = Backend(database)
    window = MainWindow(backend, backend.sign_in("charge", PASSWORD))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.census.table.selectRow(0)
    admission = ward.admission_ids[0]
    assert window.panel.admission_id == admission
    qtbot.waitUntil(lambda: window.follower.listening)

    panel = window.tabs.card.panels[FIELD]
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.editing
    editor = panel.edit_area.editor
    qtbot.keyClicks(editor, TYPED)
    editor.insertPlainText(MORE)
    words = TYPED + MORE

    cluster.stop()
    qtbot.waitUntil(window.banner.isVisible, timeout=OUTAGE_TIMEOUT_MS)
    assert "cannot be reached" in window.banner.message.text()
    assert panel.editing and panel.edit_area.text() == words
    key = draft_key(admission, FIELD)
    qtbot.waitUntil(lambda: backend.drafts().load(key) is not None)
    assert backend.drafts().load(key).data["text"] == words

    qtbot.mouseClick(panel.edit_area.save_button, Qt.MouseButton.LeftButton)
    error = panel.edit_area.error
    assert error.isVisible()
    assert "cannot be reached" in error.text() and "\n" not in error.text()
    assert error.textFormat() == Qt.TextFormat.PlainText
    assert panel.editing and panel.edit_area.text() == words
    assert _dialogs() == []

    cluster.start()
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=OUTAGE_TIMEOUT_MS)
    assert panel.editing and panel.edit_area.text() == words  # the reload kept the editor
    with qtbot.waitSignal(window.tabs.card.saved):
        qtbot.mouseClick(panel.edit_area.save_button, Qt.MouseButton.LeftButton)
    assert not panel.editing
    history = backend.call(cards.field_history, admission, FIELD)
    assert [r.text for r in history] == [words]
    assert backend.drafts().all() == []
    assert _dialogs() == []
