"""Facet values and sort keys read in bulk: interned values, counts over hit sets, whole-index columns."""

from __future__ import annotations

import threading
from array import array
from collections import Counter
from pathlib import Path

import numpy as np
from whoosh import columns, fields, index

from index.docvalues import (
    LATEST,
    NO_VALUE,
    FacetArray,
    Selection,
    ValueTable,
    concatenate_facets,
    concatenate_numbers,
    oldest_first_keys,
    read_numeric_column,
)


def test_values_are_interned_once_in_order_of_first_sight_even_from_many_threads() -> None:
    table = ValueTable()
    assert [table.id_of(value) for value in ("AP", "Reuters", "AP", "AFP")] == [0, 1, 0, 2]
    words = [f"agency {n % 50}" for n in range(2000)]
    threads = [threading.Thread(target=lambda: [table.id_of(word) for word in words]) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(table.values) == 53 and len(set(table.values)) == 53
    assert all(table.values[table.id_of(value)] == value for value in table.values)


def test_a_facet_counts_first_and_further_values_of_the_selected_documents() -> None:
    # documents 0..5: AP, Reuters+AP, none, AFP, AP+AFP+Reuters, Reuters
    facet = FacetArray(array("i", [0, 1, NO_VALUE, 2, 0, 1]), {1: (0,), 4: (2, 1)})
    assert facet.count(range(6)) == Counter({0: 3, 1: 3, 2: 2})
    assert facet.count([1, 2, 3]) == Counter({1: 1, 0: 1, 2: 1})
    assert facet.count([2]) == Counter()
    shared = Selection(np.array([0, 4, 5]), size=6)  # one selection, several facets
    assert facet.count(shared) == Counter({0: 2, 2: 1, 1: 2})
    assert shared.mask.tolist() == [True, False, False, False, True, True]


def test_segments_join_into_one_index_wide_facet_and_column() -> None:
    first = FacetArray(array("i", [0, 1]), {1: (2,)})
    second = FacetArray(array("i", [2, NO_VALUE, 0]), {0: (1,)})
    whole = concatenate_facets([(0, first), (2, second)])
    assert list(whole.first) == [0, 1, 2, NO_VALUE, 0] and whole.more == {1: (2,), 2: (1,)}
    assert whole.count(range(5)) == Counter({0: 2, 1: 2, 2: 2})
    assert list(concatenate_numbers([array("q", [5, 6]), array("q", []), array("q", [7])])) == [5, 6, 7]


def test_undated_pictures_sort_after_every_dated_one_oldest_first() -> None:
    assert list(oldest_first_keys(array("q", [20170317, 0, 19991231]))) == [20170317, LATEST, 19991231]
    assert LATEST > 9999_12_31_23_59_59_999


def test_whoosh_numeric_columns_are_read_whole_exactly_as_value_by_value(tmp_path: Path) -> None:
    # the index's own column kinds: 64-bit sort keys ("q") and 32-bit sizes and flags ("i")
    schema = fields.Schema(id=fields.ID(stored=True), date_key=fields.COLUMN(columns.NumericColumn("q", default=0)),
                           width=fields.COLUMN(columns.NumericColumn("i", default=0)))
    folder = tmp_path / "index"
    folder.mkdir()
    ix = index.create_in(folder, schema)
    keys = [20170317102200123, -5, 2**40 + 7, 19991231000000000]
    with ix.writer() as writer:
        for number, key in enumerate(keys):
            writer.add_document(id=str(number), date_key=key, width=number * 1000)
        writer.add_document(id="none")  # a trailing default Whoosh may leave unwritten
    with ix.reader() as reader:
        size = reader.doc_count_all()
        for name, expected in (("date_key", [*keys, 0]), ("width", [0, 1000, 2000, 3000, 0])):
            bulk = read_numeric_column(reader.column_reader(name, translate=False), size)
            assert list(bulk) == list(array("q", reader.column_reader(name, translate=False))) == expected, name
