"""A photo gallery's slide run together: its title, the picture's credit, then the caption.

Gallery pages print each slide as three elements; scraped as one text they read "Tornado
anniversary David Goldman/AP On March 3, 2021, an east Alabama community ...", "Damage in
D.C. Getty Images Fallen trees ...". The credit stands after a short title and before a
caption sentence of its own: a photographer and an organisation the table knows, joined by a
slash, or the organisation alone when its name has two words or more ("Getty Images").
The organisation must be printed as the table spells it, so that the caption's first word
is never read as part of it.
"""

from __future__ import annotations

import re
from typing import Iterator

from catalog.credits.agencies import is_spelled_out
from catalog.credits.found import FoundCredit, found
from catalog.credits.names import is_capitalised, is_name
from catalog.credits.parsing import is_text_credit, read_credit
from catalog.credits.vocabulary import FUNCTION_WORDS

_TITLE_WORDS = 10  # a slide's title is short
_AFTER = 6  # words of the organisations after the slash: "AFP via Getty Images"
_WORD = re.compile(r"\S+")
_PLAIN = re.compile(r"^\w[\w .&'’-]*\w$")  # words only: "(ANP) -" is a dateline's wire, no credit
_LAST_PART = re.compile(r".*(?:/|\svia\s)\s*")  # what stands after the chain's last slash or "via"


def gallery_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """The credit between a gallery slide's title and its caption (see the module's docstring)."""
    line = text.find("\n")
    words = list(_WORD.finditer(text, 0, 300 if line < 0 else min(line, 300)))
    if len(words) < 8:
        return  # the slide's three elements run together on one line
    slash = text.find("/", 0, words[min(len(words), _TITLE_WORDS + 4) - 1].end())
    spans = _slashed_spans(text, words, slash) if slash > 0 else _organisation_spans(text, words)
    for start, end in spans:
        caption = text[end:].strip()
        reading = read_credit(text[start:end])
        if reading is None or not reading.known or not is_text_credit(reading) or not _is_caption(caption):
            continue
        if reading.persons and not all(is_name(person, strict=True) and is_capitalised(person)
                                       for person in reading.persons):
            continue
        title = text[:start].split()
        if not title or title[-1].lower() in FUNCTION_WORDS:
            continue  # "... speaks to Getty Images Photographers in ...": a sentence runs through the name
        rest = f"{text[:start].rstrip()} {caption}"
        yield start, found(reading, rest, text[start:end], "mid-caption, between a gallery slide's title and its caption")
        return


def _slashed_spans(text: str, words: list[re.Match], slash: int) -> Iterator[tuple[int, int]]:
    """"Title NAME NAME/ORG via ORG Caption ...": the name before the slash, the organisations after it, longest first."""
    at = next((index for index, word in enumerate(words) if word.start() <= slash < word.end()), None)
    if at is None or at < 2:
        return
    head = words[at].group().split("/", 1)[0]
    # the photographer's name: a run of words in capitals, else two words
    size = 2
    if head.isupper():
        while size < 4 and at - size >= 1 and words[at - size].group().isupper():
            size += 1
    start = words[at - size + 1].start()
    if start <= words[0].start():
        return  # no title before the credit: the caption opens with it, read elsewhere
    for count in range(min(_AFTER, len(words) - at - 1), -1, -1):
        end = words[at + count].end()
        if end >= len(text) or not text[end + 1:end + 2].isupper():
            continue
        last = _LAST_PART.sub("", text[start:end])
        if last and _PLAIN.match(last) and is_spelled_out(last):
            yield start, end


def _organisation_spans(text: str, words: list[re.Match]) -> Iterator[tuple[int, int]]:
    """"Title Getty Images Caption ...": an organisation of two or three words alone between title and caption."""
    for first in range(2, min(_TITLE_WORDS, len(words) - 6)):
        for size in (3, 2):
            last = first + size - 1
            end = words[last].end()
            span = text[words[first].start():end]
            if text[end + 1:end + 2].isupper() and _PLAIN.match(span) and is_spelled_out(span):
                yield words[first].start(), end


def _is_caption(text: str) -> bool:
    """A caption's sentence: a capital, six words or more, lowercase words among them, a stop at its end."""
    words = text.split()
    return len(words) >= 6 and text[:1].isupper() and text.rstrip()[-1:] in ".!?\"”" \
        and sum(word.islower() for word in words) >= 3
