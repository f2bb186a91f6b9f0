"""Which spellings of a facet value read as one: case, accents, punctuation, country names and codes."""

from __future__ import annotations

import pytest

from catalog.countries import ISO_3166
from catalog.spellings import country_code, most_used, plain_key, value_key


@pytest.mark.parametrize("spellings", [
    ("DETROIT", "Detroit", "detroit", " Detroit "),
    ("São Paulo", "SAO PAULO", "Sao  Paulo", "São-Paulo"),
    ("Washington, D.C.", "Washington DC", "WASHINGTON D.C."),
    ("Kraków", "Krakow", "KRAKÓW"),
])
def test_case_accents_and_punctuation_do_not_matter(spellings: tuple[str, ...]) -> None:
    assert len({value_key("city", spelling) for spelling in spellings}) == 1


def test_different_places_stay_apart() -> None:
    assert value_key("city", "Paris") != value_key("city", "Parish")
    assert value_key("city", "San Jose") != value_key("city", "San Juan")
    assert plain_key("U.S. Virgin Islands") == "us virgin islands"


@pytest.mark.parametrize(("spelling", "code"), [
    ("USA", "US"), ("U.S.", "US"), ("U.S.A.", "US"), ("United States", "US"), ("united states of america", "US"),
    ("UK", "GB"), ("United Kingdom", "GB"), ("GBR", "GB"), ("Great Britain", "GB"),
    ("the Netherlands", "NL"), ("Netherlands", "NL"), ("NLD", "NL"),
    ("Iran", "IR"), ("Islamic Republic of Iran", "IR"),  # the name before the comma of "Iran, Islamic Republic of"
    ("Côte d’Ivoire", "CI"), ("Cote d'Ivoire", "CI"), ("Ivory Coast", "CI"),
    ("Viet Nam", "VN"), ("Vietnam", "VN"), ("Türkiye", "TR"), ("Turkey", "TR"),
    ("Congo", "CG"), ("Democratic Republic of the Congo", "CD"),
])
def test_country_names_and_codes_name_their_country(spelling: str, code: str) -> None:
    assert country_code(spelling) == code
    assert value_key("country", spelling) == f"iso:{code}"


def test_every_iso_code_and_name_is_its_country() -> None:
    for alpha_2, alpha_3, names in ISO_3166:
        for spelling in (alpha_2, alpha_3, names[0], alpha_2.lower()):
            assert country_code(spelling) == alpha_2, spelling


def test_a_name_shared_by_two_countries_names_neither_alone() -> None:
    # "Virgin Islands, British" and "Virgin Islands, U.S.": the head alone is no country.
    assert country_code("Virgin Islands") is None
    assert value_key("country", "Virgin Islands") == "virgin islands"


def test_country_rules_apply_to_countries_only() -> None:
    assert value_key("city", "Georgia") == "georgia"
    assert value_key("country", "Georgia") == "iso:GE"
    assert value_key("year", "2017") == "2017"
    assert value_key("restriction", "no-sales") == "no-sales"  # flags are not folded


def test_the_spelling_shown_is_the_one_the_files_use_most() -> None:
    assert most_used({"DETROIT": 3, "Detroit": 12}) == "Detroit"
    assert most_used({"USA": 9, "United States": 4, "U.S.": 2}) == "USA"
    # A tie: the spelling in title case rather than shouted or all lower case.
    assert most_used({"DETROIT": 2, "detroit": 2, "Detroit": 2}) == "Detroit"
