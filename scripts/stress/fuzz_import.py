"""Fuzz the import: mutate real images into hostile ones and import them with the real driver.

Every mutated file must be imported (with warnings where something was wrong) or fail with a
reason; the batch must finish; no file may take longer than the per-file time limit (the
worker pool kills it and reports it); the corpus files are never modified (checksums before
and after); afterwards the catalog, media store and index agree (``photodesk check``).

    python -m scripts.stress.fuzz_import [--count 500] [--seed 1] [--corpus DIR] [--jobs 2] [--keep DIR] [--json]

The mutations are ``scripts.stress.mutations`` (shared with ``tests/reliability/test_fuzz_import.py``). Exit
code 0 when every rule held, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from catalog.desk import Desk
from catalog.ingest import DEFAULT_TIME_LIMIT, Outcome, Status
from catalog.settings import Settings
from scripts.stress.mutations import MUTATIONS, Mutant, checksums, make_mutants

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "images"


@dataclass
class FuzzReport:
    """What became of one batch of mutated files."""

    mutants: int
    seed: int
    seconds: float
    imported: int = 0
    with_warnings: int = 0
    unchanged: int = 0
    failed: Counter = field(default_factory=Counter)  # reason, digits folded -> count
    by_kind: dict[str, Counter] = field(default_factory=dict)  # mutation -> status -> count
    slowest: tuple[str, float] = ("", 0.0)
    peak_worker_rss_mb: float = 0.0
    time_limit: float | None = DEFAULT_TIME_LIMIT
    unaccounted: list[str] = field(default_factory=list)  # mutants with no outcome, or more than one
    internal_errors: list[str] = field(default_factory=list)
    sources_changed: list[str] = field(default_factory=list)
    check_problems: list[str] = field(default_factory=list)

    @property
    def failed_total(self) -> int:
        """How many files failed, whatever the reason."""
        return sum(self.failed.values())

    @property
    def over_time(self) -> bool:
        """True when some file took longer than the time limit (plus a second of slack for the kill)."""
        return self.time_limit is not None and self.slowest[1] > self.time_limit + 1.0

    @property
    def is_clean(self) -> bool:
        """Every rule held: each file accounted once, no internal error, sources intact, stores agree."""
        return not (self.unaccounted or self.internal_errors or self.sources_changed
                    or self.check_problems or self.over_time)

    def to_json(self) -> dict:
        """The report as JSON-ready data."""
        return {
            "mutants": self.mutants, "seed": self.seed, "seconds": round(self.seconds, 2),
            "imported": self.imported, "with_warnings": self.with_warnings, "unchanged": self.unchanged,
            "failed": self.failed_total, "failed_by_reason": dict(self.failed.most_common()),
            "by_kind": {kind: dict(counts) for kind, counts in self.by_kind.items()},
            "slowest": {"file": self.slowest[0], "seconds": round(self.slowest[1], 3)},
            "time_limit": self.time_limit, "peak_worker_rss_mb": round(self.peak_worker_rss_mb, 1),
            "unaccounted": self.unaccounted, "internal_errors": self.internal_errors,
            "sources_changed": self.sources_changed, "check_problems": self.check_problems,
            "clean": self.is_clean,
        }

    def lines(self) -> list[str]:
        """The report for a terminal."""
        out = [
            f"{self.mutants} mutated files (seed {self.seed}) in {self.seconds:.1f} s: "
            f"{self.imported} imported ({self.with_warnings} with warnings), {self.unchanged} unchanged "
            f"(same bytes as another mutant), {self.failed_total} failed with a reason",
            f"slowest file: {self.slowest[1]:.2f} s ({self.slowest[0]}); limit {self.time_limit:g} s"
            if self.time_limit else f"slowest file: {self.slowest[1]:.2f} s ({self.slowest[0]})",
            f"peak memory of a worker: {self.peak_worker_rss_mb:.0f} MB",
            "by mutation: " + "; ".join(
                f"{kind} " + ", ".join(f"{count} {status}" for status, count in sorted(counts.items()))
                for kind, counts in self.by_kind.items()),
            "failed by reason:",
            *(f"  {count:5d}  {reason}" for reason, count in self.failed.most_common()),
        ]
        for label, items in (("NO SINGLE OUTCOME", self.unaccounted), ("INTERNAL ERROR", self.internal_errors),
                             ("SOURCE CHANGED", self.sources_changed), ("CHECK", self.check_problems)):
            out += [f"{label}: {item}" for item in items]
        if self.over_time:
            out.append(f"OVER THE TIME LIMIT: {self.slowest[0]}")
        out.append("all rules held" if self.is_clean else "SOME RULES FAILED")
        return out


def reason_kind(reason: str) -> str:
    """A failure reason with its particulars folded (numbers, quoted names), to count alike reasons together."""
    head = re.split(r"[:(]", reason, maxsplit=1)[0].strip()
    return re.sub(r"\d+", "N", head)


def corpus_files(folder: Path) -> list[Path]:
    """Every file under the corpus folder, in a stable order."""
    return sorted(path for path in folder.rglob("*") if path.is_file() and not path.name.startswith("."))


def write_mutants(mutants: Iterable[Mutant], folder: Path) -> dict[Path, Mutant]:
    """Write the mutated files into ``folder``; the mutant behind each path."""
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[Path, Mutant] = {}
    for mutant in mutants:
        path = folder / mutant.name
        path.write_bytes(mutant.data)
        written[path] = mutant
    return written


def fuzz(sources: Sequence[Path], count: int, *, seed: int, work_dir: Path, jobs: int = 2,
         time_limit: float | None = DEFAULT_TIME_LIMIT, kinds: Iterable[str] = tuple(MUTATIONS)) -> FuzzReport:
    """Mutate ``count`` files from ``sources`` into ``work_dir`` and import them; what happened."""
    before = checksums(sources)
    written = write_mutants(make_mutants(sources, count, seed=seed, kinds=kinds), work_dir / "mutants")
    settings = Settings(data_dir=work_dir / "data")
    started = time.monotonic()
    with Desk.open(settings) as desk:
        outcomes = list(desk.import_files(sorted(written), jobs=jobs, time_limit=time_limit))
        seconds = time.monotonic() - started
        problems = [str(problem) for problem in desk.check()]
    report = FuzzReport(mutants=len(written), seed=seed, seconds=seconds, time_limit=time_limit,
                        check_problems=problems)
    _tally(report, written, outcomes)
    # Workers are children of this process and have all been waited for: the largest one's peak.
    report.peak_worker_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    after = checksums(sources)
    report.sources_changed = [str(path) for path in sources if before[path] != after[path]]
    return report


def _tally(report: FuzzReport, written: dict[Path, Mutant], outcomes: list[Outcome]) -> None:
    seen = Counter(outcome.path for outcome in outcomes)
    report.unaccounted = sorted(str(path) for path in written if seen[str(path)] != 1)
    for outcome in outcomes:
        mutant = written.get(Path(outcome.path))
        kind = mutant.kind if mutant else "?"
        status = outcome.status.value
        if outcome.status is Status.IMPORTED:
            report.imported += 1
            if outcome.warnings:
                report.with_warnings += 1
                status = "imported with warnings"
        elif outcome.status is Status.UNCHANGED:
            report.unchanged += 1
        else:
            reason = outcome.reason or "no reason given"
            report.failed[reason_kind(reason)] += 1
            if reason.startswith("internal error") or "crashed" in reason:
                detail = f" ({mutant.detail} of {mutant.source})" if mutant else ""
                report.internal_errors.append(f"{outcome.path}: {reason}{detail}")
        report.by_kind.setdefault(kind, Counter())[status] += 1
        if outcome.seconds > report.slowest[1]:
            report.slowest = (Path(outcome.path).name, outcome.seconds)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500, help="How many mutated files to make (default 500).")
    parser.add_argument("--seed", type=int, default=1, help="Random seed: the same seed makes the same files.")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="Folder of real images to mutate.")
    parser.add_argument("--jobs", type=int, default=2, help="Worker processes for the import.")
    parser.add_argument("--kinds", default=",".join(MUTATIONS), help="Comma-separated mutation kinds.")
    parser.add_argument("--keep", type=Path, help="Work in this folder and keep it (default: a temporary one).")
    parser.add_argument("--json", action="store_true", help="Print the report as JSON.")
    args = parser.parse_args(argv)
    sources = corpus_files(args.corpus)
    if not sources:
        parser.error(f"no files under {args.corpus}")
    kinds = [kind.strip() for kind in args.kinds.split(",") if kind.strip()]
    unknown = set(kinds) - set(MUTATIONS)
    if unknown:
        parser.error(f"unknown mutation kinds: {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="photodesk-fuzz-") as temporary:
        work_dir = args.keep or Path(temporary)
        report = fuzz(sources, args.count, seed=args.seed, work_dir=work_dir, jobs=args.jobs, kinds=kinds)
    print(json.dumps(report.to_json(), ensure_ascii=False) if args.json else "\n".join(report.lines()))
    return 0 if report.is_clean else 1


if __name__ == "__main__":
    sys.exit(main())
