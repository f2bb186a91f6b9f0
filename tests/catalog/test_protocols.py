"""The Protocols the import driver is written against describe the real collaborators the desk passes it.

Nothing checks a Protocol at run time: a renamed parameter or a dropped method in ``media`` or
``index`` would only fail deep inside an import. These tests compare the real classes with
``catalog/protocols.py`` method by method, parameter by parameter.
"""

from __future__ import annotations

import hashlib
import inspect
from pathlib import Path
from typing import Protocol

import pytest

from catalog.metadata import RawImage
from catalog.protocols import Indexer, MediaStore, Reader, StoredMedia
from catalog.settings import Settings
from index import SearchIndex
from media import samples_dir
from media.reader import read_image, reader_for
from media.store import MediaStore as RealMediaStore


def protocol_methods(protocol: type) -> list[str]:
    """The methods a Protocol declares (its own, not object's or Protocol's)."""
    return sorted(name for name, value in vars(protocol).items()
                  if callable(value) and not name.startswith("_") and name not in vars(Protocol))


def parameters(function: object) -> list[tuple[str, inspect._ParameterKind]]:
    """Name and kind of each parameter after ``self``."""
    found = list(inspect.signature(function).parameters.values())
    if found and found[0].name == "self":
        found = found[1:]
    return [(parameter.name, parameter.kind) for parameter in found]


@pytest.mark.parametrize(("protocol", "real"), [(Indexer, SearchIndex), (MediaStore, RealMediaStore)],
                         ids=["Indexer=SearchIndex", "MediaStore=media.store.MediaStore"])
def test_the_real_class_has_every_protocol_method_with_the_same_parameters(protocol: type, real: type) -> None:
    methods = protocol_methods(protocol)
    assert methods  # the comparison sees the methods
    missing = [name for name in methods if not callable(getattr(real, name, None))]
    assert missing == []
    differing = {name: (parameters(getattr(protocol, name)), parameters(getattr(real, name)))
                 for name in methods if parameters(getattr(protocol, name)) != parameters(getattr(real, name))}
    assert differing == {}


def test_the_protocols_name_the_methods_the_driver_check_and_the_replica_use() -> None:
    assert protocol_methods(Indexer) == ["clean_temporary", "index", "rebuild", "remove", "stamps", "stamps_of",
                                       "temporary_files"]
    assert "store" in protocol_methods(MediaStore) and "restore" in protocol_methods(MediaStore)


def test_the_reader_the_desk_passes_takes_one_path_and_gives_raw_metadata(tmp_path: Path) -> None:
    reader: Reader = reader_for(Settings(data_dir=tmp_path))
    assert parameters(Reader.__call__) == [("path", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    assert parameters(read_image)[0][0] == "path"
    sample = min(samples_dir().glob("*.jpg"))
    assert isinstance(reader(sample), RawImage)


def test_the_media_store_answers_with_stored_media(tmp_path: Path) -> None:
    sample = min(samples_dir().glob("*.jpg"))
    store = RealMediaStore(tmp_path / "media")
    raw = read_image(sample)
    stored = store.store(sample, raw, sha256=hashlib.sha256(sample.read_bytes()).hexdigest(), link=False, orientation=None)
    assert isinstance(stored, StoredMedia)
    assert set(stored.renditions) == {"thumb", "preview"} and stored.perceptual_hash is not None
