"""Starting the desktop app: logging, crash handling, the stylesheet, the database,
sign-in (or, on a database with no accounts yet, its first administrator), then the
main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from rounds_app import paths
from rounds_app.crash_reports import unmentioned_report
from rounds_app.resource_files import resource_path
from rounds_app.services.opening import Database, open_database
from rounds_app.subsystem_log import subsystem_logger
from ui.access.first_admin_dialog import FirstAdminDialog
from ui.access.idle_lock import lock_after_ms
from ui.access.sign_in_dialog import SignInDialog
from ui.backend import Backend
from ui.common.messages import Notice
from ui.common.widgets import fill_placeholders
from ui.common.words import Words
from ui.shell.auto_backup import AutoBackup
from ui.shell.diagnostics import install_excepthook, setup_logging
from ui.shell.language import chosen_language, install_language
from ui.shell.main_window import MainWindow
from ui.shell.style import apply_stylesheet, load_fonts

log = subsystem_logger(__name__)

EXIT_OK = 0
CRASH_NOTE_MS = 60_000  # long enough to be read, then the status bar is free again
EXIT_NO_DATABASE = 1


def application_icon() -> QIcon:
    """The Rounds icon at every size it is drawn in (resources/icons/hicolor)."""
    icon = QIcon()
    for png in sorted(resource_path("icons", "hicolor").glob("*/apps/rounds.png")):
        icon.addFile(str(png))
    return icon


class App(Words):
    """The translators' context of these words."""


def _open_demo() -> tuple[Database, str]:
    """A fresh demo ward in its own file; prints the accounts once and returns the
    charge nurse's username to prefill sign-in."""
    # the demo content is only needed for --demo, so it is imported only then
    from rounds_app.demo import create_demo

    path = paths.demo_database_path()
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    database = open_database(paths.sqlite_url(path))
    try:
        accounts = create_demo(database)
    except BaseException:
        database.dispose()
        raise
    print(f"Rounds demo ward: {path}")
    for line in accounts.password_lines():
        print(line)
    sys.stdout.flush()
    return database, next((name for name in accounts.passwords if "charge" in name), "")


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else ""


def _open(db: str | None, demo: bool) -> tuple[Database, str]:
    if demo:
        return _open_demo()
    return open_database(paths.database_url(db)), ""


def _mention_last_crash(window: MainWindow, log_file: Path | None) -> None:
    """Once, after a crash: says a report was written, for whoever looks after Rounds."""
    report = unmentioned_report(log_file.parent) if log_file else None
    if report is not None:
        window.statusBar().showMessage(
            fill_placeholders(
                App.tr("Rounds closed unexpectedly last time; a report is in %1"), str(report)
            ),
            CRASH_NOTE_MS,
        )


def run_app(
    db: str | None,
    demo: bool,
    lock_after_minutes: float | None = None,
    language: str | None = None,
) -> int:
    """Runs the desktop client; returns the process exit code (0 fine, 1 the database
    could not be opened). A brand-new database asks for its first administrator,
    who goes straight on to the main window."""
    log_file = setup_logging(paths.log_dir())
    install_excepthook(log_file)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Rounds")
    app.setOrganizationName("Rounds")
    app.setWindowIcon(application_icon())
    install_language(chosen_language(language))
    load_fonts()
    apply_stylesheet(app)

    try:
        database, username = _open(db, demo)
    except Exception as error:  # any failure to open is reported in one line, not a trace
        log.error("cannot open the database: %s", type(error).__name__)
        reason = _first_line(error) or App.tr("check the path or the server address.")
        Notice.ask(
            None,
            App.tr("Rounds"),
            fill_placeholders(App.tr("Rounds could not open the database: %1"), reason),
            QMessageBox.Icon.Warning,
        )
        return EXIT_NO_DATABASE

    backend = Backend(database)
    try:
        if backend.has_users():
            actor = SignInDialog.ask(None, backend, username)
        else:
            actor = FirstAdminDialog.ask(None, backend)
        if actor is None:
            return EXIT_OK
        window = MainWindow(backend, actor, lock_after_ms=lock_after_ms(lock_after_minutes))
        AutoBackup.start(database.url, window)  # a SQLite file only; the window owns it
        window.show()
        _mention_last_crash(window, log_file)
        return app.exec()
    finally:
        backend.close()
