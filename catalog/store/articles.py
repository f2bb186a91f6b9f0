"""Article records, their aliases and photos, and the links between assets and articles.

A link changes the linked asset's exported record (its ``articles``), so every link
change restamps the asset: the index can tell its document is stale.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Sequence

from catalog.articles.article import Article, ArticleLink, LinkMethod
from catalog.articles.image_urls import rendition_key
from catalog.articles.matching import PhotoMatch
from catalog.asset import Asset
from catalog.store.assets import AssetRecords
from catalog.store.connection import now_iso

_LINK_STRENGTH = {method: rank for rank, method in enumerate(LinkMethod)}  # 0 = strongest


class ArticleRecords(AssetRecords):
    """Articles and links, over the asset records they point at."""

    # -- articles and links -------------------------------------------------------------

    def upsert_article(self, article: Article) -> Article:
        """Record an article by its id; known values are kept when the new one lacks them.

        The claimed URL is the one of the latest reading: a page that stops naming another
        site's URL has no claim any more.
        """
        with self.transaction():
            self._db.execute(
                """
                INSERT INTO articles (id, url, title, byline, publication, published, added_at, claimed_url,
                                      byline_printed, publication_source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    url = excluded.url,
                    title = coalesce(excluded.title, articles.title),
                    byline = CASE WHEN excluded.byline = '[]' THEN articles.byline ELSE excluded.byline END,
                    byline_printed = CASE WHEN excluded.byline = '[]' THEN articles.byline_printed
                                          ELSE excluded.byline_printed END,
                    publication = coalesce(excluded.publication, articles.publication),
                    publication_source = CASE WHEN excluded.publication IS NULL THEN articles.publication_source
                                              ELSE excluded.publication_source END,
                    published = coalesce(excluded.published, articles.published),
                    claimed_url = excluded.claimed_url
                """,
                (
                    article.id,
                    article.url,
                    article.title,
                    json.dumps(list(article.byline), ensure_ascii=False),
                    article.publication,
                    article.published,
                    article.added_at or now_iso(),
                    article.claimed_url,
                    article.byline_printed,
                    article.publication_source,
                ),
            )
            self._restamp_linked(article.id)
        stored = self.get_article(article.id)
        assert stored is not None
        return stored

    def get_article(self, article_id: str) -> Article | None:
        """The article with this id, or None."""
        row = self._db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article_from_row(row) if row else None

    def find_article_by_url(self, url: str) -> Article | None:
        """The article recorded under this (canonical) URL or one of its aliases, or None."""
        row = self._db.execute("SELECT * FROM articles WHERE url = ?", (url,)).fetchone()
        if row is None:
            row = self._db.execute(
                """
                SELECT articles.* FROM article_aliases
                JOIN articles ON articles.id = article_aliases.article_id WHERE article_aliases.url = ?
                """,
                (url,),
            ).fetchone()
        return _article_from_row(row) if row else None

    def add_article_alias(self, article_id: str, url: str) -> None:
        """Record another (canonical) URL of the article: the AMP page or syndicated copy it was read at."""
        with self.transaction():
            article = self.get_article(article_id)
            if article is None:
                raise KeyError(f"no article {article_id}")
            if url != article.url:
                self._db.execute(
                    """
                    INSERT INTO article_aliases (url, article_id) VALUES (?, ?)
                    ON CONFLICT (url) DO UPDATE SET article_id = excluded.article_id
                    """,
                    (url, article_id),
                )

    def article_aliases(self, article_id: str) -> list[str]:
        """The other URLs this article was read at, in URL order."""
        rows = self._db.execute(
            "SELECT url FROM article_aliases WHERE article_id = ? ORDER BY url", (article_id,)
        )
        return [row["url"] for row in rows]

    def recent_articles(self, limit: int = 20) -> list[Article]:
        """The most recently added articles, newest first."""
        rows = self._db.execute(
            "SELECT * FROM articles ORDER BY added_at DESC, id LIMIT ?", (limit,)
        )
        return [_article_from_row(row) for row in rows]

    def set_article_photos(self, article_id: str, matches: Sequence[PhotoMatch]) -> None:
        """Replace the photos recorded for this article with these verdicts, in page order."""
        with self.transaction():
            self._db.execute("DELETE FROM article_photos WHERE article_id = ?", (article_id,))
            self._db.executemany(
                "INSERT INTO article_photos (article_id, position, image_url, verdict) VALUES (?, ?, ?, ?)",
                [
                    (article_id, position, match.photo.image_url, json.dumps(match.to_record(), ensure_ascii=False))
                    for position, match in enumerate(matches)
                ],
            )

    def article_photos(self, article_id: str) -> list[PhotoMatch]:
        """The photos the article published when last read, in page order, with the verdict given then."""
        rows = self._db.execute(
            "SELECT verdict FROM article_photos WHERE article_id = ? ORDER BY position", (article_id,)
        )
        return [PhotoMatch.from_record(json.loads(row["verdict"])) for row in rows]

    def link(
        self,
        asset_id: str,
        article_id: str,
        method: LinkMethod,
        *,
        image_url: str | None = None,
        credit_printed: str | None = None,
        linked_at: str | None = None,
    ) -> ArticleLink:
        """Link an asset to an article; an existing link keeps its stronger method.

        Raises ``KeyError`` when the asset or the article is not in the catalog.
        """
        method = LinkMethod(method)
        with self.transaction():
            if self._db.execute("SELECT 1 FROM assets WHERE id = ?", (asset_id,)).fetchone() is None:
                raise KeyError(f"no asset {asset_id}")
            if self.get_article(article_id) is None:
                raise KeyError(f"no article {article_id}")
            existing = self._link_row(asset_id, article_id)
            if existing is not None and _LINK_STRENGTH[LinkMethod(existing["method"])] < _LINK_STRENGTH[method]:
                method = LinkMethod(existing["method"])
            self._db.execute(
                """
                INSERT INTO links (asset_id, article_id, method, linked_at, image_url, credit_printed,
                                   rendition_key)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (asset_id, article_id) DO UPDATE SET
                    method = excluded.method,
                    image_url = coalesce(excluded.image_url, links.image_url),
                    credit_printed = coalesce(excluded.credit_printed, links.credit_printed),
                    rendition_key = coalesce(excluded.rendition_key, links.rendition_key)
                """,
                (
                    asset_id, article_id, method.value, linked_at or now_iso(), image_url, credit_printed,
                    rendition_key(image_url) if image_url else None,
                ),
            )
            self._restamp(asset_id)
            row = self._link_row(asset_id, article_id)
        return _link_from_row(row)

    def unlink(self, asset_id: str, article_id: str) -> bool:
        """Remove one link; True when it existed."""
        with self.transaction():
            cursor = self._db.execute(
                "DELETE FROM links WHERE asset_id = ? AND article_id = ?", (asset_id, article_id)
            )
            self._restamp(asset_id)
        return cursor.rowcount > 0

    def links_for(self, asset_id: str) -> list[ArticleLink]:
        """This asset's links, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM links WHERE asset_id = ? ORDER BY linked_at, article_id", (asset_id,)
        )
        return [_link_from_row(row) for row in rows]

    def links_to(self, article_id: str) -> list[ArticleLink]:
        """The links from every asset to this article, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM links WHERE article_id = ? ORDER BY linked_at, asset_id", (article_id,)
        )
        return [_link_from_row(row) for row in rows]

    def links_by_image_url(self, image_url: str) -> list[ArticleLink]:
        """Links that recorded this published image URL (an asset already known under it)."""
        rows = self._db.execute("SELECT * FROM links WHERE image_url = ?", (image_url,))
        return [_link_from_row(row) for row in rows]

    def links_by_rendition_key(self, key: str) -> list[ArticleLink]:
        """Links whose published image is another rendition of the same upload (``rendition_key``)."""
        rows = self._db.execute("SELECT * FROM links WHERE rendition_key = ?", (key,))
        return [_link_from_row(row) for row in rows]

    def articles_for(self, asset_id: str) -> list[Article]:
        """The articles this asset is linked to, in link order."""
        rows = self._db.execute(
            """
            SELECT articles.* FROM links JOIN articles ON articles.id = links.article_id
            WHERE links.asset_id = ? ORDER BY links.linked_at, articles.id
            """,
            (asset_id,),
        )
        return [_article_from_row(row) for row in rows]

    def assets_for(self, article_id: str) -> list[Asset]:
        """The assets linked to this article, in link order."""
        rows = self._db.execute(
            """
            SELECT assets.* FROM links JOIN assets ON assets.id = links.asset_id
            WHERE links.article_id = ? ORDER BY links.linked_at, assets.id
            """,
            (article_id,),
        )
        return [self._asset(row) for row in rows]

    def merge_article(self, stale_id: str, into_id: str) -> list[str]:
        """Fold one article into another (the same story recorded under two URLs); the assets relinked.

        The stale article's links move over (a link both have keeps its stronger method),
        its URL and aliases become the other's aliases, and it is removed with its photos.
        """
        with self.transaction():
            stale, into = self.get_article(stale_id), self.get_article(into_id)
            if stale is None or into is None or stale_id == into_id:
                return []
            moved = self.links_to(stale_id)
            for link in moved:
                self.link(link.asset_id, into_id, link.method, image_url=link.image_url,
                          credit_printed=link.credit_printed, linked_at=link.linked_at)
            self._db.execute("DELETE FROM links WHERE article_id = ?", (stale_id,))
            self._db.execute("UPDATE article_aliases SET article_id = ? WHERE article_id = ?", (into_id, stale_id))
            self._db.execute("DELETE FROM article_photos WHERE article_id = ?", (stale_id,))
            self._db.execute("DELETE FROM articles WHERE id = ?", (stale_id,))
            self.add_article_alias(into_id, stale.url)
            self._db.execute("DELETE FROM article_aliases WHERE url = ?", (into.url,))
        return [link.asset_id for link in moved]

    def _link_row(self, asset_id: str, article_id: str) -> sqlite3.Row | None:
        return self._db.execute(
            "SELECT * FROM links WHERE asset_id = ? AND article_id = ?", (asset_id, article_id)
        ).fetchone()

    def _restamp_linked(self, article_id: str) -> None:
        for row in self._db.execute("SELECT asset_id FROM links WHERE article_id = ?", (article_id,)).fetchall():
            self._restamp(row["asset_id"])


def _article_from_row(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        url=row["url"],
        title=row["title"],
        byline=tuple(json.loads(row["byline"] or "[]")),
        publication=row["publication"],
        published=row["published"],
        added_at=row["added_at"],
        claimed_url=row["claimed_url"],
        byline_printed=row["byline_printed"],
        publication_source=row["publication_source"],
    )


def _link_from_row(row: sqlite3.Row) -> ArticleLink:
    return ArticleLink(
        asset_id=row["asset_id"],
        article_id=row["article_id"],
        method=LinkMethod(row["method"]),
        linked_at=row["linked_at"],
        image_url=row["image_url"],
        credit_printed=row["credit_printed"],
    )
