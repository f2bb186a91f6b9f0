"""Stories exported as a table (CSV, TSV): a scraper's spreadsheet, read by what its columns hold, whatever the tool.

Point-and-click scrapers and crawlers (import.io, Octoparse, ParseHub, Web Scraper, Data Miner, Instant Data
Scraper, Apify's dataset as CSV, Screaming Frog's custom extraction, a newspaper3k or trafilatura script, a Google
Sheet of ``IMPORTXML`` formulas) save what they extracted as a table: a header row naming the columns, then a row
per story, or a row per picture with the story's columns repeated on every row. The columns are named by whoever
set the scraper up, in their own language ("titular", "pie_de_foto", "Bildunterschrift"), or by the tool
("web-scraper-start-url", "image-src", "images/0/url", "H1-1", "Title 1", "image/_alt"). So a column's role is
read from its name's words in the main news languages (``_ROLE_WORDS``) and from what its cells hold (addresses of
pages or of pictures), and a picture's columns are tied together by the number in their names ("image_2",
"caption_2", "images/1/url") or by sharing a row. The delimiter is the one that cuts every row into as many cells
as the header (Excel writes ';' where the decimal mark is a comma), and the charset is decoded as for any page
(``pages.decode_page``: BOM, UTF-8, else Windows-1252).

The table is written out as the HTML page it stands for (``story_html``) and read as any other. See
docs/article-formats.md.
"""

from __future__ import annotations

import ast
import csv
import io
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from html import escape

from catalog.articles.bylines import LABEL, split_byline
from catalog.articles.html_photos import is_decorative_url
from catalog.articles.story_html import names_line, page_html, picture_html
from catalog.articles.urls import canonicalize_url
from catalog.credits import split_caption_credit
from catalog.errors import PhotodeskError

_DELIMITERS = (",", ";", "\t", "|")
_LONGEST_NAME = 80  # characters: a header cell longer than that is data, not a column's name
_MOST_ROWS = 5000  # rows looked at: a larger export is read by its first ones
_ADDRESS = re.compile(r"^(?:https?:)?//\S+$|^/[^\s/]\S*$", re.IGNORECASE)
# A picture's address: its file's extension, or an image server's path (renditions with no extension)
_PICTURE_ADDRESS = re.compile(r"\.(?:jpe?g|png|webp|gif|avif|heic|tiff?)(?:$|[?#/])|/(?:images?|img|photos?|media|"
                              r"uploads|thumbs?|cache|resize)/", re.IGNORECASE)
