"""Real credit lines and captions from published pages, read by the caption reader (issue 14).

``data/credits_real.tsv`` holds credit lines and captions as printed on published
pages (each row names the page, or the code-corpus file, it was read from), with what
a photo editor reads from them: the printable credit line, the agency and the
photographers ("-" where the text prints no credit). Every row is read through
``find_credit`` and must come out fully right: credit line, agency and photographers
all equal, and no credit at all for a "-" row.

The rows the reader still gets wrong are listed in ``MISSES`` with the reason, each marked (a) the
reader's fault, a general rule not written yet, (b) knowledge or language understanding the text does
not carry, or (c) an expectation the text does not settle; the
test fails when a listed row is read right (take it off the list) or a new row is read
wrong. Issue 14 asks for 97 % (``BAR``), which the reader reaches; ``MEASURED_RATE`` holds
what it reaches today, and the misses say why.

Curation. Three collectors gathered 878 rows. The table's header comments list, with
the reason for each:

- dropped: text that is not caption or credit text as a page prints it (PHP-serialised
  metadata, an RSS element, program code and data literals, a scraper's comment,
  exiv2/exiftool dumps), prose that needs language understanding ("In this photo by
  ..."), rows whose expectation contradicts the conventions of ``data/credits.tsv``
  ("(dpa)" and "(ANI)" after a sentence are credits there; "Name for the Paper" is a
  credit; a caption that is only a name names its subject, as the corpus attribution
  has it), and texts collected twice;
- corrected: expected lines and agencies brought to SPEC's conventions (a "©" is
  dropped like a label; an HTML entity is printed as its character; the agency as
  printed, never taken from the site nor expanded from outside knowledge: a bare "Navy
  photo" is not the U.S. Navy unless the caption says so; a distributor named alone is
  the agency).

No text was edited.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from catalog.credits.captions import find_credit
from tests.helpers.credit_reading import Reading, read_caption

TABLE = Path(__file__).resolve().parent / "data" / "credits_real.tsv"
BAR = 0.97  # issue 14: fully right on at least 97 % of the table
# The shapes issue 14 names; every one must be present in the table.
SHAPES = frozenset("""end glued mid start followed-by-text label label-lang separator-pipe separator-slash
                      separator-dash separator-comma for-publication staff from-site file structured several
                      doubled entities toggle courtesy wire-first pool via-org acronym not-credit""".split())


@dataclass(frozen=True)
class Row:
    """One real credit: the printed text and what an editor reads from it."""

    id: str  # collector part and line ("en-11")
    text: str
    credit_line: str  # "-": the text prints no credit
    agency: str | None
    photographers: tuple[str, ...]
    source: str
    shapes: frozenset[str]
    lang: str


def _unescape(text: str) -> str:
    return text.replace("\\r\\n", "\r\n").replace("\\n", "\n").replace("\\t", "\t")


def load(table: Path) -> list[Row]:
    """The rows of a real-credit table (header comments and the column line skipped)."""
    rows = []
    lines = [line for line in table.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    for line in lines[1:]:  # the first is the header
        rid, text, credit_line, agency, people, source, shape, lang, _note = line.split("\t")
        rows.append(Row(id=rid, text=_unescape(text), credit_line=_unescape(credit_line), agency=agency or None,
                        photographers=tuple(p for p in people.split(";") if p), source=source,
                        shapes=frozenset(s.strip() for s in shape.split(",")), lang=lang))
    return rows


ROWS = load(TABLE)


def read(row: Row) -> Reading | None:
    """What the caption reader finds in a row's text: (credit line, agency, photographers), or None."""
    return read_caption(row.text)


def is_right(row: Row) -> bool:
    got = read(row)
    if row.credit_line == "-":
        return got is None
    return got == (row.credit_line, row.agency, row.photographers)


