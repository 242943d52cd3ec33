"""One field of the narrative card: its text, whose voice it is, who edited it and
when; or, while being edited, the edit area (ui/card/field_editor.py).

The panel only shows and reports; the card view decides what a request does."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rounds_app.domain.enums import CardField, Voice
from rounds_app.domain.sharing import shared_by_default
from rounds_app.services.cards import FieldView
from ui.card.field_editor import EditArea
from ui.card.field_labels import empty_question, field_label, voice_label
from ui.card.reading_text import ReadingText
from ui.common import date_words
from ui.common.repolish import repolish
from ui.common.widgets import fill_placeholders, plain_label, plain_tooltip


class FieldPanel(QFrame):
    edit_requested = Signal()
    history_requested = Signal()

    def __init__(self, field: CardField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.stored = FieldView.empty(field)
        self.base_version = 0  # the version editing began from: the save names it
        self._can_edit = False
        self._note = ""  # why the editor opened by itself (a recovered draft)
        label = field_label(field)
        self.setObjectName("cardField")
        self.setProperty("field", field.value)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Enter on a focused field edits it
        self.setAccessibleName(label)

        self.heading = plain_label(label, "cardFieldHeading")
        self.heading.setWordWrap(True)
        self.voice_tag = plain_label(name="voiceTag")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit this field (Enter or double-click)"))
        self.edit_button.setAccessibleName(fill_placeholders(self.tr("Edit %1"), label))
        self.edit_button.clicked.connect(self.edit_requested)
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setToolTip(self.tr("Every saved version of this field"))
        self.history_button.setAccessibleName(fill_placeholders(self.tr("History of %1"), label))
        self.history_button.clicked.connect(self.history_requested)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.heading, 1)
        for button in (self.edit_button, self.history_button):
            button.setObjectName("cardButton")
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.text = ReadingText("cardFieldText")
        self.text.setAccessibleName(fill_placeholders(self.tr("Text of %1"), label))
        self.prompt = plain_label(self.tr("Not written yet."), "cardFieldPrompt")
        self.question = plain_label(empty_question(field), "cardFieldQuestion")
        self.question.setWordWrap(True)
        self.stamp = plain_label(name="cardFieldStamp")
        self.stamp.setWordWrap(True)
        self.edit_area = EditArea(label)
        attribution = QHBoxLayout()  # whose words, who wrote them down, and when
        attribution.setSpacing(10)
        attribution.addWidget(self.voice_tag, 0, Qt.AlignmentFlag.AlignTop)
        attribution.addWidget(self.stamp, 1)

        self.footer = QVBoxLayout()  # room for what only one field has (goals revisited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addLayout(top)
        for widget in (self.text, self.prompt, self.question, self.edit_area):
            layout.addWidget(widget)
        layout.addLayout(attribution)
        layout.addLayout(self.footer)
        layout.addStretch(1)  # beside a taller neighbour, the words stay at the top
        self._show_mode()

    @property
    def editing(self) -> bool:
        return self.property("editing") is True

    def set_can_edit(self, can_edit: bool) -> None:
        if can_edit != self._can_edit:  # unchanged on every patient switch: skip the relayout
            self._can_edit = can_edit
            self._show_mode()

    def show_stored(self, view: FieldView) -> None:
        """Shows what is stored. An open editor is never touched: if someone else
        saved meanwhile, the panel says so, and saving will bring up both versions."""
        self.stored = view
        if view.text != self.text.text():
            self.text.setPlainText(view.text)
        tag = voice_label(view.voice)
        if view.version and view.shareable:
            tag = fill_placeholders(self.tr("%1 · shared with the patient"), tag)
        if view.language:
            tag = fill_placeholders(self.tr("%1 · in %2"), tag, view.language)
        self.voice_tag.setText(tag)
        if self.voice_tag.property("voice") != view.voice.value:  # restyling costs a relayout
            self.voice_tag.setProperty("voice", view.voice.value)
            repolish(self.voice_tag)
        self.refresh_stamp()
        self._update_notice()
        self._show_mode()

    def refresh_stamp(self) -> None:
        view = self.stored
        if view.edited_at is None:
            self.stamp.clear()
            self.stamp.setToolTip("")
            return
        ago = date_words.relative(view.edited_at)
        if view.edited_by:
            self.stamp.setText(fill_placeholders(self.tr("Edited by %1, %2"), view.edited_by, ago))
        else:
            self.stamp.setText(fill_placeholders(self.tr("Edited %1"), ago))
        self.stamp.setToolTip(plain_tooltip(date_words.stamp(view.edited_at)))

    def begin_edit(self, text: str, voice: Voice, version: int, note: str = "") -> None:
        self.base_version = version
        self._note = note
        self.edit_area.load(text, voice, self._mark_for(voice), self.stored.language)
        self.setProperty("editing", True)
        repolish(self)
        self._show_mode()
        self._update_notice()
        self.edit_area.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_for(self, voice: Voice) -> bool:
        """The stored mark while the words are still the stored owner's; else the
        default for whose words they now are."""
        if voice == self.stored.voice and self.stored.version:
            return self.stored.shareable
        return shared_by_default(voice)

    def end_edit(self) -> None:
        focus = self.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        self.setProperty("editing", False)
        repolish(self)
        self._show_mode()
        if had_focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # the keyboard stays on this field

    def rebase(self, version: int) -> None:
        """Editing now goes on from `version` (the person chose, after a conflict)."""
        self.base_version = version
        self._update_notice()

    def _update_notice(self) -> None:
        parts = [self._note]
        if self.editing and self.stored.version != self.base_version:
            editor = self.stored.edited_by or self.tr("Someone else")
            parts.append(
                fill_placeholders(
                    self.tr("%1 saved a newer version since; saving will show you both."), editor
                )
            )
        self.edit_area.show_notice(" ".join(part for part in parts if part))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._can_start():
            self.edit_requested.emit()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._can_start():
            self.edit_requested.emit()
            return
        super().mouseDoubleClickEvent(event)

    def _can_start(self) -> bool:
        return self._can_edit and not self.editing

    def _show_mode(self) -> None:
        editing = self.editing
        empty = not self.stored.text
        for widget, visible in (
            (self.text, not editing and not empty),
            (self.prompt, not editing and empty),
            (self.question, not editing and empty),
            (self.voice_tag, not editing and not empty),
            (self.edit_area, editing),
            (self.edit_button, self._can_edit and not editing),
            (self.history_button, self.stored.version > 0),  # nothing saved, no history
        ):
            # asked on every patient switch, for every field: most stay as they are
            if widget.isHidden() == visible:
                widget.setVisible(visible)
