import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = []

def P(url, caption, credit, agency, phs, also=()):
    return {"url": url, "caption": caption, "credit_line": credit, "agency": agency,
            "photographers": list(phs), "also_seen_as": sorted(set(also) - {url})}

def doc(stem, body, *, read_at, url, title, byline, bylines, publication, source, photos,
        encoding="utf-8", newline=None, shape_source=None):
    exp = {"read_at": read_at, "url": url, "title": title, "byline": byline, "bylines": bylines,
           "publication": publication, "publication_source": source, "photos": photos}
    if shape_source is not None:
        exp["shape_source"] = shape_source
    DOCS.append((stem, body, exp, encoding, newline))

def write_all():
    for stem, body, exp, enc, nl in DOCS:
        ext = ".txt" if stem.startswith("s") and stem[1].isdigit() else ".html"
        text = body.lstrip("\n")
        if nl:
            text = text.replace("\n", nl)
        with open(os.path.join(OUT, stem + ext), "wb") as f:
            f.write(text.encode(enc))
        with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write("\n")
