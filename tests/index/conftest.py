"""The index the search tests share: the six sample assets in a real Whoosh index on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import SearchIndex
from tests.helpers.sample_assets import ALL


@pytest.fixture
def index(tmp_path: Path) -> SearchIndex:
    """A real Whoosh index on disk holding the six sample assets."""
    search_index = SearchIndex(tmp_path / "index")
    search_index.index(ALL)
    yield search_index
    search_index.close()
