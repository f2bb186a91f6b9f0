"""Articles in the catalog store: the matcher's look-ups, recording a matched article, links by hand,
and an article's photos as they stand now.

``StoreLookup`` answers ``catalog.articles.matching.CatalogLookup`` from the ``CatalogStore`` (and a
caption search the caller passes in, so that ``catalog`` stays free of the index).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from catalog.articles.article import Article, ArticleLink, LinkMethod
from catalog.articles.credit_check import CreditCheck, CreditStatus, check_credit
from catalog.articles.matching import KnownImage, PhotoMatch, Suggestion, caption_words
from catalog.articles.photos import ParsedArticle, PublishedPhoto
from catalog.articles.urls import article_id, canonicalize_url
from catalog.asset import Asset
from catalog.errors import UnknownAssetError
from catalog.store import CatalogStore, now_iso

# (query in the query language of docs/search.md, how many hits) -> asset ids, best first
CaptionSearch = Callable[[str, int], Sequence[str]]
CAPTION_CANDIDATES = 10
_QUERY_WORDS = 12  # the longest words say the most; a longer OR-query only adds noise


class StoreLookup:
    """The catalog look-ups the matcher needs, from the store and an optional caption search."""

    def __init__(self, store: CatalogStore, *, search: CaptionSearch | None = None) -> None:
        self.store = store
        self.search = search

    def known_images(self, image_url: str, rendition_key: str) -> Sequence[KnownImage]:
        """Links recorded under this image URL, then under another rendition of the same upload."""
        links = self.store.links_by_image_url(image_url) + self.store.links_by_rendition_key(rendition_key)
        seen: dict[str, KnownImage] = {}
        for link in links:
            known = seen.get(link.asset_id)
            if known is None or (known.image_url != image_url and link.image_url == image_url):
                seen[link.asset_id] = KnownImage(link.asset_id, link.image_url)
        return list(seen.values())

    def named_assets(self, names: Sequence[str]) -> Sequence[Asset]:
        """Assets whose job id or file name (without extension) is one of ``names``."""
        return self.store.assets_named(names)

    def get_asset(self, asset_id: str) -> Asset | None:
        """The asset with this id, or None."""
        return self.store.get(asset_id)

    def caption_candidates(self, photo: PublishedPhoto) -> Sequence[Asset]:
        """The best hits of a search for the caption's most telling words (none without a search)."""
        query = caption_query(photo.caption)
        if self.search is None or not query:
            return []
        found = self.store.get_many(self.search(query, CAPTION_CANDIDATES))
        return list(found.values())


def caption_query(caption: str | None) -> str:
    """A search for any of the caption's longest content words: ``word OR word …`` (empty without any)."""
    words = sorted(
        (word for word in caption_words(caption or "") if word.isalnum() and len(word) > 2),
        key=lambda word: (-len(word), word),
    )
    return " OR ".join(words[:_QUERY_WORDS])


def record_article(
    store: CatalogStore, parsed: ParsedArticle, matches: Iterable[PhotoMatch], *, aliases: Iterable[str] = ()
) -> Article:
    """Record the article (under its canonical URL, with the URLs it was read at) and link its matched photos.

    Each link keeps how it was made, when, the image URL published and the credit printed
    beside it; a link that exists already keeps its stronger method. Every photo's verdict
    is kept too (``article_photos``), suggestions included. An article recorded under a URL
    the page was read at (an editor's link by hand to ``?p=123``, before the page was read)
    is the same story: it is folded into this one, so its links show the title. One transaction.
    """
    matches = tuple(matches)
    with store.transaction():
        article = store.upsert_article(
            dataclasses.replace(parsed.article, added_at=parsed.article.added_at or now_iso())
        )
        store.set_article_photos(article.id, matches)
        for url in dict.fromkeys((parsed.source_url, *aliases)):
            recorded = store.find_article_by_url(url)
            # Only a story recorded under this very URL is folded in; an alias just moves over.
            if recorded is not None and recorded.id != article.id and recorded.url == url:
                store.merge_article(recorded.id, article.id)
            store.add_article_alias(article.id, url)
        for match in matches:
            if match.asset_id is not None and match.method is not None:
                store.link(
                    match.asset_id,
                    article.id,
                    match.method,
                    image_url=match.photo.image_url,
                    credit_printed=match.photo.credit_line,
                )
    return article


def find_article(store: CatalogStore, url: str) -> Article | None:
    """The article recorded for any spelling of ``url`` (its canonical URL or an alias); raises ``InvalidUrlError``."""
    return store.find_article_by_url(canonicalize_url(url))


def link_by_hand(store: CatalogStore, asset_id: str, url: str) -> Article:
    """Link an asset to the article at ``url``, recording the article by its canonical URL when unknown.

    Raises ``InvalidUrlError`` for a URL that is not http(s), ``UnknownAssetError`` for an unknown asset.
    """
    canonical = canonicalize_url(url)
    with store.transaction():
        if store.get(asset_id) is None:
            raise UnknownAssetError(f"no asset {asset_id}")
        article = store.find_article_by_url(canonical) or store.upsert_article(
            Article(id=article_id(canonical), url=canonical, added_at=now_iso())
        )
        store.link(asset_id, article.id, LinkMethod.BY_HAND)
    return article


