"""A text browser's dump (``lynx -dump``, ``elinks -dump``) or a print page: link markers in the text, their URLs in a
numbered list at the end.

``[9]Gondel der Hohtalbahn`` is a picture whose alt text lynx prints, its address entry 9 of
the "References" list; ``Von [7]Lena Huber`` a link to the author's page. The dump is written
back as a scrape copied from the page: each picture as its address on a line of its own (the
alt text is no caption), other links as their text, and the lines lynx wrapped at its width
joined again. A picture beside a link to another page on one line is that page's teaser.
"""

from __future__ import annotations

import re

from catalog.articles.html_photos import is_decorative_url
from catalog.articles.image_urls import is_image_service_url
from catalog.articles.scrape_lines import asks_for_width, names_an_image

# lynx's "References", w3m's "References:", elinks' "Visible links", a Drupal print page's and Newsboat's "Links:"
# ("[1] https://…", Newsboat's "[1]: https://… (image)", the kind of each link after it)
_REFERENCES = re.compile(r"^\s*(?:References:?|Visible links|Links:)\s*$", re.MULTILINE)
_REFERENCE = re.compile(r"^\s*(?:(\d{1,4})\.|\[(\d{1,4})\]:?)\s+(\S+)(?:\s+\((?P<kind>image|link|[a-z ]{2,20})\))?\s*$")
# "[9]", and Newsboat's picture marker "[image 1 (link #1)]" (its alt text, if any, before the parenthesis)
_MARKER = re.compile(r"\[(?:(\d{1,4})|image\b[^\[\]]*?\(link #(\d{1,4})\))\]")
_WRAP_SLACK = 2  # characters: lynx breaks a line when the next word would reach its width


def without_link_markers(text: str) -> str:
    """``text`` with a lynx dump's markers and reference list read (see the module's docstring); other text as it is."""
    headings = list(_REFERENCES.finditer(text))
    if not headings:
        return text
    heading = headings[-1]
    listed = [match for match in map(_REFERENCE.match, text[heading.end():].splitlines()) if match]
    references = {match.group(1) or match.group(2): match.group(3) for match in listed}
    if not references:
        return text
    images = {match.group(3) for match in listed if match.group("kind") == "image"}  # said to be one, whatever its URL
    lines: list[str] = []
    for line in text[: heading.start()].splitlines():
        markers = [number or linked for number, linked in _MARKER.findall(line)]
        pictures = [references[number] for number in markers
                    if references.get(number) in images or _is_picture(references.get(number))]
        if pictures and len(pictures) < len(markers):
            continue  # a teaser: its picture beside the link to its story
        # a picture the list alone says is one (its address names no image) is written as Markdown's picture
        pictures = [picture if _is_picture(picture) else f"![]({picture})" for picture in pictures]
        lines.append(" ".join(pictures) if pictures else _MARKER.sub("", line).rstrip())
    return "\n".join(_unwrapped(lines))


def _is_picture(url: str | None) -> bool:
    return bool(url) and not is_decorative_url(url) and (
        names_an_image(url) or is_image_service_url(url) or asks_for_width(url))


def _unwrapped(lines: list[str]) -> list[str]:
    """The lines with those lynx wrapped joined again: a line is continued when its next line's first word would not
    have fitted on it."""
    width = max((len(line) for line in lines if "://" not in line), default=0)
    joined: list[str] = []
    for previous, line in zip([""] + lines, lines):
        first_word = line.split(None, 1)[0] if line.strip() else ""
        if joined and previous.strip() and first_word and "://" not in previous + line \
                and len(previous) + 1 + len(first_word) > width - _WRAP_SLACK:
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined
