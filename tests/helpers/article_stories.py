"""A newsroom story for the web article tests: wire photos with known credits and rights in a real catalog,
and a story page on a local server that prints them resized and recompressed, each with its own credit.

The story prints four photos, one for each thing the lookup page must show:

1. ``burial``: the credit written the other way round ("Felipe Dana/AP" for "AP Photo/Felipe Dana"): credit OK;
2. ``checkpoint``: another agency ("Reuters/Sam Ortiz" for "AP Photo/Sam Ortiz"): wrong credit;
3. ``market``: no credit at all: missing credit;
4. a stranger's picture under the ``harbor-fire`` caption and credit: a suggestion, never a link.

Published captions are worded apart from the wire's, so pictures alone link the first three.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Iterator, NamedTuple

import pytest
from PIL import Image

from catalog.settings import Settings
from catalog.store import CatalogStore
from media.embed import EmbeddedMetadata
from media.similarity import SIMILAR_DISTANCE, hash_distance, image_hash
from tests.helpers.local_http import LocalServer, serving
from tests.helpers.photo_files import published_copy, write_photo
from tests.helpers.web_fixtures import import_files

PUBLICATION = "The Local Ledger"
BYLINE = "Dana Whitfield"
PUBLISHED = "2017-03-26T08:00:00+00:00"
FIRE_CAPTION = "Firefighters battle a blaze at a warehouse on the east side of Harbor City on Tuesday"

# file stem -> (seed of its pixels, its wire metadata)
WIRE_PHOTOS: dict[str, tuple[int, EmbeddedMetadata]] = {
    "burial": (301, EmbeddedMetadata(
        caption="Relatives and friends bury the body of Khadeer Hassan, who was killed during fighting in western "
                "Mosul, Iraq, on Saturday, March 25, 2017. (AP Photo/Felipe Dana)",
        headline="Burial in Mosul", creators=("Felipe Dana",), credit="AP", source="AP",
        copyright="© 2017 The Associated Press", usage_terms="Editorial use only, no sales",
        special_instructions="EDITORIAL USE ONLY. MANDATORY CREDIT.")),
    "checkpoint": (302, EmbeddedMetadata(
        caption="Iraqi soldiers stand guard at a checkpoint on the highway north of Baghdad on Friday. "
                "(AP Photo/Sam Ortiz)",
        headline="Checkpoint north of Baghdad", creators=("Sam Ortiz",), credit="AP", source="AP",
        copyright="© 2017 The Associated Press")),
    "market": (303, EmbeddedMetadata(
        caption="Vendors sell vegetables in the reopened central bazaar of Erbil on Thursday. (Maria Lopez/Reuters)",
        headline="Erbil bazaar reopens", creators=("Maria Lopez",), credit="Reuters", source="Reuters",
        copyright="© 2017 Thomson Reuters")),
    "harbor-fire": (304, EmbeddedMetadata(
        caption=f"{FIRE_CAPTION}, March 14, 2017. (AP Photo/Ana Núñez)", headline="Warehouse fire",
        creators=("Ana Núñez",), credit="AP", source="AP", copyright="© 2017 The Associated Press")),
}
STRANGER_SEED = 399


def write_wire_photos(folder: Path) -> dict[str, Path]:
    """The wire photos, 1600 px wide, by file stem; checks that no two pictures (nor the stranger) look alike."""
    paths = {stem: write_photo(folder / f"{stem}.jpg", seed=seed, size=(1600, 1067), metadata=meta)
             for stem, (seed, meta) in WIRE_PHOTOS.items()}
    hashes = []
    for path in [*paths.values(), stranger_picture(folder)]:
        with Image.open(path) as picture:
            hashes.append(image_hash(picture))
    for number, first in enumerate(hashes):
        for second in hashes[number + 1:]:
            assert hash_distance(first, second) > SIMILAR_DISTANCE, "two test pictures look alike: the test proves nothing"
    return paths


def stranger_picture(folder: Path) -> Path:
    """A picture that is in no catalog."""
    return write_photo(folder.parent / "stranger" / "stranger.jpg", seed=STRANGER_SEED, size=(1200, 800))


class WireCatalog(NamedTuple):
    """The catalog of the wire photos: its settings, each asset id by file stem, the folder of originals."""

    settings: Settings
    ids: dict[str, str]
    folder: Path


def wire_catalog(root: Path) -> WireCatalog:
    """The wire photos written under ``root`` and imported into a catalog there (real ingest)."""
    write_wire_photos(root / "wire")
    settings = Settings(data_dir=root / "data")
    outcomes = import_files(settings, [root / "wire"])
    assert all(outcome.status.value == "imported" for outcome in outcomes), [str(o) for o in outcomes]
    with CatalogStore(settings.catalog_path) as store:
        ids = {asset.filename.rsplit(".", 1)[0]: asset.id for asset in store.iter_assets()}
    return WireCatalog(settings, ids, root / "wire")


def serve_story(server: LocalServer, wire: Path, slug: str, *, title: str = "Mosul counts its dead",
                canonical: str | None = None) -> str:
    """Serve the story at ``/<slug>/`` with its four pictures (under names of their own); its URL.

    ``title`` is HTML: pass entities to put markup characters in the story's title. The page
    names ``canonical`` as its canonical URL (default: its own URL).
    """
    pictures = {}
    for stem in ("burial", "checkpoint", "market"):
        with Image.open(wire / f"{stem}.jpg") as original:
            pictures[stem] = published_copy(original)
    with Image.open(stranger_picture(wire)) as stranger:
        buffer = io.BytesIO()
        stranger.convert("RGB").save(buffer, "JPEG", quality=70)
        pictures["stranger"] = buffer.getvalue()
    for stem, data in pictures.items():
        server.add(f"/{slug}/uploads/{slug}-{stem}-1200x800.jpg", data, content_type="image/jpeg")
    url = server.url(f"/{slug}/")

    def figure(stem: str, caption: str) -> str:
        return (f'<figure><img src="/{slug}/uploads/{slug}-{stem}-1200x800.jpg" alt="">'
                f"<figcaption>{caption}</figcaption></figure>")

    server.add(f"/{slug}/", f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} – {PUBLICATION}</title>
<link rel="canonical" href="{canonical or url}">
<meta property="og:site_name" content="{PUBLICATION}">
<meta property="article:published_time" content="{PUBLISHED}">
</head><body><article>
<h1>{title}</h1>
<p class="byline">By {BYLINE}</p>
{figure("burial", "A family mourns at the cemetery on the edge of the old city. (Felipe Dana/AP)")}
<p>The toll of the battle for the western half of the city rose again this week, officials said.</p>
{figure("checkpoint", "Troops wait for orders on the road out of the capital. (Reuters/Sam Ortiz)")}
{figure("market", "Shoppers crowd the stalls again after months of closure.")}
{figure("stranger", f"{FIRE_CAPTION}. (AP Photo/Ana Núñez)")}
</article></body></html>""")
    return url


@pytest.fixture(scope="module")
def wire(tmp_path_factory: pytest.TempPathFactory) -> WireCatalog:
    """The wire photos imported into a catalog of their own, once per test module."""
    return wire_catalog(tmp_path_factory.mktemp("wire"))


@pytest.fixture(scope="module")
def newsroom_site() -> Iterator[LocalServer]:
    """The publisher's web server on 127.0.0.1, once per test module."""
    with serving() as server:
        yield server
