"""The Whoosh schema: which asset fields are searchable, how their words are analysed.

Three kinds of text analysis (DESIGN.md, issue 4):

- *prose* (caption, headline, title, keywords and the catch-all ``text`` field that free
  words search): lowercased, accent-folded and English-stemmed, so "Malaga" finds
  "Málaga" and "protest" finds "protesters";
- *names* (people, credit, city, country): lowercased and accent-folded, never stemmed,
  so "Jones" does not find "Jone";
- *exact values* (agency, source, restrictions, country code, format, dates, flags): the
  whole value is one term, lowercased and folded, so filters and facets agree.

Multi-valued fields are joined with ``VALUE_SEPARATOR``; the analysers leave a position gap
between values so a phrase never spans two keywords or two names.

The analysers hold no data (the folding table lives in this module), because Whoosh
pickles the schema into every index and unpickles it on each open.
"""

from __future__ import annotations

import unicodedata
from typing import Any, Iterator

from whoosh import columns, fields
from whoosh.analysis import Filter, RegexTokenizer, StemFilter, StripFilter, Tokenizer
from whoosh.support.charset import accent_map

VALUE_SEPARATOR = "\x1f"  # between the values of a multi-valued field
POSITION_GAP = 100  # positions skipped between values, larger than any phrase
WORD_PATTERN = r"\w+(\.?\w+)*"

# Letters that Unicode does not decompose into a base letter plus an accent.
_LIGATURES = str.maketrans({"æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "ħ": "h", "ŀ": "l"})


def fold(text: str) -> str:
    """Lowercase and strip accents: "São Paulo" → "sao paulo", "Æsir" → "aesir"."""
    folded = text.casefold().translate(accent_map)
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded.translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class MultiValueTokenizer(Tokenizer):
    """Words of each ``VALUE_SEPARATOR``-joined value, with a position gap between values."""

    def __init__(self, expression: str = WORD_PATTERN):
        self.words = RegexTokenizer(expression)

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.words == other.words  # type: ignore[attr-defined]

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        start_pos: int = 0,
        start_char: int = 0,
        **kwargs: Any,
    ) -> Iterator[Any]:
        """Yield word tokens; positions jump by ``POSITION_GAP`` at each new value."""
        position, offset = start_pos, start_char
        for part in value.split(VALUE_SEPARATOR):
            count = 0
            for token in self.words(
                part, positions=positions, chars=chars, start_pos=position, start_char=offset, **kwargs
            ):
                count += 1
                yield token
            position += count + POSITION_GAP
            offset += len(part) + len(VALUE_SEPARATOR)


class FoldFilter(Filter):
    """Lowercase and accent-fold every token (see ``fold``)."""

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        """Fold each token's text in place."""
        for token in tokens:
            token.text = fold(token.text)
            yield token


PROSE_ANALYZER = MultiValueTokenizer() | FoldFilter() | StemFilter()
NAME_ANALYZER = MultiValueTokenizer() | FoldFilter()
EXACT_ANALYZER = RegexTokenizer(r"[^\x1f]+") | StripFilter() | FoldFilter()  # whole values

# Facets the search page shows, in the order they are packed into the ``facets`` column.
FACET_NAMES: tuple[str, ...] = ("agency", "photographer", "country", "city", "year", "restrictions")


def _prose(**options: Any) -> fields.TEXT:
    return fields.TEXT(analyzer=PROSE_ANALYZER, **options)


def _names(**options: Any) -> fields.TEXT:
    return fields.TEXT(analyzer=NAME_ANALYZER, **options)


def _exact(**options: Any) -> fields.KEYWORD:
    return fields.KEYWORD(analyzer=EXACT_ANALYZER, **options)


def build_schema() -> fields.Schema:
    """The schema of every Photodesk index generation."""
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        # free words: caption, headline, title, keywords, people, credit and places together
        text=_prose(spelling=True),
        caption=_prose(stored=True),
        headline=_prose(stored=True),
        title=_prose(),
        keywords=_prose(),
        people=_names(),
        credit=_names(),
        city=_names(stored=True),
        country=_names(stored=True),
        # exact values: query language fields and the search page's facet filters
        agency=_exact(stored=True),
        photographer=_exact(),
        source=_exact(),
        restriction=_exact(),
        country_exact=_exact(),
        city_exact=_exact(),
        format=_exact(),
        # "2017", "2017-03" and "2017-03-17": date queries become cheap term lookups
        date=_exact(),
        present=_exact(),  # has:FIELD
        absent=_exact(),  # missing:FIELD
        shape=_exact(),  # is:portrait / is:landscape / is:square
        width=fields.NUMERIC(int, bits=32, stored=True),
        height=fields.NUMERIC(int, bits=32, stored=True),
        orientation=fields.NUMERIC(int, bits=32),
        # shown with each hit
        credit_line=fields.STORED(),
        date_created=fields.STORED(),
        photographers=fields.STORED(),
        restrictions=fields.STORED(),
        # per-document columns read in bulk for sorting, facet counts and drift checks
        date_key=fields.COLUMN(columns.NumericColumn("q", default=0)),
        imported_key=fields.COLUMN(columns.NumericColumn("q", default=0)),
        facets=fields.COLUMN(columns.VarBytesColumn()),
        record=fields.COLUMN(columns.VarBytesColumn()),
    )
