"""Pages 13-24."""

from pages1 import E, P

PAGES = []
esc = lambda s: s.replace("&", "&amp;")

# ---------------------------------------------------------------- 13 NZZ
N = "https://img.zuercherblatt.ch/2024/6/3/5b7c9d1e-2f4a-4b6c-8d0e-1f2a3b4c5d6e.jpeg?width={w}&height={h}&fit=bounds&quality=75&auto=webp&crop=4000,2250,x0,y208"
n = [N.format(w=w, h=h) for w, h in ((560, 315), (1120, 630), (1360, 765))]
N2 = "https://img.zuercherblatt.ch/2024/6/3/9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d.jpeg?width=1360&height=907&fit=bounds&quality=75&auto=webp"
PAGES.append(("13-nzz-img-bounds-keystone-application-name", f"""<!DOCTYPE html>
<!-- Shape: NZZ article: 'img.nzz.ch/YYYY/M/D/uuid.jpeg?width=&height=&fit=bounds&quality=75&auto=webp&crop=' URLs (code corpus find_string 'img.nzz.ch' hits 17913936009, 9564651494); from memory: renditions in data-srcset with a noscript fallback, figcaption with separate 'image-caption__credit' span 'Name / Keystone'; application-name meta; author in span.metainfo__item--author. -->
<html lang="de-CH"><head><meta charset="utf-8"><meta name="application-name" content="Zürcher Blatt">
<title>Seilbahn auf den Uetliberg: Stadtrat sagt Ja zum Projekt</title>
<link rel="canonical" href="https://www.zuercherblatt.ch/zuerich/seilbahn-auf-den-uetliberg-stadtrat-sagt-ja-ld.1832456">
</head><body>
<article>
<h1 class="headline__title">Seilbahn auf den Uetliberg: Stadtrat sagt Ja zum Projekt</h1>
<div class="metainfo"><span class="metainfo__item metainfo__item--author"><a href="/impressum/reto-gisler-ld.1">Reto Gisler</a></span><span class="metainfo__item">03.06.2024, 05.30 Uhr</span></div>
<figure class="image">
 <img class="image__img lazy" data-srcset="{esc(n[0])} 560w, {esc(n[1])} 1120w, {esc(n[2])} 1360w" src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E" alt="">
 <noscript><img src="{esc(n[1])}" alt=""></noscript>
 <figcaption class="image-caption"><span class="image-caption__text">Die Talstation käme neben den Bahnhof Triemli zu stehen.</span> <span class="image-caption__credit">Ennio Leanza / Keystone</span></figcaption>
</figure>
<p>Die Kosten schätzt die Stadt auf 62 Millionen Franken.</p>
<figure class="image"><img class="image__img" src="{esc(N2)}" alt=""><figcaption class="image-caption"><span class="image-caption__text">Visualisierung der Bergstation.</span> <span class="image-caption__credit">PD</span></figcaption></figure>
<div class="author-box"><img src="https://img.zuercherblatt.ch/authors/reto-gisler.png" alt="Reto Gisler"><span>Reto Gisler, Redaktor Zürich</span></div>
</article></body></html>
""", E("https://www.zuercherblatt.ch/zuerich/seilbahn-auf-den-uetliberg-stadtrat-sagt-ja-ld.1832456",
       "https://www.zuercherblatt.ch/zuerich/seilbahn-auf-den-uetliberg-stadtrat-sagt-ja-ld.1832456",
       "Seilbahn auf den Uetliberg: Stadtrat sagt Ja zum Projekt", "Reto Gisler", ["Reto Gisler"], "Zürcher Blatt", "application-name",
       [P(n[2], "Die Talstation käme neben den Bahnhof Triemli zu stehen.", "Ennio Leanza / Keystone", "Keystone", ["Ennio Leanza"], n[:2]),
        P(N2, "Visualisierung der Bergstation.", "PD", None, [])]), "utf-8"))

