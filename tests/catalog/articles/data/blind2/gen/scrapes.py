from common import P, doc

# s01 Markdown web-clipper (Readability) export
u1 = "https://www.lowlandcourier.com/resizer/v2/QX2B7KMN4LRT5VPD8YHW3ZCE6A.jpg?auth=4f1b&width=1600&quality=70"
u2 = "https://www.lowlandcourier.com/resizer/v2/HT8P2QZR6WMX4LBN9DKV3CYF7E.jpg?auth=9a2c&width=1600&quality=70"
doc("s01-markdown-clipper-frontmatter-ampersand-byline", """---
title: "Levee repairs lag as spring flood season nears | Lowland Courier"
source: "https://www.lowlandcourier.com/news/2024/03/04/levee-repairs-lag-spring-flood-season/"
clipped: 2024-03-05
tags: [clippings]
---

# Levee repairs lag as spring flood season nears

By Dana Whitcombe & Felix Oyelowo

March 4, 2024 at 6:00 a.m. CST

Two years after the Big Muddy broke through at Ashby Bend, only half of the promised repairs are finished.

![Workers place riprap along the Ashby Bend levee](https://www.lowlandcourier.com/resizer/v2/QX2B7KMN4LRT5VPD8YHW3ZCE6A.jpg?auth=4f1b&width=1600&quality=70)

Workers place riprap along the Ashby Bend levee on Feb. 27. (Felix Oyelowo/Lowland Courier)

The Army Corps of Engineers said the remaining work would start in June.

![](https://www.lowlandcourier.com/resizer/v2/HT8P2QZR6WMX4LBN9DKV3CYF7E.jpg?auth=9a2c&width=1600&quality=70)

A farmhouse still bears the 2022 high-water line near Corliss. (AP Photo/Jeff Roberson)

Farmers in the bottoms say they are planting anyway.

![Dana Whitcombe](https://www.lowlandcourier.com/pf/resources/authors/dana-whitcombe.png?d=412)

Dana Whitcombe covers agriculture and the river.
""", read_at="https://www.lowlandcourier.com/news/2024/03/04/levee-repairs-lag-spring-flood-season/",
 url="https://www.lowlandcourier.com/news/2024/03/04/levee-repairs-lag-spring-flood-season/",
 title="Levee repairs lag as spring flood season nears", byline="Dana Whitcombe & Felix Oyelowo", bylines=["Dana Whitcombe", "Felix Oyelowo"],
 publication="Lowland Courier", source="title suffix",
 photos=[P(u1, "Workers place riprap along the Ashby Bend levee on Feb. 27.", "Felix Oyelowo/Lowland Courier", "Lowland Courier", ["Felix Oyelowo"]),
         P(u2, "A farmhouse still bears the 2022 high-water line near Corliss.", "AP Photo/Jeff Roberson", "AP", ["Jeff Roberson"])],
 shape_source="docs page https://docs.backpocket.my/features/reader-mode (Mozilla Readability extraction to clean HTML/text) and Markdown web clippers' YAML front matter (title/source/clipped); Arc XP /resizer/v2/…?auth=&width= image URLs; author-box avatar kept by the clipper as a decoy image")

