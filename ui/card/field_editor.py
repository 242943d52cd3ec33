"""The editing half of a card field: the text box, whose words it is, the character
count, Save / Cancel and the inline message.

The text box's own undo is off: Ctrl+Z and Ctrl+Shift+Z go to the card's QUndoStack
(one history for text and voice), Ctrl+Enter saves and Esc cancels. Only what the
person types or picks is reported as an edit; text put back by undo or a draft is not."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain.enums import Voice
from rounds_app.domain.limits import NARRATIVE_FIELD, SHORT_TEXT
from rounds_app.domain.sharing import shared_by_default
from ui.card.field_labels import voice_label
from ui.common.labelled_rows import buddy_label
from ui.common.repolish import repolish
from ui.common.widgets import fill_placeholders, plain_label

REDO_KEYS = QKeySequence("Ctrl+Shift+Z")


class FieldEditor(QPlainTextEdit):
    undo_pressed = Signal()
    redo_pressed = Signal()
    save_pressed = Signal()
    cancel_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardFieldEditor")
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)  # Tab moves on to the voice and the buttons

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_pressed.emit()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
            QKeySequence(event.keyCombination()) == REDO_KEYS
        ):
            self.redo_pressed.emit()
        elif enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save_pressed.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel_pressed.emit()
        else:
            super().keyPressEvent(event)


class EditArea(QWidget):
    save_requested = Signal()
    cancel_requested = Signal()
    text_edited = Signal(str, str)  # before, after
    voice_edited = Signal(object, object)  # before, after (Voice)

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restoring = False
        self._last_text = ""
        self._last_voice = Voice.PATIENT
        self.notice = plain_label(name="cardNotice")
        self.notice.setWordWrap(True)
        self.editor = FieldEditor()
        self.editor.setAccessibleName(fill_placeholders(self.tr("Text of %1"), label))
        self.editor.setMinimumHeight(self.editor.fontMetrics().lineSpacing() * 7)
        self.editor.textChanged.connect(self._typed)
        self.editor.save_pressed.connect(self.save_requested)
        self.editor.cancel_pressed.connect(self.cancel_requested)
        self.voice = QComboBox()
        self.voice.setObjectName("voicePicker")
        # the buddy label repeats on every field; the name says which field it is
        self.voice.setAccessibleName(fill_placeholders(self.tr("Whose words in %1"), label))
        for voice in Voice:
            self.voice.addItem(voice_label(voice), voice)
        self.voice.currentIndexChanged.connect(self._voice_picked)
        voice_caption = buddy_label(self.tr("&Whose words"), self.voice)
        self.share = QCheckBox(self.tr("Share with patient"))
        self.share.setObjectName("shareWithPatient")
        self.share.setAccessibleName(fill_placeholders(self.tr("Share %1 with the patient"), label))
        self.share.setToolTip(self.tr("Print this text on the patient's own copy"))
        self.language = QLineEdit()
        self.language.setObjectName("textLanguage")
        self.language.setMaxLength(SHORT_TEXT)
        self.language.setPlaceholderText(self.tr("the ward's language"))
        self.language.setAccessibleName(fill_placeholders(self.tr("Language of %1"), label))
        language_caption = buddy_label(self.tr("Language"), self.language)
        self.count = plain_label(name="charCount")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save this field (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Discard these changes (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.error = plain_label(name="formError")
        self.error.setWordWrap(True)
        self.error.hide()

        # whose words, who may read them and in which language, a row each; a
        # caption goes above its field when a half-width card has no room beside it
        about = QFormLayout()
        about.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        about.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        about.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        about.setHorizontalSpacing(10)
        about.setVerticalSpacing(8)
        about.addRow(voice_caption, self.voice)
        about.addRow(self.share)
        about.addRow(language_caption, self.language)
        # the buttons on a line of their own, so a half-width field has room for them
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.notice)
        layout.addWidget(self.editor)
        # under the text it counts, on a line of its own: beside the voice picker it
        # made the row wider than a field on a two-column card, pushing it off screen
        layout.addWidget(self.count, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(about)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.editor, self.voice)
        QWidget.setTabOrder(self.voice, self.share)
        QWidget.setTabOrder(self.share, self.language)
        QWidget.setTabOrder(self.language, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.save_button)

    def text(self) -> str:
        return self.editor.toPlainText()

    def chosen_voice(self) -> Voice:
        return Voice(self.voice.currentData())

    def load(self, text: str, voice: Voice, shareable: bool, language: str) -> None:
        """Fills the editor to begin editing, cursor at the end."""
        self.restore_voice(voice)
        self.share.setChecked(shareable)
        self.language.setText(language)
        self.restore_text(text, len(text))
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.show_error("")

    def restore_text(self, text: str, cursor: int) -> None:
        self._restoring = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._restoring = False
        self._last_text = text
        moved = self.editor.textCursor()
        moved.setPosition(min(cursor, len(text)))
        self.editor.setTextCursor(moved)

    def restore_voice(self, voice: Voice) -> None:
        self._restoring = True
        try:
            self.voice.setCurrentIndex(self.voice.findData(voice))
        finally:
            self._restoring = False
        self._last_voice = voice

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def show_notice(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.setVisible(bool(message))

    def _typed(self) -> None:
        text = self.editor.toPlainText()
        self._count(text)
        if self._restoring or text == self._last_text:
            return
        before, self._last_text = self._last_text, text
        self.text_edited.emit(before, text)

    def _voice_picked(self) -> None:
        voice = self.chosen_voice()
        if self._restoring or voice == self._last_voice:
            return
        before, self._last_voice = self._last_voice, voice
        # other words, other owner: the mark starts again from its default
        self.share.setChecked(shared_by_default(voice))
        self.voice_edited.emit(before, voice)

    def _count(self, text: str) -> None:
        length = len(text.strip())
        shown = self.tr("%1 of %Ln characters", "", NARRATIVE_FIELD)
        self.count.setText(fill_placeholders(shown, QLocale().toString(length)))
        self.count.setProperty("over", length > NARRATIVE_FIELD)
        repolish(self.count)
