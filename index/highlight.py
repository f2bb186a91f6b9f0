"""Caption extracts with the matched words marked, as HTML-safe text.

The extract is escaped HTML in which only ``<mark>…</mark>`` is markup, so a caption
that contains markup shows as text wherever the highlight is rendered unescaped. A word is
marked when it analyses to a searched word (folded and stemmed, as the index has it) or
starts with a searched prefix. One pass over the caption's words: Whoosh's highlighter,
with its token stream and fragment scoring, was half the time of a typical search.
"""

from __future__ import annotations

import html
import re

from index.schema import WORD_PATTERN, fold_word, stem_word

EXTRACT_CHARS = 200  # about two lines of a result list
CONTEXT_CHARS = 60  # shown before the first marked word of a long caption
ELLIPSIS = "…"
_WORDS = re.compile(WORD_PATTERN)


def highlight_caption(text: str | None, terms: frozenset[str], prefixes: tuple[str, ...]) -> str:
    """An extract of ``text`` around the words the query matched, marked with ``<mark>``."""
    if not text:
        return ""
    marks = [
        (match.start(), match.end())
        for match in _WORDS.finditer(text)
        if _is_searched(match.group(0), terms, prefixes)
    ] if terms or prefixes else []
    start, end = _window(text, marks[0][0] if marks else 0)
    pieces = [ELLIPSIS] if start > 0 else []
    position = start
    for mark_start, mark_end in marks:
        if mark_start < start or mark_end > end:
            continue
        pieces.append(html.escape(text[position:mark_start], quote=False))
        pieces.append(f"<mark>{html.escape(text[mark_start:mark_end], quote=False)}</mark>")
        position = mark_end
    pieces.append(html.escape(text[position:end], quote=False))
    if end < len(text):
        pieces.append(ELLIPSIS)
    return "".join(pieces).strip()


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
