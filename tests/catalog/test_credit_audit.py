"""The credit audit's invariants (scripts/dev/credit_audit.py): each one flags what it names and passes a good reading."""

from __future__ import annotations

from pathlib import Path

from scripts.dev.credit_audit import (
    agency_in_line_problems,
    agency_problems,
    audit_one,
    excluded_sources,
    load,
    photographer_problems,
    text_problems,
)


def test_a_person_name_passes_and_sentence_shapes_do_not():
    assert photographer_problems("Jane van der Roe", "") == []
    assert "photographer: sentence words" in photographer_problems("Jane Roe and the crowd", "")
    assert "photographer: digits" in photographer_problems("Jane Roe 2024", "")
    assert "photographer: not 1-5 words" in photographer_problems("One Two Three Four Five Six", "")
    assert "photographer: a month or weekday" in photographer_problems("Friday March", "")


def test_an_organisation_passes_and_a_fragment_or_a_glued_name_does_not():
    assert agency_problems("The Daily Ledger") == []
    assert agency_problems("AP") == []
    assert "agency: sentence words" in agency_problems("Ledger says it was there")
    assert "agency: a name glued to a wire" in agency_problems("Jane Roe Reuters")


def test_text_lost_and_a_dangling_label_are_flagged():
    assert text_problems("A dog runs. Photo: Jane Roe/AP", "Photo: Jane Roe/AP", "Jane Roe/AP", "A dog runs.") == []
    lost = text_problems("A dog runs on the beach at dawn. Jane Roe/AP", "Jane Roe/AP", "Jane Roe/AP", "A dog")
    assert "rest: text lost" in lost
    assert "rest: a label left dangling" in text_problems("A dog. Photo: Jane Roe/AP", "Jane Roe/AP",
                                                          "Jane Roe/AP", "A dog. Photo:")
    assert "line: not in the text" in text_problems("A dog. Jane Roe/AP", "Jane Roe/AP", "John Doe/AP", "A dog.")


def test_a_wire_credit_breaks_no_invariant_and_a_plain_sentence_finds_none():
    assert audit_one("Fans cheer in the rain in Leeds, Britain, May 4, 2025. REUTERS/Jane Roe")[0] == []
    problems, found = audit_one("The council met on Tuesday to discuss the budget.")
    assert (problems, found) == ([], None)


def test_captions_are_loaded_under_their_source(tmp_path: Path):
    (tmp_path / "a.txt").write_text("@src page one\nFirst caption\\nsecond line\n\n@src page two\nOther\n", "utf-8")
    assert load(tmp_path) == [("page one", "First caption\nsecond line"), ("page two", "Other")]


def test_captions_from_a_tables_source_are_left_out(tmp_path: Path):
    tables = tmp_path / "tables"
    tables.mkdir()
    (tables / "t.tsv").write_text("id\ttext\tsource\nx-1\tA\thttps://www.paper.example/a\n", "utf-8")
    (tmp_path / "a.txt").write_text("@src https://paper.example/b\nSeen\n@src https://other.example/c\nNew\n", "utf-8")
    assert load(tmp_path, excluded_sources(tables)) == [("https://other.example/c", "New")]


def test_an_agency_cut_from_a_word_or_closing_on_a_word_in_lower_case_is_flagged():
    assert agency_in_line_problems("DOUMY", "Sameer Al-DOUMY / AFP") == ["agency: a piece of a word of the line"]
    assert agency_in_line_problems("AFP", "Sameer Al-DOUMY / AFP") == []
    assert "agency: ends in a word in lower case" in agency_problems("NTB Scanpix Show more")
    assert "photographer: holds a separator" in photographer_problems("Rome, Italy", "")
