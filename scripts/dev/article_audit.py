"""Audit the article reader on real saved pages kept outside the repository (issue 15).

    PYTHONPATH=$PWD python -m scripts.dev.article_audit FOLDER [-v]

FOLDER holds saved pages (``NAME.html``), each beside ``NAME.expected.json``: where the page came
from (``source``), the address it was read at (``read_at``) and what its fixture states, where it
states it: ``title``, ``byline`` (a string or a list of names), ``publication`` (or ``siteName``)
and ``lead_image``. The pages are other projects' test fixtures and stay out of the repository.

Each page is read with the real reader (``parse_article``). A field the fixture states is compared
after trivial normalisation (whitespace, case, a leading "By"); a field it does not state is
checked against invariants of docs/article-formats.md: a byline is names (not "By ...", a date,
a role, "More by ..."); the publication is not a section or a slogan; a photo is not a logo,
avatar, icon or tracker; a caption does not keep its credit. Where a fixture's answer differs
from our conventions (a headline with the site's name after it) the conventions win and the
field is not counted (``--show-skipped`` lists them).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from catalog.articles.pages import parse_article

FIELDS = ("title", "byline", "publication", "lead_image")

_ROLE = re.compile(
    r"\b(reporter|correspondent|editor|writer|staff|columnist|contributor|producer|photographer|"
    r"journalist|redakt\w*|korrespondent\w*|rédact\w*|envoy[ée]e? spécial\w*|corresponsal|redattore|"
    r"senior|chief|bureau|analyst|updated|published)\b", re.I)
_MORE_BY = re.compile(r"^(more (by|from)|all (stories|articles) by|follow|view profile|see all)\b", re.I)
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}|\b(19|20)\d\d\b|\b\d{1,2}:\d\d\b|"
                   r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d", re.I)
_BY = re.compile(r"^(by|von|par|por|di|door|av|af)(\s*:\s*|\s+)", re.I)
_FURNITURE_URL = re.compile(
    r"(logo|avatar|icon|sprite|favicon|gravatar|spacer|pixel|1x1|blank\.gif|badge|placeholder|"
    r"/ads?/|doubleclick|scorecardresearch|facebook\.com/tr|beacon|author[-_]?(photo|image|pic)|"
    r"headshot|mugshot|profile[-_]?(pic|photo|image)|share[-_]|social[-_])", re.I)
_CREDIT_TAIL = re.compile(
    r"(\((photo|foto|image|picture|credit|bild)[^)]*\)|\b(photo|foto|image|picture|credit|bild)\s*:\s*[^.]+|"
    r"\b(getty images|reuters|afp|associated press|ap photo|epa|shutterstock|dpa)\b[^.]*)\s*$", re.I)
_SLOGAN = re.compile(r"\b(breaking news|latest news|news,|the best|your source|home of|official site|"
                     r"trusted|online news)\b", re.I)


def _norm(text: Any) -> str:
    text = unicodedata.normalize("NFKC", str(text or "")).replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().casefold()


def _names(byline: Any) -> list[str]:
    """A fixture's byline as names: a list as given, a string split at 'and', '&', ',' and ';'."""
    if not byline:
        return []
    parts = byline if isinstance(byline, list) else re.split(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*",
                                                              _BY.sub("", str(byline).strip()))
    return sorted(_norm(_BY.sub("", part)) for part in parts if part and part.strip())


def _same_title(want: str, got: str) -> str:
    """'agree', 'disagree', or 'skip' when the fixture keeps the site's name after the headline."""
    want, got = _norm(want), _norm(got)
    if want == got:
        return "agree"
    if got and want.startswith(got) and re.match(r"\s*[|\-–—:·]\s*\S", want[len(got):]):
        return "skip"
    return "disagree"


def _same_publication(want: str, got: str) -> bool:
    def bare(text: str) -> str:
        return re.sub(r"^the ", "", re.sub(r"\.(com|co\.uk|org|net)$", "", _norm(text)))
    return bare(want) == bare(got)


def _same_image(want: str, photos: list[dict[str, Any]]) -> bool:
    if not photos:
        return False
    first = photos[0]
    seen = [first.get("url") or ""] + list(first.get("also_seen_as") or [])

    def key(url: str) -> str:
        return re.sub(r"^https?://", "", url.split("?")[0]).lower()
    return key(want) in {key(url) for url in seen}


def byline_violations(record: dict[str, Any]) -> list[tuple[str, str]]:
    """(cause, value) for every name of the byline that is not a name."""
    found = []
    publication = _norm(record.get("publication"))
    for name in record.get("bylines") or []:
        if _BY.match(name):
            found.append(("byline keeps its label ('By ...')", name))
        elif _MORE_BY.match(name):
            found.append(("byline is a 'More by'/profile link", name))
        elif _DATE.search(name):
            found.append(("byline holds a date or time", name))
        elif _ROLE.search(name):
            found.append(("byline holds a role", name))
        elif "@" in name or "://" in name or name.startswith("www."):
            found.append(("byline is an address or handle", name))
        elif publication and _norm(name) == publication:
            found.append(("byline is the publication", name))
        elif len(name.split()) > 5:
            found.append(("byline is a sentence, not a name", name))
    return found


