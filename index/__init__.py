"""Search: the Whoosh index, the query language, facets, highlights and suggestions.

The only package that imports ``whoosh``. It may import ``catalog``; nothing else of ours.
The index is derived from the catalog and can always be rebuilt from it.
"""

from index.results import Hit, SearchResults
from index.search_index import SearchIndex

__all__ = ["Hit", "SearchIndex", "SearchResults"]
