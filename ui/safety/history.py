"""Every saved state of one safety fact, newest first: who recorded it, when, and what
it said then."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from rounds_app.errors import RoundsError
from rounds_app.services.safety_facts import fact_history
from ui.backend import Backend
from ui.common import date_words, window_size
from ui.common.error_text import error_text
from ui.common.widgets import fill_placeholders, number_text, plain_label
from ui.shell import palette

_MUTED = palette.hex_colour("grey_680")  # who and when, under a version's title


class FactHistoryDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, backend: Backend, entity: str, entity_id: int, title: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("factHistoryDialog")
        self.setWindowTitle(fill_placeholders(self.tr("History of %1"), title))
        self.browser = QTextBrowser()
        self.browser.setObjectName("factHistoryText")
        self.browser.setAccessibleName(fill_placeholders(self.tr("Saved states of %1"), title))
        self.browser.setOpenLinks(False)
        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(plain_label(title, "dialogHeading"))
        layout.addWidget(self.error)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.ensurePolished()
        window_size.restore(
            self,
            "FactHistoryDialog",
            QSize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 30),
        )
        self.revisions: list[Any] = []
        try:
            self.revisions = backend.call(fact_history, entity, entity_id)
        except RoundsError as error:
            self.error.setText(error_text(error))
            self.error.show()
        self._render()
        self.browser.setFocus()

    def _render(self) -> None:
        if not self.revisions:
            self.browser.setHtml(html.escape(self.tr("Nothing has been saved here yet.")))
            return
        self.browser.setHtml("".join(self._block(r) for r in reversed(self.revisions)))

    def _block(self, revision: Any) -> str:
        title = fill_placeholders(self.tr("Version %1"), number_text(revision.version))
        who = revision.recorded_by or self.tr("unknown")
        lines = "".join(
            f"<tr><td style='color:{_MUTED}; padding-right:12px;'>{html.escape(str(name))}</td>"
            f"<td>{html.escape(_shown(value))}</td></tr>"
            for name, value in revision.values.items()
        )
        return (
            f"<h3 style='margin: 0;'>{html.escape(title)}</h3>"
            f"<p style='color:{_MUTED}; margin: 2px 0;'>"
            f"{html.escape(who)} · {html.escape(date_words.stamp(revision.recorded_at))}</p>"
            f"<table style='margin: 2px 0 16px 0;'>{lines}</table>"
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, backend: Backend, entity: str, entity_id: int, title: str
    ) -> None:
        dialog = cls(parent, backend, entity, entity_id, title)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "✓" if value else "—"
    return "" if value is None else str(value)
