"""Sharing a fixed screen height between blocks of text.

The ward-room screen cannot scroll, so every block (a section of a column, a paragraph
of a section) gets a share of the height: what it needs when that is no more than an
equal share of what is left, the rest split evenly between the blocks that want more.
Short blocks show whole; only the longest are cut."""

from __future__ import annotations

from collections.abc import Sequence


def share(needs: Sequence[int], total: int, floors: Sequence[int] = ()) -> list[int]:
    """Water-filling: each claim gets min(need, equal share of what is left), smallest
    claims first, so nobody gets more than they asked and the rest is spread evenly.
    A claim never gets less than its floor (up to its need) while the total allows:
    what must show whatever else is on the slide."""
    floors = list(floors) or [0] * len(needs)
    fixed: dict[int, int] = {}
    while True:
        free = [i for i in range(len(needs)) if i not in fixed]
        water = _water([needs[i] for i in free], total - sum(fixed.values()))
        given = dict(zip(free, water, strict=True))
        short = [i for i in free if given[i] < min(needs[i], floors[i])]
        if not short:
            return [fixed.get(i, given.get(i, 0)) for i in range(len(needs))]
        fixed.update({i: min(needs[i], floors[i], total) for i in short})


def _water(needs: Sequence[int], total: int) -> list[int]:
    given = [0] * len(needs)
    left = max(0, total)
    order = sorted(range(len(needs)), key=lambda i: needs[i])
    for done, index in enumerate(order):
        given[index] = max(0, min(needs[index], left // (len(order) - done)))
        left -= given[index]
    return given
