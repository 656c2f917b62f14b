"""A real HTTP server on loopback, for the demo and the tests.

    with serve(site) as base_url:          # a Site: anything with render(path, base_url)
        crawl(base_url + "/feed/")
        assert "/feed/" in base_url.requests

    with serve(handler) as base_url:       # or a plain function, to inject faults
        ...

A handler is `handler(path_with_query, headers) -> (status, headers, body) | None`;
None answers a bare 404, and raising DropConnection closes the socket without
any answer. A Site is given its own base URL, which is only known once the port
is bound: feeds and sitemaps must carry absolute URLs with that port.

The server binds 127.0.0.1 on a free port, runs in a daemon thread, answers GET
and HEAD, logs nothing, and records every request it served (thread-safe).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Protocol, Union

Response = tuple[int, Mapping[str, str], bytes]
Handler = Callable[[str, Mapping[str, str]], Union[Response, None]]


class Renderable(Protocol):
    def render(self, path: str, base_url: str) -> Response: ...


class DropConnection(Exception):
    """Raised by a handler to close the connection without answering."""


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # path with query string, as sent
    status: int  # 0 when the connection was dropped
    headers: dict[str, str]


class BaseURL(str):
    """The base URL ("http://127.0.0.1:PORT"), which also gives access to its server."""

    server: LoopbackServer

    @property
    def requests(self) -> list[str]:
        return self.server.requests


class LoopbackServer:
    """One ThreadingHTTPServer on 127.0.0.1:<free port>; use as a context manager."""

    def __init__(self, target: Renderable | Handler, port: int = 0):
        self._target = target
        self._port = port  # 0: any free port
        self._lock = threading.Lock()
        self._log: list[Request] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""

    # -- what the tests look at ------------------------------------------------
    @property
    def requests(self) -> list[str]:
        """Every path (with query) requested so far, in order; a copy."""
        with self._lock:
            return [r.path for r in self._log]

    @property
    def log(self) -> list[Request]:
        """Every request with its method, status and headers; a copy."""
        with self._lock:
            return list(self._log)

    def reset(self) -> None:
        """Forget the requests recorded so far (e.g. between two crawls)."""
        with self._lock:
            self._log.clear()

    def url(self, path: str) -> str:
        return self.base_url + path

    # -- life cycle ----------------------------------------------------------------
    def start(self) -> BaseURL:
        self._httpd = _QuietHTTPServer(("127.0.0.1", self._port), _make_request_handler(self))
        self.base_url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._handler = self._resolve(self._target)
        self._thread = threading.Thread(target=self._httpd.serve_forever, name=f"loopback {self.base_url}", daemon=True)
        self._thread.start()
        url = BaseURL(self.base_url)
        url.server = self
        return url

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._thread.join(timeout=5)
            self._httpd = None

    def __enter__(self) -> LoopbackServer:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def _resolve(self, target: Renderable | Handler) -> Handler:
        if hasattr(target, "render"):
            base_url = self.base_url
            return lambda path, headers: target.render(path, base_url)
        return target

    def _record(self, request: Request) -> None:
        with self._lock:
            self._log.append(request)


class _QuietHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # clients that hang up early (HEAD, timeouts) are normal here


def _make_request_handler(server: LoopbackServer) -> type[BaseHTTPRequestHandler]:
    class _RequestHandler(BaseHTTPRequestHandler):
        server_version = "healthbreach-demo/1.0"

        def do_GET(self) -> None:
            self._answer(send_body=True)

        def do_HEAD(self) -> None:
            self._answer(send_body=False)

        def _answer(self, send_body: bool) -> None:
            headers = {k: v for k, v in self.headers.items()}
            try:
                response = server._handler(self.path, headers)
            except DropConnection:
                server._record(Request(self.command, self.path, 0, headers))
                self.close_connection = True
                return
            except Exception:  # a broken handler is a 500, as on a real site
                response = (500, {"Content-Type": "text/plain; charset=utf-8"}, b"Internal Server Error\n")
            if response is None:
                response = (404, {"Content-Type": "text/plain; charset=utf-8"}, b"Not Found\n")
            status, out_headers, body = response
            # Record before answering: a client that has read the answer may look at the log at once.
            server._record(Request(self.command, self.path, status, headers))
            self.send_response(status)
            for name, value in out_headers.items():
                if name.lower() != "content-length":
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if send_body:
                self.wfile.write(body)

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
            pass  # one line per request on stderr would drown the test output

    return _RequestHandler


@contextmanager
def serve(target: Renderable | Handler, port: int = 0) -> Iterator[BaseURL]:
    """Serve a Site or a handler function on loopback; yield its base URL.

    `port` 0 binds a free port; another port raises OSError when it is taken.

    The yielded value is a str ("http://127.0.0.1:PORT") with two extras:
    `.requests` (paths served so far) and `.server` (the LoopbackServer).
    """
    server = LoopbackServer(target, port)
    url = server.start()
    try:
        yield url
    finally:
        server.stop()
