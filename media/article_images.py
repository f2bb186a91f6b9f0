"""A published story's pictures, hashed for comparison: from a folder by file name, or fetched;
and the folder's copy of a published picture, made into a JPEG we can show.

Fetched images come a few at a time and pass the reader's guards before they are
decoded. One ``Deadline`` (``Settings.article_deadline``) bounds a fetched reading as a
whole: the page, its redirects and every image (``catalog.desk.Desk.read_article``).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Sequence
from urllib.parse import unquote, urlsplit

from catalog.articles.photos import PublishedPhoto
from catalog.errors import FetchError, FileProblem, InvalidUrlError
from catalog.settings import Settings
from media.fetch import IMAGE_BYTES, IMAGE_TYPES, Deadline, fetch
from media.picture_hashes import hash_picture_bytes, hash_picture_file
from media.reader import read_image

MAX_FETCHED_IMAGES = 60  # a long gallery; beyond this the page is not a story
_FETCHING_THREADS = 4  # images are fetched a few at a time: network-bound, kind to the server


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

    Images come from ``images_dir`` by file name (only: the others are not compared), else
    (``fetch_images``) from their URLs,
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
            except FileProblem as problem:  # named by the file's name: the folder is the server's business
                problems[photo.image_url] = f"{path.name}: {problem.reason}"
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
                reason = error.reason if isinstance(error, FetchError) else str(error)
                return url, None, f"no picture to compare: {reason}"

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


COPY_SIZE = 1200  # px, the long side: as large as the article page shows a published picture


def local_copy_jpeg(path: Path, settings: Settings) -> bytes:
    """The picture in ``path`` (a story's image from ``--images DIR``) as an upright sRGB JPEG to show.

    The file is a stranger's: it passes the reader's guards and is decoded and encoded
    again, so only our own JPEG is ever sent. Raises ``FileProblem`` with the reason.
    """
    from media.decode import open_for_derivatives  # pulls in the HEIF plugin: only when needed
    from media.derivatives import make_derivatives

    raw = read_image(path, max_pixels=settings.max_pixels, max_file_bytes=settings.max_file_bytes)
    with open_for_derivatives(path, raw) as image:
        return make_derivatives(image, sizes={"copy": COPY_SIZE}).images["copy"]