# ---------------------------------------------------------------- 14 Globo G1
GL = "https://s2-gnotícias.glbimg.com/{h}=/0x0:1700x1133/{s}/smart/filters:max_age(3600)/https://i.s3.glbimg.com/v1/AUTH_59edd422c0c84a879bd37670ae4f538a/internal_photos/bs/2024/X/k/AbCdEf123/enchente-porto-alegre.jpg"
gl = [GL.format(h=h, s=s) for h, s in (("Qx1vX9a2kL0pZrT4mYw8bN3cJ5e", "600x0"), ("Tz7rK2pW9mQ4vL1xB8nC6dF3hJ0", "1008x0"))]
GL2 = "https://s2-gnotícias.glbimg.com/Ab3dE5fG7hI9jK1lM3nO5pQ7rS9=/0x0:1280x853/1008x0/smart/filters:max_age(3600)/https://i.s3.glbimg.com/v1/AUTH_59edd422c0c84a879bd37670ae4f538a/internal_photos/bs/2024/Y/q/ZyXwVu987/voluntarios-barco.jpg"
gl = [u.replace("gnotícias", "gnoticias") for u in gl]; GL2 = GL2.replace("gnotícias", "gnoticias")
PAGES.append(("14-g1-glbimg-thumbor-foto-em-dash-por-e", f"""<!DOCTYPE html>
<!-- Shape: g1 (Globo) article: amp-img inside div.content-media__image and the caption in p.content-media__description (code corpus find_string 'content-media__description' hits 53381435576, 29966510156, 6980040647); details from memory: 'content-media__image' with glbimg thumbor URLs '{{hash}}=/0x0:WxH/600x0/smart/filters:max_age(3600)/…' as srcset x renditions, caption 'Legenda — Foto: Nome/g1' in p.content-media__description, 'Por Nome e Nome, g1 RS' in p.content-publication-data__from. -->
<html lang="pt-BR"><head><meta charset="utf-8"><title>Voluntários resgatam famílias ilhadas no bairro Sarandi | Rio Grande do Sul | Notícias do Sul</title>
<meta property="og:site_name" content="Notícias do Sul">
<meta property="og:url" content="https://noticiasdosul.com.br/rs/rio-grande-do-sul/noticia/2024/05/06/voluntarios-resgatam-familias-sarandi.ghtml">
</head><body>
<div class="content-head"><h1 class="content-head__title" itemprop="headline">Voluntários resgatam famílias ilhadas no bairro Sarandi</h1></div>
<p class="content-publication-data__from" title="Por Luana Pires e Caio Menezes, Notícias do Sul RS">Por Luana Pires e Caio Menezes, Notícias do Sul RS</p>
<div class="mc-column content-text"><p>Barcos de pescadores chegaram do litoral na madrugada.</p></div>
<div class="content-media content-photo"><div class="content-media__container"><div class="content-media__image">
<amp-img src="{gl[0]}" srcset="{gl[0]} 1x, {gl[1]} 2x" layout="responsive" width="600" height="400" alt=""></amp-img>
<noscript><img src="{gl[1]}" alt=""></noscript></div>
<p class="content-media__description" itemprop="caption">Moradores são retirados de barco na Avenida Assis Brasil — Foto: Gustavo Mansur/Palácio Piratini</p></div></div>
<div class="content-media content-photo"><div class="content-media__image"><img src="{GL2}" alt=""></div>
<p class="content-media__description">Voluntários organizam doações em um posto de gasolina — Foto: Caio Menezes/Notícias do Sul</p></div>
<div class="bstn-related"><img src="https://s2-gnoticias.glbimg.com/Zz9=/0x0:300x200/160x0/smart/related.jpg" alt=""></div>
</body></html>
""", E("https://noticiasdosul.com.br/rs/rio-grande-do-sul/noticia/2024/05/06/voluntarios-resgatam-familias-sarandi.ghtml",
       "https://noticiasdosul.com.br/rs/rio-grande-do-sul/noticia/2024/05/06/voluntarios-resgatam-familias-sarandi.ghtml",
       "Voluntários resgatam famílias ilhadas no bairro Sarandi", "Luana Pires e Caio Menezes", ["Luana Pires", "Caio Menezes"],
       "Notícias do Sul", "og:site_name",
       [P(gl[1], "Moradores são retirados de barco na Avenida Assis Brasil", "Gustavo Mansur/Palácio Piratini", "Palácio Piratini", ["Gustavo Mansur"], gl[:1]),
        P(GL2, "Voluntários organizam doações em um posto de gasolina", "Caio Menezes/Notícias do Sul", "Notícias do Sul", ["Caio Menezes"])]), "utf-8"))

# ---------------------------------------------------------------- 15 Infobae (Arc resizer v2)
IB = "https://www.diariodelplata.com/resizer/v2/7XKQ2LZ4NHBDFJ5R3WMPTY6VCE.jpg?auth=5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b&smart=true&width={w}&height={h}&quality=85"
ib = [IB.format(w=w, h=h) for w, h in ((350, 197), (992, 558), (1200, 675))]
IB2 = "https://www.diariodelplata.com/resizer/v2/HQ3M7ZP2WX9KLB4NRTD5FYC8JU.jpg?auth=0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b&smart=true&width=1200&height=800&quality=85"
PAGES.append(("15-infobae-arc-resizer-v2-paren-reuters-caps", f"""<!DOCTYPE html>
<!-- Shape: Infobae (Arc XP) article from memory: figure.article-figure-image with <picture><source srcset> of '/resizer/v2/{{ID}}.jpg?auth=…&smart=true&width=&height=&quality=85' renditions, figcaption 'Leyenda (REUTERS/Nombre)'; byline 'Por Nombre' in div.byline-author; og:site_name. -->
<html lang="es"><head><meta charset="utf-8"><title>Córdoba declara la emergencia hídrica por la sequía en el norte provincial - Diario del Plata</title>
<meta property="og:site_name" content="Diario del Plata">
<link rel="canonical" href="https://www.diariodelplata.com/sociedad/2024/02/14/cordoba-declara-la-emergencia-hidrica/">
</head><body>
<article>
<h1 class="article-headline">Córdoba declara la emergencia hídrica por la sequía en el norte provincial</h1>
<div class="byline-author"><span>Por </span><a href="/autor/paula-iturbe/" class="author-name">Paula Iturbe</a></div>
<figure class="article-figure-image"><picture>
<source srcset="{ib[0]}" media="(max-width: 350px)"><source srcset="{ib[1]}" media="(max-width: 992px)">
<img class="article-image" src="{ib[2]}" alt="Un dique seco"></picture>
<figcaption class="article-figcaption-img">El dique La Quebrada, al 12% de su capacidad, el 10 de febrero (REUTERS/Matías Baglietto)</figcaption></figure>
<p>El gobierno provincial habilitó camiones cisterna en 14 localidades.</p>
<figure class="article-figure-image"><picture><img class="article-image" src="{IB2}" alt=""></picture>
<figcaption class="article-figcaption-img">Un productor de Dean Funes muestra su represa vacía (Gentileza Sociedad Rural de Ischilín)</figcaption></figure>
<div class="author-info"><img src="https://www.diariodelplata.com/resizer/v2/AUTHOR123.png?auth=aa&width=60&height=60" alt="Paula Iturbe"><p>Paula Iturbe</p></div>
</article></body></html>
""", E("https://www.diariodelplata.com/sociedad/2024/02/14/cordoba-declara-la-emergencia-hidrica/",
       "https://www.diariodelplata.com/sociedad/2024/02/14/cordoba-declara-la-emergencia-hidrica/",
       "Córdoba declara la emergencia hídrica por la sequía en el norte provincial", "Paula Iturbe", ["Paula Iturbe"],
       "Diario del Plata", "og:site_name",
       [P(ib[2], "El dique La Quebrada, al 12% de su capacidad, el 10 de febrero", "REUTERS/Matías Baglietto", "Reuters", ["Matías Baglietto"], ib[:2]),
        P(IB2, "Un productor de Dean Funes muestra su represa vacía", "Gentileza Sociedad Rural de Ischilín", None, [])]), "utf-8"))

