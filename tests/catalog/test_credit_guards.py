"""The cheap tests the caption reader makes before a long pattern (issue 14's speed) refuse only what the pattern refuses.

Each guard is a necessary condition of its pattern: checked here against the pattern itself (its parsed form, or every
word it is built from), so that a label, control or organisation added later without its guard fails here, and with a
case of its own.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parser of the standard library's own engine, to read a pattern's first atoms
from re import _parser

from catalog.credits import reader, segments, vocabulary
from catalog.credits.captions import find_credit


def _first_atoms(sequence) -> tuple[list | None, bool]:
    """The atoms a parsed pattern may open on (None: any character) and whether it may match the empty string."""
    atoms: list = []
    for op, value in sequence:
        if op == sre.ANY:
            return None, False
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN):
            return atoms + [(op, value)], False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the next atom opens the match
        if op == sre.SUBPATTERN:
            inner, empty = _first_atoms(value[3])
        elif op == sre.ATOMIC_GROUP:
            inner, empty = _first_atoms(value)
        elif op == sre.BRANCH:
            inner, empty = [], False
            for branch in value[1]:
                found, may_be_empty = _first_atoms(branch)
                if found is None:
                    return None, False
                inner, empty = inner + found, empty or may_be_empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner, empty = _first_atoms(value[2])
            empty = empty or value[0] == 0
        else:
            return None, False  # a back reference or a conditional: no first set is claimed
        if inner is None:
            return None, False
        atoms += inner
        if not empty:
            return atoms, False
    return atoms, True


def _examples(atom) -> list[str]:
    """Characters an atom matches, enough to test a class against: every literal, range and the spaces."""
    op, value = atom
    if op == sre.LITERAL:
        return [chr(value)]
    assert op == sre.IN, atom  # a NOT_LITERAL opening a label would match nearly anything: no guard could hold
    chars = []
    for kind, item in value:
        assert kind != sre.NEGATE, atom
        if kind == sre.LITERAL:
            chars.append(chr(item))
        elif kind == sre.RANGE:
            chars.extend(map(chr, range(item[0], item[1] + 1)))
        else:
            assert (kind, item) == (sre.CATEGORY, sre.CATEGORY_SPACE), atom
            chars.extend(" \t\n\u00a0\u3000")
    return chars


def test_every_label_opens_on_a_label_opener():
    atoms, empty = _first_atoms(_parser.parse(vocabulary._LABELS, re.I | re.X))
    assert atoms is not None and not empty
    openers = re.compile(r"[\s" + vocabulary.LABEL_OPENERS + "]", re.I)
    missing = {char for atom in atoms for char in _examples(atom) if not openers.fullmatch(char)}
    assert not missing, f"labels open on {sorted(missing)}: add them to LABEL_OPENERS (labels.FIRST_LETTERS)"


def test_the_guard_refuses_the_first_atom_the_labels_lack():
    # the test above fails on a label whose first letter the openers lack: here, a made-up label opening on "d"
    atoms, _ = _first_atoms(_parser.parse(r"(?:dibujo|photo)\s?:", re.I))
    openers = re.compile(r"[\s" + vocabulary.LABEL_OPENERS + "]", re.I)
    assert {char for atom in atoms for char in _examples(atom) if not openers.fullmatch(char)} == {"d"}


def test_labels_are_read_with_the_guard():
    for text in ("Photo: Jane Roe", "  Foto: Jane Roe", "© Jane Roe", "사진=연합뉴스", "写真：共同", "Фото: Иван Петров",
                 "PHOTO: AFP", "(c) Jane Roe", "📷 ESO/Jane Roe"):
        assert vocabulary.LABEL.match(text), text
    for text in ("Jane Roe/AFP", "REUTERS/Jane Roe", "Daniel Dupont", "EPA-EFE/Jane Roe", "(AP Photo/Jane Roe)"):
        assert not vocabulary.LABEL.match(text), text


def test_every_expand_control_closing_a_caption_is_set_aside():
    for control in reader._EXPAND_CONTROLS:
        for ending in ("", " »", "…", " ›\n"):
            text = f"Fishing boats in the harbour. Photo: Jane Roe / NTB Scanpix {control}{ending}"
            assert control not in reader.tidy(text), text
    assert "Read more" in reader.tidy("Read more about the harbour. Photo: Jane Roe")  # only as the text's last words
    assert reader.tidy("Boats. Photo: Jane Roe / NTB Visa mer »»").endswith("NTB")  # there, arrows and all


def test_the_guard_knows_every_glued_organisation_name():
    for name in segments._GLUED_ORGANISATIONS:
        segment = f"Daniel Olivas{name}" if name[:1].isupper() else name
        if segment[-1:].isalpha():
            assert segments._may_end_on_glued_organisation(segment), name
            assert segments._ORGANISATION_GLUED_AT_END.search(segment), name
    assert not segments._may_end_on_glued_organisation("Daniel Leal-Olivas")


def test_an_organisation_glued_to_the_name_is_still_split():
    found = find_credit("Workers clear the site. Daniel Leal-OlivasAFP")
    assert found is not None and found.credit.agency == "AFP" and found.credit.photographers == ("Daniel Leal-Olivas",)
