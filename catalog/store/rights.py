"""Rights records: the supplier agreements, the desk's own rules, and kill notices."""

from __future__ import annotations

import json

from catalog.rights.agreements import Agreement, AgreementFile, DeskRules
from catalog.rights.kills import Kill
from catalog.store.articles import ArticleRecords
from catalog.store.connection import now_iso


class RightsRecords(ArticleRecords):
    """Agreements (replaced by id), the desk rules and kills, beside the assets they concern."""

    def import_agreements(self, found: AgreementFile) -> tuple[list[str], list[str]]:
        """Record a file's agreements (replacing those with the same id) and its desk rules; (added, replaced) ids."""
        added, replaced = [], []
        with self.transaction():
            for agreement in found.agreements:
                known = self._db.execute("SELECT 1 FROM agreements WHERE id = ?", (agreement.id,)).fetchone()
                (replaced if known else added).append(agreement.id)
                self._db.execute(
                    """
                    INSERT INTO agreements (id, record, imported_at) VALUES (?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET record = excluded.record, imported_at = excluded.imported_at
                    """,
                    (agreement.id, json.dumps(agreement.to_record(), ensure_ascii=False), now_iso()),
                )
            if found.desk is not None:
                self._db.execute(
                    "INSERT INTO rights_settings (name, value) VALUES ('desk', ?) "
                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                    (json.dumps(found.desk.to_record(), ensure_ascii=False),),
                )
        return added, replaced

    def agreements(self) -> list[Agreement]:
        """Every agreement on file, by id."""
        rows = self._db.execute("SELECT record FROM agreements ORDER BY id")
        return [Agreement.from_record(json.loads(row["record"])) for row in rows]

    def desk_rules(self) -> DeskRules:
        """The desk's own rules (own pictures, time zone); the defaults when no file set them."""
        row = self._db.execute("SELECT value FROM rights_settings WHERE name = 'desk'").fetchone()
        return DeskRules.from_record(json.loads(row["value"])) if row else DeskRules()

    def use_rows(self) -> list[dict[str, object]]:
        """Every asset-article link with what a use needs: the article's URL, title and publication time,
        when and how it was linked, the credit printed (``catalog.rights.usage.make_use``)."""
        rows = self._db.execute(
            """
            SELECT links.asset_id, links.article_id, articles.url, articles.title, articles.published,
                   links.linked_at, links.method, links.credit_printed
            FROM links JOIN articles ON articles.id = links.article_id
            ORDER BY links.linked_at, links.asset_id, links.article_id
            """
        )
        return [dict(row) for row in rows]

    def kill(self, asset_id: str, reason: str, *, killed_by: str | None = None) -> Kill:
        """Record a kill notice for an asset (a second one replaces the reason); ``KeyError`` for an unknown id."""
        with self.transaction():
            if self._db.execute("SELECT 1 FROM assets WHERE id = ?", (asset_id,)).fetchone() is None:
                raise KeyError(f"no asset {asset_id}")
            self._db.execute(
                """
                INSERT INTO kills (asset_id, reason, killed_at, killed_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (asset_id) DO UPDATE SET reason = excluded.reason, killed_by = excluded.killed_by
                """,
                (asset_id, reason, now_iso(), killed_by),
            )
        found = self.kill_of(asset_id)
        assert found is not None
        return found

    def unkill(self, asset_id: str) -> bool:
        """Lift an asset's kill notice; True when it had one."""
        with self.transaction():
            cursor = self._db.execute("DELETE FROM kills WHERE asset_id = ?", (asset_id,))
        return cursor.rowcount > 0

    def kill_of(self, asset_id: str) -> Kill | None:
        """The asset's kill notice, or None."""
        row = self._db.execute("SELECT * FROM kills WHERE asset_id = ?", (asset_id,)).fetchone()
        return _kill(row) if row else None

    def kills(self) -> dict[str, Kill]:
        """Every kill notice, by asset id."""
        return {row["asset_id"]: _kill(row) for row in self._db.execute("SELECT * FROM kills ORDER BY asset_id")}


def _kill(row: object) -> Kill:
    return Kill(asset_id=row["asset_id"], reason=row["reason"], killed_at=row["killed_at"],  # type: ignore[index]
                killed_by=row["killed_by"])  # type: ignore[index]
