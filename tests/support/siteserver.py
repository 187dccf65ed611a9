"""Serve a built site under a sub-path on localhost, as GitHub Pages serves /<repo>/.

Requests outside the sub-path get 404, so a link that escapes the prefix fails
loudly. Every request path is recorded for tests that count what a page loads.
"""

from __future__ import annotations

import functools
import http.server
import socket
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

SUB_PATH = "/lp-coach/"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm",
                      ".json": "application/json", ".zip": "application/zip"}

    def __init__(self, *args, prefix: str, log: list, **kwargs):
        self._prefix, self._log = prefix, log
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if not clean.startswith(self._prefix):
            return str(Path(self.directory) / "__outside_sub_path__")
        return super().translate_path("/" + clean[len(self._prefix):])

    def send_response(self, code, message=None):
        self._log.append((self.path, code))
        super().send_response(code, message)

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args) -> None:  # keep test output quiet
        pass


@contextmanager
def serve(site_dir: Path, port: int = 0, prefix: str = SUB_PATH) -> Iterator[tuple[str, list]]:
    """Yield (base URL, request log) for site_dir served at http://127.0.0.1:port/prefix."""
    log: list = []
    handler = functools.partial(_Handler, directory=str(site_dir), prefix=prefix, log=log)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port or free_port()), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}", log
    finally:
        server.shutdown()
        server.server_close()
