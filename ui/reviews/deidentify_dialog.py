"""Before a review is saved de-identified: each section as typed beside what will be
saved, so the team sees every name, date and identifier that will be replaced — and
anything the replacement missed — before choosing to save that way."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain.enums import ReviewSection
from ui.common import window_size
from ui.common.widgets import fill_placeholders, plain_label
from ui.reviews.sections_and_status import section_label


class DeidentifyPreviewDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        typed: dict[ReviewSection, str],
        replaced: dict[ReviewSection, str],
        *,
        for_saving: bool,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deidentifyPreview")
        self.setWindowTitle(self.tr("De-identified preview"))
        heading = plain_label(self.tr("What will be saved"), "dialogHeading")
        intro = plain_label(
            self.tr(
                "Names, dates of birth, admission dates and identifiers of the linked "
                "patient are replaced. Read the right-hand side for anything that still "
                "identifies someone."
            ),
            "dialogIntro",
        )
        intro.setWordWrap(True)
        page = QWidget()
        grid = QGridLayout(page)
        grid.setHorizontalSpacing(16)
        grid.addWidget(plain_label(self.tr("As typed"), "fieldLabel"), 0, 0)
        grid.addWidget(plain_label(self.tr("As it will be saved"), "fieldLabel"), 0, 1)
        row = 1
        for section in ReviewSection:
            before, after = typed.get(section, ""), replaced.get(section, "")
            if not before.strip():
                continue
            grid.addWidget(
                plain_label(section_label(section), "reviewPreviewSection"), row, 0, 1, 2
            )
            grid.addWidget(
                self._box(
                    before, fill_placeholders(self.tr("%1, as typed"), section_label(section))
                ),
                row + 1,
                0,
            )
            grid.addWidget(
                self._box(
                    after, fill_placeholders(self.tr("%1, de-identified"), section_label(section))
                ),
                row + 1,
                1,
            )
            row += 2
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)

        buttons = QDialogButtonBox()
        if for_saving:
            save = buttons.addButton(
                self.tr("&Save de-identified"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            save.setDefault(True)
            buttons.addButton(self.tr("&Go back"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        window_size.restore(
            self,
            "DeidentifyPreviewDialog",
            QSize(self.fontMetrics().averageCharWidth() * 130, self.fontMetrics().height() * 40),
        )

    def _box(self, text: str, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setReadOnly(True)
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        box.setMinimumHeight(box.fontMetrics().lineSpacing() * 4 + 16)
        return box

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        typed: dict[ReviewSection, str],
        replaced: dict[ReviewSection, str],
        *,
        for_saving: bool,
    ) -> bool:
        """True when the person chose to save the de-identified text (`for_saving`);
        a preview only always returns False."""
        dialog = cls(parent, typed, replaced, for_saving=for_saving)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
