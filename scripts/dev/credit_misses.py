"""Read a real-credit table through the caption reader and print what it gets wrong.

The tables are ``tests/catalog/data/credits_*.tsv`` (docs/credit-tables.md). For each
row read wrong it prints the text's end, what an editor reads and what the reader read;
then the rate, and the misses counted by language and by shape, which is where the
reader's next rule is found.

    python -m scripts.dev.credit_misses tests/catalog/data/credits_holdout.tsv [--quiet]

``--update`` rewrites the ``MISSES`` block of tests/catalog/test_credits_real.py for
credits_real.tsv: rows read right leave it, each reason keeps its words and gets a fresh
"Read: ..." (what the reader reads now), and a new miss is listed with "NEW" for a
person to explain.
"""

from __future__ import annotations

import argparse
import ast
import re
from collections import Counter
from pathlib import Path

from tests.catalog.test_credits_real import TABLE, Row, is_right, load, read

TEST = Path(__file__).resolve().parents[2] / "tests" / "catalog" / "test_credits_real.py"
_BLOCK = re.compile(r"(# MISSES-BEGIN\n)(.*?)(# MISSES-END)", re.S)


def _what_was_read(row: Row) -> str:
    got = read(row)
    if got is None:
        said = "no credit found"
    elif row.credit_line == "-":
        said = f"a credit read where there is none ({got[0]!r})"
    else:
        wrong = [f"{what} read as {value!r}" for what, value, expected in zip(
            ("line", "agency", "photographers"), (got[0], got[1], list(got[2])),
            (row.credit_line, row.agency, list(row.photographers))) if value != expected]
        said = "; ".join(wrong)
    return f"Read: {said} [{', '.join(sorted(row.shapes))}; {row.lang}]"


def update_misses() -> tuple[int, int]:
    """Rewrite the MISSES block for what the reader reads now: (rows right, rows)."""
    source = TEST.read_text(encoding="utf-8")
    block = _BLOCK.search(source)
    old = ast.literal_eval(block[2].split("=", 1)[1].split("\nMEASURED_RATE")[0].strip())
    rows = load(TABLE)
    misses = [row for row in rows if not is_right(row)]
    lines = ["MISSES: dict[str, str] = {"]
    for row in misses:
        why = old.get(row.id, "NEW: explain why").split(" Read: ")[0].rstrip(".")
        lines.append(f"    {row.id!r}: {f'{why}. {_what_was_read(row)}'!r},")
    right = len(rows) - len(misses)
    rate = int(right / len(rows) * 1000) / 1000
    lines += ["}", f"MEASURED_RATE = {rate}  # fully right, measured: {right}/{len(rows)} = {right / len(rows):.1%}", ""]
    TEST.write_text(source[:block.start(2)] + "\n".join(lines) + source[block.end(2):], encoding="utf-8")
    return right, len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", nargs="*", type=Path)
    parser.add_argument("--quiet", action="store_true", help="only the counts")
    parser.add_argument("--update", action="store_true", help="rewrite MISSES in test_credits_real.py")
    args = parser.parse_args(argv)
    if args.update:
        right, total = update_misses()
        print(f"MISSES rewritten: {right}/{total} fully right")
    for table in args.tables:
        rows = load(table)
        misses = [row for row in rows if not is_right(row)]
        if not args.quiet:
            for row in misses:
                print(f"{row.id} [{row.lang}] {','.join(sorted(row.shapes))}\n  text: {row.text[-240:]!r}"
                      f"\n  want: {(row.credit_line, row.agency, row.photographers)}\n  read: {read(row)}")
        right = len(rows) - len(misses)
        print(f"{table.name}: {right}/{len(rows)} fully right = {right / len(rows):.1%}")
        by_lang = Counter(row.lang for row in misses)
        by_shape = Counter(shape for row in misses for shape in row.shapes)
        print("  misses by language:", ", ".join(f"{k} {v}" for k, v in by_lang.most_common()))
        print("  misses by shape:", ", ".join(f"{k} {v}" for k, v in by_shape.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
