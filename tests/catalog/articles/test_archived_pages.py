"""Pages kept in a web archive (WARC) and newsletters whose pictures only their HTML part shows (shapes x21, x22)."""

from __future__ import annotations

import gzip

from catalog.articles.mail import mail_body
from catalog.articles.pages import parse_article
from catalog.articles.web_archives import archived_page

URL = "https://www.hillcourier.example/news/2024/06/03/bridge-reopens"
PICTURE = "https://img.hillcourier.example/2024/06/bridge-1600.jpg"
PAGE = (f"<!DOCTYPE html><html><head><title>Bridge reopens after repairs</title></head><body><article>"
        f"<h1>Bridge reopens after repairs</h1><figure><img src=\"{PICTURE}\"><figcaption>Cars cross the bridge at "
        f"dawn. Photo: Cy Doe/AP</figcaption></figure><p>The bridge reopened on Monday.</p></article></body></html>")


def _record(kind: str, block: bytes, content_type: str) -> bytes:
    return (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {URL}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode() + block + b"\r\n\r\n"


def _response(body: bytes, headers: str = "Content-Type: text/html; charset=utf-8\r\n") -> bytes:
    return _record("response", f"HTTP/1.1 200 OK\r\n{headers}\r\n".encode() + body, "application/http;msgtype=response")


def test_a_warc_files_response_record_is_the_page() -> None:
    request = _record("request", b"GET / HTTP/1.1\r\nHost: www.hillcourier.example\r\n\r\n",
                      "application/http;msgtype=request")
    archive = request + _response(PAGE.encode())
    assert archived_page(archive) == (PAGE.encode(), "text/html; charset=utf-8")
    [photo] = parse_article(archive, url=URL).to_record()["photos"]
    assert (photo["url"], photo["credit_line"]) == (PICTURE, "Cy Doe/AP")


def test_a_chunked_and_gzipped_body_is_read_as_sent() -> None:
    packed = gzip.compress(PAGE.encode())
    chunked = b"%x\r\n" % 10 + packed[:10] + b"\r\n" + b"%x\r\n" % (len(packed) - 10) + packed[10:] + b"\r\n0\r\n\r\n"
    headers = "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"
    assert archived_page(_response(chunked, headers)) == (PAGE.encode(), "text/html")


def test_an_archive_without_an_html_response_and_other_text_hold_no_page() -> None:
    image = _response(b"\x89PNG\r\n", "Content-Type: image/png\r\n")
    assert archived_page(image) is None
    assert archived_page(b"WARC is a file format.\n") is None
    assert archived_page(PAGE.encode()) is None


def _newsletter(plain: str) -> bytes:
    return ("From: Hill Courier <news@hillcourier.example>\r\nSubject: Bridge reopens\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
            f"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{plain}\r\n"
            f"--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{PAGE}\r\n--b1--\r\n").encode()


def test_a_mails_html_part_is_read_when_its_plain_part_leaves_the_pictures_out() -> None:
    assert PICTURE in mail_body(_newsletter("Bridge reopens after repairs\r\n\r\nThe bridge reopened on Monday."))


def test_a_mails_plain_part_naming_its_pictures_is_read() -> None:
    body = mail_body(_newsletter(f"Bridge reopens after repairs\r\n\r\n{PICTURE}\r\nCars cross the bridge at dawn."))
    assert body.startswith("Subject: Bridge reopens") and "<figure>" not in body
