"""The cover picture's note: a story's lead picture captioned in a line of its own at the story's end.

Hungarian papers (Index, Telex, 444) print the lead picture bare and close the story with
"(Borítókép: 6-os villamos a Nyugati pályaudvarnál. Fotó: Szabó Ildikó / MTI)"; German
("Titelbild:", "Aufmacherbild:") and English ("Top image:", "Cover photo:") sites do so too.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TypeVar

from bs4 import Tag

from catalog.articles.photos import PublishedPhoto, clean_text, describe_photo

_COVER_NOTE = re.compile(
    r"^\(?\s*(?:borítókép|nyitókép|címlapkép|titelbild|aufmacherbild|aufmacherfoto|"
    r"(?:cover|top|main|lead|header|featured|feature)\s+(?:photo|image|picture)|"
    r"imagen\s+(?:principal|de\s+portada)|foto\s+(?:de|di)\s+(?:portada|copertina)|immagine\s+di\s+copertina|"
    r"(?:photo|image)\s+d'ouverture|foto\s+de\s+capa|imagem\s+de\s+capa|kiemelt\s+kép|titulní\s+foto|"
    r"úvodní\s+foto|zdjęcie\s+(?:główne|tytułowe)|fotografia\s+principală|(?:photo|image)\s+at\s+top)"
    r"\s*:\s*(?P<text>.+?)\s*\)?$",
    re.IGNORECASE)
T = TypeVar("T")
_LONGEST_NOTE = 400  # characters: a note is a caption, not a paragraph of the story


def cover_note(container: Tag) -> str | None:
    """The caption and credit a story's cover note gives its lead picture, or None."""
    for paragraph in reversed(container.find_all("p")):
        text = clean_text(paragraph.get_text(" ")) or ""
        match = _COVER_NOTE.match(text) if len(text) <= _LONGEST_NOTE else None
        if match:
            return match.group("text")
    return None


def with_cover_note(found: list[tuple[PublishedPhoto, T]], container: Tag) -> list[tuple[PublishedPhoto, T]]:
    """``found`` (each picture with what the page adds to it) with the lead picture captioned by the story's cover
    note, when it is printed bare."""
    if not found or found[0][0].caption is not None or found[0][0].credit_line is not None:
        return found
    note = cover_note(container)
    if note is None:
        return found
    (lead, extra), rest = found[0], found[1:]
    captioned = describe_photo(lead.image_url, caption=note, alt_text=lead.alt_text)
    return [(dataclasses.replace(captioned, also_seen_as=lead.also_seen_as), extra), *rest]
