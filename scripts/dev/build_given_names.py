"""Write catalog/credits/data/given_names.txt, the given names of many languages, from Faker's person providers.

    pip install faker   # for this script only: the product reads the file it writes
    PYTHONPATH=$PWD python -m scripts.dev.build_given_names

Faker (MIT licence) keeps first-name lists for about seventy locales, most drawn from national
registers of names. The file holds every name written in the Latin script (romanised Japanese and
Chinese names too), casefolded, one a line, sorted; a name of two words ("María José") gives both.
Names in other scripts are left out: the credit reader asks about Latin-script words only.
"""

from __future__ import annotations

import importlib
import unicodedata
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[2] / "catalog" / "credits" / "data" / "given_names.txt"
# the person provider's given-name lists (tuples, or weighted dicts); romanised ones where the locale writes another script
_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
          "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")


def _is_latin(word: str) -> bool:
    return all(not char.isalpha() or char.isascii() or "LATIN" in unicodedata.name(char, "") for char in word)


def given_names() -> tuple[str, list[str], list[str]]:
    """Faker's version, the Latin-script given names of every locale with a person provider, and those locales."""
    import faker
    import faker.config

    names: set[str] = set()
    locales = []
    for locale in faker.config.AVAILABLE_LOCALES:
        try:
            module = importlib.import_module(f"faker.providers.person.{locale}")
        except ImportError:
            continue  # a locale with no person provider of its own
        provider = module.Provider(faker.Faker(locale))
        found = 0
        for attribute in _LISTS:
            values = getattr(provider, attribute, None) or ()
            for value in values:  # a weighted dict iterates over its names
                for word in str(value).split():
                    word = unicodedata.normalize("NFC", word).casefold()
                    if len(word) >= 2 and any(char.isalpha() for char in word) and _is_latin(word):
                        names.add(word)
                        found += 1
        if found:
            locales.append(locale)
    return faker.VERSION, sorted(names), locales


# Faker's MIT licence (its LICENSE.txt): the notice goes with every copy of the lists
FAKER_LICENCE = """Copyright (c) 2012 Daniele Faraglia

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE."""


def main() -> None:
    version, names, locales = given_names()
    header = [
        f"# Given names in the Latin script, casefolded, one a line: {len(names)} names of {len(locales)} locales.",
        f"# From Faker {version} (MIT licence, github.com/joke2k/faker), faker.providers.person.<locale>.Provider's",
        "# first-name lists (and the romanised ones of ja_JP, zh_CN, zh_TW).",
        "# Written by scripts/dev/build_given_names.py: do not edit by hand.",
        f"# Locales: {' '.join(locales)}",
        "#",
        "# Faker's licence, which its lists carry here:",
        *(f"# {line}".rstrip() for line in FAKER_LICENCE.splitlines()),
    ]
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(header) + "\n\n" + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(names)} names from {len(locales)} locales (Faker {version})")


if __name__ == "__main__":
    main()
