"""`rounds-app rounds` (sign in, then rounds mode on a ward) and `rounds-app render`
(the ward-room view of one patient drawn to a PNG, with no display and no sign-in).

Expected failures — an unknown ward or bed, a database that cannot be opened — end in
one line on stderr and exit code 1, as every rounds-app command does."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from rounds_app import paths
from rounds_app.cli.opening import database
from rounds_app.errors import RoundsError, ValidationError
from rounds_app.services.actor import Actor
from rounds_app.services.audience import AudienceSlide, audience_slides
from rounds_app.services.opening import Database
from rounds_app.services.wards import WardView
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend

log = subsystem_logger(__name__)

EXIT_OK, EXIT_ERROR = 0, 1


class ToolBackend(Backend):
    """A Backend acting for a command-line tool, with no one signed in: `render` only
    reads (Actor.system)."""

    def __init__(self, db: Database, tool: str) -> None:
        super().__init__(db)
        # the tool is who is signed in, so `actor` and `may` both answer for it
        self._actor = Actor.system(tool)


def run_screen_command(args: argparse.Namespace) -> int:
    try:
        with database(args) as db:
            if args.command == "render":
                return _render(args, ToolBackend(db, "render"))
            return _rounds(args, Backend(db))
    except RoundsError as error:
        print(f"rounds-app: {error}", file=sys.stderr)
        return EXIT_ERROR


def choose_ward(wards: list[WardView], wanted: str | None) -> WardView:
    """The ward named by code or id; the first when none is named."""
    if not wards:
        raise ValidationError("This database has no wards yet.")
    if wanted is None:
        return wards[0]
    for ward in wards:
        if wanted.casefold() == ward.code.casefold() or wanted == str(ward.id):
            return ward
    raise ValidationError(f"There is no ward '{wanted}'.")


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or not (
        200 <= int(width) <= 8192 and 200 <= int(height) <= 8192
    ):
        raise ValidationError(f"--size '{text}' is not WIDTHxHEIGHT (200 to 8192), e.g. 1920x1080.")
    return int(width), int(height)


def _chosen_slide(slides: list[AudienceSlide], bed: str | None, ward: WardView) -> int:
    if not slides:
        raise ValidationError(f"Ward {ward.code} has no patients to show.")
    if bed is None:
        return 0
    for index, slide in enumerate(slides):
        if slide.bed_label is not None and slide.bed_label.casefold() == bed.casefold():
            return index
    raise ValidationError(f"No patient is in bed '{bed}' on ward {ward.code}.")


def _render(args: argparse.Namespace, backend: ToolBackend) -> int:
    width, height = _size(args.size)
    ward = choose_ward(backend.wards(backend.actor), args.ward)
    slides = backend.call(audience_slides, ward.id, reveal_names=args.reveal_names)
    index = _chosen_slide(slides, args.patient, ward)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts

    # Qt only now: the argument and data errors above need no display
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from ui.common.pdf_files import write_atomically
    from ui.rounds.audience_view import AudienceView
    from ui.shell.language import chosen_language, install_language
    from ui.shell.style import load_fonts

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # alive while drawing
    install_language(chosen_language(args.language))
    load_fonts()
    view = AudienceView()
    try:
        view.resize(width, height)
        view.show_slide(slides[index], index, len(slides), date.today())
        image = QImage(width, height, QImage.Format.Format_RGB32)
        view.render(image)
    finally:
        view.deleteLater()
    png = QByteArray()
    buffer = QBuffer(png)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ValidationError(f"Cannot write {args.out}.")
    # the screen can show names (--reveal-names): owner-only, as every printed page
    write_atomically(Path(args.out), png.data())
    log.info("rendered the rounds view of ward id %s", ward.id)
    return EXIT_OK


def _rounds(args: argparse.Namespace, backend: Backend) -> int:
    from PySide6.QtWidgets import QApplication

    from ui.access.idle_lock import lock_after_ms
    from ui.access.sign_in_dialog import SignInDialog
    from ui.rounds.mode import RoundsMode
    from ui.shell.diagnostics import install_excepthook, setup_logging
    from ui.shell.language import chosen_language, install_language
    from ui.shell.style import apply_stylesheet, load_fonts

    install_excepthook(setup_logging(paths.log_dir()))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Rounds")
    app.setOrganizationName("Rounds")
    install_language(chosen_language(args.language))
    load_fonts()
    apply_stylesheet(app)
    if not backend.has_users():
        raise ValidationError(
            "This database has no accounts yet: open the desktop app to create the first one."
        )
    if SignInDialog.ask(None, backend) is None:
        return EXIT_OK
    ward = choose_ward(backend.wards(backend.actor), args.ward)
    mode = RoundsMode.start(backend, ward.id)
    if mode is None:
        return EXIT_OK
    mode.lock_on_its_own(lock_after_ms(args.lock_after))
    mode.finished.connect(app.quit)
    return app.exec()