def unlink_by_url(store: CatalogStore, asset_id: str, url: str) -> Article | None:
    """Remove the asset's link to the article at ``url``; the article when a link was removed, else None."""
    article = find_article(store, url)
    if article is None or not store.unlink(asset_id, article.id):
        return None
    return article



@dataclass(frozen=True, kw_only=True)
class ArticlePhoto:
    """One photo of a recorded article as it stands now: what the story printed, the link, suggestions.

    ``photo`` is None for a link made by hand to an article whose page was never read
    (or that does not print the picture any more); ``position`` is then None too.
    """

    position: int | None  # page order, from 0
    photo: PublishedPhoto | None
    link: ArticleLink | None  # the asset linked now, and how; None when not linked
    evidence: tuple[str, ...] = ()  # why the matcher linked it, when it did
    suggestions: tuple[Suggestion, ...] = ()  # assets to confirm, strongest first
    note: str | None = None  # why nothing was linked, when something came close
    image_problem: str | None = None  # why the published picture was not compared
    image_file: str | None = None  # the file the picture was read from (``--images DIR``), when it was

    @property
    def credit_printed(self) -> str | None:
        """The credit line the story prints beside the photo."""
        if self.photo is not None:
            return self.photo.credit_line
        return self.link.credit_printed if self.link else None

    @property
    def printed_credit(self) -> PublishedPhoto | str | None:
        """What ``check_credit`` compares: the photo as the page reader read its credit, else the line kept."""
        return self.photo if self.photo is not None else self.credit_printed

    def credit_check(self, asset: Asset) -> CreditCheck:
        """The one credit verdict for this photo against the asset linked (or suggested).

        A link by hand to a photo the page was never read for has no printed credit to
        check: that is said, not taken for a missing credit.
        """
        if self.photo is None and self.credit_printed is None:
            return CreditCheck(status=CreditStatus.UNCHECKED, printed=None, expected=asset.credit_line,
                               reason="Linked by hand, not read from the page: the credit printed beside "
                                      "this photo is not known.")
        return check_credit(self.printed_credit, asset)

    @property
    def image_url(self) -> str | None:
        """The picture as the story published it, when known."""
        if self.photo is not None:
            return self.photo.image_url
        return self.link.image_url if self.link else None

    def to_record(self) -> dict[str, Any]:
        """The ``article add --json`` photo keys, with the link as it stands now (``match`` ``hand`` when by hand)."""
        printed = self.photo.to_record() if self.photo else {
            "url": self.image_url, "caption": None, "credit_line": self.credit_printed, "agency": None,
            "photographers": [], "distributor": None, "credit_qualifiers": [], "alt_text": None,
            "file_name": None, "identifiers": [],
        }
        return {
            "position": self.position,
            **printed,
            "asset_id": self.link.asset_id if self.link else None,
            "match": self.link.method.value if self.link else None,
            "evidence": list(self.evidence),
            "suggestions": [suggestion.to_record() for suggestion in self.suggestions],
            "note": self.note,
            "image_problem": self.image_problem,
            "image_file": self.image_file,
        }


def article_photos(store: CatalogStore, article_id: str) -> list[ArticlePhoto]:
    """The article's photos in page order, each with its current link, then links made by hand to no photo.

    The verdicts are those of the last reading; the links are the catalog's now, so a link
    confirmed or removed since shows as it is. A linked asset that was unlinked since comes
    back first among the suggestions.
    """
    links = store.links_to(article_id)
    by_image = {link.image_url: link for link in links if link.image_url}
    by_asset = {link.asset_id: link for link in links}
    shown: set[str] = set()
    photos: list[ArticlePhoto] = []
    for position, match in enumerate(store.article_photos(article_id)):
        link = by_image.get(match.photo.image_url) or (by_asset.get(match.asset_id) if match.asset_id else None)
        suggestions = match.suggestions
        if match.asset_id and match.method and link is None:
            suggestions = (Suggestion(asset_id=match.asset_id, method=match.method, evidence=match.evidence),
                           *suggestions)
        if link is not None:
            shown.add(link.asset_id)
            suggestions = tuple(s for s in suggestions if s.asset_id != link.asset_id)
        same_verdict = link is not None and link.asset_id == match.asset_id
        photos.append(
            ArticlePhoto(
                position=position,
                photo=match.photo,
                link=link,
                evidence=match.evidence if same_verdict else (),
                suggestions=suggestions,
                note=None if link is not None else match.note,
                image_problem=match.image_problem,
                image_file=match.image_file,
            )
        )
    photos.extend(ArticlePhoto(position=None, photo=None, link=link) for link in links if link.asset_id not in shown)
    return photos


def is_read(store: CatalogStore, article: Article) -> bool:
    """True once the article's page has been read (not only recorded by a link made by hand)."""
    return bool(article.title or article.byline or article.publication or store.article_photos(article.id))


def confirm_link(store: CatalogStore, article_id: str, position: int, asset_id: str) -> ArticleLink:
    """Link the asset to the article's photo at ``position`` by hand (an editor confirmed a suggestion).

    The link keeps the image URL and the credit the story printed. Raises ``KeyError`` for
    an unknown article, photo position or asset.
    """
    with store.transaction():
        photos = store.article_photos(article_id)
        if not 0 <= position < len(photos):
            raise KeyError(f"article {article_id} has no photo {position + 1}")
        photo = photos[position].photo
        return store.link(asset_id, article_id, LinkMethod.BY_HAND,
                          image_url=photo.image_url, credit_printed=photo.credit_line)
