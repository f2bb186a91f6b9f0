"""Canonical article URLs and article ids."""

from __future__ import annotations

import hashlib
import re

import pytest

from catalog.articles.urls import (
    article_id,
    canonical_address,
    canonicalize_url,
    idna_host,
    is_same_site,
    is_tracking_parameter,
)
from catalog.errors import ConfigurationError, InvalidUrlError


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://WWW.Example.COM/News/Story", "https://www.example.com/News/Story"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com/a?", "https://example.com/a"),
        ("https://example.com./a", "https://example.com/a"),
        ("https://user:secret@example.com/a", "https://example.com/a"),
        ("https://example.com/a/./b/../c", "https://example.com/a/c"),
        ("https://example.com/%7euser/caf%c3%a9", "https://example.com/~user/caf%C3%A9"),
        ("https://example.com/a%2Fb", "https://example.com/a%2Fb"),
        ("  https://example.com/a \n", "https://example.com/a"),
        ("www.example.com/story", "https://www.example.com/story"),
        ("//cdn.example.com/story", "https://cdn.example.com/story"),
        ("example.com:8080/x", "https://example.com:8080/x"),
        ("http://[::1]:80/x", "http://[::1]/x"),
    ],
)
def test_article_urls_are_canonicalized_to_one_form(url: str, canonical: str) -> None:
    assert canonicalize_url(url) == canonical


def test_tracking_parameters_are_dropped_and_the_rest_kept_verbatim_in_order() -> None:
    url = (
        "https://news.example/story?utm_source=twitter&p=123&UTM_Medium=social&fbclid=IwAR0"
        "&gclid=x&mc_cid=1&mc_eid=2&igshid=abc&_ga=2.1&ref=homepage&page=2&q=a+b%20c&id=7"
    )
    assert canonicalize_url(url) == "https://news.example/story?p=123&page=2&q=a+b%20c&id=7"


@pytest.mark.parametrize(
    "name", ["utm_campaign", "fbclid", "gclid", "mc_cid", "igshid", "_ga", "ref", "Ref", "msclkid"]
)
def test_tracking_parameter_names_are_recognised(name: str) -> None:
    assert is_tracking_parameter(name)


@pytest.mark.parametrize(
    "name", ["p", "id", "page", "story", "articleId", "reference", "refresh", "mcid", "output"]
)
def test_meaningful_names_are_kept(name: str) -> None:
    assert not is_tracking_parameter(name)
    url = f"https://example.com/s?{name}=1"
    assert canonicalize_url(url) == url


def test_canonical_link_is_preferred_and_resolved_against_the_page() -> None:
    amp = "https://example.com/amp/2017/03/story.html?utm_source=amp"
    assert canonicalize_url(amp, canonical_link="/2017/03/story.html") == (
        "https://example.com/2017/03/story.html"
    )
    assert canonicalize_url(amp, canonical_link="HTTPS://WWW.Example.com/x?utm_medium=y#z") == (
        "https://www.example.com/x"
    )


def test_a_canonical_link_on_another_site_is_a_claim_not_the_identity() -> None:
    page = "https://evil.example/x?utm_source=y"
    story = "https://www.washingtonpost.com/world/2017/03/25/mosul/"
    assert canonical_address(page, story) == ("https://evil.example/x", story)
    assert canonicalize_url(page, canonical_link=story) == "https://evil.example/x"
    amp = "https://amp.washingtonpost.com/world/2017/03/25/mosul/amp"
    assert canonical_address(amp, story) == (story, None)
    assert canonical_address(story, "/world/2017/03/25/mosul/") == (story, None)
    assert canonical_address(page, None) == ("https://evil.example/x", None)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("example.com", "example.com", True),
        ("www.example.com", "example.com", True),
        ("amp.example.com", "example.com", True),
        ("amp.example.com", "www.example.com", True),
        ("m.example.com", "WWW.Example.COM.", True),
        ("news.bbc.co.uk", "www.bbc.co.uk", True),
        ("пример.рф", "www.xn--e1afmkfd.xn--p1ai", True),
        ("127.0.0.1", "127.0.0.1", True),
        ("a.github.io", "b.github.io", False),  # siblings on shared hosting
        ("evil.co.uk", "bbc.co.uk", False),  # siblings under a country domain
        ("evilexample.com", "example.com", False),
        ("evil.com", "com", False),  # a top-level domain is no site
        ("amp.example.com", "m.example.com", False),
        ("127.0.0.1", "0.0.1", False),
        ("10.0.0.1", "0.1", False),
        ("example.com", "", False),
    ],
)
def test_same_site_means_one_registrable_domain_either_way_round(first: str, second: str, same: bool) -> None:
    assert is_same_site(first, second) is same
    assert is_same_site(second, first) is same