# ---------------------------------------------------------------- 16 The Hindu
H = "https://th-i.deccanledger.com/public/incoming/4f2k1m/article68123456.ece/alternates/{a}/PTI05_21_2024_000123B.jpg"
h = [H.format(a=a) for a in ("LANDSCAPE_320", "LANDSCAPE_615", "LANDSCAPE_1200")]
H2 = "https://th-i.deccanledger.com/public/incoming/9q8w7e/article68123460.ece/alternates/LANDSCAPE_1200/IMG_tank_desilting.jpg"
PAGES.append(("16-thehindu-photo-credit-pipe-special-arrangement", f"""<!DOCTYPE html>
<!-- Shape: The Hindu (Escenic) article from memory: <picture><source srcset='…/article{{id}}.ece/alternates/LANDSCAPE_615/…'> renditions, p.caption 'Caption | Photo Credit: PTI'; 'Special Arrangement' credits; title '… - The Hindu'. -->
<html lang="en"><head><meta charset="utf-8"><title>Desilting of 40 tanks in Kolar to begin before monsoon - The Deccan Ledger</title>
<link rel="canonical" href="https://www.deccanledger.com/news/national/karnataka/desilting-of-40-tanks-in-kolar/article68123456.ece">
</head><body>
<div class="article-section"><h1 class="title">Desilting of 40 tanks in Kolar to begin before monsoon</h1>
<div class="author-name"><a href="/profile/author/Harish-Gowda-1234/">Harish Gowda</a></div>
<div class="picture"><picture><source media="(min-width: 1200px)" srcset="{h[2]}"><source media="(min-width: 600px)" srcset="{h[1]}"><img class="lead-img" src="{h[0]}" alt="Farmers at a dry tank"></picture>
<p class="caption">Farmers gather at the dry bed of Ammerahalli tank in Kolar on Tuesday. | Photo Credit: PTI</p></div>
<p>The district administration said work would be done under MGNREGA.</p>
<div class="picture"><img src="{H2}" alt=""><p class="caption">Earthmovers at work near Bangarpet. | Photo Credit: Special Arrangement</p></div>
<div class="related-topics"><img src="https://th-i.deccanledger.com/public/incoming/xx/article681.ece/alternates/SQUARE_80/rain.jpg" alt=""></div>
</div></body></html>
""", E("https://www.deccanledger.com/news/national/karnataka/desilting-of-40-tanks-in-kolar/article68123456.ece",
       "https://www.deccanledger.com/news/national/karnataka/desilting-of-40-tanks-in-kolar/article68123456.ece",
       "Desilting of 40 tanks in Kolar to begin before monsoon", "Harish Gowda", ["Harish Gowda"], "The Deccan Ledger", "title suffix",
       [P(h[2], "Farmers gather at the dry bed of Ammerahalli tank in Kolar on Tuesday.", "PTI", "PTI", [], h[:2]),
        P(H2, "Earthmovers at work near Bangarpet.", "Special Arrangement", None, [])]), "utf-8"))

