"""Caption extracts with the matched words marked, as spans of plain text.

The extract is a sequence of ``Span``s: the caption's own text, unescaped, each span marked
or not. Whoever shows it escapes it for its medium (the web with markupsafe, the CLI for the
terminal or as the JSON contract's HTML). A word is marked when it analyses to a searched
word (folded and stemmed, as the index has it) or starts with a searched prefix. One pass
over the caption's words: Whoosh's highlighter, with its token stream and fragment scoring,
was half the time of a typical search.
"""

from __future__ import annotations

import re

from index.results import Span
from index.schema import WORD_PATTERN, fold_word, stem_word

EXTRACT_CHARS = 200  # about two lines of a result list
CONTEXT_CHARS = 60  # shown before the first marked word of a long caption
ELLIPSIS = "…"
_WORDS = re.compile(WORD_PATTERN)


def highlight_caption(text: str | None, terms: frozenset[str], prefixes: tuple[str, ...]) -> tuple[Span, ...]:
    """An extract of ``text`` around the words the query matched, those words marked.

    Unmarked spans alternate with marked ones (never two unmarked in a row, none empty);
    an ellipsis stands where the extract cuts the caption, and the extract's outer
    whitespace is trimmed. Empty for an empty ``text``.
    """
    if not text:
        return ()
    marks = [
        (match.start(), match.end())
        for match in _WORDS.finditer(text)
        if _is_searched(match.group(0), terms, prefixes)
    ] if terms or prefixes else []
    start, end = _window(text, marks[0][0] if marks else 0)
    spans: list[Span] = []
    plain = ELLIPSIS if start > 0 else ""
    position = start
    for mark_start, mark_end in marks:
        if mark_start < start or mark_end > end:
            continue
        plain += text[position:mark_start]
        if plain:
            spans.append(Span(plain, matched=False))
        spans.append(Span(text[mark_start:mark_end], matched=True))
        plain, position = "", mark_end
    plain += text[position:end] + (ELLIPSIS if end < len(text) else "")
    if plain:
        spans.append(Span(plain, matched=False))
    return _trimmed(spans)


def _trimmed(spans: list[Span]) -> tuple[Span, ...]:
    # Whitespace at either end of the extract goes (a marked word has none at its ends).
    if spans and not spans[0].matched:
        spans[0] = Span(spans[0].text.lstrip(), matched=False)
    if spans and not spans[-1].matched:
        spans[-1] = Span(spans[-1].text.rstrip(), matched=False)
    return tuple(span for span in spans if span.text)


def _is_searched(word: str, terms: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    folded = fold_word(word)
    return stem_word(folded) in terms or bool(prefixes and folded.startswith(prefixes))


def _window(text: str, first_mark: int) -> tuple[int, int]:
    """Where an extract of about ``EXTRACT_CHARS`` around ``first_mark`` starts and ends, on spaces."""
    if len(text) <= EXTRACT_CHARS:
        return 0, len(text)
    start = max(0, first_mark - CONTEXT_CHARS)
    if start > 0:
        space = text.find(" ", start, first_mark)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + EXTRACT_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end
