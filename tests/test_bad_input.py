"""Bad input gets a clear error for that input; the batch goes on; nothing stored is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitewatch.app import App
from sitewatch.settings import Settings

from .helpers.httpd import serve

GOOD = (
    "Commercial imagery shows new construction at the Sanumdong research facility on the "
    "outskirts of Pyongyang, where North Korea built its first ICBMs, officials said."
)


def _app(store_url: str, **changes: object) -> App:
    return App(Settings(db=store_url, http_timeout=1.0).replace(**changes))


def _bad_inputs(folder: Path) -> dict[str, Path]:
    files = {
        "empty": folder / "empty.txt",
        "binary": folder / "photo.txt",
        "pdf": folder / "report.txt",
        "broken-html": folder / "broken.html",
        "json": folder / "broken.json",
        "jsonl": folder / "mixed.jsonl",
        "invalid-utf8": folder / "bad-utf8.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 40)
    files["pdf"].write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    files["broken-html"].write_text("<html><body><div><p>Unclosed <b>tags <table><tr><td>" + GOOD)
    files["json"].write_text('{"text": "unterminated')
    files["jsonl"].write_text(
        json.dumps({"text": GOOD + " First."})
        + "\n{not json\n"
        + json.dumps({"text": GOOD + " Third."})
    )
    files["invalid-utf8"].write_bytes(GOOD.encode() + b" \xff\xfe\xc3(")
    return files


def test_each_bad_input_is_reported_and_the_rest_is_stored(store_url: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(" date 2018-07-31 " + GOOD)
    bad = _bad_inputs(tmp_path)
    app = _app(store_url)
    store = app.open_store()
    try:
        summary = app.ingest(store, [str(good), *[str(p) for p in bad.values()]])
        kinds = {Path(e.source.split(":")[0]).name: e.error for e in summary.errors}
        assert kinds["empty.txt"] == "empty"
        assert kinds["photo.txt"] == "binary"
        assert kinds["report.txt"] == "binary"
        assert kinds["broken.json"] == "malformed-json"
        assert kinds["mixed.jsonl"] == "malformed-json"  # line 2 only
        assert all(e.message for e in summary.errors)
        # good file, broken-but-readable HTML, two good JSONL lines, and the mostly-UTF-8 file
        assert summary.added == 5
        status = store.status()
        assert status.documents == 5
        assert {e.source for e in status.input_errors} == {e.source for e in summary.errors}
    finally:
        store.close()


def test_a_file_over_the_size_cap_is_refused_without_reading_it(
    store_url: str, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # 200 MB, sparse: the size check must not read it
        f.truncate(200 * 1024 * 1024)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    app = _app(store_url)
    store = app.open_store()
    try:
        summary = app.ingest(store, [str(huge), str(good)])
        [error] = summary.errors
        assert (error.source, error.error) == (str(huge), "too-large")
        assert summary.added == 1
    finally:
        store.close()


def test_stored_documents_survive_a_later_batch_of_bad_input(
    store_url: str, tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    app = _app(store_url)
    store = app.open_store()
    try:
        app.ingest(store, [str(good)])
        before = store.status()
        bad = _bad_inputs(tmp_path / "..")
        app.ingest(store, [str(p) for p in bad.values()])
        after = store.status()
        assert after.documents >= before.documents
        assert [d.id for d in store.documents()][:1] or before.documents == 0
        assert good.read_text() in {d.text for d in store.documents()}
    finally:
        store.close()


@pytest.mark.parametrize(
    ("path", "kind"),
    [("/hang", "timeout"), ("/loop", "redirect-loop"), ("/huge", "too-large"), ("/nope", "fetch")],
)
def test_misbehaving_urls_fail_alone(store_url: str, path: str, kind: str) -> None:
    with serve() as base:
        app = _app(store_url, allow_private_urls=True, max_bytes=1_000_000)
        store = app.open_store()
        try:
            summary = app.ingest(store, [base + path, base + "/article"])
            [error] = summary.errors
            assert (error.source, error.error) == (base + path, kind)
            assert summary.added == 1
            [doc] = store.documents()
            assert doc.outlet == "Test Wire"
        finally:
            store.close()


def test_private_addresses_are_refused_unless_allowed(store_url: str) -> None:
    with serve() as base:
        app = _app(store_url)
        store = app.open_store()
        try:
            summary = app.ingest(store, [base + "/article", "http://169.254.169.254/latest/"])
            assert [e.error for e in summary.errors] == ["private-address", "private-address"]
            assert "--allow-private-urls" in summary.errors[0].message
            assert summary.added == 0
        finally:
            store.close()


def test_non_http_schemes_are_refused(store_url: str) -> None:
    app = _app(store_url)
    store = app.open_store()
    try:
        summary = app.ingest(store, ["file:///etc/passwd", "ftp://example.org/x"])
        assert [e.error for e in summary.errors] == ["url", "url"]
    finally:
        store.close()


def test_a_host_that_rebinds_to_a_private_address_after_the_check_is_refused(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the name resolves to a public address when it is checked and to
    the loopback address when the connection is made. The socket's own peer is checked,
    so the request never reaches the private server."""
    import socket

    real_getaddrinfo = socket.getaddrinfo
    answers = {"count": 0}

    def rebinding_name_server(host: str, port: object, *args: object, **kwargs: object) -> object:
        if host != "rebind.example":
            return real_getaddrinfo(host, port, *args, **kwargs)  # type: ignore[arg-type]
        answers["count"] += 1
        address = "93.184.216.34" if answers["count"] == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, port))]

    with serve() as base:
        port = base.rsplit(":", 1)[1]
        monkeypatch.setattr(socket, "getaddrinfo", rebinding_name_server)
        app = _app(store_url)
        store = app.open_store()
        try:
            summary = app.ingest(store, [f"http://rebind.example:{port}/article"])
            [error] = summary.errors
            assert error.error == "private-address"
            assert "127.0.0.1" in error.message
            assert answers["count"] == 2  # checked once, then resolved again to connect
            assert summary.added == 0
        finally:
            store.close()
