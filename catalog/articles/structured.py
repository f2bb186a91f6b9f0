"""Scrapes that are data, not text: a reader's JSON, a feed's item, a web clip, read as the page they describe.

A reader or parser (Postlight/Mercury Parser, Readability) saves a story as JSON: its title
(often with the site's name after it), author, URL, lead image and the body as HTML; so do a
JSON Feed's item and a WordPress REST API post. A feed item (RSS 2.0 with Media RSS, Atom)
holds the title, link, creator and each picture with its description and credit, and the
channel its copyright line; an Evernote export (ENEX) a web clip's title, source URL, HTML and pictures;
an IPTC NITF document (the news industry's XML) its headline, byline, address, copyright holder
and each ``<media>`` with its renditions, caption and producer; a NewsML-G2 item or message its
text item and picture items.
Each is written out as the HTML page it stands for, and that page is read as any other: the
same title-suffix, byline, caption and rendition rules apply.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from html import escape, unescape
from typing import Any
from xml.etree.ElementTree import Element, ParseError, tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from catalog.articles.bylines import LABEL, split_byline
from catalog.articles.chat_exports import chat_post_page
from catalog.articles.document_elements import elements_text
from catalog.articles.exports import (
    authors,
    body_kind,
    enclosing_site,
    fields,
    find_story,
    key_words,
    load_json,
    page_document,
    picture_word,
    xml_data,
)
from catalog.articles.json_stories import (
    json_story_page,
    story_byline,
    story_object,
    story_site_name,
    story_title,
    story_url,
)
from catalog.articles.publication import is_site_name
from catalog.articles.story_html import names_line as _names
from catalog.articles.story_html import page_html as _page
from catalog.articles.story_html import picture_html as _picture
from catalog.articles.story_html import text_value as _text

_FEED_START = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*"
                         r"<(?:rss|feed|rdf:RDF|en-export|nitf|newsItem|newsMessage)\b", re.DOTALL)
_JSON_START = re.compile(r"^\s*[\[{]")
# An XML document that is no page: a declaration, or a root element HTML does not name
_XML_START = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<[A-Za-z][\w.:-]*[\s>/]", re.DOTALL)
_HTML_ROOTS = frozenset({"html", "body", "head", "div", "article", "section", "main", "figure", "p", "span", "a", "img",
                         "table", "ul", "ol", "header", "footer", "nav", "picture", "h1", "h2", "h3", "meta", "link",
                         "svg", "script", "style", "iframe", "amp-img", "title", "aside", "blockquote", "br"})
_LIST_SEPARATOR = re.compile(r"\s*[,;]\s*")
_DECLARED_ENCODING = re.compile(r"^(\s*<\?xml\b[^>]*?)\s+encoding\s*=\s*[\"'][^\"']*[\"']")
# A note's picture in ENML: <en-media hash="…" type="image/jpeg" …/>, its data in the note's <resource> of that MD5
_EN_MEDIA = re.compile(r"<en-media\b[^>]*?\bhash=[\"'](?P<hash>[0-9a-fA-F]{32})[\"'][^>]*?/?>(?:\s*</en-media>)?")
_NOTE_WRAPPER = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?")
# Keys of a reader's JSON holding the story's HTML (Postlight/Mercury, Readability, wallabag: content; JSON Feed:
# content_html; Zyte: articleBodyHtml)
_READER_KEYS = ("content", "content_html", "html", "body", "article_html", "articleBodyHtml")
# Keys of the passages a reader kept of a story (Readwise's "highlights", Kindle's "clippings")
_PASSAGE_KEYS = frozenset({("highlights",), ("passages",), ("clippings",)})
_MEDIA = "{http://search.yahoo.com/mrss/}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}"


def structured_page(text: str, url: str | None = None) -> str | None:
    """The HTML page a reader's JSON or a feed's first item describes, or None when ``text`` is neither (or is an
    export whose story is Markdown: ``export_story``)."""
    if _JSON_START.match(text):
        found = export_story(text, url)
        return found[1] if found is not None and found[0] == "html" else None
    if _FEED_START.match(text[:2000]):
        return _feed_page(text)
    if _XML_START.match(text[:2000]):  # another tool's XML export (trafilatura's XML and XML-TEI): read as data
        root = _parsed_xml(text)
        if root is None or _local(root.tag).lower() in _HTML_ROOTS:
            return None
        try:
            data = xml_data(root)
        except RecursionError:  # nested deeper than a story ever is
            return None
        found = _export_of(data, url)
        return found[1] if found is not None and found[0] == "html" else None
    return None


def export_story(text: str, url: str | None = None) -> tuple[str, str] | None:
    """("html", the page) or ("text", the web clip) a tool's JSON export of a story stands for; None for other text.

    The export is read by what its keys mean (``catalog.articles.exports``): a page's whole HTML kept in it is that
    page; else the story in it (the one at ``url`` when it holds several) is written out as the page it describes,
    or as a web clip when its body is Markdown.
    """
    data = load_json(text)
    return _export_of(data, url) if data is not None else None


def _export_of(data: Any, url: str | None) -> tuple[str, str] | None:
    """("html", the page) or ("text", the web clip) an export's data stands for, or None."""
    document = page_document(data)
    if document is not None:
        return "html", document
    elements = elements_text(data)
    if elements is not None:  # a partitioned document's elements: a scrape of the page, pictures in place
        return "text", elements
    post = chat_post_page(data, url)
    if post is not None:  # a channel's export: the post at the address, or its longest
        return "html", post
    story = find_story(data, url) or _first_story(data)
    if story is None:
        return None
    site = enclosing_site(data, story)
    clip = _markdown_clip(story, site_name=site)
    if clip is not None:
        return "text", clip
    page = _reader_page(story, site_name=site)
    return ("html", page) if page is not None else None


