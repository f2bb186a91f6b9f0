from common import *

# S1: cp1252 bytes, CRLF, German, news.de scrape shape (doubled caption "(Foto) Suche" + "Bild: picture alliance/dpa | Name")
u1 = "https://images.elbekurier.de/2024/01/15/sturmflut-hafen-husum-3000.jpg"
t = f"""Zum Inhalt springen
Jetzt testen: Elbe-Kurier Plus – 4 Wochen für 0,99 €
Wir verwenden Cookies. Alle akzeptieren | Einstellungen
Startseite › Panorama

Erstellt von Katrin Albers - 15.01.2024, 09:12 Uhr

Sturmflut an der Nordsee: Hafen von Husum überflutet – Fähren bleiben im Hafen

Die Sturmflut hat in der Nacht Teile des Husumer Hafens unter Wasser gesetzt. Die Fähren zu den Halligen fallen bis Mittwoch aus.

Überflutete Kaimauer im Husumer Hafen am Montagmorgen. (Foto) Suche
Überflutete Kaimauer im Husumer Hafen am Montagmorgen. Bild: picture alliance/dpa | Jonas Wiebke
{u1}

Von Katrin Albers

Der Pegel in Husum erreichte in der Nacht 2,41 Meter über dem mittleren Hochwasser. Der Deichverband sprach von der „höchsten Flut seit 1999“.

Mehrere Straßen am Binnenhafen waren gesperrt; die Feuerwehr pumpte Keller aus.

Mehr zum Thema
Sturmtief „Zoltan“: Bahnverkehr im Norden eingeschränkt

© Elbe-Kurier 2024 – Alle Rechte vorbehalten
Impressum | Datenschutz | AGB
"""
scrape("s01-cp1252-crlf-german-doubled-caption-bild", t, expected(
    "https://www.elbekurier.de/panorama/sturmflut-husum-hafen-ueberflutet-4711.html",
    "https://www.elbekurier.de/panorama/sturmflut-husum-hafen-ueberflutet-4711.html",
    "Sturmflut an der Nordsee: Hafen von Husum überflutet – Fähren bleiben im Hafen",
    "Katrin Albers", ["Katrin Albers"], "Elbe-Kurier", "footer copyright",
    [photo(u1, "Überflutete Kaimauer im Husumer Hafen am Montagmorgen.", "picture alliance/dpa | Jonas Wiebke", "dpa", ["Jonas Wiebke"])],
    shape_source="pages corpus: https://m.news.de/panorama/857216226/sturmflut-unwetter-ostseekueste-oktober-2023-news-aktuell-kieler-oberbuergermeister-millionenschaeden-im-olympiahafen/1/ (caption repeated as '(Foto) Suche' line, then caption + 'Bild: picture alliance/dpa | Name'); nag/cookie lines as in the seed scrape; saved as cp1252 with CRLF line ends"),
    encoding="cp1252", newline="\r\n")

