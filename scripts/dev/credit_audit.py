"""Audit the caption reader on many real captions by invariants a photo editor would state, with no expected rows.

Usage: ``python -m scripts.dev.credit_audit FOLDER [--examples N] [--class NAME]``

FOLDER holds ``*.txt`` files, one caption a line (``\\n`` for a newline inside it), each block of lines under a
``@src WHERE`` line naming where they came from. The captions stay outside the repository (they are not ours to
redistribute); this script only reads them. Each caption is read with ``find_credit`` and checked:

- a photographer is a person's name: 1-5 words, no digits, no sentence words, not a place, a month or a weekday;
- an agency is an organisation: not a sentence fragment, not a person's name glued to a wire's;
- the printed credit occurs in the text (after ``reader.tidy``), and the caption shown keeps every word of the text
  that is not the credit, with no label left dangling;
- no credit is read from a position or file note, an age, a date, a ticker;
- a text with no mark of a credit (no label, slash, bracket, "by", ©, known organisation) gives none (to review: some
  are real credits printed bare, so this class counts candidates, not errors).

Violations are printed grouped by invariant and by where the reader found the credit (``FoundCredit.how``, its
numbers and quoted words folded), with counts and examples.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from catalog.credits.agencies import canonical_agency
from catalog.credits.captions import find_credit
from catalog.credits.names import is_place
from catalog.credits.reader import tidy

_SENTENCE_WORDS = frozenset("""the and is are was were has have had be been being said says will would could should
this that these those it its they their there here when where while during after before into onto over under with
without from about against between through than then as at in on to for of by not no yes a an who which what why how
his her him she he we our you your my me up down out off again very also just only""".split())
# particles of a person's name in the main news languages: "van der", "de la", "bin", "al-" (docs/credit-tables.md)
_PARTICLES = frozenset("""van von der den de la le du des del della di da das do dos e y bin binti ibn al el ben ter ten
zu af av mac st""".split())
_MONTHS_DAYS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
januar februar märz juni juli oktober dezember enero febrero marzo abril mayo junio julio agosto septiembre octubre
noviembre diciembre janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi
mercredi jeudi vendredi samedi dimanche""".split())
_JUNK_LINE = re.compile(r"""^(?:left|right|center|centre|top|bottom|above|below|front|back|middle|file|files|archive
    |l|r|c|l-r|r-l|from left|from right|\d{1,3}|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{4}|[A-Z]{1,5}:\s?[A-Z.]{1,6}
    |(?:nyse|nasdaq|tsx|lse|asx|otc)[:\s].*|video|photos?|gallery)\.?$""", re.I | re.X)
_LABEL_LEFT = re.compile(r"""(?:\b(?:photo|photos|photograph|picture|image|credit|credits|foto|fotos|bild|kuva|zdjęcie
    |źródło|fonte|source|quelle|crédit|crédito|créditos|courtesy|photo\s+by|photographed\s+by|fotografie)\s*[:=]?
    |©|\(c\)|[(\[])\s*$""", re.I | re.X)
_MARKS = re.compile(r"""[/©ⓒ@|()\[\]]|\b(?:photographi\w*|fotograf\w*|photo|photos|photograph|picture|image|credit|foto|fotos|bild|kuva|fot\.
    |zdjęcie|źródło|fonte|source|quelle|crédit|crédito|courtesy|cortesía|by|por|par|von|via|handout|pool|staff)\b|\bfot\.
    |사진|写真|摄|攝|图|圖|提供|фото|снимок""", re.I | re.X)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def photographer_problems(name: str, rest: str) -> list[str]:
    """Why ``name`` is not a person's name as a photographer ('' problems: it is one)."""
    words = name.split()
    problems = []
    if not 1 <= len(words) <= 5:
        problems.append("photographer: not 1-5 words")
    if any(ch.isdigit() for ch in name):
        problems.append("photographer: digits")
    # a sentence's words are printed in lower case: "Rodi Said" and "Kim Young" are names
    lower = [w.strip(".,'’") for w in words if w[:1].islower()]
    if any(w in _SENTENCE_WORDS and w not in _PARTICLES for w in lower):
        problems.append("photographer: sentence words")
    if any(w.casefold().strip(".,") in _MONTHS_DAYS for w in words):
        problems.append("photographer: a month or weekday")
    if any(mark in name for mark in "\\/|()[]@:;,"):
        problems.append("photographer: holds a separator")
    if is_place(name):
        problems.append("photographer: a place")
    if canonical_agency(name):
        problems.append("photographer: an organisation")
    return problems


