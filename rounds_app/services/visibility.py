"""Who may see which entries: the one rule, asked by every path that reads them (the
card, the timeline, an entry's history, the census counts, the ward-room slides, the
round summary, printed sheets, the FHIR document and case reviews).

An entry is *sensitive* when any of its versions is marked sensitive. A role that may
not read sensitive entries (the ward-room screen's account) sees no version of a
sensitive entry, whichever of its ids it asks for, and no count that reveals one.
What leaves the team — the ward-room screen, the patient's copy of a discharge
summary, a FHIR document — carries no sensitive entry, whoever asks.

Why the whole entry rather than each version by its own mark: the versions of one
entry speak of the same thing. Marking an entry sensitive by amendment says that its
earlier text was sensitive too (often it is the same text); an amendment that takes
the details out ("details removed", with a reason that says why) still tells that
something sensitive was written, by whom and when. Withholding every version leaks
least; to put something in front of everyone, write a new entry.

Case reviews are reflective and never projected: only roles that may read sensitive
entries read them.

What the patient's own copy may carry is narrower still: only what is marked
shareable with the patient, never anything sensitive (`for_the_patient`, deciding by
rounds_app.domain.sharing)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from sqlalchemy import ColumnElement, exists, func, or_, true
from sqlalchemy.orm import aliased

from rounds_app.domain.roles import Permission, allowed
from rounds_app.domain.sharing import may_share_with_patient
from rounds_app.errors import PermissionDenied, Phrase
from rounds_app.services.actor import Actor, require
from rounds_app.storage.models import Contribution


class _Marked(Protocol):
    @property
    def sensitive(self) -> bool: ...


class _Shared(Protocol):
    @property
    def shareable(self) -> bool: ...


M = TypeVar("M", bound=_Marked)
S = TypeVar("S", bound=_Shared)


def may_read_sensitive(actor: Actor) -> bool:
    return allowed(actor.role, Permission.VIEW_SENSITIVE)


def require_sensitive(actor: Actor, doing: Phrase) -> None:
    """Raises PermissionDenied for a role that may not read sensitive entries."""
    require(actor, Permission.VIEW_SENSITIVE, doing)


def may_see_entry(actor: Actor, sensitive: bool) -> bool:
    """Whether `actor` may see an entry; `sensitive`: whether any version of it is."""
    return not sensitive or may_read_sensitive(actor)


def require_entry(actor: Actor, sensitive: bool) -> None:
    if not may_see_entry(actor, sensitive):
        raise PermissionDenied("This entry is marked sensitive.")


def shared_entries(entries: Iterable[M], *, include_sensitive: bool = False) -> list[M]:
    """The entries that may leave the team (paper, a document sent out): sensitive
    ones only when `include_sensitive` is asked for, by a role the caller has checked
    with `require_sensitive`."""
    return [e for e in entries if include_sensitive or not e.sensitive]


def for_the_patient(texts: Iterable[S]) -> list[S]:
    """The card fields or entries the patient's copy may print: those marked shareable
    and, for an entry, not sensitive in any of its versions."""
    return [
        t
        for t in texts
        if may_share_with_patient(t.shareable, sensitive=getattr(t, "sensitive", False))
    ]


# built once, as adapting a fresh alias's columns costs more than the lookup
_MARKED = aliased(Contribution)


def entry_sensitive() -> ColumnElement[bool]:
    """For a query over contributions: true for every version of an entry any version
    of which is marked sensitive."""
    marked = _MARKED
    entry = func.coalesce(Contribution.original_id, Contribution.id)  # its first version
    # two lookups by index (the first version's id; the amendments' original_id): a
    # card of hundreds of entries asks this of each
    return or_(
        exists().where(marked.id == entry, marked.sensitive.is_(True)),
        exists().where(marked.original_id == entry, marked.sensitive.is_(True)),
    )


def never_sensitive() -> ColumnElement[bool]:
    """The filter for what everyone may see: no version of a sensitive entry."""
    return ~entry_sensitive()


def visible_entries(actor: Actor) -> ColumnElement[bool]:
    """The filter for a query over contributions: the versions `actor` may see."""
    return true() if may_read_sensitive(actor) else never_sensitive()
