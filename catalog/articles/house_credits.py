"""Credits that name the story itself: its own paper (by name, its archive or its initials) or its author.

A credit read alone cannot tell "Littoral Matin" or "LHT" from a photographer, nor whom
"Photo by author" names; beside the story's publication and byline it can.
"""

from __future__ import annotations

import dataclasses
import re

from catalog.articles.photos import ParsedArticle, PublishedPhoto
from catalog.articles.publication import comparable_name
from catalog.credits import parse_credit_line
from catalog.credits.agencies import canonical_agency
from catalog.credits.labels import ARCHIVE_NOUNS

# "archives Littoral Matin", "Archiv Mosel-Anzeiger", "File/The Valley Ledger": the paper's own archive
_ARCHIVE_WORDS = re.compile(rf"^(?:{'|'.join(sorted(map(re.escape, ARCHIVE_NOUNS), key=len, reverse=True))}|file)\b\s*[:/]?\s*",
                            re.IGNORECASE)  # labels.ARCHIVE_NOUNS: "archive" in the main news languages
# Who a credit means when it names the story's writer instead of a person ("Photo by author")
_AUTHOR_STAND_INS = frozenset({"author", "the author", "writer", "the writer", "reporter", "the reporter", "autor",
                               "auteur", "l'auteur", "der autor", "el autor", "o autor"})
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
# A name in brackets closing the caption: the paper's own, where it credits its picture so
_BRACKETED_NAME = re.compile(r"\s*[(（](?P<name>[^()（）]{2,40})[)）]\s*$")
_ARTICLES = frozenset({"the", "der", "die", "das", "la", "le", "les", "el", "il", "de", "het", "o", "a"})


def credited_to_the_story(parsed: ParsedArticle) -> ParsedArticle:
    """``parsed`` with credits naming its own paper or author read as such (see the module's docstring)."""
    paper = parsed.article.publication
    authors = parsed.article.byline
    photos = tuple(_credited_to_the_author(_credited_to_the_paper(photo, paper), authors) for photo in parsed.photos)
    return dataclasses.replace(parsed, photos=photos)


def _credited_to_the_paper(photo: PublishedPhoto, paper: str | None) -> PublishedPhoto:
    """The story's own paper as the agency, not as a photographer.

    "© Courrier du Midi" or "Mosel-Anzeiger/Jürgen Adamek" on the Courrier's or the
    Anzeiger's page: the paper is the organisation, the other name the photographer;
    "archives Littoral Matin" is the paper's own archive; "LHT" (a label's "LHT PHOTO:")
    its initials.
    """
    key = comparable_name(paper)
    if not key:
        return photo
    named = _BRACKETED_NAME.search(photo.caption or "") if photo.credit_line is None else None
    if named and comparable_name(named.group("name")) == key:  # "خزان مياه … (الأفق)" on Al-Ufuq's page
        return dataclasses.replace(photo, caption=photo.caption[: named.start()].rstrip() or None,
                                   credit_line=named.group("name"), agency=paper)
    if photo.agency and _ACRONYM.match(photo.agency) and photo.agency in _initials(paper) \
            and not canonical_agency(photo.agency):  # "AP" on The Associated Press's page is already its name
        return dataclasses.replace(photo, agency=paper)
    if not photo.agency and not photo.photographers and photo.credit_line and "/" in photo.credit_line:
        # "SV Rheinhausen 09/Pia Kessler" on the club's page: its name, a number in it (the year it was founded), left
        # the credit unread; beside the paper's own name, the other part is the photographer
        first, _, second = (part.strip() for part in photo.credit_line.partition("/"))
        own, other = (first, second) if comparable_name(first) == key else (second, first)
        person = parse_credit_line(other) if comparable_name(own) == key and other else None
        if person is not None and person.photographers and not person.agency:
            return dataclasses.replace(photo, agency=own, photographers=person.photographers)
    short = next((name for name in photo.photographers if _is_short_form(name, paper)), None)
    if short is not None and not photo.agency:  # "Mercia CCC" on Mercia County Cricket Club's page
        return dataclasses.replace(photo, agency=short,
                                   photographers=tuple(name for name in photo.photographers if name != short))
    if not photo.agency and len(photo.photographers) == 1 and photo.photographers[0] in _short_names(paper):
        return dataclasses.replace(photo, agency=paper, photographers=())  # "Photo: Star" on The Delta Star's page
    edition = next((name for name in photo.photographers if _is_edition(name, paper)), None)
    if edition is not None and photo.agency is None:  # "Crédito: Canal Latino Arizona" on Canal Latino's page
        return dataclasses.replace(photo, agency=edition,
                                   photographers=tuple(name for name in photo.photographers if name != edition))
    named = {name: _ARCHIVE_WORDS.sub("", name) for name in photo.photographers
             if comparable_name(_ARCHIVE_WORDS.sub("", name)) == key}
    if named and (photo.agency is None or len(photo.photographers) == 1 and photo.agency not in named.values()):
        first = next(iter(named))
        others = tuple(name for name in photo.photographers if name not in named) + (
            (photo.agency,) if photo.agency else ())
        return dataclasses.replace(photo, agency=named[first], photographers=others)
    if photo.agency and photo.agency != paper and comparable_name(_ARCHIVE_WORDS.sub("", photo.agency)) == key:
        return dataclasses.replace(photo, agency=_ARCHIVE_WORDS.sub("", photo.agency))
    return photo


