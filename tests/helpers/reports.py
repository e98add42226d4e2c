"""Ingest a few reports written in a test into a fresh SQLite store."""

from __future__ import annotations

from pathlib import Path

from sitewatch.app import App
from sitewatch.assess.picture import Picture, build_picture
from sitewatch.settings import Settings


def picture_of(tmp_path: Path, reports: dict[str, str]) -> Picture:
    """Write ``reports`` (file name -> text) to a folder, ingest it into a new store under
    ``tmp_path``, and return the situation picture."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in reports.items():
        (folder / name).write_text(text)
    app = App(Settings(db=str(tmp_path / "s.db")))
    store = app.open_store()
    try:
        app.ingest(store, [str(folder)])
        return build_picture(store.db)
    finally:
        store.close()
