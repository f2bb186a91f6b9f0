"""The Whoosh schema: which asset fields are searchable, how their words are analysed.

One ``text`` field holds every searchable word of an asset, each source field in its own
*band* of positions (caption from 0, headline from 100 000, …, people from 400 000 …).
Free words and phrases search the whole field with one term lookup per word. Words of the
fields the query language names (``by:`` ``credit:`` ``city:`` ``country:`` ``keyword:``)
are indexed a second time with that prefix (``by:dana``), so a field query is a term
lookup too; ``caption:``, ``headline:`` and ``title:`` are the plain word limited to its
band (``index.matchers.Band``). Indexing each word once per need, not once per field,
halved the build time: a Whoosh build costs about 10 µs per posting, and the
100 000-record benchmark must build in under 90 s.

Analysis (docs/search.md#schema-and-analysis, issue 4):

- prose (caption, headline, title, keywords): lowercased, accent-folded, English-stemmed,
  so "Malaga" finds "Málaga" and "protest" finds "protesters";
- names (people, credit, city, country, other places): free words find them stemmed like
  prose, but the prefixed field words are folded and never stemmed (``by:Jones`` does not
  find "Jone");
- exact values go to one ``tags`` field as ``name=value`` terms (agency, photographer,
  source, restriction, country and country code, city, format, date year/month/day):
  whole values, lowercased and folded, so filters and facets agree;
- ``has:``/``missing:`` flags and the picture's shape are bits of one per-document
  ``flags`` column, and width/height/orientation are columns: read in bulk, they cost no
  postings.

The analysers hold no data (tables live in this module), because Whoosh pickles the schema
into every index and unpickles it on each open.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from collections.abc import Iterator, Sequence
from typing import Any

from whoosh import columns, fields, formats
from whoosh.analysis import Filter, RegexTokenizer, StripFilter, Tokenizer
from whoosh.lang.porter import stem
from whoosh.support.charset import accent_map
from whoosh.system import pack_uint

VALUE_SEPARATOR = "\x1f"  # between the values of a multi-valued field
BAND_SEPARATOR = "\x1e"  # between the bands of the ``text`` field
POSITION_GAP = 100  # positions skipped between two values, more than any phrase spans
BAND_WIDTH = 100_000  # positions per band
BANDS: tuple[str, ...] = (
    "caption", "headline", "title", "keywords", "people", "credit", "city", "country", "places",
)
NAME_BANDS = frozenset({"people", "credit", "city", "country", "places"})
# Bands whose words are indexed again with a prefix, for field queries: band -> prefix.
FIELD_PREFIXES: dict[str, str] = {
    "keywords": "keyword:", "people": "by:", "credit": "credit:", "city": "city:", "country": "country:",
}
_BAND_PREFIXES = tuple(FIELD_PREFIXES.get(band) for band in BANDS)
_BAND_IS_NAME = tuple(band in NAME_BANDS for band in BANDS)
WORD_PATTERN = r"\w+(?:\.?\w+)*"
TAG_SEPARATOR = "="

# Letters that Unicode does not decompose into a base letter plus an accent.
_LIGATURES = str.maketrans({"æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "ħ": "h", "ŀ": "l"})
_FOLDED: dict[str, str] = {}
_STEMMED: dict[str, str] = {}
_CACHE_LIMIT = 200_000


def fold(text: str) -> str:
    """Lowercase and strip accents: "São Paulo" → "sao paulo", "Æsir" → "aesir"."""
    folded = text.casefold().translate(accent_map)
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded.translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_word(word: str) -> str:
    """``fold`` for single words, memoised (the same words recur in every caption)."""
    found = _FOLDED.get(word)
    if found is None:
        if len(_FOLDED) > _CACHE_LIMIT:
            _FOLDED.clear()
        found = _FOLDED[word] = fold(word)
    return found


def stem_word(folded: str) -> str:
    """The English (Porter) stem of a folded word, memoised."""
    found = _STEMMED.get(folded)
    if found is None:
        if len(_STEMMED) > _CACHE_LIMIT:
            _STEMMED.clear()
        found = _STEMMED[folded] = stem(folded)
    return found


def tag(name: str, value: str) -> str:
    """The ``tags`` term for an exact value: ``tag("agency", "AP")`` → ``"agency=ap"``."""
    return f"{name}{TAG_SEPARATOR}{fold(value.strip())}"


class MultiValueTokenizer(Tokenizer):
    """Words of ``VALUE_SEPARATOR``-joined values, with a position gap between values.

    With ``BAND_SEPARATOR`` in the text (documents being indexed), each band starts at
    its own multiple of ``BAND_WIDTH``; a band longer than that is cut off.
    """

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
        """Yield word tokens band by band, value by value."""
        offset = start_char
        for band, band_text in enumerate(value.split(BAND_SEPARATOR)):
            position = start_pos + band * BAND_WIDTH
            limit = position + BAND_WIDTH
            for part in band_text.split(VALUE_SEPARATOR):
                count = 0
                for token in self.words(
                    part, positions=positions, chars=chars, start_pos=position, start_char=offset, **kwargs
                ):
                    if position + count >= limit:
                        break
                    count += 1
                    yield token
                position += count + POSITION_GAP
                offset += len(part) + len(VALUE_SEPARATOR)


class _StatelessFilter(Filter):
    """A filter with no settings: two of the same class are equal."""

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))


class FoldFilter(_StatelessFilter):
    """Lowercase and accent-fold every token (see ``fold``)."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        """Fold each token's text in place."""
        for token in tokens:
            token.text = fold_word(token.text)
            yield token


