"""Every use of Whoosh's private internals, for the one Whoosh version they were written against.

Photodesk reads W3 posting blocks and column files in bulk, writes posting blocks in a
faster pickle protocol, reads an index's latest table of contents itself and hooks Whoosh's
span matchers. None of that is Whoosh's public API and any release may change it, so
``pyproject.toml`` pins whoosh-reloaded to ``EXPECTED_WHOOSH_VERSION`` and opening an
index checks the installed version (``check_whoosh_version``). No other module touches an
underscore name of a Whoosh object (``tests/project/test_architecture.py``).
"""

from __future__ import annotations

import pickle
import sys
import zlib
from array import array
from collections.abc import Iterator, Sequence
from itertools import accumulate
from typing import Any

import numpy as np
import whoosh
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3LeafMatcher, W3PostingsWriter
from whoosh.query.spans import SpanWrappingMatcher
from whoosh.util.numeric import length_to_byte

from catalog.errors import ConfigurationError

EXPECTED_WHOOSH_VERSION = "2.7.5"  # whoosh-reloaded, pinned to this in pyproject.toml
_BLOCK_INFO_PROTOCOL = 2  # a posting block's header stays exactly as W3 writes it


def installed_whoosh_version() -> str:
    """The version of the Whoosh installed (whoosh-reloaded's ``whoosh.__version__``), as ``2.7.5``."""
    return ".".join(str(part) for part in whoosh.__version__)


def check_whoosh_version() -> None:
    """Raise ``ConfigurationError`` unless the installed Whoosh is the one this module was written for."""
    installed = installed_whoosh_version()
    if installed != EXPECTED_WHOOSH_VERSION:
        raise ConfigurationError(
            f"the search index needs whoosh-reloaded {EXPECTED_WHOOSH_VERSION}, but {installed} is installed "
            "(Photodesk reads Whoosh's internal file formats, which change between versions); "
            f"install the pinned version with `pip install whoosh-reloaded=={EXPECTED_WHOOSH_VERSION}`, "
            "or reinstall Photodesk"
        )


# --- posting blocks, read ----------------------------------------------------------------


def block_reader(matcher: Any) -> Any | None:
    """The W3 block reader under a word's matcher (deletions wrap it), or None when it is not one."""
    raw = getattr(matcher, "child", matcher)
    return raw if _has_blocks(raw) else None


def _has_blocks(raw: Any) -> bool:
    return isinstance(raw, W3LeafMatcher) and all(
        hasattr(raw, name) for name in ("_read_data", "_data", "_lastblock", "_maxid", "_blocklength", "_byteids")
    )


def each_block(raw: Any) -> Iterator[int]:
    """Steps a block reader through its blocks, yielding the first document number each may hold.

    ``read_block(raw, …)`` decodes the current one; a block not read is not decoded.
    """
    block_start = 0
    while raw.is_active():
        yield block_start
        if raw._lastblock:
            return
        block_start = raw._maxid + 1
        raw._next_block()


def block_last_id(raw: Any) -> int:
    """The highest document number the current block holds."""
    return raw._maxid


def read_block(raw: Any, weights: bool) -> tuple[Sequence[int], Sequence[Any]]:
    """The current block's document numbers and values (or weights).

    Decoded in C where Whoosh uses Python generators (delta-decoding ids, expanding a
    constant weight).
    """
    if raw._data is None:
        raw._read_data()
    ids, block_weights, values = raw._data
    if not raw._byteids:
        ids = tuple(accumulate(ids))
    if not weights:
        return ids, values
    if block_weights is None:
        return ids, (1.0,) * raw._blocklength
    if isinstance(block_weights, float):
        return ids, (block_weights,) * raw._blocklength
    return ids, block_weights


# --- posting blocks, written ---------------------------------------------------------------


def postings_writer(codec: Any, dbfile: Any, byteids: bool, protocol: int) -> W3PostingsWriter:
    """A W3 postings writer with ``codec``'s settings that pickles block data with ``protocol``."""
    return _PostingsWriter(
        dbfile,
        blocklimit=codec._blocklimit,
        byteids=byteids,
        compression=codec._compression,
        inlinelimit=codec._inlinelimit,
        protocol=protocol,
    )


