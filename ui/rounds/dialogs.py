"""The questions rounds mode asks: the time per patient when a round starts, and a
deliberate yes before names go on the projector or the round ends. Each has a
classmethod `ask` that tests replace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.common import window_size
from ui.common.labelled_rows import buddy_label
from ui.common.widgets import fill_placeholders, number_text, plain_label
from ui.common.words import Words

DEFAULT_MINUTES = 5


class StartRoundDialog(QDialog):
    def __init__(self, parent: QWidget | None, ward_name: str) -> None:
        super().__init__(parent)
        self.setObjectName("startRoundDialog")
        self.setWindowTitle(self.tr("Start a round"))
        heading = plain_label(fill_placeholders(self.tr("Round of %1"), ward_name), "dialogHeading")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutesPerPatient")
        self.minutes.setAccessibleName(self.tr("Minutes per patient"))
        self.minutes.setRange(1, 60)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        label = buddy_label(self.tr("&Time per patient"), self.minutes, name="")
        form = QFormLayout()
        form.addRow(label, self.minutes)
        buttons = QDialogButtonBox()
        start = buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.minutes.setFocus()
        window_size.restore(self, "StartRoundDialog")

    @classmethod
    def ask(cls, parent: QWidget | None, ward_name: str) -> int | None:
        """The target seconds per patient, or None when the round is not started."""
        dialog = cls(parent, ward_name)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.minutes.value() * 60
            return None
        finally:
            dialog.deleteLater()


class RoundsDialogs(Words):
    """The translators' context of these words."""


def _confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    # the safe answer is the default: a stray Enter from a clicker changes nothing
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    try:
        box.exec()
        return box.clickedButton() is accept
    finally:
        box.deleteLater()


class ConfirmReveal:
    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        """Whether to put full names on the ward-room screen."""
        return _confirm(
            parent,
            RoundsDialogs.tr("Show full names?"),
            RoundsDialogs.tr(
                "Full names will show on the ward-room screen for everyone in the room "
                "to read. Only do this when everyone there may see them."
            ),
            RoundsDialogs.tr("Show names"),
            RoundsDialogs.tr("Keep initials"),
        )


class ConfirmRevealSafety:
    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        """Whether to put code status and allergies on the ward-room screen."""
        return _confirm(
            parent,
            RoundsDialogs.tr("Show code status and allergies?"),
            RoundsDialogs.tr(
                "Resuscitation status, ceiling of treatment and allergies will show on the "
                "ward-room screen for everyone in the room to read. Only do this when "
                "everyone there may see them."
            ),
            RoundsDialogs.tr("Show them"),
            RoundsDialogs.tr("Keep them hidden"),
        )


class ConfirmEnd:
    @classmethod
    def ask(cls, parent: QWidget | None, not_reached: int) -> bool:
        """Whether to end the round; `not_reached` patients were never on the screen."""
        text = RoundsDialogs.tr("End the round? The summary shows next.")
        if not_reached:
            text = fill_placeholders(
                RoundsDialogs.tr("End the round? Patients not reached yet: %1."),
                number_text(not_reached),
            )
        return _confirm(
            parent,
            RoundsDialogs.tr("End the round"),
            text,
            RoundsDialogs.tr("End the round"),
            RoundsDialogs.tr("Keep going"),
        )