class ProseFilter(_StatelessFilter):
    """Fold and stem every token (queries and highlights over prose)."""

    is_morph = True

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        """Fold and stem each token's text in place."""
        for token in tokens:
            token.text = stem_word(fold_word(token.text))
            yield token


class BandFilter(_StatelessFilter):
    """Index-time analysis of ``text``: every word stemmed; field words again, prefixed."""

    is_morph = True

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        """Fold and stem each token; add ``prefix:word`` for the bands of field queries."""
        for token in tokens:
            folded = fold_word(token.text)
            stemmed = stem_word(folded)
            token.text = stemmed
            yield token
            band = token.pos // BAND_WIDTH if token.positions else 0
            prefix = _BAND_PREFIXES[band] if band < len(BANDS) else None
            if prefix is not None:
                token.text = prefix + (folded if _BAND_IS_NAME[band] else stemmed)
                yield token


TEXT_ANALYZER = MultiValueTokenizer() | BandFilter()
PROSE_ANALYZER = MultiValueTokenizer() | ProseFilter()
NAME_ANALYZER = MultiValueTokenizer() | FoldFilter()
TAG_ANALYZER = RegexTokenizer(r"[^\x1f]+") | StripFilter() | FoldFilter()  # whole values

# Words so common that reading their postings is the slow part of a phrase query. A
# per-document column records where the caption has them (``documents.stop_map``), and a
# phrase checks them there instead (``phrases.PhraseQuery``). Stemmed, as in the index.
STOP_WORDS: tuple[str, ...] = tuple(dict.fromkeys(stem(w) for w in (
    "the", "a", "an", "of", "in", "on", "at", "for", "to", "and", "or", "with", "by", "from",
    "as", "is", "was", "are", "were", "be", "been", "it", "its", "his", "her", "their", "this",
    "that", "into", "over", "after", "during", "near", "outside", "under", "about", "up", "out",
    "off", "but", "not", "no", "he", "she", "they", "who", "has", "have", "had", "will",
)))
STOP_CODES: dict[str, int] = {word: code for code, word in enumerate(STOP_WORDS, 1)}

_WORDS = re.compile(WORD_PATTERN)


class CompactPositions(formats.Positions):
    """Word positions stored as 32-bit little-endian integers, not Whoosh's pickled deltas.

    A phrase query decodes the positions of every document holding all its words (tens of
    thousands over a million captions): one C call per posting instead of unpickling and
    adding up deltas in Python. Smaller too, for the one or two positions most words have.
    """

    def encode(self, poslist: Sequence[int]) -> bytes:
        """The posting value: the count, then the positions."""
        return pack_uint(len(poslist)) + encode_positions(poslist)

    def decode_positions(self, valuestring: bytes) -> list[int]:
        """The positions of a posting value."""
        return list(decode_positions(valuestring))


def encode_positions(positions: Sequence[int]) -> bytes:
    """Positions as bytes (``CompactPositions``)."""
    values = array("I", positions)
    if sys.byteorder == "big":
        values.byteswap()
    return values.tobytes()


def decode_positions(value: bytes) -> array:
    """The positions in a ``CompactPositions`` posting value (after its 4-byte count)."""
    values = array("I")
    values.frombytes(value[4:])
    if sys.byteorder == "big":
        values.byteswap()
    return values


