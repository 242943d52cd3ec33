"""The names the ward uses beyond the legal one: the name in Latin letters, printed
beside a name in another script, and the name the patient likes to be called. Kept by
whoever keeps the cards (the charge nurse)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from rounds_app.domain import limits
from rounds_app.domain.roles import Permission
from rounds_app.errors import ConflictError
from rounds_app.services.patient_card import PatientCard
from rounds_app.services.safety_facts import save_identity
from ui.backend import Backend
from ui.common.labelled_rows import labelled_row
from ui.common.tracked_edits import Tracked
from ui.common.widgets import fill_placeholders, plain_label
from ui.safety.fact_section import FactSection, new_form, recorded_row

ENTITY = "patients"
FIELDS = ("latin_name", "preferred_name")


class IdentitySection(FactSection):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(backend, QCoreApplication.translate("IdentitySection", "Names"), parent)
        self.setObjectName("identitySection")
        self._tracked = Tracked()
        self.legal = plain_label(name="legalName")
        self.legal.setWordWrap(True)
        self.latin_name = QLineEdit()
        self.latin_name.setObjectName("latinName")
        self.latin_name.setMaxLength(limits.NAME)
        self.latin_name.setPlaceholderText(
            self.tr("For a name in another script, e.g. Wang Xiuying")
        )
        self.preferred_name = QLineEdit()
        self.preferred_name.setObjectName("preferredName")
        self.preferred_name.setMaxLength(limits.NAME)
        form = new_form()
        labelled_row(form, self.tr("Name in Latin letters"), self.latin_name)
        labelled_row(form, self.tr("Preferred name"), self.preferred_name)
        for line in (self.latin_name, self.preferred_name):
            line.textChanged.connect(self._update_buttons)
        self.history = self.history_button(self.tr("the patient's names"))
        self.history.clicked.connect(
            lambda: self.show_history(ENTITY, self.patient_id, self.title())
        )
        self.save_button = QPushButton(self.tr("Save names"))
        self.save_button.setObjectName("saveIdentity")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.body.addLayout(recorded_row(self.legal, self.history))
        self.body.addLayout(form)
        self.body.addWidget(self.error)
        self.body.addLayout(buttons)
        self.reset(None)

    def reset(self, card: PatientCard | None) -> None:
        identity = self.facts.identity if self.facts is not None and card else None
        values = _values(identity)
        self._tracked.start(identity.version if identity else 0, values)
        self._show(values)

    def refresh(self, card: PatientCard) -> None:
        assert self.facts is not None
        a = card.admission
        self.legal.setText(
            fill_placeholders(self.tr("Legal name: %1 %2"), a.given_name, a.family_name)
        )
        identity = self.facts.identity
        shown, _ = self._tracked.refresh(self._mine(), _values(identity), identity.version)
        self._show(shown)
        editable = self.may(Permission.EDIT_CARD, card)
        for widget in (self.latin_name, self.preferred_name):
            widget.setReadOnly(not editable)
        self.save_button.setVisible(editable)
        self._update_buttons()

    def _show(self, values: dict[str, Any]) -> None:
        for name in FIELDS:
            line: QLineEdit = getattr(self, name)
            if line.text().strip() != values[name]:
                line.setText(values[name])

    def _mine(self) -> dict[str, Any]:
        return {name: getattr(self, name).text().strip() for name in FIELDS}

    def _update_buttons(self) -> None:
        if self._tracked.values:
            self.save_button.setEnabled(self._tracked.editing(self._mine()))

    def save(self) -> None:
        if self.patient_id is None:
            return
        written = self.write(
            save_identity, self.patient_id, expected_version=self._tracked.version, **self._mine()
        )
        if written:
            self._tracked.start(written.value.version, _values(written.value))
            self._update_buttons()

    def on_conflict(self, conflict: ConflictError) -> None:
        theirs = conflict.theirs
        self._tracked.start(theirs.version, {n: theirs.values.get(n, "") for n in FIELDS})
        self.refuse(
            fill_placeholders(
                self.tr(
                    "The names were changed meanwhile (now: %1 / %2). Your entries are kept: "
                    "Save again to keep yours."
                ),
                str(theirs.values.get("latin_name") or "—"),
                str(theirs.values.get("preferred_name") or "—"),
            )
        )
        self._update_buttons()
        self.latin_name.setFocus(Qt.FocusReason.OtherFocusReason)


def _values(identity: Any) -> dict[str, Any]:
    if identity is None:
        return {name: "" for name in FIELDS}
    return {name: getattr(identity, name) for name in FIELDS}
