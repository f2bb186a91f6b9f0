"""Every decision rule, on pictures exiftool wrote, at times before, at and after each boundary, in several zones."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from catalog.rights import CHANNELS, DeskRules, Kill, RightsBook, parse_agreements, parse_at
from tests.helpers.rights_catalog import AGREEMENTS

SECOND = timedelta(seconds=1)
ZONES = ("UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Pacific/Auckland")


def book(zone: str = "UTC", text: str = AGREEMENTS) -> RightsBook:
    found = parse_agreements(text)
    rules = dataclasses.replace(found.desk or DeskRules(), timezone=zone)
    return RightsBook(found.agreements, rules)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(timezone.utc)


def verdicts(decision) -> dict[str, str]:
    return {name: channel.verdict for name, channel in decision.channels.items()}


# -- embargoes ------------------------------------------------------------------------------

@pytest.mark.parametrize("zone", ZONES)
def test_an_embargo_with_its_zone_lifts_at_that_instant_whatever_the_desk_zone(assets, zone) -> None:
    asset = assets["ap_embargo"]  # "EMBARGOED UNTIL 10:00 ET, 15 March 2026": EDT, so 14:00 UTC
    lifts = utc("2026-03-15T14:00:00+00:00")
    rights = book(zone)
    before = rights.decide(asset, lifts - SECOND)
    assert before.channels["web"].verdict == "forbidden"
    assert before.channels["web"].until == lifts
    assert any("embargoed until" in reason for reason in before.channels["web"].reasons)
    assert before.embargo_lifted is False
    at = rights.decide(asset, lifts)
    after = rights.decide(asset, lifts + SECOND)
    for decision in (at, after):
        assert decision.channels["web"].verdict == "allowed_with_duties"
        assert decision.channels["print"].verdict == "allowed_with_duties"
        assert decision.embargo_lifted is True
        assert any("embargo lifted" in reason for reason in decision.channels["web"].reasons)
        assert decision.channels["web"].until is None


@pytest.mark.parametrize("given", ["2026-03-15T13:59:59+00:00", "2026-03-15T09:59:59-04:00",
                                   "2026-03-15T22:59:59+09:00", "2026-03-15T14:59:59+01:00"])
def test_the_same_instant_written_in_any_offset_gets_the_same_verdict(assets, given) -> None:
    rights = book("Europe/Berlin")
    assert rights.decide(assets["ap_embargo"], parse_at(given, rights.zone)).channels["web"].verdict == "forbidden"
    one_later = parse_at(given, rights.zone) + SECOND
    assert rights.decide(assets["ap_embargo"], one_later).channels["web"].verdict == "allowed_with_duties"


@pytest.mark.parametrize("zone", ZONES)
def test_an_embargo_without_a_zone_is_read_in_the_desk_zone(assets, zone) -> None:
    asset = assets["afp_naive_embargo"]  # "Embargoed until 15 March 2026 10:00"
    lifts = datetime(2026, 3, 15, 10, 0, tzinfo=ZoneInfo(zone))
    rights = book(zone)
    assert rights.decide(asset, lifts - SECOND).channels["print"].verdict == "forbidden"
    assert rights.decide(asset, lifts - SECOND).channels["print"].until == lifts
    assert rights.decide(asset, lifts).channels["print"].verdict == "allowed_with_duties"


@pytest.mark.parametrize("zone", ZONES)
def test_an_embargo_naming_a_day_lifts_when_that_day_starts_at_the_desk(assets, zone) -> None:
    asset = assets["afp_day_embargo"]  # "EMBARGOED UNTIL 20 March 2026"
    lifts = datetime(2026, 3, 20, tzinfo=ZoneInfo(zone))
    rights = book(zone)
    assert rights.decide(asset, lifts - SECOND).channels["web"].verdict == "forbidden"
    assert rights.decide(asset, lifts).channels["web"].verdict == "allowed_with_duties"


def test_a_naive_at_is_read_in_the_desk_zone(assets) -> None:
    rights = book("Asia/Tokyo")  # 10:00 in Tokyo is 01:00 UTC: before the 10:00 UTC lift of a UTC desk
    at = parse_at("2026-03-15T10:00", rights.zone)
    assert at == datetime(2026, 3, 15, 1, 0, tzinfo=timezone.utc)
    assert rights.decide(assets["ap_embargo"], at).channels["web"].verdict == "forbidden"
    assert book("UTC").decide(assets["ap_embargo"], parse_at("2026-03-15T14:00", ZoneInfo("UTC"))) \
        .channels["web"].verdict == "allowed_with_duties"


def test_an_embargo_whose_end_is_not_stated_forbids_without_an_end(assets) -> None:
    decision = book().decide(assets["afp_open_embargo"], utc("2030-01-01T00:00:00+00:00"))
    assert set(verdicts(decision).values()) == {"forbidden"}
    assert decision.channels["web"].until is None
    assert "ask the supplier" in decision.channels["web"].reasons[0]


# -- agreements: which one, channels, term, retention -----------------------------------------

def test_no_agreement_is_unknown_never_allowed(assets) -> None:
    decision = book().decide(assets["reuters"], utc("2026-03-12T12:00:00+00:00"))
    assert set(verdicts(decision).values()) == {"unknown"}
    assert decision.channels["web"].reasons[0] == "no agreement on file for Reuters"
    assert decision.agreement is None and decision.supplier == "Reuters"


def test_the_desks_own_pictures_need_no_agreement(assets) -> None:
    for stem in ("staff", "staff_no_date"):
        decision = book().decide(assets[stem], utc("2026-03-12T12:00:00+00:00"))
        assert set(verdicts(decision).values()) == {"allowed"}, stem
        assert decision.own and "own picture" in decision.channels["print"].reasons[0]


def test_without_the_own_rule_a_staff_picture_is_unknown(assets) -> None:
    rights = book(text=AGREEMENTS.replace('own = ["credit:Staff"]', "own = []"))
    assert set(verdicts(rights.decide(assets["staff"], utc("2026-03-12T12:00:00+00:00"))).values()) == {"unknown"}


def test_a_distributor_agreement_wins_over_the_agencys_and_says_so(assets) -> None:
    decision = book().decide(assets["getty_afp"], utc("2026-03-12T12:00:00+00:00"))
    assert decision.agreement.id == "getty-per-use" and decision.supplier == "Getty Images"
    assert verdicts(decision) == {"print": "allowed_with_duties", "web": "allowed_with_duties",
                                  "social": "forbidden", "newsletter": "forbidden", "marketing": "forbidden",
                                  "sales": "forbidden"}
    duties = decision.channels["web"].duties
    assert 'print the credit "JEAN DUPONT/AFP via Getty Images"' in duties
    assert any("per-use fee of 150 USD" in duty for duty in duties)
    assert "does not cover social" in decision.channels["social"].reasons[0]


def test_an_agency_agreement_wins_over_a_credit_one(assets) -> None:
    text = AGREEMENTS + '''
[[agreement]]
id = "by-credit"
supplier = "AP by credit"
matches = ["credit:AP"]
channels = ["print"]
starts = 2020-01-01
'''
    assert book(text=text).decide(assets["ap_plain"], utc("2026-03-02T00:00:00+00:00")).agreement.id == "ap-2026"


def test_credit_rules_match_whole_words_in_any_case(assets) -> None:
    text = '''
[[agreement]]
id = "roe"
supplier = "Jane Roe"
matches = ["credit:jane roe"]
channels = ["web"]
starts = 2020-01-01

[[agreement]]
id = "ap-in-word"
supplier = "Nobody"
matches = ["credit:Pho"]
channels = ["web"]
starts = 2020-01-01
'''
    rights = book(text=text)
    assert rights.decide(assets["ap_plain"], utc("2026-03-02T00:00:00+00:00")).agreement.id == "roe"
    assert rights.decide(assets["reuters"], utc("2026-03-02T00:00:00+00:00")).agreement is None


@pytest.mark.parametrize("zone", ZONES)
def test_the_agreement_term_runs_from_the_first_moment_of_starts_to_the_last_of_ends(assets, zone) -> None:
    asset = dataclasses.replace(assets["ap_plain"], date_created=None, imported_at=None)
    text = AGREEMENTS.replace("retention_days = 30\n", "")
    rights = book(zone, text)
    starts, after_end = datetime(2026, 1, 1, tzinfo=ZoneInfo(zone)), datetime(2027, 1, 1, tzinfo=ZoneInfo(zone))
    before = rights.decide(asset, starts - SECOND).channels["print"]
    assert before.verdict == "forbidden" and before.until == starts and "starts on 2026-01-01" in before.reasons[0]
    assert rights.decide(asset, starts).channels["print"].verdict == "allowed_with_duties"
    assert rights.decide(asset, after_end - SECOND).channels["print"].verdict == "allowed_with_duties"
    ended = rights.decide(asset, after_end).channels["print"]
    assert ended.verdict == "forbidden" and ended.until is None and "ended on 2026-12-31" in ended.reasons[0]


@pytest.mark.parametrize("zone", ZONES)
def test_retention_allows_new_uses_until_n_days_after_the_picture_was_taken(assets, zone) -> None:
    asset = assets["ap_plain"]  # taken 2026-03-01T12:00Z, 30 days
    last = utc("2026-03-31T12:00:00+00:00")
    rights = book(zone)
    assert rights.decide(asset, last - SECOND).channels["web"].verdict == "allowed_with_duties"
    expired = rights.decide(asset, last).channels["web"]
    assert expired.verdict == "forbidden" and expired.until is None
    assert "30 days" in expired.reasons[0] and "taken" in expired.reasons[0]


def test_retention_counts_from_the_import_when_the_date_taken_is_unknown(assets) -> None:
    asset = dataclasses.replace(assets["ap_plain"], date_created=None, imported_at="2026-06-01T00:00:00+00:00")
    rights = book()
    assert rights.decide(asset, utc("2026-07-01T00:00:00+00:00") - SECOND).channels["web"].verdict != "forbidden"
    expired = rights.decide(asset, utc("2026-07-01T00:00:00+00:00")).channels["web"]
    assert expired.verdict == "forbidden" and "imported" in expired.reasons[0]


@pytest.mark.parametrize("zone", ZONES)
def test_a_date_taken_without_a_time_counts_from_the_start_of_that_day_at_the_desk(assets, zone) -> None:
    asset = dataclasses.replace(assets["ap_plain"], date_created="2026-03-01")
    last = datetime(2026, 3, 31, tzinfo=ZoneInfo(zone))
    rights = book(zone)
    assert rights.decide(asset, last - SECOND).channels["web"].verdict == "allowed_with_duties"
    assert rights.decide(asset, last).channels["web"].verdict == "forbidden"


def test_an_embargo_and_a_start_date_forbid_until_the_later_of_the_two(assets) -> None:
    text = AGREEMENTS.replace("starts = 2026-01-01", "starts = 2026-03-16")
    decision = book(text=text).decide(assets["ap_embargo"], utc("2026-03-12T00:00:00+00:00"))
    assert decision.channels["web"].until == utc("2026-03-16T00:00:00+00:00")
    assert decision.channels["web"].problems == ("embargo", "not_started")


@pytest.mark.parametrize("zone", ZONES)
def test_an_embargo_that_lifts_after_the_agreement_ends_frees_nothing(assets, zone) -> None:
    # "Forbidden until" must name a time the picture becomes usable: not an embargo's lift
    # when the agreement ends, or retention runs out, before it.
    rights = book(zone, AGREEMENTS.replace("ends = 2026-12-31", "ends = 2026-03-14"))
    asset = assets["ap_embargo"]  # lifts 2026-03-15T14:00Z
    web = rights.decide(asset, utc("2026-03-10T00:00:00+00:00")).channels["web"]
    assert web.verdict == "forbidden" and web.until is None
    assert any("will have ended (on 2026-03-14)" in reason for reason in web.reasons)
    assert web.problems == ("embargo",)  # what is wrong now; the end is still to come
    short = book(zone, AGREEMENTS.replace("retention_days = 30", "retention_days = 1"))
    taken = dataclasses.replace(asset, date_created="2026-03-13T12:00:00+00:00")
    web = short.decide(taken, utc("2026-03-14T00:00:00+00:00")).channels["web"]
    assert web.until is None and any("1 days" in reason and "will have passed" in reason for reason in web.reasons)
    roomy = book(zone).decide(asset, utc("2026-03-10T00:00:00+00:00")).channels["web"]
    assert roomy.until == utc("2026-03-15T14:00:00+00:00")  # the agreement runs on: the lift frees it


# -- restrictions, duties, kills --------------------------------------------------------------

def test_restrictions_exclude_their_channels(assets) -> None:
    at = utc("2026-03-12T12:00:00+00:00")
    editorial = book().decide(assets["dpa_editorial"], at)
    assert verdicts(editorial) == {"print": "allowed_with_duties", "web": "allowed_with_duties",
                                   "social": "allowed_with_duties", "newsletter": "allowed_with_duties",
                                   "marketing": "forbidden", "sales": "forbidden"}
    assert "editorial use only" in editorial.channels["marketing"].reasons[0]
    assert editorial.channels["sales"].problems == ("restriction",)
    no_social = book().decide(assets["dpa_no_social"], at)
    assert no_social.channels["social"].verdict == "forbidden"
    assert no_social.channels["web"].verdict == "allowed_with_duties"


def test_duties_name_the_credit_the_fee_the_mandatory_credit_and_the_instructions(assets) -> None:
    at = utc("2026-03-12T12:00:00+00:00")
    ap = book().decide(assets["ap_plain"], at)
    assert ap.channels["web"].duties == ('print the credit "AP Photo/Jane Roe"',)  # the agreement's credit form
    dpa = book().decide(assets["dpa_editorial"], at).channels["print"].duties
    assert dpa[0] == 'print the credit "Max Muster/dpa" (mandatory credit)'
    assert dpa[-1] == 'read the special instructions: "EDITORIAL USE ONLY. NO SALES. Mandatory credit"'


def test_an_agreements_credit_form_leaves_out_what_the_file_does_not_name(assets) -> None:
    asset = dataclasses.replace(assets["ap_plain"], photographers=(), creators=())
    assert book().decide(asset, utc("2026-03-12T12:00:00+00:00")).credit == "AP Photo"


def test_a_killed_picture_is_forbidden_everywhere_at_any_time(assets) -> None:
    kill = Kill(asset_id=assets["staff"].id, reason="Wrong person identified", killed_at="2026-03-12T09:00:00+00:00")
    for at in ("2026-01-01T00:00:00+00:00", "2026-03-12T12:00:00+00:00", "2030-01-01T00:00:00+00:00"):
        decision = book().decide(assets["staff"], utc(at), kill=kill)
        assert set(verdicts(decision).values()) == {"forbidden"}
        assert decision.channels["web"].reasons[0] == "killed on 2026-03-12: Wrong person identified"
        assert decision.channels["web"].until is None


def test_the_json_has_one_entry_per_channel_and_the_contract_keys(assets) -> None:
    record = book().decide(assets["ap_embargo"], utc("2026-03-12T12:00:00+00:00")).to_record()
    assert {"id", "at", "supplier", "agreement", "channels"} <= record.keys()
    assert list(record["channels"]) == list(CHANNELS)
    for channel in record["channels"].values():
        assert set(channel) == {"verdict", "reasons", "duties", "until"}
    assert record["channels"]["web"]["until"] == "2026-03-15T14:00:00+00:00"
    assert record["agreement"] == "ap-2026" and record["supplier"] == "AP"
