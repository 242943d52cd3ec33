"""The primary PostgreSQL server dies (kill -9) while workstations save, and its
synchronous standby is promoted, as Patroni or a managed service would do it. The
workstations name both servers in one URL (`host=a&host=b`, target_session_attrs=
read-write), so they find the new primary by themselves.

What must hold: every save a workstation was told had succeeded is on the new
primary; the workstation shows the outage banner, then reconnects on its own within
15 s of the promotion; its change feed goes on without a gap; and what was being typed
is kept (in the editor and a draft) and saves on the new primary.

CI runs a few saving workstations; ROUNDS_FAULTS_FULL=1 runs more, for longer."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from rounds_app import paths
from rounds_app.domain.enums import CardField
from rounds_app.errors import RoundsError
from rounds_app.live import latest_position
from rounds_app.services import cards, contributions
from rounds_app.services.actor import Actor
from rounds_app.storage.database import open_database
from rounds_app.storage.models import Contribution
from tests.factories import PASSWORD, Ward, small_ward
from tests.faults import pg_cluster
from tests.faults.pg_cluster import ThrowawayCluster
from tests.sizes import sized

# importing the ui fixtures module puts Qt offscreen before any window exists
from tests.ui.conftest import OFFSCREEN_NOISE
from ui.backend import Backend
from ui.card.draft_keeper import draft_key
from ui.shell.main_window import MainWindow

pytestmark = [pytest.mark.postgres, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, extend=True)]

SAVERS = sized(3, 8)
SAVES_BEFORE = sized(3, 20)  # each, before the primary dies
SAVES_AFTER = sized(3, 20)  # each, on the new primary
RECONNECT_S = 15
WAIT_MS = 60_000  # for the savers' progress: a slow machine, not a hang
FIELD = CardField.HOPES
TYPED = "Hopes to be home for her granddaughter's birthday — Ελένη"


def _wait_for_sync(primary: ThrowawayCluster) -> None:
    """Until the standby streams synchronously, so an acknowledged commit is on both."""
    url = f"host=127.0.0.1 port={primary.port} user={pg_cluster.SERVER_USER} dbname=postgres"
    deadline = time.monotonic() + 60
    with psycopg.connect(url, autocommit=True) as connection:
        while time.monotonic() < deadline:
            row = connection.execute("SELECT sync_state FROM pg_stat_replication").fetchone()
            if row and row[0] == "sync":
                return
            threading.Event().wait(0.1)  # the standby is still catching up
    raise AssertionError("the standby never became synchronous")


@pytest.fixture
def pair() -> Iterator[tuple[ThrowawayCluster, ThrowawayCluster]]:
    pg_cluster.require()
    primary = ThrowawayCluster()
    standby: ThrowawayCluster | None = None
    try:
        # every commit waits for the standby's flush: what was acknowledged survives
        primary.options = ["synchronous_standby_names=*", "wal_level=replica"]
        primary.start()
        standby = ThrowawayCluster(standby_of=primary)
        standby.start()
        _wait_for_sync(primary)
        yield primary, standby
    finally:
        for server in (standby, primary):
            if server is not None:
                server.remove()


def _both(primary: ThrowawayCluster, standby: ThrowawayCluster) -> str:
    hosts = f"host=127.0.0.1:{primary.port}&host=127.0.0.1:{standby.port}"
    return f"postgresql+psycopg://{pg_cluster.SERVER_USER}@/postgres?{hosts}" + (
        "&target_session_attrs=read-write"
    )


class Saver(threading.Thread):
    """A workstation adding entries as fast as it can. A save counts as acknowledged
    only once add_contribution returned; a refused one is tried again, as a person
    pressing Save again would."""

    def __init__(self, url: str, actor: Actor, admission: int, number: int) -> None:
        super().__init__(daemon=True)
        self.url, self.actor, self.admission, self.number = url, actor, admission, number
        self.acknowledged: list[tuple[int, str]] = []  # (entry id, text)
        self.refused = 0
        self.first_after: dict[float, float] = {}  # since → the first ack after it
        self.stop = threading.Event()

    def run(self) -> None:
        db = open_database(self.url, migrate=False)
        try:
            attempt = 0
            while not self.stop.is_set():
                text = f"workstation {self.number} save {attempt}"
                attempt += 1
                try:
                    with db.session() as s:
                        entry = contributions.add_contribution(
                            s, self.actor, self.admission, text=text, kind="update"
                        )
                except RoundsError:
                    self.refused += 1
                    self.stop.wait(0.05)  # the server is away: try again shortly
                    continue
                self.acknowledged.append((entry, text))
                for since in self.first_after:
                    self.first_after[since] = self.first_after[since] or time.monotonic()
        finally:
            db.dispose()

    def watch_from(self, moment: float) -> None:
        self.first_after[moment] = 0.0


def test_a_failover_loses_no_acknowledged_save_and_the_workstation_follows(
    pair: tuple[ThrowawayCluster, ThrowawayCluster], qtbot, tmp_path: Path, monkeypatch
) -> None:
    primary, standby = pair
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path / "data")  # drafts stay here
    url = _both(primary, standby)
    database = open_database(url)
    try:
        ward: Ward = small_ward(database, patients=min(SAVERS, 6))  # a bed each, or shared
        backend = Backend(database)
        window = MainWindow(backend, backend.sign_in("charge", PASSWORD))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        seen: list[int] = []  # the ward's change numbers, as the workstation read them
        window.follower.changed.connect(
            lambda changes: seen.extend(c.seq for c in changes if c.chain == ward.ward_id)
        )
        qtbot.waitUntil(lambda: window.follower.listening)
        window.census.table.selectRow(0)
        panel = window.tabs.card.panels[FIELD]
        qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
        panel.edit_area.editor.insertPlainText(TYPED)

        savers = [
            Saver(url, ward.nurse, ward.admission_ids[n % len(ward.admission_ids)], n)
            for n in range(SAVERS)
        ]
        for saver in savers:
            saver.start()
        qtbot.waitUntil(
            lambda: all(len(s.acknowledged) >= SAVES_BEFORE for s in savers), timeout=WAIT_MS
        )

        primary.kill()
        qtbot.waitUntil(window.banner.isVisible, timeout=RECONNECT_S * 1000)
        key = draft_key(ward.admission_ids[0], FIELD)
        qtbot.waitUntil(lambda: backend.drafts().load(key) is not None)
        assert panel.editing and panel.edit_area.text() == TYPED
        standby.promote()
        promoted = time.monotonic()
        counts = [len(s.acknowledged) for s in savers]
        for saver in savers:
            saver.watch_from(promoted)

        qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=RECONNECT_S * 1000)
        banner_back = time.monotonic() - promoted
        qtbot.waitUntil(
            lambda: all(
                len(s.acknowledged) >= n + SAVES_AFTER for s, n in zip(savers, counts, strict=True)
            ),
            timeout=WAIT_MS,
        )
        for saver in savers:
            saver.stop.set()
        for saver in savers:
            saver.join(WAIT_MS / 1000)
        reconnected = [s.first_after[promoted] - promoted for s in savers]
        assert max(reconnected) <= RECONNECT_S, reconnected

        with qtbot.waitSignal(window.tabs.card.saved):
            qtbot.mouseClick(panel.edit_area.save_button, Qt.MouseButton.LeftButton)
        assert backend.drafts().all() == []

        # every acknowledged save is on the new primary, and nothing else is missing
        acknowledged = {entry: text for s in savers for entry, text in s.acknowledged}
        new_primary = open_database(standby.url, migrate=False)
        try:
            with new_primary.session() as s:
                stored = dict(
                    s.execute(
                        select(Contribution.id, Contribution.text).where(
                            Contribution.id.in_(list(acknowledged))
                        )
                    ).all()
                )
                latest = dict(latest_position(s).seen)[ward.ward_id]
        finally:
            new_primary.dispose()
        assert stored == acknowledged, f"lost: {sorted(set(acknowledged) - set(stored))}"

        # the workstation's change feed: from where it started to the end, no gap
        qtbot.waitUntil(lambda: bool(seen) and seen[-1] == latest, timeout=RECONNECT_S * 1000)
        assert seen == list(range(seen[0], latest + 1))
        history = backend.call(cards.field_history, ward.admission_ids[0], FIELD)
        assert [r.text for r in history] == [TYPED]
        print(
            f"\nfailover: {len(acknowledged)} acknowledged saves, 0 lost; banner gone "
            f"{banner_back:.1f} s after the promotion; workstations saving again after "
            f"{min(reconnected):.1f}–{max(reconnected):.1f} s"
        )
        window.close()
    finally:
        database.dispose()
