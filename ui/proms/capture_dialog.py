"""Quick bedside capture of how the patient is: three optional 0–10 scores and what
matters to them today, in their own words. Saved through `proms.record_prom`; a
refusal (nothing scored, say) is shown calmly in the dialog, which stays open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain.bidi import isolate
from rounds_app.domain.names import called
from rounds_app.errors import RoundsError
from rounds_app.services import proms
from rounds_app.services.patient_card import patient_card
from rounds_app.services.proms import PromEntry
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common import window_size
from ui.common.error_text import error_text
from ui.common.labelled_rows import buddy_label
from ui.common.widgets import fill_placeholders, plain_label, without_mnemonic
from ui.common.window_size import FittingScrollArea
from ui.proms.measures import Measure, measure_anchors, measure_question
from ui.proms.score_picker import ScorePicker

log = subsystem_logger(__name__)


class PromCaptureDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, backend: Backend, admission_id: int, who: str
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._admission_id = admission_id
        self.setObjectName("promCaptureDialog")
        self.setWindowTitle(self.tr("How the patient is"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 20)
        layout.setSpacing(6)
        heading = plain_label(who, "dialogHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        # the questions scroll on a short screen; the heading and buttons stay in view
        body = QWidget()
        body.setObjectName("formBody")
        questions = QVBoxLayout(body)
        questions.setContentsMargins(0, 0, 0, 0)
        questions.setSpacing(6)
        intro = plain_label(
            self.tr(
                "How the patient is today, as they tell it. Ask only what fits; "
                "anything left at “Not asked” is not recorded."
            ),
            "dialogIntro",
        )
        intro.setWordWrap(True)
        questions.addWidget(intro)

        self.pickers: dict[Measure, ScorePicker] = {}
        for measure in Measure:
            picker = ScorePicker(without_mnemonic(measure_question(measure)))
            question = buddy_label(measure_question(measure), picker)
            self.pickers[measure] = picker
            questions.addSpacing(10)
            questions.addWidget(question)
            questions.addWidget(picker)
            questions.addWidget(plain_label(measure_anchors(measure), "scoreAnchors"))

        self.what_matters = QPlainTextEdit()
        self.what_matters.setObjectName("promWhatMatters")
        self.what_matters.setTabChangesFocus(True)
        self.what_matters.ensurePolished()  # measure in the stylesheet's font, not the default
        self.what_matters.setFixedHeight(self.what_matters.fontMetrics().lineSpacing() * 4 + 20)
        words = buddy_label(
            self.tr("&What matters to you today? (in their words)"), self.what_matters
        )
        questions.addSpacing(10)
        questions.addWidget(words)
        questions.addWidget(self.what_matters)

        scroll = FittingScrollArea(body)
        scroll.setObjectName("formScroll")
        layout.addWidget(scroll, 1)

        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.pickers[Measure.PAIN].setFocus()
        window_size.restore(self, "PromCaptureDialog")

    def entry(self) -> PromEntry:
        return PromEntry(
            pain=self.pickers[Measure.PAIN].value(),
            feeling=self.pickers[Measure.FEELING].value(),
            breathlessness=self.pickers[Measure.BREATHLESSNESS].value(),
            what_matters_today=self.what_matters.toPlainText().strip(),
        )

    def save(self) -> None:
        try:
            prom_id = self._backend.call(proms.record_prom, self._admission_id, self.entry())
        except RoundsError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        log.info("recorded PROM id %s for admission id %s", prom_id, self._admission_id)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, backend: Backend, admission_id: int) -> bool:
        """True when a reading was saved. Raises RoundsError when the patient cannot
        be read (gone, or no permission)."""
        admission = backend.call(patient_card, admission_id).admission
        who = called(admission.preferred_name, admission.given_name, admission.family_name)
        if admission.bed_label:
            who = fill_placeholders(
                QCoreApplication.translate("PromCaptureDialog", "%1, bed %2"),
                isolate(who),
                isolate(admission.bed_label),
            )
        dialog = cls(parent, backend, admission_id, who)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
