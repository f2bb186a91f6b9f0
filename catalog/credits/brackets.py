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

from catalog.credits.agencies import ORGANISATION_WORDS, fold
from catalog.credits.names import is_acronym, matching_bracket
from catalog.credits.parsing import Reading

_SENTENCE_ENDS = ".!?\"”’'。！？"


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
            and not (is_acronym(reading.credit_line) and _names_an_organisation(before)):
        return True
    return before.endswith(")") and _is_note_after_sentence(before)


def _names_an_organisation(before: str) -> bool:
    """"... watched by the space agency (NASA).": the bracket abbreviates the organisation the sentence names."""
    return any(fold(word) in ORGANISATION_WORDS for word in before.rsplit(None, 3)[-3:])


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
