"""The safety facts everyone reads first, always on the patient panel's header: code
status and ceiling of treatment, and the allergies (a high risk stands out; "no known
allergies" and "not asked yet" are said as such, never left blank).

Each label carries a `tone` property for the stylesheet (alert, caution, unknown,
clear); the words always say the same as the colour."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from rounds_app.domain.safety import AllergyState, Ceiling, Resuscitation
from rounds_app.services.safety_views import AllergyView, ResuscitationView, SafetyFacts
from ui.common.repolish import repolish
from ui.common.widgets import fill_placeholders, plain_label
from ui.safety import fact_labels

BELOW_FULL = (Ceiling.WARD_BASED, Ceiling.COMFORT)


def code_status_text(decision: ResuscitationView) -> tuple[str, str]:
    """The one line for code status and ceiling, and its tone."""
    if decision.not_discussed and decision.ceiling is Ceiling.NOT_DISCUSSED:
        return fact_labels.resuscitation_label(Resuscitation.NOT_DISCUSSED), "unknown"
    text = fill_placeholders(
        "%1 · %2",
        fact_labels.resuscitation_short(decision.status),
        fact_labels.ceiling_label(decision.ceiling),
    )
    if decision.status is Resuscitation.DNACPR or decision.ceiling in BELOW_FULL:
        return text, "alert"
    return text, "unknown" if decision.not_discussed else "clear"


def allergy_item(allergy: AllergyView) -> str:
    """ "Penicillin (severe, high risk)"."""
    qualities = [fact_labels.allergy_severity_label(allergy.severity)] if allergy.severity else []
    if allergy.criticality == "high":
        qualities.append(fact_labels.criticality_label("high"))
    return f"{allergy.substance} ({', '.join(qualities)})" if qualities else allergy.substance


def allergies_text(state: AllergyState, allergies: Sequence[AllergyView]) -> tuple[str, str]:
    """The one line for allergies, and its tone."""
    if state is AllergyState.NOT_ASKED:
        return QCoreApplication.translate("SafetyHeader", "Allergies not asked"), "caution"
    if state is AllergyState.NO_KNOWN:
        return QCoreApplication.translate("SafetyHeader", "NKA: no known allergies"), "clear"
    listed = "; ".join(allergy_item(a) for a in allergies)
    high = any(a.criticality == "high" for a in allergies)
    return fill_placeholders(
        QCoreApplication.translate("SafetyHeader", "Allergies: %1"), listed
    ), "alert" if high else "caution"


class SafetyHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyHeader")
        self.code_status = plain_label(name="headerCodeStatus")
        self.allergies = plain_label(name="headerAllergies")
        # on one line when there is room; wrapped, never cut, when a language's words
        # or a narrow window leave less (a ceiling of treatment is read whole)
        self.code_status.setWordWrap(True)
        self.allergies.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.code_status, 1)
        layout.addWidget(self.allergies)

    def show_facts(self, facts: SafetyFacts) -> None:
        for label, (text, tone), name in (
            (self.code_status, code_status_text(facts.resuscitation), self.tr("Code status")),
            (
                self.allergies,
                allergies_text(facts.allergy_state, facts.allergies),
                self.tr("Allergies"),
            ),
        ):
            label.setText(text)
            label.setAccessibleName(fill_placeholders("%1: %2", name, text))
            label.setProperty("tone", tone)
            repolish(label)

    def clear(self) -> None:
        self.code_status.clear()
        self.allergies.clear()
