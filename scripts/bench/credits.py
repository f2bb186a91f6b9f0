"""Credit and restriction parsing benchmark: 10,000 wire-style captions, read as ingest reads them.

Each caption is a dateline sentence with one of the credit forms wires print (AP, Reuters,
AFP, Getty, EPA, dpa, Xinhua, Bloomberg, Shutterstock, newspapers...), some with wire
notes or restriction wording, some with no credit at all; all captions differ. As on a
wire, photographers file several pictures each (about 1,100 distinct credit lines in
10,000 captions); the worst case, every credit line different, is timed too. Timed:
``attribute`` (credit line, agency, photographers) and ``derive_restrictions`` on
caption and special instructions, every cache emptied first.

    python -m scripts.bench.credits [--count 10000]

Target: the whole batch in under 1 second. The target was set on a faster machine, so the line
also gives a reference: the CPU of a fixed plain workload over the same captions (a word regex
and a lower-cased split, five passes) measured in the same process, and each CPU figure as a
multiple of it, which compares across machines and loads (docs/performance.md, *Reading
captions*).
"""

from __future__ import annotations

import argparse
import random
import re
import time

from catalog.credits import attribute
from catalog.credits.attribution import clear_caches
from catalog.restrictions import derive_restrictions

SENTENCES = (
    "{city}, {country} - Rescue workers search the rubble of a collapsed building on {day}",
    "Supporters cheer as results are announced at the party headquarters in {city}, {country}, {day}",
    "A woman walks past a mural depicting the late president in {city}, {country}, on {day}",
    "FILE PHOTO: Traders work on the floor of the exchange in {city}, {country}, {day}",
    "Relatives mourn during the funeral of a man killed in an air strike in {city} on {day}",
    "Firefighters battle a wildfire near {city}, {country}, {day}. Strong winds fanned the flames overnight",
    "Players celebrate after scoring the second goal during the match in {city}, {country}, on {day}",
    "Protesters hold placards (L-R) during a rally against the new law outside parliament in {city}",
    "The president (C) arrives for the summit in {city}, {country}, {day}",
    "Visitors look at paintings at the reopened museum in {city}, {country}, {day}",
)
CITIES = (("Mosul", "Iraq"), ("Kyiv", "Ukraine"), ("Málaga", "Spain"), ("São Paulo", "Brazil"),
          ("Kraków", "Poland"), ("Zürich", "Switzerland"), ("Istanbul", "Turkey"), ("Tokyo", "Japan"),
          ("Lagos", "Nigeria"), ("Montréal", "Canada"))
# Credit forms; {name} is filled from NAMES so that nearly every credit line differs.
CREDITS = (
    "(AP Photo/{name})", "(AP Photo/{name}, File)", "(AP Photo/{name}, Pool)", "({name}/dpa via AP)",
    "(AP Photo)", "REUTERS/{name}", "REUTERS/{name}/File Photo",
    "REUTERS/{name}/Agencia Brasil/Handout via Reuters", "Antara Foto/{name}/ via REUTERS",
    "(AFP PHOTO / {upper})", "(Photo by {upper} / AFP)", "{upper}/AFP via Getty Images",
    "(Photo by {name}/Getty Images)", "(Photo by {name}/Anadolu Agency via Getty Images)",
    "EPA-EFE/{upper}", "epa/{name}", "Photo: {name}/EUROPA PRESS/dpa", "Photographer: {name}/Bloomberg",
    "(Xinhua/{name})", "(Kyodo)", "Mandatory Credit: {name}-USA TODAY Sports", "{name} for The New York Times",
    "(Photo by {name}/The Washington Post)", "({name})",
    "U.S. Navy photo by Mass Communication Specialist {name}", "",
)
FIRST = ("Felipe", "Óscar", "Anna", "Wolfgang", "Jae", "Mehmet", "Łukasz", "Zoë", "Kim", "Ahmed", "María",
         "Jean-Luc", "Sergei", "Aisha", "Tomohiro", "Bülent", "Ngozi", "Siddharth", "Chloé", "Dmitri", "Hiro",
         "Lucía", "Kevin", "Ali", "Ines", "Rupak", "Ivan", "Gabriel", "Ewa", "Yuki", "Jose Luis", "Mohammed",
         "Sarah", "Li", "Ana")
LAST = ("Dana", "Cañas", "Rattay", "Hong", "Yılmaz", "Kowalski", "Ångström", "Kyung-Hoon", "Al-Rubaye",
        "García", "Dupont", "Ivanov", "Bello", "Ohsumi", "Kılıç", "Okafor", "Sharma", "Müller", "Petrov",
        "Komae", "Fernández", "Frayer", "Jadallah", "Nietfeld", "De Chowdhuri", "Alvarado", "Bouys", "Nowak",
        "Kato", "Magaña", "Hassan", "O'Connor", "Wang", "Silva", "Lane", "Tyagi", "Dawson", "Moran",
        "Williamson", "Thompson", "Perez")
