"""A page kept in a web archive (WARC, ISO 28500): the HTML of its first response record, as the server sent it.

A crawler (Heritrix, wget's ``--warc-file``, Browsertrix, warcio) writes each exchange as a record:
a ``WARC/1.x`` header block, then ``Content-Length`` bytes holding, for a response, the HTTP
response itself (status line, headers, body), its body at times chunked or gzipped as sent.
"""

from __future__ import annotations

import gzip
import re
import zlib

_RECORD_START = re.compile(rb"^WARC/1\.[01]\r?\n")
_HEADER = re.compile(rb"^([\w-]+):[ \t]*(.*?)\r?$", re.MULTILINE)
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_MOST_RECORDS = 1000  # records looked at for the page: an archive's first ones


def archived_page(content: bytes) -> tuple[bytes, str | None] | None:
    """(the body, its HTTP Content-Type) of the first HTML response a WARC file holds; None for other content."""
    position = 0
    for _ in range(_MOST_RECORDS):
        start = content[position:]
        if not _RECORD_START.match(start):
            return None
        split = _BLANK_LINE.search(start)
        if split is None:
            return None
        headers = _headers(start[: split.start()])
        length = int(headers.get("content-length", "0") or 0) if headers.get("content-length", "0").isdigit() else 0
        block = start[split.end() : split.end() + length]
        if headers.get("warc-type") == "response" and "application/http" in headers.get("content-type", ""):
            page = _http_body(block)
            if page is not None:
                return page
        position += split.end() + length
        while content[position : position + 2] in (b"\r\n", b"\n\n") or content[position : position + 1] == b"\n":
            position += 2 if content[position : position + 2] == b"\r\n" else 1
    return None


def _headers(block: bytes) -> dict[str, str]:
    return {name.decode("ascii", "replace").lower(): value.decode("latin-1").strip()
            for name, value in _HEADER.findall(block)}


def _http_body(block: bytes) -> tuple[bytes, str | None] | None:
    """An HTTP response's body, unchunked and uncompressed, and its Content-Type, when it is HTML."""
    split = _BLANK_LINE.search(block)
    if not block.startswith(b"HTTP/") or split is None:
        return None
    headers = _headers(block[: split.start()])
    content_type = headers.get("content-type")
    if content_type is not None and "html" not in content_type.lower():
        return None
    body = block[split.end() :]
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _unchunked(body)
    encoding = headers.get("content-encoding", "").lower()
    try:
        if encoding in ("gzip", "x-gzip"):
            body = gzip.decompress(body)
        elif encoding == "deflate":
            body = zlib.decompress(body)
    except (OSError, EOFError, zlib.error):
        return None
    return body, content_type


def _unchunked(body: bytes) -> bytes:
    """A chunked body's data (RFC 9112 7.1): each chunk's hexadecimal size line, then that many bytes."""
    data, position = b"", 0
    while True:
        line_end = body.find(b"\n", position)
        if line_end == -1:
            return data
        size_text = body[position:line_end].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return data
        if size == 0:
            return data
        data += body[line_end + 1 : line_end + 1 + size]
        position = line_end + 1 + size + 2
