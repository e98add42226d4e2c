"""A local HTTP server with misbehaving routes, for fetch tests (loopback only)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = (
    "<html><head><title>Launch pad work</title>"
    "<meta property='og:site_name' content='Test Wire'>"
    "<meta property='article:published_time' content='2018-07-23T09:00:00Z'></head>"
    "<body><article><h1>Launch pad work</h1><p>Commercial satellite images show that North "
    "Korea has begun dismantling the engine test stand at the Sohae launch station, "
    "analysts said on Monday.</p><p>The work appears to have started in recent days.</p>"
    "</article></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/article":
            self._send(200, ARTICLE.encode(), "text/html; charset=utf-8")
        elif self.path == "/loop":
            self._redirect("/loop2")
        elif self.path == "/loop2":
            self._redirect("/loop")
        elif self.path == "/hang":
            time.sleep(5)
            self._send(200, b"late", "text/plain")
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(2000):
                    self.wfile.write(b"x" * 65536)
            except (BrokenPipeError, ConnectionResetError):
                pass
        else:
            self._send(404, b"not found", "text/plain")

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, code: int, body: bytes, ctype: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)  # the client may have given up, as timeout tests intend


@contextmanager
def serve() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