# ---------------------------------------------------------------- 17 Dawn
DW = "https://i.karachicourier.com/large/2024/03/65f1a2b3c4d5e.jpg"
DWm = "https://i.karachicourier.com/medium/2024/03/65f1a2b3c4d5e.jpg"
DW2 = "https://i.karachicourier.com/large/2024/03/65f1a2b3c9e8f.jpg"
PAGES.append(("17-dawn-em-dash-credit-file-footer-copyright", f"""<!DOCTYPE html>
<!-- Shape: Dawn-style story from memory: div.media__item with <img> from '/large/' and '/medium/' folders, figcaption 'Caption. — AFP/File', author link 'Name' with 'Published' meta; footer 'Copyright © 2024, Dawn'. -->
<html lang="en"><head><meta charset="utf-8"><title>Karachi water board to meter 50,000 connections by June</title>
<link rel="canonical" href="https://www.karachicourier.com/news/1820451/karachi-water-board-to-meter-50000-connections">
</head><body>
<article class="story">
<h2 class="story__title"><a class="story__link" href="https://www.karachicourier.com/news/1820451/karachi-water-board-to-meter-50000-connections">Karachi water board to meter 50,000 connections by June</a></h2>
<div class="story__byline"><span class="story__byline__link">Imtiaz Baloch</span> | <span class="timestamp--date">Published March 13, 2024</span></div>
<div class="media__item"><picture><source srcset="{DWm} 800w, {DW} 1200w"><img src="{DWm}" alt=""></picture>
<figcaption class="media__caption">Residents fill cans from a water tanker in Orangi Town. — AFP/File</figcaption></div>
<p>The board says a third of its water is lost before it reaches homes.</p>
<div class="media__item"><img src="{DW2}" alt=""><figcaption class="media__caption">Workers lay a new main on Shahrah-e-Faisal. — Photo by author</figcaption></div>
<div class="sidebar"><img src="https://i.karachicourier.com/thumbnail/2024/03/65ee.jpg" alt="" class="lazy"></div>
</article>
<footer><p>Copyright © 2024, Karachi Courier</p></footer>
</body></html>
""", E("https://www.karachicourier.com/news/1820451/karachi-water-board-to-meter-50000-connections",
       "https://www.karachicourier.com/news/1820451/karachi-water-board-to-meter-50000-connections",
       "Karachi water board to meter 50,000 connections by June", "Imtiaz Baloch", ["Imtiaz Baloch"], "Karachi Courier", "footer copyright",
       [P(DW, "Residents fill cans from a water tanker in Orangi Town.", "AFP/File", "AFP", [], [DWm]),
        P(DW2, "Workers lay a new main on Shahrah-e-Faisal.", "Photo by author", None, ["Imtiaz Baloch"])]), "utf-8"))

# ---------------------------------------------------------------- 18 Straits Times (Drupal)
ST = "https://cassette.lionharbour.sg/image/lionharbourtimes/8a3c1d2e4f5b6a7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c"
ST2 = "https://cassette.lionharbour.sg/image/lionharbourtimes/1f2e3d4c5b6a79880a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f"
PAGES.append(("18-straitstimes-drupal-cassette-extensionless-st-photo-caps", f"""<!DOCTYPE html>
<!-- Shape: Straits Times article: extensionless 'cassette.sphdigital.com.sg/image/straitstimes/{{hash}}?w=900' image URLs (code corpus find_string 'cassette.sphdigital.com.sg' hits 31209787358, 61055364505); from memory: '?w=' srcset, figcaption 'Caption. ST PHOTO: NAME' uppercase label with the paper's acronym (here 'LHT PHOTO:'), byline in a.byline-name; og:site_name. -->
<html lang="en"><head><meta charset="utf-8"><title>Hawker centre in Bedok to close for 3 months of repairs | The Lion Harbour Times</title>
<meta property="og:site_name" content="The Lion Harbour Times">
<link rel="canonical" href="https://www.lionharbour.sg/singapore/hawker-centre-in-bedok-to-close-for-repairs">
</head><body>
<h1 class="headline node-title">Hawker centre in Bedok to close for 3 months of repairs</h1>
<div class="group-byline"><a class="byline-name" href="/authors/chua-wei-ling">Chua Wei Ling</a></div>
<figure class="image-with-caption"><img src="{ST}?w=720" srcset="{ST}?w=720 720w, {ST}?w=1280 1280w" alt="">
<figcaption class="caption-text">Stallholders at Bedok North Hawker Centre will get rental waivers during the closure. LHT PHOTO: GAVIN FOO</figcaption></figure>
<p>The NEA said the roof had leaked since 2022.</p>
<figure class="image-with-caption"><img src="{ST2}?w=720" alt=""><figcaption class="caption-text">The centre's 56 stalls serve about 8,000 diners a day. PHOTO: LIANHE ZAOBAO</figcaption></figure>
<div class="author-profile"><img src="https://cassette.lionharbour.sg/image/lionharbourtimes/author-chua" alt="Chua Wei Ling"><p>Chua Wei Ling is a correspondent.</p></div>
</body></html>
""", E("https://www.lionharbour.sg/singapore/hawker-centre-in-bedok-to-close-for-repairs", "https://www.lionharbour.sg/singapore/hawker-centre-in-bedok-to-close-for-repairs",
       "Hawker centre in Bedok to close for 3 months of repairs", "Chua Wei Ling", ["Chua Wei Ling"], "The Lion Harbour Times", "og:site_name",
       [P(ST + "?w=1280", "Stallholders at Bedok North Hawker Centre will get rental waivers during the closure.", "GAVIN FOO",
          "The Lion Harbour Times", ["GAVIN FOO"], [ST + "?w=720"]),
        P(ST2 + "?w=720", "The centre's 56 stalls serve about 8,000 diners a day.", "LIANHE ZAOBAO", "LIANHE ZAOBAO", [])]), "utf-8"))

