"""Reading a published story with the real media: its page fetched, its pictures and the catalog's hashed.

``read_published_article`` wires ``catalog.articles.reading.read_article`` to the fetcher,
the picture hashes and the media store: the one call behind ``photodesk article add`` and
the web app's article lookup. The story's images come from a folder (by file name) or
are fetched from their URLs, a few at a time; either way they pass the reader's guards
before they are decoded. One ``Deadline`` (``Settings.article_deadline``) bounds a fetched
reading as a whole: the page, its redirects and every image.
"""

from __future__ import annotations

import functools
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Sequence
from urllib.parse import unquote, urlsplit

from catalog.articles.reading import ArticleReading, caption_search, read_article
from catalog.errors import FetchError, FileProblem, InvalidUrlError
from catalog.articles.photos import PublishedPhoto
from catalog.settings import Settings
from catalog.store import CatalogStore
from media.fetch import IMAGE_BYTES, IMAGE_TYPES, Deadline, Fetched, fetch
from media.picture_hashes import PictureHashes, hash_picture_bytes, hash_picture_file
from media.store import MediaStore

MAX_FETCHED_IMAGES = 60  # a long gallery; beyond this the page is not a story
_FETCHING_THREADS = 4  # images are fetched a few at a time: network-bound, kind to the server


def read_published_article(
    store: CatalogStore,
    media: MediaStore,
    settings: Settings,
    url: str,
    *,
    index: Any = None,
    page_file: Path | None = None,
    images_dir: Path | None = None,
    allow_private: bool = False,
) -> ArticleReading:
    """Read the story at ``url`` into the catalog: fetched, or from ``page_file`` (then nothing is fetched).

    ``index`` (a ``SearchIndex``) lets captions find their assets; ``allow_private`` lets
    the page and its images come from the local network. Fetching all of it must end
    within ``settings.article_deadline`` seconds: a page that misses it is a ``FetchError``,
    images it cut short are listed among the image problems. Raises ``InvalidUrlError``
    and ``FetchError`` as ``read_article`` does; the caller refreshes the linked assets' index.
    """
    deadline = Deadline(settings.article_deadline)
    if page_file is not None:
        def get_page(page_url: str) -> Fetched:
            return Fetched(url=page_url, content=page_file.read_bytes(), content_type=None)
    else:
        get_page = functools.partial(fetch, allow_private=allow_private, deadline=deadline)
    hash_pictures = functools.partial(
        published_picture_hashes, settings=settings, images_dir=images_dir,
        fetch_images=page_file is None, allow_private=allow_private, deadline=deadline,
    )
    return read_article(
        store, url, get_page=get_page, hash_pictures=hash_pictures,
        catalog_pictures=lambda: catalog_pictures(store, media), search=caption_search(index),
    )


def published_picture_hashes(
    photos: Sequence[PublishedPhoto],
    settings: Settings,
    *,
    images_dir: Path | None = None,
    fetch_images: bool = True,
    allow_private: bool = False,
    deadline: Deadline | None = None,
) -> tuple[dict[str, int], dict[str, str]]:
    """Perceptual hashes of the story's images by image URL, and why some could not be had.

    Images come from ``images_dir`` by file name, else (``fetch_images``) from their URLs,
    fetched until ``deadline``: those still on the way then are not compared, those not
    yet started are not fetched.
    """
    urls = list(dict.fromkeys(photo.image_url for photo in photos))
    hashes: dict[str, int] = {}
    problems: dict[str, str] = {}
    if images_dir is not None:
        for photo in photos:
            path = image_file_for(photo, images_dir)
            if path is None:
                continue
            try:
                hashes[photo.image_url] = hash_picture_file(
                    path, max_pixels=settings.max_pixels, max_file_bytes=settings.max_file_bytes
                )
            except FileProblem as problem:
                problems[photo.image_url] = str(problem)
    elif fetch_images:
        for url in urls[MAX_FETCHED_IMAGES:]:
            problems[url] = f"not fetched: the page has more than {MAX_FETCHED_IMAGES} images"

        def fetch_one(url: str) -> tuple[str, int | None, str | None]:
            if deadline is not None and deadline.has_passed:
                return url, None, f"not fetched: {deadline.passed_by}"
            try:
                fetched = fetch(url, max_bytes=IMAGE_BYTES, accept=IMAGE_TYPES, allow_private=allow_private,
                                deadline=deadline)
                value = hash_picture_bytes(fetched.content, name=url, max_pixels=settings.max_pixels,
                                           max_file_bytes=settings.max_file_bytes)
                return url, value, None
            except FileProblem as problem:
                return url, None, f"no picture to compare: {problem.reason}"
            except (FetchError, InvalidUrlError) as error:
                if deadline is not None and deadline.has_passed:
                    return url, None, f"no picture to compare: {deadline.passed_by}"
                return url, None, f"no picture to compare: {str(error).removeprefix(f'{url}: ')}"

        with ThreadPoolExecutor(max_workers=_FETCHING_THREADS) as pool:
            for url, value, problem in pool.map(fetch_one, urls[:MAX_FETCHED_IMAGES]):
                if value is not None:
                    hashes[url] = value
                elif problem:
                    problems[url] = problem
    return hashes, problems


def image_file_for(photo: PublishedPhoto, folder: Path) -> Path | None:
    """The file in ``folder`` named like the photo's image: the URL's last segment, else the uploaded name."""
    files = {path.name.lower(): path for path in folder.iterdir() if path.is_file()}
    last_segment = unquote(urlsplit(photo.image_url).path.rstrip("/").rsplit("/", 1)[-1])
    for name in (last_segment, photo.file_name):
        if name and name.lower() in files:
            return files[name.lower()]
    return None


def catalog_pictures(store: CatalogStore, media: MediaStore) -> PictureHashes:
    """The catalog's perceptual hashes, first filling those of assets imported before hashes were kept."""
    for sha256 in store.lacking_perceptual_hash():
        value = media.perceptual_hash(sha256)
        if value:
            store.set_perceptual_hash(sha256, value)
    return PictureHashes(store.perceptual_hashes())
