"""JSON-LD in article pages: the story node, its authors, publisher and images, with @id references.

Publishers write schema.org JSON-LD in several shapes: one object, a list, an ``@graph``
whose nodes point at each other by ``@id`` (Yoast, Arc), types as names or full URLs.
This module flattens all of them into nodes and resolves references on demand.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

logger = logging.getLogger(__name__)

STORY_TYPES = frozenset(
    {
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "Article",
        "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "SocialMediaPosting",
    }
)
_PERSON_TYPES = frozenset({"Person"})


@dataclass(frozen=True)
class LinkedImage:
    """One ImageObject (or bare image URL) a story node declares."""

    url: str
    caption: str | None = None
    credit: str | None = None
    width: int | None = None  # pixels, when the ImageObject says
    # the people its author/creator names: the photographers, whatever words the credit joins them with
    creators: tuple[str, ...] = field(default=(), compare=False)


@dataclass
class LinkedData:
    """Every JSON-LD node of a page, with an index by ``@id``."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_scripts(cls, texts: Iterable[str]) -> "LinkedData":
        """Parse the text of each ``<script type="application/ld+json">``; broken blocks are skipped."""
        data = cls()
        for text in texts:
            value = _load(text)
            if value is not None:
                for node in _walk(value):
                    data.nodes.append(node)
                    node_id = node.get("@id")
                    # A full node wins over a bare {"@id": …} reference to it.
                    if isinstance(node_id, str) and (node_id not in data.by_id or len(node) > 1):
                        data.by_id[node_id] = node
        return data

    def resolve(self, value: Any) -> Any:
        """The node a bare ``{"@id": …}`` reference points to, else ``value`` unchanged."""
        if isinstance(value, dict) and set(value) <= {"@id", "@type"} and "@id" in value:
            return self.by_id.get(value["@id"], value)
        return value

    def story(self, page_urls: Iterable[str] = ()) -> dict[str, Any] | None:
        """The node describing the story: a NewsArticle-like node, the one naming this page first."""
        stories = [node for node in self.nodes if types_of(node) & STORY_TYPES and len(node) > 2]
        urls = set(page_urls)
        for node in stories:
            named = [node.get("mainEntityOfPage"), node.get("url")]
            named_urls = {value.get("@id") if isinstance(value, dict) else value for value in named}
            if urls & {value for value in named_urls if isinstance(value, str)}:
                return node
        return stories[0] if stories else None

    def names(self, value: Any) -> list[str]:
        """The names in an author/publisher value: strings, Person/Organization nodes, references."""
        people: list[str] = []
        others: list[str] = []
        for item in self.items(value):
            if isinstance(item, str):
                people.append(item)
            elif isinstance(item, dict) and isinstance(item.get("name"), str):
                (people if types_of(item) & _PERSON_TYPES else others).append(item["name"])
        return people or others

    def people(self, value: Any) -> list[str]:
        """The names of the Person nodes in an author/creator value."""
        return [item["name"].strip() for item in self.items(value) if isinstance(item, dict)
                and types_of(item) & _PERSON_TYPES and isinstance(item.get("name"), str) and item["name"].strip()]

    def images(self, node: dict[str, Any]) -> list[LinkedImage]:
        """The images a story node declares (``image`` then ``associatedMedia``), references resolved."""
        found: list[LinkedImage] = []
        for item in self.items(node.get("image")) + self.items(node.get("associatedMedia")):
            if isinstance(item, str):
                found.append(LinkedImage(url=item))
            elif isinstance(item, dict) and (types_of(item) & {"ImageObject"} or "url" in item):
                url = _first_string(item.get("url")) or _first_string(item.get("contentUrl"))
                content = _first_string(item.get("contentUrl"))
                if content and url and not _names_image_file(url) and _names_image_file(content):
                    url = content  # "url" names the photo's own page, "contentUrl" the file
                if url:
                    width = item.get("width")
                    width = width.get("value") if isinstance(width, dict) else width
                    found.append(LinkedImage(url=url, caption=_text(item.get("caption")), credit=self._credit(item),
                                             width=int(width) if str(width).isdigit() else None,
                                             creators=tuple(self.people(item.get("author") or item.get("creator")))))
        return found

    def items(self, value: Any) -> list[Any]:
        """``value`` as a list with each reference resolved."""
        values = value if isinstance(value, list) else [value] if value is not None else []
        return [self.resolve(item) for item in values]

    def _credit(self, image: dict[str, Any]) -> str | None:
        """ImageObject creditText, else "photographer/copyright holder" as the page names them."""
        credit = _text(image.get("creditText"))
        if credit:
            return credit
        people = self.names(image.get("author") or image.get("creator"))
        holders = self.names(image.get("copyrightHolder"))
        notice = _text(image.get("copyrightNotice"))
        if notice:  # "© 2024 Reuters": the holder without the sign and the year
            holders.append(re.sub(r"^(?:©|\(c\)|copyright)?\s*(?:\d{4}\s*)?", "", notice, flags=re.IGNORECASE).strip())
        parts = [", ".join(people)] if people else []
        parts += [holder for holder in holders if holder not in people]
        return "/".join(parts) or None


def types_of(node: dict[str, Any]) -> set[str]:
    """The schema.org type names of a node ("http://schema.org/NewsArticle" → "NewsArticle")."""
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.rstrip("/").rsplit("/", 1)[-1] for v in values if isinstance(v, str)}


def _load(text: str) -> Any:
    cleaned = text.strip()
    for wrapper in ("<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"):
        cleaned = cleaned.replace(wrapper, "")
    try:
        return json.loads(cleaned, strict=False)  # strict=False: raw newlines inside strings
    except ValueError as error:
        logger.debug("skipping unreadable JSON-LD block: %s", error)
        return None


def _walk(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _walk(item)


def _names_image_file(url: str) -> bool:
    return bool(re.search(r"\.(?:jpe?g|png|gif|webp|avif|heic|tiff?)(?:$|[?#])", url, re.IGNORECASE))


def _first_string(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("text") or value.get("name")
    return _first_string(value)
