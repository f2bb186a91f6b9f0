"""Whether a picture word found mid-text is a label, or a noun of the sentence it stands in.

"Photo:" after a caption's words is a page's credit element run on ("... at the lake Photo: Jane Roe"), but a
word that governs the noun before it makes it the sentence's: a possessive ("Моё фото: Name", who is pictured), a
preposition ("Du entscheidest pro Foto: privat ...", "На фото: ..."), an article ("... completes the picture: ...")
unless a credit's word or "of" holds it ("Crédito de la foto:"). Scripts without capitals (Hebrew, Arabic, Persian,
Urdu) give no capital to tell a label run on after the caption's words ("... בכנסת צילום: יוסי כהן", a scraped
page's caption and credit joined by a space) from a noun of the sentence ("صف الصورة:", describe the picture;
"אישור צילום:", photo consent), so what follows decides: a sentence (its grammar words, a quotation, more words than
a credit's) makes the picture word the sentence's, a name or an outlet a label.
"""

from __future__ import annotations

import re

from catalog.credits.agencies import fold
from catalog.credits.labels import ARTICLES_BEFORE_NOUN, CREDIT_NOUNS, GOVERNING_WORDS, OF_WORDS, SENTENCE_WORDS_UNCASED

_GOVERNING = frozenset(fold(word) for words in GOVERNING_WORDS.values() for word in words)
_ARTICLES = frozenset(fold(word) for word in ARTICLES_BEFORE_NOUN)
_HOLDING_ARTICLE = frozenset(fold(word) for word in (*OF_WORDS, *CREDIT_NOUNS))
# the two words before the label, on its line, whole words with no mark between ("example.com Photo:" has none)
# (a word's combining marks are its own: Arabic "بيكمّل" holds a shadda, Hebrew its points)
_WORD = r"[\w\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670]+"
_WORDS_BEFORE = re.compile(rf"(?:(?<!\S)({_WORD})[ \t]+)?(?<!\S)({_WORD})[ \t]+$")
_UNCASED_RTL = re.compile(r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f]")  # Hebrew and Arabic letters
_SENTENCE_WORDS = frozenset(word for words in SENTENCE_WORDS_UNCASED.values() for word in words)
_OPENING_QUOTE = re.compile(r"(?:^|\s)[\"“”«„'״]")  # a quotation opens: not the gershayim inside "צה\"ל"
_CREDIT_WORDS = 4  # "יונתן זינדל, פלאש 90": a name and an outlet; a sentence runs longer


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens the text, a line, a bracket or a sentence."""
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in "\n.!?([{\"'“«„:;"


def is_word_of_sentence(before: str, label: str, after: str = "") -> bool:
    """Whether ``label``, printed right after ``before`` and before ``after`` (the rest of its line), is a noun of
    that sentence (see the module) and no label."""
    if not before[-1:].isspace():
        return False
    words = _WORDS_BEFORE.search(before, max(0, len(before) - 60))
    if words is None:
        return False
    last = fold(words[2])
    if words[2][:1].isupper() and not _opens_sentence(before, words.start(2)):
        return False  # "iPad Pro Photographer: Name": a capital mid-sentence is a name's, no grammar word's
    if last in _GOVERNING:
        return True
    if last in _ARTICLES:
        return words[1] is None or fold(words[1]) not in _HOLDING_ARTICLE
    return _UNCASED_RTL.match(label) is not None and _UNCASED_RTL.match(words[2][-1]) is not None \
        and _reads_on_as_sentence(after)


def _reads_on_as_sentence(after: str) -> bool:
    """Whether the words after an uncased script's picture word go on as a sentence, not as a name or an outlet."""
    words = after.split()
    return len(words) > _CREDIT_WORDS or _OPENING_QUOTE.search(after) is not None \
        or not _SENTENCE_WORDS.isdisjoint(word.strip("،,.:;!?") for word in words)
