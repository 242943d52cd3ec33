"""The quick-add box under the timeline: write an entry, say whose voice it is and what
kind, mark it sensitive if need be, and add it (Ctrl+Enter).

What is typed is kept as a local draft per patient (a crash or a lost connection loses
no word) and is never touched by a live refresh of the card."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain.enums import ContributionKind, Discipline
from rounds_app.domain.sharing import shared_by_default, voice_of
from rounds_app.errors import RoundsError
from rounds_app.services import contributions
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common.discipline_labels import discipline_label, kind_label
from ui.common.error_text import error_text
from ui.common.labelled_rows import buddy_label
from ui.common.widgets import fill_placeholders, plain_label
from ui.menus import catalogue
from ui.menus.action_set import make_action

log = subsystem_logger(__name__)

DRAFT_DELAY_MS = 700  # typing pauses this long before the draft is written to disk
# voices a nurse writes down for others, as the design describes
RECORDED_FOR_OTHERS = (Discipline.FAMILY_CARER, Discipline.PATIENT)


def draft_key(admission_id: int) -> str:
    return f"contribution:{admission_id}"


class QuickAddBox(QFrame):
    added = Signal()  # an entry was written through the services

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._admission_id: int | None = None
        self._loading = False  # programmatic changes are not the user's typing
        self.setObjectName("quickAdd")

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("quickAddText")
        self.editor.setAccessibleName(self.tr("New entry"))
        self.editor.setPlaceholderText(self.tr("What should the team know?"))
        self.editor.setTabChangesFocus(True)  # Tab moves on; Enter starts a new line
        self.editor_label = buddy_label(self.tr("&New entry"), self.editor)

        self.discipline_picker = QComboBox()
        self.discipline_picker.setObjectName("quickAddDiscipline")
        self.discipline_picker.setAccessibleName(self.tr("Discipline"))
        discipline_label_ = buddy_label(self.tr("Discip&line"), self.discipline_picker)
        self.kind_picker = QComboBox()
        self.kind_picker.setObjectName("quickAddKind")
        self.kind_picker.setAccessibleName(self.tr("Kind of entry"))
        for kind in ContributionKind:
            self.kind_picker.addItem(kind_label(kind), kind)
        kind_label_ = buddy_label(self.tr("&Kind"), self.kind_picker)
        self.sensitive = QCheckBox(self.tr("Sensi&tive"))
        self.sensitive.setObjectName("quickAddSensitive")
        self.sensitive.setToolTip(
            self.tr("A sensitive entry is never shown on the ward-room screen")
        )
        self.share = QCheckBox(self.tr("Share with patient"))
        self.share.setObjectName("quickAddShare")
        self.share.setAccessibleName(self.tr("Share this entry with the patient"))
        self.share.setToolTip(self.tr("Print this entry on the patient's own copy"))

        self.add_action = make_action(catalogue.QUICK_ADD, self, self)
        # Enter on the keypad too
        self.add_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.add_action)
        self.add_button = QPushButton(self.tr("A&dd"))
        self.add_button.setObjectName("quickAddButton")
        self.add_button.setToolTip(
            fill_placeholders(
                self.tr("Add the entry to the timeline (%1)"),
                QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.add_button.clicked.connect(self.add)

        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self.editor.textChanged.connect(self._edited)
        self.discipline_picker.currentIndexChanged.connect(self._edited)
        self.kind_picker.currentIndexChanged.connect(self._edited)
        self.sensitive.toggled.connect(self._edited)
        self.discipline_picker.currentIndexChanged.connect(self._share_by_default)

        # the pickers on one row, the marks and Add on the next: in one row they would
        # hold the patient panel wider than a laptop leaves it beside the census
        pickers = QHBoxLayout()
        pickers.setSpacing(10)
        pickers.addWidget(discipline_label_)
        pickers.addWidget(self.discipline_picker)
        pickers.addSpacing(12)
        pickers.addWidget(kind_label_)
        pickers.addWidget(self.kind_picker)
        pickers.addStretch(1)
        marks = QHBoxLayout()
        marks.setSpacing(18)
        marks.addWidget(self.sensitive)
        marks.addWidget(self.share)
        marks.addStretch(1)
        marks.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.editor_label)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        layout.addLayout(pickers)
        layout.addLayout(marks)

        # four lines tall: room to write a paragraph, while the timeline keeps the space
        self.editor.ensurePolished()
        self.editor.setFixedHeight(round(self.editor.fontMetrics().lineSpacing() * 4.6))

        QWidget.setTabOrder(self.editor, self.discipline_picker)
        QWidget.setTabOrder(self.discipline_picker, self.kind_picker)
        QWidget.setTabOrder(self.kind_picker, self.sensitive)
        QWidget.setTabOrder(self.sensitive, self.share)
        QWidget.setTabOrder(self.share, self.add_button)

    def _share_by_default(self) -> None:
        """Whose words the entry holds decides the mark it starts with."""
        discipline = self.discipline_picker.currentData()
        if discipline is not None:
            self.share.setChecked(shared_by_default(voice_of(Discipline(discipline))))

    def set_disciplines(self, own: Discipline | None) -> None:
        """The voices this user may write in: their own first (chosen), and for a
        nurse the family's and the patient's words; everyone's when they have none."""
        if own is None:
            choices = list(Discipline)
        else:
            choices = [own] + (list(RECORDED_FOR_OTHERS) if own is Discipline.NURSING else [])
        self._loading = True
        try:
            self.discipline_picker.clear()
            for discipline in choices:
                self.discipline_picker.addItem(discipline_label(discipline), discipline)
        finally:
            self._loading = False
        self.discipline_picker.setEnabled(len(choices) > 1)

    def set_admission(self, admission_id: int | None) -> None:
        """Shows another patient's box: the draft of the one before is saved, this
        one's is restored (an empty box when there is none)."""
        if admission_id == self._admission_id:
            return
        if self._draft_timer.isActive():
            self.save_draft()
        self._admission_id = admission_id
        draft = self._drafts_load(admission_id) if admission_id is not None else None
        self._fill(draft.data if draft is not None else {})

    def reset(self) -> None:
        """Empties the box without keeping a draft: for a change of user, whose
        drafts are their own."""
        self._draft_timer.stop()
        self._admission_id = None
        self._fill({})

    def _fill(self, data: dict[str, object]) -> None:
        self.error.hide()
        self._loading = True
        try:
            self.editor.setPlainText(str(data.get("text", "")))
            self._choose(self.discipline_picker, data.get("discipline"))
            self._choose(self.kind_picker, data.get("kind"))
            self.sensitive.setChecked(bool(data.get("sensitive", False)))
        finally:
            self._loading = False

    def _choose(self, picker: QComboBox, value: object) -> None:
        """Chooses the item whose value is `value` (a draft stores "nursing" for
        Discipline.NURSING), else the first."""
        values = [picker.itemData(i) for i in range(picker.count())]
        picker.setCurrentIndex(values.index(value) if value in values else 0)

    def _edited(self) -> None:
        if not self._loading and self._admission_id is not None:
            self._draft_timer.start()

    def save_draft(self) -> None:
        """Writes the box to this patient's draft now (or discards an emptied one)."""
        self._draft_timer.stop()
        if self._admission_id is None:
            return
        key = draft_key(self._admission_id)
        try:
            store = self._backend.drafts()
            if self.editor.toPlainText().strip():
                store.save(
                    key,
                    {
                        "text": self.editor.toPlainText(),
                        "discipline": self.discipline_picker.currentData(),
                        "kind": self.kind_picker.currentData(),
                        "sensitive": self.sensitive.isChecked(),
                    },
                )
            else:
                store.discard(key)
        except OSError:
            # the text is still in the box; only the safety copy failed
            log.warning("could not write the draft for admission id %s", self._admission_id)

    def _drafts_load(self, admission_id: int):  # type: ignore[no-untyped-def]
        try:
            return self._backend.drafts().load(draft_key(admission_id))
        except OSError:
            log.warning("could not read the draft for admission id %s", admission_id)
            return None

    def add(self) -> None:
        if self._admission_id is None:
            return
        text = self.editor.toPlainText()
        if not text.strip():
            self._refuse(self.tr("Write the entry first."))
            return
        try:
            entry_id = self._backend.call(
                contributions.add_contribution,
                self._admission_id,
                text=text,
                kind=self.kind_picker.currentData(),
                discipline=self.discipline_picker.currentData(),
                sensitive=self.sensitive.isChecked(),
                shareable=self.share.isChecked(),
            )
        except RoundsError as error:
            self._refuse(error_text(error))
            return
        log.info("added contribution id %s to admission id %s", entry_id, self._admission_id)
        self._draft_timer.stop()
        try:
            self._backend.drafts().discard(draft_key(self._admission_id))
        except OSError:
            log.warning("could not discard the draft for admission id %s", self._admission_id)
        self._loading = True
        try:
            self.editor.clear()
            self.sensitive.setChecked(False)
            self._share_by_default()
        finally:
            self._loading = False
        self.error.hide()
        self.added.emit()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
