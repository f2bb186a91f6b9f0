"""Search: the Whoosh index, the query language, facets, highlights and suggestions.

The only package that imports ``whoosh``. It may import ``catalog``; nothing else of ours.
The index is derived from the catalog and can always be rebuilt from it.

``SearchIndex`` is imported when first asked for, so a module that needs only the result
types (hits, highlight spans) or the sort names (``index.results``) does not load Whoosh
and numpy.
"""

from typing import TYPE_CHECKING, Any

from index.results import Hit, SearchResults, Span

if TYPE_CHECKING:
    from index.search_index import SearchIndex

__all__ = ["Hit", "SearchIndex", "SearchResults", "Span"]


def __getattr__(name: str) -> Any:
    if name == "SearchIndex":
        from index.search_index import SearchIndex

        return SearchIndex
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
