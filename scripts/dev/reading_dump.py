"""Dump everything the caption reader says about every text it is tested and timed on, to diff two versions.

For each text of every credit table (tests/catalog/data/*.tsv) and each caption of the
credits benchmark (its usual and worst-case batches): ``find_credit``'s full result,
``parse_credit_line`` of the text, ``attribute`` with the row's Credit field, and
``derive_restrictions``. Run it with the code before and after a change meant to keep
behaviour (a speed-up) and diff the two files: they must be equal.

    PYTHONPATH=$PWD python -m scripts.dev.reading_dump OUT.txt [--count 10000]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from catalog.credits import attribute, parse_credit_line
from catalog.credits.captions import find_credit
from catalog.restrictions import derive_restrictions
from scripts.bench.credits import captions

TABLES = Path(__file__).resolve().parents[2] / "tests" / "catalog" / "data"


def _unescape(text: str) -> str:
    return text.replace("\\r\\n", "\r\n").replace("\\n", "\n").replace("\\t", "\t")


def table_texts() -> list[tuple[str, str]]:
    """(table:row, text) for every data row of every credit table; the text is the second column."""
    texts = []
    for table in sorted(TABLES.glob("*.tsv")):
        lines = [line for line in table.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        for number, line in enumerate(lines):
            cells = line.split("\t")
            if len(cells) > 1:
                texts.append((f"{table.name}:{number}", _unescape(cells[1])))
    return texts


def readings(text: str, credit: str | None = None, instructions: str | None = None) -> str:
    """Everything read from one text, one repr per reader, on one line each."""
    try:
        found = repr(find_credit(text))
    except Exception as error:  # a crash is a result too
        found = f"error {error!r}"
    try:
        parsed = repr(parse_credit_line(text))
    except Exception as error:
        parsed = f"error {error!r}"
    attributed = repr(attribute(caption=text, credit=credit, source=None, creators=()))
    flags = repr(derive_restrictions(special_instructions=instructions, usage_terms=None, caption=text))
    return f"  find {found}\n  parse {parsed}\n  attribute {attributed}\n  restrictions {flags}\n"


def main(argv: list[str] | None = None) -> None:
    """Write the dump to the file named."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=10_000, help="benchmark captions per batch (default 10000)")
    options = parser.parse_args(argv)
    with options.out.open("w", encoding="utf-8") as out:
        for key, text in table_texts():
            out.write(f"{key} {text!r}\n{readings(text)}")
        for batch, distinct in (("bench", False), ("worst", True)):
            for number, (caption, credit, instructions) in enumerate(captions(options.count, distinct_credits=distinct)):
                out.write(f"{batch}:{number} {caption!r}\n{readings(caption, credit, instructions)}")


if __name__ == "__main__":
    main()
