"""The amendments of a final review, oldest first: the section, the text before struck
through, the text after, the reason, who and when. The strike-through needs rich text,
so every user string is escaped before it meets the markup."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QTextBrowser, QWidget

from rounds_app.services.reviews import ReviewAmendmentView
from ui.common import date_words
from ui.common.widgets import fill_placeholders
from ui.reviews.sections_and_status import section_label


def _text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class AmendmentsView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewAmendments")
        self.setAccessibleName(self.tr("Amendments"))
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)
        self.plain_lines: list[str] = []

    def set_amendments(self, amendments: Sequence[ReviewAmendmentView]) -> None:
        self.setVisible(bool(amendments))
        parts, self.plain_lines = [], []
        for item in sorted(amendments, key=lambda a: a.at):
            header = fill_placeholders(
                self.tr("%1 — amended by %2, %3"),
                section_label(item.section),
                item.by,
                date_words.stamp(item.at),
            )
            reason = fill_placeholders(self.tr("Reason: %1"), item.reason)
            parts.append(
                f"<p><b>{_text(header)}</b><br>"
                f"<s>{_text(item.before)}</s><br>"
                f"{_text(item.after)}<br>"
                f"<i>{_text(reason)}</i></p>"
            )
            # read aloud and searchable: "before" and "after" said in words
            self.plain_lines.append(
                fill_placeholders(
                    self.tr("%1. Before: %2. After: %3. %4"),
                    header,
                    item.before,
                    item.after,
                    reason,
                )
            )
        self.setHtml("".join(parts))
        self.setAccessibleDescription("\n".join(self.plain_lines))