# ---------------------------------------------------------------- 19 Japan Times (WordPress VIP)
J = "https://www.tokyoharbinger.co.jp/uploads/imported_images/uploads/2024/04/np_file_271234.jpeg"
J2 = "https://www.tokyoharbinger.co.jp/uploads/imported_images/uploads/2024/04/np_file_271240.jpeg"
PAGES.append(("19-japantimes-wpvip-photon-w-pipe-kyodo", f"""<!DOCTYPE html>
<!-- Shape: Japan Times (WordPress VIP) article from memory: figure.wp-block-image with Photon '?w=' renditions in srcset, figcaption 'Caption | Kyodo' (pipe separator), byline 'By Name' with 'Staff writer' role; og:site_name. -->
<html lang="en"><head><meta charset="utf-8"><title>Hokkaido town bets on night trains to lure skiers - The Tokyo Harbinger</title>
<meta property="og:site_name" content="The Tokyo Harbinger">
<link rel="canonical" href="https://www.tokyoharbinger.co.jp/news/2024/04/02/japan/hokkaido-night-trains-skiers/">
</head><body>
<article>
<h1>Hokkaido town bets on night trains to lure skiers</h1>
<div class="jt-byline"><p class="writer">by <a href="/author/staff-writer-aiko-tan/">Aiko Tanabe</a> and <a href="/author/kenji-mori/">Kenji Mori</a></p><p class="writer-role">Staff writers</p></div>
<figure class="wp-block-image size-large"><img decoding="async" src="{J}?w=1200" srcset="{J}?w=414 414w, {J}?w=736 736w, {J}?w=1200 1200w, {J}?w=1600 1600w" alt="">
<figcaption class="wp-element-caption">A sleeper train pulls into Kutchan Station in February. | Kyodo</figcaption></figure>
<p>The town has asked JR Hokkaido to run the service three nights a week.</p>
<figure class="wp-block-image"><img src="{J2}?w=736" srcset="{J2}?w=414 414w, {J2}?w=736 736w" alt="">
<figcaption class="wp-element-caption">Skiers queue for a lift at Niseko on Saturday. | Aiko Tanabe</figcaption></figure>
<div class="jt-related"><img src="https://www.tokyoharbinger.co.jp/uploads/2024/03/related-thumb.jpeg?w=150" alt=""></div>
</article></body></html>
""", E("https://www.tokyoharbinger.co.jp/news/2024/04/02/japan/hokkaido-night-trains-skiers/", "https://www.tokyoharbinger.co.jp/news/2024/04/02/japan/hokkaido-night-trains-skiers/",
       "Hokkaido town bets on night trains to lure skiers", "Aiko Tanabe and Kenji Mori", ["Aiko Tanabe", "Kenji Mori"], "The Tokyo Harbinger", "og:site_name",
       [P(J + "?w=1600", "A sleeper train pulls into Kutchan Station in February.", "Kyodo", "Kyodo", [], [J + "?w=1200", J + "?w=414", J + "?w=736"]),
        P(J2 + "?w=736", "Skiers queue for a lift at Niseko on Saturday.", "Aiko Tanabe", None, ["Aiko Tanabe"], [J2 + "?w=414"])]), "utf-8"))

