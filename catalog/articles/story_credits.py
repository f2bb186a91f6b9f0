"""The story's own picture credit: a line beside its byline crediting all its pictures ("Photographs by Name").

Magazines print who photographed a story once, with the writer, above its first picture ("Words by Ann Lee" /
"Photographs by Bo Park", "Fotos: Ana Paz", "Photos de Jean Roy"), and leave the pictures uncredited: a picture
that prints no credit of its own takes that one. The label is a picture word in the plural, or photography, so the
line speaks for every picture; a single picture's "Photo: Name" is its own caption's credit. The label also opens
headline kickers and gallery teasers ("PHOTOS: Crowds flock to the beach"): the line counts only outside a heading or
a kicker, and only when what follows the label names someone, as a credit does.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TypeVar

from bs4 import Tag

from catalog.articles.photo_captions import PHOTO_TAGS, visible_text
from catalog.articles.photos import PublishedPhoto, clean_text, describe_photo
from catalog.credits import parse_credit_line
from catalog.credits.names import is_name

_STORY_CREDIT = re.compile(
    r"^(?:(?:photographs|photos|photography|pictures|images)\s*(?:by\s|:)"
    r"|(?:fotos|fotografías|fotografias|fotografie|photographies|bilder|billeder|kuvat|foto['’]s)\s*"
    r"(?:von\s|de\s|par\s|por\s|di\s|door\s|av\s|af\s|:))\s*(?=\S)", re.IGNORECASE)
_LONGEST_LINE = 100  # characters: a label and a name or two, not a paragraph
_LINE_TAGS = ("p", "div", "span", "li", "small", "address")
_CAPTION_MARKS = ("figure", "figcaption")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# a class naming a headline's parts: "kicker", "headline", "teaser", "dek", "title", "eyebrow", "overline"
_HEADLINE_CLASS = re.compile(r"kicker|headline|teaser|\bdek\b|title|eyebrow|overline|caption", re.IGNORECASE)
T = TypeVar("T")


def story_picture_credit(container: Tag) -> str | None:
    """The line crediting the story's pictures, printed above its first picture outside any figure, or None."""
    for tag in container.find_all(True):
        if tag.name in PHOTO_TAGS or tag.name in _CAPTION_MARKS:
            return None  # the first picture: a line after it may be a picture's own caption
        if tag.name not in _LINE_TAGS or tag.find(PHOTO_TAGS) is not None:
            continue
        text = clean_text(visible_text(tag)) or ""
        if len(text) <= _LONGEST_LINE and _STORY_CREDIT.match(text) and not _in_headline(tag) and _names_someone(text):
            return text
    return None


def _in_headline(tag: Tag) -> bool:
    """Whether the line is in a heading, or is a headline's part (its kicker, its teaser) or a caption by its class."""
    return _HEADLINE_CLASS.search(" ".join(tag.get("class") or [])) is not None \
        or any(element.name in _HEADINGS for element in tag.parents)


def _names_someone(line: str) -> bool:
    """Whether the credit reader finds a party in the line, each photographer a name ("Photographs by Bo Park"), not a
    headline's words ("PHOTOS: Floods hit Lagos")."""
    credit = parse_credit_line(line)
    return credit is not None and bool(credit.agency or credit.photographers) \
        and all(is_name(name, strict=True) for name in credit.photographers)


def with_story_credit(found: list[tuple[PublishedPhoto, T]], container: Tag) -> list[tuple[PublishedPhoto, T]]:
    """``found`` (each picture with what the page adds to it) with the story's picture credit given to every picture
    that prints none of its own."""
    if all(photo.credit_line is not None for photo, _ in found):
        return found
    line = story_picture_credit(container)
    if line is None:
        return found
    credited = []
    for photo, extra in found:
        if photo.credit_line is None:
            photo = dataclasses.replace(describe_photo(photo.image_url, caption=photo.caption, credit=line,
                                                       alt_text=photo.alt_text), also_seen_as=photo.also_seen_as)
        credited.append((photo, extra))
    return credited
