"""Importing a census from the workstation: choose files, preview the plan, apply it."""

from ui.importing.import_actions import ImportActions

__all__ = ["ImportActions"]
