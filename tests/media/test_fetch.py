"""Fetching pages and images: a real HTTP server on loopback, and the rules that keep fetching safe."""

from __future__ import annotations

import ipaddress
import re
import shutil
import socket
import threading
from pathlib import Path

import pytest

from catalog.errors import FetchError, InvalidUrlError
from media.fetch import MAX_REDIRECTS, USER_AGENT, Deadline, fetch, is_public_address
from tests.helpers.local_http import HANG_GUARD, has_ipv6_loopback, self_signed_tls, serving, without_hanging


def test_fetches_a_page_from_loopback_when_private_addresses_are_allowed() -> None:
    with serving() as server:
        server.add("/story", "<html><title>Story</title></html>")
        fetched = fetch(server.url("/story"), allow_private=True)
        assert fetched.content == b"<html><title>Story</title></html>"
        assert fetched.content_type == "text/html; charset=utf-8"
        assert fetched.url == server.url("/story")
        _, headers = server.requests[0]
    assert headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("Photodesk/")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_is_refused_without_the_flag_before_any_connection(host: str) -> None:
    with serving() as server:
        server.add("/story", "secret intranet page")
        url = server.url("/story").replace("127.0.0.1", host)
        with pytest.raises(FetchError) as refused:
            fetch(url)
        assert server.requests == []  # refused before connecting, not after
    message = str(refused.value)
    assert message.startswith(f"{url}: refused to connect to 127.0.0.1")
    assert "loopback" in message and "--allow-private" in message
    assert "\n" not in message


@pytest.mark.skipif(not has_ipv6_loopback(), reason="this machine has no IPv6 loopback")
def test_ipv6_loopback_is_refused_without_the_flag_and_served_with_it() -> None:
    with serving("::1") as server:
        server.add("/story", "v6 page")
        with pytest.raises(FetchError, match=r"refused to connect to ::1: a loopback address"):
            fetch(server.url("/story"))
        assert server.requests == []
        assert fetch(server.url("/story"), allow_private=True).content == b"v6 page"


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://10.1.2.3/story", "private"),
        ("http://192.168.0.10/story", "private"),
        ("http://172.16.5.4/story", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),  # the cloud metadata service
        ("http://100.64.0.7/story", "private"),  # carrier-grade NAT
        ("http://0.0.0.0/story", "unspecified"),
        ("http://[fe80::1]/story", "link-local"),
        ("http://[fd00::5]/story", "private"),
        ("http://[::ffff:127.0.0.1]/story", "loopback (IPv4 inside IPv6)"),
        ("http://224.0.0.251/story", "multicast"),
    ],
)
def test_private_link_local_and_special_addresses_are_refused(url: str, kind: str) -> None:
    with pytest.raises(FetchError, match=rf"refused to connect to \S+(?: \(\S+\))?: a {re.escape(kind)} address") as refused:
        fetch(url)
    assert str(refused.value).startswith(url)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2001:4860:4860::8888", True),
        ("127.0.0.1", False),
        ("10.0.0.1", False),
        ("100.64.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:10.0.0.1", False),
        ("::ffff:8.8.8.8", True),
        ("64:ff9b::7f00:1", False),  # NAT64 form of 127.0.0.1
        ("2002:a00:1::", False),  # 6to4 form of 10.0.0.1
        ("239.255.255.250", False),
    ],
)
def test_public_addresses_are_told_from_the_rest(address: str, public: bool) -> None:
    assert is_public_address(ipaddress.ip_address(address)) is public


def test_a_redirect_is_checked_again_before_connecting() -> None:
    with serving() as server:
        server.redirect("/story", f"http://127.0.0.2:{server.port}/admin")
        # This server's own address is allowed; the redirect's target is another loopback address.
        with pytest.raises(FetchError, match=r"refused to connect to 127\.0\.0\.2: a loopback address"):
            fetch(server.url("/story"), allow_networks=[ipaddress.ip_network("127.0.0.1/32")])
        assert [path for path, _ in server.requests] == ["/story"]


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://ftp.example.com/x.jpg"])
def test_a_redirect_out_of_http_is_refused(target: str) -> None:
    with serving() as server:
        server.redirect("/story", target)
        with pytest.raises(FetchError, match="which is not an http\\(s\\) URL"):
            fetch(server.url("/story"), allow_private=True)


def test_redirects_are_followed_up_to_a_limit() -> None:
    with serving() as server:
        for hop in range(MAX_REDIRECTS + 1):
            server.redirect(f"/hop{hop}", f"/hop{hop + 1}")
        server.add(f"/hop{MAX_REDIRECTS + 1}", "arrived")
        server.add("/moved", "here")
        server.redirect("/old", "/moved", status=301)
        assert fetch(server.url("/old"), allow_private=True).url == server.url("/moved")
        with pytest.raises(FetchError, match=f"more than {MAX_REDIRECTS} redirects"):
            fetch(server.url("/hop0"), allow_private=True)


def test_a_declared_size_over_the_cap_is_refused_before_reading() -> None:
    with serving() as server:
        server.add("/big.jpg", b"\xff" * 5000, content_type="image/jpeg")
        with pytest.raises(FetchError, match=r"5,000 bytes exceeds the 4,096 bytes limit"):
            fetch(server.url("/big.jpg"), allow_private=True, max_bytes=4096)
        assert len(fetch(server.url("/big.jpg"), allow_private=True, max_bytes=5000).content) == 5000


def test_an_undeclared_size_is_counted_while_reading() -> None:
    with serving() as server:
        server.add("/stream", b"x" * 200_000, declare_length=False)
        with pytest.raises(FetchError, match=r"more than the 65,536 bytes limit"):
            fetch(server.url("/stream"), allow_private=True, max_bytes=65_536)


