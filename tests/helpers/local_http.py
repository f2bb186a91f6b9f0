"""A real HTTP server on a loopback address for fetch and article tests: pages, images, redirects, stalls, drips."""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterator, TypeVar

T = TypeVar("T")
HANG_GUARD = 30.0  # seconds: a fetch or request still running after this would never end


@dataclass
class Route:
    """What the server answers for one path."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    declare_length: bool = True  # False: no Content-Length, the body ends when the connection closes
    hold: threading.Event | None = None  # answer only once this is set (a server that stalls)
    drip: float = 0.0  # > 0: send one byte every this many seconds, for ever (until the client leaves)
    drip_in: str = "headers"  # "headers": a header that never ends; "body": headers, then the body byte by byte


class LocalServer:
    """Serves ``routes`` on ``host`` (a free port); records every request's path and headers."""

    def __init__(self, host: str = "127.0.0.1", *, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.held = threading.Semaphore(0)  # released once for every request that starts waiting on a hold
        self._closing = threading.Event()
        server_class = _IPv6Server if ":" in host else ThreadingHTTPServer
        self._server = server_class((host, 0), self._handler())
        self._server.daemon_threads = True
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self.host = host
        self.port = self._server.server_address[1]
        # A short poll: shutdown() waits for the serving loop to look, 0.5 s by default, in every test.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        """The full URL of ``path`` on this server."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}{path}"

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", **options: object) -> None:
        """Serve ``body`` at ``path``."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, content_type=content_type, **options)  # type: ignore[arg-type]

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        """Answer ``path`` with a redirect to ``location``."""
        self.routes[path] = Route(status=status, headers={"Location": location})

    def close(self) -> None:
        """Release held requests, stop dripping, and stop the server."""
        self._closing.set()
        for route in self.routes.values():
            if route.hold is not None:
                route.hold.set()
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the http.server API)
                server.requests.append((self.path, dict(self.headers.items())))
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                if route.drip:
                    self._drip(route)
                    return
                if route.hold is not None:
                    server.held.release()
                    route.hold.wait(60)  # released by the test (or by close())
                self.send_response(route.status)
                if route.body or route.status == 200:
                    self.send_header("Content-Type", route.content_type)
                if route.declare_length:
                    self.send_header("Content-Length", str(len(route.body)))
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                try:
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading: that is what a size cap does

            def _drip(self, route: Route) -> None:
                """A server that answers a byte at a time: each read succeeds, the whole never ends."""
                head = f"HTTP/1.1 200 OK\r\nContent-Type: {route.content_type}\r\n"
                if route.drip_in == "body":
                    head += f"Content-Length: {1024**2}\r\n\r\n"
                else:
                    head += "X-Drip: "
                self.close_connection = True
                try:
                    self.wfile.write(head.encode("latin-1"))
                    while not server._closing.wait(route.drip):  # the pace of the drip, not a test's wait
                        self.wfile.write(b"a")
                except OSError:
                    pass  # the client gave up: that is what a deadline does

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep the test output clean

        return Handler


class _IPv6Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6


def has_ipv6_loopback() -> bool:
    """True when this machine can listen on ``::1``."""
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
        return True
    except OSError:
        return False


def self_signed_tls(folder: Path, host: str = "127.0.0.1") -> ssl.SSLContext:
    """A server TLS context with a certificate for ``host`` that no one has signed (made by openssl)."""
    certificate, key = folder / "certificate.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", f"/CN={host}",
         "-addext", f"subjectAltName=IP:{host}", "-keyout", str(key), "-out", str(certificate)],
        check=True, capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate, key)
    return context


@contextmanager
def serving(host: str = "127.0.0.1", *, tls: ssl.SSLContext | None = None) -> Iterator[LocalServer]:
    """A ``LocalServer`` for the duration of the block."""
    server = LocalServer(host, tls=tls)
    try:
        yield server
    finally:
        server.close()


def without_hanging(call: Callable[[], T], guard: float = HANG_GUARD) -> T:
    """``call()`` in a thread: its result or exception; an AssertionError if still running after ``guard`` seconds."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as error:
            outcome["error"] = error

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(guard)
    assert not worker.is_alive(), f"still waiting after {guard:g} s: a deadline did not hold"
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
