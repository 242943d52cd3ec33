"""The client's one door to data: each method opens a session from the Database for
one user action, calls a service and returns the service's plain dataclasses.

Widgets hold a Backend, never a session or a database model, so nothing on screen can
lazy-load or write behind the services' backs."""

from __future__ import annotations

import logging

from rounds_app.services import census, users, wards
from rounds_app.services.actor import Actor
from rounds_app.services.census import CensusRow
from rounds_app.services.wards import WardView
from rounds_app.storage.database import Database

log = logging.getLogger("rounds.ui")


class Backend:
    def __init__(self, database: Database) -> None:
        self._db = database

    @property
    def location(self) -> str:
        """Where the data lives, for the status bar: a file path for SQLite, else the
        URL with any password hidden."""
        url = self._db.url
        prefix = "sqlite:///"
        return url[len(prefix) :] if url.startswith(prefix) else url

    def has_users(self) -> bool:
        with self._db.session() as s:
            return users.count_users(s) > 0

    def sign_in(self, username: str, password: str) -> Actor:
        """Raises rounds_app.errors.AuthenticationFailed on a wrong name or password."""
        with self._db.session() as s:
            actor = users.authenticate(s, username, password)
        log.info("signed in user id %s", actor.user_id)
        return actor

    def wards(self, actor: Actor) -> list[WardView]:
        with self._db.session() as s:
            return wards.list_wards(s, actor)

    def census(self, actor: Actor, ward_id: int) -> list[CensusRow]:
        with self._db.session() as s:
            return census.ward_census(s, actor, ward_id)

    def close(self) -> None:
        self._db.dispose()
