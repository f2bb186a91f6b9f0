"""Fetch an article page or a published image over http(s), without becoming a way into the newsroom's network.

Rules, for the first request and for every redirect alike:

- http and https only; at most ``MAX_REDIRECTS`` redirects, each to http(s) again;
- the host is resolved once and the connection goes to the very address checked, so a
  name cannot resolve to a public address for the check and a private one for the
  connection. Private, loopback, link-local, shared (CGNAT), multicast, reserved and
  unspecified addresses, IPv4 and IPv6 (mapped, NAT64 and 6to4 forms of them too), are
  refused unless ``allow_private`` (the CLI's ``--allow-private``);
- proxies from the environment are not used: through a proxy the checked address would
  be the proxy's, not the server's;
- ``timeout`` seconds per connect and per read, and the whole body within
  ``timeout`` × ``_BODY_TIMEOUTS``; a byte cap checked against Content-Length first, then
  counted while reading;
- with a ``Deadline`` (one per article read, shared by its page and images), nothing
  waits past it: name lookup, connect, TLS handshake, headers and body alike;
- an honest User-Agent naming Photodesk; no cookies, no compression.

Failures raise ``FetchError`` with one plain line naming the URL; a URL that is not
http(s), or whose host is not a valid host name or address (``catalog.articles.urls.idna_host``),
raises ``InvalidUrlError``, and a redirect to one is a ``FetchError``. Standard library
only: ``urllib`` with our own connection classes does everything needed, and a client
library would still need the same address check wired into its connection pool.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from importlib import metadata
from typing import Any, Callable, Iterable, TypeVar
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from catalog.errors import FetchError, InvalidUrlError, PrivateAddressError
from catalog.articles.urls import idna_host

DEFAULT_TIMEOUT = 15.0  # seconds per connect or read
PAGE_BYTES = 10 * 1024**2  # the largest article pages are ~2-3 MB of HTML
IMAGE_BYTES = 50 * 1024**2  # a published rendition; the reader's own limits apply after this
MAX_REDIRECTS = 5
PAGE_TYPES = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
IMAGE_TYPES = "image/avif,image/webp,image/jpeg,image/png,image/*;q=0.8,*/*;q=0.5"
_BODY_TIMEOUTS = 4  # the whole body may take this many timeouts (a server dripping bytes)
_CHUNK = 64 * 1024
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT: private in practice


def _version() -> str:
    try:
        return metadata.version("photodesk")
    except metadata.PackageNotFoundError:
        return "dev"


USER_AGENT = f"Photodesk/{_version()} (newsroom photo catalog; checks where its photos are published)"
IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IpNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
T = TypeVar("T")


class Deadline:
    """The moment reading an article must be over: its page, every redirect and every image.

    A per-read timeout cannot bound a server that drips a byte now and then, so every
    blocking step of a fetch under a deadline waits at most until it: each socket
    operation's timeout is cut to what is left, and name lookup runs in a helper
    thread that is waited for only that long.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds

    @property
    def has_passed(self) -> bool:
        """True once the deadline is reached."""
        return time.monotonic() >= self.ends

    @property
    def exceeded(self) -> str:
        """Why a page fetched under this deadline failed, once it has passed."""
        return f"took longer than the {self.seconds:g} s allowed for reading an article"

    @property
    def passed_by(self) -> str:
        """Why an image was not compared: the deadline passed while it was being fetched."""
        return f"the article's {self.seconds:g} s deadline passed"

    def limit(self, timeout: float | None) -> float:
        """How long one blocking step may wait: ``timeout``, or what is left when less; ``TimeoutError`` after."""
        left = self.ends - time.monotonic()
        if left <= 0:
            raise TimeoutError(self.exceeded)
        return left if timeout is None else min(timeout, left)

    def within(self, call: Callable[[], T]) -> T:
        """``call()`` in a helper thread, waited for until the deadline; ``TimeoutError`` after.

        For calls that take no timeout (``getaddrinfo``); one still running when the
        deadline passes is left to finish on its own.
        """
        outcome: list[tuple[bool, Any]] = []
        done = threading.Event()

        def run() -> None:
            try:
                outcome.append((True, call()))
            except BaseException as error:  # handed to the waiting thread
                outcome.append((False, error))
            finally:
                done.set()

        threading.Thread(target=run, name="photodesk-deadline", daemon=True).start()
        if not done.wait(min(self.limit(None), threading.TIMEOUT_MAX)):
            raise TimeoutError(self.exceeded)
        succeeded, value = outcome[0]
        if not succeeded:
            raise value
        return value


