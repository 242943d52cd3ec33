"""The narrative card tab: the patient's own story, edited in place, field by field,
with history, conflict resolution and drafts that survive a closed window.

Mount `ui.card.card_view.CardView`. This file imports nothing, so the shared helpers
here (`when`) can be used by ui/conflict_dialog.py, which the card view itself uses."""
