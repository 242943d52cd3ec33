"""What an applied import did, in the screens' language: the counts, what it left out
and why, each patient's note and the references it could not resolve — the command
line prints the same in English (ImportSummary.lines)."""

from __future__ import annotations

from rounds_app.services.census_imports import ImportSummary
from ui.common.sentence_text import sentence_text
from ui.common.widgets import fill_placeholders, number_text
from ui.common.words import Words


class ImportSummaryWords(Words):
    """The translators' context of these words."""


def summary_text(summary: ImportSummary) -> str:
    skipped_patients = sum(s.patient for s in summary.skipped)
    counts = fill_placeholders(
        ImportSummaryWords.tr(
            "Patients: %1 created, %2 updated, %3 skipped; admissions created: %4; "
            "list entries: %5; goals of care written: %6"
        ),
        *(
            number_text(n)
            for n in (
                summary.created,
                summary.updated,
                skipped_patients,
                summary.admissions_created,
                summary.items,
                summary.goals_written,
            )
        ),
    )
    lines = [counts]
    skipped = ImportSummaryWords.tr("skipped %1: %2")
    lines += [
        f"  {fill_placeholders(skipped, s.what, sentence_text(s.why))}" for s in summary.skipped
    ]
    lines += [f"  {sentence_text(note)}" for note in summary.notes]
    if summary.unresolved:
        count = len(summary.unresolved)
        lines.append(ImportSummaryWords.tr("References left unresolved: %Ln", "", count))
        lines += [f"  {reference}" for reference in summary.unresolved]
    return "\n".join(lines)
