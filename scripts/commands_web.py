"""``photodesk serve``: the web UI and JSON API on waitress, a production WSGI server.

With ``--processes N`` (Linux/macOS) the listening socket is opened once and N forked
processes serve it, each with its own app, catalog connections and index searchers:
one Python process runs one thread at a time, so this is what puts a second core to work
(measured in scripts/bench/web.py).

Connections are limited on purpose: waitress's default of 100 let 100 idle or slow clients
lock everyone else out. Each process keeps up to ``--connection-limit`` open (waiting for
a thread costs a descriptor, not a thread) and closes one idle for ``--channel-timeout``.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import signal
import socket
import sys
from pathlib import Path
from typing import Any

import click

from catalog.errors import ConfigurationError
from catalog.settings import DEFAULT_ARTICLE_READS, Settings
from scripts.options import data_option

DEFAULT_THREADS = 8
DEFAULT_CONNECTION_LIMIT = 1000
OUTPUT_BUFFER = 4 * 1024 * 1024  # bytes of an answer held for a slow client before the view waits
DEFAULT_CHANNEL_TIMEOUT = 30  # seconds: longer than a browser's keep-alive, far shorter than waitress's 120
# Descriptors a server process needs besides its connections: catalog, index segments, listener, pipes.
RESERVED_DESCRIPTORS = 256


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on (0: any free port).")
@click.option("--threads", default=DEFAULT_THREADS, show_default=True, type=click.IntRange(1, 256), help="Worker threads per process.")
@click.option("--processes", default=1, show_default=True, type=click.IntRange(1, 64), help="Server processes sharing the port (needs fork).")
@click.option("--connection-limit", default=DEFAULT_CONNECTION_LIMIT, show_default=True, type=click.IntRange(1, 100_000),
              help="Open connections per process; more wait in the listen queue until one closes.")
@click.option("--channel-timeout", default=DEFAULT_CHANNEL_TIMEOUT, show_default=True, type=click.IntRange(1, 86_400),
              help="Seconds a connection may stay idle before the server closes it.")
@click.option("--allow-private-fetch", is_flag=True,
              help="Let the article lookup fetch pages from private, loopback and link-local addresses (the local network).")
@click.option("--article-deadline", type=float, metavar="SECONDS",
              help="Time allowed for reading one article, images included. Default: $PHOTODESK_ARTICLE_DEADLINE or 30.")
@click.option("--article-reads", default=DEFAULT_ARTICLE_READS, show_default=True, type=click.IntRange(1, 64),
              help="Articles read at once per process; one more is asked to try again in a moment.")
@click.option("--session-idle", type=float, metavar="MINUTES",
              help="A login session unused this long ends. Default: $PHOTODESK_SESSION_IDLE_MINUTES or 60.")
@click.option("--secure-cookies", is_flag=True,
              help="Mark the login cookie Secure on every answer: behind a proxy that ends https (it is always Secure "
                   "when the request itself came over https).")
@click.option("--images", "images_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder holding stories' images by file name: article pages show these copies, and "
                   "readings compare them.")
@data_option
def serve(settings: Settings, host: str, port: int, threads: int, processes: int, connection_limit: int,
          channel_timeout: int, allow_private_fetch: bool, article_deadline: float | None, article_reads: int,
          session_idle: float | None, secure_cookies: bool, images_dir: Path | None) -> None:
    """Serve the search page, asset pages and JSON API until interrupted (with no account: on loopback only)."""
    if article_reads >= threads:  # each reading holds a thread: searches must keep one
        raise ConfigurationError(f"--article-reads ({article_reads}) must be less than --threads ({threads})")
    settings = dataclasses.replace(Settings.from_sources(settings.data_dir, article_deadline=article_deadline,
                                                         session_idle_minutes=session_idle,
                                                         catalog=settings.catalog_url, media=settings.media_root),
                                   article_reads=article_reads)
    from catalog.desk import Desk
    from web.intake import upload_body_limit

    # A catalog this Photodesk cannot open stops here with one line (exit 2), before any fork.
    with Desk.open(settings) as desk:
        accounts, admin = desk.catalog.has_accounts(), desk.catalog.has_admin()
    loopback = is_loopback(host)
    if not loopback and not admin:
        raise ConfigurationError(
            f"refusing to serve on {host}: the catalog has no admin account, so anyone who can reach the port "
            f"could use it. Create one first:\n  photodesk user add NAME --role admin --data {settings.data_dir}")
    logging.getLogger("waitress").setLevel(logging.WARNING)
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "task queue depth" under load is not news
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        listener = socket.create_server((host, port), family=family, backlog=1024)
    except OSError as error:
        raise ConfigurationError(f"cannot listen on {host}:{port} ({error.strerror or error})") from None
    address = listener.getsockname()
    # The first line names the real address (with --port 0 the OS picks the port).
    click.echo(f"Photodesk on http://{address[0]}:{address[1]}/ (data: {settings.data_dir})", err=True)
    server_options = {
        "threads": threads,
        "connection_limit": _allow_descriptors_for(connection_limit),
        "channel_timeout": channel_timeout,
        # Idle connections are looked for this often; waitress's 30 s would outlast a short timeout.
        "cleanup_interval": min(channel_timeout, 30),
        # poll(), not select(): select() cannot watch a descriptor numbered 1024 or above.
        "asyncore_use_poll": True,
        # A streamed answer (a zip of a lightbox) stays in memory, 4 MB at most per connection: the view
        # waits while that much is unsent. Waitress's defaults (1 MB, then a temporary file up to 16 MB)
        # wrote each zip to disk a second time (docs/lightboxes.md).
        "outbuf_overflow": OUTPUT_BUFFER,
        "outbuf_high_watermark": OUTPUT_BUFFER,
        # An upload (docs/intake.md) declaring more than the file-size limit is refused from its
        # headers, before its body is received; waitress's own default (1 GB) is below ours.
        "max_request_body_size": upload_body_limit(settings.max_file_bytes),
    }
    if not accounts:  # after the lines about the address and the open files, which tools read first
        click.echo("No accounts in the catalog: no login is asked, so Photodesk serves this machine only "
                   "(a loopback address). `photodesk user add NAME --role admin` turns logins on.", err=True)
    app_config = {"PHOTODESK_ALLOW_PRIVATE_FETCH": allow_private_fetch, "SESSION_COOKIE_SECURE": secure_cookies,
                  "PHOTODESK_ARTICLE_IMAGES": images_dir.resolve() if images_dir else None}
    if processes == 1 or not hasattr(os, "fork"):
        _serve_forever(settings, listener, server_options, app_config)
        return
    children = []
    for _ in range(processes):
        pid = os.fork()
        if pid == 0:  # the child builds its own app: no connection or searcher crosses a fork
            try:
                _serve_forever(settings, listener, server_options, app_config)
            finally:
                os._exit(0)
        children.append(pid)
    listener.close()
    _wait_for(children)


def is_loopback(host: str) -> bool:
    """True when ``host`` names only this machine: a loopback address, or a name that resolves only to such."""
    import ipaddress

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, None)
    except OSError:
        return False  # cannot tell: treated as reachable from elsewhere
    addresses = {info[4][0] for info in found}
    return bool(addresses) and all(ipaddress.ip_address(address.split("%")[0]).is_loopback for address in addresses)


def _serve_forever(settings: Settings, listener: socket.socket, server_options: dict[str, Any],
                   app_config: dict[str, Any]) -> None:
    """Run one waitress server on the already-listening socket until SIGINT or SIGTERM."""
    import waitress

    from web import create_app

    app = create_app(settings, **app_config)
    try:
        app.extensions["photodesk"].index.warm()  # open searchers now, not on the first request
    except Exception as error:  # a stale or damaged index: pages still serve, searches say why
        logging.getLogger(__name__).warning("search index not ready (%s); run `photodesk reindex`", error)
    server = waitress.create_server(app, sockets=[listener], ident="photodesk", **server_options)
    # Both stop the server cleanly, even when started in the background with SIGINT ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: _interrupt())
    # On a shared catalog, what other hosts change reaches this host's index (one process follows).
    follower = app.extensions["photodesk"].desk.follow_changes()
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        if follower is not None:
            follower.stop()
        server.close()


def _allow_descriptors_for(connection_limit: int) -> int:
    """Raise the soft open-file limit so ``connection_limit`` connections fit; the connection limit that fits.

    Forked server processes inherit the raised limit. When even the hard limit is too low,
    a warning says so and fewer connections are kept open.
    """
    try:
        import resource
    except ImportError:  # Windows: no such limit to raise
        return connection_limit
    wanted = connection_limit + RESERVED_DESCRIPTORS
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        raised = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (raised, hard))
            soft = raised
        except (ValueError, OSError):  # e.g. macOS refuses more than its own per-process cap
            pass
    if soft == resource.RLIM_INFINITY or soft >= wanted:
        return connection_limit
    fits = max(soft - RESERVED_DESCRIPTORS, soft // 2)
    click.echo(f"Only {soft} open files are allowed (ulimit -n): serving at most {fits} connections at a time "
               f"per process, not {connection_limit}.", err=True)
    return fits


def _interrupt() -> None:
    raise KeyboardInterrupt


def _wait_for(children: list[int]) -> None:
    """Wait for the serving processes; Ctrl-C or SIGTERM stops them all."""
    def stop(*_: object) -> None:
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    remaining = set(children)
    while remaining:
        try:
            pid, _status = os.wait()
        except KeyboardInterrupt:
            stop()
            continue
        except ChildProcessError:
            break
        remaining.discard(pid)
        if remaining and pid in children:
            stop()  # one died: take the rest down too, so a supervisor sees the failure
    sys.stderr.flush()


COMMANDS = (serve,)