# S2: English gallery scrape "1 of 3", thumbor URLs without extension
def th(k): return f"https://img.coastlinetimes.com/unsafe/1200x0/smart/filters:quality(80)/coastlinetimes-prod/2024/09/14/{k}"
g = [th("4KQ7ZR2MXFBNDJ3T6WLHE5YC"), th("P9D2HX7AVMQ3K8RTB6NF1ZCE"), th("W3TJ8LY5QK2NR7XB4DFM9HAG")]
t = f"""Skip to content
Subscribe
Sign in
Coastline Times
News | Sports | Opinion | Obituaries | e-Edition

Hurricane Lena's surge leaves boardwalk in pieces

By Ruth Okafor and Ben Alvarez
Sept. 14, 2024 at 6:15 p.m. EDT

1 of 3
{g[0]}
A section of the Tarrow Beach boardwalk lies in the dunes on Saturday after Hurricane Lena's storm surge. (Ben Alvarez/Coastline Times)
2 of 3
{g[1]}
Volunteers stack salvaged planks outside the Surfside Grill. (Ben Alvarez/Coastline Times)
3 of 3
{g[2]}
Mayor Trent Dwyer, center, tours the damage with state emergency officials. (AP Photo/Marta Lindgren)

TARROW BEACH — The boardwalk that has lined this town's oceanfront since 1958 was torn apart overnight as Hurricane Lena pushed a 7-foot surge over the dunes.

No injuries were reported, but officials estimated repairs at $30 million.

Most Read
1. Bridge to Pell Island reopens to residents
2. School board delays vote on new calendar

Subscribe for $1 a week. Cancel anytime.
© 2024 Coastline Times. All rights reserved.
"""
scrape("s02-gallery-1-of-3-thumbor-extensionless", t, expected(
    "https://www.coastlinetimes.com/news/2024/09/14/hurricane-lena-boardwalk-damage/",
    "https://www.coastlinetimes.com/news/2024/09/14/hurricane-lena-boardwalk-damage/",
    "Hurricane Lena's surge leaves boardwalk in pieces",
    "Ruth Okafor and Ben Alvarez", ["Ruth Okafor", "Ben Alvarez"], "Coastline Times", "footer copyright",
    [photo(g[0], "A section of the Tarrow Beach boardwalk lies in the dunes on Saturday after Hurricane Lena's storm surge.", "Ben Alvarez/Coastline Times", "Coastline Times", ["Ben Alvarez"]),
     photo(g[1], "Volunteers stack salvaged planks outside the Surfside Grill.", "Ben Alvarez/Coastline Times", "Coastline Times", ["Ben Alvarez"]),
     photo(g[2], "Mayor Trent Dwyer, center, tours the damage with state emergency officials.", "AP Photo/Marta Lindgren", "AP", ["Marta Lindgren"])],
    shape_source="pages corpus: http://www.gallerygate.com/abcnews/ (gallery text copied from a news site) and the seed shared/corpus/articles/mosul-airstrike-scrape.txt (nag lines, '(AP Photo/…)' credits); '1 of N' slide counters as in Gannett/AP galleries; thumbor /unsafe/1200x0/smart/filters:quality(80)/ URLs named in issue 15"))

# S3: French, "Photo 1/3" counters, Cloudinary URLs without extension, "Par"
def cl(k): return f"https://res.cloudinary.com/lechodesalpes/image/upload/c_fill,g_auto,w_1600,h_1067/f_auto,q_auto/v1712831200/actu/2024/04/{k}"
c = [cl("glacier-argentiere-recul-01"), cl("glacier-argentiere-recul-02"), cl("glacier-argentiere-recul-03")]
t = f"""Aller au contenu principal
Nous utilisons des cookies pour améliorer votre expérience. Tout accepter  Personnaliser
S'abonner – 1 € le premier mois
L'Écho des Alpes
Accueil > Environnement

Le glacier d'Argentière a perdu 40 mètres en un an

Par Hélène Marchetti-Roux
Publié le 11 avril 2024 à 18h30

Photo 1/3
{c[0]}
Le front du glacier d'Argentière, vu depuis le refuge de Lognan, le 9 avril 2024. JEAN-PIERRE CLATOT / AFP
Photo 2/3
{c[1]}
Des glaciologues installent une balise GPS sur la langue du glacier. Hélène Marchetti-Roux / L'Écho des Alpes
Photo 3/3
{c[2]}
Le même point de vue en 1995 (à gauche) et en 2024 (à droite). Archives municipales de Chamonix

Les relevés de l'Institut des géosciences de l'environnement montrent un recul record du front du glacier.

« Nous n'avions jamais mesuré une perte aussi rapide », explique la glaciologue Anne Verdier.

À lire aussi
Chamonix : la mer de Glace ferme son escalier d'accès

© L'Écho des Alpes 2024 – Tous droits réservés
"""
scrape("s03-french-photo-n-of-3-cloudinary-par", t, expected(
    "https://www.lechodesalpes.fr/environnement/le-glacier-d-argentiere-a-perdu-40-metres-en-un-an-2024-04-11",
    "https://www.lechodesalpes.fr/environnement/le-glacier-d-argentiere-a-perdu-40-metres-en-un-an-2024-04-11",
    "Le glacier d'Argentière a perdu 40 mètres en un an",
    "Hélène Marchetti-Roux", ["Hélène Marchetti-Roux"], "L'Écho des Alpes", "footer copyright",
    [photo(c[0], "Le front du glacier d'Argentière, vu depuis le refuge de Lognan, le 9 avril 2024.", "JEAN-PIERRE CLATOT / AFP", "AFP", ["JEAN-PIERRE CLATOT"]),
     photo(c[1], "Des glaciologues installent une balise GPS sur la langue du glacier.", "Hélène Marchetti-Roux / L'Écho des Alpes", "L'Écho des Alpes", ["Hélène Marchetti-Roux"]),
     photo(c[2], "Le même point de vue en 1995 (à gauche) et en 2024 (à droite).", "Archives municipales de Chamonix", "Archives municipales de Chamonix", [])],
    shape_source="Le Monde style legend + CAPITALISED 'NAME / AFP' credit (see page 10's source) copied as text; 'Photo 2/5' counters named in issue 15; Cloudinary /image/upload/<transforms>/v<ver>/<public_id> URLs without extension; cookie/subscribe lines as in the seed"))