NOTES = ("", "", "", " NO RESALES. NO ARCHIVES", " (CZECH REPUBLIC - Tags: SPORT)", " TPX IMAGES OF THE DAY")
INSTRUCTIONS = ("", "EDITORIAL USE ONLY", "MANDATORY CREDIT. MAGS OUT. TV OUT.", "NARCH/NARCH30",
                "Embargoed until 00:01 GMT, 15 March 2017", "", "NO SALES. NO ARCHIVES.")
FIELD_CREDITS = ("AP", "REUTERS", "AFP", "Getty Images", "EPA", "dpa", "", "Big Newspaper")


def captions(count: int, *, distinct_credits: bool = False) -> list[tuple[str, str, str]]:
    """``count`` distinct (caption, Credit field, special instructions), the same every run.

    As on a wire, photographers file several pictures each, under their agency's credit
    form, a few of them many (Zipf); with ``distinct_credits`` every picture has its own
    photographer, the worst case for the parser.
    """
    photographers = [f"{first} {last}" for last in LAST for first in FIRST]
    rng = random.Random(2017)
    weights = [1 / (rank + 1) for rank in range(len(photographers))]
    made = []
    for index in range(count):
        city, country = CITIES[index % len(CITIES)]
        day = f"{['Monday', 'Tuesday', 'Saturday'][index % 3]}, March {index % 28 + 1}, {2000 + index % 25}"
        sentence = SENTENCES[index % len(SENTENCES)].format(city=city, country=country, day=day)
        if distinct_credits:
            number = index
            name = f"{FIRST[(index * 13) % len(FIRST)]} {LAST[(index * 7 + index // 41) % len(LAST)]}"
        else:
            number = rng.choices(range(len(photographers)), weights)[0]
            name = photographers[number]
        credit = CREDITS[(number * 7) % len(CREDITS)].format(name=name, upper=name.upper())
        note = NOTES[index % len(NOTES)] if credit.startswith("REUTERS") else ""
        caption = f"{sentence}. Picture {index}. {credit}{note}".rstrip()
        if index % 50 == 0:
            caption = f"epa{8000000 + index:08d} {caption}"
        made.append((caption, FIELD_CREDITS[index % len(FIELD_CREDITS)], INSTRUCTIONS[index % len(INSTRUCTIONS)]))
    return made


class CreditsBench(dict):
    """The benchmark's figures; printed, the one line the ingest benchmark shows."""

    def __str__(self) -> str:
        reference = self["reference_cpu_seconds"]
        return (f"credits    credits + restrictions {self['captions_per_second']:8.0f} captions/s"
                f" | {self['captions']} captions in {self['seconds']:.3f} s (target < 1 s;"
                f" CPU {self['cpu_seconds']:.3f} s = {self['cpu_seconds'] / reference:.1f}x reference),"
                f" {self['credit_lines']} distinct credit lines"
                f" | worst case, {self['worst_credit_lines']} distinct: {self['worst_seconds']:.3f} s"
                f" (CPU {self['worst_cpu_seconds']:.3f} s = {self['worst_cpu_seconds'] / reference:.1f}x reference)"
                f" | reference CPU {reference:.3f} s")


def bench_credits(n: int = 10_000) -> CreditsBench:
    """Time credit attribution and restriction flags over ``n`` realistic captions, caches cold.

    Also times the worst case, every credit line different (``worst_seconds``), and the plain
    reference workload over the same captions (``reference_cpu_seconds``).
    """
    batch = captions(n)
    result = _timed(batch)
    worst = _timed(captions(n, distinct_credits=True))
    result.update(worst_seconds=worst["seconds"], worst_cpu_seconds=worst["cpu_seconds"],
                  worst_credit_lines=worst["credit_lines"], reference_cpu_seconds=reference_cpu(batch))
    return result


_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
REFERENCE_PASSES = 5


def reference_cpu(batch: list[tuple[str, str, str]]) -> float:
    """CPU seconds of a fixed plain workload over the captions: their words found by one regex and their lower-cased
    text split, ``REFERENCE_PASSES`` times; it stands for the machine's speed, as the benchmark's own CPU does."""
    cpu = time.process_time()
    for _ in range(REFERENCE_PASSES):
        for caption, credit, instructions in batch:
            _WORDS.findall(caption)
            f"{caption} {credit} {instructions}".lower().split()
    return time.process_time() - cpu


def _timed(batch: list[tuple[str, str, str]]) -> CreditsBench:
    n = len(batch)
    clear_caches()
    lines = set()
    cpu = time.process_time()
    start = time.perf_counter()
    for caption, credit, instructions in batch:
        result = attribute(caption=caption, credit=credit, source=None, creators=())
        derive_restrictions(special_instructions=instructions, usage_terms=None, caption=caption)
        if result and result.credit_line:
            lines.add(result.credit_line)
    seconds = time.perf_counter() - start
    return CreditsBench(captions=n, seconds=seconds, cpu_seconds=time.process_time() - cpu,
                        captions_per_second=n / seconds, credit_lines=len(lines))


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="captions (default 10000)")
    options = parser.parse_args(argv)
    print(bench_credits(options.count))


if __name__ == "__main__":
    main()
