"""Stories other tools export as data, found and read by what their keys mean, whatever the tool.

A read-later app, a feed reader's API, a news API, a crawler or a scraper saves a story as JSON
(or JSON Lines, or JSON inside a string of another JSON): in an envelope of any name ("data",
"articles", "results", "list", "Records"…), in a list of several stories, keyed by ids, its
fields named by each tool its own way ("title", "resolved_title", "story_title", "headline";
"url", "canonical[0].href", "story_permalink"; "feed.title", "source.name", "domain_metadata.name",
"og:site_name"). Each key is split into its words (``key_words``: "story_permalink" is *story*,
*permalink*; "urlToImage" is *url*, *to*, *image*) and each value is given the role its path's
words say (``role``): title, address, author, site name, body, picture. So a tool never seen,
with sensible key names, is read as the ones seen.

Which story, when there are several: the one at the address the export was read at, else the
one with the most of a story's parts (a title with a body, an address, authors, a picture),
the first of equals. A page's whole HTML kept in the export (a crawler's ``html``, a HAR entry's
response text) is that page, read as any other.
"""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any, Iterator
from xml.etree.ElementTree import Element

from catalog.articles.urls import canonicalize_url
from catalog.credits import split_caption_credit

# A key's words: "og:site_name" -> og, site, name; "urlToImage" -> url, to, image; "articleBodyHtml" -> article, body, html
_KEY_WORD = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|\d+")
TITLE_WORDS = frozenset({"title", "headline", "headlines", "hed"})
# Words of the key holding the site's name, or of the object describing the site ("source": {"name": …})
SITE_WORDS = frozenset({"site", "sitename", "feed", "source", "origin", "publisher", "publication", "outlet",
                        "newspaper", "channel", "domain", "media", "provider"})
# Words of a key holding the document's <title> rather than the headline: news-please's "title_page", a spider's
# "title_tag", "document_title", "html_title"
_PAGE_WORDS = frozenset({"page", "tag", "document", "html", "head"})
NAME_WORDS = frozenset({"name", "title", "label", "hostname"})
AUTHOR_WORDS = frozenset({"author", "authors", "byline", "bylines", "by", "creator", "creators", "writer", "writers",
                          "journalist", "journalists"})
# The address of the story: "url", "link", "permalink", "canonical[0].href"; "source" when it holds an address
URL_WORDS = frozenset({"url", "link", "permalink", "href", "canonical", "uri", "location", "source",
                       "target"})  # TEI: <ptr type="URL" target="…"/>
# Addresses that are not the story's: the site's home, its feed, comments, an AMP or mobile copy, the next page
_OTHER_ADDRESS_WORDS = frozenset({"home", "comments", "comment", "feed", "favicon", "amp", "mobile", "api", "next",
                                  "prev", "previous", "stream", "icon", "logo", "avatar", "author", "authors", "site",
                                  "domain", "origin", "publisher", "video", "audio", "related", "share", "redirect",
                                  # the program that wrote the export names its own address (TEI's appInfo)
                                  "app", "application", "generator", "software"})
# Words of an address preferred over a plain "url": the canonical one, the one a reader resolved the link to
_URL_RANK = ("canonical", "resolved", "permalink", "original")
# Words naming a picture: in "top_image", "urlToImage", "image_urls", "socialimage", "thumbnail", Feedly's "visual"
_PICTURE_WORD = re.compile(r"image|img|photo|picture|thumbnail|visual|cover|banner|poster|enclosure|attachment|"
                           r"multimedia")
# The last word of a key holding a person's name or the byline as printed ("authorName", NYT's "byline.original")
_PRINTED_NAME_WORDS = frozenset({"name", "names", "raw", "line", "value", "original", "display", "printed"})
_ACCOUNT_WORDS = frozenset({"ref", "user", "owner", "account", "saver", "saved", "member", "profile", "uploader"})
_DECORATION_WORDS = frozenset({"logo", "icon", "favicon", "avatar", "greyscale", "headshot", "sprite"})
BODY_WORDS = frozenset({"content", "html", "body", "text", "markdown", "maintext", "main"})  # trafilatura XML: <main>
SUMMARY_WORDS = frozenset({"summary", "description", "excerpt", "dek", "snippet", "abstract", "teaser"})
# Lists beside the story that hold other stories or the page's links, never its parts; a feed reader's "feeds" are
# the account's subscriptions (the story's own is the one it names by id: ``_site_by_id``)
_ASIDE_WORDS = frozenset({"related", "recommended", "recommendations", "more", "links", "sub", "teasers",
                          "breadcrumbs", "categories", "tags", "labels", "keywords", "videos", "audios", "headers",
                          "cookies", "profiles", "comments", "timings", "cache", "query", "feeds"})
