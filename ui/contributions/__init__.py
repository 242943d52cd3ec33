"""The contributions tab: every discipline's entries on one timeline, a quick-add box,
and amending one's own entries with their history kept."""
