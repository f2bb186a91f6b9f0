"""catalog.folder_defaults: a folder's .photodesk.toml fills what its pictures lack, never more."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from pathlib import Path

import pytest

from catalog.asset import Asset
from catalog.desk import Desk
from catalog.folder_defaults import (
    SOURCE,
    DefaultsFinder,
    FolderDefaults,
    FolderDefaultsError,
    apply_defaults,
    read_defaults_file,
)
from catalog.ingest import Status
from catalog.rights import parse_agreements
from catalog.settings import Settings
from media.embed import EmbeddedMetadata
from tests.helpers.photo_files import write_photo


def defaults_file(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ".photodesk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def bare_asset(**values: object) -> Asset:
    return Asset(id="0" * 16, sha256="0" * 64, file_size=1, filename="a.jpg", source_path="/a.jpg", **values)


def test_every_key_is_read_as_its_record_field(tmp_path: Path) -> None:
    path = defaults_file(tmp_path, 'credit = "Handout"\nsource = "Ministry of Defence"\ncopyright = "© Crown"\n'
                                   'keywords = ["defence", " handout "]\nspecial_instructions = "Editorial use only"\n'
                                   'agreement = "mod"\n')
    assert read_defaults_file(path) == {
        "credit": "Handout", "source": "Ministry of Defence", "copyright": "© Crown",
        "keywords": ("defence", "handout"), "special_instructions": "Editorial use only", "agreement_id": "mod",
    }


@pytest.mark.parametrize("text,line,reason", [
    ('credit = "AP"\nsource = \n', 2, "Invalid value"),
    ('credit = "AP"\ncredits = "AFP"\n', 2, "unknown key 'credits'"),
    ('credit = "AP"\n\nkeywords = [1, 2]\n', 3, "keywords must be a list of words"),
    ('copyright = 2026\n', 1, "copyright must be one line of text"),
])
def test_a_bad_file_is_named_with_its_line_and_reason(tmp_path: Path, text: str, line: int, reason: str) -> None:
    path = defaults_file(tmp_path, text)
    with pytest.raises(FolderDefaultsError) as raised:
        read_defaults_file(path)
    assert str(raised.value).startswith(f"{path}, line {line}: ")
    assert reason in str(raised.value)


def test_only_missing_values_are_filled_and_credits_are_derived_again() -> None:
    asset = bare_asset(credit=None, copyright="© The Photographer", keywords=("flood",),
                       field_sources={"copyright": "XMP-dc:Rights"})
    defaults = FolderDefaults({"credit": "AP", "copyright": "© Handout", "keywords": ("x",),
                               "special_instructions": "Editorial use only"})
    filled = apply_defaults(asset, defaults)
    assert (filled.credit, filled.copyright, filled.keywords) == ("AP", "© The Photographer", ("flood",))
    assert filled.agency == "AP"  # derived from the credit as completed
    assert "editorial-only" in filled.restrictions
    assert filled.field_sources["credit"] == filled.field_sources["special_instructions"] == SOURCE
    assert filled.field_sources["copyright"] == "XMP-dc:Rights"


def test_the_nearest_folder_wins_key_by_key_up_to_the_imported_folder(tmp_path: Path) -> None:
    defaults_file(tmp_path, 'credit = "Above the import"\n')
    root = tmp_path / "wire"
    defaults_file(root, 'credit = "Wire"\ncopyright = "© Wire"\n')
    defaults_file(root / "afp", 'credit = "AFP"\n')
    finder = DefaultsFinder()
    found = finder.for_file(root / "afp" / "day" / "a.jpg", root)
    assert found.values == {"credit": "AFP", "copyright": "© Wire"}
    assert finder.for_file(root / "b.jpg", root).values == {"credit": "Wire", "copyright": "© Wire"}
    assert finder.for_file(root / "b.jpg", None).values == {"credit": "Wire", "copyright": "© Wire"}


def test_a_bad_file_gives_its_pictures_a_warning_and_its_parent_still_counts(tmp_path: Path) -> None:
    defaults_file(tmp_path, 'source = "Desk"\n')
    bad = defaults_file(tmp_path / "sub", 'credit = "unterminated\n')
    found = DefaultsFinder().for_file(tmp_path / "sub" / "a.jpg", tmp_path)
    assert found.values == {"source": "Desk"}
    [problem] = found.problems
    assert problem.startswith(f"{bad}, line 1: ")
    filled = apply_defaults(bare_asset(), found)
    assert filled.source == "Desk"
    assert filled.warnings == (f"folder defaults not applied: {problem}",)


@pytest.mark.slow  # imports through worker processes
def test_an_import_applies_the_folder_defaults_where_the_files_lack_them(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "handouts"
    defaults_file(folder, 'credit = "Handout"\nsource = "Ministry of Defence"\nagreement = "mod"\n'
                          'keywords = ["handout"]\n')
    write_photo(folder / "bare.jpg", seed=1, metadata=EmbeddedMetadata(caption="Troops arrive."))
    write_photo(folder / "credited.jpg", seed=2, metadata=EmbeddedMetadata(
        caption="Troops arrive.", credit="Reuters", keywords=("troops",)))
    with Desk.open(settings) as desk:
        outcomes = list(desk.import_files([folder], jobs=1))
        assert {o.status for o in outcomes} == {Status.IMPORTED}
        by_name = {asset.filename: asset for asset in desk.catalog.iter_assets()}
        filled, kept = by_name["bare.jpg"], by_name["credited.jpg"]
        assert (filled.credit, filled.source, filled.keywords, filled.agreement_id) == (
            "Handout", "Ministry of Defence", ("handout",), "mod")
        assert filled.field_sources["credit"] == SOURCE
        assert (kept.credit, kept.keywords) == ("Reuters", ("troops",))
        assert kept.field_sources["credit"] != SOURCE
        assert desk.index.search('"Ministry of Defence"').total >= 1
        desk.import_agreements(parse_agreements(
            '[[agreement]]\nid = "mod"\nsupplier = "Ministry of Defence"\nmatches = ["source:Nobody"]\n'
            'channels = ["web"]\nstarts = 2020-01-01\n'))
        decision = desk.decide(filled.id, datetime(2026, 6, 1, tzinfo=timezone.utc))
        assert decision.to_record()["agreement"] == "mod"  # named by the folder, though no rule matches


def test_a_folder_default_never_overrides_a_value_the_desk_could_not_see_as_empty() -> None:
    asset = bare_asset(credit="AP")
    assert apply_defaults(asset, FolderDefaults({"credit": "Handout"})) == dataclasses.replace(asset)