def _first_story(data: Any) -> dict | None:
    """The object a tool's export of one story opens with: a feed's first item, a list's first entry, the object."""
    if isinstance(data, dict) and isinstance(data.get("items"), list) and data["items"]:  # a JSON Feed
        data = data["items"][0]
    if isinstance(data, list) and data:  # the REST API's list of posts, an export's list of entries
        data = data[0]
    return data if isinstance(data, dict) else None


def _markdown_clip(story: dict, *, site_name: str | None = None) -> str | None:
    """A story whose body is Markdown, as the web clip it stands for: the Markdown under a YAML front matter written
    from the page's tags the tool kept beside it (Firecrawl: ``data.markdown`` and ``data.metadata``; Apify's Website
    Content Crawler: ``markdown`` and ``metadata``; Jina Reader: ``data.content``; Crawl4AI: ``markdown.raw_markdown``);
    None for a story written otherwise."""
    inner = next((inner for inner in (story.get("data"), story) if isinstance(inner, dict)
                  and _text(inner.get("markdown"))), None)
    story = inner or story
    general = fields(story)
    markdown = _text(story.get("markdown")) or (general["body"] if general.get("body_kind") == "markdown" else None)
    passages = _passages(story) if markdown is None else None
    if passages is not None:  # the passages a reader kept, in order, under the document's image (its cover)
        markdown = (f"![]({general['picture']})\n\n" if general.get("picture") else "") + passages
    if markdown is None:
        return None
    meta = story.get("metadata") if isinstance(story.get("metadata"), dict) else {}
    tags = {item.get("property"): item.get("content") for item in meta.get("openGraph") or []
            if isinstance(item, dict)} if isinstance(meta.get("openGraph"), list) else {}
    title = _text(meta.get("ogTitle")) or _text(tags.get("og:title")) or _text(meta.get("title")) \
        or general.get("title")
    site = _text(meta.get("ogSiteName")) or _text(tags.get("og:site_name")) or general.get("site") or site_name
    site = site if site and is_site_name(site) else None
    listed = _LIST_SEPARATOR.split(_text(meta.get("author")) or "")  # <meta name="author">: names joined by commas
    names = [name for name in listed if name] or authors(story)
    front = ["---"] + ([f"title: {title}"] if title else []) + ([f"site_name: {site}"] if site else [])
    front += ["author:"] + [f"- {name}" for name in names] if names else []
    return "\n".join(front + ["---", ""]) + markdown