class _PostingsWriter(W3PostingsWriter):
    def __init__(self, *args: Any, protocol: int, **options: Any):
        super().__init__(*args, **options)
        self.protocol = protocol

    def _write_block(self, last: bool = False) -> None:
        # W3PostingsWriter._write_block (whoosh-reloaded 2.7.5), the data pickled in ``protocol``.
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = (self._mini_ids(), self._mini_weights(), self._mini_values())
        databytes = pickle.dumps(data, self.protocol)
        compression = self._compression
        if compression:
            databytes = zlib.compress(databytes, compression)
        ids = self._ids
        info = (
            len(ids),
            ids[-1],
            self._maxweight,
            compression,
            length_to_byte(self._minlength),
            length_to_byte(self._maxlength),
        )
        infobytes = pickle.dumps(info, _BLOCK_INFO_PROTOCOL)
        length = len(infobytes) + len(databytes)
        self._postfile.write_int(-length if last else length)  # negative: the last block
        self._postfile.write(infobytes)
        self._postfile.write(databytes)
        self._blockcount += 1
        self._new_block()


# --- column files --------------------------------------------------------------------------


def read_numeric_column(column: Any, size: int) -> array:
    """All values of a Whoosh numeric column as an array('q').

    Whoosh reads a column value by value (about a microsecond each: seconds for a million
    documents); its fixed-width numeric columns are read here as one block of bytes when
    the reader exposes them, value by value otherwise.
    """
    raw_file, base, count = (getattr(column, name, None) for name in ("_dbfile", "_basepos", "_count"))
    typecode = getattr(column, "_typecode", None)
    if raw_file is None or base is None or count is None or typecode is None:
        return array("q", column)
    width = array(typecode).itemsize
    values = array(typecode)
    values.frombytes(raw_file.get(base, count * width))
    if sys.byteorder == "little" and width > 1:
        values.byteswap()  # Whoosh packs numbers big-endian ("!")
    widened = array("q", values)
    default = getattr(column, "_default", 0)
    if len(widened) < size:  # Whoosh leaves trailing defaults unwritten
        widened.extend([default] * (size - len(widened)))
    return widened


def variable_column_arrays(column: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """A variable-bytes column reader's data, offsets and lengths as arrays, when it exposes them.

    The data array shares the memory-mapped segment file's memory: nothing is copied.
    """
    buffer = getattr(getattr(column, "_dbfile", None), "_buf", None)
    offsets, lengths = getattr(column, "_offsets", None), getattr(column, "_lengths", None)
    base = getattr(column, "_basepos", None)
    if buffer is None or offsets is None or lengths is None or base is None:
        return None
    data = np.frombuffer(buffer, dtype=np.uint8)[base:]
    return data, np.array(offsets, dtype=np.int64), np.array(lengths, dtype=np.int64)


# --- the table of contents -----------------------------------------------------------------


def read_latest_toc(ix: Any) -> Any:
    """The latest commit's table of contents of a ``FileIndex`` (its generation, schema and segments)."""
    return ix._read_toc()


def used_segment_ids(ix: Any) -> set[str]:
    """The ids of the segments the latest commit of a ``FileIndex`` uses."""
    return {segment.segment_id() for segment in ix._segments()}


# --- span matchers -------------------------------------------------------------------------


class BandMatcher(SpanWrappingMatcher):
    """Keeps the child matcher's documents with a span inside positions ``[start, end)``."""

    def __init__(self, child: Any, start: int, end: int):
        self.start, self.end = start, end
        super().__init__(child)

    def copy(self) -> BandMatcher:
        """An independent copy at the same place."""
        return BandMatcher(self.child.copy(), self.start, self.end)

    def _replacement(self, newchild: Any) -> BandMatcher:
        return BandMatcher(newchild, self.start, self.end)

    def _get_spans(self) -> list[Any]:
        return [s for s in self.child.spans() if self.start <= s.start and s.end < self.end]
