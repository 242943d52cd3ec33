"""The contributions tab: every discipline's entries on one timeline (newest first,
under day headings), a discipline filter, amending one's own entry, its history, and
the quick-add box for roles that may contribute.

A tab of the patient panel (see ui/patient/patient_panel.py): `show_card` refreshes the
timeline and never touches what is being typed in the quick-add box."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListView,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain.enums import Discipline
from rounds_app.domain.roles import Permission
from rounds_app.services.actor import Actor
from rounds_app.services.contributions import ContributionView
from rounds_app.services.patient_card import PatientCard
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common.discipline_labels import discipline_label
from ui.common.labelled_rows import buddy_label
from ui.common.select_on_focus import choose_on_focus
from ui.common.widgets import fill_placeholders, plain_label
from ui.contributions.amend_dialog import AmendDialog
from ui.contributions.entry_history_dialog import EntryHistoryDialog
from ui.contributions.quick_add import QuickAddBox
from ui.contributions.timeline_delegate import TimelineDelegate
from ui.contributions.timeline_model import DisciplineFilter, TimelineModel
from ui.menus import catalogue
from ui.menus.action_set import make_action

log = subsystem_logger(__name__)


def _shortcut_text(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


TIMELINE_BATCH = 12


class ContributionsView(QWidget):
    saved = Signal()  # an entry was added or amended: the panel reloads the card

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._card: PatientCard | None = None
        self._actor: Actor | None = None  # whom the write controls were fitted to
        self.setObjectName("contributionsView")

        self.model = TimelineModel(self)
        self.proxy = DisciplineFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter = QComboBox()
        self.filter.setObjectName("disciplineFilter")
        self.filter.setAccessibleName(self.tr("Show entries from"))
        self.filter.addItem(self.tr("All disciplines"), None)
        for discipline in Discipline:
            self.filter.addItem(discipline_label(discipline), discipline)
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        filter_label = buddy_label(self.tr("Entries &by"), self.filter)

        self.amend_action, self.history_action = (
            make_action(spec, self, self) for spec in catalogue.TIMELINE
        )
        for action in (self.amend_action, self.history_action):
            # only while this tab has the focus: other tabs may use the same keys
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.timeline = self._build_timeline()
        self.empty = plain_label(name="timelineEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # the note takes the timeline's place, so the quick-add box stays at the bottom
        self.timeline_stack = QStackedWidget()
        self.timeline_stack.addWidget(self.timeline)
        self.timeline_stack.addWidget(self.empty)
        self.quick_add = QuickAddBox(backend)
        self.quick_add.added.connect(self._added)

        bar = QHBoxLayout()
        bar.setSpacing(10)
        bar.addWidget(filter_label)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        self.amend_button = self._tool_button(self.amend_action, "amendButton")
        self.history_button = self._tool_button(self.history_action, "historyButton")
        bar.addWidget(self.amend_button)
        bar.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.timeline_stack, 1)
        layout.addWidget(self.quick_add)

        QWidget.setTabOrder(self.filter, self.amend_button)
        QWidget.setTabOrder(self.amend_button, self.history_button)
        QWidget.setTabOrder(self.history_button, self.timeline)
        QWidget.setTabOrder(self.timeline, self.quick_add.editor)
        self._update_actions()

    @property
    def menu_actions(self) -> dict[str, QAction]:
        """The timeline's actions the main menus place, by id (quick add's included)."""
        return {
            "contributions.add": self.quick_add.add_action,
            "contributions.amend": self.amend_action,
            "contributions.history": self.history_action,
        }

    def _build_timeline(self) -> QListView:
        timeline = QListView()
        timeline.setObjectName("timeline")
        timeline.setAccessibleName(self.tr("Contributions, newest first"))
        timeline.setModel(self.proxy)
        timeline.setItemDelegate(TimelineDelegate(timeline))
        timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        timeline.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        timeline.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when the width changes
        timeline.setUniformItemSizes(False)
        # lay out the newest entries first and the rest while the event loop is idle:
        # switching patients shows the card at once even with hundreds of entries
        timeline.setLayoutMode(QListView.LayoutMode.Batched)
        timeline.setBatchSize(TIMELINE_BATCH)
        timeline.setWordWrap(True)
        choose_on_focus(timeline)
        timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        timeline.addActions([self.amend_action, self.history_action])
        timeline.doubleClicked.connect(lambda _index: self.show_history())
        timeline.selectionModel().currentChanged.connect(self._update_actions)
        timeline.selectionModel().selectionChanged.connect(self._update_actions)
        self.proxy.modelReset.connect(self._update_actions)
        self.proxy.layoutChanged.connect(self._update_actions)
        return timeline

    def _tool_button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # the tab protocol

    def show_card(self, card: PatientCard) -> None:
        """Shows the card's timeline; keeps the selected entry and the quick-add text."""
        same_patient = self._card is not None and self._card.admission.id == card.admission.id
        self._card = card
        self._apply_actor()
        self.quick_add.set_admission(card.admission.id)
        chosen = self.selected_entry() if same_patient else None
        scrolled = self.timeline.verticalScrollBar().value() if same_patient else 0
        self.model.set_contributions(card.contributions)
        if chosen is not None:
            self.select_entry(chosen.entry_id, scroll=False)
        # a refresh from another workstation must not move what is being read
        self.timeline.doItemsLayout()
        self.timeline.verticalScrollBar().setValue(scrolled)
        self._update_empty()

    def clear(self) -> None:
        """Takes the patient off the screen; a half-written entry stays as a draft."""
        self.quick_add.set_admission(None)
        self._card = None
        self.model.set_contributions([])
        self._update_empty()

    # selection and actions

    def selected_entry(self) -> ContributionView | None:
        index = self.timeline.currentIndex()
        if not index.isValid() or not self.timeline.selectionModel().isSelected(index):
            return None
        return self.model.entry(self.proxy.mapToSource(index).row())

    def select_entry(self, entry_id: int, *, scroll: bool = True) -> bool:
        row = self.model.row_of_entry(entry_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is None or not index.isValid():
            return False
        self.timeline.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if scroll:
            self.timeline.scrollTo(index)
        return True

    def _update_actions(self, *_args: QModelIndex) -> None:
        entry = self.selected_entry()
        own = entry is not None and self._is_own(entry)
        # with nothing chosen, F2 takes the newest of one's own entries
        self.amend_action.setEnabled(own or (entry is None and self._latest_own() is not None))
        if entry is None:
            tip = self.tr("Amend your newest entry, or choose one of yours to amend (%1)")
        elif own:
            tip = self.tr("Amend this entry; the original stays in its history (%1)")
        else:
            tip = self.tr("Only the author can amend an entry (%1)")
        self.amend_action.setToolTip(fill_placeholders(tip, _shortcut_text(self.amend_action)))
        self.history_action.setEnabled(entry is not None)
        self.history_action.setToolTip(
            fill_placeholders(
                self.tr("Every version of this entry (%1)"), _shortcut_text(self.history_action)
            )
        )

    def _is_own(self, entry: ContributionView) -> bool:
        return (
            self._may_contribute()
            and self._actor is not None
            and entry.author_id == self._actor.user_id
        )

    def _latest_own(self) -> ContributionView | None:
        """The newest entry in view that the signed-in user wrote (the timeline is
        newest first)."""
        for row in range(self.proxy.rowCount()):
            entry = self.model.entry(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if self._is_own(entry):
                return entry
        return None

    def amend_selected(self) -> None:
        if not self.amend_action.isEnabled():
            return
        entry = self.selected_entry()
        if entry is None:
            latest = self._latest_own()
            if latest is None or not self.select_entry(latest.entry_id):
                return
            entry = latest
        new_id = AmendDialog.ask(self, self._backend, entry)
        if new_id is None:
            return
        log.info("amended contribution id %s as id %s", entry.id, new_id)
        self.saved.emit()

    def show_history(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            EntryHistoryDialog.ask(self, self._backend, entry.id)

    # helpers

    def _added(self) -> None:
        self.saved.emit()
        self.timeline.scrollToTop()

    def _filter_changed(self) -> None:
        value = self.filter.currentData()  # Qt hands back the enum's value, a str
        self.proxy.set_discipline(Discipline(value) if value else None)
        self._update_empty()
        self._update_actions()

    def _update_empty(self) -> None:
        discipline = self.proxy.discipline
        if self.model.rowCount() == 0:
            text = self.tr("No entries yet.")
        elif self.proxy.rowCount() == 0 and discipline is not None:
            text = fill_placeholders(self.tr("No entries from %1."), discipline_label(discipline))
        else:
            text = ""
        self.empty.setText(text)
        self.timeline_stack.setCurrentWidget(self.empty if text else self.timeline)

    def _apply_actor(self) -> None:
        """Fits the write controls to whoever is signed in now (it may have changed
        since the last card, after a sign-out)."""
        actor = self._backend.actor
        if actor == self._actor:
            return
        if self._actor is not None:
            self.quick_add.reset()  # never show one user's unsaved words to another
        self._actor = actor
        self.quick_add.set_disciplines(actor.discipline)
        self.quick_add.setVisible(self._may_contribute())
        self._update_actions()

    def _may_contribute(self) -> bool:
        return self._actor is not None and self._backend.may(
            Permission.CONTRIBUTE, actor=self._actor
        )