# ---------------------------------------------------------------- 20 Times of Israel (WordPress classic caption)
TI = "https://static.jerusalemdispatch.com/www/uploads/2024/05/F240512YS14-1024x640.jpg"
TIo = "https://static.jerusalemdispatch.com/www/uploads/2024/05/F240512YS14.jpg"
TIm = "https://static.jerusalemdispatch.com/www/uploads/2024/05/F240512YS14-640x400.jpg"
TI2 = "https://static.jerusalemdispatch.com/www/uploads/2024/05/IMG_4471-1024x683.jpg"
PAGES.append(("20-timesofisrael-wp-caption-flash90-author-box-more-by", f"""<!DOCTYPE html>
<!-- Shape: Times of Israel (WordPress) article from memory: div.media > a[href=original] > img with '-1024x640' / '-640x400' size renditions, span.caption ('Caption (Name/Flash90)'), byline 'By Name' in span.byline; author box with avatar and 'More by' list as decoys; og:site_name. -->
<html lang="en"><head><meta charset="utf-8"><title>Jerusalem light rail Blue Line delayed again, to open in 2027 | The Jerusalem Dispatch</title>
<meta property="og:site_name" content="The Jerusalem Dispatch">
<link rel="canonical" href="https://www.jerusalemdispatch.com/jerusalem-light-rail-blue-line-delayed-again/">
</head><body>
<div class="headline"><h1 class="headline">Jerusalem light rail Blue Line delayed again, to open in 2027</h1></div>
<div class="byline"><span class="byline">By <a href="/writers/noa-shiran/">Noa Shiran</a></span> 12 May 2024, 4:10 pm</div>
<div class="media"><a href="{TIo}" class="media-link"><img src="{TI}" srcset="{TI} 1024w, {TIm} 640w" width="1024" height="640" alt=""></a>
<span class="caption">Workers lay track on Hebron Road, Jerusalem, May 12, 2024. (Yonatan Sindel/Flash90)</span></div>
<p>The Transportation Ministry blamed contractor disputes.</p>
<div class="media"><img src="{TI2}" alt=""><span class="caption">A model of the Blue Line tram on display at the ministry (Courtesy)</span></div>
<div class="author-box"><img src="https://static.jerusalemdispatch.com/www/uploads/2020/01/noa-shiran-headshot-120x120.jpg" alt="Noa Shiran" class="avatar">
<p>Noa Shiran is the Dispatch's transport reporter.</p>
<h4>More by Noa Shiran</h4><ul><li><img src="https://static.jerusalemdispatch.com/www/uploads/2024/04/F240401-150x100.jpg" alt=""><a href="/x/">Tel Aviv metro tender opens</a></li></ul></div>
</body></html>
""", E("https://www.jerusalemdispatch.com/jerusalem-light-rail-blue-line-delayed-again/", "https://www.jerusalemdispatch.com/jerusalem-light-rail-blue-line-delayed-again/",
       "Jerusalem light rail Blue Line delayed again, to open in 2027", "Noa Shiran", ["Noa Shiran"], "The Jerusalem Dispatch", "og:site_name",
       [P(TIo, "Workers lay track on Hebron Road, Jerusalem, May 12, 2024.", "Yonatan Sindel/Flash90", "Flash90", ["Yonatan Sindel"], [TI, TIm]),
        P(TI2, "A model of the Blue Line tram on display at the ministry", "Courtesy", None, [])]), "utf-8"))

# ---------------------------------------------------------------- 21 Meduza (no byline)
M = "https://static.riverlight.io/image/w{w}_q75/2024/03/19/a1b2c3d4e5f6a7b8c9d0/photo.jpg"
m = [M.format(w=w) for w in (325, 650, 1300)]
M2 = "https://static.riverlight.io/image/w1300_q75/2024/03/19/f0e9d8c7b6a5f4e3d2c1/photo.jpg"
PAGES.append(("21-meduza-no-byline-chain-credit-scanpix-jsonld-publisher", f"""<!DOCTYPE html>
<!-- Shape: Meduza-style feature from memory: no byline on news items, figure with <picture> srcset '/image/w325_q75/…', '/w650_q75/', '/w1300_q75/', figcaption with caption and a separate cite 'Name / Reuters / Scanpix / LETA'; JSON-LD publisher. -->
<html lang="en"><head><meta charset="utf-8"><title>Ice road to Kizhi island closes early after warm March</title>
<link rel="canonical" href="https://riverlight.io/en/news/2024/03/19/ice-road-to-kizhi-closes-early">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ice road to Kizhi island closes early after warm March","publisher":{{"@type":"Organization","name":"Riverlight"}}}}</script>
</head><body>
<header><img src="https://static.riverlight.io/logo.svg" alt=""></header>
<article><h1 class="SimpleTitle-root">Ice road to Kizhi island closes early after warm March</h1>
<div class="MetaItem-root"><time>5:31 p.m., March 19, 2024</time></div>
<figure class="EmbedImage-root"><picture><source srcset="{m[0]} 325w, {m[1]} 650w, {m[2]} 1300w" type="image/jpeg"><img src="{m[1]}" alt=""></picture>
<figcaption><div class="Caption">Trucks cross the frozen Lake Onega to Kizhi, February 2023</div><cite class="Caption-credit">Ilya Timin / Reuters / Scanpix / LETA</cite></figcaption></figure>
<p>Regional officials said the ice was too thin for cars.</p>
<figure class="EmbedImage-root"><picture><img src="{M2}" alt=""></picture><figcaption><div class="Caption">The Church of the Transfiguration on Kizhi</div><cite class="Caption-credit">Wikimedia Commons</cite></figcaption></figure>
</article></body></html>
""", E("https://riverlight.io/en/news/2024/03/19/ice-road-to-kizhi-closes-early", "https://riverlight.io/en/news/2024/03/19/ice-road-to-kizhi-closes-early",
       "Ice road to Kizhi island closes early after warm March", None, [], "Riverlight", "json-ld publisher",
       [P(m[2], "Trucks cross the frozen Lake Onega to Kizhi, February 2023", "Ilya Timin / Reuters / Scanpix / LETA", "Reuters", ["Ilya Timin"], m[:2]),
        P(M2, "The Church of the Transfiguration on Kizhi", "Wikimedia Commons", "Wikimedia Commons", [])]), "utf-8"))

