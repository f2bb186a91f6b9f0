"""Stories other tools save as JSON, read by the keys each family uses: extractors, news APIs and news formats.

An extractor (trafilatura's ``--json``, Diffbot's Article API, a newspaper3k script's dump) gives
the title, the author(s), the site's name, the address, a lead image and the text as plain
text; a news API or format gives the story as typed blocks: Arc XP's ANS (``headlines.basic``,
``credits.by``, ``promo_items``, ``content_elements``), IPTC's ninjs (``headlines``, ``by``,
``associations`` of pictures with their ``renditions``), Apple News Format (``components`` with
the roles title, byline, body and photo). Each is written out as the HTML page it stands for
(``catalog.articles.story_html``), and that page is read as any other.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from catalog.articles.exports import HOST_NAME, authors, fields, key_words, picture_word
from catalog.articles.html_photos import is_decorative_url
from catalog.articles.story_html import names_line, page_html, picture_html, text_value
from catalog.credits import split_caption_credit

# Keys naming the same thing across the families
_TITLE_KEYS = ("title", "headline", "headlines")
_URL_KEYS = ("url", "link", "canonicalURL", "canonicalUrl", "canonical_url", "resolvedPageUrl", "pageUrl", "source", "website_url")
_AUTHOR_KEYS = ("author", "authors", "byline", "by", "credits", "creator", "published_by")  # wallabag: published_by
_SITE_KEYS = ("siteName", "site_name", "sitename", "source-hostname", "meta_site_name", "publisher",
              "origin",  # Feedly: the feed it came from, {"title": …}
              "source")  # extractus: the site's name (trafilatura's "source" is the address, never taken as a name)
# news-please: maintext; Zyte: articleBody; goose3: cleaned_text
_TEXT_KEYS = ("text", "body_text", "raw_text", "article_text", "body", "maintext", "articleBody", "cleaned_text")
# news-please: image_url; goose3 and Feedly: {"url": …}
_LEAD_IMAGE_KEYS = ("image", "top_image", "lead_image_url", "thumbnailURL", "image_url", "visual")
# Where a tool keeps the page's own tags apart: goose3's "opengraph" and "meta"
_PAGE_TAG_KEYS = ("opengraph", "meta")
_BLOCK_KEYS = ("content_elements", "components", "blocks")
# Keys of a listed picture: its caption, its credit, its address
_CAPTION_WORDS = frozenset({"caption", "description", "legend", "alt", "desc"})
_CREDIT_WORDS = frozenset({"credit", "copyright", "photographer", "attribution"})
_ADDRESS_KEYS = frozenset({("url",), ("href",), ("link",), ("src",)})
_PICTURE_TYPES = frozenset({"image", "picture", "photo", "figure", "photograph"})
_ADDRESS = re.compile(r"^(?:https?:)?/")
_LIST_SEPARATOR = re.compile(r"\s*;\s*")  # trafilatura joins authors with "; "


def json_story_page(data: dict, *, site_name: str | None = None, general: dict[str, str] | None = None) -> str | None:
    """The HTML page a story saved as JSON by an extractor, a news API or a news format describes, or None.
    ``site_name``: the site's name the export gives outside the story (a feed's title), if the story names none;
    ``general``: ``fields`` of the story, when the caller has read them already."""
    inner = story_object(data)
    # what the story's other keys mean, read once for every look-up below
    general = general if general is not None and inner is data else fields(inner)
    data = inner
    meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    blocks = next((data[key] for key in _BLOCK_KEYS if isinstance(data.get(key), list)), [])
    title = story_title(data, general) or next((text_value(block.get("text")) for block in blocks
                                                 if isinstance(block, dict) and block.get("role") == "title"), None)
    body = "".join(_block(block) for block in blocks if isinstance(block, dict))
    text = next((text_value(data.get(key)) for key in _TEXT_KEYS if text_value(data.get(key))), None) \
        or general.get("body")
    pictures = _pictures(data, general)
    url = story_url(data, general)
    if not (title and (body or text or pictures or url)):
        return None  # a news API's result may be a title, an address and the outlet's name: still a story
    captions = _caption_lines(text) if text else []
    uncaptioned = [index for index, picture in enumerate(pictures) if not picture[1]]
    for index, caption in zip(uncaptioned, captions):  # an extractor's text keeps the captions apart from the images
        pictures[index] = (pictures[index][0], caption, pictures[index][2], pictures[index][3])
    used = {picture[1] for picture in pictures}
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in (text or "").splitlines()
                         if line.strip() and line.strip() not in used)
    figures = "".join(picture_html(url, None, renditions=renditions, caption=caption, credit=credit)
                      for url, caption, credit, renditions in pictures)
    byline_block = any(isinstance(block, dict) and block.get("role") == "byline" for block in blocks)
    site = story_site_name(data, general) or site_name
    holder = text_value(data.get("copyrightholder"))
    return page_html(
        title=title,
        # the document's <title>, the site's name after it: news-please's "title_page", a spider's "title_tag"
        page_title=text_value(data.get("title_page")) or general.get("page_title"),
        url=url or text_value(meta.get("canonicalURL")),
        byline=None if byline_block else story_byline(data) or names_line(meta.get("authors")),
        site_name=site,
        publisher=holder if not site else None,
        published=text_value(data.get("date") or data.get("firstcreated") or meta.get("datePublished")),
        body=figures + body + paragraphs,
    )


def story_object(data: dict) -> dict:
    """The story in an API's envelope: Diffbot's ``objects[0]``, a ``data`` or ``story`` wrapper."""
    for key in ("objects", "data", "story", "article"):
        inner = data.get(key)
        if isinstance(inner, list) and inner and isinstance(inner[0], dict):
            return inner[0]
        if isinstance(inner, dict) and any(k in inner for k in _TITLE_KEYS):
            return inner
    return data


def story_title(data: dict, general: dict[str, str] | None = None) -> str | None:
    """The story's headline; ``general``: ``fields(data)`` when the caller has read them already."""
    for key in _TITLE_KEYS:
        value = data.get(key)
        if isinstance(value, dict):  # ANS: {"basic": …}; the WordPress REST API: {"rendered": …}
            value = value.get("basic") or value.get("main") or value.get("rendered")
        if isinstance(value, list):  # ninjs: [{"role": "main", "value": …}]
            value = next((item.get("value") for item in value if isinstance(item, dict)
                          and item.get("role") in (None, "main", "headline")), None)
        if text_value(value):
            return text_value(value)
    return (fields(data) if general is None else general).get("title")


