"""The desk: Photodesk's use cases over one data directory, the one place that assembles its parts.

The CLI and the web app both hold a ``Desk`` and call it for everything that changes
state: import, check, read an article, link and unlink, edit a caption or credit. Each method keeps the catalog and
the search index in step itself (a link changes the linked asset's record, so its index
document is refreshed in the same call), so no caller has to remember to.

``Desk.open(settings)`` builds the real parts: the SQLite catalog, the Whoosh index
(``index``), the media store and reader (``media``). This module is the only one in
``catalog`` that may import those packages, and it imports them when a desk is opened,
so a command that needs none of them starts without loading them (see docs/architecture.md).
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping

from catalog import activity, replica
from catalog.accounts import EDITOR, has_role
from catalog.activity import Actor
from catalog.articles.article import Article, ArticleLink
from catalog.articles.links import confirm_link, link_by_hand, unlink_by_url
from catalog.asset import Asset
from catalog.check import Problem, check
from catalog.editing import (
    EditPlan,
    HistoryEntry,
    Operation,
    Saved,
    Value,
    apply_layer,
    check_user,
    layer_at,
    next_layer,
    plan,
)
from catalog.errors import ConfigurationError
from catalog.ingest import Outcome, import_lock, import_pool, ingest
from catalog.lightboxes import Lightbox
from catalog.protocols import Reader
from catalog.rights import AgreementFile, Decision, Kill, RightsBook, parse_at
from catalog.rights.times import now
from catalog.rights.usage import Problem as RightsProblem
from catalog.rights.usage import UsageReport, Use, find_problems, make_use, usage_report
from catalog.saved_searches import SavedSearch
from catalog.settings import Settings
from catalog.store import CatalogStore
from catalog.store.changes import FeedSize
from catalog.workers import WorkerPool

if TYPE_CHECKING:  # the real parts, imported by ``Desk.open`` only
    from catalog.articles.matching import PictureLookup
    from catalog.articles.reading import ArticleReading
    from index import SearchIndex, SearchResults
    from index.rights_filter import RightsNow
    from media.store import MediaStore


class Desk:
    """The catalog, its search index and its media store, changed together."""

    def __init__(
        self, settings: Settings, *, catalog: CatalogStore, index: SearchIndex, media: MediaStore, reader: Reader
    ) -> None:
        self.settings = settings
        self.catalog = catalog
        self.index = index
        self.media = media
        self.reader = reader

    @classmethod
    def open(cls, settings: Settings) -> Desk:
        """The desk of ``settings.data_dir``: its catalog, index and media store, opened."""
        from index import SearchIndex
        from media.reader import reader_for
        from media.store import MediaStore

        catalog = CatalogStore(settings.catalog)
        try:
            index = SearchIndex(settings.index_dir)
        except BaseException:
            catalog.close()
            raise
        media = MediaStore(settings.media_dir, shared=settings.media_root is not None)
        return cls(settings, catalog=catalog, index=index, media=media,
                   reader=reader_for(settings))

    def close(self) -> None:
        """Close the index and the catalog."""
        try:
            self.index.close()
        finally:
            self.catalog.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- pictures -------------------------------------------------------------------------

    def import_files(
        self,
        paths: Iterable[Path],
        *,
        jobs: int | None = None,
        link: bool = False,
        follow_links: bool = False,
        wait_for_lock: bool = False,
        stop: Callable[[], bool] | None = None,
        roots: Iterable[Path] = (),
        pool: WorkerPool | None = None,
        **tuning: float | int | None,
    ) -> Iterator[Outcome]:
        """Import files and folders, recorded and indexed a batch at a time (see ``catalog.ingest.ingest``)."""
        return ingest(
            paths, store=self.catalog, media=self.media, reader=self.reader, indexer=self.index, jobs=jobs,
            link=link, follow_links=follow_links, wait_for_lock=wait_for_lock, stop=stop, roots=roots,
            data_dir=self.settings.data_dir, pool=pool, **tuning,  # type: ignore[arg-type]
        )

    def import_pool(self, *, jobs: int | None = None) -> WorkerPool:
        """Worker processes kept for many imports in a row (``photodesk watch``): close it when done."""
        return import_pool(self.reader, self.media, jobs=jobs)

    def import_uploads(self, paths: list[Path], *, actor: Actor | None = None) -> list[Outcome]:
        """Import files received from the browser (``catalog.intake.receive_upload``), as ``actor``'s.

        Waits for a running import. Each file's outcome is recorded in the intake table
        (origin ``upload:`` and the account) and each imported picture in the activity log;
        the received files are removed (the originals are in the media store).
        """
        from catalog.intake import record_uploads

        actor = actor or Actor.command_line()
        outcomes = list(self.import_files(paths, jobs=min(2, max(1, len(paths))), wait_for_lock=True))
        with self.catalog.transaction():
            record_uploads(self.catalog, outcomes, f"upload:{actor.name or 'browser'}")
            for outcome in outcomes:
                if outcome.status.value == "imported":
                    self._record(actor, activity.UPLOAD, outcome.asset_id, {"file": Path(outcome.path).name})
        return outcomes

    def reindex(self, *, jobs: int | None = None) -> int:
        """Rebuild the search index from the catalog; searches keep working until it switches over.

        On a shared catalog the index then follows the change feed from the change that was last
        when the rebuild began: what other hosts change meanwhile is applied after (``catalog.replica``).
        """
        def build(assets: Iterable[Asset]) -> int:
            return self.index.rebuild(assets, procs=jobs)

        if self.settings.catalog_url is None:
            return build(self.catalog.iter_assets())
        return replica.rebuild(self.catalog, self.settings.data_dir, build)

    def follow_changes(self) -> replica.Follower:
        """A started background thread that keeps the change feed: on a shared catalog it indexes what other
        hosts change, records how far this host has applied and prunes what every live host has; on SQLite
        (every writer on the host keeps this index in step itself) it only prunes now and then."""
        return replica.Follower(self.catalog, self.index, self.settings.data_dir,
                                stale_days=self.settings.host_stale_days,
                                follows=self.settings.catalog_url is not None).start()

    def check(self, *, repair: bool = False) -> Iterator[Problem]:
        """Every disagreement between catalog, media store and index (repaired with ``repair``).

        Holds the data directory's import lock (waiting for a running import) so that an
        import half-way through a batch is not reported as damage. ``repair`` also prunes the
        change feed of what every live host has applied (docs/postgresql.md#pruning-the-feed).
        """
        with import_lock(self.settings.data_dir, wait=True):
            last = self.catalog.last_change()
            yield from check(self.catalog, self.media, indexer=self.index, reader=self.reader, repair=repair)
            if self.settings.catalog_url is not None:
                yield from self._check_feed(last, repair)
            if repair:
                replica.prune(self.catalog, stale_days=self.settings.host_stale_days)

    def _check_feed(self, last: int, repair: bool) -> Iterator[Problem]:
        """How far this host's index is behind the shared catalog's change feed (repair: it has caught up)."""
        applied = replica.read_position(self.settings.data_dir)
        if applied is None or applied < last:
            behind = "never followed the catalog's changes" if applied is None else \
                f"{last - applied} of the catalog's changes not applied yet (they are while serve or watch runs)"
            if applied is not None and applied < self.catalog.pruned_through():
                behind += "; some were pruned from the feed, so following rebuilds the index"
            if repair:  # the index now matches the catalog as of ``last``: later changes are still to follow
                replica.write_position(self.settings.data_dir, last)
            yield Problem("index", f"this host's index has {behind}", repaired=repair)
        if repair:
            replica.report_if_following(self.catalog, self.settings.data_dir)

    def feed_state(self) -> tuple[FeedSize, list[replica.HostState]] | None:
        """On a shared catalog, what its change feed holds and the hosts following it (for ``check``); else None."""
        if self.settings.catalog_url is None:
            return None
        return self.catalog.feed_size(), self.following_hosts()

    def following_hosts(self) -> list[replica.HostState]:
        """Every host recorded as following the change feed, furthest behind first (``photodesk hosts list``)."""
        return replica.host_states(self.catalog, self.settings.data_dir, stale_days=self.settings.host_stale_days)

    def forget_host(self, which: str, *, force: bool = False) -> replica.HostState:
        """Stop listing a host that is gone (its id or name); one seen within the stale limit only with ``force``."""
        return replica.forget_host(self.catalog, self.settings.data_dir, which, force=force,
                                   stale_days=self.settings.host_stale_days)

    def search_assets(self, query: str) -> Iterator[Asset]:
        """Every asset the query finds, best first (the query language of the search page)."""
        for asset_id in self.index.search_ids(query, rights=self.search_rights()):
            asset = self.catalog.get(asset_id)
            if asset is not None:
                yield asset

    # -- articles -------------------------------------------------------------------------

    def read_article(
        self, url: str, *, page_file: Path | None = None, images_dir: Path | None = None, allow_private: bool = False,
        actor: Actor | None = None,
    ) -> ArticleReading:
        """Read the story at ``url`` into the catalog, link its photos and refresh their index documents.

        The page is fetched, or read from ``page_file`` (then nothing is fetched); the story's
        images come from ``images_dir`` by file name, or are fetched. ``allow_private`` lets the
        page and its images come from the local network. Fetching all of it must end within
        ``settings.article_deadline`` seconds. Raises ``InvalidUrlError`` and ``FetchError``.
        The reading is recorded in the activity log as ``actor``'s (default: the command line's user).
        """
        from catalog.articles.reading import (
            read_article,  # the HTML parser, loaded when a story is read
        )
        from media.article_images import image_file_for, published_picture_hashes
        from media.fetch import Deadline, Fetched, fetch

        deadline = Deadline(self.settings.article_deadline)
        if page_file is not None:
            def get_page(page_url: str) -> Fetched:
                return Fetched(url=page_url, content=page_file.read_bytes(), content_type=None)
        else:
            get_page = functools.partial(fetch, allow_private=allow_private, deadline=deadline)
        hash_pictures = functools.partial(
            published_picture_hashes, settings=self.settings, images_dir=images_dir,
            fetch_images=page_file is None, allow_private=allow_private, deadline=deadline,
        )
        reading = read_article(
            self.catalog, url, get_page=get_page, hash_pictures=hash_pictures,
            catalog_pictures=self._catalog_pictures, search=self._caption_search,
            find_image_file=functools.partial(image_file_for, folder=images_dir) if images_dir is not None else None,
        )
        # Every linked asset's record names the article: links by hand and links folded in
        # from another spelling of the URL show the title just read.
        self._reindex([*reading.linked_asset_ids, *(link.asset_id for link in self.catalog.links_to(reading.article.id))])
        self._record(actor, activity.ARTICLE_READ, reading.article.url,
                     {"article": reading.article.id, "linked": list(reading.linked_asset_ids)})
        return reading

    def link(self, asset_id: str, url: str, *, actor: Actor | None = None) -> Article:
        """Link an asset to the article at ``url`` by hand (recorded by its URL when new).

        Raises ``KeyError`` when no asset has this id, ``InvalidUrlError`` for a URL that is not http(s).
        """
        with self.catalog.transaction():
            article = link_by_hand(self.catalog, asset_id, url)
            self._record(actor, activity.LINK, asset_id, {"article": article.id, "url": article.url})
        self._reindex([asset_id])
        return article

    def link_all(self, asset_ids: Iterable[str], url: str, *, actor: Actor | None = None) -> Article:
        """Link many assets to the article at ``url`` in one transaction (a lightbox, a selection), each by hand.

        Each link is one entry of the activity log, as ``link`` makes it. Raises ``UnknownAssetError``
        for an unknown asset and ``InvalidUrlError`` for a URL that is not http(s): nothing is linked then;
        ``ValueError`` when no asset is given.
        """
        ids = list(dict.fromkeys(asset_ids))
        if not ids:
            raise ValueError("no picture to link")
        with self.catalog.transaction():
            for asset_id in ids:
                article = link_by_hand(self.catalog, asset_id, url)
                self._record(actor, activity.LINK, asset_id, {"article": article.id, "url": article.url})
        self._reindex(ids)
        return article

    def unlink(self, asset_id: str, url: str, *, actor: Actor | None = None) -> Article | None:
        """Remove an asset's link to the article at ``url``; the article, or None when there was no such link."""
        with self.catalog.transaction():
            article = unlink_by_url(self.catalog, asset_id, url)
            if article is not None:
                self._record(actor, activity.UNLINK, asset_id, {"article": article.id, "url": article.url})
        if article is not None:
            self._reindex([asset_id])
        return article

    def confirm_suggestion(self, article_id: str, position: int, asset_id: str, *,
                           actor: Actor | None = None) -> ArticleLink:
        """Link a suggested asset to the article's photo at ``position``: an editor confirmed it.

        Raises ``KeyError`` when the photo or the asset is no longer in the catalog.
        """
        with self.catalog.transaction():
            link = confirm_link(self.catalog, article_id, position, asset_id)
            self._record(actor, activity.LINK, asset_id, {"article": article_id, "position": position,
                                                           "confirmed": True})
        self._reindex([asset_id])
        return link

    # -- lightboxes (docs/lightboxes.md) --------------------------------------------------------

    def create_lightbox(self, name: str, *, story: str | None = None, actor: Actor | None = None) -> Lightbox:
        """A new lightbox owned by ``actor`` (default: the command line's user), recorded in the activity log."""
        actor = actor or Actor.command_line()
        with self.catalog.transaction():
            lightbox = self.catalog.create_lightbox(name, story=story, owner=actor.name)
            self._record(actor, activity.LIGHTBOX_CREATE, lightbox.name, {"lightbox": lightbox.id})
        return lightbox

    def change_lightbox(self, lightbox_id: int, *, add: Iterable[str] = (), add_at: int | None = None,
                        remove: Iterable[str] = (), order: Iterable[str] | None = None,
                        move: tuple[str, int] | None = None, notes: Mapping[str, str | None] | None = None,
                        actor: Actor | None = None) -> Lightbox:
        """Add, remove, reorder and annotate a lightbox's pictures in one transaction; the lightbox after.

        One entry of the activity log says what changed. Raises ``UnknownLightboxError`` and,
        for a picture that is not in the catalog (to add) or not in the lightbox (to move), ``KeyError``.
        """
        actor = actor or Actor.command_line()
        details: dict[str, object] = {}
        with self.catalog.transaction():
            if add:
                details["added"] = self.catalog.add_to_lightbox(lightbox_id, list(add), added_by=actor.name, at=add_at)
            if remove:
                details["removed"] = self.catalog.remove_from_lightbox(lightbox_id, remove)
            if order is not None:
                self.catalog.order_lightbox(lightbox_id, list(order))
                details["reordered"] = True
            if move is not None:
                self.catalog.move_in_lightbox(lightbox_id, *move)
                details["moved"] = {"id": move[0], "to": move[1]}
            if notes:
                details["notes"] = self.catalog.set_lightbox_notes(lightbox_id, notes)
            lightbox = self.catalog.get_lightbox(lightbox_id)
            if any(details.values()):
                self._record(actor, activity.LIGHTBOX_CHANGE, lightbox.name, {"lightbox": lightbox_id, **details})
        return lightbox

    def delete_lightbox(self, lightbox_id: int, *, actor: Actor | None = None) -> Lightbox:
        """Delete a lightbox (its pictures stay in the catalog); recorded in the activity log."""
        with self.catalog.transaction():
            lightbox = self.catalog.delete_lightbox(lightbox_id)
            self._record(actor, activity.LIGHTBOX_DELETE, lightbox.name,
                         {"lightbox": lightbox_id, "ids": lightbox.asset_ids})
        return lightbox

    # -- rights ---------------------------------------------------------------------------

    def rights_book(self) -> RightsBook:
        """The agreements and desk rules on file, ready to decide on pictures (docs/rights.md)."""
        return RightsBook(self.catalog.agreements(), self.catalog.desk_rules())

    def decide(self, asset_id: str, at: datetime | str | None = None, *, book: RightsBook | None = None) -> Decision:
        """The rights verdict on every channel for using the asset at ``at`` (default: now).

        ``at`` may be ISO 8601 text; without an offset it is read in the desk's time zone.
        Raises ``KeyError`` for an unknown id, ``ConfigurationError`` for a bad time.
        """
        book = book or self.rights_book()
        asset = self.catalog.get(asset_id)
        if asset is None:
            raise KeyError(f"no asset {asset_id}")
        moment = parse_at(at, book.zone) if isinstance(at, str) else (at or now())
        return book.decide(asset, moment, kill=self.catalog.kill_of(asset_id))

    def forbidden_now(self, assets: Iterable[Asset], at: datetime | None = None) -> dict[str, str]:
        """The pictures forbidden at ``at`` (default now) on the web and in print, by id, with the reason.

        The rule of every download: such a picture is sent only when the editor confirms (docs/rights.md).
        """
        book, kills, moment = self.rights_book(), self.catalog.kills(), at or now()
        found = {}
        for asset in assets:
            reason = book.decide(asset, moment, kill=kills.get(asset.id)).forbidden_reason()
            if reason is not None:
                found[asset.id] = reason
        return found

    def search_rights(self, at: datetime | None = None) -> RightsNow:
        """What searches decide ``usable:``, *Cleared now* and live embargoes with: agreements, kills, now."""
        from index.rights_filter import RightsNow

        return RightsNow(book=self.rights_book(), now=at or now(), killed=frozenset(self.catalog.kills()))

    def saved_search_results(self, search: SavedSearch, *, limit: int = 50,
                             imported_since: str | None = None) -> SearchResults:
        """The newest pictures a saved search finds, last imported first (what its feed shows); with
        ``imported_since`` (UTC, ISO 8601) only those imported since that time."""
        from index.filters import IMPORTED_SINCE_FILTER

        filters = search.index_filters()
        if imported_since:
            filters[IMPORTED_SINCE_FILTER] = imported_since
        return self.index.search(search.query, sort="imported", filters=filters, page_size=limit,
                                 rights=self.search_rights())

    def new_since_looked(self, search: SavedSearch, viewer: str) -> int:
        """How many pictures the saved search finds that were imported since ``viewer`` last opened it
        (since it was saved, when they never have)."""
        since = self.catalog.last_looked(search.name, viewer) or search.created_at
        return self.saved_search_results(search, limit=1, imported_since=since).total

    def uses(self, book: RightsBook) -> list[Use]:
        """Every published use of a picture: each article link, on the web, when the article was published."""
        found = (make_use(row, book.zone) for row in self.catalog.use_rows())
        return [use for use in found if use is not None]

    def rights_problems(self, at: datetime | None = None) -> list[RightsProblem]:
        """Every use that breaks a decision when it happened or now (``catalog.rights.usage.find_problems``)."""
        book = self.rights_book()
        uses = self.uses(book)
        assets = self.catalog.get_many(use.asset_id for use in uses)
        return find_problems(book, uses, assets, self.catalog.kills(), at or now())

    def usage_report(self, start: date, end: date, *, supplier: str | None = None) -> UsageReport:
        """The uses between two days at the desk, with supplier, agreement and fee, and totals per supplier."""
        book = self.rights_book()
        uses = self.uses(book)
        assets = self.catalog.get_many(use.asset_id for use in uses)
        return usage_report(book, uses, assets, start=start, end=end, supplier=supplier)

    def kill(self, asset_id: str, reason: str, *, killed_by: str | None = None, actor: Actor | None = None) -> Kill:
        """Record a kill notice for the asset (``killed_by`` defaults to the actor); ``KeyError`` for an unknown id."""
        actor = actor or Actor.command_line()
        with self.catalog.transaction():
            kill = self.catalog.kill(asset_id, reason, killed_by=killed_by or actor.name)
            self._record(actor, activity.KILL, asset_id, {"reason": reason})
        return kill

    def unkill(self, asset_id: str, *, actor: Actor | None = None) -> bool:
        """Lift the asset's kill notice; True when it had one."""
        with self.catalog.transaction():
            lifted = self.catalog.unkill(asset_id)
            if lifted:
                self._record(actor, activity.UNKILL, asset_id)
        return lifted

    def import_agreements(self, found: AgreementFile, *, source: str | None = None,
                          actor: Actor | None = None) -> tuple[list[str], list[str]]:
        """Record a file's agreements and desk rules (``CatalogStore.import_agreements``); (added, replaced) ids."""
        with self.catalog.transaction():
            added, replaced = self.catalog.import_agreements(found)
            self._record(actor, activity.AGREEMENTS_IMPORT, source,
                         {"added": added, "replaced": replaced, "desk_rules": found.desk is not None})
        return added, replaced

    # -- the activity log -------------------------------------------------------------------

    def record_originals_sent(self, assets: Iterable[Asset], *, actor: Actor | None = None,
                              details: Mapping[str, object] | None = None) -> None:
        """Record originals sent at once (a zip): one ``original_download`` entry each, in one transaction."""
        with self.catalog.transaction():
            for asset in assets:
                self._record(actor, activity.ORIGINAL_DOWNLOAD, asset.id, {"filename": asset.filename, **(details or {})})

    def _record(self, actor: Actor | None, action: str, target: str | None, details: dict | None = None) -> None:
        # Without a named actor the change came from this machine's command line.
        actor = actor or Actor.command_line()
        self.catalog.record_activity(actor.name, action, target, details, address=actor.address)

    # -- editing --------------------------------------------------------------------------

    def plan_edits(self, asset_ids: Iterable[str], operations: Iterable[Operation], *, user: str) -> list[EditPlan]:
        """What ``operations`` would change on each of these assets, with the credits derived again (a preview).

        Assets that do not exist are left out; nothing is written.
        """
        operations = list(operations)
        plans = []
        for asset_id in dict.fromkeys(asset_ids):
            file_asset = self.catalog.file_asset(asset_id)
            if file_asset is None:
                continue
            layer = self.catalog.desk_layer(asset_id)
            before = apply_layer(file_asset, layer)
            changes = plan(before, operations)
            after = apply_layer(file_asset, next_layer(file_asset, layer, changes, user)) if changes else before
            plans.append(EditPlan(before=before, after=after, changes=changes,
                                  version=self.catalog.edit_version(asset_id)[0]))
        return plans

    def editor_name(self, user: str) -> str:
        """The name an edit is recorded under: with accounts, an editor's or admin's account name (any case).

        Without accounts any one-line name is taken. Raises ``ConfigurationError`` otherwise.
        """
        user = check_user(user)
        if not self.catalog.has_accounts():
            return user
        account = self.catalog.user(user)
        if account is None:
            raise ConfigurationError(f"--user {user}: no such account (photodesk user list shows them)")
        if not has_role(account.role, EDITOR):
            raise ConfigurationError(f"--user {user}: the {account.role} role may not edit metadata (editor needed)")
        return account.name

    def edit(self, changes_by_asset: Mapping[str, Mapping[str, Value]], *, user: str,
             base_versions: Mapping[str, int] | None = None, actor: Actor | None = None,
             action: str = activity.EDIT, details: Mapping[str, object] | None = None) -> list[Saved]:
        """Save the desk's values on many assets in one transaction, then refresh their index documents.

        ``base_versions`` holds the version each asset was at when the editor looked: one
        saved since refuses the whole batch (``EditConflictError``), nothing written. Each
        picture's save is one entry of the activity log, as ``actor``'s (default: the command
        line's user). Raises ``KeyError`` for an unknown asset, ``ConfigurationError`` for a
        missing editor name.
        """
        user = check_user(user)
        with self.catalog.transaction():
            saved = [self.catalog.save_edit(asset_id, changes, user=user,
                                            base_version=(base_versions or {}).get(asset_id))
                     for asset_id, changes in changes_by_asset.items()]
            for found in saved:
                if found.changes:
                    self._record(actor, action, found.asset.id, {
                        "user": user, "version": found.version, **(details or {}),
                        "fields": [change.field for change in found.changes]})
        self.index.index([found.asset for found in saved if found.changes])
        return saved

    def history(self, asset_id: str) -> list[HistoryEntry]:
        """Every field the desk changed on this asset, oldest first; ``KeyError`` for an unknown asset."""
        if self.catalog.file_asset(asset_id) is None:
            raise KeyError(asset_id)
        return self.catalog.history(asset_id)

    def revert(self, asset_id: str, to: int | datetime, *, user: str, actor: Actor | None = None) -> Saved:
        """Bring the desk's values back to how they were after save number ``to`` (0: the file's) or at a time.

        The revert is itself a save, kept in history. Raises ``KeyError`` for an unknown
        asset and ``ConfigurationError`` for a save number the asset has not reached.
        """
        history = self.history(asset_id)
        version = self.catalog.edit_version(asset_id)[0]
        if isinstance(to, int) and not 0 <= to <= version:
            raise ConfigurationError(f"{asset_id} has edits 1 to {version}; --to {to} is none of them")
        target = layer_at(history, edit=to) if isinstance(to, int) else layer_at(history, at=to)
        file_asset = self.catalog.file_asset(asset_id)
        assert file_asset is not None  # history() checked it exists
        fields = [*self.catalog.desk_layer(asset_id), *target]
        changes = {name: (target[name].value if name in target else getattr(file_asset, name)) for name in fields}
        return self.edit({asset_id: changes}, user=user, base_versions={asset_id: version}, actor=actor,
                         action=activity.REVERT, details={"to": to if isinstance(to, int) else to.isoformat()})[0]

    # -- keeping the index in step ----------------------------------------------------------

    def _reindex(self, asset_ids: Iterable[str]) -> None:
        # Links are part of the asset's record: its index document is stale until refreshed.
        assets = [asset for asset in map(self.catalog.get, dict.fromkeys(asset_ids)) if asset is not None]
        if assets:
            self.index.index(assets)

    def _caption_search(self, query: str, limit: int) -> list[str]:
        return [hit.id for hit in self.index.search(query, page_size=limit).hits]

    def _catalog_pictures(self) -> PictureLookup:
        """The catalog's perceptual hashes, first filling those of assets imported before hashes were kept."""
        from media.picture_hashes import PictureHashes

        for sha256 in self.catalog.lacking_perceptual_hash():
            value = self.media.perceptual_hash(sha256)
            if value:
                self.catalog.set_perceptual_hash(sha256, value)
        return PictureHashes(self.catalog.perceptual_hashes())