# ---------------------------------------------------------------- 22 Webflow rich text (windows-1252)
WF = "https://uploads-ssl.webflow.com/64a1b2c3d4e5f6a7b8c9d0e1/65f0a1b2c3d4e5f6a7b8c9d0_marsh-boardwalk"
PAGES.append(("22-webflow-richtext-figure-p-renditions-windows-1252-footer", f"""<!DOCTYPE html>
<!-- Shape: Webflow CMS rich text: figure.w-richtext-align-… w-richtext-figure-type-image > div > img (code corpus find_string 'w-richtext-figure-type-image' hits 33713818086, 18473217815); from memory: with srcset of '-p-500.jpeg 500w, -p-800.jpeg 800w, -p-1080.jpeg 1080w' renditions of the original upload, figcaption 'Caption – Photo: Name'; footer '© 2024 Name'. Saved as windows-1252 (declared) with curly quotes and en dash as single bytes. -->
<html><head><meta charset="windows-1252"><title>The boardwalk that saved Crane Marsh</title>
<meta property="og:url" content="https://www.thetidewaterbulletin.com/stories/the-boardwalk-that-saved-crane-marsh">
</head><body>
<div class="navbar w-nav"><img src="https://uploads-ssl.webflow.com/64a1b2c3d4e5f6a7b8c9d0e1/64a1logo_tb.svg" loading="lazy" alt="" class="brand-logo"></div>
<div class="blog-post-header"><h1 class="heading-xl">The boardwalk that saved Crane Marsh</h1><div class="author-line">Words by Delia Ortega</div></div>
<div class="rich-text w-richtext">
<p>When the county proposed a parking lot, the town’s birders said “no” – loudly.</p>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="{WF}.jpeg" loading="lazy" alt="" sizes="(max-width: 1440px) 100vw, 1440px" srcset="{WF}-p-500.jpeg 500w, {WF}-p-800.jpeg 800w, {WF}-p-1080.jpeg 1080w, {WF}.jpeg 2400w"></div>
<figcaption>Volunteers rebuilt 300 feet of the boardwalk in April – Photo: Marcus Bell</figcaption></figure>
<p>Visitors now count herons from the platform.</p>
</div>
<div class="footer"><div class="footer-copyright">© 2024 The Tidewater Bulletin. All rights reserved.</div><img src="https://uploads-ssl.webflow.com/64a1b2c3d4e5f6a7b8c9d0e1/badge-made-in-webflow.svg" alt="Made in Webflow"></div>
</body></html>
""", E("https://www.thetidewaterbulletin.com/stories/the-boardwalk-that-saved-crane-marsh", "https://www.thetidewaterbulletin.com/stories/the-boardwalk-that-saved-crane-marsh",
       "The boardwalk that saved Crane Marsh", "Delia Ortega", ["Delia Ortega"], "The Tidewater Bulletin", "footer copyright",
       [P(WF + ".jpeg", "Volunteers rebuilt 300 feet of the boardwalk in April", "Marcus Bell", None, ["Marcus Bell"],
          [WF + "-p-500.jpeg", WF + "-p-800.jpeg", WF + "-p-1080.jpeg"])]), "windows-1252"))

# ---------------------------------------------------------------- 23 Wix blog
WX = "https://static.wixstatic.com/media/9c1e2a_7f3b5d9e1a2c4b6d8e0f1a3c5e7b9d1f~mv2.jpg"
wx = [f"{WX}/v1/fill/w_{w},h_{h},al_c,q_{q},enc_auto/9c1e2a_7f3b5d9e1a2c4b6d8e0f1a3c5e7b9d1f~mv2.jpg" for w, h, q in ((147, 98, 80), (740, 493, 85), (980, 653, 90))]
WX2 = "https://static.wixstatic.com/media/9c1e2a_0b2d4f6a8c0e2a4c6e8a0c2e4a6c8e0a~mv2.jpg/v1/fill/w_980,h_735,al_c,q_90,enc_auto/9c1e2a_0b2d4f6a8c0e2a4c6e8a0c2e4a6c8e0a~mv2.jpg"
PAGES.append(("23-wix-blog-static-media-v1-fill-application-name-gallery", f"""<!DOCTYPE html>
<!-- Shape: Wix site images 'static.wixstatic.com/media/{{id}}~mv2.jpg/v1/fill/w_,h_,al_c,q_90,…,enc_auto/{{id}}~mv2.jpg' (code corpus find_string 'static.wixstatic.com/media/' hits 23780452529, 14986028864); from memory: <wow-image data-image-info> wrapper, figcaption under image, 'application-name' meta naming the site; 'Written by' label. -->
<html lang="en"><head><meta charset="utf-8"><meta name="application-name" content="Millbrook Gazette">
<title>Millbrook's covered bridge gets its roof back</title>
<meta property="og:url" content="https://www.millbrookgazette.com/post/millbrook-covered-bridge-roof">
</head><body>
<header><img src="https://static.wixstatic.com/media/9c1e2a_logo~mv2.png/v1/fill/w_120,h_40/logo.png" alt="Home"></header>
<article class="blog-post-page-font">
<h1 class="blog-post-title-font">Millbrook's covered bridge gets its roof back</h1>
<div class="post-metadata"><span class="user-name">Written by: Gordon Abernathy</span></div>
<figure><wow-image data-image-info='{{"imageData":{{"uri":"9c1e2a_7f3b5d9e1a2c4b6d8e0f1a3c5e7b9d1f~mv2.jpg","width":4032,"height":2688}}}}'>
<img src="{wx[0]}" data-pin-media="{wx[2]}" srcset="{wx[1]} 1x, {wx[2]} 2x" alt=""></wow-image>
<figcaption>Carpenters from Hale &amp; Sons fit the last cedar shakes on Friday. Photo by Jo Winter</figcaption></figure>
<p>The bridge had been open to the sky since the 2021 ice storm.</p>
<figure><wow-image><img src="{WX2}" alt=""></wow-image><figcaption>The bridge in 1936 (Millbrook Historical Society)</figcaption></figure>
</article></body></html>
""", E("https://www.millbrookgazette.com/post/millbrook-covered-bridge-roof", "https://www.millbrookgazette.com/post/millbrook-covered-bridge-roof",
       "Millbrook's covered bridge gets its roof back", "Gordon Abernathy", ["Gordon Abernathy"], "Millbrook Gazette", "application-name",
       [P(wx[2], "Carpenters from Hale & Sons fit the last cedar shakes on Friday.", "Jo Winter", None, ["Jo Winter"], wx[:2]),
        P(WX2, "The bridge in 1936", "Millbrook Historical Society", "Millbrook Historical Society", [])]), "utf-8"))

