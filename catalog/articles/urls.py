"""Canonical article URLs: one spelling per story, so links and lookups agree.

A page's own canonical link (``<link rel=canonical>``, ``og:url``) is the story's identity
only when it is on the same site as the URL the page was read from (``is_same_site``):
anyone can write any URL there, and trusting it would let a page on one site overwrite
the record of another site's story. A canonical URL on another site is kept as a claim.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from catalog.errors import InvalidUrlError

_DEFAULT_PORTS = {"http": 80, "https": 443}
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
# RFC 3986 unreserved characters: escaping them changes nothing, so undo it.
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# The dots IDNA splits a host name at (RFC 3490 §3.1): full stop, ideographic, fullwidth, halfwidth.
_HOST_DOTS = re.compile("[.\u3002\uff0e\uff61]")
# Letters, digits and hyphens (RFC 1123); underscores too, which real subdomains carry and resolvers accept.
_HOST_LABEL = re.compile(r"[A-Za-z0-9_-]{1,63}")
# A last label that URL parsers read as a number makes the whole host an IPv4 address (WHATWG URL).
_NUMBER_LABEL = re.compile(r"(?:[0-9]+|0x[0-9a-f]*)", re.IGNORECASE)
_LONGEST_HOST = 253  # characters of a DNS name, written with dots (RFC 1035 §2.3.4)

# Parameters that only say how the reader arrived (campaigns, ad clicks, share buttons).
# Kept deliberately to names no CMS uses for content: `p`, `id`, `page`, `story`… survive.
_TRACKING_PREFIXES = ("utm_", "mc_", "_hs", "mtm_")
_TRACKING_NAMES = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
        "twclid", "ttclid", "li_fat_id", "igshid", "igsh", "_ga", "_gl", "ref", "ref_src",
        "ref_url", "referrer", "cmpid", "cmp", "smid", "smtyp", "ocid", "mkt_tok",
        "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "s_cid", "sr_share",
        "wt.mc_id", "mbid", "ito", "__twitter_impression",
    }
)


def canonicalize_url(url: str, *, canonical_link: str | None = None) -> str:
    """The article's canonical URL: the page's own canonical link when usable and on the same site, else ``url`` tidied.

    Tidying lower-cases scheme and host, drops credentials, the default port, the
    fragment and tracking parameters, removes dot segments and needless escapes.
    Raises ``InvalidUrlError`` when ``url`` is not an http(s) URL with a valid host; a
    canonical link that is unusable (another scheme, garbage) is ignored, and one on
    another site is only a claim (``canonical_address``).
    """
    return canonical_address(url, canonical_link)[0]


def canonical_address(url: str, canonical_link: str | None) -> tuple[str, str | None]:
    """The canonical URL of the article read from ``url``, and the canonical URL it claims on another site.

    ``canonical_link`` (resolved against ``url``) is the article's identity when it is
    on the same site as ``url`` (``is_same_site``); otherwise the identity is ``url``
    tidied and the link comes back second, as a claim no one has checked. The claim is
    None when the page names no usable canonical link or names one on its own site.
    """
    page_url = _tidy(url)
    if not canonical_link or not canonical_link.strip():
        return page_url, None
    try:
        linked = _tidy(urljoin(page_url, canonical_link.strip()))
    except InvalidUrlError:
        return page_url, None
    if is_same_site(urlsplit(page_url).hostname or "", urlsplit(linked).hostname or ""):
        return linked, None
    return page_url, linked


def is_same_site(first: str, second: str) -> bool:
    """True when two hosts are one site: equal but for a leading ``www.``, or one a subdomain of the other.

    ``amp.example.com``, ``www.example.com`` and ``example.com`` are one site. Sibling
    hosts are not (``a.github.io`` and ``b.github.io``, ``evil.co.uk`` and ``bbc.co.uk``):
    shared hosting and country domains put strangers side by side. The parent must
    have a dot (``example.com``, not ``com``); an IP address is only itself.
    """
    names = []
    for host in (first, second):
        name = host.strip("[]").rstrip(".").lower()
        try:
            name = name.encode("idna").decode("ascii")
        except UnicodeError:
            return False
        names.append(name.removeprefix("www."))
    one, other = names
    if one == other:
        return bool(one)
    if _is_ip_address(one) or _is_ip_address(other):
        return False
    shorter, longer = sorted(names, key=len)
    return "." in shorter and longer.endswith("." + shorter)


def idna_host(host: str, *, url: str) -> str:
    """``host`` as DNS and the HTTP Host header need it: ASCII, IDNA-encoded; IP literals as given.

    Each label 1-63 characters of letters, digits, hyphens or underscores once encoded,
    the whole name at most 253. A name written in other characters that encodes to a
    number (``①②⑦.0.0.1`` is ``127.0.0.1``) is refused: it would reach an address
    while looking like a name. Raises ``InvalidUrlError`` ("not a valid web address:
    ``url`` (why)") otherwise.
    """
    problem, encoded = _host_problem(host[:-1] if host.endswith(".") else host)  # "example.com." is absolute
    if problem:
        raise InvalidUrlError(f"not a valid web address: {url.strip()!r} ({problem})")
    return encoded


def article_id(url: str) -> str:
    """The stable article id: the first 16 hex digits of sha256 of the canonical URL."""
    return hashlib.sha256(canonicalize_url(url).encode("utf-8")).hexdigest()[:16]


# "https://www-paper-com.cdn.ampproject.org/c/s/www.paper.com/story", "https://www.google.com/amp/s/www.paper.com/story"
_AMP_CACHE = re.compile(r"^https?://(?:[\w-]+\.cdn\.ampproject\.org/[cv]|(?:www\.)?google\.[a-z.]+/amp)/"
                        r"(?P<secure>s/)?(?P<address>[\w-]+(?:\.[\w-]+)+(?:[/?].*)?)$", re.IGNORECASE)


def is_tracking_parameter(name: str) -> bool:
    """True for query parameters that identify a campaign or click, not the content."""
    key = unquote(name).strip().lower()
    return key in _TRACKING_NAMES or key.startswith(_TRACKING_PREFIXES)


def _tidy(url: str) -> str:
    text = url.strip()
    if not text:
        raise InvalidUrlError("empty URL")
    cached = _AMP_CACHE.match(text)
    if cached:  # the AMP cache's or Google's copy names the publisher's address inside its own
        text = ("https://" if cached.group("secure") else "http://") + cached.group("address")
    scheme = _SCHEME.match(text)
    if text.startswith("//"):
        text = "https:" + text
    elif scheme and not text[scheme.end() :].startswith("//") and _is_real_scheme(text):
        raise InvalidUrlError(f"not an http(s) URL: {text!r}")
    elif not scheme or not text[scheme.end() :].startswith("//"):
        text = "https://" + text  # "www.example.com/story", as pasted from an address bar
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as error:
        raise InvalidUrlError(f"not a valid URL: {url.strip()!r} ({error})") from None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in _DEFAULT_PORTS:
        raise InvalidUrlError(f"not an http(s) URL: {url.strip()!r}")
    if not host or any(c.isspace() for c in host):
        raise InvalidUrlError(f"URL has no host: {url.strip()!r}")
    idna_host(host, url=url)
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    path = _remove_dot_segments(_normalize_escapes(parts.path)) or "/"
    query = "&".join(
        piece
        for piece in parts.query.split("&")
        if piece and not is_tracking_parameter(piece.split("=", 1)[0]) and not _is_amp_view(piece)
    )
    return urlunsplit((scheme, host, path, _normalize_escapes(query), ""))


def _is_amp_view(piece: str) -> bool:
    """True for a query parameter asking for the page's AMP rendering ("?amp=1", "?amp", "?outputType=amp"): the
    same article, as Google's AMP viewer and share sheets copy its address."""
    name, _, value = unquote(piece).lower().partition("=")
    return name == "amp" and value in ("", "1", "true") or name == "outputtype" and value == "amp"


def _host_problem(host: str) -> tuple[str | None, str]:
    """Why ``host`` cannot name a web server (None when it can), and its ASCII form."""
    if ":" in host:  # an IPv6 literal, brackets already removed by urlsplit
        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            return "an IPv6 address that is not valid", host
        return None, host
    labels = _HOST_DOTS.split(host)
    if "" in labels:
        return "the host name has an empty part between two dots", host
    try:
        encoded = host.encode("idna").decode("ascii")
    except UnicodeError:
        if any(len(label) > 63 for label in labels):
            return "a part of the host name is longer than 63 characters", host
        return "the host name cannot be written as an internationalized name", host
    if len(encoded) > _LONGEST_HOST:
        return f"the host name is longer than {_LONGEST_HOST} characters", host
    if not all(_HOST_LABEL.fullmatch(label) for label in encoded.split(".")):
        return "the host name holds characters no host name can have", host
    if not host.isascii() and _NUMBER_LABEL.fullmatch(encoded.rsplit(".", 1)[-1]):
        return f"a name written in other characters that stands for the address {encoded}", host
    return None, encoded


def _is_ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _is_real_scheme(text: str) -> bool:
    """True for "mailto:x", "javascript:…"; False for "example.com:8080/x" (a host and port)."""
    name, rest = text.split(":", 1)
    return "." not in name and not rest[:1].isdigit()


def _normalize_escapes(text: str) -> str:
    """Upper-case percent escapes and decode those of unreserved characters (RFC 3986 §6.2.2)."""

    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(0)[1:], 16))
        return char if char in _UNRESERVED else match.group(0).upper()

    return _ESCAPE.sub(fix, text)


def _remove_dot_segments(path: str) -> str:
    """Resolve ``.`` and ``..`` path segments (RFC 3986 §5.2.4)."""
    if "." not in path:
        return path
    output: list[str] = []
    segments = path.split("/")
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == ".":
            if last:
                output.append("")
        elif segment == "..":
            if len(output) > 1:
                output.pop()
            if last:
                output.append("")
        else:
            output.append(segment)
    result = "/".join(output)
    return result if result.startswith("/") or not path.startswith("/") else "/" + result
