"""Logging and crash handling for the desktop client.

Logs carry ids, exception types and tracebacks, never patient text: exception
messages are left out because a service's message may quote what a user typed."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from rounds_app.crash_reports import write_report
from rounds_app.domain.clock import utc_now
from rounds_app.subsystem_log import ROOT, subsystem_logger
from ui.common.messages import Notice
from ui.common.widgets import fill_placeholders

log = subsystem_logger(__name__)

LOG_FILE_NAME = "rounds.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_CONSOLE = "rounds.console"  # the handler's name, so a second setup adds no twin


def setup_logging(directory: Path) -> Path | None:
    """Sends every `rounds.*` logger to a rotating file in `directory` (and warnings
    to stderr). Returns the file, or None when the folder cannot be written — the app
    still runs, logging to stderr only. Calling it again adds no second handler."""
    root = logging.getLogger(ROOT)
    root.setLevel(logging.INFO)
    if not any(h.name == _CONSOLE for h in root.handlers):
        console = logging.StreamHandler()
        console.name = _CONSOLE
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(console)
    path = directory / LOG_FILE_NAME
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        root.warning("cannot write the log folder; logging to the console only")
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    return path


def describe_exception(error: BaseException) -> str:
    """Type names and tracebacks of an exception and its causes, without messages."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        parts.append(f"{kind.__module__}.{kind.__qualname__}")
        parts.extend(traceback.format_tb(current.__traceback__))
        current = current.__cause__ or current.__context__
    return "".join(part if part.endswith("\n") else part + "\n" for part in parts)


class _CrashHandler:
    def __init__(self, log_file: Path | None) -> None:
        self._log_file = log_file
        self._showing = False  # an error inside the dialog must not open another one

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if error.__traceback__ is None:
            error.__traceback__ = tb
        described = describe_exception(error)
        log.error("unhandled exception: %s", described)
        report = self._report(described)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            Notice.ask(
                None,
                QCoreApplication.translate("Diagnostics", "Rounds"),
                self._text(report),
                QMessageBox.Icon.Warning,
            )
        finally:
            self._showing = False

    def _report(self, described: str) -> Path | None:
        if self._log_file is None:
            return None
        versions = {"Qt": qVersion(), "PySide6": PySide6.__version__}
        try:
            report = write_report(self._log_file.parent, utc_now(), described, versions)
        except OSError as failure:
            log.warning("crash report not written: %s", type(failure).__name__)
            return None
        log.info("crash report written: %s", report.name)
        return report

    def _text(self, report: Path | None) -> str:
        where = report or self._log_file
        return fill_placeholders(
            QCoreApplication.translate(
                "Diagnostics",
                "Rounds hit a problem. Your unsaved text is kept, and everything already "
                "saved is safe. You can carry on; if the screen looks wrong, restart "
                "Rounds. A report for your IT team (it holds no patient details): %1",
            ),
            str(where) if where else "-",
        )


def install_excepthook(log_file: Path | None) -> None:
    sys.excepthook = _CrashHandler(log_file)
