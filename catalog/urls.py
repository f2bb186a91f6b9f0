"""Canonical article URLs: one spelling per story, so links and lookups agree."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from catalog.errors import InvalidUrlError

_DEFAULT_PORTS = {"http": 80, "https": 443}
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
# RFC 3986 unreserved characters: escaping them changes nothing, so undo it.
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

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
    """The article's canonical URL: the page's own canonical link when usable, else ``url`` tidied.

    Tidying lower-cases scheme and host, drops credentials, the default port, the
    fragment and tracking parameters, removes dot segments and needless escapes.
    Raises ``InvalidUrlError`` when ``url`` is not an http(s) URL with a host; a
    canonical link that is unusable (another scheme, garbage) is ignored.
    """
    page_url = _tidy(url)
    if canonical_link and canonical_link.strip():
        try:
            return _tidy(urljoin(page_url, canonical_link.strip()))
        except InvalidUrlError:
            pass
    return page_url


def article_id(url: str) -> str:
    """The stable article id: the first 16 hex digits of sha256 of the canonical URL."""
    return hashlib.sha256(canonicalize_url(url).encode("utf-8")).hexdigest()[:16]


def is_tracking_parameter(name: str) -> bool:
    """True for query parameters that identify a campaign or click, not the content."""
    key = unquote(name).strip().lower()
    return key in _TRACKING_NAMES or key.startswith(_TRACKING_PREFIXES)


def _tidy(url: str) -> str:
    text = url.strip()
    if not text:
        raise InvalidUrlError("empty URL")
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
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    path = _remove_dot_segments(_normalize_escapes(parts.path)) or "/"
    query = "&".join(
        piece
        for piece in parts.query.split("&")
        if piece and not is_tracking_parameter(piece.split("=", 1)[0])
    )
    return urlunsplit((scheme, host, path, _normalize_escapes(query), ""))


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
