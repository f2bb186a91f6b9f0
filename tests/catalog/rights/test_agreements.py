"""Agreement files: every field checked, bad files named by line and field, the desk's rules."""

from __future__ import annotations

from datetime import date

import pytest

from catalog.rights import AgreementFileError, MatchRule, parse_agreements
from tests.helpers.rights_catalog import AGREEMENTS

GOOD = '''[[agreement]]
id = "ap-2026"
supplier = "AP"
matches = ["agency:AP"]
channels = ["print", "web", "social"]
starts = 2026-01-01
ends = 2026-12-31
retention_days = 30
fee = "per-use"
price = 150
currency = "usd"
credit = "{agency} Photo/{photographers}"
'''


def test_a_good_file_gives_every_field() -> None:
    found = parse_agreements(GOOD)
    (agreement,) = found.agreements
    assert agreement.id == "ap-2026" and agreement.supplier == "AP"
    assert agreement.matches == (MatchRule("agency", "AP"),)
    assert agreement.channels == ("print", "web", "social")
    assert (agreement.starts, agreement.ends) == (date(2026, 1, 1), date(2026, 12, 31))
    assert (agreement.retention_days, agreement.fee, agreement.price, agreement.currency) == (30, "per-use", 150.0, "USD")
    assert found.desk is None
    assert type(agreement).from_record(agreement.to_record()) == agreement


def test_the_desk_table_names_own_pictures_and_the_time_zone() -> None:
    desk = parse_agreements(AGREEMENTS.replace('timezone = "UTC"', 'timezone = "Europe/Berlin"')).desk
    assert desk.own == (MatchRule("credit", "Staff"),) and desk.timezone == "Europe/Berlin"


@pytest.mark.parametrize("change,line,field,words", [
    (('channels = ["print", "web", "social"]', 'channels = ["print", "tv"]'), 5, "channels", "'tv' is not a channel"),
    (('matches = ["agency:AP"]', 'matches = ["agent:AP"]'), 4, "matches", "is not a rule"),
    (("starts = 2026-01-01", 'starts = "soon"'), 6, "starts", "must be a date"),
    (("ends = 2026-12-31", "ends = 2025-12-31"), 7, "ends", "before starts"),
    (("retention_days = 30", "retention_days = -1"), 8, "retention_days", "whole number"),
    (('fee = "per-use"', 'fee = "free"'), 9, "fee", "must be"),
    (("price = 150\n", ""), 1, "price", "missing"),
    (('currency = "usd"', 'currency = "dollars"'), 11, "currency", "three-letter"),
    (('credit = "{agency} Photo/{photographers}"', 'credit = "{agency}/{photographer}"'), 12, "credit", "placeholder"),
    (('supplier = "AP"\n', ""), 1, "supplier", "missing"),
    (('id = "ap-2026"', 'idd = "ap-2026"'), 2, "idd", "unknown field"),
])
def test_a_bad_field_is_named_with_its_line(change, line, field, words) -> None:
    with pytest.raises(AgreementFileError) as raised:
        parse_agreements(GOOD.replace(*change), source="deals.toml")
    message = str(raised.value)
    assert message.startswith(f"deals.toml:{line}: {field}: "), message
    assert words in message


def test_the_second_agreement_with_a_bad_field_is_named_by_its_own_line() -> None:
    second = GOOD.replace("ap-2026", "ap-2027").replace('"print", "web", "social"', '"print", "radio"')
    with pytest.raises(AgreementFileError, match=r"^deals.toml:18: channels: 'radio'"):
        parse_agreements(GOOD + "\n" + second, source="deals.toml")


def test_toml_that_does_not_parse_names_its_line() -> None:
    with pytest.raises(AgreementFileError, match=r"^deals.toml:3: not valid TOML"):
        parse_agreements('[[agreement]]\nid = "x"\nsupplier = \n', source="deals.toml")


def test_an_id_used_twice_and_a_bad_time_zone_are_refused() -> None:
    with pytest.raises(AgreementFileError, match="used twice"):
        parse_agreements(GOOD + GOOD)
    with pytest.raises(AgreementFileError, match=r":2: timezone: 'Mars/Olympus' is not a time zone"):
        parse_agreements('[desk]\ntimezone = "Mars/Olympus"\n')