# s02 Instapaper-style text copy, gallery "Photo 1/4", extensionless Cloudflare Images URLs
CF = "https://imagedelivery.net/Nq4xW2bLk9Tz7RpV3mYc1A/{id}/public"
ids = ["3f6a1c2e-8b4d-4e7f-9a0b-1c2d3e4f5a60", "7d2b9e1f-0c3a-4b5d-8e6f-7a8b9c0d1e2f", "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "c9d8e7f6-a5b4-4c3d-2e1f-0a9b8c7d6e5f"]
caps = ["Spectators line the harbour wall for the start of the Kestrel Cup on Saturday.",
        "The yacht Marram rounds the north buoy in the lead.",
        "Crew members of Halcyon trim the mainsail in gusts of 30 knots.",
        "Skipper Orla Brennock lifts the trophy on the pontoon."]
creds = [("Niamh Gallagher/North Shore Ledger", "North Shore Ledger", ["Niamh Gallagher"]),
         ("Niamh Gallagher/North Shore Ledger", "North Shore Ledger", ["Niamh Gallagher"]),
         ("Inpho/Ciarán Doyle", "Inpho", ["Ciarán Doyle"]),
         ("Niamh Gallagher/North Shore Ledger", "North Shore Ledger", ["Niamh Gallagher"])]
gal = "\n".join(f"Photo {i+1}/4\n{CF.format(id=ids[i])}\n{caps[i]} Photograph: {creds[i][0]}\n" for i in range(4))
doc("s02-instapaper-text-photo-n-of-4-extensionless-photograph-label", f"""Instapaper
Home · Liked · Archive

Kestrel Cup: Brennock's Marram takes line honours in a gale – North Shore Ledger
northshoreledger.ie · 4 min

Kestrel Cup: Brennock's Marram takes line honours in a gale

Words by Seán Tierney

{gal}
The 62nd Kestrel Cup was shortened to a single lap after the coastguard issued a gale warning.

Eleven of the 23 starters retired.

Move to Archive · Share · Open original
""", read_at="https://www.northshoreledger.ie/sport/sailing/2024/08/11/kestrel-cup-marram-line-honours/",
 url="https://www.northshoreledger.ie/sport/sailing/2024/08/11/kestrel-cup-marram-line-honours/",
 title="Kestrel Cup: Brennock's Marram takes line honours in a gale", byline="Seán Tierney", bylines=["Seán Tierney"],
 publication="North Shore Ledger", source="title suffix",
 photos=[P(CF.format(id=ids[i]), caps[i], *creds[i]) for i in range(4)],
 shape_source="Instapaper/Pocket read-later text view (read-later reading view described in pages corpus https://github-users.yhajoa.workers.dev/Bojun-Vvibe/getia.md/blob/main/catalog/pocket/IA.md); Irish-paper 'Photograph: Name/Agency' credits; Cloudflare Images imagedelivery.net/{account}/{id}/public extensionless URLs; gallery counters 'Photo n/N' as named in issue 15")

# s03 German print view, cp1252 + CRLF, "Bild n von 3"
MA = "https://www.mosel-anzeiger.de/imgs/39/1/4/2/8/{id}/{s}.jpg"
doc("s03-german-print-view-cp1252-crlf-bild-n-von-3", f"""Drucken | Fenster schließen

Mosel-Anzeiger

Artikel-URL: https://www.mosel-anzeiger.de/region/bernkastel/weinlese-startet-zwei-wochen-frueher_aid-112233445

Weinlese startet zwei Wochen früher als üblich

Von Katharina Schöll und Jürgen Adamek

„Wir haben so früh wie noch nie angefangen“, sagt Winzerin Petra Lauer aus Ürzig.

Bild 1 von 3
{MA.format(id="a81c2e3f", s="1200x800")}
Lesehelfer in den Steillagen bei Ürzig am Montag. Foto: Harald Tittel/dpa

Bild 2 von 3
{MA.format(id="b92d3f40", s="1200x800")}
Trauben der Sorte Riesling kurz vor der Lese. Foto: Mosel-Anzeiger/Jürgen Adamek

Bild 3 von 3
{MA.format(id="c03e4051", s="1200x800")}
Die Kelter in Graach läuft seit Sonntag. Foto: privat

Die Oechslegrade liegen nach ersten Messungen zwischen 82 und 95 Grad.

© Mosel-Anzeiger 2024 – Alle Rechte vorbehalten
""", read_at="https://www.mosel-anzeiger.de/region/bernkastel/weinlese-startet-zwei-wochen-frueher_aid-112233445",
 url="https://www.mosel-anzeiger.de/region/bernkastel/weinlese-startet-zwei-wochen-frueher_aid-112233445",
 title="Weinlese startet zwei Wochen früher als üblich", byline="Katharina Schöll und Jürgen Adamek", bylines=["Katharina Schöll", "Jürgen Adamek"],
 publication="Mosel-Anzeiger", source="footer copyright",
 photos=[P(MA.format(id="a81c2e3f", s="1200x800"), "Lesehelfer in den Steillagen bei Ürzig am Montag.", "Harald Tittel/dpa", "dpa", ["Harald Tittel"]),
         P(MA.format(id="b92d3f40", s="1200x800"), "Trauben der Sorte Riesling kurz vor der Lese.", "Mosel-Anzeiger/Jürgen Adamek", "Mosel-Anzeiger", ["Jürgen Adamek"]),
         P(MA.format(id="c03e4051", s="1200x800"), "Die Kelter in Graach läuft seit Sonntag.", "privat", None, [])],
 encoding="cp1252", newline="\r\n",
 shape_source="German regional-paper print view (Drucken | Fenster schließen, Artikel-URL line, 'Von A und B', 'Bild n von N' gallery lines, 'Foto: Name/dpa' after the caption, '© Paper 2024' footer); German 'Von' byline form as on taz.de (pages corpus https://taz.de/Mumifiziertes-Trauma/!1672506/); saved as cp1252 bytes with CRLF (German „“ quotes are bytes 0x84/0x93)")

# s04 email newsletter plain text
NL = "https://lakeviewdispatch.cmail20.com/t/d-e-abcdkl-l-r/"
doc("s04-newsletter-plaintext-view-in-browser-footer", f"""From: The Lakeview Dispatch <newsletters@lakeviewdispatch.com>
Subject: Breaking: Ferry service to Marlow Island suspended after hull crack found

View this email in your browser <https://lakeviewdispatch.createsend1.com/t/ViewEmail/d/4A1B2C3D4E5F6A7B>

BREAKING NEWS ALERT

Ferry service to Marlow Island suspended after hull crack found

By Rosa Delgado-Finch

https://cdn.lakeviewdispatch.com/images/2024/05/21/ferry-marlow-hull/?w=1280&h=720&fit=crop
The Marlow Island ferry Evangeline sits at the county dock on Tuesday. (Carl Ostrander/The Lakeview Dispatch)

The county suspended all sailings to Marlow Island on Tuesday after inspectors found a 14-inch crack in the hull of its only ferry.

About 600 year-round residents depend on the boat.

Read the full story <https://www.lakeviewdispatch.com/news/2024/05/21/marlow-ferry-suspended/>

https://cdn.lakeviewdispatch.com/email/ads/spring-sale-600x100.png
https://lakeviewdispatch.cmail20.com/t/d-o-abcdkl-l/o.gif

You are receiving this email because you signed up for breaking news alerts.
Unsubscribe <{NL}> | Update preferences
© 2024 The Lakeview Dispatch, 400 Shore Road, Lakeview, MI 49601
""", read_at="https://lakeviewdispatch.createsend1.com/t/ViewEmail/d/4A1B2C3D4E5F6A7B",
 url="https://lakeviewdispatch.createsend1.com/t/ViewEmail/d/4A1B2C3D4E5F6A7B",
 title="Ferry service to Marlow Island suspended after hull crack found", byline="Rosa Delgado-Finch", bylines=["Rosa Delgado-Finch"],
 publication="The Lakeview Dispatch", source="footer copyright",
 photos=[P("https://cdn.lakeviewdispatch.com/images/2024/05/21/ferry-marlow-hull/?w=1280&h=720&fit=crop",
           "The Marlow Island ferry Evangeline sits at the county dock on Tuesday.", "Carl Ostrander/The Lakeview Dispatch", "The Lakeview Dispatch", ["Carl Ostrander"])],
 shape_source="plain-text part of a news-alert e-mail (From/Subject headers, 'View this email in your browser <url>', image URL on its own line, ad banner and open-tracking .gif lines as decoys, 'Unsubscribe' and '© year Paper, address' footer); newsletter headers as in pages corpus https://datacadamia.com/_export/xhtml/marketing/email/newsletter; Campaign Monitor (createsend/cmail) link forms")

# s05 Portuguese mobile copy: "Texto:", LUSA, DR, .aspx image URLs
PI = "https://imagens.correiodafoz.pt/imagens.aspx/{n}?tp=UH&db=IMAGENS&type=JPG&w={w}"
doc("s05-portuguese-mobile-texto-lusa-dr-aspx", f"""Aceitar e fechar
Utilizamos cookies para melhorar a sua experiência. Saiba mais
Assine já
Entrar

Correio da Foz
Local

Incêndio em Tondela obriga a cortar a A25 durante seis horas

Texto: Inês Carvalhal e Rui Faria
12 de Agosto de 2024, 19:47
Ouvir este artigo
00:00

{PI.format(n=1893456, w=1200)}
Bombeiros combatem as chamas junto à aldeia de Caparrosa, na segunda-feira. Foto: Paulo Novais/LUSA

O fogo deflagrou pouco depois das 14h e chegou a ter quatro frentes activas.

{PI.format(n=1893470, w=749)}
O autarca de Tondela, Mário Lapa, falou aos jornalistas no posto de comando. Foto: DR

A A25 foi reaberta às 21h.

Tópicos
Incêndios  Tondela

© 2024 Correio da Foz Comunicação Social, SA
""", read_at="https://www.correiodafoz.pt/2024/08/12/local/noticia/incendio-tondela-corta-a25-2101234",
 url="https://www.correiodafoz.pt/2024/08/12/local/noticia/incendio-tondela-corta-a25-2101234",
 title="Incêndio em Tondela obriga a cortar a A25 durante seis horas", byline="Inês Carvalhal e Rui Faria", bylines=["Inês Carvalhal", "Rui Faria"],
 publication="Correio da Foz", source="footer copyright",
 photos=[P(PI.format(n=1893456, w=1200), "Bombeiros combatem as chamas junto à aldeia de Caparrosa, na segunda-feira.", "Paulo Novais/LUSA", "LUSA", ["Paulo Novais"]),
         P(PI.format(n=1893470, w=749), "O autarca de Tondela, Mário Lapa, falou aos jornalistas no posto de comando.", "DR", None, [])],
 shape_source="text copied from a Portuguese paper's mobile page (cookie/subscribe nag lines, section name line, 'Ouvir este artigo' player, 'Tópicos' footer, company copyright); Portuguese credit forms 'Foto: Name/LUSA' and 'DR' (direitos reservados) as in pages corpus https://issuu.com./metro_portugal/docs/20160628_pt_lisbon ('© EPA', 'DR') and https://faladepapagaio.blogspot.com/2025_09_04_archive.html?m=0 ('Por LUSA'); imagens.aspx/{id}?tp=UH&db=IMAGENS&type=JPG&w= image URLs as on publico.pt")

# s06 RSS reader view, republished story (syndication), Photon URLs
HD = "https://i0.wp.com/canyoncountrypost.org/wp-content/uploads/2024/10/{f}?resize=1200%2C800&ssl=1"
doc("s06-rss-reader-republished-first-appeared-on", f"""Inoreader
Subscriptions › Canyon Country Post
Mark all as read

Canyon Country Post
Drought pushes Colorado River towns to buy back farm water
by Eli Navarro · Oct 22, 2024 · canyoncountrypost.org

{HD.format(f="alfalfa-field-green-river.jpg")}
An alfalfa field near Green River, Utah, in September. (Eli Navarro/High Desert Report)

Towns along the upper Colorado River are paying farmers to leave fields fallow, a move water managers call a stopgap.

{HD.format(f="diversion-dam.jpg")}
The Tusher diversion dam on the Green River. Courtesy of the Utah Division of Water Resources

This article first appeared on High Desert Report and is republished here under a Creative Commons license.

Visit website
Save to Pocket · Share · Add tag
""", read_at="https://canyoncountrypost.org/2024/10/22/drought-colorado-river-towns-buy-back-farm-water/",
 url="https://canyoncountrypost.org/2024/10/22/drought-colorado-river-towns-buy-back-farm-water/",
 title="Drought pushes Colorado River towns to buy back farm water", byline="Eli Navarro", bylines=["Eli Navarro"],
 publication="High Desert Report", source="syndication",
 photos=[P(HD.format(f="alfalfa-field-green-river.jpg"), "An alfalfa field near Green River, Utah, in September.", "Eli Navarro/High Desert Report", "High Desert Report", ["Eli Navarro"]),
         P(HD.format(f="diversion-dam.jpg"), "The Tusher diversion dam on the Green River.", "Courtesy of the Utah Division of Water Resources", None, [])],
 shape_source="RSS reader article view copied as text (Inoreader/Feedly chrome lines, feed title, 'by Name · date · domain' meta line, image URL lines, 'Visit website' and share lines); RSS-to-page rendering as in the code corpus m4rk4/BuoyantUnrealisticModule feedhandlers (rss.get_feed + wp_posts content); nonprofit-newsroom republishing line 'This article first appeared on X and is republished here under a Creative Commons license'")

# s07 Italian gallery copy "Foto n di 4", ImageKit extensionless URLs
IK = "https://ik.imagekit.io/vocedelgarda/tr:w-1280,h-853/foto/2024/07/{id}"
g = [("regata-centomiglia-partenza-8f3a", "La partenza della Centomiglia davanti a Bogliaco.", "(Ansa)", "Ansa", "ANSA", []),
     ("regata-centomiglia-boa-2c7d", "Le barche in doppiaggio alla boa di Limone.", "Foto LaPresse", "LaPresse", "LaPresse", []),
     ("regata-centomiglia-vento-5e1b", "Raffiche di Ora nel pomeriggio al largo di Malcesine.", "Foto di Davide Pezzotti", "Davide Pezzotti", None, ["Davide Pezzotti"]),
     ("regata-centomiglia-premiazione-9d04", "La premiazione sul lungolago di Gargnano.", "(Imagoeconomica)", "Imagoeconomica", "Imagoeconomica", [])]
gal = "\n".join(f"Foto {i+1} di 4\n{IK.format(id=x[0])}\n{x[1]} {x[2]}\n" for i, x in enumerate(g))
doc("s07-italian-gallery-foto-n-di-4-imagekit-di", f"""Accetta e chiudi
Abbonati
Accedi

La Voce del Garda
SPORT

Centomiglia, vince Scheggia dopo undici ore di regata

di Federica Bonomelli

{gal}
L'edizione numero 74 è stata segnata dall'Ora, il vento del pomeriggio.

Leggi anche
Garda, boom di presenze a luglio

© Copyright 2024 La Voce del Garda - Riproduzione riservata
""", read_at="https://www.vocedelgarda.it/sport/2024/07/centomiglia-vince-scheggia-4471203.html",
 url="https://www.vocedelgarda.it/sport/2024/07/centomiglia-vince-scheggia-4471203.html",
 title="Centomiglia, vince Scheggia dopo undici ore di regata", byline="Federica Bonomelli", bylines=["Federica Bonomelli"],
 publication="La Voce del Garda", source="footer copyright",
 photos=[P(IK.format(id=x[0]), x[1], x[3], x[4], x[5]) for x in g],
 shape_source="Italian local-paper gallery copied as text ('Foto n di N' counters, caption followed by '(Ansa)' / 'Foto LaPresse' / 'Foto di Name', 'di Name' byline, 'Leggi anche', '© Copyright … - Riproduzione riservata'); Italian '(Foto …)' credit forms as in pages corpus http://pevermelhonews.com.br/… ('(Foto: Ricardo Stuckert/PR)', Portuguese sibling form); ImageKit tr:w-,h- extensionless URLs")

# s08 Japanese English-language paper copy: credit on its own line after caption
KS = "https://kansaishimbun.jp/wp-content/uploads/2024/06/{f}.jpg"
doc("s08-japan-english-credit-own-line-staff-writer", f"""Skip to main content
Premium
Register  Log in
The Kansai Shimbun

SOCIETY

Osaka Expo Site Tests Heat Shelters Ahead of Summer Crowds

By Keiko Ishida / Kansai Shimbun Staff Writer
6:00 JST, June 11, 2024

{KS.format(f="20240611-OYT1I50045-1")}
Visitors rest in a misting shelter at the Yumeshima site in Osaka on Monday.
The Kansai Shimbun

Organizers tested 30 cooling shelters on Monday as temperatures reached 31 C.

{KS.format(f="20240611-OYT1I50045-2")}
A worker checks a thermometer near the east gate.
Jiji Press

The shelters will open to the public from July 1.

Related Tags
Osaka  Heatstroke

Copyright © The Kansai Shimbun.
""", read_at="https://kansaishimbun.jp/society/general-news/20240611-192233/",
 url="https://kansaishimbun.jp/society/general-news/20240611-192233/",
 title="Osaka Expo Site Tests Heat Shelters Ahead of Summer Crowds", byline="Keiko Ishida", bylines=["Keiko Ishida"],
 publication="The Kansai Shimbun", source="footer copyright",
 photos=[P(KS.format(f="20240611-OYT1I50045-1"), "Visitors rest in a misting shelter at the Yumeshima site in Osaka on Monday.", "The Kansai Shimbun", "The Kansai Shimbun", []),
         P(KS.format(f="20240611-OYT1I50045-2"), "A worker checks a thermometer near the east gate.", "Jiji Press", "Jiji Press", [])],
 shape_source="The Japan News (Yomiuri) article copied as text: nag lines, section label, 'By Name / Paper Staff Writer' byline, JST timestamp, caption followed by the credit alone on the next line ('The Yomiuri Shimbun', 'Jiji Press'), 'Related Tags', 'Copyright © The Yomiuri Shimbun.' footer; Yomiuri photo desk naming as in pages corpus https://info.yomiuri.co.jp/english/photography.html; OYT image file codes from the-japan-news.com")
