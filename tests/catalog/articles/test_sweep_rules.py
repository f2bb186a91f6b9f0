"""Rules found by the sweep over the library's pages printed other ways (issue 15; test_page_variants), each with
cases of its own: the library's page that failed, variants of the same shape, and near misses that must not change.

Page ids are the sweep's (``folder/NN``): the library page whose variant was read wrong before the rule.
"""

from __future__ import annotations

import pytest

from catalog.articles.image_urls import is_derived_url, size_word_rank
from catalog.articles.pages import parse_article
from tests.catalog.articles.test_blind9_rules import STORY, URL, _page

IMG = "https://coast.example/wp-content/uploads/2024/06"


# -- title separators -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("separator", ["::", "~", "*", "⋆"])  # pages/01, 09, 12 … with their suffix so separated
def test_the_separators_seo_plugins_and_forums_print_end_the_headline(separator: str) -> None:
    record = _page(f"<article><h1>Storm closes the harbour</h1>{STORY}</article>",
                   f"<title>Storm closes the harbour {separator} The Coast Ledger</title>")
    assert (record["publication"], record["publication_source"]) == ("The Coast Ledger", "title suffix")


@pytest.mark.parametrize("separator", ["::", "~"])
def test_a_title_without_a_heading_loses_the_site_after_those_separators(separator: str) -> None:
    record = _page(f"<div>{STORY}</div>", f"<title>Storm closes the harbour {separator} The Coast Ledger</title>")
    assert record["title"] == "Storm closes the harbour"


@pytest.mark.parametrize("title", ["Storm closes the harbour::live", "Storm~closes the harbour"])
def test_a_mark_inside_a_word_separates_nothing(title: str) -> None:
    record = _page(f"<div>{STORY}</div>", f"<title>{title}</title>")
    assert record["title"] == title and record["publication_source"] != "title suffix"


# -- lazy loaders' attributes -----------------------------------------------------------------------------------

_PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="


@pytest.mark.parametrize("attribute", ["data-echo", "data-layzr", "data-cfsrc", "data-imgsrc", "data-actualsrc"])
def test_a_lazy_loaders_attribute_names_the_picture(attribute: str) -> None:  # every library page, lazy-loaded so
    record = _page(f'<article>{STORY}<figure><img src="{_PLACEHOLDER}" {attribute}="{IMG}/harbour.jpg">'
                   f"<figcaption>The harbour at dawn. Photo: Ann Lee</figcaption></figure></article>")
    assert [photo["url"] for photo in record["photos"]] == [f"{IMG}/harbour.jpg"]
    assert record["photos"][0]["credit_line"] == "Ann Lee"


def test_an_attribute_naming_no_source_names_no_picture() -> None:
    record = _page(f'<article>{STORY}<figure><img src="{IMG}/harbour.jpg" data-description="harbour-at-dawn" '
                   f'data-srcset-sizes="auto"><figcaption>The harbour at dawn.</figcaption></figure></article>')
    assert [photo["url"] for photo in record["photos"]] == [f"{IMG}/harbour.jpg"]
    assert record["photos"][0]["also_seen_as"] == []


# -- queries that ask for no other copy -------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["ssl=1", "v=1712345678", "ver=6.4.2", "utm_source=rss&utm_medium=feed"])
def test_a_query_asking_for_no_copy_leaves_the_upload_the_original(query: str) -> None:  # pages/g07 and 62 others
    upload = f"{IMG}/harbour.jpg?{query}"
    record = _page(f'<article>{STORY}<figure><a href="{upload}"><img src="{IMG}/harbour-1024x683.jpg?{query}"></a>'
                   f"<figcaption>The harbour at dawn.</figcaption></figure></article>")
    assert record["photos"][0]["url"] == upload.replace("&", "&")
    assert not is_derived_url(upload)


@pytest.mark.parametrize("url", [f"{IMG}/harbour.jpg?w=300", f"{IMG}/harbour.jpg?resize=1024%2C683&ssl=1",
                                 f"{IMG}/harbour.jpg?size=medium", f"{IMG}/harbour.jpg?1712345678"])
def test_a_query_naming_a_size_still_asks_for_a_copy(url: str) -> None:
    assert is_derived_url(url)


def test_a_campaigns_words_name_no_size() -> None:
    assert size_word_rank(f"{IMG}/harbour.jpg?utm_medium=thumbnail") == 0
    assert size_word_rank(f"{IMG}/harbour.jpg?imageThumbnail=1") < 0


# -- line ends and byte order marks -----------------------------------------------------------------------------


def test_a_mail_saved_with_a_byte_order_mark_is_read_as_the_mail() -> None:  # scrapes/x21, blind6/s07, blind7/s06
    mail = ("From: Coast Ledger <news@coast.example>\r\nSubject: Storm closes the harbour\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            "Storm closes the harbour\r\n\r\nBy Ann Lee\r\n\r\nThe storm came in at dawn =C2=A3 and the harbour was "
            "closed.\r\n")
    plain = parse_article(mail.encode(), url=URL).to_record()
    marked = parse_article(b"\xef\xbb\xbf" + mail.encode(), url=URL).to_record()
    assert marked == plain and "=C2" not in str(marked)