_SEVERAL_ADDRESSES = re.compile(r"(?:https?:)?//[^\s,;|'\"\]\[{}]+", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|\d+")
_GALLERY_COUNTER = re.compile(r"^\s*\w+\s+\d+\s*(?:/|de|of|von|di|sur|av|af|z|из)\s*\d+\s*$", re.IGNORECASE)

# A column's role from the words of its name, in English, Spanish, Portuguese, French, German, Italian, Dutch and the
# Nordic languages as people name a scraper's fields, and as the tools name theirs. Words are compared without accents.
_ROLE_WORDS: dict[str, frozenset[str]] = {
    # the story's headline; "h1" (Screaming Frog's H1-1), Spanish "titular", Dutch "kop", Swedish "rubrik"
    "title": frozenset({"title", "titles", "headline", "headlines", "hed", "heading", "h1", "titulo", "titular",
                        "titre", "titel", "uberschrift", "ueberschrift", "schlagzeile", "titolo", "kop", "kopregel",
                        "rubrik", "overskrift", "otsikko", "tytul", "naslov"}),
    "url": frozenset({"url", "urls", "uri", "link", "links", "href", "permalink", "canonical", "address", "adresse",
                      "direccion", "enlace", "endereco", "lien", "indirizzo", "collegamento", "adres", "loaded"}),
    "author": frozenset({"author", "authors", "byline", "bylines", "by", "writer", "writers", "creator", "autor",
                         "autores", "autora", "auteur", "auteurs", "autrice", "autore", "autori", "verfasser",
                         "verfasserin", "redacteur", "journalist", "journalists", "periodista", "redactor",
                         "forfatter", "forfattare", "forfattere", "skribent", "kirjoittaja", "firma"}),
    "site": frozenset({"site", "sitename", "publication", "publisher", "outlet", "newspaper", "paper", "medio",
                       "medium", "periodico", "diario", "jornal", "journal", "zeitung", "giornale", "testata", "krant",
                       "avis", "tidning", "sitio", "portal"}),
    "date": frozenset({"date", "dates", "published", "publish", "time", "datetime", "fecha", "data", "datum", "dato",
                       "publicado", "publie", "veroffentlicht", "pubdate", "modified", "updated", "created"}),
    "body": frozenset({"text", "body", "content", "article", "maintext", "markdown", "html", "cuerpo", "texto",
                       "contenido", "conteudo", "corpo", "texte", "contenu", "inhalt", "testo", "contenuto", "tekst",
                       "inhoud", "brodtekst", "noticia", "nota"}),
    "summary": frozenset({"description", "summary", "excerpt", "dek", "standfirst", "teaser", "lead", "resumen",
                          "bajada", "entradilla", "sumario", "copete", "resumo", "chapo", "chapeau", "accroche",
                          "vorspann", "anriss", "sottotitolo", "occhiello", "sommario", "intro", "ingress", "meta"}),
    "picture": frozenset({"image", "images", "img", "imgs", "photo", "photos", "picture", "pictures", "pic", "thumbnail",
                          "thumb", "src", "srcset", "foto", "fotos", "imagen", "imagenes", "imagem", "imagens",
                          "bild", "bilder", "immagine", "immagini", "afbeelding", "billede", "kuva", "zdjecie",
                          "visual", "media", "gallery", "galeria", "galerie", "galleria", "og"}),
    # a picture's caption: Spanish "pie (de foto)", "epígrafe", "leyenda"; French "légende"; German "Bildunterschrift",
    # "Bildtext"; Italian "didascalia"; Portuguese and Polish "legenda"; Dutch "onderschrift"; newsroom "cutline"
    "caption": frozenset({"caption", "captions", "cutline", "legend", "legende", "leyenda", "pie", "epigrafe",
                          "bildunterschrift", "bildtext", "didascalia", "legenda", "onderschrift", "bijschrift",
                          "billedtekst", "bildtekst", "kuvateksti", "podpis"}),
    "alt": frozenset({"alt", "alternative"}),
    # a picture's credit: "crédito", "crédit", "Bildnachweis", "Fotograf", "copyright"
    "credit": frozenset({"credit", "credits", "credito", "creditos", "bildnachweis", "bildquelle", "fotograf",
                         "fotografo", "photographer", "copyright", "attribution", "fotocredit", "kreditering"}),
}
# Roles of the story as a whole; the others belong to a picture
_STORY_ROLES = ("title", "page_title", "url", "author", "site", "date", "body", "summary")
# Words of a column holding the document's <title> beside the headline: "page title", "título de la página",
# "meta title", "seo title", "Seitentitel", Screaming Frog's "Title 1" beside "H1-1"
_PAGE_WORDS = frozenset({"page", "pagina", "seite", "tag", "meta", "seo", "document", "html", "head", "browser",
                         "seitentitel"})
# A column naming where the scraper started or what it is, no part of the story: Web Scraper's "web-scraper-order",
# Screaming Frog's "Status Code", "Indexability", an id, a row number
_TOOL_WORDS = frozenset({"order", "status", "code", "indexability", "id", "index", "row", "hash", "fingerprint",
                         "checksum", "depth", "size", "count", "language", "lang", "license", "type", "pagetype",
                         "keywords", "tags", "tag", "categories", "category", "comments", "word", "words",
                         "response", "crawl", "timestamp", "hostname", "domain", "host", "movies", "videos", "video"})
# Words of an address that is not the story's own: where a crawl started, the next page, a related story's
_OTHER_ADDRESS_WORDS = frozenset({"start", "next", "prev", "previous", "pagination", "related", "author", "authors",
                                  "category", "tag", "home", "feed", "source", "referrer", "referer", "parent",
                                  "share", "comments", "amp"})
_HEADLINE_WORDS = frozenset({"headline", "headlines", "hed", "h1", "titular", "uberschrift", "ueberschrift",
                             "schlagzeile", "kop", "rubrik", "overskrift"})


class NotAnArticleTableError(PhotodeskError):
    """A table (CSV, TSV) that is no story's export: none of its columns holds a title, an address or a picture."""


@dataclass
class _Column:
    """One column: its name, its role, the picture it belongs to (by the number in its name) and its rank in role."""

    name: str
    role: str | None
    picture: int | None = None
    rank: int = 0


@dataclass
class _Story:
    """The parts of one story read from its rows."""

    fields: dict[str, str] = field(default_factory=dict)
    authors: list[str] = field(default_factory=list)
    # (address, caption, alt, credit) of each picture, in order
    pictures: list[tuple[str, str | None, str | None, str | None]] = field(default_factory=list)


def table_rows(text: str) -> list[list[str]] | None:
    """The rows of a table written as CSV or TSV (the first one its header), or None for text that is no table:
    the delimiter is the one (',', ';', tab, '|') that cuts at least two rows, and nearly every row, into the
    same number (two or more) of cells; quoted cells may hold the delimiter and line breaks."""
    head = text.lstrip("\ufeff")[:2000]
    first_line = head.split("\n", 1)[0]
    if not first_line.strip() or head.lstrip()[:1] in "<{[":
        return None
    best: tuple[float, int] | None = None
    rows: list[list[str]] | None = None
    for delimiter in _DELIMITERS:
        if delimiter not in first_line:
            continue
        try:
            found = _records(text, delimiter)
        except csv.Error:
            continue
        found = [row for row in found if any(cell.strip() for cell in row)]
        if not found or len(found[0]) < 2 or len(found) < 2 and not _is_headless_story(found[0]):
            continue
        even = sum(len(row) == len(found[0]) for row in found) / len(found)
        score = (even, len(found[0]))
        if even >= 0.8 and (best is None or score > best):
            best, rows = score, found
    if rows is None:
        return None
    width = len(rows[0])
    return [row[:width] + [""] * (width - len(row)) for row in rows]


def _is_headless_story(row: list[str]) -> bool:
    """True for a lone row that is a story without a header (trafilatura's CSV line): four cells or more, one of
    them a page's address."""
    return len(row) >= 4 and any(_ADDRESS.match(cell.strip()) for cell in row)


def _records(text: str, delimiter: str) -> list[list[str]]:
    """The first records of ``text`` cut at ``delimiter``, quoted cells across lines kept whole."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter, strict=True)
    return list(itertools.islice(reader, _MOST_ROWS))


def table_page(text: str, url: str | None = None) -> str | None:
    """The HTML page the story a table exports stands for (the one at ``url`` when it holds several, else the
    first); None for text that is no table. Raises ``NotAnArticleTableError`` for a table none of whose columns
    holds a story's title, address or picture."""
    rows = table_rows(text)
    if rows is None:
        return None
    header, data = _header_and_data(rows)
    if not data or not any(header) and not any(_is_headless_story(row) for row in data):
        return None
    columns = [_column(name, [row[index] for row in data]) for index, name in enumerate(header)]
    _name_by_cells(columns, data)
    roles = {column.role for column in columns}
    if not roles & {"title", "url", "picture"}:
        names = ", ".join(name for name in header[:6] if name.strip()) + (", …" if len(header) > 6 else "")
        raise NotAnArticleTableError(f"a table of {len(header)} columns ({names}) and {len(data)} rows, none of them "
                                     "a story's title, address or picture: not an article export")
    _mark_page_title(columns, data)
    story = _story(columns, _story_rows(columns, data, url))
    return _page(story)


def _header_and_data(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The header and the data rows: the first row names the columns when its cells are short names, no
    addresses; else the table has no header (trafilatura's CSV) and its columns are named by what they hold."""
    first = rows[0]
    if all(_is_column_name(cell) for cell in first) \
            and sum(bool(re.search(r"[^\W\d_]", cell)) for cell in first) >= len(first) / 2:
        return [cell.strip() for cell in first], rows[1:]
    return [""] * len(first), rows


def _is_column_name(cell: str) -> bool:
    """True for a cell that can name a column: short and printable, no address, no "key: value" pair or labelled
    line ("De:", a mail's header; '"title": "…"', a line of JSON), no markup."""
    cell = cell.strip()
    return len(cell) <= _LONGEST_NAME and cell.isprintable() and not _ADDRESS.match(cell) \
        and not re.search(r":\s|:$|[<>{}@\"]", cell)


def name_words(name: str) -> tuple[str, ...]:
    """The words of a column's name in lower case without accents, numbers kept: "pie_de_foto" -> pie, de, foto;
    "images/0/url" -> images, 0, url; "H1-1" -> h1, 1; "imagen_alt" -> imagen, alt; "Title 1" -> title, 1."""
    plain = "".join(char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char))
    plain = plain.replace("ß", "ss")
    words: list[str] = []
    for chunk in re.split(r"[^0-9A-Za-z]+", plain):
        if re.fullmatch(r"[Hh][1-6]", chunk):
            words.append(chunk.lower())  # a heading's tag, not a word and a number
            continue
        words += [word.lower() for word in _NAME_WORD.findall(chunk)]
    return tuple(words)


def _column(name: str, cells: list[str]) -> _Column:
    """A column's role from its name's words and from what its cells hold, and the picture its number names."""
    words = name_words(name)
    named = set(words)
    numbers = [int(word) for word in words if word.isdigit()]
    filled = [cell.strip() for cell in cells if _value(cell)]
    addresses = [cell for cell in filled if _ADDRESS.match(cell) or _addresses_in(cell)]
    holds_addresses = bool(filled) and len(addresses) >= len(filled) * 0.8
    pictures = [cell for cell in addresses if _PICTURE_ADDRESS.search(cell)]
    holds_pictures = holds_addresses and len(pictures) >= len(addresses) * 0.8
    listed = bool(filled) and all(len(_addresses_in(cell)) > 1 for cell in filled)
    of = {role for role, vocabulary in _ROLE_WORDS.items() if named & vocabulary}
    picture = numbers[0] if numbers else None
    if "alt" in of:
        return _Column(name, "alt", picture)
    if of & {"caption", "credit"} and not holds_addresses:
        return _Column(name, "caption" if "caption" in of else "credit", picture)
    if holds_pictures or listed and pictures:
        return _Column(name, "picture", picture, rank=1 if "picture" not in of else 0)
    if "picture" in of:
        if not holds_addresses and "title" not in of and of & {"summary", "body"}:
            return _Column(name, "caption", picture)  # "image description", "photo text"
        return _Column(name, None)  # a picture's title, size or file name
    if named & _TOOL_WORDS and not of & {"title", "author", "body", "summary"}:
        return _Column(name, None)
    if holds_addresses:
        if named & _OTHER_ADDRESS_WORDS:
            return _Column(name, "url", rank=2)  # where the crawl started: the story's only when nothing else is
        return _Column(name, "url", rank=0 if "url" in of else 1)
    if not filled:
        return _Column(name, None)
    for role in ("author", "site", "date", "summary", "title", "body"):
        if role in of:
            if role == "title":
                return _Column(name, "title", rank=0 if named & _HEADLINE_WORDS else 1 + bool(named & _PAGE_WORDS))
            return _Column(name, role)
    return _Column(name, None)


def _name_by_cells(columns: list[_Column], data: list[list[str]]) -> None:
    """Columns of no known name (a table without a header, a tool's "selection1_name", "Field2", a class name) named
    by what they hold, when the named columns left that role empty: labelled bylines the author, captions printing a
    credit the pictures' caption, a long text the body, the first column of short lines of words the title."""
    roles = {column.role for column in columns}
    for index, column in enumerate(columns):
        if column.role is not None or set(name_words(column.name)) & _TOOL_WORDS:
            continue
        filled = [row[index].strip() for row in data if _value(row[index])]
        if not filled:
            continue
        if "author" not in roles and all(len(cell) <= 120 and LABEL.match(cell) and split_byline(cell) for cell in filled):
            column.role = "author"  # "By Ann Lee", "Por Ana Paz": a byline, its label says so
            roles.add("author")
        elif "picture" in roles and "caption" not in roles and all(split_caption_credit(cell)[1] for cell in filled):
            column.role = "caption"  # "Waves at dawn. Photo: Reuters": a picture's caption, its credit says so
            roles.add("caption")
        elif "body" not in roles and max(len(cell) for cell in filled) >= 200:
            column.role = "body"
            roles.add("body")
        elif "title" not in roles and all(" " in cell and len(cell) <= 300 and not re.match(r"^[\d(]", cell)
                                          for cell in filled):
            column.role, column.rank = "title", 3
            roles.add("title")


def _addresses_in(cell: str) -> list[str]:
    """The addresses a cell lists and nothing else ("a b", "a, b", "['a', 'b']", a set of them), or []."""
    found = _SEVERAL_ADDRESSES.findall(cell)
    rest = _SEVERAL_ADDRESSES.sub("", cell)
    return found if found and not rest.strip("[](){},;| '\"\n\t\r") else []


def _mark_page_title(columns: list[_Column], data: list[list[str]]) -> None:
    """Of two title columns, the one whose cells are the other's with the site's name after them is the document's
    <title> ("Headline - Site" beside "Headline"), whatever the columns are named; of titles named alike, the
    headline ranks first."""
    titles = [index for index, column in enumerate(columns) if column.role == "title"]
    for index in titles:
        for other in titles:
            if other == index:
                continue
            pairs = [(row[index].strip(), row[other].strip()) for row in data if row[index].strip() and row[other].strip()]
            if pairs and all(longer != shorter and longer.startswith(shorter)
                             and re.match(r"\s*[-–—|:·•»]", longer[len(shorter):]) for longer, shorter in pairs):
                columns[index].role = "page_title"
    for index in titles:
        if columns[index].role == "title" and columns[index].rank == 2 and any(
                columns[other].role == "title" and columns[other].rank < 2 for other in titles):
            columns[index].role = "page_title"  # "page title" beside "title" or "h1"


def _story_rows(columns: list[_Column], data: list[list[str]], url: str | None) -> list[list[str]]:
    """The rows of one story: those whose address is ``url``, else those of the first row's story (a row per
    picture repeats the story's address, or its title)."""
    key = _best(columns, "url") if any(column.role == "url" for column in columns) else _best(columns, "title")
    if key is None:
        return data
    wanted = _canonical(url) if url else None
    if wanted:
        matching = [row for row in data if _canonical(row[key].strip()) == wanted]
        if matching:
            return matching
    first = data[0][key].strip()
    same = [row for row in data if row[key].strip() in (first, "")]
    return same if first else data


def _best(columns: list[_Column], role: str) -> int | None:
    """The index of the best column of ``role``: the lowest rank, then the first."""
    found = [(column.rank, index) for index, column in enumerate(columns) if column.role == role]
    return min(found)[1] if found else None


def _story(columns: list[_Column], rows: list[list[str]]) -> _Story:
    """The story's fields from its rows (the first non-empty cell of each role's best column) and its pictures: on
    each row, the picture columns of one number (or of none) with the caption, alt and credit columns of that
    number, every picture once, in order."""
    story = _Story()
    for role in _STORY_ROLES:
        ranked = sorted((column.rank, index) for index, column in enumerate(columns) if column.role == role)
        for _, index in ranked:
            value = next((row[index].strip() for row in rows if _value(row[index])
                          and (role != "url" or _ADDRESS.match(row[index].strip()))), None)
            if value:
                story.fields[role] = value
                break
    story.authors = [name for index, column in enumerate(columns) if column.role == "author"
                     for name in _listed(next((row[index].strip() for row in rows if _value(row[index])), ""))]
    numbers = sorted({column.picture for column in columns if column.role == "picture"},
                     key=lambda number: (number is not None, number or 0))
    seen: set[str] = set()
    for row in rows:
        for number in numbers:
            part = _picture_parts(columns, row, number)
            if number is not None and not any(part.values()):  # the un-numbered columns serve every picture
                part = _picture_parts(columns, row, None)
            # the first column of a picture's number holding one address is its address, the others its other
            # copies; a column listing several addresses (all the page's images) adds each of them
            taken = False
            for index, column in sorted(enumerate(columns), key=lambda item: item[1].rank):
                if column.role != "picture" or column.picture != number or not _value(row[index]):
                    continue
                addresses = _addresses_in(row[index]) or [row[index].strip()]
                alone = len(addresses) == 1
                if alone and taken:
                    continue
                taken = taken or alone
                for address in addresses:
                    if address in seen or is_decorative_url(address):
                        continue
                    seen.add(address)
                    story.pictures.append((address, part["caption"] if alone else None,
                                           part["alt"] if alone else None, part["credit"] if alone else None))
    return story


def _picture_parts(columns: list[_Column], row: list[str], number: int | None) -> dict[str, str | None]:
    """The caption, alt and credit a row gives the picture of ``number``: the first filled column of each."""
    return {role: next((row[index].strip() for index, column in enumerate(columns)
                        if column.role == role and column.picture == number and _value(row[index])), None)
            for role in ("caption", "alt", "credit")}


def _listed(cell: str) -> list[str]:
    """The names a cell holds: a list written as Python or JSON writes it (a newspaper3k script's
    "['Ann Lee', 'Bo Park']"), else the cell as printed."""
    if re.match(r"^\[.*\]$|^\{.*\}$", cell, re.DOTALL):
        try:
            listed = ast.literal_eval(cell)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return [cell] if cell else []
        if isinstance(listed, (list, tuple, set)):
            return [item.strip() for item in listed if isinstance(item, str) and item.strip()]
    return [cell] if cell else []


def _value(cell: str) -> bool:
    """True for a cell that holds something (a tool writes "null", "None", "NaN" for nothing)."""
    return bool(cell.strip()) and cell.strip().lower() not in ("null", "none", "nan", "n/a")


def _page(story: _Story) -> str:
    """The HTML page of the story: its head's title and tags, the byline, the summary, the pictures and the body."""
    fields = story.fields
    figures = "".join(_figure(address, caption, alt, credit) for address, caption, alt, credit in story.pictures)
    body = fields.get("body") or ""
    if body and not re.search(r"<(?:p|div|figure|img|br|h[1-6])\b", body, re.IGNORECASE):
        body = "".join(f"<p>{escape(line.strip())}</p>" for line in body.splitlines() if line.strip())
    summary = f'<p class="standfirst">{escape(fields["summary"])}</p>' if fields.get("summary") else ""
    byline = names_line(story.authors) if len(story.authors) > 1 else next(iter(story.authors), None)
    return page_html(title=fields.get("title") or fields.get("page_title"), url=fields.get("url"), byline=byline,
                     body=summary + figures + body, site_name=fields.get("site"), published=fields.get("date"),
                     page_title=fields.get("page_title") if fields.get("title") else None)


def _figure(address: str, caption: str | None, alt: str | None, credit: str | None) -> str:
    """A picture as its figure; the alt text is its caption only when no caption is given and it is not a gallery's
    counter ("Foto 1 de 3")."""
    if not caption and alt and not _GALLERY_COUNTER.match(alt):
        caption = alt
    return picture_html(address, None, caption=caption, credit=credit, alt=alt)


def _canonical(url: str) -> str | None:
    try:
        return canonicalize_url(url)
    except ValueError:
        return None
