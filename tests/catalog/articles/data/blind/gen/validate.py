import glob
import html
import json
import os
import re
from urllib.parse import urlparse

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the blind set beside gen/
PAGE_KEYS = ["read_at", "url", "title", "byline", "bylines", "publication", "publication_source", "photos"]
PHOTO_KEYS = ["url", "caption", "credit_line", "agency", "photographers", "also_seen_as"]
SOURCES = {"og:site_name", "json-ld publisher", "title suffix", "logo alt", "application-name", "footer copyright", "syndication", None}
problems = []
npages = nscr = 0; fields = 0; nphotos = 0
def norm(s): return re.sub(r"\s+", " ", s).strip()
for jf in sorted(glob.glob(f"{D}/*.json")):
    stem = jf[:-5]
    exp = json.load(open(jf, encoding="utf-8"))
    src = stem + ".html" if os.path.exists(stem + ".html") else stem + ".txt"
    is_html = src.endswith(".html")
    raw = open(src, "rb").read()
    if is_html:
        npages += 1
        m = re.search(rb'<meta charset="([^"]+)"', raw[:1024])
        enc = m.group(1).decode() if m else "utf-8"
        text = raw.decode({"windows-1252": "cp1252"}.get(enc.lower(), enc))
        if not text.lstrip().startswith("<!-- structure:"): problems.append((src, "no source comment at top"))
        plain = norm(html.unescape(re.sub(r"<[^>]+>", " ", text))) + " || " + norm(html.unescape(re.sub(r"<[^>]+>", "", text)))
    else:
        nscr += 1
        try: text = raw.decode("utf-8")
        except UnicodeDecodeError: text = raw.decode("cp1252")
        plain = norm(text)
        if "shape_source" not in exp: problems.append((src, "no shape_source"))
    un = html.unescape(text)
    for k in PAGE_KEYS:
        if k not in exp: problems.append((src, "missing " + k))
    fields += 6
    if exp["publication_source"] not in SOURCES: problems.append((src, "bad source"))
    if (exp["publication"] is None) != (exp["publication_source"] is None): problems.append((src, "pub/source null mismatch"))
    if norm(exp["title"]) not in plain and exp["title"] not in un: problems.append((src, "title not in page"))
    if exp["byline"] is not None and norm(exp["byline"]) not in plain: problems.append((src, "byline not in page text: " + exp["byline"]))
    for b in exp["bylines"]:
        if b not in plain: problems.append((src, "byline name missing " + b))
    if exp["publication"] and exp["publication"] not in un: problems.append((src, "publication not in page"))
    for ph in exp["photos"]:
        nphotos += 1; fields += 6
        for k in PHOTO_KEYS:
            if k not in ph: problems.append((src, "photo missing " + k))
        def present(u):
            if u in text or u in un or u.replace("&", "&amp;") in text: return "abs"
            p = urlparse(u); rel = p.path + (("?" + p.query) if p.query else "")
            if rel in un: return "rel"
            return None
        if not present(ph["url"]): problems.append((src, "photo url not in page " + ph["url"]))
        elif present(ph["url"]) == "rel": problems.append((src, "photo url only relative " + ph["url"]))
        for a in ph["also_seen_as"]:
            if not present(a): problems.append((src, "rendition not in page " + a))
        if ph["also_seen_as"] != sorted(ph["also_seen_as"]) or ph["url"] in ph["also_seen_as"]: problems.append((src, "also_seen_as not sorted/unique"))
        if ph["caption"] and norm(ph["caption"]) not in plain: problems.append((src, "caption not in page: " + ph["caption"][:50]))
        if ph["credit_line"] and norm(ph["credit_line"]) not in plain: problems.append((src, "credit not in page: " + ph["credit_line"]))
        for p_ in ph["photographers"]:
            if p_ not in (ph["credit_line"] or ""): problems.append((src, "photographer not in credit " + p_))
    if src.endswith("s01-cp1252-crlf-german-doubled-caption-bild.txt"):
        if b"\r\n" not in raw: problems.append((src, "no CRLF"))
        try: raw.decode("utf-8"); problems.append((src, "cp1252 file decodes as utf-8"))
        except UnicodeDecodeError: pass
    if src.endswith("19-windows-1252-meta-charset.html"):
        try: raw.decode("utf-8"); problems.append((src, "cp1252 file decodes as utf-8"))
        except UnicodeDecodeError: pass
for p in problems: print("PROBLEM", *p)
print(f"html pages {npages}, scrapes {nscr}, photos {nphotos}, fields {fields}, problems {len(problems)}")