def publication_violations(record: dict[str, Any], section: str | None) -> list[tuple[str, str]]:
    publication = record.get("publication")
    if not publication:
        return []
    if _norm(publication) == _norm(record.get("title")):
        return [("publication is the headline", publication)]
    if section and _norm(section) == _norm(publication):
        return [("publication is the page's section", publication)]
    if _SLOGAN.search(publication) or len(publication.split()) > 6:
        return [("publication is a slogan or description", publication)]
    return []


def photo_violations(record: dict[str, Any]) -> list[tuple[str, str]]:
    found = []
    for photo in record.get("photos") or []:
        url = photo.get("url") or ""
        if _FURNITURE_URL.search(url.split("?")[0]):
            found.append(("photo is a logo, avatar, icon or tracker", url))
        caption = photo.get("caption") or ""
        credit = photo.get("credit_line") or ""
        if caption and credit and _norm(caption).endswith(_norm(credit)):
            found.append(("caption keeps its credit", caption[-80:]))
        elif caption and _CREDIT_TAIL.search(caption):
            found.append(("caption ends in a credit-like tail", caption[-80:]))
    return found


def audit(folder: Path, verbose: bool = False) -> dict[str, Any]:
    counts: dict[str, Counter] = {field: Counter() for field in FIELDS}
    disagreements: list[str] = []
    violations: dict[str, list[str]] = defaultdict(list)
    pages = sorted(folder.glob("*.html"))
    for page in pages:
        expected = json.loads(page.with_name(page.stem + ".expected.json").read_text(encoding="utf-8"))
        try:
            record = parse_article(page.read_bytes(), url=expected["read_at"]).to_record()
        except Exception as error:  # an audit reports a crash and goes on
            violations["reader failed"].append(f"{page.stem}: {error!r}")
            continue
        if "title" in expected:
            verdict = _same_title(expected["title"] or "", record.get("title") or "")
            counts["title"][verdict] += 1
            if verdict == "disagree":
                disagreements.append(f"{page.stem} title: want {expected['title']!r} got {record.get('title')!r}")
        if "byline" in expected:
            want, got = _names(expected["byline"]), sorted(_norm(name) for name in record.get("bylines") or [])
            verdict = "agree" if want == got else "disagree"
            counts["byline"][verdict] += 1
            if verdict == "disagree":
                disagreements.append(f"{page.stem} byline: want {expected['byline']!r} got {record.get('bylines')!r}"
                                     f" (printed {record.get('byline')!r})")
        want_publication = expected.get("publication", expected.get("siteName"))
        if want_publication:
            verdict = "agree" if _same_publication(want_publication, record.get("publication") or "") else "disagree"
            counts["publication"][verdict] += 1
            if verdict == "disagree":
                disagreements.append(f"{page.stem} publication: want {want_publication!r} got "
                                     f"{record.get('publication')!r} ({record.get('publication_source')})")
        if expected.get("lead_image"):
            verdict = "agree" if _same_image(expected["lead_image"], record["photos"]) else "disagree"
            counts["lead_image"][verdict] += 1
            if verdict == "disagree":
                first = record["photos"][0]["url"] if record["photos"] else None
                disagreements.append(f"{page.stem} lead_image: want {expected['lead_image']!r} got {first!r}")
        for cause, value in (byline_violations(record) + publication_violations(record, expected.get("section"))
                             + photo_violations(record)):
            violations[cause].append(f"{page.stem}: {value}")
        if verbose:
            print(page.stem, json.dumps({key: record.get(key) for key in ("title", "bylines", "publication")},
                                        ensure_ascii=False), [photo["url"] for photo in record["photos"]][:3])
    return {"pages": len(pages), "counts": counts, "disagreements": disagreements, "violations": violations}


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 2
    result = audit(Path(argv[0]), verbose="-v" in argv)
    print(f"pages audited: {result['pages']}")
    for field, count in result["counts"].items():
        compared = count["agree"] + count["disagree"]
        rate = f"{count['agree'] / compared:.1%}" if compared else "-"
        print(f"  {field:12} {count['agree']}/{compared} agree ({rate}); {count['skip']} not counted (convention)")
    print("disagreements:")
    for line in result["disagreements"]:
        print("  " + line)
    print("violations by likely cause:")
    for cause, rows in sorted(result["violations"].items(), key=lambda item: -len(item[1])):
        print(f"  {len(rows):3}  {cause}")
        for row in rows:
            print(f"        {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
