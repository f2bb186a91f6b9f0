"""Read a real-credit table through the caption reader and print what it gets wrong.

The tables are ``tests/catalog/data/credits_*.tsv`` (docs/credit-tables.md). For each
row read wrong it prints the text's end, what an editor reads and what the reader read;
then the rate, and the misses counted by language and by shape, which is where the
reader's next rule is found.

    python -m scripts.dev.credit_misses tests/catalog/data/credits_holdout.tsv [--quiet]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from tests.catalog.test_credits_real import is_right, load, read


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", nargs="+", type=Path)
    parser.add_argument("--quiet", action="store_true", help="only the counts")
    args = parser.parse_args(argv)
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
