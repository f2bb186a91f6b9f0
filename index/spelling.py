""""Did you mean …": corrections for words and names that match nothing.

Corrections come from ``spell_text``, the unstemmed, accent-folded words of every caption,
headline, keyword, name, credit and place (Whoosh keeps it beside the stemmed ``text``
field). Whoosh's own corrector ranks by the maximum distance rather than the actual one and
reads frequencies from the stemmed field, so candidates are ranked here: fewest edits,
then most pictures.
"""

from __future__ import annotations

from typing import Any

from index.compiler import FREE_TEXT_FIELD
from index.query import TEXT_FIELDS, ParsedQuery
from index.schema import fold

SPELLING_FIELD = "spell_" + FREE_TEXT_FIELD


def suggest_query(parsed: ParsedQuery, reader: Any, schema: Any) -> str | None:
    """The query with misspelt words replaced by their likeliest correction, or None."""
    replacements: list[tuple[int, int, str]] = []
    for word in parsed.words():
        if word.end <= word.start or "*" in word.text or "?" in word.text:
            continue
        if word.field is not None and word.field not in TEXT_FIELDS:
            continue
        index_field = TEXT_FIELDS.get(word.field, FREE_TEXT_FIELD) if word.field else FREE_TEXT_FIELD
        analysed = list(schema[index_field].process_text(word.text, mode="query"))
        if len(analysed) != 1 or reader.doc_frequency(index_field, analysed[0]) > 0:
            continue
        correction = correct_word(fold(word.text), reader)
        if correction is None:
            continue
        replacements.append((word.start, word.end, _like(word.text, correction)))
    if not replacements:
        return None
    text = parsed.text
    for start, end, correction in sorted(replacements, reverse=True):
        text = text[:start] + correction + text[end:]
    return text


def correct_word(word: str, reader: Any) -> str | None:
    """The indexed word closest to ``word`` (at most two edits), most frequent on ties."""
    if len(word) < 3 or not word.isalpha():
        return None
    maxdist = 1 if len(word) <= 4 else 2
    best: tuple[int, int, str] | None = None
    for candidate in reader.terms_within(SPELLING_FIELD, word, maxdist, prefix=1):
        if candidate == word:
            continue
        rank = (edit_distance(word, candidate), -reader.doc_frequency(SPELLING_FIELD, candidate), candidate)
        if best is None or rank < best:
            best = rank
    return best[2] if best else None


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance with adjacent transpositions counting as one edit."""
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            current[j] = min(
                previous[j] + 1,
                current[j - 1] + 1,
                previous[j - 1] + (char_a != char_b),
            )
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        previous_previous, previous = previous, current
    return previous[-1]


def _like(original: str, correction: str) -> str:
    if original.isupper() and len(original) > 1:
        return correction.upper()
    if original[:1].isupper():
        return correction[:1].upper() + correction[1:]
    return correction
