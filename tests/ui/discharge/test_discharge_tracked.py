"""What a form's edits are based on: refreshes keep typing, and move on to a new
version only when nobody else changed a field being edited."""

from __future__ import annotations

from ui.common.tracked_edits import Tracked


def _tracked() -> Tracked:
    tracked = Tracked()
    tracked.start(3, {"a": "old a", "b": "old b"})
    return tracked


def test_untouched_fields_take_the_new_values_and_version() -> None:
    tracked = _tracked()
    assert not tracked.editing({"a": "old a", "b": "old b"})
    shown, moved = tracked.refresh({"a": "old a", "b": "old b"}, {"a": "new a", "b": "old b"}, 4)
    assert shown == {"a": "new a", "b": "old b"} and moved and tracked.version == 4


def test_typing_is_kept_and_a_change_elsewhere_moves_on() -> None:
    tracked = _tracked()
    mine = {"a": "typed", "b": "old b"}
    assert tracked.editing(mine)
    shown, moved = tracked.refresh(mine, {"a": "old a", "b": "their b"}, 4)
    assert shown == {"a": "typed", "b": "their b"}
    assert moved and tracked.version == 4 and tracked.editing(shown)


def test_a_change_to_the_field_being_typed_keeps_the_old_version() -> None:
    tracked = _tracked()
    mine = {"a": "typed", "b": "old b"}
    shown, moved = tracked.refresh(mine, {"a": "their a", "b": "old b"}, 4)
    assert shown == mine
    assert not moved and tracked.version == 3  # so the save meets the conflict check


def test_the_same_words_typed_on_both_sides_are_no_conflict() -> None:
    tracked = _tracked()
    shown, moved = tracked.refresh({"a": "same", "b": "old b"}, {"a": "same", "b": "old b"}, 4)
    assert shown["a"] == "same" and moved and not tracked.editing(shown)
