"""All the evidence weighed together, on pictures the tests draw with Pillow and hash for real.

The catalog side is real (SQLite through ``StoreLookup``, hashes as ingest keeps them); the
published side is JPEG bytes through ``media.picture_hashes`` (the reader's guards, the
detail check), as a story's images are. The caption search returns every asset, so the
matcher's own rules decide.
"""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from catalog.articles.links import StoreLookup
from catalog.articles.matching import PhotoMatch, match_photo
from catalog.articles.photos import describe_photo
from catalog.errors import LowDetailError
from catalog.store import CatalogStore
from media.picture_hashes import LOW_DETAIL, PictureHashes, hash_picture_bytes
from media.similarity import (
    CERTAIN_DISTANCE,
    SIMILAR_DISTANCE,
    format_hash,
    hash_distance,
    image_hash,
)
from tests.catalog.articles.test_matching import (
    PRINTED_CAPTION,
    WIRE_CAPTION,
    make_asset,
)

CREDIT = "AP Photo/Felipe Dana"
BURST_URL = "https://news.example/uploads/2017/03/DSC_4411-1024x683.jpg"


def scene(seed: int, *, moved: int = 0, shift: int = 0, size: tuple[int, int] = (1600, 1067)) -> Image.Image:
    """A drawn news picture; ``moved`` of its shapes ``shift`` px to the right: another frame of a burst."""
    rng = random.Random(seed)
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    for number in range(14):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        width, height = rng.randrange(60, 400), rng.randrange(60, 400)
        colour = tuple(rng.randrange(256) for _ in range(3))
        x += shift if number < moved else 0
        draw.rectangle((x, y, x + width, y + height), fill=colour)
    return image


def published(picture: Image.Image) -> bytes:
    """The picture as a story prints it: 1200 px wide, JPEG quality 70 (near-identical to the original)."""
    buffer = io.BytesIO()
    picture.resize((1200, round(1200 * picture.height / picture.width)), Image.Resampling.LANCZOS).save(
        buffer, "JPEG", quality=70)
    return buffer.getvalue()


@pytest.fixture
def store(tmp_path: Path):
    with CatalogStore(tmp_path / "catalog.sqlite") as catalog:
        yield catalog


def add(store: CatalogStore, pictures: dict, **assets) -> dict:
    """Record the assets with the hashes of their pictures; the assets by name."""
    for asset in assets.values():
        store.upsert(asset, renditions=("preview", "thumb"))
    for name, asset in assets.items():
        if name in pictures:
            store.set_perceptual_hash(asset.sha256, format_hash(image_hash(pictures[name])))
    return assets


def match(store: CatalogStore, picture_bytes: bytes | None, *, url: str = BURST_URL, caption: str | None = PRINTED_CAPTION,
          credit: str | None = CREDIT) -> PhotoMatch:
    everything = StoreLookup(store, search=lambda query, limit: [a.id for a in store.iter_assets()])
    picture_hash = hash_picture_bytes(picture_bytes, name=url) if picture_bytes else None
    return match_photo(describe_photo(url, caption=caption, credit=credit), everything, picture_hash=picture_hash,
                       pictures=PictureHashes(store.perceptual_hashes()))


def counts_in(note: str) -> int:
    """How many assets a note says there are: "3 assets … , 1 more …" gives 4."""
    return sum(int(number) for number in re.findall(r"(\d+) (?:assets?|more)", note))


def test_the_same_caption_and_a_near_identical_picture_beat_a_camera_name_and_a_burst_frame(store: CatalogStore) -> None:
    """The bug: two weak clues (a camera file name shared by many pictures, a frame of the same burst)
    ranked, and linked, above the true asset with the same caption, the same credit and the same picture."""
    true_picture, burst_frame = scene(1), scene(1, moved=6, shift=120)
    printed = published(true_picture)
    frame_distance = hash_distance(image_hash(burst_frame), hash_picture_bytes(printed, name="p"))
    assert CERTAIN_DISTANCE < frame_distance <= SIMILAR_DISTANCE, "the burst frame must only look similar"
    assets = add(store, {"true": true_picture, "frame": burst_frame},
                 true=make_asset("true", caption=WIRE_CAPTION, agency="AP", photographers=("Felipe Dana",)),
                 frame=make_asset("frame", filename="DSC_4411.JPG", caption="Mourners gather at a cemetery.",
                                  agency="AP", photographers=("Felipe Dana",)))
    found = match(store, printed)
    assert found.asset_id == assets["true"].id
    assert found.evidence[0].startswith("the published picture looks the same (distance ")
    assert [s.asset_id for s in found.suggestions] == [assets["frame"].id]


def test_a_near_identical_picture_outranks_a_frame_that_also_looks_the_same(store: CatalogStore) -> None:
    """Both frames share the wire's caption and credit and both look "the same": the closer picture ranks first."""
    true_picture, burst_frame = scene(2), scene(2, moved=4, shift=80)
    printed = published(true_picture)
    assets = add(store, {"true": true_picture, "frame": burst_frame},
                 frame=make_asset("frame", caption=WIRE_CAPTION, agency="AP", photographers=("Felipe Dana",)),
                 true=make_asset("true", caption=WIRE_CAPTION, agency="AP", photographers=("Felipe Dana",)))
    distances = {name: hash_distance(image_hash(p), hash_picture_bytes(printed, name="p"))
                 for name, p in (("true", true_picture), ("frame", burst_frame))}
    assert distances["true"] < distances["frame"] <= CERTAIN_DISTANCE, distances
    found = match(store, printed, url="https://news.example/uploads/mosul-burial.jpg")
    ranked = [found.asset_id] if found.asset_id else []
    ranked += [s.asset_id for s in found.suggestions]
    assert ranked == [assets["true"].id, assets["frame"].id]


