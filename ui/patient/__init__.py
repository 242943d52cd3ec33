"""One patient on screen: the panel, its tabs, and the conflict dialog when two saves
meet."""
