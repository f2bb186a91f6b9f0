"""Reading an article into the catalog: fetch the page, parse it, look at its pictures, match, record.

``read_article`` is the one way a story gets in, for ``photodesk article add`` and the web
app's article lookup alike. Like the ingest driver it receives its collaborators: how to
get the page (fetched, or read from a file), how to hash the story's pictures, the
catalog's pictures, and a caption search; so ``catalog`` imports neither ``media`` nor
``index``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping, Protocol, Sequence

from catalog.articles.article import Article
from catalog.articles.links import CaptionSearch, StoreLookup, record_article
from catalog.articles.matching import PhotoMatch, PictureLookup, match_article
from catalog.articles.pages import parse_article
from catalog.articles.photos import ParsedArticle, PublishedPhoto
from catalog.articles.urls import canonicalize_url
from catalog.store import CatalogStore


class Page(Protocol):
    """A page as fetched (``media.fetch.Fetched``): where it ended up, its bytes and Content-Type."""

    @property
    def url(self) -> str:
        """The URL the page was read at, after redirects."""

    @property
    def content(self) -> bytes:
        """The page's bytes."""

    @property
    def content_type(self) -> str | None:
        """The HTTP Content-Type, when known."""


# url -> the page; raises FetchError / InvalidUrlError
PageSource = Callable[[str], Page]
# the story's photos -> (perceptual hash by image URL, why some pictures could not be had)
PictureHasher = Callable[[Sequence[PublishedPhoto]], tuple[Mapping[str, int], Mapping[str, str]]]
# a photo -> the file holding its picture in the folder given (``--images DIR``), or None
ImageFileFinder = Callable[[PublishedPhoto], Path | None]


@dataclass(frozen=True)
class ArticleReading:
    """What reading an article gave: the article as recorded, the page as parsed, a verdict per photo."""

    article: Article
    parsed: ParsedArticle
    matches: tuple[PhotoMatch, ...]
    image_problems: Mapping[str, str] = field(default_factory=dict)  # image URL -> why it was not compared

    @property
    def linked_asset_ids(self) -> list[str]:
        """The assets linked by this reading, each once, in page order."""
        return list(dict.fromkeys(match.asset_id for match in self.matches if match.asset_id))


def read_article(
    store: CatalogStore,
    url: str,
    *,
    get_page: PageSource,
    hash_pictures: PictureHasher,
    catalog_pictures: Callable[[], PictureLookup],
    search: CaptionSearch | None = None,
    find_image_file: ImageFileFinder | None = None,
) -> ArticleReading:
    """Get the page at ``url``, parse it, match its photos, record the article and the confident links.

    ``catalog_pictures`` is asked only when some published picture could be hashed;
    ``find_image_file`` names the local file of each picture, kept with its verdict so the
    article page can show it when the publisher's site cannot be reached. Raises
    ``InvalidUrlError`` for a URL that is not http(s) (before anything is fetched) and
    whatever ``get_page`` raises (``FetchError``). The caller refreshes the index of
    ``linked_asset_ids``.
    """
    given = canonicalize_url(url)
    page = get_page(url)
    parsed = parse_article(page.content, url=page.url, content_type=page.content_type)
    hashes, problems = hash_pictures(parsed.photos)
    pictures = catalog_pictures() if hashes else None
    matches = match_article(parsed, StoreLookup(store, search=search), picture_hashes=hashes, pictures=pictures,
                            picture_problems=problems)
    if find_image_file is not None:
        matches = tuple(
            dataclasses.replace(match, image_file=str(path.resolve())) if (path := find_image_file(match.photo)) else match
            for match in matches
        )
    article = record_article(store, parsed, matches, aliases=[given])
    return ArticleReading(article=article, parsed=parsed, matches=matches, image_problems=dict(problems))
