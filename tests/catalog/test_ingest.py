"""The ingest driver with its real collaborators: reader, media store, catalog (SQLite and PostgreSQL), processes."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from catalog.desk import Desk
from catalog.errors import ImportLockedError
from catalog.ingest import Outcome, Status, discover, import_lock, walk_files
from catalog.settings import Settings
from catalog.store import CatalogStore
from media.reader import read_image
from media.store import MediaStore
from tests.helpers.photo_files import write_photo, write_photos

PHOTODESK = str(Path(sys.executable).with_name("photodesk"))


def run_import(settings: Settings, paths: list[Path], **options: object) -> list[Outcome]:
    """Import with the real components; every outcome."""
    with Desk.open(settings) as desk:
        return list(desk.import_files(paths, jobs=options.pop("jobs", 2), **options))


@pytest.fixture
def settings(catalog_settings: Settings) -> Settings:
    """Every import test runs with the catalog on SQLite and on PostgreSQL."""
    return catalog_settings


def snapshot(settings: Settings) -> dict[str, object]:
    """Every record and every media file's modification time: what a no-op must not change."""
    with CatalogStore(settings.catalog) as store:
        records = {asset.id: asset for asset in store.iter_assets()}
    files = {str(p): p.stat().st_mtime_ns for p in settings.media_dir.rglob("*") if p.is_file()}
    return {"records": records, "files": files}


