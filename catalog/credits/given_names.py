"""Whether a word is a person's given name in one of many languages: evidence that a run of words names a person.

The list (``data/given_names.txt``) is Faker's first-name lists of about seventy locales in the Latin script,
written by scripts/dev/build_given_names.py. It is read once, on the first question. A given name is evidence,
never a verdict: many are also words ("Grace", "Forest", "Press") and many people's are not listed (most
romanised Arabic, Chinese, Indian and Vietnamese names), so a reader weighs it with the credit's grammar.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

_LIST = Path(__file__).resolve().parent / "data" / "given_names.txt"


@cache
def _given_names() -> frozenset[str]:
    """The listed names, casefolded (the file's comment lines skipped)."""
    text = _LIST.read_text(encoding="utf-8")
    return frozenset(text[text.index("\n\n") + 2:].split())  # the names follow the header and its blank line


def is_given_name(word: str) -> bool:
    """Whether a word, or a hyphenated given name's first part ("Jean-Pierre", "Kirsi-Maarit"), is a listed given
    name; case and a trailing period or comma do not matter."""
    word = word.strip(".,;:()[]'’\"")
    if len(word) < 2:
        return False
    key = word.casefold() if word.isascii() else unicodedata.normalize("NFC", word).casefold()
    names = _given_names()
    return key in names or "-" in key and key.split("-", 1)[0] in names


def opens_on_given_name(name: str) -> bool:
    """Whether a name of two words or more opens on a listed given name ("Max Gersh", "Christine Flores")."""
    words = name.split()
    return len(words) >= 2 and is_given_name(words[0])

