"""Search highlights on the page: the index's spans as safe HTML, matched words in ``<mark>``."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from index.results import Span


def highlight_markup(spans: Sequence[Span]) -> Markup:
    """The extract as HTML: every character of the text escaped, each matched span in ``<mark>``.

    The spans are plain text, so a caption's own tags show as text; nothing but our own
    ``<mark>`` reaches the page as markup.
    """
    return Markup("".join(f"<mark>{escape(span.text)}</mark>" if span.matched else escape(span.text) for span in spans))
