"""Checks every expected JSON against its page or scrape (see README)."""
import glob
import html
import json
import os
import re
import sys
from urllib.parse import urlsplit

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["read_at", "url", "title", "byline", "bylines", "publication", "publication_source", "photos"]
PKEYS = ["url", "caption", "credit_line", "agency", "photographers", "also_seen_as"]
SOURCES = {"og:site_name", "json-ld publisher", "syndication", "application-name", "title suffix", "logo alt", "footer copyright", None}
ENC = {"20-": "iso-8859-1", "23-": "cp1252", "s03-": "cp1252"}
errors = []; nphotos = nfields = 0
def err(stem, msg): errors.append(f"{stem}: {msg}")
def norm(s): return re.sub(r"\s+", " ", s).strip()
for jp in sorted(glob.glob(os.path.join(D, "*.json"))):
    stem = os.path.basename(jp)[:-5]
    scrape = stem.startswith("s")
    exp = json.load(open(jp, encoding="utf-8"))
    raw = open(os.path.join(D, stem + (".txt" if scrape else ".html")), "rb").read()
    enc = next((e for p, e in ENC.items() if stem.startswith(p)), "utf-8")
    if enc != "utf-8":
        try: raw.decode("utf-8"); err(stem, "should not be valid UTF-8")
        except UnicodeDecodeError: pass
    text = raw.decode(enc)
    if stem.startswith("s03") and (b"\r\n" not in raw or re.search(rb"[^\r]\n", raw)): err(stem, "not CRLF throughout")
    if not scrape and not text.startswith("<!-- Shape:"): err(stem, "no leading Shape comment")
    if scrape and not exp.get("shape_source"): err(stem, "no shape_source")
    for k in KEYS:
        if k not in exp: err(stem, "missing key " + k)
    if exp["publication_source"] not in SOURCES: err(stem, "bad publication_source")
    if not scrape:
        body = re.sub(r"<script[^>]*>.*?</script>|<!--.*?-->", " ", text, flags=re.S)
        vis1 = norm(html.unescape(re.sub(r"<[^>]+>", "", body)))
        vis2 = norm(html.unescape(re.sub(r"<[^>]+>", " ", body)))
        full = norm(html.unescape(text))
        def seen(s): return s in vis1 or s in vis2 or s in full
    else:
        full = norm(text)
        def seen(s): return s in full
    def url_in(u):
        cands = {u, u.replace("&", "&amp;"), html.unescape(u)}
        p = urlsplit(u); cands.add(p.path + ("?" + p.query if p.query else ""))
        cands |= {c.replace("&", "&amp;") for c in list(cands)}
        return any(c in text for c in cands)
    for k in ("title", "publication"):
        if exp[k] and not seen(exp[k]): err(stem, f"{k} not in text: {exp[k]!r}")
    if exp["byline"] and not seen(exp["byline"]): err(stem, f"byline not in text: {exp['byline']!r}")
    for n in exp["bylines"]:
        if not seen(n): err(stem, f"byline name not in text: {n!r}")
    if not url_in(exp["read_at"]) and not scrape: pass
    if exp["url"] != exp["read_at"] and not url_in(exp["url"]): err(stem, "canonical url not in page")
    nfields += 6
    for ph in exp["photos"]:
        nphotos += 1; nfields += 6
        for k in PKEYS:
            if k not in ph: err(stem, "photo missing key " + k)
        for u in [ph["url"]] + ph["also_seen_as"]:
            if not url_in(u): err(stem, f"photo url not in page: {u}")
        if ph["also_seen_as"] != sorted(ph["also_seen_as"]) or ph["url"] in ph["also_seen_as"]: err(stem, "also_seen_as unsorted or holds url")
        for k in ("caption", "credit_line"):
            if ph[k] and not seen(ph[k]): err(stem, f"{k} not in text: {ph[k]!r}")
        for n in ph["photographers"]:
            if not seen(n): err(stem, f"photographer not in text: {n!r}")
        if ph["credit_line"] is None and (ph["agency"] or ph["photographers"]): err(stem, "agency/photographers without credit")
n = len(glob.glob(os.path.join(D, "*.json")))
print(f"{n} documents, {nphotos} photos, {nfields} fields")
print("\n".join(errors) or "all checks passed")
sys.exit(1 if errors else 0)
