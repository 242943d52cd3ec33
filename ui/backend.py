"""The client's one door to data: each method opens a session from the Database for
one user action, calls a service and returns the service's plain dataclasses.

Widgets hold a Backend, never a session or a database model, so nothing on screen can
lazy-load or write behind the services' backs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from rounds_app import paths
from rounds_app.domain.roles import Permission, allowed
from rounds_app.drafts import DraftStore, drafts_folder
from rounds_app.feed import ChangeView, FeedPosition
from rounds_app.live import ChangeListener, changes_after, latest_position, listener_for
from rounds_app.services import census, users, wards
from rounds_app.services.actor import Actor
from rounds_app.services.census import CensusRow
from rounds_app.services.opening import Database
from rounds_app.services.safety_views import SafetyFacts, safety_facts
from rounds_app.services.wards import WardView
from rounds_app.subsystem_log import subsystem_logger

T = TypeVar("T")

log = subsystem_logger(__name__)


class Backend:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._actor: Actor | None = None

    @property
    def database(self) -> Database:
        """The database served, for whoever made this Backend (tests, tools); the
        client itself reads and writes only through the methods here."""
        return self._db

    @property
    def actor(self) -> Actor:
        """The signed-in user; every `call` acts as them."""
        if self._actor is None:
            raise RuntimeError("nobody is signed in")
        return self._actor

    def may(self, *permissions: Permission, actor: Actor | None = None) -> bool:
        """Whether the signed-in user's role allows all of `permissions` (False when
        nobody is signed in): the client's one permission check, for menus and for
        what a screen offers. A view that acts for the user it was given (the census)
        asks about that `actor` instead."""
        who = actor if actor is not None else self._actor
        return who is not None and all(allowed(who.role, permission) for permission in permissions)

    def call(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Runs one service function — `service(session, actor, *args, **kwargs)` —
        in a session of its own, as the signed-in user. Raises the service's
        RoundsError (DatabaseUnavailable when the database cannot be reached)."""
        with self._db.session() as s:
            return service(s, self.actor, *args, **kwargs)

    def drafts(self) -> DraftStore:
        """The signed-in user's unsaved texts for this database."""
        return DraftStore(drafts_folder(paths.data_dir(), self._db.url, self.actor.username))

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
        self._actor = actor
        log.info("signed in user id %s", actor.user_id)
        return actor

    def sign_out(self) -> None:
        self._actor = None

    def wards(self, actor: Actor) -> list[WardView]:
        with self._db.session() as s:
            return wards.list_wards(s, actor)

    def census(self, actor: Actor, ward_id: int) -> list[CensusRow]:
        with self._db.session() as s:
            return census.ward_census(s, actor, ward_id)

    def safety_facts(
        self, actor: Actor, admission_ids: list[int], today: date
    ) -> dict[int, SafetyFacts]:
        with self._db.session() as s:
            return safety_facts(s, actor, admission_ids, today)

    def close(self) -> None:
        self._db.dispose()

    def create_first_admin(
        self, *, username: str, display_name: str, discipline: str, password: str
    ) -> Actor:
        """The first account of an empty database (users.create_first_admin); signs in
        as it."""
        with self._db.session() as s:
            admin = users.create_first_admin(
                s,
                username=username,
                display_name=display_name,
                discipline=discipline,
                password=password,
            )
        log.info("first administrator created: user id %s", admin.user_id)
        return self.sign_in(admin.username, password)

    # The change feed is the follower's own business: no user acts there, so these read
    # without `call` (and go on reading while the screen is locked).

    @property
    def notifies_changes(self) -> bool:
        """Whether the database wakes a listener at each change (PostgreSQL)."""
        return self._db.is_postgresql

    def latest_position(self) -> FeedPosition:
        with self._db.session() as s:
            return latest_position(s)

    def changes_after(self, position: FeedPosition, ward_id: int | None = None) -> list[ChangeView]:
        """What was committed beyond `position`, oldest first (a long backlog comes
        over several reads); with `ward_id`, that ward's and those of no ward."""
        with self._db.session() as s:
            return changes_after(s, position, ward_id=ward_id)

    def change_listener(self, ward_id: int | None = None) -> ChangeListener | None:
        """A connection woken at each change of `ward_id` (None: of any ward); None
        where the database has none (SQLite). Raises DatabaseUnavailable while the
        server is away."""
        return listener_for(self._db, ward_id)