# S4: syndicated seed shape, URL glued to caption
u4 = "https://www.tamarackherald.com/wp-content/uploads/2024/05/web1_wildfire-evacuees-8c2a4f61e0b94d27a5c3f1e6d9b0a7c2.jpg.optimal.jpg"
cap4 = "Evacuees from the Pine Hollow area wait for bus assignments at the county fairgrounds in Tamarack on Sunday. (AP Photo/Elena Voss)"
t = f"""Tired of ads? Subscribers enjoy a distraction-free reading experience.
Click here to subscribe today or Login.

Thousands flee as Pine Hollow fire jumps highway

Firefighters lost a race against the wind on Sunday as the Pine Hollow fire jumped State Highway 12 and forced the evacuation of two more towns.

"We had a line, and the wind took it," said incident commander Ray Dufresne.

More than 6,000 residents have now been ordered to leave.

{cap4}
{u4}{cap4}

By Hannah Cole

The Meridian Post
"""
scrape("s04-syndicated-seed-shape-glued-url", t, expected(
    "https://www.tamarackherald.com/2024/05/20/thousands-flee-as-pine-hollow-fire-jumps-highway/",
    "https://www.tamarackherald.com/2024/05/20/thousands-flee-as-pine-hollow-fire-jumps-highway/",
    "Thousands flee as Pine Hollow fire jumps highway",
    "Hannah Cole", ["Hannah Cole"], "The Meridian Post", "syndication",
    [photo(u4, "Evacuees from the Pine Hollow area wait for bus assignments at the county fairgrounds in Tamarack on Sunday.", "AP Photo/Elena Voss", "AP", ["Elena Voss"])],
    shape_source="seed scrape /work/shared/corpus/articles/mosul-airstrike-scrape.txt (Times Leader page carrying a Washington Post story: nag lines, caption, image URL glued to the repeated caption, 'By Name' then the originating paper on its own line), here with a headline line added"))

