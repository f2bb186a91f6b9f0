"""Check every expected JSON against its page or scrape (adapted from the third and fourth sets' validate.py)."""
import glob
import html
import json
import os
import re
import sys
from urllib.parse import urlsplit

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["read_at", "url", "title", "byline", "bylines", "publication", "publication_source", "photos"]
PK = ["url", "caption", "credit_line", "agency", "photographers", "also_seen_as"]
SRC = {"og:site_name", "json-ld publisher", "syndication", "application-name", "title suffix", "logo alt", "footer copyright", "byline", None}
ENC = {"s05": "iso-8859-1"}
CRLF = {"s03"}
RELATIVE = {"18"}  # site-relative img src expected in absolute form
COMPOSED = {"02", "05", "19"}  # bylines printed with affiliations/locations/stray spaces between the names: byline checked name by name
errs = []; nphot = 0; ndoc = 0
norm = lambda s: re.sub(r"\s+", " ", s).strip()
for js in sorted(glob.glob(os.path.join(D, "*.json"))):
    stem = os.path.basename(js)[:-5]; key = stem.split("-")[0]
    e = json.load(open(js, encoding="utf-8")); ndoc += 1
    doc = glob.glob(os.path.join(D, stem + ".html")) + glob.glob(os.path.join(D, stem + ".txt"))
    assert len(doc) == 1, stem
    raw = open(doc[0], "rb").read()
    enc = ENC.get(key, "utf-8")
    if enc != "utf-8":
        try: raw.decode("utf-8"); errs.append(f"{stem}: non-UTF-8 file decodes as UTF-8")
        except UnicodeDecodeError: pass
    src = raw.decode(enc)
    if key in CRLF and (src.count("\r\n") != src.count("\n") or "\r\n" not in src): errs.append(f"{stem}: not CRLF throughout")
    if key not in CRLF and "\r" in src: errs.append(f"{stem}: stray CR")
    ps = e.get("publication_source")
    if doc[0].endswith(".html") and ps == "og:site_name" and f'property="og:site_name" content="{e["publication"]}"' not in src:
        errs.append(f"{stem}: og:site_name claimed but not in meta")
    if doc[0].endswith(".html") and ps not in ("og:site_name", "syndication") and 'property="og:site_name"' in src: errs.append(f"{stem}: og:site_name present but not used")
    if ps == "json-ld publisher" and '"publisher"' not in src: errs.append(f"{stem}: no json-ld publisher")
    if ps == "title suffix" and not re.search(r"<title>[^<]*" + re.escape(e["publication"]) + r"</title>", src) and e["publication"] not in src.split("\n")[0:40].__str__():
        errs.append(f"{stem}: title suffix claimed but absent")
    if ps == "logo alt" and not re.search(r'(alt="|!\[)' + re.escape(e["publication"]), src): errs.append(f"{stem}: logo alt claimed but absent")
    if ps == "footer copyright" and not re.search(r"(©|Copyright)[^\n<]*" + re.escape(e["publication"]), src): errs.append(f"{stem}: footer copyright claimed but absent")
    if doc[0].endswith(".html") and not src.lstrip().startswith("<!DOCTYPE html>\n<!-- Shape:"): errs.append(f"{stem}: no Shape comment")
    if doc[0].endswith(".txt") and not e.get("shape_source"): errs.append(f"{stem}: no shape_source")
    if src.startswith("<?xml"):  # Atom / NITF: tags stripped twice (escaped HTML inside Atom content)
        src_x = html.unescape(re.sub(r"<[^>]+>", " ", src)); src_x = html.unescape(re.sub(r"<[^>]+>", " ", src_x))
    text = norm(html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"</?(a|span|b|em|strong|i)\b[^>]*>", "", src)))) if doc[0].endswith(".html") else norm(src_x) if src.startswith("<?xml") else norm(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", re.sub(r"\[\d+\]", "", src)))  # lynx [n] markers and Markdown links read as their text
    for k in KEYS:
        if k not in e: errs.append(f"{stem}: missing {k}")
    if e["publication_source"] not in SRC: errs.append(f"{stem}: bad source")
    if (e["publication"] is None) != (e["publication_source"] is None): errs.append(f"{stem}: publication/source mismatch")
    if e["publication"] is not None and e["publication"] not in text and e["publication"] not in html.unescape(src):
        errs.append(f"{stem}: publication not in page")
    for f in ["title", "byline"]:
        if f == "byline" and key in COMPOSED: continue
        if e[f] is not None and norm(e[f]) not in text: errs.append(f"{stem}: {f} {e[f]!r} not in text")
    for b in e["bylines"]:
        if b not in text: errs.append(f"{stem}: byline name {b!r} not in text")
    if e["byline"] is None and e["bylines"]: errs.append(f"{stem}: bylines without byline")
    if "utm_" in e["url"] or "fbclid" in e["url"]: errs.append(f"{stem}: tracking in url")
    def present(u):
        forms = {u, u.replace("&", "&amp;")}
        if u.startswith("https:"): forms |= {u[6:], u[6:].replace("&", "&amp;")}
        if key in RELATIVE: forms.add('src="' + urlsplit(u).path + '"')
        return any(f in src for f in forms)
    for p in e["photos"]:
        nphot += 1
        for k in PK:
            if k not in p: errs.append(f"{stem}: photo missing {k}")
        for u in [p["url"]] + p["also_seen_as"]:
            if not u.startswith("https://"): errs.append(f"{stem}: not absolute {u}")
            if not present(u): errs.append(f"{stem}: url not in page {u}")
        if p["also_seen_as"] != sorted(p["also_seen_as"]) or p["url"] in p["also_seen_as"]: errs.append(f"{stem}: also_seen_as")
        for f in ["caption", "credit_line"]:
            if p[f] is not None and norm(p[f]) not in text: errs.append(f"{stem}: {f} {p[f]!r} not in text")
        for n in p["photographers"]:
            if n not in text: errs.append(f"{stem}: photographer {n!r} not in text")
        if p["credit_line"] is None and (p["agency"] or p["photographers"]): errs.append(f"{stem}: agency without credit")
print("\n".join(errs) or "OK")
print(f"{ndoc} documents, {nphot} photos, {ndoc*6 + nphot*6} fields")
sys.exit(1 if errs else 0)