def _passages(story: dict) -> str | None:
    """The passages a read-later tool kept of a story, in order, as Markdown paragraphs: Readwise's export API gives
    a document's ``highlights``, each ``{"text", "note", "location", "url", …}``, a picture highlighted as
    ``![](address)`` and its caption as the next; None without two or more."""
    for key, value in story.items():
        if key_words(str(key))[-1:] not in _PASSAGE_KEYS or not isinstance(value, list):
            continue
        texts = [_text(item.get("text")) if isinstance(item, dict) else _text(item) for item in value]
        texts = [text for text in texts if text]
        if len(texts) >= 2:
            return "\n\n".join(texts)
    return None


def _reader_page(story: dict, *, site_name: str | None = None) -> str | None:
    """The page a reader's JSON describes: Postlight/Mercury and Readability output, a read-later tool's entry
    (wallabag, Omnivore), a feed reader's entry (Miniflux, Tiny Tiny RSS, Google Reader API), a scraping API's story
    (Zyte: ``articleBodyHtml``), a JSON Feed's item, a WordPress REST API post (its values under "rendered", its
    author and featured picture under "_embedded"). Title, address, authors and site name are looked up by the keys
    every family uses (``catalog.articles.json_stories``), then by what other keys mean (``exports``)."""
    story = story_object(story)
    general = fields(story)
    body = next((_text(story.get(key)) for key in _READER_KEYS if _text(story.get(key))
                 and body_kind(_text(story.get(key)) or "") == "html"), None)
    body = body or (general["body"] if general.get("body_kind") == "html" else None) \
        or (general["summary"] if body_kind(general.get("summary") or "") == "html" else None)
    if body is None:  # no story HTML: an extractor's, a news API's or a news format's JSON
        return json_story_page(story, site_name=site_name, general=general)
    embedded = story.get("_embedded") if isinstance(story.get("_embedded"), dict) else {}
    featured = next(iter(embedded.get("wp:featuredmedia") or []), None)
    featured = featured if isinstance(featured, dict) else {}
    return _page(
        title=story_title(story, general),
        url=story_url(story, general),
        # a site's own account ("Valley Metro Staff") yields to the byline the story prints at its top
        byline=None if _opens_with_byline(body) else story_byline(story) or _names(embedded.get("author")),
        site_name=story_site_name(story, general) or _feed_site_name(site_name),
        published=_text(story.get("date_published") or story.get("publishedTime") or story.get("date_gmt")),
        # else any key naming the story's picture: Nextcloud News' "mediaThumbnail", Feedly's "visual"
        shared_image=_text(story.get("lead_image_url") or story.get("image") or story.get("banner_image"))
        or general.get("picture"),
        body=_featured_figure(featured) + body + _sized_copies(story, body),
    )


def _sized_copies(story: dict, body: str) -> str:
    """The copies of other sizes an export lists of a picture its body shows, as a figure of that picture's renditions:
    an object under a key naming pictures holding the picture's address and objects each with an address and a width
    (Feedbin's ``images``: ``original_url`` and ``size_1``: ``{cdn_url, width, height}``)."""
    figures: list[str] = []
    for key, value in story.items():
        if not isinstance(value, dict) or not any(picture_word(word) for word in key_words(str(key))):
            continue
        address = next((item for item in value.values() if _is_address(item)), None)
        sizes = [(next((item for item in inner.values() if _is_address(item)), None), str(inner.get("width") or ""))
                 for inner in value.values() if isinstance(inner, dict)]
        sizes = [(url, width) for url, width in sizes if url and width.isdigit()]
        if address and sizes and (escape(address) in body or address in body):
            figures.append(_picture(address, None, renditions=sizes))
    return "".join(figures)


def _is_address(value: object) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://"))


def _featured_figure(media: dict) -> str:
    """A WordPress REST API post's featured picture as the figure its page prints above the story."""
    url = _text(media.get("source_url"))
    if not url:
        return ""
    caption = _text(media.get("caption"))
    return f'<figure><img src="{escape(url)}"><figcaption>{caption or ""}</figcaption></figure>'


def _parsed_xml(text: str) -> Element | None:
    try:
        # the text is decoded already: the charset its XML declaration names ("ISO-8859-1") no longer applies
        return fromstring(_DECLARED_ENCODING.sub(r"\1", text, count=1).encode("utf-8"))
    except (ParseError, DefusedXmlException, ValueError):
        return None


def _local(name: str) -> str:
    return name.rpartition("}")[2]