def test_discover_walks_folders_and_skips_hidden_files_sidecars_and_clutter(tmp_path: Path) -> None:
    for name in ("b.jpg", "a.JPG", "a.xmp", "a.jpg.xmp", "a.txt", ".hidden.jpg", "Thumbs.db",
                 "sub/c.tif", ".git/d.jpg", "sub/.cache/e.jpg"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    explicit = tmp_path / "a.txt"
    found = list(discover([tmp_path, tmp_path / "b.jpg", explicit]))
    assert found == [tmp_path / "a.JPG", tmp_path / "b.jpg", tmp_path / "sub" / "c.tif", explicit]


@pytest.mark.slow
def test_a_folder_of_photos_is_catalogued_with_its_derivatives(settings: Settings, tmp_path: Path) -> None:
    write_photos(tmp_path / "in", 5, size=(2400, 1600))
    portrait = write_photo(tmp_path / "in" / "turned.jpg", seed=99, size=(2400, 1600), orientation=6)
    outcomes = run_import(settings, [tmp_path / "in"])
    assert sorted(o.status for o in outcomes) == [Status.IMPORTED] * 6
    media = MediaStore(settings.media_dir)
    with CatalogStore(settings.catalog) as store:
        assert store.count() == 6
        turned = next(a for a in store.iter_assets() if a.filename == "turned.jpg")
        for asset in store.iter_assets():
            assert store.renditions(asset.sha256) == ("preview", "thumb")
            assert media.path_for(asset.sha256, "original").read_bytes() == Path(asset.source_path).read_bytes()
    assert turned.source_path == str(portrait)
    assert turned.caption.startswith("Photo number 99")
    with Image.open(media.path_for(turned.sha256, "preview")) as preview:
        assert preview.size == (1067, 1600)  # upright: orientation 6 turns 2400×1600 to portrait
    with Image.open(media.path_for(turned.sha256, "thumb")) as thumb:
        assert thumb.size == (267, 400)
    assert media.temporary_files() == []


def test_importing_again_reports_unchanged_and_changes_nothing(settings: Settings, tmp_path: Path) -> None:
    write_photos(tmp_path / "in", 8)
    first = run_import(settings, [tmp_path / "in"])
    assert {o.status for o in first} == {Status.IMPORTED}
    before = snapshot(settings)
    again = run_import(settings, [tmp_path / "in"], jobs=1)
    assert [o.status for o in again] == [Status.UNCHANGED] * 8
    assert {o.asset_id for o in again} == {o.asset_id for o in first}
    assert snapshot(settings) == before


def test_the_same_content_from_another_path_is_unchanged(settings: Settings, tmp_path: Path) -> None:
    original = write_photo(tmp_path / "wire" / "a.jpg", seed=1)
    copy = tmp_path / "desk" / "copy-of-a.jpg"
    copy.parent.mkdir()
    copy.write_bytes(original.read_bytes())
    outcomes = {o.path: o for o in run_import(settings, [original, copy], jobs=1)}
    assert outcomes[str(original)].status is Status.IMPORTED
    assert outcomes[str(copy)].status is Status.UNCHANGED
    assert outcomes[str(copy)].asset_id == outcomes[str(original)].asset_id
    with CatalogStore(settings.catalog) as store:
        assert store.count() == 1
        assert store.get(outcomes[str(copy)].asset_id).source_path == str(original)
    # a copy in the same import is named as one (issue 18), not counted silently as unchanged
    assert outcomes[str(copy)].warnings == (f"same picture as {original}",)
    assert outcomes[str(original)].warnings == ()
    again = {o.path: o for o in run_import(settings, [copy], jobs=1)}
    assert again[str(copy)].warnings == ()  # alone it is simply unchanged: the catalog has it


def test_a_lost_derivative_is_remade_without_touching_the_record(settings: Settings, tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "a.jpg", seed=3)
    (imported,) = run_import(settings, [photo])
    media = MediaStore(settings.media_dir)
    with CatalogStore(settings.catalog) as store:
        asset = store.get(imported.asset_id)
    media.path_for(asset.sha256, "thumb").unlink()
    (again,) = run_import(settings, [photo])
    assert again.status is Status.UNCHANGED
    assert media.path_for(asset.sha256, "thumb").is_file()
    with CatalogStore(settings.catalog) as store:
        assert store.get(asset.id) == asset


def test_link_keeps_originals_in_place(settings: Settings, tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "a.jpg", seed=4)
    (outcome,) = run_import(settings, [photo], link=True)
    with CatalogStore(settings.catalog) as store:
        asset = store.get(outcome.asset_id)
    original = MediaStore(settings.media_dir).path_for(asset.sha256, "original")
    assert original.is_symlink() and os.readlink(original) == os.path.realpath(photo)


def test_link_points_at_the_real_file_not_at_a_link_on_the_way(settings: Settings, tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "a.jpg", seed=5)
    alias = tmp_path / "alias.jpg"
    alias.symlink_to(photo)
    (outcome,) = run_import(settings, [alias], link=True)
    with CatalogStore(settings.catalog) as store:
        asset = store.get(outcome.asset_id)
    assert asset.source_path == str(alias)
    original = MediaStore(settings.media_dir).path_for(asset.sha256, "original")
    assert os.readlink(original) == os.path.realpath(photo)
    alias.unlink()
    alias.symlink_to(tmp_path / "elsewhere")  # pointing the alias elsewhere changes nothing in the store
    with MediaStore(settings.media_dir).open_original(asset.sha256, file_size=asset.file_size) as sent:
        assert sent.read() == photo.read_bytes()


def test_bad_files_fail_with_a_reason_and_the_rest_is_imported(settings: Settings, tmp_path: Path) -> None:
    good = write_photos(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.jpg").write_bytes(b"")
    outcomes = {Path(o.path).name: o for o in run_import(settings, [tmp_path / "in"])}
    assert outcomes["empty.jpg"].status is Status.FAILED
    assert "empty" in outcomes["empty.jpg"].reason
    assert [outcomes[p.name].status for p in good] == [Status.IMPORTED] * 3


def test_an_unexpected_error_fails_only_that_file_as_an_internal_error(settings: Settings, tmp_path: Path) -> None:
    photos = write_photos(tmp_path / "in", 2)
    # A misconfigured reader (a limit that is not a number) breaks inside the real read_image.
    broken_reader = functools.partial(read_image, max_pixels="200 MP", max_file_bytes=10**9)
    with Desk.open(settings) as desk:
        desk.reader = broken_reader
        outcomes = list(desk.import_files([tmp_path / "in"], jobs=1))
    assert [o.path for o in outcomes] == [str(p) for p in photos]
    assert all(o.status is Status.FAILED for o in outcomes)
    assert all(o.reason.startswith("internal error while reading: TypeError: ") for o in outcomes)
    assert all("\n" not in o.reason for o in outcomes)


def test_a_second_import_is_told_that_one_is_running(settings: Settings, tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "a.jpg")
    with import_lock(settings.data_dir):
        with pytest.raises(ImportLockedError, match=f"another import is running in {settings.data_dir}"):
            run_import(settings, [photo])
    assert [o.status for o in run_import(settings, [photo])] == [Status.IMPORTED]


@pytest.mark.slow
def test_one_or_two_workers_make_the_same_records(tmp_path: Path) -> None:
    write_photos(tmp_path / "in", 6)
    records = []
    for jobs in (1, 2):
        settings = Settings(data_dir=tmp_path / f"data{jobs}")
        run_import(settings, [tmp_path / "in"], jobs=jobs)
        with CatalogStore(settings.catalog) as store:
            records.append({a.id: {**a.to_record(), "imported_at": None} for a in store.iter_assets()})
    assert records[0] == records[1]
    assert len(records[0]) == 6


@pytest.mark.slow
def test_closing_the_driver_early_commits_what_was_read(settings: Settings, tmp_path: Path) -> None:
    write_photos(tmp_path / "in", 10)
    with Desk.open(settings) as desk:
        outcomes = desk.import_files([tmp_path / "in"], jobs=1, batch_size=1000)
        first = next(outcomes)  # the batch is committed before its outcomes are yielded
        outcomes.close()
        assert desk.catalog.get(first.asset_id) is not None
        committed = desk.catalog.count()
    remaining = run_import(settings, [tmp_path / "in"])
    assert sum(o.status is Status.UNCHANGED for o in remaining) == committed
    assert sum(o.status is Status.IMPORTED for o in remaining) == 10 - committed
    with CatalogStore(settings.catalog) as store:
        assert store.count() == 10


@pytest.mark.slow
def test_the_whole_corpus_imports_or_fails_with_reasons(corpus_images: Path, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    files = list(discover([corpus_images]))
    outcomes = run_import(settings, [corpus_images])
    assert sorted(o.path for o in outcomes) == sorted(map(str, files))
    failed = [o for o in outcomes if o.status is Status.FAILED]
    assert all(o.reason and "\n" not in o.reason for o in failed)
    assert not [o for o in failed if "internal error" in o.reason]
    with CatalogStore(settings.catalog) as store:
        assert store.count() == len({o.asset_id for o in outcomes if o.status is not Status.FAILED})
    done = subprocess.run([PHOTODESK, "import", "--quiet", "--data", str(settings.data_dir), str(corpus_images)],
                          capture_output=True, text=True)
    assert done.returncode == (1 if failed else 0)
    assert "0 imported" in done.stdout


def test_walk_files_lists_what_discover_finds_in_its_order_with_the_same_skips(tmp_path: Path) -> None:
    for name in ("b.jpg", "a.JPG", "a.xmp", ".hidden.jpg", "Thumbs.db", "sub/c.tif", "sub/deeper/d.jpg",
                 "sub2/e.jpg", ".git/f.jpg", "data/media/g.jpg", "outside/h.jpg"):
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_bytes(b"x")
    (tmp_path / "in" / "linked").symlink_to(tmp_path / "in" / "outside")  # a link to a folder is not entered
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in")
    data_dir = tmp_path / "in" / "data"
    walked = [entry.path for entry in walk_files(tmp_path / "in", data_dir=data_dir)]
    assert walked == [str(path) for path in discover([tmp_path / "in"], data_dir=data_dir)]
    assert [os.path.relpath(path, tmp_path / "in") for path in walked] == [
        "a.JPG", "b.jpg", "outside/h.jpg", "sub/c.tif", "sub/deeper/d.jpg", "sub2/e.jpg"]
