"""Batch edit benchmark: find-and-replace in the captions of 500 pictures, previewed, then applied.

The pictures are the rights benchmark's (the credits benchmark's wire captions read as
ingest reads them) in a real SQLite catalog and Whoosh index in a temporary folder. Each
run replaces a word every caption holds ("Picture" ↔ "Frame", alternately, so each run
changes every picture) and times, fastest of ``--repeat`` runs:

- ``preview``: ``Desk.plan_edits``: every picture read with its desk values, the change
  planned and its credit derived again (what the batch form shows before applying);
- ``apply``: ``Desk.edit`` on the preview's versions: one transaction writing each
  picture's new version and history, then the index documents refreshed;
- ``search``: the new word is then found in every caption (checked, not timed);
- ``web``: the same through the batch form of the real Flask app (a test client, no
  network): the preview page (every change listed) and the apply, on the preview's versions.

    python -m scripts.bench.editing [--count 500] [--repeat 3]

Target (issue 17): a batch find-and-replace over 500 pictures previewed and applied in under 5 s.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from catalog.editing import Operation
from catalog.settings import Settings
from scripts.bench.rights import pictures


def bench_editing(count: int = 500, repeat: int = 3) -> dict[str, float | int]:
    """Time a batch find-and-replace over ``count`` pictures: the preview and the save."""
    from catalog.desk import Desk

    assets = pictures(count)
    ids = [asset.id for asset in assets]
    previews, applies = [], []
    with tempfile.TemporaryDirectory(prefix="photodesk-editing-bench-") as folder:
        with Desk.open(Settings(data_dir=Path(folder) / "data")) as desk:
            with desk.catalog.transaction():
                for asset in assets:
                    desk.catalog.upsert(asset)
            desk.index.index(assets)
            words = ("Picture", "Frame")
            for run in range(repeat):
                old, new = words[run % 2], words[(run + 1) % 2]
                operation = Operation(kind="replace", field="caption", old=old, new=new)
                started = time.perf_counter()
                plans = desk.plan_edits(ids, [operation], user="bench")
                previews.append(time.perf_counter() - started)
                changed = {plan.asset_id: plan.changes for plan in plans if plan.changes}
                started = time.perf_counter()
                desk.edit(changed, user="bench", base_versions={plan.asset_id: plan.version for plan in plans})
                applies.append(time.perf_counter() - started)
                found = desk.index.search(f"caption:{new}", page_size=1).total
                if len(changed) != count or found < count:
                    raise SystemExit(f"run {run}: {len(changed)} changed, {found} found by caption:{new}")
        web_preview, web_apply = _bench_web(Settings(data_dir=Path(folder) / "data"), ids, repeat, words)
    best = min(range(repeat), key=lambda run: previews[run] + applies[run])
    web = min(range(repeat), key=lambda run: web_preview[run] + web_apply[run])
    return {"pictures": count, "preview_seconds": previews[best], "apply_seconds": applies[best],
            "total_seconds": previews[best] + applies[best], "web_preview_seconds": web_preview[web],
            "web_apply_seconds": web_apply[web], "web_total_seconds": web_preview[web] + web_apply[web]}


def _bench_web(settings: Settings, ids: list[str], repeat: int, words: tuple[str, str]) -> tuple[list[float], list[float]]:
    """The batch form's preview and apply through the real app, as an editor's browser posts them."""
    import re

    from web import create_app

    app = create_app(settings, TESTING=True)
    previews, applies = [], []
    try:
        client = app.test_client()
        page = client.get("/edit/batch?" + "&".join(f"id={asset_id}" for asset_id in ids)).get_data(as_text=True)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        for run in range(repeat):
            old, new = words[(run + 1) % 2], words[run % 2]  # the desk benchmark left the other word in place
            asked = {"csrf_token": token, "id": " ".join(ids), "replace_field": "caption", "replace_old": old,
                     "replace_new": new, "editor": "bench"}
            started = time.perf_counter()
            shown = client.post("/edit/batch", data={**asked, "action": "preview"}).get_data(as_text=True)
            previews.append(time.perf_counter() - started)
            if f"{len(ids)} of {len(ids)} pictures would change" not in shown:
                raise SystemExit(f"web run {run}: the preview does not change every picture")
            versions = re.search(r'name="versions" value="([^"]*)"', shown).group(1)  # type: ignore[union-attr]
            started = time.perf_counter()
            answer = client.post("/edit/batch", data={**asked, "action": "apply", "versions": versions})
            applies.append(time.perf_counter() - started)
            if answer.status_code != 303:
                raise SystemExit(f"web run {run}: the apply answered {answer.status_code}")
    finally:
        app.extensions["photodesk"].desk.close()
    return previews, applies


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500, help="pictures (default 500)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest counts (default 3)")
    options = parser.parse_args(argv)
    result = bench_editing(options.count, options.repeat)
    print(f"editing    find-and-replace in {result['pictures']} captions: preview {result['preview_seconds']:.2f} s, "
          f"apply {result['apply_seconds']:.2f} s, together {result['total_seconds']:.2f} s (target < 5 s)")
    print(f"           through the web's batch form: preview page {result['web_preview_seconds']:.2f} s, "
          f"apply {result['web_apply_seconds']:.2f} s, together {result['web_total_seconds']:.2f} s")


if __name__ == "__main__":
    main()


__all__ = ["bench_editing"]