def test_a_page_with_a_byte_order_mark_keeps_it_as_its_charset() -> None:
    html = '<html><head><meta charset="iso-8859-1"><title>Sturm über dem Hafen</title></head><body></body></html>'
    record = parse_article(b"\xef\xbb\xbf" + html.encode("utf-8"), url=URL).to_record()
    assert record["title"] == "Sturm über dem Hafen"


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_a_text_export_saved_on_windows_reads_as_saved_on_unix(line_end: str) -> None:  # blind11/s06, blind15/s06
    readwise = "\n".join([
        "# Storm closes the harbour", "", "## Metadata", "- Author: [[Ann Lee]]", "- Full Title: Storm closes the harbour",
        "- URL: https://coast.example/2024/06/storm", "", "## Highlights",
        "- The storm came in at dawn and the harbour was closed for the day. "
        "([View Highlight](https://read.readwise.io/read/01hz))",
        "- ![](https://coast.example/media/harbour.jpg) The harbour at dawn. Photo: Bo Park "
        "([View Highlight](https://read.readwise.io/read/01ha))", ""])
    unix = parse_article(readwise.encode(), url=URL).to_record()
    windows = parse_article(readwise.replace("\n", line_end).encode(), url=URL).to_record()
    assert windows == unix
    assert "View Highlight" not in str(windows)


# -- where the credit stands in the caption ---------------------------------------------------------------------


@pytest.mark.parametrize(("credit", "agency", "photographers"), [
    ("EFE", "EFE", []),  # blind16/17, its credit spans moved before the caption's
    ("Jaime García", None, ["Jaime García"]),
    ("Europa Press", "Europa Press", []),
    ("Ann Lee/Reuters", "Reuters", ["Ann Lee"]),
])
def test_a_credit_span_before_the_captions_sentence_is_the_credit(credit: str, agency: str | None,
                                                                    photographers: list[str]) -> None:
    record = _page(f'<article>{STORY}<figure><img src="{IMG}/harbour.jpg"><figcaption class="fig__caption">'
                   f'<span class="fig__author">{credit}</span> <span class="fig__text">La ministra interviene durante '
                   f"el pleno del Congreso.</span></figcaption></figure></article>")
    photo = record["photos"][0]
    assert (photo["caption"], photo["credit_line"]) == ("La ministra interviene durante el pleno del Congreso.", credit)
    assert (photo["agency"], photo["photographers"]) == (agency, photographers)


@pytest.mark.parametrize("first", ["Ann Lee", "Mayor Ann Lee"])
def test_a_name_opening_the_captions_sentence_stays_in_it(first: str) -> None:
    record = _page(f'<article>{STORY}<figure><img src="{IMG}/harbour.jpg"><figcaption><span>{first}</span>'
                   f"<span>, the harbour master, closes the gate.</span></figcaption></figure></article>")
    assert record["photos"][0]["caption"] == f"{first}, the harbour master, closes the gate."
    assert record["photos"][0]["credit_line"] is None


@pytest.mark.parametrize("label", ['<span class="screen-reader-text">Photo:</span>',  # blind/16, its label hidden
                                   '<span class="visually-hidden">Credit:</span>',
                                   '<span class="label">Foto:</span>', '<b>Image:</b>'])
def test_a_credits_label_in_an_element_of_its_own_labels_the_credit_beside_it(label: str) -> None:
    record = _page(f'<article>{STORY}<figure><img src="{IMG}/library.jpg"><figcaption class="caption">'
                   f'<div class="caption-text"><p>The library will stay open until 9 p.m. on weekdays.</p></div>'
                   f'<div class="caption-source">{label} <span class="tnt-byline">Provided</span></div>'
                   f"</figcaption></figure></article>")
    photo = record["photos"][0]
    assert (photo["caption"], photo["credit_line"]) == ("The library will stay open until 9 p.m. on weekdays.",
                                                        "Provided")


def test_a_labelled_credit_in_one_element_is_still_one_credit() -> None:
    record = _page(f'<article>{STORY}<figure><img src="{IMG}/library.jpg"><figcaption>'
                   f"<span>The library will stay open until 9 p.m. on weekdays.</span> <span>Photo: Ann Lee/Reuters</span>"
                   f"</figcaption></figure></article>")
    photo = record["photos"][0]
    assert (photo["credit_line"], photo["agency"], photo["photographers"]) == ("Ann Lee/Reuters", "Reuters", ["Ann Lee"])


@pytest.mark.parametrize("attribute", ["data-lazy", "data-echo", "data-flickity-lazyload"])
def test_a_lazy_picture_is_a_photo_of_its_block_whatever_its_loaders_attribute(attribute: str) -> None:  # blind9/15
    record = _page(f'<article><div class="post-thumbnail"><img src="{_PLACEHOLDER}" {attribute}="{IMG}/cocoa.jpg">'
                   f'</div><div class="entry-content"><p><em>Source: Accra Mirror/Efua Boateng</em></p>{STORY}</div>'
                   f"</article>")
    photo = record["photos"][0]
    assert (photo["url"], photo["credit_line"]) == (f"{IMG}/cocoa.jpg", "Accra Mirror/Efua Boateng")