def agency_problems(agency: str) -> list[str]:
    """Why ``agency`` is not an organisation's name."""
    words = agency.split()
    problems = []
    if len(words) > 8:
        problems.append("agency: over 8 words")
    lower = [w.casefold() for w in words if w[:1].islower()]
    if sum(w in _SENTENCE_WORDS - {"of", "the", "and", "for", "de", "la", "at", "in", "on", "a"} for w in lower):
        problems.append("agency: sentence words")
    if len(words) >= 3 and canonical_agency(words[-1]) and all(w[:1].isupper() for w in words[:-1]) and \
            not canonical_agency(" ".join(words[:-1])) and canonical_agency(agency) is None:
        problems.append("agency: a name glued to a wire")
    if _JUNK_LINE.match(agency):
        problems.append("agency: a note, number or date")
    if len(words) > 1 and words[-1][:1].islower() and words[-1].casefold() not in _PARTICLES | {"news", "photo"}:
        problems.append("agency: ends in a word in lower case")
    return problems


def agency_in_line_problems(agency: str, line: str) -> list[str]:
    """An agency that is a piece of one of the line's words ("DOUMY" of "Al-DOUMY"), not a name the line prints."""
    if agency and line and agency in line and not re.search(r"(?<![\w-])" + re.escape(agency) + r"(?![\w-])", line):
        return ["agency: a piece of a word of the line"]
    return []


def text_problems(text: str, printed: str, line: str | None, rest: str) -> list[str]:
    """Credit not in the text; words of the text neither in the credit nor in the caption shown; a label left."""
    problems = []
    seen = tidy(text)
    at = seen.rfind(printed) if printed else -1
    if at >= 0 and not re.search(r"[a-zß-ÿ]", seen[at + len(printed):]):
        seen = seen[:at + len(printed)]  # wire notes in capitals after the credit are set aside, as documented
    if line and " ".join(line.split()).casefold() not in " ".join(seen.split()).casefold():
        problems.append("line: not in the text")
    left = Counter(_words(seen))
    left.subtract(Counter(_words(printed)))
    left.subtract(Counter(_words(rest)))
    if line:
        left.subtract(Counter(_words(line)))
    lost = [w for w, n in left.items() if n > 0 and len(w) > 2 and not w.isdigit()]
    if len(lost) > 2:  # labels and controls set aside are a word or two
        problems.append("rest: text lost")
    if _LABEL_LEFT.search(rest) and rest.strip()[-1:] not in ")]":
        problems.append("rest: a label left dangling")
    return problems


def audit_one(text: str) -> tuple[list[str], object]:
    """The invariants one caption breaks, and what the reader found."""
    found = find_credit(text)
    if found is None:
        return [], None
    credit = found.credit
    problems: list[str] = []
    for name in credit.photographers:
        problems += photographer_problems(name, found.rest)
    if credit.agency:
        problems += agency_problems(credit.agency) + agency_in_line_problems(credit.agency, credit.credit_line or "")
    line = credit.credit_line
    if line and _JUNK_LINE.match(line.strip(" .()")):
        problems.append("line: a note, number or date")
    problems += text_problems(text, found.printed, line, found.rest)
    if line and not credit.agency and not credit.photographers and len(line.split()) > 5 and "©" not in line \
            and not re.search(r"(?i)courtesy|cortes|handout|supplied|archiv|file", line):
        problems.append("line: six words or more naming no party (review)")
    if not _MARKS.search(found.printed) and not credit.agency and credit.photographers:
        problems.append("unmarked: a bare name read as credit (review)")
    return sorted(set(problems)), found