# ---------------------------------------------------------------- 24 Contentful / Next.js headless, protocol-relative
CF = "images.ctfassets.net/x7k2m9p4q1r3/5Hq8ZbN2vR4tY6wL1cX3dA/0e7f1a2b3c4d5e6f7a8b9c0d1e2f3a4b/patch-fire-station-open-house.jpg"
CF2 = "images.ctfassets.net/x7k2m9p4q1r3/2Kp9YcM3wS5uZ7xN2dV4eB/9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d/engine-7-kids.jpg"
PAGES.append(("24-contentful-protocol-relative-courtesy-org-syndication", f"""<!DOCTYPE html>
<!-- Shape: Next.js front on Contentful (headless): 'images.ctfassets.net/{{space}}/{{asset}}/{{hash}}/file.jpg?w=&fm=webp' asset URLs (code corpus find_string 'images.ctfassets.net' hits 24372051521, 46361916851); from memory: protocol-relative '//' srcset renditions, JSON-LD NewsArticle with ImageObject (caption, creditText); Patch-style 'Photo courtesy of X Fire Department' credit; a 'This story was originally published by …' republication line that overrides og:site_name (as the seed and the earlier sets' syndication cases). -->
<html lang="en"><head><meta charset="utf-8"><title>Fire station open house draws record crowd | Ridgefield Local</title>
<meta property="og:site_name" content="Ridgefield Local">
<link rel="canonical" href="https://ridgefieldlocal.com/news/fire-station-open-house-record-crowd">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fire station open house draws record crowd","author":{{"@type":"Person","name":"Beth Carmody"}},"image":[{{"@type":"ImageObject","url":"https://{CF}","caption":"Firefighter Luis Ocampo shows a thermal camera to visitors.","creditText":"Photo courtesy of Ridgefield Fire Department"}}]}}</script>
</head><body><div id="__next">
<article><h1>Fire station open house draws record crowd</h1>
<p class="byline">By <span>Beth Carmody</span></p>
<figure><img srcset="//{CF}?w=640&amp;fm=webp&amp;q=75 640w, //{CF}?w=1280&amp;fm=webp&amp;q=75 1280w" src="//{CF}?w=1280&amp;fm=webp&amp;q=75" alt="Firefighter with camera" loading="lazy">
<figcaption><span class="caption">Firefighter Luis Ocampo shows a thermal camera to visitors.</span><span class="credit">Photo courtesy of Ridgefield Fire Department</span></figcaption></figure>
<p>More than 900 people came to Station 7 on Saturday.</p>
<figure><img src="//{CF2}?w=1280&amp;fm=webp&amp;q=75" alt="" loading="lazy"><figcaption><span class="caption">Children try on helmets beside Engine 7.</span><span class="credit">Beth Carmody/Hudson Valley Courier</span></figcaption></figure>
<p class="republish"><em>This story was originally published by the Hudson Valley Courier and is republished here under a content-sharing agreement.</em></p>
<section class="more-from"><h2>More from Ridgefield Local</h2><img src="//images.ctfassets.net/x7k2m9p4q1r3/9Zz/aa/library-fair.jpg?w=300" alt=""></section>
</article></div></body></html>
""", E("https://ridgefieldlocal.com/news/fire-station-open-house-record-crowd?fbclid=IwAR0xyz", "https://ridgefieldlocal.com/news/fire-station-open-house-record-crowd",
       "Fire station open house draws record crowd", "Beth Carmody", ["Beth Carmody"], "Hudson Valley Courier", "syndication",
       [P(f"https://{CF}", "Firefighter Luis Ocampo shows a thermal camera to visitors.", "Photo courtesy of Ridgefield Fire Department", None, [],
          [f"https://{CF}?w=640&fm=webp&q=75", f"https://{CF}?w=1280&fm=webp&q=75"]),
        P(f"https://{CF2}?w=1280&fm=webp&q=75", "Children try on helmets beside Engine 7.", "Beth Carmody/Hudson Valley Courier", "Hudson Valley Courier", ["Beth Carmody"])]), "utf-8"))
