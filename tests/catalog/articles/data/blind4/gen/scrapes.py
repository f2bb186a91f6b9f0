"""Text scrapes s01-s07 of the fourth held-out set: (stem, text, expected, encoding, newline)."""
import json as _j
from common import ph, exp

SCRAPES = []

def add(stem, text, e, enc="utf-8", nl="\n"):
    SCRAPES.append((stem, text, e, enc, nl))

# ---------------------------------------------------------------- s01 RSS item with Media RSS
U = "https://www.ozarkcourier.com/news/local/springfield-dam-inspection-finds-cracks/article_5e1c.html"
O = "https://bloximages.ozarkcourier.com/ozark/content/tncms/assets/v3/editorial/5/e1/5e1c0a2b-77d1-11ef-9c1a-0f2e4d6b8a10/{f}"
add("s01-rss-item-media-content-credit-description-dc-creator-copyright", f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Local News</title>
<link>https://www.ozarkcourier.com/news/local/</link>
<description>Local news from Springfield and the Ozarks</description>
<copyright>Copyright 2024 The Ozark Courier</copyright>
<image><url>https://www.ozarkcourier.com/content/tncms/site/icon.png</url><title>Local News</title><link>https://www.ozarkcourier.com/</link></image>
<atom:link href="https://www.ozarkcourier.com/search/?f=rss&amp;c=news/local" rel="self" type="application/rss+xml"/>
<item>
<title><![CDATA[Dam inspection finds cracks in Lake Valley spillway]]></title>
<link>{U}</link>
<guid isPermaLink="false">5e1c0a2b-77d1-11ef-9c1a-0f2e4d6b8a10</guid>
<pubDate>Mon, 03 Jun 2024 17:45:00 -0500</pubDate>
<dc:creator>Reese Calder and Mina Okoro</dc:creator>
<description><![CDATA[State inspectors found two cracks in the 1958 spillway. The county says the dam is safe.]]></description>
<media:content url="{O.format(f='665e3a1f2b7c4.image.jpg?resize=1200%2C800')}" medium="image" type="image/jpeg" width="1200" height="800">
<media:description type="plain"><![CDATA[An inspector photographs a crack in the Lake Valley Dam spillway on May 29.]]></media:description>
<media:credit role="photographer" scheme="urn:ebu">Nathan Papes</media:credit>
<media:thumbnail url="{O.format(f='665e3a1f2b7c4.image.jpg?resize=150%2C100')}" width="150" height="100"/>
</media:content>
<media:content url="{O.format(f='665e3a2c9d1e8.image.jpg?resize=1200%2C900')}" medium="image" type="image/jpeg" width="1200" height="900">
<media:description type="plain"><![CDATA[The spillway during the 2017 flood.]]></media:description>
<media:credit role="photographer" scheme="urn:ebu">Ozark Courier file photo</media:credit>
</media:content>
</item>
</channel>
</rss>
""", exp(U + "?utm_source=rss&utm_medium=rss", U, "Dam inspection finds cracks in Lake Valley spillway", "Reese Calder and Mina Okoro",
        ["Reese Calder", "Mina Okoro"], "The Ozark Courier", "footer copyright", [
        ph(O.format(f='665e3a1f2b7c4.image.jpg?resize=1200%2C800'), "An inspector photographs a crack in the Lake Valley Dam spillway on May 29.",
           "Nathan Papes", None, ["Nathan Papes"], [O.format(f='665e3a1f2b7c4.image.jpg?resize=150%2C100')]),
        ph(O.format(f='665e3a2c9d1e8.image.jpg?resize=1200%2C900'), "The spillway during the 2017 flood.", "Ozark Courier file photo",
           "The Ozark Courier", [], []),
    ], shape_source="One RSS 2.0 <item> with Media RSS, saved as text: <media:content> with <media:description> and "
       "<media:credit role=\"photographer\" scheme=\"urn:ebu\"> (confirmed by find_string 'media:credit role=\"photographer\"' hits "
       "66991300840, 52525876726, 55736954562), a <media:thumbnail> rendition, <dc:creator> with 'and', the channel title is only "
       "the section ('Local News') and the publication is in <copyright> (publication_source 'footer copyright'). BLOX tncms asset "
       "URLs with ?resize=. The channel <image> is the site icon, not a photo."))

# ---------------------------------------------------------------- s02 lynx -dump -image_links
U = "https://www.alpinecourier.ch/region/bergbahn-sanierung-kostet-mehr-ld.2281734"
AC = "https://img.alpinecourier.ch/2024/6/3/{k}.jpeg?width={w}&fit=bounds&quality=75"
add("s02-lynx-dump-image-links-references-by-und-footer", f"""   [1]Skip to main content
   [2]Alpine Courier

   [3]Region [4]Schweiz [5]Sport [6]Abo

Bergbahn-Sanierung kostet 14 Millionen mehr

   Der Verwaltungsrat der Bergbahnen Hohtal muss die Gemeinden um
   zusätzliches Geld bitten.

   Von [7]Lena Huber und [8]Matteo Rossi
   03.06.2024, 05.30 Uhr

   [9]Gondel der Hohtalbahn über dem Dorf
   Die Gondelbahn auf den Hohtaler Grat fährt seit 1972. Im Herbst wird
   sie abgebrochen.
   Bild: Ursina Frei

   Die Bergbahnen Hohtal AG hatte die Erneuerung ihrer Gondelbahn auf 38
   Millionen Franken veranschlagt.

   [10]Hohtal Gemeindehaus
   Gemeindepräsident Reto Clavadetscher an der Medienkonferenz vom Montag.
   Bild: Keystone/Gian Ehrenzeller

   Mehr zum Thema:
   [11][IMG] [12]Skigebiet Hohtal schliesst früher

   [13]Alpine Courier Logo
   © 2024 Alpine Courier

References

   1. {U}#main
   2. https://www.alpinecourier.ch/
   3. https://www.alpinecourier.ch/region
   4. https://www.alpinecourier.ch/schweiz
   5. https://www.alpinecourier.ch/sport
   6. https://abo.alpinecourier.ch/
   7. https://www.alpinecourier.ch/autor/lena-huber-ld.1188
   8. https://www.alpinecourier.ch/autor/matteo-rossi-ld.2201
   9. {AC.format(k='a91f3c2e7b4d', w=1280)}
  10. {AC.format(k='c3e8b1d5f2a9', w=1280)}
  11. https://img.alpinecourier.ch/2024/4/2/skigebiet-teaser.jpeg?width=300&fit=bounds
  12. https://www.alpinecourier.ch/region/skigebiet-hohtal-schliesst-frueher-ld.2260012
  13. https://www.alpinecourier.ch/static/img/logo-ac.svg
""", exp(U, U, "Bergbahn-Sanierung kostet 14 Millionen mehr", "Lena Huber und Matteo Rossi", ["Lena Huber", "Matteo Rossi"],
        "Alpine Courier", "footer copyright", [
        ph(AC.format(k='a91f3c2e7b4d', w=1280), "Die Gondelbahn auf den Hohtaler Grat fährt seit 1972. Im Herbst wird sie abgebrochen.",
           "Ursina Frei", None, ["Ursina Frei"], []),
        ph(AC.format(k='c3e8b1d5f2a9', w=1280), "Gemeindepräsident Reto Clavadetscher an der Medienkonferenz vom Montag.",
           "Keystone/Gian Ehrenzeller", "Keystone", ["Gian Ehrenzeller"], []),
    ], shape_source="lynx -dump -image_links output (lynx(1) manual in the pages corpus, e.g. avsm/openbsd-lynx-working lynx.hlp; "
       "the numbered [n] markers and the trailing 'References' list are lynx's documented dump format; -image_links puts image "
       "URLs in the list): image alt text as a link label, the caption and 'Bild:' credit on the following lines, the byline "
       "'Von A und B', the article URL only in reference 1 (a #main skip link), a teaser [IMG] and the logo as decoys, "
       "publication in the footer '© 2024 Alpine Courier'. Swiss German, caption wrapped over two lines (joined in the JSON)."))

# ---------------------------------------------------------------- s03 Slack paste
U = "https://www.saltmarshsentinel.com/news/2024/jun/03/oyster-farm-leases-tybee/"
SS = "https://www.saltmarshsentinel.com/resizer/{k}=/1200x0/smart/filters:no_upscale()/cloudfront-us-east-1.images.arcpublishing.com/smn/{n}.jpg"
add("s03-slack-thread-unfurl-site-name-photo-links-credit-line", f"""Corinne Vale  9:41 AM
@photodesk can we get these two in the catalog? piece is up
{U}
The Saltmarsh Sentinel
Oyster farm leases on Tybee draw a crowd — and objections
Forty-one people applied for six new shellfish leases in the back river.
(4 kB)

Corinne Vale  9:43 AM
lead art: {SS.format(k='Qm3Zx8', n='OYSTER-LEASES-0601')}
cutline: Oyster farmer Deshawn Mills sorts his catch on the Back River on May 31.
credit: Gabe Ortiz/Saltmarsh Sentinel
second one: {SS.format(k='Lp2Wd5', n='OYSTER-MEETING-0601')}
cutline: Residents fill the council chambers on Thursday night.
credit: Gabe Ortiz/Saltmarsh Sentinel
byline on the web is By Corinne Vale and Abe Whitmore

Marcus Lee  9:50 AM
:white_check_mark: on it
""", exp(U, U, "Oyster farm leases on Tybee draw a crowd — and objections", "Corinne Vale and Abe Whitmore",
        ["Corinne Vale", "Abe Whitmore"], "The Saltmarsh Sentinel", "og:site_name", [
        ph(SS.format(k='Qm3Zx8', n='OYSTER-LEASES-0601'), "Oyster farmer Deshawn Mills sorts his catch on the Back River on May 31.",
           "Gabe Ortiz/Saltmarsh Sentinel", "Saltmarsh Sentinel", ["Gabe Ortiz"], []),
        ph(SS.format(k='Lp2Wd5', n='OYSTER-MEETING-0601'), "Residents fill the council chambers on Thursday night.",
           "Gabe Ortiz/Saltmarsh Sentinel", "Saltmarsh Sentinel", ["Gabe Ortiz"], []),
    ], shape_source="Slack thread copied as text (from memory): 'Name  9:41 AM' headers, a link unfurl block (service name = "
       "the page's og:site_name, then the og:title and og:description, then the attachment size line), and a reporter pasting "
       "image links with 'cutline:' / 'credit:' lines. The unfurl's first line is og:site_name, so publication_source is "
       "'og:site_name'. Thumbor-style Arc resizer URLs ('/1200x0/smart/filters:no_upscale()/…'). The poster's name is a "
       "byline only because she quotes it ('byline on the web is By …'); 'Marcus Lee' is not."))

# ---------------------------------------------------------------- s04 Google Docs plain-text export (BOM, CRLF)
U = "https://www.deltabeacon.com/2024/06/03/levee-board-election-results/"
DB = "https://www.deltabeacon.com/wp-content/uploads/2024/06/{f}"
add("s04-google-docs-txt-export-bom-crlf-hed-cutline-credit-labels", "\ufeff" + f"""SLUG: LEVEE BOARD VOTE
HED: Newcomers win two seats on the levee board
DEK: Turnout was the highest for a levee board race since 1998
WEB: {U}


By Tamsin Greer
The Delta Beacon


GREENVILLE — Two first-time candidates won seats on the Lower Delta Levee Board on Saturday.


ART 1: {DB.format(f='levee-board-winners-scaled.jpg')}
CUTLINE: Winners Odessa Pratt, left, and Luther Banks greet supporters at the courthouse on Saturday night.
CREDIT: Tamsin Greer/The Delta Beacon


ART 2: {DB.format(f='levee-aerial-2011-1024x683.jpg')}
CUTLINE: The levee at Greenville during the 2011 flood (looking north).
CREDIT: U.S. Army Corps of Engineers


Pratt takes office July 1.


###
""", exp(U, U, "Newcomers win two seats on the levee board", "Tamsin Greer", ["Tamsin Greer"], "The Delta Beacon", "byline", [
        ph(DB.format(f='levee-board-winners-scaled.jpg'), "Winners Odessa Pratt, left, and Luther Banks greet supporters at the courthouse on Saturday night.",
           "Tamsin Greer/The Delta Beacon", "The Delta Beacon", ["Tamsin Greer"], []),
        ph(DB.format(f='levee-aerial-2011-1024x683.jpg'), "The levee at Greenville during the 2011 flood (looking north).",
           "U.S. Army Corps of Engineers", "U.S. Army Corps of Engineers", [], []),
    ], shape_source="Google Docs 'Download > Plain text (.txt)' of a newsroom story doc (from memory): UTF-8 with a byte-order "
       "mark and CRLF line ends, blank-line doubled paragraphs, budget labels SLUG/HED/DEK/WEB, the paper on the line after the "
       "byline (the seed's shape, publication_source 'byline'), and 'ART n:' / 'CUTLINE:' / 'CREDIT:' labels. The title is the "
       "HED, not the first line (SLUG). '(looking north)' in the cutline is not a credit and stays in the caption."),
    enc="utf-8", nl="\r\n")

# ---------------------------------------------------------------- s05 Substack plain-text email
U = "https://tidewaterletter.substack.com/p/the-ferryman-retires"
SB = "https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F{u}_{d}.jpeg"
add("s05-substack-email-plaintext-view-on-web-fetch-urls-footer", f"""View this post on the web at {U}

The ferryman retires
After 41 years, Harlan Voss ties up the Ocracoke run for the last time
Maeve Dunleavy
Jun 3

[{SB.format(u='7d1c5b9e-3a2f-4e6b-9d8c-1f0e2a4b6c8d', d='4032x3024')}]
Harlan Voss at the wheel of the Sound Runner on his last crossing, May 31. Photo by Jonah Pruitt.

Harlan Voss learned to pilot a ferry before he could drive a car.

[{SB.format(u='a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d', d='1200x800')}]
Voss's logbook from 1983.

Subscribe to The Tidewater Letter
Unsubscribe https://substack.com/redirect/2/eyJlIjoiaHR0cHM6Ly90aWRld2F0ZXJsZXR0ZXIuc3Vic3RhY2suY29tL2FjdGlvbi9kaXNhYmxlX2VtYWlsIn0
© 2024 The Tidewater Letter
548 Market Street PMB 72296, San Francisco, CA 94104
""", exp(U + "?utm_source=substack&utm_medium=email", U, "The ferryman retires", "Maeve Dunleavy", ["Maeve Dunleavy"],
        "The Tidewater Letter", "footer copyright", [
        ph(SB.format(u='7d1c5b9e-3a2f-4e6b-9d8c-1f0e2a4b6c8d', d='4032x3024'), "Harlan Voss at the wheel of the Sound Runner on his last crossing, May 31.",
           "Jonah Pruitt", None, ["Jonah Pruitt"], []),
        ph(SB.format(u='a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d', d='1200x800'), "Voss's logbook from 1983.", None, None, [], []),
    ], shape_source="Substack newsletter e-mail, text/plain part (from memory): 'View this post on the web at URL' first line, "
       "title, subtitle, author and short date, each image as a bracketed substackcdn.com/image/fetch/… URL (that URL family is "
       "confirmed in the pages corpus: subpub.substack.com/feed shows substackcdn.com/image/fetch/…,w_256,c_limit,f_auto,"
       "q_auto:good,fl_progressive:steep/https%3A%2F%2F… URLs) with the caption on the next line, 'Photo by Name.' glued at the "
       "caption's end (the final period goes with the credit), the Substack postal-address footer with '© 2024 Publication'."))

# ---------------------------------------------------------------- s06 html2text markdown, cp1252 + CRLF
U = "https://www.vozdellitoral.com.ar/sociedad/2024/06/03/el-parana-baja-y-complica-la-toma-de-agua-de-rosario/"
VL = "https://www.vozdellitoral.com.ar/resizer/v2/{k}.jpg?auth={a}&width={w}"
add("s06-html2text-markdown-cp1252-crlf-logo-alt-por-y-foto-efe", f"""[Saltar al contenido](#main)

[![La Voz del Litoral](https://www.vozdellitoral.com.ar/pf/resources/logo-vdl.svg)](/)

  * [Sociedad](/sociedad/)
  * [Política](/politica/)
  * [Deportes](/deportes/)

# El Paraná baja y complica la toma de agua de Rosario

Por [Martina Ferreyra](/autor/martina-ferreyra/) y [Julián Acosta](/autor/julian-acosta/)

3 de junio de 2024 · 10:15 hs

![Bancos de arena en el Paraná](https://www.vozdellitoral.com.ar/resizer/v2/R7QK2M.jpg?auth=4e1f9c&width=1440)

Bancos de arena frente a la costanera de Rosario, el domingo. (Foto: EFE/Matías Llanos)

La altura del río en el puerto de Rosario llegó a 0,42 metros, la más baja desde 2021.

![](https://www.vozdellitoral.com.ar/resizer/v2/B8WZ5T.jpg?auth=9a3c7d&width=1440)

“Nunca vimos la toma así”, dijo un operario de Aguas Santafesinas. (Foto: Gentileza ASSA)

**Te puede interesar:** [Alerta por humo en las islas](/sociedad/2024/05/30/humo-islas/)

© 2024 La Voz del Litoral | Todos los derechos reservados
""", exp(U, U, "El Paraná baja y complica la toma de agua de Rosario", "Martina Ferreyra y Julián Acosta",
        ["Martina Ferreyra", "Julián Acosta"], "La Voz del Litoral", "logo alt", [
        ph(VL.format(k='R7QK2M', a='4e1f9c', w=1440), "Bancos de arena frente a la costanera de Rosario, el domingo.", "EFE/Matías Llanos",
           "EFE", ["Matías Llanos"], []),
        ph(VL.format(k='B8WZ5T', a='9a3c7d', w=1440), "“Nunca vimos la toma así”, dijo un operario de Aguas Santafesinas.",
           "Gentileza ASSA", None, [], []),
    ], shape_source="html2text (aaronsw/Alir3z4 html2text) Markdown output of an Arc XP page, written on Windows with the "
       "console code page (cp1252) and CRLF line ends (from memory): the logo as a linked Markdown image whose alt text is the "
       "publication (publication_source 'logo alt', though the footer also names it), byline 'Por [A](…) y [B](…)' with link "
       "markup, images as ![alt](url) with the caption paragraph after, credits in parentheses '(Foto: EFE/Name)' and "
       "'(Foto: Gentileza ASSA)' (Gentileza → no agency), curly quotes and accents as single cp1252 bytes."),
    enc="cp1252", nl="\r\n")

# ---------------------------------------------------------------- s07 Postlight parser JSON
U = "https://dzienniknadbaltycki.pl/gdansk/sztorm-na-wybrzezu-zdjecia/ar/c1-18912345"
DN = "https://d-art.ppstatic.pl/kadry/k/r/1/{a}/{b}/{c}.jpg"
content = ("<div><p>Silny wiatr w nocy z niedzieli na poniedziałek połamał drzewa w całym Trójmieście.</p>"
 f"<figure><img src=\"{DN.format(a='7d', b='4e', c='a1f2b3c4d5e6f708_o')}\"><figcaption>Zdjęcie 1 z 3. Zerwany dach hali przy ul. Marynarki Polskiej w Gdańsku. Fot. Karolina Misztal / Dziennik Nadbałtycki</figcaption></figure>"
 f"<figure><img src=\"{DN.format(a='7d', b='4f', c='b2c3d4e5f6a7b809_o')}\"><figcaption>Zdjęcie 2 z 3. Fale przelewają się przez molo w Brzeźnie. Fot. Przemysław Świderski</figcaption></figure>"
 f"<figure><img src=\"{DN.format(a='7d', b='50', c='c3d4e5f6a7b8c90a_o')}\"><figcaption>Zdjęcie 3 z 3. Strażacy usuwają drzewo z torowiska w Oliwie. Fot. KM PSP Gdańsk</figcaption></figure>"
 "<p>Straż pożarna interweniowała ponad 300 razy.</p></div>")
doc = {"title": "Sztorm na Wybrzeżu. Zerwane dachy i powalone drzewa [ZDJĘCIA] | Dziennik Nadbałtycki",
       "author": "Agnieszka Wójcik, Tomasz Lis", "date_published": "2024-06-03T06:12:00.000Z", "dek": None,
       "lead_image_url": DN.format(a='7d', b='4e', c='a1f2b3c4d5e6f708_1200'), "content": content,
       "next_page_url": None, "url": U, "domain": "dzienniknadbaltycki.pl",
       "excerpt": "Silny wiatr w nocy z niedzieli na poniedziałek połamał drzewa w całym Trójmieście.",
       "word_count": 412, "direction": "ltr", "total_pages": 1, "rendered_pages": 1}
add("s07-postlight-parser-json-gallery-zdjecie-n-z-3-fot-title-suffix", _j.dumps(doc, ensure_ascii=False, indent=2) + "\n",
    exp(U, U, "Sztorm na Wybrzeżu. Zerwane dachy i powalone drzewa [ZDJĘCIA]", "Agnieszka Wójcik, Tomasz Lis",
        ["Agnieszka Wójcik", "Tomasz Lis"], "Dziennik Nadbałtycki", "title suffix", [
        ph(DN.format(a='7d', b='4e', c='a1f2b3c4d5e6f708_o'), "Zerwany dach hali przy ul. Marynarki Polskiej w Gdańsku.",
           "Karolina Misztal / Dziennik Nadbałtycki", "Dziennik Nadbałtycki", ["Karolina Misztal"],
           [DN.format(a='7d', b='4e', c='a1f2b3c4d5e6f708_1200')]),
        ph(DN.format(a='7d', b='4f', c='b2c3d4e5f6a7b809_o'), "Fale przelewają się przez molo w Brzeźnie.", "Przemysław Świderski", None,
           ["Przemysław Świderski"], []),
        ph(DN.format(a='7d', b='50', c='c3d4e5f6a7b8c90a_o'), "Strażacy usuwają drzewo z torowiska w Oliwie.", "KM PSP Gdańsk",
           "KM PSP Gdańsk", [], []),
    ], shape_source="Postlight (Mercury) Parser CLI JSON output saved as .txt (from memory; Mercury.parse usage confirmed in the code "
       "corpus, find_string 'kompas.com/' hit 27066998490): keys title, author, date_published, lead_image_url, content (cleaned "
       "HTML with escaped quotes), url, domain, excerpt, word_count. The title keeps the site suffix ' | Dziennik Nadbałtycki' and "
       "the '[ZDJĘCIA]' tag stays in the headline. A three-photo gallery with 'Zdjęcie n z 3.' counters (not caption text) and "
       "'Fot.' credits; lead_image_url is the _1200 rendition of photo 1 (the _o original is larger)."))
