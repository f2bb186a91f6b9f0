"""Who a credit names when it is no news agency: armed forces, fire services, transport authorities and towns of
many languages; words printed in place of any party; an agency and its country; a paper printed after its
photographer with no separator. Invented lines, each in the shape of a real one (docs/credit-tables.md)."""

from __future__ import annotations

import pytest

from catalog.credits import Credit, parse_credit_line
from catalog.credits.captions import find_credit
from tests.helpers.credit_reading import read_caption as _read


@pytest.mark.parametrize("text, line, agency, photographers", [
    # armed forces and police of several languages: the service made the picture, no one is named
    ("Un avión sobrevuela la costa. Foto: Fuerza Aérea Argentina", "Fuerza Aérea Argentina", "Fuerza Aérea Argentina",
     ()),
    ("Soldados reparam a ponte. Foto: Exército Brasileiro", "Exército Brasileiro", "Exército Brasileiro", ()),
    ("Il ponte crollato. (Foto: Esercito Italiano)", "Esercito Italiano", "Esercito Italiano", ()),
    ("Agentes no local do acidente. Foto: Polícia Militar", "Polícia Militar", "Polícia Militar", ()),
    # fire and rescue services, and their units' initials
    ("Strażacy gaszą pożar hali. Fot. KW PSP Kraków", "KW PSP Kraków", "KW PSP Kraków", ()),
    ("L'incendio nel bosco. (Foto: Vigili del Fuoco)", "Vigili del Fuoco", "Vigili del Fuoco", ()),
    ("Hasiči zasahují u požáru. Foto: HZS Praha", "HZS Praha", "HZS Praha", ()),
    # transport authorities, also those named with "for"
    ("The new tram stop. Credit: Transport for London", "Transport for London", "Transport for London", ()),
    ("Obras en la estación. Foto: Transportes Metropolitanos", "Transportes Metropolitanos",
     "Transportes Metropolitanos", ()),
    # offices of state
    ("El fiscal en la audiencia. Foto: Fiscalía General de la Nación", "Fiscalía General de la Nación",
     "Fiscalía General de la Nación", ()),
    ("La entrega de pasaportes. (Foto: Embajada de México)", "Embajada de México", "Embajada de México", ()),
    # towns, societies and holdings
    ("De nieuwe brug over de gracht. Foto: Gemeente Utrecht", "Gemeente Utrecht", "Gemeente Utrecht", ()),
    ("Der neue Bus. Foto: Holding Linz", "Holding Linz", "Holding Linz", ()),
    ("Le porte-avions au large de Toulon. Photo: Marine Nationale", "Marine Nationale", "Marine Nationale", ()),
    # an organisation word that is also a given name makes no organisation by itself
    ("La candidate à Hénin-Beaumont. Photo: Marine Dupont/AFP", "Marine Dupont/AFP", "AFP", ("Marine Dupont",)),
    ("Troops land on the beach. Photo: Marine Corps", "Marine Corps", "Marine Corps", ()),
    # a photographer and the service's name, across the slash: the form says who is the person
    ("Un helicóptero sobre el cerro. Foto: Ana María Pérez/Fuerza Aérea Colombiana",
     "Ana María Pérez/Fuerza Aérea Colombiana", "Fuerza Aérea Colombiana", ("Ana María Pérez",)),
])
def test_organisations_of_many_languages(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, line", [
    ("Automovilistas varados en el bulevar. Foto: Especial", "Especial"),  # Mexico's handed-out picture
    ("The new flyover at dusk. Photo: Collected", "Collected"),  # South Asian papers' "source unknown"
    ("Le marché du dimanche. Photo : DR", "DR"),  # droits réservés
    ("Os manjericos à venda. Foto: DR", "DR"),  # direitos reservados
    ("La toma de agua del río. (Foto: Gentileza)", "Gentileza"),  # a courtesy picture, no one named
    ("Ba người lính cứu hỏa. Ảnh: Sưu tầm", "Sưu tầm"),  # Vietnamese "collected"
    ("Inundaciones en la costa. Foto: Agencias", "Agencias"),  # several agencies, none named
    ("The family at the beach in 2019. Image / Supplied", "Supplied"),  # NZ's slashed label, a handout
])
def test_words_printed_in_place_of_a_party(text, line):
    assert _read(text) == (line, None, ())


@pytest.mark.parametrize("text, line", [("DR", "DR"), ("Supplied", "Supplied"), ("Collected", "Collected"),
                                        ("Especial", "Especial"), ("Image / Supplied", "Supplied")])
def test_a_credit_field_naming_no_party_keeps_its_line(text, line):
    """A page's credit element or the Credit field is a credit by its place: it names no one."""
    assert parse_credit_line(text) == Credit(credit_line=line)


def test_gentileza_is_courtesy_of_the_organisation_it_names():
    found = parse_credit_line("Foto: Gentileza Municipalidad de Rosario")
    assert (found.credit_line, found.agency, found.photographers, found.qualifiers) == (
        "Gentileza Municipalidad de Rosario", "Municipalidad de Rosario", (), ("courtesy",))


