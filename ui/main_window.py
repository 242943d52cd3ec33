"""The main window: assembles the screens, the menus and the status bar. Each screen
lives in its own module; this file only wires them together."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from rounds_app.services.actor import Actor
from ui.backend import Backend
from ui.census_view import CensusView
from ui.patient_panel import PatientPanel
from ui.sign_in_dialog import SignInDialog
from ui.vocabulary import role_label
from ui.widgets import fill, plain_label

log = logging.getLogger("rounds.ui")


class MainWindow(QMainWindow):
    def __init__(self, backend: Backend, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor = actor
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Rounds"))
        self.setMinimumSize(960, 600)
        self.resize(1400, 900)

        self.census = CensusView(backend, actor)
        self.panel = PatientPanel(backend)
        self.panel.changed.connect(self.census.refresh)
        self.panel.failed.connect(self.statusBar().showMessage)
        self.census.admission_selected.connect(self.panel.show_admission)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.census)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)

        self.sign_out_action = QAction(self.tr("Sign &out…"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action = QAction(self.tr("&Quit"), self)
        # Ctrl+Q spelled out: QKeySequence.Quit is empty on Windows
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.census.refresh_action)
        file_menu.addSeparator()
        file_menu.addAction(self.sign_out_action)
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.census.find_action)

        self.signed_in = plain_label(name="signedIn")
        self.location = plain_label(backend.location, "databaseLocation")
        self.location.setToolTip(self.tr("Database location"))
        self.statusBar().addWidget(self.signed_in, 1)
        self.statusBar().addPermanentWidget(self.location)

        self._show_actor()
        self.census.reload_wards()

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        self._show_actor()
        self.census.set_actor(actor)

    def sign_out(self) -> None:
        """Clears the screen, then asks who signs in next; closes when nobody does."""
        log.info("signed out user id %s", self._actor.user_id)
        self.census.clear()
        self.panel.clear()
        self._backend.sign_out()
        self.signed_in.clear()
        actor = SignInDialog.ask(self, self._backend)
        if actor is None:
            self.close()
        else:
            self.set_actor(actor)

    def _show_actor(self) -> None:
        self.signed_in.setText(
            fill(
                self.tr("Signed in as %1 (%2)"),
                self._actor.display_name,
                role_label(self._actor.role),
            )
        )
