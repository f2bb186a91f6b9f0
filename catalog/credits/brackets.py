"""Where a bracketed credit closes a caption: inside its last sentence's period, or after a wire's note.

A bracket holding only an organisation ("(Kyodo)") is a credit when it stands after a
sentence; within a sentence it is an aside ("... shares of Reuters (RTRS) rose"). Two
forms put the credit after the sentence although no sentence end stands right before it:

- the credit printed inside the sentence's period: "... in Allahabad (Getty Images).",
  "... diensttijd (ANP)." (Dutch and many continental papers close the sentence after it);
- a wire's note in capitals between the sentence and the credit: "... by the ministry.
  (PHOTO NOT FOR SALE) (Yonhap)".
"""

from __future__ import annotations

import re

from catalog.credits.agencies import ORGANISATION_WORDS, fold
from catalog.credits.labels import FILE_PICTURE_WORDS
from catalog.credits.names import is_acronym, matching_bracket
from catalog.credits.parsing import Reading

_SENTENCE_ENDS = ".!?\"”’'。！？"
# "東涌綫列車（資料圖片）", "Der Zug (Archivbild)", "(Photo d'archives)": a file picture's word in the caption's language
# alone in its closing brackets, the paper's own file picture, naming no one (docs/credit-tables.md, "Word families")
_CLOSING_FILE_WORD = re.compile(r"\s*[(（]\s*(?P<credit>" + "|".join(map(re.escape, FILE_PICTURE_WORDS)) + r")\s*[)）]\s*$",
                                re.IGNORECASE)
PICTURE_WORD = re.compile(r"(?i:photo|foto|image|picture|pic\b)")


def closes_sentence(reading: Reading | None, before: str, *, period: bool) -> bool:
    """Whether a bracket after ``before`` stands after the caption's last sentence (see the module's docstring).

    ``period``: the caption's period follows the bracket. Only an organisation the table knows,
    alone, counts inside the period ("... met the president (Joe Biden)." names who is pictured),
    and not as initials after words naming an organisation, which they abbreviate ("the space
    agency (NASA)."; but "... at the Metropolitan Museum (Getty Images)." is a credit).
    """
    if reading is None or reading.bad:
        return False
    if period and reading.known and not reading.persons and len(reading.orgs) + len(reading.via_orgs) == 1 \
            and not (is_acronym(reading.credit_line) and (_names_an_organisation(before)
                                                          or _spelled_before(reading.credit_line, before))):
        return True
    return before.endswith(")") and _is_note_after_sentence(before)


def lists_sources(reading: Reading) -> bool:
    """A list of parties after a comma, one a known organisation, no label, no slash, no picture word: inside a
    sentence's period it says where the sentence's facts come from ("... drew crowds (France Bleu, Ouest-France)."),
    as a credit there names its picture's maker with a picture word or across a slash ("(Photo: Name, AFP).",
    "(Name/AFP).")."""
    line = reading.credit_line
    return ", " in line and reading.known > 0 and "/" not in line and not reading.courtesy \
        and not (reading.labelled or reading.photo_by) and PICTURE_WORD.search(line) is None


def _names_an_organisation(before: str) -> bool:
    """"... watched by the space agency (NASA).": the bracket abbreviates the organisation the sentence names."""
    return any(fold(word) in ORGANISATION_WORDS for word in before.rsplit(None, 3)[-3:])


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _spelled_before(acronym: str, before: str) -> bool:
    """"... in the Middle East and North Africa (MENA).": the bracket holds the initials of the capitalised words right
    before it (words in lower case between them skipped), so it abbreviates them, even when a wire prints the same
    initials."""
    words = _WORD.findall(before)[-2 * len(acronym):]
    capitals = [index for index, word in enumerate(words) if word[:1].isupper()]
    if len(capitals) < len(acronym):
        return False
    first = capitals[-len(acronym)]
    return "".join(words[index][0] for index in capitals[-len(acronym):]) == acronym.upper() \
        and len(words) - first <= 2 * len(acronym)


def _is_note_after_sentence(before: str) -> bool:
    """"... ministry. (PHOTO NOT FOR SALE)": a note in capitals, itself after a sentence."""
    opening = matching_bracket(before, backwards=True)
    if opening < 0:
        return False
    note = before[opening + 1:-1]
    if not note.strip() or any(char.islower() for char in note) or sum(char.isalpha() for char in note) < 6:
        return False  # "(L)", "(C)": a position marker inside the sentence, no note
    earlier = before[:opening].rstrip()
    return not earlier or earlier[-1] in _SENTENCE_ENDS


def closing_file_word(caption: str) -> re.Match | None:
    """The file picture's word alone in the caption's closing brackets (group "credit"); None when there is none, or
    when it is a bare noun of a Latin-script language in lower case, the sentence's own word ("The town hall
    (archive)"), where a paper's marker is capitalised ("(Archives)", "(Archiv)"); other scripts have no capitals."""
    match = _CLOSING_FILE_WORD.search(caption) if caption[-1:] in ")）" else None
    if match is None:
        return None
    word = match.group("credit")
    return match if " " in word or not word[:1].isascii() or not word[:1].islower() else None