@dataclass(frozen=True)
class Fetched:
    """What a URL answered: the final URL (after redirects), the body and its Content-Type."""

    url: str
    content: bytes
    content_type: str | None


def fetch(
    url: str,
    *,
    max_bytes: int = PAGE_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    allow_private: bool = False,
    allow_networks: Iterable[IpNetwork] = (),
    accept: str = PAGE_TYPES,
    deadline: Deadline | None = None,
) -> Fetched:
    """Fetch ``url`` under the rules above; ``allow_networks`` permits just these private networks.

    Past ``deadline``, whatever step it was at, the fetch fails with ``Deadline.exceeded``.
    """
    check_scheme(url)
    if deadline is not None and deadline.has_passed:
        raise FetchError(deadline.exceeded, url=url)
    guard = AddressGuard(allow_private=allow_private, allow_networks=tuple(allow_networks), deadline=deadline)
    opener = _opener(guard)
    request = urllib.request.Request(
        _ascii_url(url), headers={"User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "identity"}
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            content = _read_body(response, max_bytes, timeout)
            return Fetched(url=response.geturl(), content=content, content_type=response.headers.get("Content-Type"))
    except (FetchError, http.client.HTTPException, OSError) as error:  # URLError and timeouts are OSErrors
        if deadline is not None and deadline.has_passed:
            raise FetchError(deadline.exceeded, url=url) from None
        if isinstance(error, PrivateAddressError):
            raise PrivateAddressError(error.reason, refusal=error.refusal, url=url) from None
        raise FetchError(_failure(error, timeout), url=url) from None


def _failure(error: Exception, timeout: float) -> str:
    """What went wrong, in one plain line."""
    if isinstance(error, FetchError):  # an address refused or a redirect refused, on the way
        return str(error)
    if isinstance(error, urllib.error.HTTPError):
        if error.code in (301, 302, 303, 307, 308):
            return f"more than {MAX_REDIRECTS} redirects"
        return f"the server answered HTTP {error.code} {error.reason}"
    if isinstance(error, urllib.error.URLError):
        return _reason(error.reason, timeout)
    if isinstance(error, TimeoutError):
        return f"no answer within {timeout:g} s"
    if isinstance(error, http.client.HTTPException):
        return f"the server's answer is not valid HTTP ({type(error).__name__})"
    return _reason(error, timeout)


def check_scheme(url: str) -> None:
    """Raise ``InvalidUrlError`` unless ``url`` is http(s) with a valid host name or address."""
    try:
        parts = urlsplit(url)
    except ValueError as error:
        raise InvalidUrlError(f"not a valid URL: {url!r} ({error})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidUrlError(f"not an http(s) URL: {url!r}")
    if not parts.hostname:
        raise InvalidUrlError(f"URL has no host: {url!r}")
    idna_host(parts.hostname, url=url)


def _ascii_url(url: str) -> str:
    """``url`` as sent: the host in IDNA, other characters beyond ASCII escaped in UTF-8, as browsers do.

    The request line and the Host header must be ASCII; ``http.client`` raises
    ``UnicodeEncodeError`` otherwise.
    """
    if url.isascii():
        return url
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = parts.netloc
    if not host.isascii():
        netloc = idna_host(host, url=url) + (f":{parts.port}" if parts.port is not None else "")
        if "@" in parts.netloc:
            netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    path, query, fragment = (_NOT_ASCII.sub(lambda found: quote(found.group(0)), part)
                             for part in (parts.path, parts.query, parts.fragment))
    return urlunsplit((parts.scheme, netloc, path, query, fragment))


def is_public_address(address: IpAddress) -> bool:
    """True for an address on the public internet; False for private, loopback, link-local and the like.

    IPv6 forms that carry an IPv4 address (``::ffff:10.0.0.1``, NAT64 ``64:ff9b::a00:1``,
    6to4 ``2002:a00:1::``) are judged by the IPv4 address they reach.
    """
    if isinstance(address, ipaddress.IPv6Address):
        inner = address.ipv4_mapped or address.sixtofour
        if inner is None and address in _NAT64:
            inner = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if inner is not None:
            return is_public_address(inner)
    if isinstance(address, ipaddress.IPv4Address) and address in _SHARED:
        return False
    return address.is_global and not (
        address.is_multicast or address.is_reserved or address.is_unspecified or address.is_link_local
    )


class AddressGuard:
    """Resolves a host, refuses addresses that are not public, connects to the address it checked."""

    def __init__(
        self, *, allow_private: bool = False, allow_networks: tuple[IpNetwork, ...] = (),
        deadline: Deadline | None = None,
    ) -> None:
        self.allow_private = allow_private
        self.allow_networks = allow_networks
        self.deadline = deadline
        self.tls = ssl.create_default_context()
        self.tls.sslsocket_class = _BoundedSSLSocket

    def is_allowed(self, address: IpAddress) -> bool:
        """True when this address may be connected to."""
        return (
            self.allow_private
            or is_public_address(address)
            or any(address.version == net.version and address in net for net in self.allow_networks)
        )

    def resolve(self, host: str, port: int) -> list[tuple[Any, ...]]:
        """The host's addresses (``getaddrinfo`` entries); ``FetchError`` if any one is refused.

        One refused address refuses the host: a name that mixes public and private
        addresses is how DNS-rebinding attacks are set up.
        """
        def look_up() -> list[tuple[Any, ...]]:
            return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)

        try:
            infos = look_up() if self.deadline is None else self.deadline.within(look_up)
        except socket.gaierror as error:
            raise FetchError(f"cannot find the server {host} ({error.strerror})") from None
        except UnicodeError:  # the IDNA codec; idna_host refuses such names before, this is the belt
            raise FetchError(f"not a valid web address: {host!r}") from None
        for info in infos:
            address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
            if not self.is_allowed(address):
                named = "" if host.strip("[]") == str(address) else f" ({host})"
                refusal = f"refused to connect to {address}{named}: a {_kind(address)} address, not the public internet"
                raise PrivateAddressError(f"{refusal}; use --allow-private to fetch from the local network",
                                          refusal=refusal)
        return infos

    def connect(self, host: str, port: int, timeout: float | None) -> "_BoundedSocket":
        """A connected socket to one of the host's checked addresses, bounded by the deadline."""
        last: OSError | None = None
        for family, kind, protocol, _, address in self.resolve(host, port):
            sock = _BoundedSocket(family, kind, protocol)
            sock.bound(self.deadline, timeout)
            try:
                sock.limit_next_wait()
                sock.connect(address)
                return sock
            except OSError as error:
                sock.close()
                last = error
        raise last or OSError(f"no address for {host}")

    def secure(self, sock: "_BoundedSocket", host: str, timeout: float | None) -> ssl.SSLSocket:
        """``sock`` after a TLS handshake with ``host`` (certificate checked), bounded by the deadline."""
        sock.limit_next_wait()  # the whole handshake: the ssl module gives it one timeout
        secured = self.tls.wrap_socket(sock, server_hostname=host)
        assert isinstance(secured, _BoundedSSLSocket)
        secured.bound(self.deadline, timeout)
        return secured


class _WithinDeadline:
    """Socket methods that wait at most the timeout, or what is left before the deadline when less.

    http.client reads through ``recv_into`` (headers and body alike) and writes with
    ``sendall``; each call gets a fresh bound, so a byte dripped now and then cannot
    stretch a read past the deadline.
    """

    _deadline: Deadline | None = None
    _timeout: float | None = None

    def bound(self, deadline: Deadline | None, timeout: float | None) -> None:
        """Keep every later wait within ``deadline`` (None: ``timeout`` alone, as a plain socket)."""
        self._deadline, self._timeout = deadline, timeout

    def limit_next_wait(self) -> None:
        """Set the socket's timeout for the next blocking call."""
        if self._deadline is not None:
            self.settimeout(self._deadline.limit(self._timeout))  # type: ignore[attr-defined]
        else:
            self.settimeout(self._timeout)  # type: ignore[attr-defined]

    def recv_into(self, *args: Any, **kwargs: Any) -> int:
        if self._deadline is not None:
            self.limit_next_wait()
        return super().recv_into(*args, **kwargs)  # type: ignore[misc]

    def recv(self, *args: Any, **kwargs: Any) -> bytes:
        if self._deadline is not None:
            self.limit_next_wait()
        return super().recv(*args, **kwargs)  # type: ignore[misc]

    def sendall(self, *args: Any, **kwargs: Any) -> None:
        if self._deadline is not None:
            self.limit_next_wait()
        return super().sendall(*args, **kwargs)  # type: ignore[misc]


class _BoundedSocket(_WithinDeadline, socket.socket):
    """A TCP socket whose waits end by the deadline."""


class _BoundedSSLSocket(_WithinDeadline, ssl.SSLSocket):
    """A TLS socket whose waits end by the deadline (``SSLContext.sslsocket_class``)."""


class _GuardedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, *, guard: AddressGuard, **kwargs: Any) -> None:
        super().__init__(host, **kwargs)
        self._guard = guard

    def connect(self) -> None:
        self.sock = self._guard.connect(self.host, self.port, self.timeout)


class _GuardedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, *, guard: AddressGuard, **kwargs: Any) -> None:
        super().__init__(host, context=guard.tls, **kwargs)
        self._guard = guard

    def connect(self) -> None:
        sock = self._guard.connect(self.host, self.port, self.timeout)
        self.sock = self._guard.secure(sock, self.host, self.timeout)


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, guard: AddressGuard) -> None:
        super().__init__()
        self._guard = guard

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(lambda host, **kw: _GuardedHTTPConnection(host, guard=self._guard, **kw), req)


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, guard: AddressGuard) -> None:
        super().__init__(context=guard.tls)
        self._guard = guard

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(lambda host, **kw: _GuardedHTTPSConnection(host, guard=self._guard, **kw), req)


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = MAX_REDIRECTS

    def http_error_302(self, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
        # Checked before urllib's own handling, which would pass ftp: on to another handler.
        location = headers.get("Location") or headers.get("URI")
        if location:
            target = urljoin(req.full_url, location.strip())
            if urlsplit(target).scheme.lower() not in ("http", "https"):
                raise FetchError(f"redirected to {target!r}, which is not an http(s) URL")
            try:
                check_scheme(target)
                sendable = _ascii_url(target)
            except InvalidUrlError as error:
                fp.close()  # the redirect's own answer, never read: its connection would leak
                raise FetchError(f"redirect refused: {error}") from None
            if sendable != target:  # urllib would quote the host too, in Latin-1
                for name in ("Location", "URI"):
                    if name in headers:
                        headers.replace_header(name, sendable)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener(guard: AddressGuard) -> urllib.request.OpenerDirector:
    # Built by hand, not with build_opener(): no proxies, no file:, ftp: or data: handlers.
    opener = urllib.request.OpenerDirector()
    for handler in (
        _GuardedHTTPHandler(guard),
        _GuardedHTTPSHandler(guard),
        _RedirectHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        urllib.request.UnknownHandler(),
    ):
        opener.add_handler(handler)
    return opener


def _read_body(response: http.client.HTTPResponse, max_bytes: int, timeout: float) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.strip().isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{_size(int(declared))} exceeds the {_size(max_bytes)} limit")
    deadline = time.monotonic() + timeout * _BODY_TIMEOUTS
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"more than the {_size(max_bytes)} limit")
        if time.monotonic() > deadline:
            raise FetchError(f"the answer took longer than {timeout * _BODY_TIMEOUTS:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(reason: object, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"the server's certificate is not valid ({reason.verify_message})"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection failed ({reason.reason or reason})"
    if isinstance(reason, socket.gaierror):
        return f"cannot find the server ({reason.strerror})"
    if isinstance(reason, OSError):
        return f"network error ({reason.strerror or reason})"
    return str(reason)


def _kind(address: IpAddress) -> str:
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if address.is_unspecified:
        return "unspecified"
    if isinstance(address, ipaddress.IPv6Address) and (address.ipv4_mapped or address.sixtofour):
        return f"{_kind(address.ipv4_mapped or address.sixtofour)} (IPv4 inside IPv6)"  # type: ignore[arg-type]
    if address.is_private or (isinstance(address, ipaddress.IPv4Address) and address in _SHARED):
        return "private"
    return "reserved"


def _size(count: int) -> str:
    return f"{count / 1024**2:,.1f} MB" if count >= 1024**2 else f"{count:,} bytes"
