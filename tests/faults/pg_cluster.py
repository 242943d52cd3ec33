"""A throwaway PostgreSQL cluster that a test may stop and start again, as a server
that goes away and comes back: the shared test server (ROUNDS_TEST_POSTGRES_URL) must
never be stopped, so the outage test runs its own.

initdb refuses to run as root, so the cluster belongs to the `postgres` user: its data
and socket folders are handed to that user and every pg_ctl runs through runuser."""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

SERVER_USER = "postgres"
COMMAND_TIMEOUT = 60  # seconds, for initdb and for pg_ctl waiting on the server
# --no-sync: a test cluster need not survive a power cut, only a stopped server
INITDB_OPTIONS = ("--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync")


def missing() -> str | None:
    """Why no cluster can be made here, or None when one can."""
    if os.geteuid() != 0:
        return "needs root: the cluster runs as the postgres user through runuser"
    if shutil.which("runuser") is None:
        return "runuser is not installed"
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        return "there is no postgres user"
    if _bin_dir() is None:
        return "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin"
    return None


def require() -> None:
    """Fails the test when no cluster can be made and PostgreSQL is required (as in
    tests/conftest.py), else skips it."""
    reason = missing()
    if reason is None:
        return
    if os.environ.get("ROUNDS_REQUIRE_POSTGRES") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _bin_dir() -> Path | None:
    found = [p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")]
    # the newest major version, compared as numbers ("9.6" < "15")
    return max(found, key=lambda p: float(p.parent.name), default=None)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ThrowawayCluster:
    """`initdb` in a temporary folder on a free port of 127.0.0.1, trust auth.
    `stop()` kills it as a crash or a pulled cable would (immediate mode), `start()`
    brings it back on the same port; `remove()` stops it and deletes everything."""

    def __init__(self, *, standby_of: ThrowawayCluster | None = None) -> None:
        bin_dir = _bin_dir()
        assert bin_dir is not None, missing()
        self._bin = bin_dir
        self.options: list[str] = []  # more server settings, as -c name=value
        self.root = Path(tempfile.mkdtemp(prefix="rounds-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sockets"
        self.log = self.root / "server.log"
        self.sockets.mkdir()
        server = pwd.getpwnam(SERVER_USER)
        for folder in (self.root, self.sockets):
            os.chown(folder, server.pw_uid, server.pw_gid)
        self.port = _free_port()
        self.url = f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{self.port}/postgres"
        self.running = False
        if standby_of is None:
            self._run(
                "initdb", f"--pgdata={self.data}", f"--username={SERVER_USER}", *INITDB_OPTIONS
            )
        else:
            # a streaming copy of a running primary, set up to follow it (-R)
            self._run(
                "pg_basebackup",
                f"--pgdata={self.data}",
                "--host=127.0.0.1",
                f"--port={standby_of.port}",
                f"--username={SERVER_USER}",
                "--wal-method=stream",
                "--write-recovery-conf",
                "--checkpoint=fast",
            )

    @property
    def pid(self) -> int:
        """The postmaster's process id (the first line of postmaster.pid)."""
        return int((self.data / "postmaster.pid").read_text().splitlines()[0])

    def _run(self, program: str, *args: object) -> None:
        command = ["runuser", "-u", SERVER_USER, "--", str(self._bin / program)]
        done = subprocess.run(
            command + [str(a) for a in args],
            cwd=self.root,  # the postgres user cannot enter root's working directory
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
        )
        if done.returncode != 0:
            tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{program} failed: {done.stderr or done.stdout}\n{tail}")

    def start(self) -> None:
        options = f"-k {self.sockets} -p {self.port} -c listen_addresses=127.0.0.1"
        options += "".join(f" -c {setting}" for setting in self.options)
        self._run(
            "pg_ctl", "start", "--wait", f"--pgdata={self.data}", f"--log={self.log}", "-o", options
        )
        self.running = True

    def stop(self) -> None:
        self._run("pg_ctl", "stop", "--wait", "--mode=immediate", f"--pgdata={self.data}")
        self.running = False

    def kill(self) -> None:
        """kill -9 of the postmaster, as a machine that dies would: no shutdown, and
        the server's own processes end as they notice it gone."""
        os.kill(self.pid, signal.SIGKILL)
        self.running = False

    def promote(self) -> None:
        """A standby becomes the primary (what Patroni or a managed service does)."""
        self._run("pg_ctl", "promote", "--wait", f"--pgdata={self.data}")

    def remove(self) -> None:
        try:
            if self.running:
                self.stop()
        except RuntimeError:
            pass  # already gone (killed): the folder goes anyway
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
