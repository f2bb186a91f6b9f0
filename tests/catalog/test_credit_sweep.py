"""The generated sweep of credit shapes (``credit_sweep``): every label word of every language the reader knows, with
every separator, name shape and place in the caption, reads as docs/credit-tables.md reads it.

A sample of the sweep is read (deterministic, a few thousand cases: quick). Every case must read right, or fall in one
of the ``KNOWN`` clusters, each with the reason the reader still fails it; a cluster that explains no failure any more
must be taken off the list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from tests.catalog.credit_sweep import Case, sample
from tests.helpers.credit_reading import read_caption

_OTHER_SEPARATORS = ("/", " / ", " - ", " – ", " | ")
_UNSPACED = ("th", "ja")  # scripts that print no space between words (Thai), or none at all (Japanese)

# cluster -> (who it holds, why the reader fails it)
KNOWN: dict[str, tuple[Callable[[Case], bool], str]] = {
    "separators": (
        lambda case: case.separator in _OTHER_SEPARATORS,
        "a label word of COLON_WORDS or of the main labels takes a colon (and a few a slash or a bar) but not every "
        "separator pages print ('Ljósmyndari / Name', 'Fotograf – Name'): fix-h17 generalises them (488c4fc)"),
    "bare label, not a full name": (
        lambda case: case.separator == " " and case.shape in ("capitals", "initial", "and", "ampersand",
                                                              "language-and"),
        "a picture word with no separator is a label only before a full name in title case closing the line or a "
        "wire's name ('Photo Marie Dubois', 'Foto EFE'); before other names it is a word of the caption"),
    "label before a sentence read as an organisation": (
        lambda case: case.shape == "label-sentence",
        "a label before the caption's sentence is no credit when the sentence is read as a person's name "
        "(parsing.reads_a_sentence); read as an organisation's ('Quelle: Kinder spielen ...', 'Kuva: Lapset "
        "leikkivät ...') it is kept, since organisations hold lower-case words ('Фонд поддержки и защиты прав ...', "
        "h15-046)"),
    "Georgian names": (
        lambda case: case.language == "ka" and case.shape not in ("agency", "wire"),
        "a name in the Georgian alphabet (no capitals, not a listed script of names.is_name) is read as no name"),
    "Hebrew's 'and'": (
        lambda case: case.language == "he" and case.shape == "language-and",
        "Hebrew's 'and' is a prefix of the next word ('ו'), which a name may open on too: not split"),
    "a right-to-left label glued to the full stop": (
        lambda case: case.language in ("he", "ar", "fa") and case.position == "glued"
        and case.shape in ("name/agency", "name/wire", "agency", "wire"),
        "a Hebrew, Arabic or Persian label glued to the sentence's full stop before a Latin or an agency's name "
        "('...בשבת.צילום: Name/פלאש 90') is read as the caption's words"),
    "a sentence with no spaces or no full stop": (
        lambda case: case.language in _UNSPACED and (case.position in ("start", "end", "glued")),
        "Thai prints no full stop and Japanese no space between words: where the caption's sentence ends and the "
        "credit begins (a credit opening the caption before ' - ', an agency after the label closing it) is not told"),
}


def _cluster(case: Case) -> str | None:
    return next((name for name, (holds, _) in KNOWN.items() if holds(case)), None)


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return sample()


@pytest.fixture(scope="module")
def readings(cases: list[Case]) -> list[tuple[Case, object]]:
    return [(case, read_caption(case.text)) for case in cases]


def test_every_case_reads_right_or_is_a_known_failure(readings: list[tuple[Case, object]]) -> None:
    unexplained = [f"{case.key}: {case.text!r}\n    want {case.expected}\n    read {got}"
                   for case, got in readings if got != case.expected and _cluster(case) is None]
    assert not unexplained, f"{len(unexplained)} cases read wrong:\n" + "\n".join(unexplained[:30])


def test_every_known_cluster_still_fails(readings: list[tuple[Case, object]]) -> None:
    failing = Counter(_cluster(case) for case, got in readings if got != case.expected)
    stale = [name for name in KNOWN if not failing[name]]
    assert not stale, f"clusters that explain no failure any more, take them off KNOWN: {stale}"


def test_the_sweep_covers_every_dimension(cases: list[Case]) -> None:
    for dimension in ("language", "separator", "shape", "position", "form"):
        assert len({getattr(case, dimension) for case in cases}) > 2, dimension
    assert any(case.expected is None for case in cases)