def _feed_page(text: str) -> str | None:
    root = _parsed_xml(text)
    if root is None:
        return None
    if root.tag == "en-export":
        return _note_page(root)
    if root.tag.rpartition("}")[2] == "nitf":
        return _nitf_page(root)
    if root.tag.rpartition("}")[2] in ("newsItem", "newsMessage"):
        return _newsml_page(root)
    channel = root.find("channel")
    item = next((found for found in (root.find(".//item"), root.find(f"{_ATOM}entry")) if found is not None), None)
    if item is None:
        return None
    atom_link = next((link.get("href") for link in item.findall(f"{_ATOM}link")
                      if link.get("rel") in (None, "alternate")), None)
    # Atom's picture of the entry: a link rel="enclosure" of an image type
    enclosures = [_picture(link.get("href"), None) for link in item.findall(f"{_ATOM}link")
                  if link.get("rel") == "enclosure" and (link.get("type") or "").startswith("image/") and link.get("href")]
    creators = [_text(tag.text) for tag in item.findall(f"{_DC}creator")]
    creators += [_text(tag.findtext(f"{_ATOM}name")) for tag in item.findall(f"{_ATOM}author")]
    copyright_line = _text(channel.findtext("copyright") if channel is not None else root.findtext(f"{_ATOM}rights"))
    # the story's HTML: content:encoded, Atom's content, else the description (HTML or text)
    body = _text(item.findtext(f"{_CONTENT}encoded")) or _text(item.findtext(f"{_ATOM}content")) \
        or _as_html(_text(item.findtext("description") or item.findtext(f"{_ATOM}summary")) or "")
    return _page(
        title=_text(item.findtext("title") or item.findtext(f"{_ATOM}title")),
        url=_text(item.findtext("link")) or atom_link,
        # the account that posted the item ("Redazione") yields to the byline the story prints at its top
        byline=None if _opens_with_byline(body) else " and ".join(name for name in creators if name) or None,
        # RSS's channel title, or an Atom feed's own title (the entry's is the story's)
        site_name=_feed_site_name(_text(channel.findtext("title")) if channel is not None
                                  else _text(root.findtext(f"{_ATOM}title"))),
        published=_text(item.findtext("pubDate") or item.findtext(f"{_ATOM}published")),
        body=f"<div>{body}</div>" + _media_figures(item) + "".join(enclosures),
        footer=copyright_line,
    )


def _feed_site_name(title: str | None) -> str | None:
    """The site's name a feed's title opens with, as WordPress writes it: the name, then its tagline or the
    feed's category after a dash ("Corriere della Val – Notizie dalla Valsesia"); None for a section ("Local News")."""
    first = _FEED_TITLE_SEPARATOR.split(title, 1)[0] if title else None
    return first if first and is_site_name(first) else None


_FEED_TITLE_SEPARATOR = re.compile(r"\s+[|–—»-]\s+")
_FIRST_PARAGRAPH = re.compile(r"^\s*(?:<div[^>]*>\s*)?<p\b[^>]*>(?P<text>.*?)</p>", re.IGNORECASE | re.DOTALL)


def _opens_with_byline(body: str) -> bool:
    """True when the story's HTML opens with a labelled byline of its own ("<p><em>di Chiara Bertolè</em></p>")."""
    first = _FIRST_PARAGRAPH.match(body)
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", first.group("text"))).split()) if first else ""
    return bool(text) and len(text) <= _LONGEST_BYLINE and LABEL.match(text) is not None and bool(split_byline(text))


_LONGEST_BYLINE = 120


def _nitf_page(root: Element) -> str | None:
    """An IPTC NITF document: hl1 headline, the byline's text (its label and joins as printed), the page's
    address (pubdata's ex-ref), the copyright holder, paragraphs, and each picture of ``<media>`` with
    every ``<media-reference>`` as a rendition of it (by its width) and ``<media-caption>`` as its caption."""
    body = root.find("body")
    if body is None:
        return None
    holder = root.find("head/docdata/doc.copyright")
    tagline = _all_text(body.find("body.end/tagline"))
    return _page(
        title=_all_text(body.find("body.head/hedline/hl1")) or _text(root.findtext("head/title")),
        url=(root.find("head/pubdata").get("ex-ref") if root.find("head/pubdata") is not None else None),
        byline=_all_text(body.find("body.head/byline")),
        published=(root.find("head/docdata/date.issue").get("norm") if root.find("head/docdata/date.issue") is not None
                   else None),
        body=_nitf_body(body.find("body.content")),
        footer=tagline or (f"© {holder.get('holder')}" if holder is not None and holder.get("holder") else None),
    )