_PICTURE_TYPES = frozenset({"image", "picture", "photo", "graphic", "imageobject", "figure"})
_SHORTEST_BODY = 80  # characters
_DEEPEST = 12  # levels of nesting read: deeper is no story's shape
_MOST_OBJECTS = 5000  # objects looked at for the story: an export larger than that is read by its first ones
_JSON_START = re.compile(r"^\s*[\[{]")
_DOCUMENT = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_ADDRESS = re.compile(r"^https?://\S+$", re.IGNORECASE)
HOST_NAME = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$")  # a host name alone ("paper.example"), no name


def key_words(key: str) -> tuple[str, ...]:
    """The words of a key, in lower case: "story_permalink" -> ("story", "permalink"), "urlToImage" -> ("url", "to",
    "image"), "og:site_name" -> ("og", "site", "name")."""
    return tuple(word.lower() for word in _KEY_WORD.findall(key))


def load_json(text: str) -> Any | None:
    """The data of a JSON document, or of JSON Lines (a list of the lines' values), with every string that holds a
    JSON object or list decoded in its place (a queue message's body, a crawler's serialised item); None for text
    that is neither."""
    if not _JSON_START.match(text):
        return None
    try:
        data = json.loads(text)
    except RecursionError:  # nested deeper than a story ever is
        return None
    except ValueError:
        lines = [line for line in text.splitlines() if line.strip()]
        try:
            data = [json.loads(line) for line in lines]
        except (ValueError, RecursionError):
            return None
        if len(data) < 2 or not all(isinstance(item, (dict, list)) for item in data):
            return None
    return _decoded(data, 0)