_FILE_ID = re.compile(r"file id (\d+)")
_HOST = re.compile(r"https?://(?:www\.)?([^/\s]+)")


def excluded_sources(tables: Path) -> tuple[set[str], set[str]]:
    """The code-corpus file ids and page hosts the credit tables in ``tables`` (``*.tsv``) were collected from."""
    ids: set[str] = set()
    hosts: set[str] = set()
    for path in tables.glob("*.tsv"):
        text = path.read_text(encoding="utf-8")
        ids.update(_FILE_ID.findall(text))
        hosts.update(host.casefold() for host in _HOST.findall(text))
    return ids, hosts


def load(folder: Path, exclude: tuple[set[str], set[str]] = (set(), set())) -> list[tuple[str, str]]:
    """(source, caption) pairs from every ``*.txt`` of ``folder``, without the blocks whose source is excluded."""
    ids, hosts = exclude
    rows = []
    for path in sorted(folder.glob("*.txt")):
        source, skipped = path.name, False
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.startswith("@src "):
                source = raw[5:].strip()
                skipped = bool(set(_FILE_ID.findall(source)) & ids
                               or {host.casefold() for host in _HOST.findall(source)} & hosts)
            elif raw.strip() and not raw.startswith("#") and not skipped:
                rows.append((source, raw.replace("\\n", "\n").replace("\\t", "\t")))
    return rows


def _how_class(how: str) -> str:
    return re.sub(r"'[^']*'|\"[^\"]*\"|\d+", "…", how)[:70]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--only", help="print every example of invariants starting with this")
    parser.add_argument("--tables", type=Path, default=Path(__file__).resolve().parents[2] / "tests/catalog/data",
                        help="leave out captions from the sources of these credit tables (*.tsv)")
    parser.add_argument("--exclude-list", type=Path, action="append", default=[],
                        help="a list of sources to leave out too, one a line: 'file id N' or a host")
    args = parser.parse_args(argv)
    ids, hosts = excluded_sources(args.tables)
    for listed in args.exclude_list:
        for line in listed.read_text(encoding="utf-8").splitlines():
            number = _FILE_ID.search(line)
            if number:
                ids.add(number.group(1))
            elif line.strip():
                hosts.add(line.strip().casefold().removeprefix("www."))
    rows = load(args.folder, (ids, hosts))
    unique = list(dict.fromkeys(rows))
    by_problem: dict[str, list[tuple[str, str, object]]] = defaultdict(list)
    with_credit = 0
    for source, text in unique:
        problems, found = audit_one(text)
        with_credit += found is not None
        for problem in problems:
            by_problem[problem].append((source, text, found))
    print(f"captions: {len(unique)} ({len(rows) - len(unique)} repeats dropped), "
          f"sources: {len({s for s, _ in unique})}, credit found in {with_credit}")
    print(f"captions breaking an invariant: {len({t for v in by_problem.values() for _, t, _ in v})}")
    for problem, hits in sorted(by_problem.items(), key=lambda kv: -len(kv[1])):
        print(f"\n{len(hits):5d}  {problem}")
        causes = Counter(_how_class(found.how) for _, _, found in hits)
        for cause, n in causes.most_common(6):
            print(f"         {n:4d}  {cause}")
        shown = hits if args.only and problem.startswith(args.only) else hits[:args.examples]
        for source, text, found in shown:
            credit = found.credit
            print(f"       - {text[-160:]!r}\n         -> line={credit.credit_line!r} agency={credit.agency!r} "
                  f"photographers={credit.photographers!r} rest_end={found.rest[-60:]!r}  [{source[:40]}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