def test_the_count_a_note_says_is_the_count_listed(store: CatalogStore) -> None:
    """The bug: "3 assets match equally well" above a list of 4."""
    frames = {f"frame{n}": make_asset(f"frame{n}", caption=WIRE_CAPTION, agency="AP", photographers=("Felipe Dana",))
              for n in range(3)}
    looser = make_asset("looser", caption="Relatives bury Khadeer Hassan in a cemetery of west Mosul during fighting "
                                          "between troops and militants, in a quiet ceremony at dawn on Sunday.",
                        agency="AP", photographers=("Felipe Dana",))
    add(store, {}, **frames, looser=looser)
    found = match(store, None, url="https://news.example/uploads/mosul.jpg")
    assert found.asset_id is None
    assert found.note == "3 assets match equally well (by caption and credit), 1 more less well: confirm one"
    assert counts_in(found.note) == len(found.suggestions) == 4
    assert found.suggestions[-1].asset_id == looser.id


def test_more_candidates_than_are_listed_say_how_many_are_listed(store: CatalogStore) -> None:
    frames = {f"frame{n}": make_asset(f"frame{n}", caption=WIRE_CAPTION, agency="AP", photographers=("Felipe Dana",))
              for n in range(7)}
    add(store, {}, **frames)
    found = match(store, None, url="https://news.example/uploads/mosul.jpg")
    assert found.note == "7 assets match equally well (by caption and credit) (5 listed): confirm one"
    assert len(found.suggestions) == 5


def test_an_asset_made_after_the_story_was_published_is_not_linked(store: CatalogStore) -> None:
    (later,) = add(store, {}, later=make_asset("later", caption=WIRE_CAPTION, agency="AP", photographers=("Felipe Dana",),
                                               date_created="2017-04-02T10:00:00+03:00")).values()
    lookup = StoreLookup(store, search=lambda query, limit: [later.id])
    photo = describe_photo("https://news.example/uploads/mosul.jpg", caption=PRINTED_CAPTION, credit=CREDIT)
    before = match_photo(photo, lookup, published="2017-03-26T08:00:00+00:00")
    assert before.asset_id is None
    assert before.suggestions[0].evidence[-1] == (
        "but the asset was made on 2017-04-02, after the story was published on 2017-03-26")
    # made the day the story was published, in another time zone: no evidence against
    assert match_photo(photo, lookup, published="2017-04-01T23:00:00-05:00").asset_id == later.id


# -- plain pictures -----------------------------------------------------------------------------


def plain(colour: tuple[int, int, int] | None = None, *, gradient: bool = False) -> Image.Image:
    if gradient:
        return Image.linear_gradient("L").resize((900, 600)).convert("RGB")
    return Image.new("RGB", (900, 600), colour)


def test_a_flat_colour_is_no_evidence_against_a_catalog_of_plain_pictures(store: CatalogStore) -> None:
    """The bug: a flat colour "looked the same" as every plain picture of the catalog (49 of them)."""
    colours = [(n * 5, 200 - n * 4, 90 + n * 3) for n in range(49)]
    pictures = {f"plain{n}": plain(colour) for n, colour in enumerate(colours)}
    pictures["gradient"] = plain(gradient=True)
    assets = {name: make_asset(name) for name in pictures}
    add(store, pictures, **assets)
    everyone = PictureHashes(store.perceptual_hashes())
    flat_hash = image_hash(plain((200, 30, 30)))
    assert len(everyone.nearest(flat_hash)) >= 49  # what the hash alone would have suggested
    for picture in (plain((200, 30, 30)), plain((90, 110, 140)), plain(gradient=True)):
        with pytest.raises(LowDetailError) as raised:
            hash_picture_bytes(published(picture), name="https://news.example/plain.jpg")
        assert raised.value.reason == LOW_DETAIL
        found = match_photo(describe_photo("https://news.example/plain.jpg", caption=None, credit=None),
                            StoreLookup(store), picture_hash=None, pictures=everyone,
                            image_problem=raised.value.reason)
        assert (found.asset_id, found.suggestions) == (None, ())
        assert found.note == f"not compared by picture: {LOW_DETAIL}"


def test_a_detailed_picture_is_still_found_among_plain_ones(store: CatalogStore) -> None:
    pictures = {f"plain{n}": plain((n * 20, 80, 200 - n * 10)) for n in range(10)}
    pictures["scene"] = scene(5)
    assets = add(store, pictures, **{name: make_asset(name) for name in pictures})
    found = match(store, published(scene(5)), url="https://news.example/uploads/scene.jpg", caption=None, credit=None)
    assert (found.asset_id, found.suggestions) == (assets["scene"].id, ())
