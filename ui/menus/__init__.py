"""The menu actions of the workstation: each declared once as an `ActionSpec`, made
into a QAction by one builder, placed by one menu layout and enabled by one pass
through `Backend.may`."""
