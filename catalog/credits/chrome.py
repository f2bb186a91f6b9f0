"""A page's own words around a picture's credit: gallery counters, file slugs, BBC's picture headings.

Scraped captions carry the page's furniture next to the credit. None of it names anyone,
and left in place it hides the credit it is glued to:

- a gallery's counter: "Credit:Alex Ellinghausen 2/ 23", "Credit:Jane Roe3/12", dpa's
  "dpa/Name/dpa Bild 3/60 - caption", "Photo 4 of 12", or opening a line ("1/15 (Reuters)");
- a file's slug glued before the credit: "2023YIP07-KIDS-NATURALIZATIONJane Roe/CPR News";
- a photo store's link and the publication time after the credit: "... Name/Sun Journal Buy this Photo",
  "...(AJP/Name) 2025-12-10 17:08:45", and a wire site's licensing link before the story: "... Name/REUTERS Acquire
  Licensing Rights Nov 3 (Reuters) - ...";
- BBC's headings for screen readers, which open a credit anywhere in a line: "... 17 September
  2019 Image copyright Jane Roe/EPA", "Image source, Jane Roe".
"""

from __future__ import annotations

import re

from catalog.credits.labels import COUNTER_BETWEEN, GALLERY_WORDS
from catalog.credits.vocabulary import PARTICLES

# "Bild 3/60 - ", "Photo 4 of 12", "Zdjęcie 2 z 9": the picture's place in a gallery, its heading word first
# (the heading word capitalised or in capitals, in the main news languages: labels.GALLERY_WORDS, COUNTER_WORDS)
_HEADINGS = "|".join(sorted({re.escape(form).replace(r"\ ", r"\s+") for words in GALLERY_WORDS.values() for word in words
                             for form in (word[:1].upper() + word[1:], word.upper())}, key=len, reverse=True))
_NAMED_COUNTER = re.compile(rf"[ \t]*(?<!\w)(?:{_HEADINGS})\s+(?P<number>\d{{1,3}})\s*(?i:{COUNTER_BETWEEN})\s*"
                            r"(?P<total>\d{1,3})\b(?:\s*[-–—]\s+)?")
# a bare counter closing a line after a capitalised word, spaced, glued or after a bar: "Ellinghausen 2/ 23",
# "Armao2/23", "Jane Roe | 3 of 12", "SouthAdvertisement5/23"
_BARE_COUNTER = re.compile(r"(?P<word>\b[A-ZÀ-Þ][^\W\d_]{1,45})(?:[ \t]*[|·•])?[ \t]?(?P<number>\d{1,3})"
                           r"(?:[ \t]?/[ \t]?|[ \t]of[ \t])(?P<total>\d{1,3})[ \t]*$", re.MULTILINE)
