"""Spellings that name one value: "DETROIT" and "Detroit", "USA", "U.S." and "United States".

A facet counts the values the files carry; this module decides which of them read as one
(docs/search.md#values-that-read-as-one). The files are never changed: the search page
counts the spellings of a value together, shows the one the files use most, and a filter
on any spelling finds them all.

- Any value: case, accents, punctuation and spacing do not matter ("São Paulo",
  "SAO PAULO", "Sao  Paulo"), and single letters written apart are one word ("U.S." is
  "US", "D.C." is "DC").
- Countries: every ISO 3166-1 name, two-letter and three-letter code of a country
  (``catalog.countries``) is that country ("USA", "US", "United States of America").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from catalog.countries import ISO_3166, OTHER_NAMES

COUNTRY_FACET = "country"
# Facets (and the filters of the same names) whose spellings of one value count as one.
FOLDED_FACETS = frozenset({"agency", "photographer", COUNTRY_FACET, "city"})
# Letters that Unicode does not decompose into a base letter plus an accent.
_LIGATURES = str.maketrans({"æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "ħ": "h", "ł": "l", "ø": "o", "ß": "ss"})
_WORD = re.compile(r"[^\W_]+")
_ARTICLE = "the "


@lru_cache(maxsize=65_536)
def plain_key(value: str) -> str:
    """``value`` with case, accents, punctuation and spacing set aside: "U.S. Virgin Islands" → "us virgin islands"."""
    text = unicodedata.normalize("NFKD", value.casefold().translate(_LIGATURES))
    text = "".join(char for char in text if not unicodedata.combining(char))
    words: list[str] = []
    spelled = False  # the last word was a single letter: "U.S." -> "us"
    for word in _WORD.findall(text):
        single = len(word) == 1 and word.isalpha()
        if single and spelled:
            words[-1] += word
        else:
            words.append(word)
        spelled = single
    return " ".join(words)


def _country_keys() -> dict[str, str]:
    """Every name and code of a country, as ``plain_key`` reads it -> its alpha-2 code."""
    keys: dict[str, str] = {}
    heads: dict[str, set[str]] = {}  # "Iran" of "Iran, Islamic Republic of" -> the codes it could be
    for alpha_2, alpha_3, names in ISO_3166:
        spellings = [alpha_2, alpha_3, *names, *OTHER_NAMES.get(alpha_2, ())]
        for name in names:
            if ", " in name:  # "Korea, Republic of" is also "Republic of Korea"
                head, tail = name.split(", ", 1)
                spellings.append(f"{tail} {head}")
                heads.setdefault(_without_article(plain_key(head)), set()).add(alpha_2)
        for spelling in spellings:
            keys.setdefault(_without_article(plain_key(spelling)), alpha_2)
    # "Congo" heads two names ("Congo" and "Congo, The Democratic Republic of the"): it stays the
    # country named so on its own; a head naming one country alone ("Iran") is that country.
    for head, codes in heads.items():
        if len(codes) == 1:
            keys.setdefault(head, next(iter(codes)))
    return keys


def _without_article(key: str) -> str:
    return key[len(_ARTICLE):] if key.startswith(_ARTICLE) else key


_COUNTRIES = _country_keys()


def country_code(value: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of the country ``value`` names or codes, or None."""
    return _COUNTRIES.get(_without_article(plain_key(value)))


def value_key(facet: str, value: str) -> str:
    """The key under which spellings of one value of ``facet`` count as one (never shown); the value
    itself for a facet not folded (years, restriction flags)."""
    if facet not in FOLDED_FACETS:
        return value
    if facet == COUNTRY_FACET:
        code = country_code(value)
        if code is not None:
            return f"iso:{code}"
    return plain_key(value)


def most_used(spellings: dict[str, int]) -> str:
    """The spelling the files use most (ties: the one with more capitals, then the first in order).

    "Detroit" (12) beats "DETROIT" (3); with 2 each, "Detroit" beats "detroit".
    """
    return max(spellings, key=lambda spelling: (spellings[spelling], _capitals_not_all(spelling),
                                                 [-ord(char) for char in spelling]))


def _capitals_not_all(spelling: str) -> int:
    # Title case reads best: some capitals, but not all of them (an all-capitals value shouts).
    letters = [char for char in spelling if char.isalpha()]
    capitals = sum(char.isupper() for char in letters)
    return 1 if 0 < capitals < len(letters) else 0
