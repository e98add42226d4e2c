"""The store: same schema and behaviour on SQLite and PostgreSQL, idempotent, cited."""

from __future__ import annotations

from pathlib import Path

from sitewatch.app import App
from sitewatch.settings import Settings
from sitewatch.store import Store, open_database
from sitewatch.store.migrations import LATEST, current_version, migrate

from .helpers.corpus import write_corpus


def _ingest(store_url: str, inputs: list[str]) -> tuple[App, Store]:
    app = App(Settings(db=store_url))
    store = app.open_store()
    app.ingest(store, inputs)
    return app, store


def test_migrations_bring_a_new_store_to_the_latest_version_once(store_url: str) -> None:
    db = open_database(store_url)
    try:
        assert migrate(db) == list(range(1, LATEST + 1))
        assert migrate(db) == []
        assert current_version(db) == LATEST
        assert {"documents", "sentences", "entities", "near_duplicates"} <= db.table_names()
    finally:
        db.close()


def test_reingesting_the_same_reports_is_a_no_op(store_url: str, tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", 12, copies=0)
    app, store = _ingest(store_url, [str(tmp_path / "c")])
    try:
        first = store.status()
        again = app.ingest(store, [str(tmp_path / "c")])
        assert (again.added, again.unchanged) == (0, 12)
        second = store.status()
        assert (second.documents, second.sentences, second.entities) == (
            first.documents, first.sentences, first.entities,
        )  # fmt: skip
    finally:
        store.close()


def test_every_stored_entity_and_sentence_points_into_its_document(
    store_url: str, seeds: Path
) -> None:
    _app, store = _ingest(store_url, [str(seeds)])
    try:
        texts = {d.id: d.text for d in store.documents()}
        for doc_id, start, end, _label, text in store.db.query(
            "SELECT doc_id, start_char, end_char, label, text FROM entities"
        ):
            assert texts[doc_id][start:end] == text
        for doc_id, start, end in store.db.query(
            "SELECT doc_id, start_char, end_char FROM sentences"
        ):
            assert 0 <= start < end <= len(texts[doc_id])
    finally:
        store.close()


def test_near_duplicates_link_to_the_earliest_copy_and_are_kept(
    store_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "c"
    write_corpus(folder, 6, copies=2)  # the copies are dated a year later
    # ingest the copies first: the originals arrive later but are earlier, so they win
    copies = sorted(str(p) for p in folder.glob("z-copy*"))
    originals = sorted(str(p) for p in folder.glob("r*"))
    _app, store = _ingest(store_url, copies + originals)
    try:
        links = dict(store.db.query("SELECT doc_id, original_id FROM near_duplicates"))
        by_source = {Path(d.source).name: d.id for d in store.documents()}
        assert links == {
            by_source["z-copy000.txt"]: by_source["r00000.txt"],
            by_source["z-copy001.txt"]: by_source["r00001.txt"],
        }
        assert store.status().documents == 8
    finally:
        store.close()


def test_a_store_path_in_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    import pytest

    from sitewatch.errors import StoreError

    with pytest.raises(StoreError, match="does not exist"):
        open_database(str(tmp_path / "no" / "such" / "store.db"))