def test_a_server_that_does_not_answer_times_out() -> None:
    stall = threading.Event()
    with serving() as server:
        server.add("/slow", "too late", hold=stall)
        try:
            with pytest.raises(FetchError, match=r"no answer within 0\.3 s") as failed:
                fetch(server.url("/slow"), allow_private=True, timeout=0.3)
        finally:
            stall.set()
    assert str(failed.value).startswith(server.url("/slow"))


def test_http_errors_and_refused_connections_are_one_line() -> None:
    with serving() as server:
        with pytest.raises(FetchError, match=r"/missing: the server answered HTTP 404 Not Found$"):
            fetch(server.url("/missing"), allow_private=True)
        closed_port = server.port
    with pytest.raises(FetchError, match="the server refused the connection"):
        fetch(f"http://127.0.0.1:{closed_port}/story", allow_private=True)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/photo.jpg", "javascript:alert(1)", "data:text/html,hi", "http://"]
)
def test_only_http_and_https_urls_are_fetched(url: str) -> None:
    with pytest.raises(InvalidUrlError):
        fetch(url, allow_private=True)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is needed to make a certificate")
def test_https_goes_through_the_same_guard_and_verifies_certificates(tmp_path: Path) -> None:
    with serving(tls=self_signed_tls(tmp_path)) as server:
        server.add("/story", "over TLS")
        with pytest.raises(FetchError, match="refused to connect to 127.0.0.1: a loopback address"):
            fetch(server.url("/story"))
        with pytest.raises(FetchError, match=r"^https://127\.0\.0\.1:\d+/story: the server's certificate is not valid"):
            fetch(server.url("/story"), allow_private=True)
        assert server.requests == []


@pytest.mark.parametrize("url", ["http://a..b/x", f"http://{'a' * 70}.example/x", "http://①②⑦.0.0.1/"])
def test_a_malformed_host_is_not_a_valid_web_address_before_any_lookup(url: str) -> None:
    with pytest.raises(InvalidUrlError, match=r"^not a valid web address: ") as refused:
        fetch(url, allow_private=True)
    assert "\n" not in str(refused.value)


def test_a_redirect_to_a_malformed_host_is_refused_with_one_line() -> None:
    with serving() as server:
        server.redirect("/story", "http://a..b/x")
        with pytest.raises(FetchError) as refused:
            fetch(server.url("/story"), allow_private=True)
    assert str(refused.value) == (f"{server.url('/story')}: redirect refused: not a valid web address: "
                                  "'http://a..b/x' (the host name has an empty part between two dots)")


def test_an_address_with_letters_beyond_ascii_is_sent_as_browsers_send_it() -> None:
    with serving() as server:
        server.add("/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8?q=%C3%A9", "новости")
        fetched = fetch(server.url("/новости?q=é"), allow_private=True)
    assert fetched.content.decode("utf-8") == "новости"



# -- one deadline per article read (issue 12, item 4) --------------------------------------------------

@pytest.mark.parametrize("drip_in", ["headers", "body"])
@pytest.mark.slow
def test_a_server_dripping_bytes_is_cut_at_the_deadline(drip_in: str) -> None:
    with serving() as server:
        server.add("/drip", "", drip=0.2, drip_in=drip_in)  # each byte well within the 15 s per-read timeout
        deadline = Deadline(1.0)
        with pytest.raises(FetchError) as failed:
            without_hanging(lambda: fetch(server.url("/drip"), allow_private=True, deadline=deadline))
    assert str(failed.value) == f"{server.url('/drip')}: took longer than the 1 s allowed for reading an article"
    assert deadline.has_passed  # it ended by the deadline, not by an error of its own


@pytest.mark.slow
def test_a_tls_handshake_that_never_ends_is_cut_at_the_deadline() -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts the connection, never says a word
        url = f"https://127.0.0.1:{silent.getsockname()[1]}/story"
        with pytest.raises(FetchError, match=r"took longer than the 1\.5 s allowed for reading an article$"):
            without_hanging(lambda: fetch(url, allow_private=True, deadline=Deadline(1.5)))


@pytest.mark.slow
def test_a_name_lookup_that_never_answers_is_cut_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = threading.Event()
    looked_up = socket.getaddrinfo

    def slow_resolver(*args: object, **kwargs: object) -> list:  # a DNS server that does not answer
        answer.wait(HANG_GUARD * 2)
        return looked_up(*args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", slow_resolver)
    try:
        with pytest.raises(FetchError, match=r"^http://news\.example/story: took longer than the 1 s allowed"):
            without_hanging(lambda: fetch("http://news.example/story", deadline=Deadline(1)))
    finally:
        answer.set()


def test_nothing_is_requested_once_the_deadline_has_passed() -> None:
    with serving() as server:
        server.add("/story", "too late")
        with pytest.raises(FetchError, match="took longer than the 0 s allowed"):
            fetch(server.url("/story"), allow_private=True, deadline=Deadline(0))
        assert server.requests == []
        assert fetch(server.url("/story"), allow_private=True, deadline=Deadline(5)).content == b"too late"


def test_a_refused_address_is_a_private_address_error_carrying_url_and_refusal() -> None:
    from catalog.errors import PrivateAddressError

    with serving() as server:
        url = server.url("/story")
        with pytest.raises(PrivateAddressError) as refused:
            fetch(url)
        assert server.requests == []
    assert refused.value.url == url
    assert refused.value.refusal == "refused to connect to 127.0.0.1: a loopback address, not the public internet"
    assert str(refused.value) == f"{url}: {refused.value.refusal}; use --allow-private to fetch from the local network"