# S5: Spanish, "Por", EFE, imgix URL without extension in path tail, cookie banner
u5 = "https://diariolafrontera.imgix.net/2024/06/03/puente-internacional-cierre?auto=format&fit=crop&w=1200&h=800&q=75"
t = f"""Aceptar cookies  Configurar
Utilizamos cookies propias y de terceros para mejorar nuestros servicios.
Suscríbete
Iniciar sesión
Diario La Frontera
Portada / Regionales

Cierran el puente internacional por una protesta de transportistas

Los camioneros reclaman la reducción de los tiempos de espera en la aduana.

Por Lucía Ferrer Gaitán
3 de junio de 2024 - 11:45

{u5}
Camiones detenidos en la cabecera del puente internacional, este lunes. (EFE/Óscar Maldonado)

El paso quedó cerrado desde las 6 de la mañana y las filas superaban los ocho kilómetros al mediodía.

La cámara de transportistas anunció que mantendrá la medida hasta el miércoles.

Temas: Transporte, Aduana, Frontera

© Diario La Frontera 2024. Todos los derechos reservados.
"""
scrape("s05-spanish-por-efe-imgix-cookie-banner", t, expected(
    "https://www.diariolafrontera.com/regionales/cierran-el-puente-internacional-por-una-protesta-de-transportistas-n148221",
    "https://www.diariolafrontera.com/regionales/cierran-el-puente-internacional-por-una-protesta-de-transportistas-n148221",
    "Cierran el puente internacional por una protesta de transportistas",
    "Lucía Ferrer Gaitán", ["Lucía Ferrer Gaitán"], "Diario La Frontera", "footer copyright",
    [photo(u5, "Camiones detenidos en la cabecera del puente internacional, este lunes.", "EFE/Óscar Maldonado", "EFE", ["Óscar Maldonado"])],
    shape_source="Arc XP / Spanish-language caption with '(EFE/Name)' credit (see page 08's source) copied as text; imgix ?auto=format&w= resize URL named in issue 15; cookie and subscribe lines before the headline"))

# S6: Norwegian, "Av", NTB, extensionless URL, nav lines
u6 = "https://gfx.fjordposten.no/Tq7Mz3Kx9Lw2Rb5Nc8Vd1Hf4Gj6Sa0Pe3Yu7Io2Xk?w=1280"
t = f"""Hopp til innhold
Logg inn
Fjordposten
Nyheter  Sport  Kultur  Meninger

Bompengene på Sotrabrua blir dyrere fra nyttår

Takstene øker med 12 prosent. Pendlere får ikke høyere rabatt.

Av Ola Nordvik og Signe Berntsen
Publisert 12.12.2024 kl. 14:02

{u6}
Kø på Sotrabrua en vanlig morgen i desember. Foto: Marit Hommedal / NTB

Statens vegvesen sier økningen skyldes høyere renter på lånet til den nye brua.

Les også: Ny ferjerute mellom Bergen og Askøy

Ansvarlig redaktør: Tone Aase
© Fjordposten 2024
"""
scrape("s06-norwegian-av-ntb-extensionless", t, expected(
    "https://www.fjordposten.no/vestland/bompenger-sotrabrua-dyrere-1.16901177",
    "https://www.fjordposten.no/vestland/bompenger-sotrabrua-dyrere-1.16901177",
    "Bompengene på Sotrabrua blir dyrere fra nyttår",
    "Ola Nordvik og Signe Berntsen", ["Ola Nordvik", "Signe Berntsen"], "Fjordposten", "footer copyright",
    [photo(u6, "Kø på Sotrabrua en vanlig morgen i desember.", "Marit Hommedal / NTB", "NTB", ["Marit Hommedal"])],
    shape_source="NRK-style article (see page 11's source) copied as text: 'Hopp til innhold' and login lines before the headline, 'Av … og …' byline, 'Foto: Name / NTB' after the caption, gfx image URL without extension; publication from the closing '© Fjordposten 2024' line"))

