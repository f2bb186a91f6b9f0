"""The story's own picture credit: a line beside its byline crediting all its pictures ("Photographs by Name").

Magazines print who photographed a story once, with the writer, above its first picture ("Words by Ann Lee" /
"Photographs by Bo Park", "Fotos: Ana Paz", "Photos de Jean Roy"), and leave the pictures uncredited: a picture
that prints no credit of its own takes that one. The label is a picture word in the plural, or photography, so the
line speaks for every picture; a single picture's "Photo: Name" is its own caption's credit.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TypeVar

from bs4 import Tag

from catalog.articles.photo_captions import PHOTO_TAGS, visible_text
from catalog.articles.photos import PublishedPhoto, clean_text, describe_photo

_STORY_CREDIT = re.compile(
    r"^(?:(?:photographs|photos|photography|pictures|images)\s*(?:by\s|:)"
    r"|(?:fotos|fotografías|fotografias|fotografie|photographies|bilder|billeder|kuvat|foto['’]s)\s*"
    r"(?:von\s|de\s|par\s|por\s|di\s|door\s|av\s|af\s|:))\s*(?=\S)", re.IGNORECASE)
_LONGEST_LINE = 100  # characters: a label and a name or two, not a paragraph
_LINE_TAGS = ("p", "div", "span", "li", "small", "address")
_CAPTION_MARKS = ("figure", "figcaption")
T = TypeVar("T")


def story_picture_credit(container: Tag) -> str | None:
    """The line crediting the story's pictures, printed above its first picture outside any figure, or None."""
    for tag in container.find_all(True):
        if tag.name in PHOTO_TAGS or tag.name in _CAPTION_MARKS:
            return None  # the first picture: a line after it may be a picture's own caption
        if tag.name not in _LINE_TAGS or tag.find(PHOTO_TAGS) is not None:
            continue
        text = clean_text(visible_text(tag)) or ""
        if len(text) <= _LONGEST_LINE and _STORY_CREDIT.match(text) and "caption" not in " ".join(tag.get("class") or []):
            return text
    return None


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