def _decoded(value: Any, depth: int) -> Any:
    """``value`` with strings holding JSON objects or lists replaced by their data."""
    if depth > _DEEPEST:
        return value
    if isinstance(value, dict):
        return {key: _decoded(item, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [_decoded(item, depth + 1) for item in value]
    if isinstance(value, str) and _JSON_START.match(value) and value.rstrip()[-1:] in "]}":
        try:
            inner = json.loads(value)
        except (ValueError, RecursionError):
            return value
        return _decoded(inner, depth + 1) if isinstance(inner, (dict, list)) else value
    return value


def page_document(data: Any) -> str | None:
    """The first whole HTML page an export keeps (a crawler's ``html``, a HAR entry's response text), or None."""
    for _, value in _strings(data, ()):
        if len(value) > 200 and _DOCUMENT.match(value[:2000]):
            return value
    return None


def find_story(data: Any, url: str | None = None) -> dict | None:
    """The story among ``data``: the object at ``url``, else the one with the most of a story's parts; of equals, the
    innermost (the story rather than its envelope), then the first. None when no object has a title beside a body,
    an address or a picture."""
    best: tuple[bool, int, int] | None = None
    story = None
    wanted = _canonical(url) if url else None
    for candidate, depth in _objects(data):
        parts = story_parts(candidate)
        if "title" not in parts or not parts & {"body", "url", "picture"}:
            continue
        address = fields(candidate).get("url") if wanted else None
        rank = (address is not None and _canonical(address) == wanted, len(parts) + ("body" in parts), depth)
        if best is None or rank > best:
            best, story = rank, candidate
    return story


def enclosing_site(data: Any, story: dict) -> str | None:
    """The site's name an export gives around its story rather than in it: a site name among the keys of an object
    holding the story (Tiny Tiny RSS's answer, a crawl's envelope), or the title of a feed holding it (a JSON Feed's
    "title" beside its "feed_url"), the nearest first; None when there is none."""
    for holder in reversed(_holders(data, story) or []):
        own = {key: value for key, value in holder.items() if isinstance(value, str)}
        site = next((value for key, value in own.items() if role(((key_words(str(key))),), value) == "site"), None)
        if site:
            return site.strip()
        if any("feed" in key_words(str(key)) for key in own) and own.get("title", "").strip():
            return own["title"].strip()
    return _site_by_id(data, story)


def _site_by_id(data: Any, story: dict) -> str | None:
    """The site's name of the feed or site the story names by its id ("story_feed_id": 37), from the object of that
    id the export lists apart (NewsBlur's ``feeds``: ``{"id": 37, "feed_title": …}``; Nextcloud News' ``feeds``:
    ``{"id": 57, "title": …}``, a plain name in a list named for what the id names); None when there is none."""
    named = {(str(value), word) for holder, _ in _objects(story) for key, value in holder.items()
             if isinstance(value, (str, int)) and not isinstance(value, bool)
             and {"id"} < set(key_words(str(key))) for word in set(key_words(str(key))) & SITE_WORDS}
    if not named:
        return None
    wanted = {value for value, _ in named}
    for candidate, _ in _objects(data):
        if candidate is not story and str(candidate.get("id")) in wanted:
            site = next((value.strip() for key, value in candidate.items() if isinstance(value, str)
                         and role((key_words(str(key)),), value) == "site"), None)
            if site:
                return site
    for listed, word in _lists_named(data, {word for _, word in named}):
        for candidate in listed:
            if isinstance(candidate, dict) and candidate is not story and (str(candidate.get("id")), word) in named:
                site = next((candidate[key].strip() for key in candidate if key_words(str(key)) in (("title",), ("name",))
                             and isinstance(candidate[key], str) and candidate[key].strip()), None)
                if site:
                    return site
    return None


def _lists_named(data: Any, words: set[str]) -> Iterator[tuple[list, str]]:
    """(list, word) for each list in ``data`` under a key naming one of ``words``, in the singular or the plural
    ("feeds" for "feed")."""
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > _DEEPEST or not isinstance(value, dict):
            continue
        for key, item in value.items():
            name = next((name for word in key_words(str(key)) for name in words if word in (name, name + "s")), None)
            if name and isinstance(item, list):
                yield item, name
            elif isinstance(item, dict):
                stack.append((item, depth + 1))


def _holders(value: Any, story: dict, depth: int = 0) -> list[dict] | None:
    """The objects holding ``story`` inside ``value``, outermost first; None when it is not there."""
    if value is story:
        return []
    if depth > _DEEPEST or not isinstance(value, (dict, list)):
        return None
    for item in value.values() if isinstance(value, dict) else value:
        inner = _holders(item, story, depth + 1)
        if inner is not None:
            return ([value] if isinstance(value, dict) else []) + inner
    return None


def story_parts(candidate: dict) -> set[str]:
    """The roles the object's own keys (and the objects under them, lists left out) fill."""
    return {found_role for path, value in _strings(candidate, (), into_lists=False)
            if (found_role := role(path, value)) is not None}


def fields(story: dict) -> dict[str, str]:
    """The story's title, address, site name, body (and its kind: "html", "markdown" or "text"), summary and lead
    picture, each the best its keys offer: the shallowest, then the most telling name."""
    found: dict[str, tuple[tuple, str, tuple]] = {}
    bodies: list[tuple[tuple, str]] = []  # (path, HTML) of every HTML body, in order
    for order, (path, value) in enumerate(_strings(story, ())):
        found_role = role(path, value)
        if found_role is None or found_role == "author":
            continue
        if found_role == "body" and body_kind(value) == "html":
            bodies.append((path, value.strip()))
        rank = (len(path), _rank_in_role(found_role, path, value), order)
        if found_role not in found or rank < found[found_role][0]:
            found[found_role] = (rank, value.strip(), path)
    result = {name: value for name, (_, value, _) in found.items()}
    if "body" in result:
        result["body_kind"] = body_kind(result["body"])
        # the story's HTML in parts beside each other (the Guardian's fields.main, the lead figure, and fields.body)
        parent = found["body"][2][:-1]
        parts = [html for path, html in bodies if path[:-1] == parent]
        if result["body_kind"] == "html" and len(parts) > 1:
            result["body"] = "".join(part for part in dict.fromkeys(parts))
    return result


def authors(story: dict) -> list[str]:
    """The authors' names, from the shallowest key naming them (a string, a list, people keyed by ids), people whose
    ``type`` says they are no author left out."""
    named: list[tuple[tuple[tuple[str, ...], ...], str]] = []  # (path, name)
    for path, value in _strings(story, (), skip=lambda item: item is not story and isinstance(item, dict)
                                 and item.get("type", "author") not in ("author", "person", "Person")):
        if role(path, value) == "author":
            named.append((path, value.strip()))
    if not named:
        return []
    shallowest = min((path for path, _ in named), key=len)
    return list(dict.fromkeys(name for path, name in named if path == shallowest))


def role(path: tuple[tuple[str, ...], ...], value: str) -> str | None:
    """What a string at ``path`` (the words of each key, list positions and ids left out) is in a story: "title",
    "page_title", "url", "site", "author", "body", "summary", "picture", or None."""
    if not path or not value.strip():
        return None
    words = {word for key in path for word in key}
    final = path[-1][-1] if path[-1] else ""
    if words & _DECORATION_WORDS:
        return None
    address = bool(_ADDRESS.match(value.strip()))
    if any(_PICTURE_WORD.search(word) for word in words):
        return "picture" if address else None
    if words & SITE_WORDS and not address and (final in NAME_WORDS or final in SITE_WORDS):
        return "site"
    if words & AUTHOR_WORDS and not address and (final in AUTHOR_WORDS
                                                 or final in _PRINTED_NAME_WORDS):
        # the account that saved or owns the item (Raindrop's "creatorRef", a "user" or "owner") wrote nothing
        return None if words & _ACCOUNT_WORDS else "author"
    if address:
        return "url" if final in URL_WORDS and not words & _OTHER_ADDRESS_WORDS else None
    if words & TITLE_WORDS and words & _PAGE_WORDS:
        return "page_title"
    if final in TITLE_WORDS or words & TITLE_WORDS and final in ("basic", "main", "rendered", "value"):
        return "title"
    if words & SUMMARY_WORDS:
        # under a summary object only its text is the summary: Inoreader's "summary": {"direction": "ltr", "content": …}
        return "summary" if final in SUMMARY_WORDS | BODY_WORDS | {"value", "rendered"} else None
    if words & BODY_WORDS and (len(value) >= _SHORTEST_BODY or "\n" in value.strip()):
        return "body"  # a story's text: longer than a line (an og tag's "content" is a value, not a body)
    return None


def body_kind(text: str) -> str:
    """"html", "markdown" or "text": how a story's body is written, by what it holds."""
    if re.search(r"<(?:p|div|figure|img|br|h[1-6]|article|section|span|a|ul|ol|li|blockquote|picture)\b[^>]*>", text,
                 re.IGNORECASE):
        return "html"
    if re.search(r"!\[[^\]]*\]\(\S+\)|^#{1,6}\s+\S|\[[^\]]+\]\(https?://", text, re.MULTILINE):
        return "markdown"
    return "text"


def picture_word(word: str) -> bool:
    """True for a key's word naming a picture ("image", "top_image", "socialimage", "thumbnail", "visual")."""
    return bool(_PICTURE_WORD.search(word))


def _rank_in_role(found_role: str, path: tuple[tuple[str, ...], ...], value: str) -> int:
    words = {word for key in path for word in key}
    if found_role == "url":
        return next((index for index, word in enumerate(_URL_RANK) if word in words), len(_URL_RANK)) \
            + 10 * ("given" in words)
    if found_role == "body":
        # the story's HTML before its Markdown before its text; a longer body of one kind before a shorter
        return ("html", "markdown", "text").index(body_kind(value)) * 10**7 - min(len(value), 10**7 - 1)
    if found_role == "title":
        # a title the tool was given with the link (Pocket's "given_title": what the saving app passed, often the
        # site's default page title) yields to the one it read on the page ("resolved_title"), as a given address does
        return (0 if path[-1][-1] in TITLE_WORDS else 1) + 10 * ("given" in words)
    if found_role == "site":
        # a host name ("domain": "paper.example") yields to the name beside it (Defuddle's "site": "The Paper")
        return int(bool(HOST_NAME.match(value.strip())))
    return 0


def _objects(data: Any) -> Iterator[tuple[dict, int]]:
    """Every object in ``data`` and its depth, outer ones first, in order; pictures (objects under a key naming
    pictures, or typed as one: ninjs's associations, ANS's promo items) and what they hold left out."""
    stack = [(data, 0)]
    seen = 0
    while stack and seen < _MOST_OBJECTS:
        value, depth = stack.pop()
        if depth > _DEEPEST:
            continue
        if isinstance(value, dict):
            if str(value.get("type", "")).lower() in _PICTURE_TYPES:
                continue
            seen += 1
            yield value, depth
            stack.extend((item, depth + 1) for key, item in reversed(list(value.items()))
                         if not any(picture_word(word) for word in key_words(str(key))))
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in reversed(value))


def _strings(value: Any, path: tuple[tuple[str, ...], ...], *, into_lists: bool = True,
             skip: Any = None) -> Iterator[tuple[tuple[tuple[str, ...], ...], str]]:
    """(the words of each key on the way, the string) for every string under ``value``; ids used as keys (Pocket's
    items and images keyed by number) and lists beside the story (related stories, links, tags) left out."""
    if len(path) > _DEEPEST:
        return
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        if skip is not None and skip(value):
            return
        for key, item in value.items():
            words = key_words(str(key))
            if words and words[-1] in _ASIDE_WORDS and isinstance(item, (list, dict)):
                continue
            yield from _strings(item, path if not words or words[0].isdigit() else path + (words,),
                                into_lists=into_lists, skip=skip)
    elif isinstance(value, list) and into_lists:
        for item in value:
            yield from _strings(item, path, into_lists=into_lists, skip=skip)
    elif isinstance(value, list):
        for item in value:  # a list of strings or of small objects of the story itself ("canonical": [{"href": …}])
            if isinstance(item, str) or isinstance(item, dict) and not any(isinstance(inner, (dict, list))
                                                                          for inner in item.values()):
                yield from _strings(item, path, into_lists=True, skip=skip)


def _canonical(url: str) -> str | None:
    try:
        return canonicalize_url(url)
    except ValueError:
        return None


def xml_data(element: Element) -> Any:
    """An XML export as the data it holds, so that it is read as a JSON one: each attribute and child element is a
    key (a repeated one a list, an element's own text beside its attributes under "value"), and an element holding
    prose (paragraphs, or text between its elements) is its content written as HTML (``prose_html``)."""
    children = list(element)
    text = (element.text or "").strip()
    if children and _is_prose(element):
        return prose_html(element)
    if not children and not element.attrib:
        return text
    data: dict[str, Any] = {_local(name): value for name, value in element.attrib.items()}
    if text and not children:
        data["value"] = text
    for child in children:
        if not isinstance(child.tag, str):
            continue  # a comment or a processing instruction
        key, value = _local(child.tag), xml_data(child)
        if key in data:
            data[key] = (data[key] if isinstance(data[key], list) else [data[key]]) + [value]
        else:
            data[key] = value
    return data


def prose_html(element: Element) -> str:
    """An element's prose as HTML, TEI's names of what HTML prints (trafilatura's XML uses them) written as HTML's:
    ``graphic`` a picture (with the paragraph after it as its caption when that paragraph ends in a credit), ``head``
    a heading, ``hi`` emphasis, ``lb`` a line break, ``list`` and ``item`` a list, ``ref`` a link."""
    parts = [escape(element.text or "")]
    children = [child for child in element if isinstance(child.tag, str)]
    skipped: set[int] = set()
    for index, child in enumerate(children):
        if index in skipped:
            continue
        name = _local(child.tag)
        following = children[index + 1] if index + 1 < len(children) else None
        if name in ("graphic", "img", "figure") and following is not None and _local(following.tag) == "p" \
                and split_caption_credit(" ".join("".join(following.itertext()).split()))[1] is not None \
                and not (child.tail or "").strip():
            skipped.add(index + 1)
            parts.append(_element_html(child, caption=" ".join("".join(following.itertext()).split())))
            parts.append(escape(following.tail or ""))
            continue
        parts.append(_element_html(child))
        parts.append(escape(child.tail or ""))
    return "".join(parts)


def _element_html(element: Element, caption: str | None = None) -> str:
    name = _local(element.tag)
    tag = _HTML_OF.get(name, name if name in _HTML_OF.values() else "span")
    if tag == "img":
        source = element.get("src") or element.get("url") or ""
        caption = caption or element.get("title")
        return (f'<figure><img src="{escape(source)}" alt="{escape(element.get("alt") or "")}">'
                + (f"<figcaption>{escape(caption)}</figcaption>" if caption else "") + "</figure>")
    if tag == "br":
        return "<br>"
    href = element.get("target") or element.get("href")
    opening = f'<a href="{escape(href)}">' if tag == "a" and href else f"<{tag}>"
    return opening + prose_html(element) + f"</{tag}>"


def _is_prose(element: Element) -> bool:
    """True for an element holding paragraphs, or text between its elements (mixed content)."""
    children = [child for child in element if isinstance(child.tag, str)]
    return any(_local(child.tag) in ("p", "head", "graphic", "quote", "list") for child in children) \
        or bool((element.text or "").strip()) or any((child.tail or "").strip() for child in children)


def _local(name: str) -> str:
    """A tag's or an attribute's name without its namespace ("{http://www.tei-c.org/ns/1.0}title" -> "title")."""
    return name.rpartition("}")[2]


# TEI's names of what HTML prints (trafilatura's XML and XML-TEI)
_HTML_OF = {"graphic": "img", "img": "img", "head": "h2", "hi": "em", "lb": "br", "list": "ul", "item": "li",
            "ref": "a", "a": "a", "quote": "blockquote", "p": "p", "div": "div", "table": "table", "row": "tr",
            "cell": "td", "figure": "figure", "em": "em", "strong": "strong", "span": "span"}
