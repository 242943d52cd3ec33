"""The one recipe that turns declared actions into QActions, and the one enabling
pass over them: a role's permissions through `Backend.may`, then whatever the owner
says is missing (no ward on screen, a job already running)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.backend import Backend
from ui.common.widgets import fill_placeholders
from ui.menus.action_spec import ActionSpec


def _always(_action_id: str) -> bool:
    return True


class ActionSet(Mapping[str, QAction]):
    """The QActions of `specs`, by id. Each belongs to `parent` (the main window):
    its shortcut works once it is in one of the window's menus, and goes silent with
    the menu bar when the idle lock disables it."""

    def __init__(
        self,
        specs: Sequence[ActionSpec],
        owner: object,
        parent: QWidget,
        backend: Backend,
        ready: Callable[[str], bool] = _always,
    ) -> None:
        self._specs = tuple(specs)
        self._backend = backend
        self._ready = ready
        self._actions = {spec.id: make_action(spec, owner, parent) for spec in specs}

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._actions)

    def __len__(self) -> int:
        return len(self._actions)

    def update_enabled(self) -> None:
        """Enables what the signed-in role may do and the owner is ready for; call it
        after a sign-in and whenever what the owner looks at changes."""
        for spec in self._specs:
            may = self._backend.may(*spec.needs) and self._ready(spec.id)
            self._actions[spec.id].setEnabled(may)


def make_action(spec: ActionSpec, owner: object, parent: QWidget) -> QAction:
    """The action with its translated text, its shortcut spelled in the tooltip as
    every Rounds menu shows it, and Triggered calling the owner's handler. A view's
    own actions are made here too, with the view as owner and parent."""
    text = QCoreApplication.translate("Actions", spec.text)
    made = QAction(text, parent)
    made.setObjectName(spec.id)
    # a bound method, not a lambda: the connection ends with its owner
    handler: Callable[[], object] = getattr(owner, spec.handler)
    made.triggered.connect(handler)
    if spec.shortcut:
        made.setShortcut(QKeySequence(spec.shortcut))
        shown = made.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
        said = QCoreApplication.translate("Actions", spec.tip) if spec.tip else plain
        made.setToolTip(
            fill_placeholders(QCoreApplication.translate("Actions", "%1 (%2)"), said, shown)
        )
    return made