# row id -> why the reader gets it wrong (generated list: MISSES-BEGIN ... MISSES-END)
# MISSES-BEGIN
MISSES: dict[str, str] = {
    'en-128': "(a) the reader's, no rule yet: ESPN's story list glues headline, age stamp ('2d'), byline and credit with no mark between them ('social media2dTory BarronGreen Bay Packers'), and the credit is a team printed like a name with no organisation word. Read: no credit found [glued; en]",
    'en-267': "(a) the reader's, with a judgement call: field names alone on their lines ('Photographer', 'Location') are not read as fields; whether the printed line is the Photographer field's value or the gallery's 'Reuters / date' element is the collector's reading. Read: line read as 'Reuters / Friday, May 13, 2016'; photographers read as [] [label, structured; en]",
    'en-321': "(a) the reader's: two sources after the plural 'Photos:' separated by a comma, the second a handle wrapped across a line ('@\\n@name/Instagram'); the line is not kept whole. Read: line read as '@kerrykennedyrfk/Instagram'; agency read as 'Instagram' [end, label, separator-comma, separator-slash, several; en]",
    'intl-17': "(b) needs knowledge the text does not print: dts prints the subject ('Stephan Weil (Archiv)') where a photographer would stand. Read: line read as 'Stephan Weil (Archiv)'; agency read as None; photographers read as ['Stephan Weil'] [file, label-lang, via-org; de]",
    'intl-120': "(c) two captions glued together, each with its credit ('...Damchara.AFPSoldados ... (REUTERS)'): the row expects the first caption's bare 'AFP', the reader takes the text's last credit; which caption the text is, the text does not say. Read: line read as 'KHALED ABDULLAH (REUTERS)'; agency read as 'Reuters'; photographers read as ['KHALED ABDULLAH'] [acronym, end, followed-by-text, glued; es]",
    'intl-133': "(b) needs knowledge: the magazine's own name in brackets ('(L'Obs)') counts only for an organisation the table knows (an unknown bracketed name after a sentence is no credit, as '(NYSE: ABC)'). Read: no credit found [end, staff; fr]",
    'intl-147': "(a) the reader's: a book's imprint with two labels ('Foto na obálce: ... Foto uvnitř: ...') and a list of archives, mid-text; no rule yet. Read: no credit found [file, followed-by-text, label-lang, mid, several; cs]",
    'intl-148': "(b) needs knowledge: a bare Hangul nickname ('효피디') after the sentence, no label or mark; a name alone there is the caption's words as often. Read: no credit found [end; ko]",
    'intl-163': "(a) the reader's: an attachment title from a file name ('Foto Name NTNU Vitenskapsmuseet_web'), label, name and institution without separators. Read: no credit found [end, from-site, label-lang; no]",
    'intl-174': "(a) the reader's: a second labelled line of archive credits ('Zdjęcia archiwalne: ...') after 'Fot. Name' is not joined to the first. Read: line read as 'Lech Kamiński'; photographers read as ['Lech Kamiński'] [end, file, label-lang, several; pl]",
    'intl-317': "(a) the reader's: 'A/S', a company form holding a slash, splits the organisation, and the page's '© Norsk Oljemuseum' rights line after the labelled credit is taken instead of it. Read: line read as 'Norsk Oljemuseum'; agency read as 'Norsk Oljemuseum'; photographers read as [] [courtesy, end, label-lang, separator-slash; no]",
    'odd-124': "(b) needs knowledge the text does not print as a credit: the agency is named in a prose sentence ('The photo was taken by ... TASS'). Read: no credit found [followed-by-text, mid; en]",
    'odd-125': "(b) needs language understanding: the photographer is named in a Hungarian prose sentence ('A fotót Evan Vucci készítette'). Read: photographers read as [] [end, label-lang; hu]",
    'odd-152': "(a) the reader's: an artwork credit (artist, title, collection), then the photograph's own credit with its licence and 'via Wikimedia Commons'; no rule yet. Read: line read as 'Pierre Bonnard, Le Cannet'; agency read as None; photographers read as ['Pierre Bonnard', 'Le Cannet'] [label, separator-comma, several, via-org; en]",
    'odd-195': "(a) the reader's: the agency in the caption's bracket ('(PA Wire)') and the photographer's name on a line below it; a name alone below a caption is its subject as often. Read: line read as 'Aaron Chown'; agency read as None [acronym, end, followed-by-text; en]",
}
MEASURED_RATE = 0.982  # fully right, measured: 831/846 = 98.2%
# MISSES-END


def test_real_credits_are_read_fully_right() -> None:
    misses = {row.id for row in ROWS if not is_right(row)}
    fixed = set(MISSES) - misses
    new = misses - set(MISSES)
    assert not fixed, f"read right now, take off MISSES: {sorted(fixed)}"
    assert not new, f"read wrong: {[(r.id, r.text[-120:], read(r)) for r in ROWS if r.id in new]}"
    assert 1 - len(misses) / len(ROWS) >= max(MEASURED_RATE, BAR)


def test_misses_name_rows_of_the_table() -> None:
    assert set(MISSES) <= {row.id for row in ROWS}
    assert all(reason.strip() for reason in MISSES.values())


@pytest.mark.parametrize(("row_id", "how"), [
    ("en-2", "credit found at the end of the caption"),
    ("en-92", "credit found mid-caption after 'Photo:'"),
    ("en-89", "credit found at the end of a line of the caption"),
    ("en-127", "credit found glued to the caption's last words"),
])
def test_the_reader_says_where_it_found_the_credit(row_id: str, how: str) -> None:
    row = next(row for row in ROWS if row.id == row_id)
    found = find_credit(row.text)
    assert found is not None and found.how == how
    assert found.printed in row.text and found.credit.credit_line in found.printed


def test_table_meets_the_issue_bar() -> None:
    credits = [row for row in ROWS if row.credit_line != "-"]
    labelled = {row.lang for row in ROWS if row.shapes & {"label", "label-lang"}}
    assert len(credits) >= 600
    assert all(row.source.strip() for row in ROWS)
    assert len(labelled) >= 12
    assert {shape for row in ROWS for shape in row.shapes} >= SHAPES
    assert len({row.id for row in ROWS}) == len(ROWS)
