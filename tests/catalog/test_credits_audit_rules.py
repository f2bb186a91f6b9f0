"""Rules found by auditing the reader on real captions (scripts/dev/credit_audit.py), each with cases of its own."""

from __future__ import annotations

import pytest

from tests.helpers.credit_reading import read_caption


@pytest.mark.parametrize(("text", "agency", "photographer"), [
    # a backslash between a name and an organisation is the credit's slash, mistyped or escaped by a CMS
    ("Two leaders pose during a meeting. (Ivan Petrov\\TASS via Getty Images)", "TASS", "Ivan Petrov"),
    ("Fans wait at the gate. (Jane Roe\\AFP)", "AFP", "Jane Roe"),
    ("Fans wait at the gate. Jane Roe\\Reuters", "Reuters", "Jane Roe"),
])
def test_a_backslash_separates_a_credit_as_a_slash_does(text, agency, photographer):
    line, found_agency, photographers = read_caption(text)
    assert line in text
    assert (found_agency, photographers) == (agency, (photographer,))


def test_a_backslash_in_a_path_makes_no_credit():
    assert read_caption("The file was saved at C:\\Users\\Photos") is None


@pytest.mark.parametrize("text", [
    "Les enfants chantent.\n\n photographies : Marc Dubois",  # French sets a space before the colon
    "Les enfants chantent. Photographie : Marc Dubois",
    "Los niños cantan. Fotografías: Marc Dubois",
    "Els nens canten. Fotografies: Marc Dubois",
    "Copiii cântă. Fotografii: Marc Dubois",
    "Die Kinder singen. Fotografien: Marc Dubois",
])
def test_the_photograph_word_singular_and_plural_is_a_label(text):
    assert read_caption(text) == ("Marc Dubois", None, ("Marc Dubois",))


def test_the_photograph_word_in_a_sentence_is_no_label():
    assert read_caption("Il a étudié la photographie : un art exigeant.") is None
