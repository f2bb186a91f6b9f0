"""Rebuild every page, scrape and expected JSON in the parent folder."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pages1 import PAGES as P1
from pages2 import PAGES as P2
from scrapes import SCRAPES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def dump(stem, exp):
    with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1); f.write("\n")

for stem, html, exp, enc in P1 + P2:
    with open(os.path.join(OUT, stem + ".html"), "wb") as f:
        f.write(html.encode(enc))
    dump(stem, exp)
for stem, text, exp, enc, nl in SCRAPES:
    with open(os.path.join(OUT, stem + ".txt"), "wb") as f:
        f.write(text.replace("\n", nl).encode(enc))
    dump(stem, exp)
print(len(P1 + P2), "pages,", len(SCRAPES), "scrapes")
