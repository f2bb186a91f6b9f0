"""Caption extracts with the matched words marked, as HTML-safe text.

The extract is escaped HTML in which only ``<mark>…</mark>`` is markup, so a caption
that contains markup shows as text wherever the highlight is rendered unescaped.
"""

from __future__ import annotations

import html
from typing import Any, Iterator

from whoosh.highlight import (
    FIRST,
    BasicFragmentScorer,
    ContextFragmenter,
    Formatter,
    WholeFragmenter,
    get_text,
    top_fragments,
)

from index.schema import PROSE_ANALYZER

EXTRACT_CHARS = 200  # about two lines of a result list
ELLIPSIS = "…"


class _MarkFormatter(Formatter):
    between = f" {ELLIPSIS} "

    def _text(self, text: str) -> str:
        return html.escape(text, quote=False)

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return f"<mark>{html.escape(get_text(text, token, replace), quote=False)}</mark>"

    def format(self, fragments: list[Any], replace: bool = False) -> str:
        pieces = []
        for fragment in fragments:
            piece = self.format_fragment(fragment, replace=replace).strip()
            if fragment.startchar > 0:
                piece = ELLIPSIS + piece
            if fragment.endchar < len(fragment.text):
                piece += ELLIPSIS
            pieces.append(piece)
        return " ".join(pieces)


_EXTRACT = ContextFragmenter(maxchars=EXTRACT_CHARS, surround=60)
_WHOLE = WholeFragmenter()  # a short caption is shown whole, not cut around its matches
_FORMATTER = _MarkFormatter()


def highlight_caption(text: str | None, terms: frozenset[str], prefixes: tuple[str, ...]) -> str:
    """An extract of ``text`` around the words the query matched, marked with ``<mark>``."""
    if not text:
        return ""
    if terms or prefixes:
        tokens = PROSE_ANALYZER(text, positions=True, chars=True, mode="query", removestops=False)
        fragmenter = _WHOLE if len(text) <= EXTRACT_CHARS else _EXTRACT
        fragments = fragmenter.fragment_tokens(text, _mark(tokens, terms, prefixes))
        best = top_fragments(fragments, 2, BasicFragmentScorer(), FIRST, minscore=1)
        if best:
            return _FORMATTER.format(best)
    return html.escape(_opening(text), quote=False)


def _mark(tokens: Iterator[Any], terms: frozenset[str], prefixes: tuple[str, ...]) -> Iterator[Any]:
    for token in tokens:
        token.matched = token.text in terms or bool(prefixes and token.text.startswith(prefixes))
        yield token


def _opening(text: str) -> str:
    if len(text) <= EXTRACT_CHARS:
        return text
    cut = text.rfind(" ", 0, EXTRACT_CHARS)
    return text[: cut if cut > 0 else EXTRACT_CHARS].rstrip() + ELLIPSIS
