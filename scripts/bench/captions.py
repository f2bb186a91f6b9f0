"""A deterministic synthetic archive of wire-photo records for the search benchmark.

Records look like a newsroom's: a dateline caption ending in the agency credit
("MOSUL, Iraq — Iraqi forces advance … (AP Photo/Felipe Dana)"), accented names and places
(Málaga, São Paulo, Łukasz), a few common agencies and many photographers with Zipf-like
popularity, keywords, restrictions, missing credits and dates, GPS on some, portrait and
landscape sizes. A long tail of rare place-like words gives the lexicon a realistic size.
The same seed always yields the same records, one at a time (a million never sit in memory).
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import accumulate
from typing import Iterator

from catalog.asset import Asset, asset_id

CITIES: tuple[tuple[str, str, str], ...] = (
    ("Mosul", "Iraq", "IQ"), ("Baghdad", "Iraq", "IQ"), ("Erbil", "Iraq", "IQ"),
    ("Kyiv", "Ukraine", "UA"), ("Kharkiv", "Ukraine", "UA"), ("Odesa", "Ukraine", "UA"),
    ("Málaga", "Spain", "ES"), ("Madrid", "Spain", "ES"), ("Barcelona", "Spain", "ES"),
    ("São Paulo", "Brazil", "BR"), ("Rio de Janeiro", "Brazil", "BR"), ("Brasília", "Brazil", "BR"),
    ("Bogotá", "Colombia", "CO"), ("Medellín", "Colombia", "CO"), ("Zürich", "Switzerland", "CH"),
    ("Genève", "Switzerland", "CH"), ("Kraków", "Poland", "PL"), ("Łódź", "Poland", "PL"),
    ("Warsaw", "Poland", "PL"), ("Montréal", "Canada", "CA"), ("Québec", "Canada", "CA"),
    ("Toronto", "Canada", "CA"), ("Reykjavík", "Iceland", "IS"), ("Istanbul", "Turkey", "TR"),
    ("Ankara", "Turkey", "TR"), ("München", "Germany", "DE"), ("Köln", "Germany", "DE"),
    ("Berlin", "Germany", "DE"), ("Paris", "France", "FR"), ("Marseille", "France", "FR"),
    ("Mexico City", "Mexico", "MX"), ("Cancún", "Mexico", "MX"), ("New York", "United States", "US"),
    ("Washington", "United States", "US"), ("Los Angeles", "United States", "US"),
    ("Chicago", "United States", "US"), ("Houston", "United States", "US"),
    ("London", "United Kingdom", "GB"), ("Manchester", "United Kingdom", "GB"),
    ("Tokyo", "Japan", "JP"), ("Osaka", "Japan", "JP"), ("Seoul", "South Korea", "KR"),
    ("Beijing", "China", "CN"), ("Shanghai", "China", "CN"), ("Hong Kong", "China", "CN"),
    ("New Delhi", "India", "IN"), ("Mumbai", "India", "IN"), ("Karachi", "Pakistan", "PK"),
    ("Kabul", "Afghanistan", "AF"), ("Tehran", "Iran", "IR"), ("Jerusalem", "Israel", "IL"),
    ("Tel Aviv", "Israel", "IL"), ("Gaza City", "Palestinian Territories", "PS"),
    ("Beirut", "Lebanon", "LB"), ("Damascus", "Syria", "SY"), ("Aleppo", "Syria", "SY"),
    ("Cairo", "Egypt", "EG"), ("Lagos", "Nigeria", "NG"), ("Nairobi", "Kenya", "KE"),
    ("Johannesburg", "South Africa", "ZA"), ("Cape Town", "South Africa", "ZA"),
    ("Sydney", "Australia", "AU"), ("Melbourne", "Australia", "AU"), ("Auckland", "New Zealand", "NZ"),
    ("Buenos Aires", "Argentina", "AR"), ("Santiago", "Chile", "CL"), ("Lima", "Peru", "PE"),
    ("Caracas", "Venezuela", "VE"), ("Havana", "Cuba", "CU"), ("Port-au-Prince", "Haiti", "HT"),
    ("Athens", "Greece", "GR"), ("Rome", "Italy", "IT"), ("Milan", "Italy", "IT"),
    ("Naples", "Italy", "IT"), ("Lisbon", "Portugal", "PT"), ("Porto", "Portugal", "PT"),
    ("Dublin", "Ireland", "IE"), ("Oslo", "Norway", "NO"), ("Tromsø", "Norway", "NO"),
    ("Stockholm", "Sweden", "SE"), ("Göteborg", "Sweden", "SE"), ("Copenhagen", "Denmark", "DK"),
    ("Helsinki", "Finland", "FI"), ("Tallinn", "Estonia", "EE"), ("Vilnius", "Lithuania", "LT"),
    ("Prague", "Czech Republic", "CZ"), ("Vienna", "Austria", "AT"), ("Budapest", "Hungary", "HU"),
    ("Bucharest", "Romania", "RO"), ("Sofia", "Bulgaria", "BG"), ("Belgrade", "Serbia", "RS"),
    ("Zagreb", "Croatia", "HR"), ("Sarajevo", "Bosnia and Herzegovina", "BA"),
    ("Tbilisi", "Georgia", "GE"), ("Yerevan", "Armenia", "AM"), ("Hanoi", "Vietnam", "VN"),
    ("Bangkok", "Thailand", "TH"), ("Manila", "Philippines", "PH"), ("Jakarta", "Indonesia", "ID"),
    ("Dhaka", "Bangladesh", "BD"), ("Kathmandu", "Nepal", "NP"), ("Addis Ababa", "Ethiopia", "ET"),
    ("Khartoum", "Sudan", "SD"), ("Kinshasa", "DR Congo", "CD"), ("Dakar", "Senegal", "SN"),
    ("Abidjan", "Côte d'Ivoire", "CI"), ("Accra", "Ghana", "GH"), ("Tunis", "Tunisia", "TN"),
    ("Rabat", "Morocco", "MA"), ("Marrakesh", "Morocco", "MA"),
)

FIRST_NAMES = (
    "Felipe", "José", "María", "Zoë", "Łukasz", "Søren", "Jürgen", "François", "Agnès", "Ahmed",
    "Fatima", "Hiroshi", "Yuki", "Chen", "Wei", "Olga", "Dmitri", "Anna", "John", "Mary", "David",
    "Sarah", "Michael", "Laura", "Carlos", "Ana", "Luis", "Sofía", "Mehmet", "Ayşe", "Nikolai",
    "Ingrid", "Björn", "Émile", "Chloé", "Raúl", "Inês", "João", "Thiago", "Camila", "Omar",
    "Leila", "Tariq", "Amira", "Kwame", "Ngozi", "Pedro", "Lucía", "Mateo", "Valentina", "Ivan",
    "Marta", "Piotr", "Katarzyna", "Andrés", "Gabriel", "Hannah", "Lena", "Tomás", "Rosa",
    "Daniel", "Elena", "Peter", "Julia", "Mark", "Emily", "Ali", "Noor", "Sami", "Dana",
)
LAST_NAMES = (
    "Dana", "García", "Müller", "Nazca", "Almeida", "Kowalski", "Jørgensen", "Lefèvre", "Dupont",
    "Hassan", "Tanaka", "Sato", "Wang", "Li", "Ivanova", "Petrov", "Smith", "Jones", "Brown",
    "Johnson", "Martínez", "Rodríguez", "López", "González", "Pérez", "Sánchez", "Yılmaz",
    "Öztürk", "Andersson", "Nilsson", "Bernard", "Moreau", "Silva", "Santos", "Oliveira",
    "Souza", "Haddad", "Khalil", "Rahman", "Mensah", "Okafor", "Adeyemi", "Novak", "Horváth",
    "Nowak", "Wiśniewski", "Fernández", "Gómez", "Díaz", "Romero", "Schmidt", "Schneider",
    "Fischer", "Weber", "Rossi", "Russo", "Ferrari", "Costa", "Murphy", "O'Brien", "Kelly",
    "Walsh", "Nguyen", "Tran", "Kim", "Park", "Lee", "Choi", "Singh", "Kumar", "Sharma", "Patel",
    "Cohen", "Levy", "Mizrahi", "Abbas", "Saleh", "Mahmoud", "Yousef", "Castro", "Vargas",
    "Reyes", "Cruz", "Morales", "Ortiz", "Jiménez", "Ruiz", "Álvarez", "Mendoza", "Núñez",
)
AGENCIES = (  # (agency, weight, credit line pattern, source)
    ("AP", 30, "AP Photo/{name}", "AP"),
    ("Reuters", 25, "REUTERS/{name}", "Reuters"),
    ("AFP", 18, "{name}/AFP via Getty Images", "AFP"),
    ("Getty Images", 10, "{name}/Getty Images", "Getty Images"),
    ("EPA", 8, "EPA/{upper}", "EPA-EFE"),
    ("Anadolu", 3, "{name}/Anadolu Agency", "Anadolu Agency"),
    ("Xinhua", 3, "Xinhua/{name}", "Xinhua"),
    (None, 3, "Staff photo by {name}", None),
)
SUBJECTS = (
    "Iraqi forces", "Protesters", "Firefighters", "Rescue workers", "Supporters of the opposition",
    "Police officers", "A woman", "A man", "Children", "Fans", "Farmers", "Migrants", "Doctors",
    "Nurses", "Soldiers", "Residents", "Students", "Tourists", "Workers", "Voters", "Pilgrims",
    "Fishermen", "Volunteers", "Delegates", "Players", "Demonstrators", "Mourners", "Refugees",
    "Shoppers", "Commuters", "Teachers", "Miners", "Athletes", "Musicians", "Dancers",
    "Government troops", "Rebel fighters", "Medics", "Journalists", "Lawmakers", "Activists",
    "Villagers", "Worshippers", "Relatives of the victims", "Election officials", "Climbers",
)
ACTIONS = (
    "gather", "march", "clear debris", "celebrate", "wait in line", "inspect the damage", "rally",
    "mourn the dead", "evacuate residents", "clash with police", "take shelter", "cast their votes",
    "pray", "protest against the government", "rebuild homes", "harvest crops", "queue for food",
    "attend a funeral", "advance", "search for survivors", "carry an injured man", "hold flags",
    "light candles", "sing the national anthem", "block a highway", "cross the border",
    "fight a wildfire", "wade through floodwater", "unload aid", "repair power lines",
    "train for the final", "walk past a mural", "sell vegetables", "dance in the street",
    "look at the ruins", "cheer the winning team", "watch the parade", "fill sandbags",
)
SETTINGS = (
    "near the old city", "outside parliament", "at the main square", "after an airstrike",
    "during a heatwave", "after heavy flooding", "ahead of the election", "during a general strike",
    "at a refugee camp", "on the front line", "outside the presidential palace", "at the stadium",
    "in the city centre", "along the river", "at the harbour", "at a polling station",
    "outside the central hospital", "after the earthquake", "during the festival", "at the market",
    "on the outskirts of the city", "near the airport", "at the cathedral", "in a school gym",
    "after a suicide bombing", "during a snowstorm", "at dawn", "under heavy rain",
)
EXTRAS = (
    "The government declared a state of emergency.", "Officials said at least {n} people were killed.",
    "Temperatures reached {n} degrees.", "Tear gas was fired to disperse the crowd.",
    "The tournament ends on Sunday.", "Thousands were left without electricity.",
    "The talks resumed after a {n}-day pause.", "Aid agencies warned of a humanitarian crisis.",
    "The vote was postponed until next week.", "Prices have risen by {n} percent this year.",
    "Rescuers pulled {n} survivors from the rubble.", "The border crossing reopened on Monday.",
    "The final was watched by {n} thousand spectators.", "It was the worst flooding in decades.",
)
TOPICS = (
    "conflict", "war", "elections", "politics", "protest", "demonstration", "weather", "flood",
    "earthquake", "wildfire", "storm", "football", "soccer", "tennis", "athletics", "olympics",
    "economy", "business", "health", "hospital", "migration", "refugees", "religion", "culture",
    "music", "festival", "agriculture", "environment", "climate", "energy", "transport",
    "education", "crime", "justice", "disaster", "rescue", "military", "diplomacy", "royalty",
    "celebrity", "fashion", "art", "science", "technology", "space", "wildlife", "tourism",
)
HEADLINES = (
    "{topic} in {city}", "{city} braces for more {topic}", "Day of {topic} in {city}",
    "{country}: {topic}", "Aftermath of {topic} in {city}",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
RESTRICTIONS = (("editorial-only", 0.35), ("mandatory-credit", 0.06), ("no-sales", 0.03),
                ("no-archive", 0.01), ("embargoed", 0.01))
_SYLLABLES = ("ka", "ri", "mo", "sul", "ta", "ne", "bar", "zu", "lo", "vik", "an", "dor", "pe",
              "shi", "go", "ru", "mel", "tas", "qui", "ban", "del", "fa", "or", "ish", "um")
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2024, 12, 31)


@dataclass(frozen=True)
class Vocabulary:
    """The names and words a query mix may draw on (the same for one seed and size)."""

    photographers: tuple[tuple[str, str], ...]  # (name, agency)
    rare_words: tuple[str, ...]


def vocabulary(n: int, seed: int) -> Vocabulary:
    """The photographer pool and long-tail words for an archive of ``n`` records."""
    rng = random.Random(f"vocabulary-{seed}")
    names: dict[str, str] = {}
    # Never more than half the first × last name pairs, or picking unused ones never ends.
    wanted = max(50, min(20_000, n // 40, len(FIRST_NAMES) * len(LAST_NAMES) // 2))
    weights = [a[1] for a in AGENCIES]
    while len(names) < wanted:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        names.setdefault(name, rng.choices(AGENCIES, weights)[0][0] or "staff")
    rare: set[str] = set()
    while len(rare) < max(500, min(60_000, n // 5)):
        rare.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize())
    return Vocabulary(tuple(names.items()), tuple(sorted(rare)))


def synthetic_assets(n: int, seed: int = 7) -> Iterator[Asset]:
    """``n`` realistic caption records as Assets, always the same for the same seed."""
    words = vocabulary(n, seed)
    rng = random.Random(f"records-{seed}")
    # Cumulative weights, computed once: ``choices`` with plain weights sums all 20 000
    # photographers' weights on every call (the same draws, far slower at a million).
    city_weights = list(accumulate(1.0 / (rank + 1) ** 0.8 for rank in range(len(CITIES))))
    people = words.photographers
    people_weights = list(accumulate(1.0 / (rank + 1) ** 0.7 for rank in range(len(people))))
    agencies = {a[0] or "staff": a for a in AGENCIES}
    span = (LAST_DAY - FIRST_DAY).days
    for number in range(n):
        sha256 = hashlib.sha256(f"{seed}:{number}".encode()).hexdigest()
        city, country, code = rng.choices(CITIES, cum_weights=city_weights)[0]
        name, agency_key = rng.choices(people, cum_weights=people_weights)[0]
        agency, _weight, pattern, source = agencies[agency_key]
        credit = pattern.format(name=name, upper=name.upper())
        day = FIRST_DAY + timedelta(days=int(span * rng.random() ** 0.7))
        taken = datetime(day.year, day.month, day.day, rng.randint(5, 22), rng.randint(0, 59))
        dated = rng.random() > 0.05
        topic_words = rng.sample(TOPICS, rng.randint(2, 5))
        caption = _caption(rng, city, country, day, credit, words.rare_words)
        width, height = _size(rng)
        restrictions = tuple(flag for flag, share in RESTRICTIONS if rng.random() < share)
        if agency in ("AP", "Getty Images") and "editorial-only" not in restrictions and rng.random() < 0.3:
            restrictions = ("editorial-only", *restrictions)
        credited = rng.random() > 0.04
        located = rng.random() < 0.25
        yield Asset(
            id=asset_id(sha256),
            sha256=sha256,
            file_size=rng.randint(2_000_000, 9_000_000),
            filename=f"{agency_key}_{number:07d}.jpg",
            source_path=f"/wires/{agency_key}/{day:%Y/%m/%d}/{number:07d}.jpg",
            format="jpeg",
            mime="image/jpeg",
            width=width,
            height=height,
            caption=caption if rng.random() > 0.02 else None,
            headline=_headline(rng, topic_words[0], city, country) if rng.random() < 0.5 else None,
            creators=(name,),
            credit=(agency or "Staff") if credited else None,
            caption_credit=credit if credited else None,
            agency=agency if credited else None,
            photographers=(name,) if credited else (),
            source=source,
            restrictions=restrictions,
            keywords=tuple(topic_words),
            city=city,
            country=country,
            country_code=code,
            date_created=taken.isoformat() if dated else None,
            gps_lat=round(rng.uniform(-60, 70), 5) if located else None,
            gps_lon=round(rng.uniform(-170, 170), 5) if located else None,
            imported_at=(taken + timedelta(hours=rng.randint(1, 72))).isoformat(),
        )


def _caption(rng: random.Random, city: str, country: str, day: date, credit: str, rare: tuple[str, ...]) -> str:
    setting = rng.choice(SETTINGS)
    if rng.random() < 0.4:
        setting += f" in the {rng.choice(rare)} district"
    extra = rng.choice(EXTRAS).format(n=rng.randint(2, 90))
    weekday = day.strftime("%A")
    return (
        f"{city.upper()}, {country} — {rng.choice(SUBJECTS)} {rng.choice(ACTIONS)} {setting} "
        f"on {weekday}, {MONTHS[day.month - 1]} {day.day}, {day.year}. {extra} ({credit})"
    )


def _headline(rng: random.Random, topic: str, city: str, country: str) -> str:
    text = rng.choice(HEADLINES).format(topic=topic, city=city, country=country)
    return text[0].upper() + text[1:]


def _size(rng: random.Random) -> tuple[int, int]:
    shape = rng.random()
    if shape < 0.70:
        return 6000, 4000
    if shape < 0.98:
        return 4000, 6000
    return 4000, 4000
