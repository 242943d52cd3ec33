"""Drafts survive until saved or discarded, and are private to their owner."""

from __future__ import annotations

import stat
from pathlib import Path

from rounds_app.drafts import DraftStore, drafts_folder


def test_a_draft_survives_a_new_store_until_discarded(tmp_path: Path) -> None:
    folder = drafts_folder(tmp_path, "sqlite:///ward.sqlite3", "amara")
    DraftStore(folder).save("card:3:hopes", {"text": "Να δω την εγγονή μου", "version": 2})
    DraftStore(folder).save("contribution:new:3", {"text": "Slept well"})
    reopened = DraftStore(folder)
    draft = reopened.load("card:3:hopes")
    assert draft is not None and draft.data == {"text": "Να δω την εγγονή μου", "version": 2}
    assert [d.key for d in reopened.all()] == ["card:3:hopes", "contribution:new:3"]
    reopened.discard("card:3:hopes")
    assert reopened.load("card:3:hopes") is None
    assert [d.key for d in reopened.all()] == ["contribution:new:3"]


def test_drafts_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "d")
    store.save("k", {"text": "x"})
    (path,) = (tmp_path / "d").glob("*.json")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_users_and_databases_keep_separate_drafts(tmp_path: Path) -> None:
    a = drafts_folder(tmp_path, "sqlite:///a", "amara")
    assert a != drafts_folder(tmp_path, "sqlite:///b", "amara")
    assert a != drafts_folder(tmp_path, "sqlite:///a", "tomas")


def test_a_damaged_draft_is_skipped(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.save("good", {"text": "kept"})
    (tmp_path / "bad.json").write_text("{not json", "utf-8")
    assert [d.key for d in store.all()] == ["good"]
