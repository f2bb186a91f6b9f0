import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the blind set beside gen/
PAGES = []   # (stem, ext, content(str), encoding, newline, expected)

def page(stem, html, exp, encoding="utf-8"):
    PAGES.append((stem, "html", html, encoding, "\n", exp))

def scrape(stem, text, exp, encoding="utf-8", newline="\n"):
    PAGES.append((stem, "txt", text, encoding, newline, exp))

def photo(url, caption, credit_line, agency, photographers, also=()):
    return {"url": url, "caption": caption, "credit_line": credit_line, "agency": agency,
            "photographers": list(photographers), "also_seen_as": sorted(set(also) - {url})}

def expected(read_at, url, title, byline, bylines, publication, source, photos, **extra):
    d = {"read_at": read_at, "url": url, "title": title, "byline": byline, "bylines": bylines,
         "publication": publication, "publication_source": source, "photos": photos}
    d.update(extra)
    return d

def write_all():
    for stem, ext, content, enc, nl, exp in PAGES:
        if ext == "html":
            i = content.index("-->")
            head = content[:i]
            content = "<!--" + head[4:].replace("--", "\u2011\u2011") + content[i:]
        data = content.replace("\n", nl).encode(enc)
        with open(os.path.join(OUT, f"{stem}.{ext}"), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, f"{stem}.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write("\n")