def _is_edition(name: str, paper: str) -> bool:
    """True for the paper's name with a place or an edition after it, one to three capitalised words ("Canal Latino
    Arizona" for Canal Latino, "Diario Sur Málaga"): the outlet's station or edition, an organisation, no person."""
    if not name.casefold().startswith(paper.casefold() + " "):
        return False
    rest = name[len(paper):].split()
    return 1 <= len(rest) <= 3 and all(word[:1].isupper() for word in rest) and len(paper.split()) >= 2


def _credited_to_the_author(photo: PublishedPhoto, authors: tuple[str, ...]) -> PublishedPhoto:
    """"Photo by author" on a story with a byline: the byline's people took it."""
    if not authors or not photo.photographers or any(name.lower() not in _AUTHOR_STAND_INS for name in photo.photographers):
        return photo
    return dataclasses.replace(photo, photographers=authors)


def _initials(name: str) -> tuple[str, ...]:
    """("LHT",) for "The Lion Harbour Times": the first letters of its capitalised words, a leading article left
    out; ("F", "LF") for "Le Francilien", whose initials keep it (Le Parisien's "LP/Name")."""
    words = [word for word in name.split() if word[:1].isupper()]
    initials = "".join(word[0] for word in words)
    return (initials[1:], initials) if words and words[0].lower() in _ARTICLES else (initials,)


def _is_short_form(name: str, paper: str) -> bool:
    """True for the paper's (a club's) name shortened to its first words and the initials of the rest: "Mercia CCC"
    for Mercia County Cricket Club, "Hull KR" for Hull Kingston Rovers, "Real Oviedo CF" for Real Oviedo Club de
    Fútbol (its small words left out of the initials)."""
    words, paper_words = name.split(), paper.split()
    if len(words) < 2 or not _ACRONYM.match(words[-1]) or len(words) - 1 >= len(paper_words):
        return False
    head = len(words) - 1
    if [word.casefold() for word in words[:head]] != [word.casefold() for word in paper_words[:head]]:
        return False
    initials = "".join(word[0] for word in paper_words[head:] if word[:1].isupper())
    return initials == words[-1]


def _short_names(name: str) -> set[str]:
    """The words a paper's staff credit may shorten its name to ("Star" for "The Delta Star"): its last word."""
    words = name.split()
    last = words[-1] if len(words) > 1 else ""
    return {last} if len(last) >= 3 and last[:1].isupper() and last.lower() not in _ARTICLES else set()