class BandedText(fields.TEXT):
    """The ``text`` field, indexed in one pass instead of through the analyser chain.

    Produces exactly what ``TEXT_ANALYZER`` would (tested), without a Token object and
    three generators per word: indexing is the slow half of a rebuild.
    """

    def __init__(self, **options: Any):
        super().__init__(**options)
        self.format = CompactPositions(field_boost=self.format.field_boost)

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        """(word, frequency, weight, encoded positions) for each distinct indexed word."""
        positions: dict[str, list[int]] = {}
        for band, band_text in enumerate(value.split(BAND_SEPARATOR)):
            prefix = _BAND_PREFIXES[band] if band < len(BANDS) else None
            is_name = band < len(BANDS) and _BAND_IS_NAME[band]
            position = band * BAND_WIDTH
            limit = position + BAND_WIDTH
            for part in band_text.split(VALUE_SEPARATOR):
                count = 0
                for word in _WORDS.findall(part):
                    if position + count >= limit:
                        break
                    folded = fold_word(word)
                    stemmed = stem_word(folded)
                    at = position + count
                    positions.setdefault(stemmed, []).append(at)
                    if prefix is not None:
                        positions.setdefault(prefix + (folded if is_name else stemmed), []).append(at)
                    count += 1
                position += count + POSITION_GAP
        encode = self.format.encode
        for word, found in positions.items():
            yield word.encode("utf-8"), len(found), float(len(found)), encode(found)


class Tags(fields.KEYWORD):
    """The ``tags`` field, indexed in one pass: what ``TAG_ANALYZER`` would produce (tested)."""

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        """(tag, frequency, weight, encoded frequency) for each distinct tag."""
        counts: dict[str, int] = {}
        for part in value.split(VALUE_SEPARATOR):
            text = part.strip()
            if text:
                folded = fold_word(text)
                counts[folded] = counts.get(folded, 0) + 1
        for text, count in counts.items():
            yield text.encode("utf-8"), count, float(count), pack_uint(count)  # as formats.Frequency


# Facets the search page shows, in the order they are packed into the ``facets`` column.
FACET_NAMES: tuple[str, ...] = ("agency", "photographer", "country", "city", "year", "restrictions")


# Bump when the schema or the analysis changes: older index generations are then refused
# with "run photodesk reindex" instead of failing in odd ways.
SCHEMA_VERSION = 5  # 5: rights profile, embargo and taken keys (docs/rights.md)


def build_schema() -> fields.Schema:
    """The schema of every Photodesk index generation."""
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        text=BandedText(analyzer=TEXT_ANALYZER),
        # Scorable only so Whoosh keeps its per-document lengths: without them it checks
        # for a lengths file once per posting while committing.
        tags=Tags(analyzer=TAG_ANALYZER, scorable=True),
        # shown with each hit, and read back for spelling suggestions
        caption=fields.STORED(),
        headline=fields.STORED(),
        words=fields.STORED(),  # the other searchable values, for spelling suggestions
        credit_line=fields.STORED(),
        date_created=fields.STORED(),
        agency=fields.STORED(),
        photographers=fields.STORED(),
        city=fields.STORED(),
        country=fields.STORED(),
        restrictions=fields.STORED(),
        size=fields.STORED(),  # (width, height) as displayed
        flags=fields.COLUMN(columns.NumericColumn("i", default=0)),  # documents.FLAG_NAMES bits
        width=fields.COLUMN(columns.NumericColumn("i", default=0)),
        height=fields.COLUMN(columns.NumericColumn("i", default=0)),
        orientation=fields.COLUMN(columns.NumericColumn("i", default=0)),
        # per-document columns read in bulk for sorting, facet counts and drift checks
        text_words=fields.COLUMN(columns.NumericColumn("i", default=0)),  # BM25 lengths
        stops=fields.COLUMN(columns.VarBytesColumn()),  # documents.stop_map of the caption
        date_key=fields.COLUMN(columns.NumericColumn("q", default=0)),
        imported_key=fields.COLUMN(columns.NumericColumn("q", default=0)),
        facets=fields.COLUMN(columns.VarBytesColumn()),
        # what rights decisions rest on, decided at search time (index.rights_filter)
        rights=fields.COLUMN(columns.VarBytesColumn()),
        embargo_key=fields.COLUMN(columns.NumericColumn("q", default=0)),
        taken_key=fields.COLUMN(columns.NumericColumn("q", default=0)),
        record=fields.COLUMN(columns.VarBytesColumn()),
    )
