"""Articles and their links to assets: which story published which photo."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class LinkMethod(str, Enum):
    """How an asset ⇄ article link was made, strongest evidence first."""

    BY_HAND = "hand"  # an editor linked it (form, `photodesk link`)
    BY_URL = "url"  # the article's image URL is already known for this asset
    BY_FILENAME = "filename"  # the wire/job id or original file name appears in the image URL
    BY_CAPTION = "caption"  # caption text plus credit matched
    BY_SIMILARITY = "similarity"  # perceptual hash of the published image matched


@dataclass(frozen=True, kw_only=True)
class Article:
    """A published story, known by its canonical URL.

    ``claimed_url`` is a canonical URL the page names on another site when last read: a
    claim, never the story's identity (``catalog.articles.urls.canonical_address``).
    """

    id: str  # stable: first 16 hex digits of sha256(canonical url)
    url: str  # canonical URL
    title: str | None = None
    byline: tuple[str, ...] = ()  # names only, without "By"
    publication: str | None = None
    # which evidence named the publication ("og:site_name", "title suffix", "byline"…)
    publication_source: str | None = None
    byline_printed: str | None = None  # the byline as printed, label removed ("Ann Lee & Bo Park")
    published: str | None = None  # ISO 8601
    added_at: str | None = None
    claimed_url: str | None = None

    @property
    def byline_text(self) -> str | None:
        """The byline as printed: "Missy Ryan", "Ann Lee & Bo Park"; else the names joined ("A, B and C"); None without one."""
        if self.byline_printed and self.byline:
            return self.byline_printed
        names = list(self.byline)
        if len(names) <= 1:
            return names[0] if names else None
        return f"{', '.join(names[:-1])} and {names[-1]}"


@dataclass(frozen=True, kw_only=True)
class ArticleLink:
    """One asset ⇄ article link and how it was made."""

    asset_id: str
    article_id: str
    method: LinkMethod
    linked_at: str
    image_url: str | None = None  # the rendition the story published, when known
    credit_printed: str | None = None  # the credit line the story printed beside it
