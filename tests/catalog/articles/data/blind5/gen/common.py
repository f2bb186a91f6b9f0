"""Small helpers shared by the page and scrape builders."""


def ph(url, caption, credit, agency, photographers, also=()):
    return {"url": url, "caption": caption, "credit_line": credit, "agency": agency,
            "photographers": list(photographers), "also_seen_as": sorted(also)}


def exp(read_at, url, title, byline, bylines, pub, src, photos, shape_source=None):
    e = {"read_at": read_at, "url": url, "title": title, "byline": byline, "bylines": list(bylines),
         "publication": pub, "publication_source": src, "photos": photos}
    if shape_source:
        e["shape_source"] = shape_source
    return e


def page(shape, head, body, lang="en", charset="utf-8"):
    return ("<!DOCTYPE html>\n<!-- Shape: " + shape + " -->\n"
            f'<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n' + head.strip("\n") +
            "\n</head>\n<body>\n" + body.strip("\n") + "\n</body>\n</html>\n")
