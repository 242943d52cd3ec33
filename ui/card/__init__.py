"""The narrative card tab: the patient's own story, edited in place, field by field,
with history, conflict resolution and drafts that survive a closed window.

Mount `ui.card.card_view.CardView`."""