# two numbers and the word between them, the cheap test before the counters' patterns
_COUNTED = re.compile(rf"\d\s*{COUNTER_BETWEEN}\s*\d", re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # the cheaper test first: most captions hold no number at all
# a bare counter opening a line, before the credit or the caption: "1/15 (Reuters)", "2/15 (Reuters)\ncaption",
# "3 of 12 Jane Roe/AP" (a gallery's slide number printed above its caption)
_OPENING_COUNTER = re.compile(rf"^[ \t]*(?P<number>\d{{1,3}})(?:[ \t]?/[ \t]?|[ \t](?i:{COUNTER_BETWEEN})[ \t])(?P<total>\d{{1,3}})"
                              r"[ \t]+(?=[^\W\d_]|[(\[])", re.MULTILINE)  # "of" in the languages: labels.COUNTER_WORDS
_MAX_GALLERY = 200  # "1/250" is a shutter speed, no gallery
# a file's slug in capitals, digits and hyphens (a digit in it), glued to the caption's first capitalised word
_SLUG = re.compile(r"^(?=[A-Z0-9_-]*\d)[A-Z0-9][A-Z0-9_-]{9,}(?=[A-Z][a-z])")
# BBC's headings: no sentence holds them capitalised mid-line ("the image copyright holder" stays prose)
_HEADING_LABEL = re.compile(r"Image (?:copyright|source)|Picture (?:copyright|source)|Photo (?:copyright|source)")


def _is_counter(match: re.Match[str]) -> bool:
    return 1 <= int(match["number"]) <= int(match["total"]) <= _MAX_GALLERY and int(match["total"]) >= 2


# the words of a credit line: capitalised, a name's particle ("Jane de Roe"), or a bracketed credit closing the line
_LOWER_WORD = re.compile(r"(?<![\w'’])[^\W\d_A-ZÀ-Þ][\w'’-]*")


def _opens_a_credit_line(match: re.Match[str]) -> bool:
    """A counter opens a line only above a credit: alone on its line, or the rest of its line holds no sentence's
    lower-case word ("1/15 (Reuters)", "3 of 12 Jane Roe/AP"), never "9/11 families gather", "1/2 of the town"."""
    if not _is_counter(match):
        return False
    line = match.string[match.end():].split("\n", 1)[0]
    return all(word.group().lower() in PARTICLES for word in _LOWER_WORD.finditer(line))


def without_chrome(text: str) -> str:
    """The caption without gallery counters and a leading file slug (see the module's docstring)."""
    if _DIGIT.search(text) and _COUNTED.search(text):
        if text[-1:].isdigit() or "\n" in text:
            text = _BARE_COUNTER.sub(lambda match: match["word"] if _is_counter(match) else match.group(), text)
        text = _NAMED_COUNTER.sub(lambda match: "\n" if _is_counter(match) else match.group(), text)
        if text[:1].isdigit() or "\n" in text:
            text = _OPENING_COUNTER.sub(lambda match: "" if _opens_a_credit_line(match) else match.group(), text)
    if text[:1].isalnum() and text[:1].upper() == text[:1]:
        slug = _SLUG.match(text)
        if slug:
            text = text[slug.end():]
    return text


# what a page prints after the credit: its store's link, the time it published the picture ("2025-12-10 17:08:45")
_PAGE_TAIL = re.compile(r"[ \t]+(?:Buy (?:this )?(?:[Pp]hoto|[Pp]rint)s?|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?)[ \t]*$")


# a wire site's link to license the picture, printed right after its credit, the story following it (Reuters' "...
# Name/REUTERS Acquire Licensing Rights Nov 3 (Reuters) - ..."): the caption ends there
_LICENSING_LINK = re.compile(r"\s+(?:Acquire|Purchase) [Ll]icensing [Rr]ights\b")


def before_licensing_link(text: str) -> str:
    """The caption without a wire site's "Acquire Licensing Rights" link and the story printed after it."""
    match = _LICENSING_LINK.search(text)
    return text[:match.start()] if match and match.start() > 0 else text


def without_page_tail(text: str) -> str:
    """The caption without a photo store's "Buy this Photo" or a publication time after its credit."""
    match = _PAGE_TAIL.search(text, max(0, len(text) - 30))
    return text[:match.start()] if match else text


def without_counter_at_end(text: str) -> str:
    """The caption without a gallery counter closing it ("Credit: Jane Roe | 3 of 12"): read before the usual places.

    An advertisement's label glued between the credit and the counter goes with the counter
    ("Credit:Jason SouthAdvertisement5/23").
    """
    match = _BARE_COUNTER.search(text, max(0, len(text) - 50))
    if match is None or not _is_counter(match):
        return text
    word = match["word"]
    if word.endswith("Advertisement") and len(word) > 13:
        word = word[:-13]
    return text[:match.start()] + word


def is_heading_label(text: str, start: int) -> bool:
    """Whether the label at ``start`` is one of BBC's picture headings ("Image copyright Name/EPA")."""
    return _HEADING_LABEL.match(text, start) is not None
