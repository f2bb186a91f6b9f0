"""Text scrapes s01-s06 of the fifth held-out set: (stem, text, expected, encoding, newline)."""
from common import ph, exp

SCRAPES = []

def add(stem, text, e, enc="utf-8", nl="\n"):
    SCRAPES.append((stem, text, e, enc, nl))

# ---------------------------------------------------------------- s01 Atom entry with escaped HTML content
U = "https://www.fenlandpost.co.uk/news/wisbech-bypass-approved-4471230"
FP = "https://images.fenlandpost.co.uk/webimage/1.4471231.1717412345!/image/{n}.jpg_gen/derivatives/{d}/{n}.jpg"
add("s01-atom-entry-escaped-html-figure-rights-enclosure", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <title>News | Fenland</title>
  <id>https://www.fenlandpost.co.uk/news</id>
  <rights>© 2024 The Fenland Post</rights>
  <logo>https://www.fenlandpost.co.uk/static/img/fp-logo-atom.png</logo>
  <updated>2024-06-03T18:20:00+01:00</updated>
  <entry>
    <title type="html">Wisbech bypass approved after 20-year campaign</title>
    <link rel="alternate" type="text/html" href="{U}"/>
    <link rel="enclosure" type="image/jpeg" length="0" href="{FP.format(n='bypass-route', d='landscape_1200')}"/>
    <id>tag:fenlandpost.co.uk,2024:4471230</id>
    <published>2024-06-03T18:20:00+01:00</published>
    <author><name>Harriet Cole and Dev Rana</name></author>
    <summary type="text">County councillors voted 9-2 for the £48m road.</summary>
    <content type="html">&lt;p&gt;County councillors voted 9-2 for the £48m road on Monday.&lt;/p&gt;
&lt;figure&gt;&lt;img src="{FP.format(n='bypass-route', d='landscape_640')}" alt=""/&gt;&lt;figcaption&gt;The route of the bypass crosses farmland south of Elm. Photo: Terry Harris/PA Wire&lt;/figcaption&gt;&lt;/figure&gt;
&lt;p&gt;Work could start in 2026.&lt;/p&gt;
&lt;figure&gt;&lt;img src="{FP.format(n='campaigners', d='landscape_640')}" alt=""/&gt;&lt;figcaption&gt;Campaigners outside Fenland Hall after the vote.&lt;/figcaption&gt;&lt;/figure&gt;</content>
  </entry>
</feed>
""", exp(U, U, "Wisbech bypass approved after 20-year campaign", "Harriet Cole and Dev Rana", ["Harriet Cole", "Dev Rana"],
        "The Fenland Post", "footer copyright", [
        ph(FP.format(n='bypass-route', d='landscape_1200'), "The route of the bypass crosses farmland south of Elm.", "Terry Harris/PA Wire", "PA",
           ["Terry Harris"], [FP.format(n='bypass-route', d='landscape_640')]),
        ph(FP.format(n='campaigners', d='landscape_640'), "Campaigners outside Fenland Hall after the vote.", None, None, [], []),
    ], shape_source="One Atom 1.0 <entry> in its <feed> (RFC 4287, from memory): <content type=\"html\"> holding entity-escaped "
       "HTML with <figure>/<figcaption>, a rel=\"enclosure\" link to the larger rendition of photo 1, one <author><name> holding "
       "two names joined with 'and', the feed <title> is only the section ('News | Fenland') and the publication is in "
       "<rights> (publication_source 'footer copyright'); the feed <logo> is not a photo. Escenic-style "
       "webimage/…!/image/…_gen/derivatives/{landscape_640|landscape_1200}/ renditions."))

# ---------------------------------------------------------------- s02 NITF 3.5 wire export
U = "https://www.hanseatische-rundschau.de/hamburg/elbtunnel-sperrung-pfingsten-3312345.html"
HR = "https://bilder.hanseatische-rundschau.de/2024/06/03/{n}.jpg?w={w}"
add("s02-nitf-xml-byline-person-von-und-media-caption-producer-copyright", f"""<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.5//EN" change.date="October 18, 2006" change.time="19:30" baselang="de-DE">
<head>
<title>Elbtunnel: Vollsperrung über Pfingsten</title>
<docdata>
<doc-id id-string="hr-3312345"/>
<date.issue norm="20240603T141500+0200"/>
<doc.copyright year="2024" holder="Hanseatische Rundschau"/>
<du-key key="elbtunnel-sperrung"/>
</docdata>
<pubdata type="web" position.section="Hamburg" ex-ref="{U}"/>
</head>
<body>
<body.head>
<hedline><hl1>Elbtunnel: Vollsperrung über Pfingsten</hl1><hl2>Autofahrer müssen mit langen Staus auf der A7 rechnen</hl2></hedline>
<byline>Von <person>Jana Ehlers</person> und <person>Malte Voss</person></byline>
<dateline><location>Hamburg</location></dateline>
</body.head>
<body.content>
<p>Die Autobahn GmbH sperrt den Elbtunnel von Freitagabend an in beide Richtungen.</p>
<media media-type="image">
<media-reference mime-type="image/jpeg" source="{HR.format(n='elbtunnel-einfahrt', w=1600)}" width="1600" height="1067"/>
<media-reference mime-type="image/jpeg" source="{HR.format(n='elbtunnel-einfahrt', w=640)}" width="640" height="427"/>
<media-caption><p>Die Einfahrt zum Elbtunnel bei Othmarschen. Foto: Marcus Brandt/dpa</p></media-caption>
<media-producer><person>Marcus Brandt</person></media-producer>
</media>
<p>Die Umleitung führt über die Köhlbrandbrücke.</p>
<media media-type="image">
<media-reference mime-type="image/jpeg" source="{HR.format(n='umleitung-karte', w=1200)}" width="1200" height="800"/>
<media-caption><p>Die Umleitungsstrecke. Grafik: Autobahn GmbH</p></media-caption>
<media-producer>Autobahn GmbH</media-producer>
</media>
</body.content>
<body.end><tagline>© Hanseatische Rundschau 2024</tagline></body.end>
</body>
</nitf>
""", exp(U, U, "Elbtunnel: Vollsperrung über Pfingsten", "Jana Ehlers und Malte Voss", ["Jana Ehlers", "Malte Voss"],
        "Hanseatische Rundschau", "footer copyright", [
        ph(HR.format(n='elbtunnel-einfahrt', w=1600), "Die Einfahrt zum Elbtunnel bei Othmarschen.", "Marcus Brandt/dpa", "dpa", ["Marcus Brandt"],
           [HR.format(n='elbtunnel-einfahrt', w=640)]),
        ph(HR.format(n='umleitung-karte', w=1200), "Die Umleitungsstrecke.", "Autobahn GmbH", "Autobahn GmbH", [], []),
    ], shape_source="IPTC NITF 3.5 XML export of one story (the media/media-reference/media-caption/media-producer structure "
       "confirmed by find_string '<media-producer>' hits 44982537365 — a dpa NITF sample with 'Foto: Name' at the end of "
       "<media-caption> and the name in <media-producer><person> — 46702684884 and 41546297299): <hl1> headline and <hl2> "
       "subhead, <byline>Von <person>A</person> und <person>B</person></byline>, the article URL in pubdata/@ex-ref, the "
       "publication in doc.copyright/@holder and in the '© … 2024' tagline (publication_source 'footer copyright'), two "
       "<media-reference> renditions of photo 1, and a graphic credited 'Grafik:' (a label like 'Foto:')."))

# ---------------------------------------------------------------- s03 Microsoft Teams paste (CRLF)
U = "https://www.thamesgazette.co.uk/news/reading-news/hospital-car-park-charges-double-9123456"
TG = "https://i2-prod.thamesgazette.co.uk/incoming/article{a}.ece/ALTERNATES/{s}/{n}.jpg"
add("s03-teams-chat-paste-crlf-link-preview-title-suffix-labels", f"""[10:42] Okafor, Chidi
Pic desk - can you log the two photos from this one? {U}

Hospital car park charges to double from July - Thames Gazette
www.thamesgazette.co.uk
Patients and visitors will pay up to £8 a day from July 1

[10:44] Okafor, Chidi
Lead: {TG.format(a=9123457, s='s1200', n='0_JS312345678')}
Caption: Drivers queue at the entrance to the Royal Berkshire Hospital car park in Reading.
Credit: Lydia Hart / Thames Gazette
2nd: {TG.format(a=9123470, s='s615', n='1_GettyImages-1234567890')}
Caption: A pay-and-display machine.
Credit: Getty Images
Byline: Sophie Marsh and Tom Akers

[10:51] Lin, Amy
like 1
""", exp(U, U, "Hospital car park charges to double from July", "Sophie Marsh and Tom Akers", ["Sophie Marsh", "Tom Akers"],
        "Thames Gazette", "title suffix", [
        ph(TG.format(a=9123457, s='s1200', n='0_JS312345678'), "Drivers queue at the entrance to the Royal Berkshire Hospital car park in Reading.",
           "Lydia Hart / Thames Gazette", "Thames Gazette", ["Lydia Hart"], []),
        ph(TG.format(a=9123470, s='s615', n='1_GettyImages-1234567890'), "A pay-and-display machine.", "Getty Images", "Getty Images", [], []),
    ], shape_source="Microsoft Teams chat copied on Windows (from memory): CRLF line ends, '[10:42] Surname, Given' message "
       "headers, a link preview (page title with the ' - Site' suffix, the domain, the description), a reporter giving "
       "'Lead:' / '2nd:' image links with 'Caption:' / 'Credit:' / 'Byline:' lines, and a reaction line. Reach-style Escenic "
       "URLs '/incoming/article{id}.ece/ALTERNATES/s1200/…' (the ALTERNATES family appears in the first set's McClatchy page). "
       "The chat authors are not bylines."),
    nl="\r\n")

# ---------------------------------------------------------------- s04 Jina Reader markdown with a gallery
U = "https://www.chaophrayapost.com/thailand/general/2801234/flood-barriers-raised-along-chao-phraya"
CP = "https://static.chaophrayapost.com/media/content/20240603/c1_{i}.jpg"
add("s04-jina-reader-markdown-writer-label-gallery-n-of-4-photo-paren", f"""Title: Flood barriers raised along Chao Phraya as river swells - Chao Phraya Post

URL Source: {U}

Published Time: 2024-06-03T09:12:00+07:00

Markdown Content:
[![Image 1: Chao Phraya Post](https://static.chaophrayapost.com/theme/default/images/logo.svg)](https://www.chaophrayapost.com/)

*   [Thailand](https://www.chaophrayapost.com/thailand)
*   [Business](https://www.chaophrayapost.com/business)

Flood barriers raised along Chao Phraya as river swells
=======================================================

PUBLISHED : 3 Jun 2024 at 16:12

WRITER: Nattaya Srisuk and Piyaporn Chaiyasit

1 / 4

![Image 2](https://static.chaophrayapost.com/media/content/20240603/c1_2801234_700.jpg)

Workers stack sandbags along the riverbank in Nonthaburi on Monday. (Photo: Somchai Poomlard)

2 / 4

![Image 3]({CP.format(i='2801235_700')})

Boats moored at Tha Chang pier as the water level rises. (Photo: Reuters)

3 / 4

![Image 4]({CP.format(i='2801236_700')})

A resident wades through a flooded soi in Bang Kruai district. (Photo: Apichart Jinakul)

4 / 4

![Image 5]({CP.format(i='2801237_700')})

A map of the flood-prone districts.

The Royal Irrigation Department said discharge at the Chao Phraya Dam reached 1,800 cubic metres per second.

RELATED

[![Image 6: Dam discharge to increase](https://static.chaophrayapost.com/media/content/20240601/c1_2799999_300.jpg) Dam discharge to increase WRITER: Online Reporters](https://www.chaophrayapost.com/thailand/general/2799999/dam-discharge)
""", exp(U, U, "Flood barriers raised along Chao Phraya as river swells", "Nattaya Srisuk and Piyaporn Chaiyasit",
        ["Nattaya Srisuk", "Piyaporn Chaiyasit"], "Chao Phraya Post", "title suffix", [
        ph("https://static.chaophrayapost.com/media/content/20240603/c1_2801234_700.jpg", "Workers stack sandbags along the riverbank in Nonthaburi on Monday.",
           "Somchai Poomlard", None, ["Somchai Poomlard"], []),
        ph(CP.format(i='2801235_700'), "Boats moored at Tha Chang pier as the water level rises.", "Reuters", "Reuters", [], []),
        ph(CP.format(i='2801236_700'), "A resident wades through a flooded soi in Bang Kruai district.", "Apichart Jinakul", None, ["Apichart Jinakul"], []),
        ph(CP.format(i='2801237_700'), "A map of the flood-prone districts.", None, None, [], []),
    ], shape_source="Jina Reader (r.jina.ai) output: 'Title:', 'URL Source:', 'Published Time:', 'Markdown Content:' header and "
       "images as '![Image n: alt](url)' — confirmed by find_string 'URL Source: https://' hits 62401200569, 381825629 (with "
       "Published Time) and 52060320809 ('[![Image 1: Logo](…)](…)'). Bangkok Post-style page inside: 'WRITER:' label, a "
       "gallery with 'n / 4' counters (not captions), '(Photo: Name)' credits, a map with no credit, a linked logo image "
       "(Image 1) and a RELATED card with its own image and writer. The title's ' - Chao Phraya Post' suffix is the publication."))

# ---------------------------------------------------------------- s05 ISO-8859-1 e-mail newsletter (Catalan)
U = "https://www.segrenord.cat/comarques/2024/06/03/el-segre-creix-i-obliga-a-tancar-la-passera-de-balaguer-123456.html"
SN = "https://www.segrenord.cat/uploads/imatges/2024/06/03/{n}.jpg"
add("s05-iso-8859-1-email-newsletter-catalan-per-i-foto-acn-encoded-subject", f"""From: =?ISO-8859-1?Q?Segre_Nord_-_Butllet=ED?= <butlleti@segrenord.cat>
To: redaccio@example.cat
Subject: =?ISO-8859-1?Q?El_Segre_creix_i_obliga_a_tancar_la_passera_de_Balaguer?=
Date: Mon, 03 Jun 2024 19:30:02 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: 8bit

BUTLLETÍ DIARI - dilluns, 3 de juny de 2024
Si no veieu bé aquest correu, obriu-lo al navegador:
{U}

El Segre creix i obliga a tancar la passera de Balaguer

Per Jordi Puigvert i Núria Farré
Balaguer, 03/06/2024 - 19:05

Imatge: {SN.format(n='segre-balaguer-crescuda')}
El riu Segre al seu pas per Balaguer, aquest dilluns a la tarda. Foto: ACN

L'Ajuntament ha tancat la passera per precaució i ha demanat als veïns que no s'acostin a la llera.

Imatge: {SN.format(n='col-legi-balaguer')}
Els alumnes del col·legi Gaspar de Portolà han estat confinats una hora. Foto: Oriol Bosch

--
© 2024 Segre Nord. Tots els drets reservats.
Per donar-vos de baixa: https://www.segrenord.cat/butlleti/baixa?id=88123
""", exp(U, U, "El Segre creix i obliga a tancar la passera de Balaguer", "Jordi Puigvert i Núria Farré", ["Jordi Puigvert", "Núria Farré"],
        "Segre Nord", "footer copyright", [
        ph(SN.format(n='segre-balaguer-crescuda'), "El riu Segre al seu pas per Balaguer, aquest dilluns a la tarda.", "ACN", "ACN", [], []),
        ph(SN.format(n='col-legi-balaguer'), "Els alumnes del col·legi Gaspar de Portolà han estat confinats una hora.", "Oriol Bosch", None, ["Oriol Bosch"], []),
    ], shape_source="A plain-text newsletter e-mail saved with its headers (from memory): ISO-8859-1 (declared in Content-Type, "
       "8bit), RFC 2047 Q-encoded From/Subject, a 'BUTLLETÍ DIARI' banner and 'obriu-lo al navegador' line before the headline, "
       "Catalan byline 'Per A i B', 'Imatge: URL' lines with the caption and a glued 'Foto:' credit, 'col·legi' with the "
       "middle dot (0xB7), and the footer '© 2024 Segre Nord'. The title is the headline in the body, not the banner."),
    enc="iso-8859-1")

# ---------------------------------------------------------------- s06 Google AMP viewer copy
U = "https://www.hillcountrygazette.com/news/local/article/llano-river-crossing-closed-19487654.php"
HC = "https://www.hillcountrygazette.com/wp-content/uploads/2024/06/{n}.jpg?w={w}&h=800&crop=1"
add("s06-google-amp-viewer-copy-domain-header-staff-photographer-paper-line", f"""www.hillcountrygazette.com
×
Llano River crossing closed after flash flood

By Wade Hollister and Lupe Cantú
Hill Country Gazette

Updated June 3, 2024 6:47 p.m.

{HC.format(n='llano-crossing', w=1200)}
The low-water crossing on Ranch Road 2768 was swept clean by Sunday's flood.
Wade Hollister/Staff photographer

County crews closed the crossing on Monday morning.

{HC.format(n='llano-rescue-2019', w=1200)}
Firefighters rescue a driver at the same crossing in 2019. (Hill Country Gazette file photo)

Most Popular
1. Kerrville council votes on water rates
""", exp(U + "?amp=1", U, "Llano River crossing closed after flash flood", "Wade Hollister and Lupe Cantú", ["Wade Hollister", "Lupe Cantú"],
        "Hill Country Gazette", "byline", [
        ph(HC.format(n='llano-crossing', w=1200), "The low-water crossing on Ranch Road 2768 was swept clean by Sunday's flood.",
           "Wade Hollister/Staff photographer", None, ["Wade Hollister"], []),
        ph(HC.format(n='llano-rescue-2019', w=1200), "Firefighters rescue a driver at the same crossing in 2019.", "Hill Country Gazette file photo",
           "Hill Country Gazette", [], []),
    ], shape_source="Select-all copy of a page opened in the Google AMP viewer on a phone (from memory): the viewer's header "
       "(the publisher's domain and a '×' close button) before the headline, the seed's tail 'By A and B' then the paper on "
       "its own line (publication_source 'byline'), a WordPress VIP ?w=&h=&crop=1 image URL on its own line before each caption, "
       "a credit on its own line 'Name/Staff photographer', a '(Paper file photo)' credit in parentheses taken out of the "
       "caption, and a 'Most Popular' list. read_at is the AMP address; the URL is the article without '?amp=1'."))