def _nitf_body(content: Element | None) -> str:
    """An NITF body's paragraphs and pictures as HTML."""
    paragraphs: list[str] = []
    for part in (content if content is not None else []):
        if part.tag == "p":
            paragraphs.append(f"<p>{escape(_all_text(part) or '')}</p>")
        elif part.tag == "media" and part.get("media-type", "image") in ("image", "photo", "graphic"):
            references = [(ref.get("source"), ref.get("width")) for ref in part.findall("media-reference")
                          if ref.get("source") and (ref.get("mime-type") or "image/").startswith("image/")]
            if references:
                caption = _all_text(part.find("media-caption"))
                paragraphs.append(_picture(*references[0], renditions=references, caption=caption))
    return "".join(paragraphs)


def _newsml_page(root: Element) -> str | None:
    """An IPTC NewsML-G2 item or message: the text item's headline, ``by`` line, web address and body (inline
    NITF or XHTML), the rights' copyright, and each picture item with its renditions (``remoteContent``), caption
    (``description``) and ``creditline``."""
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = element.tag.rpartition("}")[2]  # G2's namespace, and XHTML's inside it
    items = [root] if root.tag == "newsItem" else list(root.iter("newsItem"))
    text = next((item for item in items if item.find("contentSet/inlineXML") is not None), None)
    if text is None:
        return None
    inline = text.find("contentSet/inlineXML")
    nitf_body = inline.find(".//body.content")
    if nitf_body is not None:
        body = _nitf_body(nitf_body)
    else:
        html_body = inline.find(".//body")
        body = "".join(tostring(part, encoding="unicode", method="html")
                       for part in (html_body if html_body is not None else inline))
    pictures = [_newsml_picture(item) for item in items if item is not text]
    links = [link.get("href") for link in text.findall("itemMeta/link")
             if (link.get("href") or "").startswith("http") and re.search(r"canonical|alternate|seealso|web",
                                                                          link.get("rel") or "", re.IGNORECASE)]
    rights = text.find("rightsInfo")
    notice = _all_text(rights.find("copyrightNotice")) if rights is not None else None
    holder = _all_text(rights.find("copyrightHolder/name")) if rights is not None else None
    return _page(
        title=_all_text(text.find("contentMeta/headline")) or _all_text(text.find("itemMeta/title")),
        url=next(iter(links), None),
        byline=_all_text(text.find("contentMeta/by")) or _names(
            [_all_text(person.find("name")) for person in text.findall("contentMeta/creator")
             + text.findall("contentMeta/contributor")]),
        published=_all_text(text.find("contentMeta/contentCreated")),
        body=body + "".join(picture for picture in pictures if picture),
        footer=notice or (f"© {holder}" if holder else None),
    )


def _newsml_picture(item: Element) -> str | None:
    """A NewsML-G2 picture item as a figure: its image renditions, caption and credit line."""
    renditions = [(content.get("href"), content.get("width")) for content in item.findall("contentSet/remoteContent")
                  if content.get("href") and (content.get("contenttype") or "image/").startswith("image/")]
    if not renditions:
        return None
    largest = max(renditions, key=lambda rendition: int(rendition[1]) if (rendition[1] or "").isdigit() else 0)
    captions = item.findall("contentMeta/description")
    caption = next((_all_text(found) for found in captions if "caption" in (found.get("role") or "")), None) \
        or next((_all_text(found) for found in captions), None)
    credit = _all_text(item.find("contentMeta/creditline"))
    return _picture(*largest, renditions=renditions, caption=caption, credit=credit)


def _all_text(element: Element | None) -> str | None:
    return _text(" ".join(" ".join(element.itertext()).split())) if element is not None else None


