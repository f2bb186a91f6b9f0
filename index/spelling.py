""""Did you mean …": corrections for words and names that match nothing.

Candidates are the indexed words of the ``text`` field one edit (else two) away from the
word typed or its stem, ranked by fewest edits, then most pictures. Prose is indexed stemmed, so
a candidate such as "celebr" is shown as a word some picture really contains
("celebrate"), read back from that picture's stored text. A separate unstemmed spelling
field would have cost a third analysis pass per document at build time.
"""

from __future__ import annotations

from typing import Any

from index.compiler import TEXT
from index.query import TEXT_FIELDS, ParsedQuery
from index.schema import (
    NAME_ANALYZER,
    NAME_BANDS,
    PROSE_ANALYZER,
    MultiValueTokenizer,
    fold,
    fold_word,
    stem_word,
)

_WORDS = MultiValueTokenizer()
# Longer words get no suggestion: no caption word is that long, and the one-edit candidates
# of a 1,000-letter word (70,000 lookups) took over 2 s of a search.
MAX_WORD_CHARS = 40


def suggest_query(parsed: ParsedQuery, searcher: Any) -> str | None:
    """The query with misspelt words replaced by their likeliest correction, or None."""
    reader = searcher.reader()
    replacements: list[tuple[int, int, str]] = []
    for word in parsed.words():
        if word.end <= word.start or "*" in word.text or "?" in word.text:
            continue
        if word.field is not None and word.field not in TEXT_FIELDS:
            continue
        analyzer = NAME_ANALYZER if TEXT_FIELDS.get(word.field or "") in NAME_BANDS else PROSE_ANALYZER
        terms = [token.text for token in analyzer(word.text, mode="query")]
        if len(terms) != 1 or reader.doc_frequency(TEXT, terms[0]) > 0:
            continue
        correction = correct_word(fold(word.text), searcher)
        if correction is not None:
            replacements.append((word.start, word.end, _like(word.text, correction)))
    if not replacements:
        return None
    text = parsed.text
    for start, end, correction in sorted(replacements, reverse=True):
        text = text[:start] + correction + text[end:]
    return text


def correct_word(word: str, searcher: Any) -> str | None:
    """The indexed word closest to ``word`` (at most two edits), most frequent on ties."""
    if not 3 <= len(word) <= MAX_WORD_CHARS or not word.isalpha():
        return None
    reader = searcher.reader()
    forms = {word, stem_word(word)}
    best: tuple[int, int, str] | None = None
    for candidate in _candidates(word, forms, reader):
        if candidate in forms or ":" in candidate:  # prefixed field words are not words
            continue
        distance = min(edit_distance(f, candidate) for f in forms)
        rank = (distance, -reader.doc_frequency(TEXT, candidate), candidate)
        if best is None or rank < best:
            best = rank
    return surface_word(best[2], searcher) if best else None


def _candidates(word: str, forms: set[str], reader: Any) -> list[str]:
    # Words one edit away, looked up one by one (a few milliseconds); only when there are
    # none, two edits through Whoosh's automaton, keeping the first three letters (the
    # automaton with one kept letter took 40-70 ms over a 100 000-caption lexicon).
    close = [c for form in forms for c in _one_edit(form) if reader.doc_frequency(TEXT, c)]
    if close or len(word) < 5:
        return close
    return [c for form in forms for c in reader.terms_within(TEXT, form, 2, prefix=3)]


def _one_edit(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {left + right[1:] for left, right in splits if right}
        | {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
        | {left + c + right[1:] for left, right in splits if right for c in letters}
        | {left + c + right for left, right in splits for c in letters}
    )


def surface_word(term: str, searcher: Any) -> str:
    """A word as written in some picture's text whose indexed form is ``term`` ("celebr" → "celebrate")."""
    postings = searcher.reader().postings(TEXT, term)
    if not postings.is_active():
        return term
    stored = searcher.stored_fields(postings.id())
    for text in (stored.get("caption"), stored.get("headline"), *stored.get("words", ())):
        for token in _WORDS(text or ""):
            folded = fold_word(token.text)
            if folded == term or stem_word(folded) == term:
                return folded
    return term


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
