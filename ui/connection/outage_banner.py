"""A strip across the top of the window while the database cannot be reached: it says
calmly what is happening and that nothing typed is lost, instead of one error box per
failed read."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.common.widgets import fill_placeholders, plain_label, plain_tooltip


class OutageBanner(QWidget):
    open_downtime = Signal()  # "Open the downtime sheets"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outageBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # the QSS paints it
        self.setAccessibleName(self.tr("Database connection"))
        self.message = plain_label(
            self.tr(
                "The database cannot be reached. Your typing is kept on this computer; "
                "Rounds keeps trying."
            ),
            "outageMessage",
        )
        self.message.setWordWrap(True)
        self.since = plain_label(name="outageSince")
        # paper for the ward while the outage lasts, when this workstation keeps it
        self.downtime = QPushButton(self.tr("&Open the downtime sheets"))
        self.downtime.setObjectName("openDowntime")
        self.downtime.clicked.connect(self.open_downtime)
        self.downtime.hide()
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.message)
        words.addWidget(self.since)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 10, 24, 10)
        layout.setSpacing(16)
        layout.addLayout(words, 1)
        layout.addWidget(self.downtime)
        self.hide()

    def offer_downtime(self, available: bool) -> None:
        """Shows the way to the downtime sheets while a set is there to open."""
        self.downtime.setVisible(available)

    def show_lost(self, reason: str) -> None:
        """Shows the banner; `reason` (the one-line error) goes in the tooltip for
        whoever looks after the server."""
        if self.isHidden():
            now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            self.since.setText(fill_placeholders(self.tr("Since %1."), now))
        self.setToolTip(plain_tooltip(reason))
        self.setAccessibleDescription(reason)
        self.show()

    def show_restored(self) -> None:
        self.hide()
        self.setToolTip("")
