"""Opening a database, for the desktop app and its screen commands: the client holds
a Database to hand its Backend, and never reaches into storage for it."""

from __future__ import annotations

from rounds_app.storage.database import Database, open_database

__all__ = ["Database", "open_database"]
