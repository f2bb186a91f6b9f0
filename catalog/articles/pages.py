"""Article pages, HTML or text scrape: decode the bytes, tell which it is, and parse it.

``parse_article`` is the one entry point; ``ParsedArticle`` and ``PublishedPhoto`` (from
``catalog.articles.photos``) are what it returns.
"""

from __future__ import annotations

import codecs
import re

from bs4.dammit import EncodingDetector

from catalog.articles.house_credits import credited_to_the_story
from catalog.articles.html import parse_article_html
from catalog.articles.mail import mail_body
from catalog.articles.photos import ParsedArticle, PublishedPhoto
from catalog.articles.structured import export_story, structured_page
from catalog.articles.tables import table_page
from catalog.articles.text import parse_article_text
from catalog.articles.web_archives import archived_page

__all__ = ["ParsedArticle", "PublishedPhoto", "decode_page", "is_html", "parse_article", "story_address"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PRESCAN_BYTES = 4096  # browsers look for <meta charset> in the first 1024 bytes; be generous
_STRONG_MARKERS = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
# A reserved name (RFC 2606 ".invalid"): the page is read as if from no site, so any address it names is another's
_NOWHERE = "https://address.invalid/"
_TAG = re.compile(r"<[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>")


def parse_article(content: str | bytes, *, url: str, content_type: str | None = None) -> ParsedArticle:
    """The article and its published photos from a page's content (HTML or a text scrape).

    ``url`` is where the page was (or would be) fetched from; relative links resolve against
    it. ``content_type`` (an HTTP Content-Type) decides HTML vs text and the charset when
    given; otherwise both are sniffed. Raises ``InvalidUrlError`` for an unusable ``url`` and
    ``NotAnArticleTableError`` for a table (CSV, TSV) that holds no story; other unreadable
    content gives an article without photos, never an exception.
    """
    # a mail or an archive re-saved by an editor that marks UTF-8 (Notepad) still opens on its headers
    unmarked = content.removeprefix(codecs.BOM_UTF8) if isinstance(content, bytes) else content
    if isinstance(content, str):
        text = content
    elif (archived := archived_page(unmarked)) is not None:  # a web archive's record: the page as the server sent it
        text, content_type = decode_page(*archived), archived[1] or "text/html"
    else:  # a mail saved with its headers declares its own transfer encoding and charset
        text = mail_body(unmarked, decode_html=decode_page) or decode_page(content, content_type)
    export = export_story(text, url)
    if export is not None and export[0] == "text":  # a tool's JSON whose story is Markdown: read as a web clip
        return credited_to_the_story(parse_article_text(export[1], url=url))
    page = export[1] if export is not None else structured_page(text, url)
    if page is None and not is_html(text, content_type):  # a scraper's spreadsheet (CSV, TSV): the page it describes
        page = table_page(text, url)
    if page is not None:  # a tool's JSON or a feed's item: the page it describes
        return credited_to_the_story(parse_article_html(page, url=url))
    if is_html(text, content_type):
        return credited_to_the_story(parse_article_html(text, url=url))
    return credited_to_the_story(parse_article_text(text, url=url))


def story_address(content: bytes) -> str | None:
    """The address a saved page or an export gives for its story (its canonical link, a table's address column, a
    JSON export's "url"), or None when it names none. Raises ``NotAnArticleTableError`` as ``parse_article`` does."""
    return parse_article(content, url=_NOWHERE).article.claimed_url


def decode_page(content: bytes, content_type: str | None = None) -> str:
    """Page bytes as text: BOM, then the Content-Type charset, then the page's own declaration, then UTF-8.

    Bytes that are not UTF-8 and name no charset are read as Windows-1252, as browsers do
    (they also read a declared ISO-8859-1 that way). bs4's ``EncodingDetector`` finds the
    BOM and the declaration (``<meta charset>``, an XML declaration); the order and the
    decoding stay ours, as browsers have them: ``UnicodeDammit`` would read a page that
    declares UTF-8 but has one stray byte as Windows-1252 throughout, and ISO-8859-1 as Latin-1.
    """
    without_bom, bom_encoding = EncodingDetector.strip_byte_order_mark(content)
    if bom_encoding:
        return without_bom.decode(bom_encoding, errors="replace")
    declared = _charset_parameter(content_type)
    if declared is None:
        declared = EncodingDetector.find_declared_encoding(content[:_PRESCAN_BYTES], is_html=True,
                                                           search_entire_document=True)
        if declared and declared.startswith("utf-16"):
            declared = "utf-8"  # a declaration readable as ASCII is not UTF-16 (WHATWG prescan)
    encoding = _known_encoding(declared)
    if encoding:
        try:
            return content.decode(encoding, errors="replace")
        except (LookupError, UnicodeError):  # "base64", "idna", "undefined": Python codecs, not page charsets
            pass
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def is_html(text: str, content_type: str | None = None) -> bool:
    """True when the page is HTML: by its Content-Type, else by its first markup."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime in _HTML_TYPES:
        return True
    if mime == "text/plain":
        return False
    head = text[:_PRESCAN_BYTES]
    if _STRONG_MARKERS.search(head):
        return True
    # A fragment ("<figure>…"): it starts with a tag. A scrape starts with words.
    return bool(_TAG.match(head.lstrip()))


def _charset_parameter(content_type: str | None) -> str | None:
    # bs4 reads no HTTP header; email.message would keep the quotes of charset='utf-8'
    for parameter in (content_type or "").split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'")
    return None


def _known_encoding(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # WHATWG Encoding: "iso-8859-1", "latin1" and "ascii" labels all mean windows-1252.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name
