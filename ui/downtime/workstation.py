"""Downtime printing in the main window: the refresher, a status-bar note of the last
set written (or why the last try failed), the outage banner's way to the sheets, and
Admin ▸ Downtime printing."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMainWindow

from rounds_app.services.downtime import DowntimeSet
from ui.backend import Backend
from ui.common.widgets import fill_placeholders, plain_label, plain_tooltip
from ui.connection.outage_banner import OutageBanner
from ui.downtime.dialog import DowntimePrintingDialog
from ui.downtime.refresher import DowntimeRefresher
from ui.downtime.settings import DowntimeSettings
from ui.menus import catalogue
from ui.menus.action_set import ActionSet


class DowntimeOnWorkstation(QObject):
    def __init__(self, backend: Backend, window: QMainWindow, banner: OutageBanner) -> None:
        super().__init__(window)
        self._window = window
        self.banner = banner
        self.refresher = DowntimeRefresher(backend, self)
        self.actions = ActionSet(catalogue.DOWNTIME, self, window, backend)
        self.status: QLabel = plain_label(name="downtimeStatus")
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)
        self.refresher.written.connect(self._written)
        self.refresher.failed.connect(self._failed)
        banner.open_downtime.connect(self.open_sheets)

    def start(self) -> None:
        """Follows the saved setting; the banner offers whatever sets the folder holds."""
        self.refresher.apply(DowntimeSettings.load())
        self._offer()

    def stop(self) -> None:
        self.refresher.stop()

    def configure(self) -> None:
        """Admin ▸ Downtime printing."""
        chosen = DowntimePrintingDialog.ask(self._window, self.refresher.settings)
        if chosen is None:
            return
        chosen.save()
        self.refresher.apply(chosen)
        if not chosen.enabled:
            self.status.hide()
        self._offer()

    def open_sheets(self) -> None:
        """Opens the newest set's folder in the desktop's file manager."""
        newest = self.refresher.newest()
        if newest is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(newest)))

    def _offer(self) -> None:
        newest = self.refresher.newest()
        self.banner.offer_downtime(newest is not None)

    def _written(self, written: DowntimeSet) -> None:
        moment = QDateTime.fromSecsSinceEpoch(int(written.written_at.timestamp()))
        at = QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)  # local time
        self.status.setProperty("state", "ok")
        self.status.setText(fill_placeholders(self.tr("Downtime sheets: %1"), at))
        self.status.setToolTip(plain_tooltip(str(written.folder)))
        self._restyle()
        self._offer()

    def _failed(self, message: str) -> None:
        self.status.setProperty("state", "failed")
        self.status.setText(self.tr("Downtime sheets not refreshed"))
        self.status.setToolTip(plain_tooltip(message))
        self._restyle()

    def _restyle(self) -> None:
        self.status.show()
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