@pytest.mark.parametrize("link", ["", "   ", None, "javascript:void(0)", "mailto:desk@example.com"])
def test_unusable_canonical_link_falls_back_to_the_page_url(link: str | None) -> None:
    assert canonicalize_url("https://Example.com/a#x", canonical_link=link) == "https://example.com/a"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("", "empty URL"),
        ("ftp://example.com/x", "not an http(s) URL"),
        ("mailto:desk@example.com", "not an http(s) URL"),
        ("javascript:alert(1)", "not an http(s) URL"),
        ("http://", "URL has no host"),
        ("http://example.com:99999/", "not a valid URL"),
    ],
)
def test_unusable_urls_raise_one_clear_error(url: str, reason: str) -> None:
    with pytest.raises(InvalidUrlError, match=re.escape(reason)) as caught:
        canonicalize_url(url)
    assert isinstance(caught.value, ConfigurationError)  # a usage error: exit code 2
    assert "\n" not in str(caught.value)


def test_canonicalization_is_idempotent() -> None:
    once = canonicalize_url("HTTP://Example.com:80/a/../b?utm_source=x&id=1#top")
    assert canonicalize_url(once) == once


def test_article_id_is_sha256_prefix_of_canonical_url() -> None:
    canonical = "https://example.com/b?id=1"
    assert article_id(canonical) == hashlib.sha256(canonical.encode()).hexdigest()[:16]
    assert article_id("HTTP://Example.com:80/a/../b?utm_source=x&id=1#top") != article_id(canonical)
    assert article_id("https://EXAMPLE.com:443/a/../b?utm_source=x&id=1#top") == article_id(canonical)
    assert len(article_id(canonical)) == 16


# Host names that crashed the fetcher with UnicodeError (issue 12, item 5), and a name that is a number.
MALFORMED_HOSTS = [
    ("http://a..b/x", "the host name has an empty part between two dots"),
    (f"http://{'a' * 70}.example/x", "a part of the host name is longer than 63 characters"),
    ("http://①②⑦.0.0.1/", "a name written in other characters that stands for the address 127.0.0.1"),
    ("http://１２７.０.０.１/", "a name written in other characters that stands for the address 127.0.0.1"),
    (f"http://{'a.' * 127}example/", "the host name is longer than 253 characters"),
    ("http://a!b.example/", "the host name holds characters no host name can have"),
]


@pytest.mark.parametrize(("url", "why"), MALFORMED_HOSTS)
def test_a_malformed_host_is_not_a_valid_web_address(url: str, why: str) -> None:
    with pytest.raises(InvalidUrlError) as refused:
        canonicalize_url(url)
    assert str(refused.value) == f"not a valid web address: {url!r} ({why})"


def test_international_names_and_ip_literals_are_valid_hosts() -> None:
    assert idna_host("пример.рф", url="x") == "xn--e1afmkfd.xn--p1ai"
    assert idna_host("①②⑦.example", url="x") == "127.example"  # a name, not an address
    assert idna_host("news.example.", url="x") == "news.example"
    assert idna_host("cdn_1.news.example", url="x") == "cdn_1.news.example"
    for host in ("127.0.0.1", "::1", "0x7f.1", f"{'a' * 63}.example"):  # the fetcher's guard judges addresses
        assert idna_host(host, url="x") == host
    assert canonicalize_url("https://Пример.рф/Новости") == "https://пример.рф/Новости"
