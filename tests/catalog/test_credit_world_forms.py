"""Credit forms of other languages met on holdout8's lines, each tested on real lines of its own (issue 14).

Each case names where it was printed; the ``h8-`` ones are rows of ``data/credits_holdout8.tsv``,
whose source column gives the page.
"""

from __future__ import annotations

import pytest

from tests.helpers.credit_reading import read_caption as _read


@pytest.mark.parametrize("text, line, agency, photographers", [
    # The Swiss wire's French name: Keystone-SDA is Keystone-ATS in Romandy (h8-191, letemps.ch's year in pictures)
    ("Gianni Infantino et Ivanka Trump s’embrassent lors du WEF le 22 janvier à Davos | Keystone-ATS / Alessandro "
     "della Valle", "Keystone-ATS / Alessandro della Valle", "Keystone", ("Alessandro della Valle",)),
    # opening a caption scraped from the middle of the year's gallery (h8-193)
    ("Keystone-ATS / Alessandro della Valle\n\n13 mars. Daniel Koch s’adresse aux Suissesses et aux Suisses, au côté "
     "du Conseil fédéral, lors de dizaines de conférences de presse.", "Keystone-ATS / Alessandro della Valle",
     "Keystone", ("Alessandro della Valle",)),
])
def test_a_wires_name_in_another_language(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, line, agency", [
    # BBC Arabic's "image source," ("صدر الصورة، ", bbc/simorgh src/app/lib/config/services/arabic.js,
    # imageCopyrightOffscreenText), before the picture's caption (h8-256, h8-260: BBC Arabic's layout copied)
    ("فتاة تفكر في حركة شطرنج\n\nصدر الصورة، Reuters\n\nالتعليق على الصورة، فتاة تفكر في حركة شطرنج في ماكوكو",
     "Reuters", "Reuters"),
    ("محاربون قدامى يحتفلون في أديس أبابا\n\nصدر الصورة، AFP\n\nالتعليق على الصورة، محاربون قدامى يحتفلون في أديس "
     "أبابا بيوم الوطنيين يوم الأربعاء", "AFP", "AFP"),
])
def test_bbc_arabic_image_source(text, line, agency):
    assert _read(text) == (line, agency, ())


def test_issued_picture_in_arabic_prose_is_no_credit():
    # "صدر" is also the verb "was issued": without the label's comma the words are the sentence's
    assert _read("صدر الصورة الأولى للمسبار اليوم") is None


@pytest.mark.parametrize("text, line, agency, photographers", [
    # Portuguese "Divulgação/X" (handed out by X): a lone word closing the credit is who handed it out
    ("Seres 3 — Foto: divulgação/Seres", "divulgação/Seres", "Seres", ()),  # h8-278, a Brazilian car site
    ("BMW M340i (Foto: Divulgação/BMW)", "Divulgação/BMW", "BMW", ()),  # code corpus: a saved Globo page's img alt
    ("Foto: Divulgação/Blizzard", "Divulgação/Blizzard", "Blizzard", ()),  # code corpus: a WordPress figcaption
    ("Helicóptero da Marinha fez o resgate da pescadora no Rio Negro.  — Foto: Divulgação/Marinha",
     "Divulgação/Marinha", "Marinha", ()),  # code corpus: a saved g1 page's img alt
    # a photographer named after it signs in full, and the organisation after him is the agency
    ("VCT 2023 começará com competição internacional sediada na cidade de São Paulo — Foto: Divulgação/Lance "
     "Skundrich/Riot Games", "Divulgação/Lance Skundrich/Riot Games", "Riot Games", ("Lance Skundrich",)),
])
def test_the_source_after_a_handout_word(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, line, agency, photographers", [
    # a label's credit opening the caption, its text after it with no stop between (h8-023, h8-025: mondo.rs via
    # naslovi.net): the sentence opens at a capitalised word followed by words in lower case
    ("Foto: MONDO/Stefan Stojanović Večerašnji protest \"1 od 5 miliona\" u Beogradu organizovan je u znaku "
     "povlačenja \"paralele\" sa devetomartovskim demonstracijama protiv ondašnjeg RTS-a.",
     "MONDO/Stefan Stojanović", "MONDO", ("Stefan Stojanović",)),
    ("Foto: Mondo/Stefan Stojanović Cilj današnjeg okupljanja je, kako je rečeno na početku skupa da podseti \"na "
     "sedam godina propadanja za vreme vlasti Aleksandra Vučića\".",
     "Mondo/Stefan Stojanović", "Mondo", ("Stefan Stojanović",)),
])
def test_a_labelled_credit_then_the_caption(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


def test_a_name_under_a_label_may_open_the_sentence():
    # no chain, no credit: the label's words are the caption's (holdout3-100)
    assert _read("TOP PHOTO:  Farmer John Griffith sold out of honey right away and offers cucumbers, onions.") is None
