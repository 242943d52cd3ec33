"""Logging and the crash handler: ids and tracebacks in the log, no patient text."""

from __future__ import annotations

import logging
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rounds_app.crash_reports import unmentioned_report
from ui.common.messages import Notice
from ui.shell import diagnostics

SECRET = "Ελένη Παπαδοπούλου, MRN 7B0001"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    rounds_logger = logging.getLogger("rounds")
    before = list(rounds_logger.handlers)
    path = diagnostics.setup_logging(tmp_path / "logs")
    assert path is not None
    yield path
    for handler in rounds_logger.handlers[:]:
        if handler not in before:
            rounds_logger.removeHandler(handler)
            handler.close()


def _flush() -> None:
    for handler in logging.getLogger("rounds").handlers:
        handler.flush()


def test_setup_logging_writes_named_loggers_to_one_rotating_file(
    log_file: Path, tmp_path: Path
) -> None:
    handlers = len(logging.getLogger("rounds").handlers)
    assert diagnostics.setup_logging(tmp_path / "logs") == log_file
    assert len(logging.getLogger("rounds").handlers) == handlers  # no second handler
    logging.getLogger("rounds.ui").info("census of ward id %s", 7)
    _flush()
    assert "INFO rounds.ui: census of ward id 7" in log_file.read_text("utf-8")


def test_an_unwritable_log_folder_still_runs(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert diagnostics.setup_logging(blocker / "logs") is None


def _raise_with_cause() -> None:
    try:
        raise KeyError(SECRET)
    except KeyError as error:
        raise ValueError(SECRET) from error


def test_crash_handler_logs_types_and_traceback_but_no_message(
    qapp, log_file: Path, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        Notice, "ask", classmethod(lambda cls, p, title, text, *a: shown.append(text))
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    diagnostics.install_excepthook(log_file)
    try:
        _raise_with_cause()
    except ValueError:
        sys.excepthook(*sys.exc_info())
    _flush()
    logged = log_file.read_text("utf-8")
    assert "builtins.ValueError" in logged and "builtins.KeyError" in logged
    assert "_raise_with_cause" in logged
    assert "Ελένη" not in logged and "7B0001" not in logged
    assert len(shown) == 1
    assert "Your unsaved text is kept" in shown[0] and "already saved is safe" in shown[0]
    [report] = log_file.parent.glob("crash-*.txt")
    assert str(report) in shown[0]
    written = report.read_text("utf-8")
    assert "builtins.ValueError" in written and "_raise_with_cause" in written
    assert "PySide6" in written and "Rounds" in written
    assert SECRET not in written
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    # the next start mentions it once
    assert unmentioned_report(log_file.parent) == report
    assert unmentioned_report(log_file.parent) is None


def test_describe_exception_survives_a_cycle() -> None:
    first, second = ValueError(SECRET), KeyError(SECRET)
    first.__context__, second.__context__ = second, first
    described = diagnostics.describe_exception(first)
    assert described.count("builtins.ValueError") == 1
    assert SECRET not in described
