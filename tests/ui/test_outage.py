"""When the database cannot be reached a calm banner says so, with no dialog and no
traceback; when it is back the banner goes and the screens catch up."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy.engine import make_url

from rounds_app.domain.enums import ContributionKind
from rounds_app.services import contributions
from rounds_app.storage.database import Database, open_database
from tests.ui.census_cells import badge_words
from tests.ui.ward_data import CHARGE, PASSWORD, build_ward
from ui.backend import Backend
from ui.connection.live import ChangeFollower
from ui.connection.outage_banner import OutageBanner
from ui.shell.main_window import MainWindow

BANNER = (
    "The database cannot be reached. Your typing is kept on this computer; Rounds keeps trying."
)


class Relay:
    """A TCP relay in front of the PostgreSQL server: `cut()` drops every connection
    and refuses new ones, as a server gone away would; `restore()` lets them through."""

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()  # the accepting thread adds, the test drops
        self._server = self._listen(0)
        self.port = self._server.getsockname()[1]

    def _listen(self, port: int) -> socket.socket:
        server = socket.create_server(("127.0.0.1", port))
        threading.Thread(target=self._accept, args=(server,), daemon=True).start()
        return server

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                client, _ = server.accept()
                upstream = socket.create_connection(self._target)
            except OSError:
                return  # cut
            with self._lock:
                self._sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        for end in (source, sink):
            end.close()

    def drop_connections(self) -> None:
        with self._lock:
            dropped, self._sockets = self._sockets, []
        for open_socket in dropped:
            try:
                open_socket.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by its pump

    def cut(self) -> None:
        # shutdown, not only close: it wakes the accepting thread and stops listening
        self._server.shutdown(socket.SHUT_RDWR)
        self._server.close()
        self.drop_connections()

    def restore(self) -> None:
        self._server = self._listen(self.port)


def _dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


@pytest.fixture
def moveable_db(tmp_path: Path) -> Iterator[tuple[Path, Database]]:
    """A SQLite database in a folder of its own, which the test takes away."""
    folder = tmp_path / "share"
    database = open_database(f"sqlite:///{folder / 'ward.sqlite3'}")
    yield folder, database
    database.dispose()


def test_sqlite_going_away_shows_the_banner_until_it_is_back(qtbot, moveable_db) -> None:
    folder, database = moveable_db
    ward = build_ward(database)
    backend = Backend(database)
    window = MainWindow(backend, backend.sign_in(CHARGE, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    window.census.table.selectRow(0)
    assert not window.banner.isVisible()

    away = folder.rename(folder.with_name("share-away"))
    database.dispose()  # a network share that goes away breaks the open connections too
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    assert window.banner.message.text() == BANNER
    assert window.banner.message.textFormat() == Qt.TextFormat.PlainText
    assert window.banner.since.text().startswith("Since ")
    assert "cannot be reached" in window.banner.toolTip()
    window.census.refresh_action.trigger()  # F5 while away: a calm line, not a box
    assert window.census.message.isVisible()
    assert "\n" not in window.census.message.text()
    assert window.census.model.rowCount() == 8  # the last good census stays
    assert _dialogs() == []

    elsewhere = open_database(f"sqlite:///{away / 'ward.sqlite3'}")
    with elsewhere.session() as s:  # a workstation that can still reach it saves meanwhile
        contributions.add_contribution(
            s, ward.charge, ward.admission_ids[0], text="x", kind=ContributionKind.UPDATE
        )
    elsewhere.dispose()
    away.rename(folder)
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=5000)
    assert not window.census.message.isVisible()
    assert "New: 1" in badge_words(window.census.model, 0)
    assert window.census.selected_admission_id() == ward.admission_ids[0]


def test_the_banner_shows_and_hides(qtbot) -> None:
    banner = OutageBanner()
    qtbot.addWidget(banner)
    banner.show_lost("The database cannot be reached (connection refused); nothing was saved.")
    assert not banner.isHidden()
    banner.show_restored()
    assert banner.isHidden() and banner.toolTip() == ""


@pytest.fixture
def relayed(db_url: str) -> Iterator[tuple[Relay, str]]:
    """The test database behind a relay the test can cut."""
    target = make_url(db_url)
    relay = Relay(target.host or "127.0.0.1", target.port or 5432)
    yield relay, target.set(host="127.0.0.1", port=relay.port).render_as_string(False)
    relay.cut()


@pytest.mark.parametrize("db_backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_postgresql_going_away_and_coming_back(qtbot, relayed, db_url: str) -> None:
    relay, through_relay = relayed
    direct = open_database(db_url)
    ward = build_ward(direct, 2)
    database = open_database(through_relay)
    # polls too seldom to be what brings the first change within a second
    follower = ChangeFollower(Backend(database), poll_ms=4000)
    banner = OutageBanner()
    qtbot.addWidget(banner)
    follower.connection_lost.connect(banner.show_lost)
    follower.connection_restored.connect(banner.show_restored)
    news: list[object] = []
    follower.changed.connect(news.append)
    follower.start()
    try:
        assert follower.listening
        relay.drop_connections()  # a blip: the listener reconnects, nothing is missed
        with direct.session() as s:
            contributions.add_contribution(
                s, ward.charge, ward.admission_ids[0], text="x", kind=ContributionKind.UPDATE
            )
        qtbot.waitUntil(lambda: len(news) == 1, timeout=1000)
        qtbot.waitUntil(lambda: follower.listening)

        relay.cut()
        qtbot.waitUntil(lambda: not banner.isHidden(), timeout=3000)
        qtbot.waitUntil(lambda: not follower.listening)
        relay.restore()
        qtbot.waitUntil(banner.isHidden, timeout=6000)  # the next retry
        qtbot.waitUntil(lambda: follower.listening)
    finally:
        follower.stop()
        database.dispose()
        direct.dispose()
