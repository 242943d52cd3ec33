"""The narrative card tab: the patient's story in eight fields, "What matters most to
me" first, each edited in place with Save / Cancel, undo, history and drafts.

Mounted in the patient panel (see ui/patient/patient_panel.py for the tab protocol). Every
write goes through `Backend.call`; a stale save opens the conflict dialog, so nothing
anyone typed is overwritten or lost."""

from __future__ import annotations

from contextlib import nullcontext
from functools import partial

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from rounds_app.domain.enums import CardField, Voice
from rounds_app.domain.roles import Permission
from rounds_app.domain.sharing import shared_by_default
from rounds_app.errors import ConflictError, RoundsError
from rounds_app.services import cards
from rounds_app.services.cards import FieldView
from rounds_app.services.patient_card import CardFront, PatientCard
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.card.card_sheet import CardSheet
from ui.card.card_undo import TextCommand, VoiceCommand, forget_field
from ui.card.draft_keeper import DraftKeeper, draft_key, recover
from ui.card.field_labels import field_label
from ui.card.field_panel import FieldPanel
from ui.card.history_dialog import FieldHistoryDialog
from ui.common import date_words as when
from ui.common.error_text import error_text
from ui.common.widgets import fill_placeholders
from ui.patient.conflict_dialog import Choice, ConflictDialog
from ui.proms.trend import PromTrend

log = subsystem_logger(__name__)

DRAFT_DELAY_MS = 800  # long enough to batch a typing burst, short enough to lose nothing


def _empty(field: CardField) -> FieldView:
    return FieldView.empty(field)


