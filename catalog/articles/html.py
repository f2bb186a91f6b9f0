"""Article pages in HTML: the story's title, byline, publication and date, and every photo it publishes.

Parsed with BeautifulSoup's stdlib ``html.parser`` backend (no compiled dependency).
Photos come from the story body, in page order; JSON-LD images fill in captions and
credits, and stand in for the body only when it shows no photo, as ``og:image`` does last.
Site logos, author headshots and related-story thumbnails are not the story's photos.
"""

from __future__ import annotations

import dataclasses
import re
import warnings
from typing import Iterable, Iterator
from urllib.parse import quote, urljoin, urlsplit

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag, XMLParsedAsHTMLWarning
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from catalog.articles.article import Article
from catalog.articles.image_urls import has_image_extension, rendition_key
from catalog.articles.linked_data import LinkedData, LinkedImage
from catalog.articles.photos import (
    ParsedArticle,
    PublishedPhoto,
    clean_text,
    describe_photo,
    iso_date,
    split_byline,
)
from catalog.articles.urls import article_id, canonical_address, canonicalize_url

_PHOTO_TAGS = ("img", "amp-img")
_SKIPPED_TEXT_TAGS = frozenset({"script", "style", "template", "noscript", "button", "svg", "select"})
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table td th tr ul".split()
)
# Subtrees that are never the story's photos: navigation, promotion, people, ads.
_NOISE_TAGS = frozenset({"nav", "footer", "aside", "form"})
_NOISE_WORDS = frozenset(
    "related recommended recommendations promo promos teaser teasers sidebar widget share "
    "sharing social newsletter author authors avatar headshot byline bio logo masthead "
    "comments comment advert advertisement ad ads sponsored outbrain taboola trending popular "
    "navigation menu subscribe paywall cookie jp-relatedposts more readmore".split()
)
# An image whose own class, id or file name says it is not a news photo.
_DECORATIVE_WORDS = frozenset(
    "logo avatar gravatar icon favicon sprite emoji smiley wp-smiley headshot mugshot author "
    "byline badge spinner".split()
)
# Stand-ins shown until a lazy image loads; a file name made only of these words is one.
_PLACEHOLDER_WORDS = frozenset(
    "placeholder spacer blank transparent loading lazy pixel 1x1 grey gray empty default "
    "image img bg px 1".split()
)
_CAPTION_WORDS = frozenset({"caption", "cutline", "figcaption"})
_CREDIT_WORDS = frozenset({"credit", "credits", "copyright", "photographer", "attribution", "byline"})
_CREDIT_ITEMPROPS = frozenset({"copyrightholder", "credittext", "author", "creator", "copyrightnotice"})
_HIDDEN_CLASSES = frozenset({"sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "hidden"})
_SMALLEST_PHOTO = 100  # px: declared width and height both at most this are icons and avatars
_CAPTION_CLIMB = 5  # levels above an image searched for its figure and caption
_LAZY_SOURCES = ("data-lazy-src", "data-src", "data-original", "data-lazy", "data-url", "src")
_SRCSET_ATTRIBUTES = ("srcset", "data-srcset", "data-lazy-srcset")
_WORD_SPLIT = re.compile(r"[\s_.-]+")
_END_OF_BLOCK = object()  # marks where a block element's text ends in _visible_text
_DATE_META_NAMES = (
    "pubdate", "publish-date", "date", "dc.date", "dc.date.issued", "parsely-pub-date", "sailthru.date"
)
_SHORTCODE = re.compile(r"\[caption\b([^\]]*)\](.*?)\[/caption\]", re.IGNORECASE | re.DOTALL)
_SHORTCODE_ATTRIBUTE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')


def parse_article_html(html: str, *, url: str) -> ParsedArticle:
    """The article record and published photos of an HTML page fetched from ``url``."""
    source_url = canonicalize_url(url)
    with warnings.catch_warnings():
        # A page that is only a URL, or XHTML with an XML declaration, is still read as HTML.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(_expand_caption_shortcodes(html), "html.parser")
    meta = _meta_values(soup)
    base = _base_url(soup, url)
    canonical = _canonical_link(soup) or meta.get("og:url")
    article_url, claimed_url = canonical_address(url, urljoin(base, canonical) if canonical else None)
    linked = LinkedData.from_scripts(
        script.get_text() for script in soup.find_all("script", type=_is_json_ld)
    )
    # A syndicated copy's JSON-LD names the story by the original's URL: the claim finds it.
    story = linked.story({article_url, source_url, url} | ({claimed_url} if claimed_url else set())) or {}
    container = _story_container(soup)
    declared = [image for image in (_resolved(item, base) for item in linked.images(story)) if image]
    photos = _with_linked_details(_body_photos(container, base=base, page_url=url), declared)
    if not photos:
        photos = _declared_photos(declared)
    if not photos:
        photos = _open_graph_photos(meta, base)
    article = Article(
        id=article_id(article_url),
        url=article_url,
        title=_title(soup, container, meta, story),
        byline=_byline(container, meta, linked, story),
        publication=meta.get("og:site_name")
        or next(iter(linked.names(story.get("publisher"))), None)
        or meta.get("application-name"),
        published=_published(soup, container, meta, story),
        claimed_url=claimed_url,
    )
    return ParsedArticle(article=article, photos=tuple(photos), source_url=source_url)


def _expand_caption_shortcodes(html: str) -> str:
    """WordPress ``[caption …]<img> text[/caption]`` left unrendered, as the ``<figure>`` it renders to."""

    def figure(match: re.Match[str]) -> str:
        attributes = dict(_SHORTCODE_ATTRIBUTE.findall(match.group(1)))
        caption = attributes.get("caption")
        inner = match.group(2) + (f"<figcaption>{caption}</figcaption>" if caption else "")
        return f'<figure class="wp-caption">{inner}</figure>'

    return _SHORTCODE.sub(figure, html) if "[caption" in html.lower() else html


def _meta_values(soup: BeautifulSoup) -> dict[str, str]:
    """``<meta>`` contents by lower-cased property, name or itemprop; the first of each wins."""
    values: dict[str, str] = {}
    for tag in soup.find_all("meta", content=True):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = clean_text(tag["content"])
        if isinstance(key, str) and content:
            values.setdefault(key.strip().lower(), content)
    return values


def _base_url(soup: BeautifulSoup, url: str) -> str:
    base = soup.find("base", href=True)
    return urljoin(url, base["href"].strip()) if base else url


def _canonical_link(soup: BeautifulSoup) -> str | None:
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        if "canonical" in [value.lower() for value in rel]:
            return link["href"].strip() or None
    return None


def _is_json_ld(value: str | None) -> bool:
    return bool(value) and value.strip().lower() == "application/ld+json"


def _story_container(soup: BeautifulSoup) -> Tag:
    """The element holding the story: the ``<article>`` with the most paragraph text, else main."""
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=_paragraph_length)
    for found in (
        soup.find("main"),
        soup.find(attrs={"role": "main"}),
        soup.find(attrs={"itemprop": "articleBody"}),
    ):
        if found:
            return found
    return soup.body or soup


def _paragraph_length(tag: Tag) -> int:
    return sum(len(paragraph.get_text()) for paragraph in tag.find_all("p"))


def _body_photos(container: Tag, *, base: str, page_url: str) -> list[PublishedPhoto]:
    photos: dict[str, PublishedPhoto] = {}
    for image in container.find_all(_PHOTO_TAGS):
        if _is_in_noise(image, container):
            continue
        url = _image_url(image, base)
        if not url or _is_decorative(image, url):
            continue
        caption, credit = _caption_and_credit(image, container)
        if caption is None and credit is None and _is_teaser(image, page_url):
            continue
        photo = describe_photo(url, caption=caption, credit=credit, alt_text=image.get("alt"))
        key = rendition_key(url)
        if key not in photos:
            photos[key] = photo
        elif not photos[key].caption and photo.caption:  # a lazy copy came first, uncaptioned
            photos[key] = photo
    return list(photos.values())


def _words(tag: Tag, *attributes: str) -> set[str]:
    """Lower-cased words of a tag's class and id (and any extra attributes), split at - and _."""
    values: list[str] = list(tag.get("class") or [])
    for name in ("id",) + attributes:
        value = tag.get(name)
        if isinstance(value, str):
            values.append(value)
    words: set[str] = set()
    for value in values:
        lowered = value.lower()
        words.add(lowered)
        words.update(word for word in _WORD_SPLIT.split(lowered) if word)
    return words


def _is_in_noise(image: Tag, container: Tag) -> bool:
    for parent in image.parents:
        if parent is container:
            return False
        if parent.name in _NOISE_TAGS or _words(parent) & _NOISE_WORDS:
            return True
        if parent.name == "header" and not parent.find_parent(["article", "main"]):
            return True  # the site's masthead, not a story header
    return False


def _image_url(image: Tag, base: str) -> str | None:
    """The image's absolute URL: the largest srcset candidate, else the first real (lazy) source."""
    candidates: list[tuple[tuple[int, float], str]] = []
    sources = [image]
    if image.parent is not None and image.parent.name == "picture":
        sources += image.parent.find_all("source")
    for source in sources:
        for attribute in _SRCSET_ATTRIBUTES:
            value = source.get(attribute)
            if isinstance(value, str):
                candidates += [
                    (size, url) for url, size in parse_srcset(value) if not _is_placeholder(url)
                ]
    if candidates:
        return _absolute(max(candidates, key=lambda candidate: candidate[0])[1], base)
    for attribute in _LAZY_SOURCES:
        value = image.get(attribute)
        if isinstance(value, str) and value.strip() and not _is_placeholder(value):
            return _absolute(value, base)
    return None


def parse_srcset(value: str) -> list[tuple[str, tuple[int, float]]]:
    """The candidates of a ``srcset`` as (url, size): size ranks ``w`` above ``x`` descriptors.

    Follows the HTML rule that a candidate's URL ends at whitespace, so URLs with commas
    (``w_300,h_200`` transformations) survive.
    """
    candidates: list[tuple[str, tuple[int, float]]] = []
    position, length = 0, len(value)
    while position < length:
        while position < length and (value[position].isspace() or value[position] == ","):
            position += 1
        start = position
        while position < length and not value[position].isspace():
            position += 1
        url = value[start:position]
        descriptor = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            start = position
            while position < length and value[position] != ",":
                position += 1
            descriptor = value[start:position].strip().lower()
        if url:
            candidates.append((url, _descriptor_size(descriptor)))
    return candidates


def _descriptor_size(descriptor: str) -> tuple[int, float]:
    try:
        if descriptor.endswith("w"):
            return (2, float(descriptor[:-1]))
        if descriptor.endswith("x"):
            return (1, float(descriptor[:-1]))
    except ValueError:
        pass
    return (1, 1.0)  # no descriptor means 1x


def _is_placeholder(url: str) -> bool:
    value = url.strip().lower()
    if value.startswith("data:") or not value or value == "about:blank":
        return True
    name = value.split("?", 1)[0].rsplit("/", 1)[-1]
    words = {word for word in _WORD_SPLIT.split(name.rsplit(".", 1)[0]) if word}
    return name.endswith(".svg") or bool(words) and words <= _PLACEHOLDER_WORDS


def _absolute(url: str, base: str) -> str | None:
    absolute = urljoin(base, url.strip()).split("#", 1)[0]
    if urlsplit(absolute).scheme not in ("http", "https"):
        return None
    return quote(absolute, safe=":/?&=%+,;@!$'()*[]~")


def _is_decorative(image: Tag, url: str) -> bool:
    """True for logos, avatars, icons and tracking pixels, by markup, size or file name."""
    if _words(image) & _DECORATIVE_WORDS:
        return True
    if image.get("role") == "presentation" or image.get("aria-hidden") == "true":
        return True
    width, height = _dimension(image.get("width")), _dimension(image.get("height"))
    if width is not None and height is not None and max(width, height) <= _SMALLEST_PHOTO:
        return True
    return _is_decorative_url(url)


def _is_decorative_url(url: str) -> bool:
    parts = urlsplit(url)
    if "gravatar.com" in parts.netloc or "/avatar" in parts.path.lower():
        return True
    name = parts.path.rsplit("/", 1)[-1].lower()
    stem = name.rsplit(".", 1)[0]
    return name.endswith(".svg") or bool(set(_WORD_SPLIT.split(stem)) & _DECORATIVE_WORDS)


def _dimension(value: object) -> int | None:
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _photo_count(tag: Tag) -> int:
    """Photos shown inside ``tag``; a ``<noscript>`` copy of a lazy image does not count twice."""
    return sum(1 for image in tag.find_all(_PHOTO_TAGS) if not image.find_parent("noscript"))


def _caption_and_credit(image: Tag, container: Tag) -> tuple[str | None, str | None]:
    """The caption and credit printed with ``image``: its figure's figcaption and credit elements."""
    element = image
    for _ in range(_CAPTION_CLIMB):
        parent = element.parent
        if parent is None or parent is container or _photo_count(parent) > 1:
            break
        credits = _outermost(
            tag for tag in parent.find_all(True) if _is_credit_element(tag) and not _contains(tag, image)
        )
        credit_ids = {id(tag) for tag in credits}
        captions = _outermost(
            tag
            for tag in parent.find_all(True)
            if _is_caption_element(tag) and not _contains(tag, image) and id(tag) not in credit_ids
        )
        is_figure = parent.name == "figure" or "wp-caption" in (parent.get("class") or [])
        if captions or credits or is_figure:
            if not captions and is_figure:
                captions = [parent]  # caption text written straight into the figure
            caption = " ".join(filter(None, (_visible_text(tag, skip=credits) for tag in captions)))
            credit = " ".join(filter(None, (_visible_text(tag) for tag in credits)))
            return clean_text(caption), clean_text(credit)
        element = parent
    return None, None


def _contains(tag: Tag, node: Tag) -> bool:
    return any(parent is tag for parent in node.parents)


def _is_caption_element(tag: Tag) -> bool:
    if tag.name == "figcaption":
        return True
    itemprop = (tag.get("itemprop") or "").lower()
    return itemprop in ("caption", "description") or bool(
        _words(tag, "data-qa", "data-testid") & _CAPTION_WORDS
    )


def _is_credit_element(tag: Tag) -> bool:
    if tag.name == "figcaption":
        return False
    itemprop = (tag.get("itemprop") or "").lower()
    return itemprop in _CREDIT_ITEMPROPS or bool(_words(tag, "data-qa", "data-testid") & _CREDIT_WORDS)


def _outermost(tags: Iterable[Tag]) -> list[Tag]:
    """The tags not nested inside another of them, in document order."""
    found = list(tags)
    ids = {id(tag) for tag in found}
    return [tag for tag in found if not any(id(parent) in ids for parent in tag.parents)]


def _visible_text(tag: Tag, *, skip: list[Tag] = ()) -> str:
    """The text a reader sees in ``tag``: blocks separated by spaces, hidden and skipped parts left out."""
    skipped = {id(item) for item in skip}
    parts: list[str] = []
    # Iterative, not recursive: broken markup can nest thousands of unclosed elements.
    stack: list[object] = [tag]
    while stack:
        node = stack.pop()
        if node is _END_OF_BLOCK:
            parts.append(" ")
        elif isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        elif isinstance(node, NavigableString):
            parts.append(str(node))
        elif isinstance(node, Tag) and not (
            id(node) in skipped or node.name in _SKIPPED_TEXT_TAGS or _is_hidden(node)
        ):
            if node.name in _BLOCK_TAGS:
                parts.append(" ")
                stack.append(_END_OF_BLOCK)
            stack.extend(reversed(node.contents))
    return "".join(parts)


def _is_hidden(tag: Tag) -> bool:
    return (
        tag.has_attr("hidden")
        or tag.get("aria-hidden") == "true"
        or bool(set(tag.get("class") or []) & _HIDDEN_CLASSES)
    )


def _is_teaser(image: Tag, page_url: str) -> bool:
    """True for a thumbnail linking to another story beside a headline (related-story teasers)."""
    anchor = image.find_parent("a", href=True)
    if anchor is None:
        return False
    href = urljoin(page_url, anchor["href"].strip()).split("#", 1)[0]
    if has_image_extension(href) or "attachment" in href.lower() or href == page_url.split("#", 1)[0]:
        return False
    if clean_text(_visible_text(anchor)):
        return True
    around = anchor.parent
    for _ in range(2):
        if around is None:
            return False
        if around.find(["h2", "h3", "h4", "h5", "h6"]):
            return True  # a thumbnail beside a headline
        for link in around.find_all("a", href=True):
            same = urljoin(page_url, link["href"].strip()).split("#", 1)[0] == href
            if link is not anchor and same and clean_text(_visible_text(link)):
                return True  # a thumbnail beside the same link's text ("Read more: …")
        around = around.parent
    return False


def _resolved(image: LinkedImage, base: str) -> LinkedImage | None:
    url = _absolute(image.url, base)
    if not url or _is_decorative_url(url):
        return None
    return dataclasses.replace(image, url=url)


def _with_linked_details(photos: list[PublishedPhoto], declared: list[LinkedImage]) -> list[PublishedPhoto]:
    """Body photos with the caption or credit their JSON-LD ImageObject gives, where the body has none."""
    by_key = {rendition_key(image.url): image for image in declared}
    enriched: list[PublishedPhoto] = []
    for photo in photos:
        image = by_key.get(rendition_key(photo.image_url))
        if image and (not photo.caption and image.caption or not photo.credit_line and image.credit):
            photo = describe_photo(
                photo.image_url,
                caption=photo.caption or image.caption,
                credit=photo.credit_line or image.credit,
                alt_text=photo.alt_text,
            )
        enriched.append(photo)
    return enriched


def _declared_photos(declared: list[LinkedImage]) -> list[PublishedPhoto]:
    """The story's JSON-LD images, one per uploaded picture (crops of one file count once)."""
    photos: dict[str, PublishedPhoto] = {}
    for image in declared:
        photos.setdefault(
            rendition_key(image.url), describe_photo(image.url, caption=image.caption, credit=image.credit)
        )
    return list(photos.values())


def _open_graph_photos(meta: dict[str, str], base: str) -> list[PublishedPhoto]:
    for key in ("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src"):
        url = _absolute(meta[key], base) if key in meta else None
        if url and not _is_decorative_url(url):
            alt = meta.get("og:image:alt") or meta.get("twitter:image:alt")
            return [describe_photo(url, alt_text=alt)]
    return []


def _title(soup: BeautifulSoup, container: Tag, meta: dict[str, str], story: dict) -> str | None:
    heading = container.find("h1")
    candidates = [
        _visible_text(heading) if heading else None,
        meta.get("og:title"),
        story.get("headline") if isinstance(story.get("headline"), str) else None,
        next((_visible_text(h1) for h1 in soup.find_all("h1") if clean_text(_visible_text(h1))), None),
        soup.title.get_text() if soup.title else None,
    ]
    return next((clean_text(value) for value in candidates if clean_text(value)), None)


def _byline(container: Tag, meta: dict[str, str], linked: LinkedData, story: dict) -> tuple[str, ...]:
    """Names from JSON-LD authors, else the visible byline, else ``<meta name="author">``."""
    for texts in _byline_texts(container, meta, linked, story):
        names: list[str] = []
        for text in texts:
            if text and not text.strip().lower().startswith(("http://", "https://")):
                names += [name for name in split_byline(text) if name not in names]
        if names:
            return tuple(names)
    return ()


def _byline_texts(
    container: Tag, meta: dict[str, str], linked: LinkedData, story: dict
) -> Iterator[list[str]]:
    """Candidate bylines, most trustworthy first: each a list of texts naming people."""
    yield linked.names(story.get("author"))
    yield [_visible_text(tag) for tag in container.find_all(attrs={"rel": "author"})]
    authors = container.find_all(attrs={"itemprop": "author"})
    yield [_visible_text(tag.find(attrs={"itemprop": "name"}) or tag) for tag in authors]
    for tag in container.find_all(True):
        if tag.name != "img" and _words(tag) & {"byline", "author-name", "byline__names"}:
            yield [_visible_text(tag, skip=tag.find_all("time"))]
            break
    yield [value for value in (meta.get("author"), meta.get("article:author")) if value]


def _published(soup: BeautifulSoup, container: Tag, meta: dict[str, str], story: dict) -> str | None:
    candidates: list[str | None] = [
        meta.get("article:published_time"),
        story.get("datePublished") if isinstance(story.get("datePublished"), str) else None,
        meta.get("datepublished"),
    ]
    timed = soup.find(attrs={"itemprop": "datePublished"})
    if timed is not None:
        candidates.append(timed.get("datetime") or timed.get("content") or timed.get_text())
    candidates += [meta.get(name) for name in _DATE_META_NAMES]
    first_time = container.find("time", datetime=True)
    candidates.append(first_time["datetime"] if first_time else None)
    return next((iso_date(value) for value in candidates if iso_date(value)), None)