def story_url(data: dict, general: dict[str, str] | None = None) -> str | None:
    """The story's address; ``general`` as for ``story_title``."""
    links = data.get("links") if isinstance(data.get("links"), list) else []
    canonical = next((link.get("href") for link in links if isinstance(link, dict)
                      and link.get("rel") in ("canonical", "alternate", "self")), None)
    urls = [text_value(data.get(key)) for key in _URL_KEYS] + [text_value(canonical)]
    urls += [text_value(tags.get(key)) for tags in _page_tags(data) for key in ("canonical", "url")]
    return next((url for url in urls if url and (url.startswith(("http://", "https://", "/")))), None) \
        or (fields(data) if general is None else general).get("url")


def story_byline(data: dict) -> str | None:
    for key in _AUTHOR_KEYS:
        value = data.get(key)
        if isinstance(value, dict):  # ANS: {"by": [{"name": …, "org": …}]}
            value = value.get("by")
        if isinstance(value, str) and _LIST_SEPARATOR.search(value):
            return value  # printed as the tool joined them
        if isinstance(value, list) and value and all(isinstance(person, dict) for person in value):
            people = [person for person in value if person.get("type", "author") == "author"]
            orgs = {text_value(person.get("org")) for person in people} - {None}
            line = names_line(people)
            if line and len(orgs) == 1:  # each author's outlet, printed once after the names
                return f"{line}, {orgs.pop()}"
            if line:
                return line
        if names_line(value):
            return names_line(value)
    return names_line(authors(data))


def story_site_name(data: dict, general: dict[str, str] | None = None) -> str | None:
    """The site's name the story gives (not a host name or an address); ``general`` as for ``story_title``."""
    for key in _SITE_KEYS:
        value = data.get(key)
        value = value.get("name") or value.get("title") if isinstance(value, dict) else value
        name = text_value(value)
        if name and not HOST_NAME.match(name) and not _ADDRESS.match(name):  # "source-hostname": at times the host
            return name
    name = next((name for tags in _page_tags(data) if (name := story_site_name(tags))), None) \
        or (fields(data) if general is None else general).get("site")
    return name if name and not HOST_NAME.match(name) and not _ADDRESS.match(name) else None


