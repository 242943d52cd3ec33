"""What the fault tests share: a seed to replay a run, and worker processes
(tests/faults/workers.py) whose output is read line by line with a deadline instead of
sleeping. How big they run is tests/sizes.py's."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# generous: a slow CI machine may take seconds to start a worker; a hang still fails
LINE_TIMEOUT = 60.0


def run_seed() -> int:
    """ROUNDS_FAULTS_SEED replays a run; otherwise each run explores a new one. Every
    failure message names the seed."""
    return int(os.environ.get("ROUNDS_FAULTS_SEED") or random.SystemRandom().randrange(10**6))


class Worker:
    """A `python -m tests.faults.workers ...` process. Threads drain its stdout into a
    queue and its stderr into a list, so reading never blocks past a deadline and a
    chatty worker never stalls on a full pipe."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.workers", *args],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.errors: list[str] = []
        self._readers = [
            threading.Thread(target=self._drain_stdout, daemon=True),
            threading.Thread(target=self._drain_stderr, daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    def _drain_stdout(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)  # end of output

    def _drain_stderr(self) -> None:
        assert self.process.stderr is not None
        self.errors.extend(self.process.stderr)

    @property
    def pid(self) -> int:
        return self.process.pid

    def line(self, timeout: float = LINE_TIMEOUT) -> str:
        """The next output line; fails with the worker's stderr if it ended or hung."""
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"worker {self.pid} said nothing for {timeout} s") from None
        if line is None:
            self.process.wait(timeout)
            self._join()
            raise AssertionError(
                f"worker {self.pid} ended ({self.process.returncode}): {self.stderr()}"
            )
        return line

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)

    def finish(self, timeout: float = LINE_TIMEOUT) -> list[str]:
        """Waits for the exit; returns the output lines not read yet."""
        if self.process.stdin is not None and not self.process.stdin.closed:
            try:
                self.process.stdin.close()
            except BrokenPipeError:
                pass  # it is gone already
        self.process.wait(timeout)
        self._join()
        rest = []
        while not self.lines.empty() and (line := self.lines.get_nowait()) is not None:
            rest.append(line)
        return rest

    def _join(self) -> None:
        for reader in self._readers:
            reader.join(LINE_TIMEOUT)

    def stderr(self) -> str:
        return "".join(self.errors)[-4000:]


@pytest.fixture
def spawn() -> Iterator[Callable[..., Worker]]:
    """Starts workers; any still running when the test ends is killed (by its own pid)."""
    started: list[Worker] = []

    def start(*args: str) -> Worker:
        started.append(Worker(*args))
        return started[-1]

    yield start
    for worker in started:
        if worker.process.poll() is None:
            worker.kill()
            worker.process.wait(LINE_TIMEOUT)