@pytest.mark.parametrize("text, agency", [
    ("Foto: ATON CHILE", "ATON CHILE"),  # Chile's picture agency, kept as printed, with its country
    ("Foto: EFE Colombia", "EFE"),  # a wire's office in a country is the wire
    ("Foto: Xinhua Chile", "Xinhua"),
])
def test_an_agency_and_its_country(text, agency):
    found = parse_credit_line(text)
    assert (found.agency, found.photographers) == (agency, ())


def test_a_person_named_like_a_country_stays_a_person():
    found = parse_credit_line("Photo: Nick Jordan")
    assert (found.agency, found.photographers) == (None, ("Nick Jordan",))


@pytest.mark.parametrize("text, agency, photographers", [
    # a paper printed after its photographer with no separator
    ("Photo: Jean-Paul Gagnon Le Quotidien", "Le Quotidien", ("Jean-Paul Gagnon",)),
    ("Photo: Sarah Whitfield The Courier", "The Courier", ("Sarah Whitfield",)),
    # ... but a surname under its article stays the person's ("Anna Maria La Rosa", "Jean de La Fontaine")
    ("Foto: Anna Maria La Rosa", None, ("Anna Maria La Rosa",)),
    ("Photo: Jean de La Fontaine", None, ("Jean de La Fontaine",)),
    ("Photo: Nguyen Thi Le Hoa", None, ("Nguyen Thi Le Hoa",)),
    # "Name for The Paper" is a photographer and the client; an agency for a paper is the agency
    ("Jane Roe for The Valley Ledger", "The Valley Ledger", ("Jane Roe",)),
    ("Photo: Mugwum Press for The Times", "Mugwum Press", ()),
    # a person's name that holds no party word is still read as a person
    ("Foto: Per Olsson", None, ("Per Olsson",)),
    ("Photo: Dr. Jane Roe", None, ("Dr. Jane Roe",)),
])
def test_who_is_the_person_and_who_the_paper(text, agency, photographers):
    found = parse_credit_line(text)
    assert (found.agency, found.photographers) == (agency, photographers)


@pytest.mark.parametrize("text", [
    "A visitor looks at the painting. Pablo Picasso: The Old Guitarist",  # a painter and a painting's title
    "Members of the Dominican Republic (DR) delegation.",  # DR in brackets is a country's initials, no credit
])
def test_no_credit(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, line, agency, photographers", [
    # an organisation's words before "of" name a body, under a label too (issue 14, blind6 s01)
    ("A dredge works the channel. Photo: U.S. Army Corps of Engineers", "U.S. Army Corps of Engineers",
     "U.S. Army Corps of Engineers", ()),
    ("The refuge at dawn. Photo: Department of Fish and Wildlife", "Department of Fish and Wildlife",
     "Department of Fish and Wildlife", ()),
    # negatives: a reader's picture and the town, "Name of Town", keeps its person
    ("The storm over the lake. Photo by Dick Levesque of Puryear", "Dick Levesque of Puryear", None,
     ("Dick Levesque",)),
    ("Geese on the pond. Photo: Jane Roe of Springfield", "Jane Roe of Springfield", None, ("Jane Roe",)),
])
def test_an_organisation_named_with_of_under_a_label(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, line, agency, photographers, distributor", [
    # a press-release wire's mark: the company after it issued the picture, the wire carries it, whatever its words
    ("The new plant opened in May. (PRNewsfoto/Harbor Light Energy)", "PRNewsfoto/Harbor Light Energy",
     "Harbor Light Energy", (), "PR Newswire"),
    ("The agents at the open house. (PRNewsFoto/Jane Smith Realty)", "PRNewsFoto/Jane Smith Realty",
     "Jane Smith Realty", (), "PR Newswire"),
    ("Photo: PR Newswire/Acme", "PR Newswire/Acme", "Acme", (), "PR Newswire"),
    # alone, the wire is the agency, as any carrier is
    ("The new logo. (PRNewsfoto)", "PRNewsfoto", "PR Newswire", (), None),
    # negatives: a carrier of others' pictures keeps its photographer after it
    ("The final whistle. (Getty Images/Jane Roe)", "Getty Images/Jane Roe", "Getty Images", ("Jane Roe",), None),
    ("The summit. (TT/AP)", "TT/AP", "AP", (), "TT News Agency"),
])
def test_a_press_release_wire_carries_the_issuers_picture(text, line, agency, photographers, distributor):
    found = find_credit(text).credit
    assert (found.credit_line, found.agency, found.photographers, found.distributor) == (
        line, agency, photographers, distributor)


@pytest.mark.parametrize("text, line", [
    # "Illustration by" says what the picture is and stays in the line, as the tables print it (credits.tsv
    # 'Photo illustration by Justin Sullivan/Getty Images', holdout5's header); "Photograph by" only says who
    ("A portrait of the author. Illustration by Ruth Okafor", "Illustration by Ruth Okafor"),
    ("A portrait of the author. Photograph by Ruth Okafor", "Ruth Okafor"),
])
def test_an_illustration_keeps_its_label_a_photograph_not(text, line):
    assert _read(text) == (line, None, ("Ruth Okafor",))