def _page_tags(data: dict) -> list[dict]:
    """The page's own tags (og:site_name, the canonical link) a tool kept under a key of their own: an object of them,
    or a list of the page's <meta> elements as their attributes (Defuddle's "metaTags": [{"property": "og:site_name",
    "content": …}]), read as the object they make."""
    tags = [data[key] for key in _PAGE_TAG_KEYS if isinstance(data.get(key), dict)]
    for key, value in data.items():
        if isinstance(value, list) and "meta" in key_words(str(key)):
            listed = {str(item.get("property") or item.get("name")).removeprefix("og:"): item["content"]
                      for item in value if isinstance(item, dict) and isinstance(item.get("content"), str)
                      and (item.get("property") or item.get("name"))}
            if listed:
                tags.append({("siteName" if name == "site_name" else name): content for name, content in listed.items()})
    return tags


def _pictures(data: dict, general: dict[str, str]) -> list[tuple[str, str | None, str | None, list[tuple[str, str | None]]]]:
    """(address, caption, credit, renditions) of each picture the story lists apart from its text."""
    found: list[tuple[str, str | None, str | None, list[tuple[str, str | None]]]] = []
    candidates: list[Any] = _picture_lists(data)
    promo = data.get("promo_items") if isinstance(data.get("promo_items"), dict) else {}
    associations = data.get("associations") if isinstance(data.get("associations"), dict) else {}
    candidates += list(promo.values()) + list(associations.values())
    for item in candidates:
        picture = _picture(item)
        known = next((number for number, other in enumerate(found) if picture and other[0] == picture[0]), None)
        if picture and known is None:
            found.append(picture)
        elif picture and not (found[known][1] or found[known][2]):
            # listed twice (a spider's "image_urls", then the images pipeline's "images" with their captions): the
            # listing that describes it, where it was first listed
            found[known] = picture
    leads = [data.get(key) for key in _LEAD_IMAGE_KEYS]
    lead = next((text_value(value.get("url") if isinstance(value, dict) else value) for value in leads
                 if text_value(value.get("url") if isinstance(value, dict) else value)), None) \
        or general.get("picture")
    if lead and not found:
        found.append((lead, None, None, []))
    # the lead picture first: a list of all the page's pictures (newspaper's "images", a set) keeps no order
    return sorted(found, key=lambda picture: picture[0] != lead)


def _picture(item: Any) -> tuple[str, str | None, str | None, list[tuple[str, str | None]]] | None:
    """One picture of a list or a block: its largest rendition's address, caption, credit and renditions."""
    if not isinstance(item, dict) or item.get("type", "image") not in _PICTURE_TYPES and not item.get("renditions"):
        return None
    renditions = [(text_value(r.get("href") or r.get("url")), str(r.get("width")) if r.get("width") else None)
                  for r in (item.get("renditions") or []) if isinstance(r, dict)] \
        if isinstance(item.get("renditions"), list) else []
    renditions = [(url, width) for url, width in renditions if url]
    url = text_value(item.get("url") or item.get("URL") or item.get("src")) or _item_address(item)
    if renditions:
        url = max(renditions, key=lambda rendition: int(rendition[1]) if (rendition[1] or "").isdigit() else 0)[0]
    if not url:
        return None
    if not url.startswith(("http://", "https://", "/", "data:")) and "/" in url:
        url = "/" + url  # a path an API gives from its site's root (NYT's multimedia: "images/2024/06/…")
    caption = item.get("caption")
    caption = text_value(caption.get("text") if isinstance(caption, dict) else caption)
    descriptions = item.get("descriptions") if isinstance(item.get("descriptions"), list) else []
    caption = caption or next((text_value(d.get("value")) for d in descriptions if isinstance(d, dict)
                               and d.get("role") in (None, "caption")), None)
    caption = caption or (text_value(item.get("title")) if not item.get("type") else None)  # Diffbot: the caption
    caption = caption or next((text_value(value) for key, value in item.items()
                               if set(key_words(str(key))) & _CAPTION_WORDS and text_value(value)), None)
    return url, caption, _credit(item), renditions