def _note_page(root: Element) -> str | None:
    """An Evernote export's first note (a web clip): its title, source URL, author and the clipped HTML."""
    note = root.find("note")
    body = _text(note.findtext("content")) if note is not None else None
    if note is None or body is None:
        return None
    addresses = _resource_addresses(note)
    body = _EN_MEDIA.sub(lambda media: f'<img src="{escape(addresses[media.group("hash").lower()])}">'
                         if media.group("hash").lower() in addresses else "", _NOTE_WRAPPER.sub("", body))
    # a web clip's <author> is the account that clipped it (the Web Clipper's source "web.clip7", ENML's
    # "--en-clipped-source-url" style): the clipped page's own byline is the story's; a note written in Evernote is
    # its author's
    clipped = (_text(note.findtext("note-attributes/source")) or "").startswith("web.clip") \
        or "--en-clipped-source-url" in body
    return _page(
        title=_text(note.findtext("title")),
        url=_text(note.findtext("note-attributes/source-url")),
        byline=None if clipped else _text(note.findtext("note-attributes/author")),
        body=body,
    )


def _resource_addresses(note: Element) -> dict[str, str]:
    """The address each of a note's pictures was clipped from, by the MD5 of its data: the hash its ``<en-media>``
    names (ENML)."""
    addresses = {}
    for resource in note.findall("resource"):
        address = _text(resource.findtext("resource-attributes/source-url"))
        try:
            data = base64.b64decode("".join((resource.findtext("data") or "").split()), validate=True)
        except (binascii.Error, ValueError):
            continue
        if address and address.startswith(("http://", "https://")):
            addresses[hashlib.md5(data).hexdigest()] = address
    return addresses


def _as_html(text: str) -> str:
    return text if re.search(r"<(?:p|img|figure|div|br|a)\b", text, re.IGNORECASE) else f"<p>{escape(text)}</p>"


def _media_figures(item: Element) -> str:
    """The item's pictures as the figures a page prints: each Media RSS picture (a ``media:group``, whose contents
    are renditions of one picture, or a ``media:content`` alone); without one, the item's image enclosures (RSS 2.0),
    else its first ``media:thumbnail`` (the only picture many feeds give)."""
    pictures = [([media for media in group.findall(f"{_MEDIA}content") if _is_image(media)], [group, item])
                for group in item.findall(f"{_MEDIA}group")]
    pictures += [([media], [item]) for media in item.findall(f"{_MEDIA}content") if _is_image(media)]
    figures = "".join(_media_figure(contents, holders) for contents, holders in pictures)
    if figures:
        return figures
    enclosures = [enclosure.get("url") for enclosure in item.findall("enclosure")
                  if (enclosure.get("type") or "").startswith("image/") and enclosure.get("url")]
    thumbnails = [thumbnail for thumbnail in item.findall(f"{_MEDIA}thumbnail") if thumbnail.get("url")][:1]
    return "".join(_picture(url, None) for url in enclosures) \
        or "".join(_picture(thumbnail.get("url"), thumbnail.get("width")) for thumbnail in thumbnails)


def _is_image(media: Element) -> bool:
    return media.get("medium", "image") == "image" and (media.get("type") or "image/").startswith("image/")


def _media_figure(contents: list[Element], holders: list[Element]) -> str:
    """One Media RSS picture as a figure: its contents (the default first) and their thumbnails as renditions by
    width, its caption and credits. Media RSS's optional elements hold for the contents below them (content over
    group over item); the item's own description and title are the story's, so the caption is read from the
    content or its group only."""
    contents = sorted((media for media in contents if media.get("url")), key=lambda media: media.get("isDefault") != "true")
    if not contents:
        return ""
    renditions = [(media.get("url"), media.get("width")) for media in contents]
    renditions += [(thumb.get("url"), thumb.get("width")) for level in contents + holders[:-1]
                   for thumb in level.findall(f"{_MEDIA}thumbnail") if thumb.get("url")]
    captions = [_text(level.findtext(f"{_MEDIA}description") or level.findtext(f"{_MEDIA}title"))
                for level in contents[:1] + holders[:-1]]
    credits = next(([_text(credit.text) for credit in level.findall(f"{_MEDIA}credit") if _text(credit.text)]
                    for level in contents[:1] + holders if level.find(f"{_MEDIA}credit") is not None), [])
    return _picture(contents[0].get("url"), contents[0].get("width"), renditions=renditions,
                    caption=next((caption for caption in captions if caption), None),
                    credit="/".join(dict.fromkeys(credits)) or None)  # a photographer's and an agency's, as printed