# S7: no byline, caption with non-credit parentheses, "Photo:" credit, no publication evidence
u7 = "https://cdn.ashgrovegazette.com/photos/2024/03/spring-musical-rehearsal_1600x1067.jpg"
t = f"""Skip to main content
Menu
Search
Subscribe

Ashgrove High stages 'The Music Man' for its 50th spring musical

Posted Thursday, March 21, 2024 4:30 pm

{u7}
Jun Park (left) and Ada Brooks rehearse a scene from "The Music Man" in the Ashgrove High auditorium on Tuesday. Photo: Lin Saito

Ashgrove High School's drama club will mark 50 years of spring musicals with "The Music Man," opening March 29.

Performances are at 7 p.m. Friday and Saturday and 2 p.m. Sunday. Tickets are $8.

Share this: Facebook | X | Email
Comments
You must be logged in to comment.
"""
scrape("s07-no-byline-paren-not-credit-photo-label", t, expected(
    "https://www.ashgrovegazette.com/stories/ashgrove-high-stages-the-music-man,88120",
    "https://www.ashgrovegazette.com/stories/ashgrove-high-stages-the-music-man,88120",
    "Ashgrove High stages 'The Music Man' for its 50th spring musical",
    None, [], None, None,
    [photo(u7, 'Jun Park (left) and Ada Brooks rehearse a scene from "The Music Man" in the Ashgrove High auditorium on Tuesday.', "Lin Saito", None, ["Lin Saito"])],
    shape_source="pages corpus: https://myjudaica.online/essay/photo-essays-news (caption line followed by its photo credit in the copied text) and the seed's nag lines; small-town CMS 'Posted <date>' line with no byline, share/comment lines after the story"))

# S8: "Photo 1/5" sports gallery, "Compiled by", mixed agency credits
def sp(n): return f"https://static.granitestatesports.com/media/galleries/2024/02/ski-jump-worlds/{n:02d}.jpg"
P8 = [sp(i) for i in range(1, 6)]
caps = [
 ("Norway's Kristine Aune soars during the large hill final on Saturday.", "REUTERS/Petra Lindholm", "Reuters", ["Petra Lindholm"]),
 ("Japan's Yuki Sakamoto lands his second jump.", "Hiroshi Tanabe/AFP via Getty Images", "AFP", ["Hiroshi Tanabe"]),
 ("Fans wave flags in the stands at the Holmen hill.", "Dag Ekvall/Getty Images", "Getty Images", ["Dag Ekvall"]),
 ("USA's Cole Rainer reacts after his first round.", "Megan Ostrander-USA TODAY Sports", "USA TODAY Sports", ["Megan Ostrander"]),
 ("The podium: Aune, Sakamoto and Austria's Lena Gruber.", "EPA/TOBIAS HALLER", "EPA", ["TOBIAS HALLER"]),
]
body = ""
for i, (u, (cap, cr, ag, phs)) in enumerate(zip(P8, caps), 1):
    body += f"Photo {i}/5\n{u}\n{cap} {cr}\n\n"
t = f"""Skip to content
Granite State Sports
Scores  Schedules  Newsletters  Subscribe
Advertisement

Photos: Aune wins ski jumping world title on home hill

Compiled by Greta Lind
Feb. 24, 2024

{body}Aune won by 4.2 points for her first individual world title.

Advertisement
More galleries: Winter X Games day 2 | Bobsled World Cup finale
Copyright © 2024 Granite State Sports. All rights reserved.
"""
scrape("s08-sports-gallery-photo-n-of-5-compiled-by", t, expected(
    "https://www.granitestatesports.com/galleries/2024/02/24/photos-aune-wins-ski-jumping-world-title/",
    "https://www.granitestatesports.com/galleries/2024/02/24/photos-aune-wins-ski-jumping-world-title/",
    "Photos: Aune wins ski jumping world title on home hill",
    "Greta Lind", ["Greta Lind"], "Granite State Sports", "footer copyright",
    [photo(u, cap, cr, ag, phs) for u, (cap, cr, ag, phs) in zip(P8, caps)],
    shape_source="sports photo gallery copied as text with 'Photo N/5' counters (issue 15), wire credits glued to the end of each caption in the agencies' own forms (REUTERS/Name, Name/AFP via Getty Images, Name-USA TODAY Sports, EPA/NAME) as listed in docs/credit-tables.md query examples; navigation/advert lines before the headline"))