def _credit(item: dict) -> str | None:
    """A picture's credit line: ANS's ``credits`` (the printed byline, else the names, and the affiliation), ninjs's
    ``by`` and copyright holder, or a ``credit`` field."""
    credits = item.get("credits") if isinstance(item.get("credits"), dict) else {}
    people = [person for person in credits.get("by") or [] if isinstance(person, dict)]
    printed = next((text_value(person.get("byline")) for person in people if text_value(person.get("byline"))), None)
    names = printed or names_line(people) or text_value(item.get("by")) or text_value(item.get("credit")) \
        or next((text_value(value) for key, value in item.items()
                 if set(key_words(str(key))) & _CREDIT_WORDS and text_value(value)), None)
    owners = [text_value(org.get("name")) for org in credits.get("affiliation") or [] if isinstance(org, dict)]
    owner = next((name for name in owners if name), None) or text_value(item.get("copyrightholder"))
    if names and owner and owner not in names:
        return f"{names}/{owner}"
    return names or owner


def _picture_lists(data: dict) -> list[Any]:
    """The pictures a story lists apart from its text, under any key naming pictures ("images", Pocket's images keyed
    by number, Crawl4AI's ``media.images``, an API's "photos"), each an object with its address, or an address."""
    found: list[Any] = []
    # the pictures' captions in a list of their own: "image_captions", or "captions" alone (only pictures have them)
    captions = next((value for key, value in data.items() if isinstance(value, list)
                     and (any(picture_word(word) for word in key_words(str(key)))
                          and set(key_words(str(key))) & (_CAPTION_WORDS | {"captions", "descriptions"})
                          or key_words(str(key))[-1:] == ("captions",))), [])
    for key, value in data.items():
        words = key_words(str(key))
        if not any(picture_word(word) for word in words):
            if words[-1:] == ("media",) and isinstance(value, dict):
                found += _picture_lists(value)
            continue
        items = list(value.values()) if isinstance(value, dict) and all(str(k).isdigit() for k in value) else value
        if not isinstance(items, list) or value is captions:
            continue
        addresses = [item for item in items if isinstance(item, str) and _ADDRESS.match(item)]
        # a list of captions beside a list of addresses (a spider's "image_captions" by its "image_urls"): by position
        paired = captions if len(captions) == len(addresses) else [None] * len(addresses)
        found += [{"url": address, "caption": caption} for address, caption in zip(addresses, paired)
                  if not is_decorative_url(address)]
        listed = [item for item in items if isinstance(item, dict)]
        if len(captions) == len(listed) and all(isinstance(caption, str) for caption in captions):
            # the captions beside a list of picture objects (Scrapy's ImagesPipeline writes "images": [{"url", "path",
            # "checksum", "status"}] in the order of the downloads): by position, unless one carries its own
            listed = [item if _picture(item) is None or _picture(item)[1] else {**item, "caption": caption}
                      for item, caption in zip(listed, captions)]
        found += listed
    return found


def _item_address(item: dict) -> str | None:
    """A listed picture's address under a key of another name ("href", "link", "content_url", "source_url")."""
    return next((text_value(value) for key, value in item.items() if key_words(str(key))[-1:] in _ADDRESS_KEYS
                 and (text_value(value) or "").startswith(("http://", "https://"))), None)


def _block(block: dict) -> str:
    """One typed block of ANS or Apple News Format as HTML: text, a heading, a byline, a picture."""
    kind = block.get("type") or block.get("role")
    if kind in _PICTURE_TYPES:
        picture = _picture({**block, "type": "image"})
        return picture_html(picture[0], None, renditions=picture[3], caption=picture[1], credit=picture[2]) \
            if picture else ""
    content = text_value(block.get("content") or block.get("text"))
    if not content:
        return ""
    if kind == "byline":
        return f'<div class="byline">{escape(content)}</div>'
    if kind == "title":
        return ""  # the headline is the page's title
    return f"<p>{content}</p>" if kind in ("text", "body") else f"<p>{escape(content)}</p>"


def _caption_lines(text: str) -> list[str]:
    """The lines of an extractor's text that are a picture's caption: a sentence and the credit printed after it."""
    return [line.strip() for line in text.splitlines() if line.strip() and split_caption_credit(line.strip())[1]]