class CardView(QWidget):
    saved = Signal()  # a field or the goals stamp was written

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._admission_id: int | None = None
        self.card: PatientCard | CardFront | None = None  # the card needs only the front
        self._can_edit = False
        self._drafts = DraftKeeper()
        self.setObjectName("cardView")

        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(_redo_keys())
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._drafts.flush)
        self._clock = QTimer(self)  # "5 minutes ago" must not stay five minutes for an hour
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._refresh_stamps)
        self._clock.start()

        self.sheet = CardSheet()
        self.panels = self.sheet.panels
        self.goals = self.sheet.goals
        for panel in self.panels.values():
            self._wire(panel)
        self.goals.revisit_requested.connect(self._revisit_goals)
        # how the patient says they are, over the last days, above their own words
        self.trend = PromTrend()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.trend)
        layout.addWidget(self.sheet)
        # the widgets die before a slot of theirs could run, so a plain object
        # writes the last drafts when the card is destroyed without being closed
        self.destroyed.connect(partial(DraftKeeper.flush, self._drafts))
        self.clear()

    @property
    def menu_actions(self) -> dict[str, QAction]:
        """The card's actions the main menus place (its undo stack's), by id."""
        return {"card.undo": self.undo_action, "card.redo": self.redo_action}

    def _wire(self, panel: FieldPanel) -> None:
        field = panel.field
        panel.edit_requested.connect(partial(self._edit, field))
        panel.history_requested.connect(partial(self._history, field))
        area = panel.edit_area
        area.save_requested.connect(partial(self._save, field))
        area.cancel_requested.connect(partial(self._cancel, field))
        area.editor.undo_pressed.connect(self.undo_stack.undo)
        area.editor.redo_pressed.connect(self.undo_stack.redo)
        area.text_edited.connect(partial(self._text_edited, field))
        area.voice_edited.connect(partial(self._voice_edited, field))

    # -- the tab protocol ------------------------------------------------------

    def show_card(self, card: PatientCard | CardFront) -> None:
        """Shows `card`; fields being edited keep their text (they only learn of a
        newer stored version, which the save will then bring up as a conflict)."""
        another = card.admission.id != self._admission_id
        if another:
            self._put_away()
        # an update of the patient on screen never moves what is being read
        with nullcontext() if another else self.sheet.keeping():
            self._show(card, another=another)

    def _show(self, card: PatientCard | CardFront, *, another: bool) -> None:
        self.card = card
        self._admission_id = card.admission.id
        self.trend.set_points(card.proms)
        self._can_edit = self._backend.may(Permission.EDIT_CARD)
        for field, panel in self.panels.items():
            panel.set_can_edit(self._can_edit)
            panel.show_stored(card.fields[field])
        self.goals.show_admission(card.admission, self._can_edit)
        if another and self._can_edit:
            self._offer_drafts(card)

    def clear(self) -> None:
        self._put_away()
        self._admission_id = None
        self.card = None
        self.trend.set_points(())
        for field, panel in self.panels.items():
            panel.set_can_edit(False)
            panel.show_stored(_empty(field))
        self.goals.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._draft_timer.stop()
        self._drafts.flush()
        super().closeEvent(event)

    # -- editing ---------------------------------------------------------------

    def _edit(self, field: CardField) -> None:
        panel = self.panels[field]
        if self._can_edit and self._admission_id is not None and not panel.editing:
            stored = panel.stored
            self._begin(field, stored.text, stored.voice, stored.version)

    def _begin(
        self, field: CardField, text: str, voice: Voice, version: int, note: str = ""
    ) -> None:
        assert self._admission_id is not None
        self.panels[field].begin_edit(text, voice, version, note)
        data = {"text": text, "voice": voice.value, "version": version}
        self._drafts.open(draft_key(self._admission_id, field), self._backend.drafts(), data)

    def _offer_drafts(self, card: PatientCard | CardFront) -> None:
        """Reopens every field left with unsaved text for this patient."""
        store = self._backend.drafts()
        for field in self.panels:
            key = draft_key(card.admission.id, field)
            draft = recover(store, key)
            if draft is None:
                continue
            stored = card.fields[field]
            if draft.text.strip() == stored.text and draft.voice == stored.voice:
                store.discard(key)  # already saved as it stands: nothing to recover
                continue
            note = fill_placeholders(
                self.tr("Recovered unsaved text from %1."), when.stamp(draft.saved_at)
            )
            self._begin(field, draft.text, draft.voice, draft.version, note)
            log.info("offered the draft %s", key)

    def _text_edited(self, field: CardField, before: str, after: str) -> None:
        self.undo_stack.push(TextCommand(self, field, before, after))
        self._draft_changed(field, text=after)

    def _voice_edited(self, field: CardField, before: Voice, after: Voice) -> None:
        self.undo_stack.push(VoiceCommand(self, field, before, after))
        self._draft_changed(field, voice=after.value)

    def _draft_changed(self, field: CardField, **changes: object) -> None:
        if self._admission_id is not None:
            self._drafts.update(draft_key(self._admission_id, field), **changes)
            self._draft_timer.start()

    def restore_text(self, field: CardField, text: str, cursor: int) -> None:
        """Undo and redo land here (card_undo.Target)."""
        area = self.panels[field].edit_area
        area.restore_text(text, cursor)
        self.sheet.ensureWidgetVisible(area.editor)
        self._draft_changed(field, text=text)

    def restore_voice(self, field: CardField, voice: Voice) -> None:
        self.panels[field].edit_area.restore_voice(voice)
        self._draft_changed(field, voice=voice.value)

    # -- saving ----------------------------------------------------------------

    def _save(self, field: CardField) -> None:
        panel = self.panels[field]
        text = panel.edit_area.text()
        if not text.strip() and panel.stored.version == 0 == panel.base_version:
            self._close_editor(field, panel.stored)  # nothing was ever written, nor is now
            return
        self._write(field, text, panel.edit_area.chosen_voice(), panel.base_version)

    def _write(self, field: CardField, text: str, voice: Voice, version: int) -> None:
        area = self.panels[field].edit_area
        try:
            view = self._backend.call(
                cards.save_field,
                self._admission_id,
                field,
                text,
                voice,
                version,
                shareable=area.share.isChecked(),
                language=area.language.text(),
            )
        except ConflictError as conflict:
            self._resolve(field, text, voice, conflict)
            return
        except RoundsError as error:
            area.show_error(error_text(error))
            return
        # the saved field stays in view, though its editor gives way to shorter text
        with self.sheet.keeping(self.panels[field]):
            self._close_editor(field, view)
            log.info(
                "saved %s, version %s", draft_key(self._admission_id or 0, field), view.version
            )
            self.saved.emit()

    def _resolve(self, field: CardField, text: str, voice: Voice, conflict: ConflictError) -> None:
        """Both versions side by side; the person keeps one, or merges them."""
        theirs = conflict.theirs
        theirs_text = str(theirs.values.get("text", ""))
        resolution = ConflictDialog.ask(
            self, field_label(field), text, theirs_text, theirs.edited_by, theirs.edited_at
        )
        panel = self.panels[field]
        if resolution is None:
            panel.edit_area.show_error(
                self.tr("Not saved: a newer version is stored. Save again to compare.")
            )
            return
        if resolution.choice is Choice.THEIRS:
            their_voice = Voice(theirs.values.get("voice", voice.value))
            stored = FieldView(
                field,
                theirs_text,
                their_voice,
                theirs.version,
                theirs.edited_by,
                theirs.edited_at,
                bool(theirs.values.get("shareable", shared_by_default(their_voice))),
                str(theirs.values.get("language", "")),
            )
            self._close_editor(field, stored)
            return
        if resolution.text != panel.edit_area.text():  # the merge shows in the editor, undoable
            before = panel.edit_area.text()
            self.restore_text(field, resolution.text, len(resolution.text))
            self.undo_stack.push(TextCommand(self, field, before, resolution.text))
        panel.rebase(theirs.version)
        self._drafts.update(draft_key(self._admission_id or 0, field), version=theirs.version)
        self._write(field, resolution.text, voice, theirs.version)

    def _cancel(self, field: CardField) -> None:
        self._close_editor(field, self.panels[field].stored)

    def _close_editor(self, field: CardField, shown: FieldView) -> None:
        """Leaves edit mode for good: the draft and the field's undo steps go."""
        panel = self.panels[field]
        panel.end_edit()
        panel.show_stored(shown)
        if self._admission_id is not None:
            self._drafts.discard(draft_key(self._admission_id, field))
        forget_field(self.undo_stack, field)

    def _put_away(self) -> None:
        """Another patient, or nobody: open texts are kept as drafts, to be offered
        when this patient comes back."""
        self._draft_timer.stop()
        self._drafts.let_go()
        for panel in self.panels.values():
            if panel.editing:
                panel.end_edit()
        self.undo_stack.clear()

    # -- history and goals -----------------------------------------------------

    def _history(self, field: CardField) -> None:
        if self._admission_id is not None:
            FieldHistoryDialog.ask(self, self._backend, self._admission_id, field)

    def _revisit_goals(self) -> None:
        if self._admission_id is None:
            return
        try:
            at = self._backend.call(cards.revisit_goals, self._admission_id)
        except RoundsError as error:
            self.goals.show_error(error_text(error))
            return
        self.goals.show_revisited(at, self._backend.actor.display_name)
        log.info("goals of care revisited for admission %s", self._admission_id)
        self.saved.emit()

    def _refresh_stamps(self) -> None:
        for panel in self.panels.values():
            panel.refresh_stamp()


def _redo_keys() -> list[QKeySequence]:
    """Ctrl+Shift+Z everywhere, plus the platform's own redo keys (Ctrl+Y on Windows)."""
    keys = [QKeySequence("Ctrl+Shift+Z")]
    keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in keys]
    return keys
