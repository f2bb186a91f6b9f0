"""Pages 13-24 of the fourth held-out set."""
import json as _j
from common import ph, exp, page

PAGES = []

def add(stem, html, e, enc="utf-8"):
    PAGES.append((stem, html, e, enc))

# ---------------------------------------------------------------- 13
U = "https://regional.wartanusantara.com/read/2024/06/08/14200071/banjir-rob-rendam-pesisir-semarang"
K = "https://asset.wartanusantara.com/crops/{h}=/0x0:1600x1067/{w}x{hh}/data/photo/2024/06/08/{f}.jpg"
H1, F1 = "Xq3mZ8vR1tLp7KdW9sNb2YcHf4E", "6663a1b2c3d4e"
H2, F2 = "Pn6aB2cD9eF1gH3iJ5kL7mN8oQ0", "6663b7f8e9a0b"
add("13-kompas-crops-thumbor-sitename-caps-credit-penulis-editor", page(
    "Kompas.com-style Indonesian article: asset.…/crops/{hash}=/0x0:WxH/{w}x{h}/data/photo/YYYY/MM/DD/{id}.jpg thumbor crops "
    "(URL family confirmed by find_string 'KOMPAS.com/' hits 5909863965, 16393859700: asset.kompas.com/crops/…=/0x0:640x427/750x500/data/photo/…), "
    "caption with the credit glued in caps 'SITE.com/Name' and 'ANTARA FOTO/Name'; 'Penulis: X | Editor: Y' — the editor is "
    "not a byline; og:site_name; 'Baca juga' inline links and thumbnails are decoys.",
    f"""<title>Banjir Rob Rendam Pesisir Semarang, Ratusan Warga Mengungsi</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="WartaNusantara.com">
<meta name="content_author" content="Dimas Prakoso">""",
    f"""<div class="read__header"><h1 class="read__title">Banjir Rob Rendam Pesisir Semarang, Ratusan Warga Mengungsi</h1>
<div class="read__time">WartaNusantara.com - 08/06/2024, 14:20 WIB</div></div>
<div class="photo"><div class="photo__wrap"><img src="{K.format(h=H1,w=750,hh=500,f=F1)}" data-src="{K.format(h=H1,w=1200,hh=800,f=F1)}" alt="Warga melintasi banjir rob"></div>
<div class="photo__caption">Warga melintasi banjir rob di kawasan Tambaklorok, Semarang, Jawa Tengah, Sabtu (8/6/2024). WARTANUSANTARA.com/Dimas Prakoso</div></div>
<div class="read__credit"><div class="credit-title-name">Penulis <a href="/penulis/dimas-prakoso">Dimas Prakoso</a></div> | <div class="credit-title-name">Editor <a href="/editor/rina-kusuma">Rina Kusuma</a></div></div>
<div class="read__content"><p><strong>SEMARANG, WartaNusantara.com</strong> - Banjir rob kembali merendam permukiman.</p>
<p><strong>Baca juga:</strong> <a href="/read/2024/06/01/rob-demak">Rob Demak Meluas</a></p>
<div class="photo"><img src="{K.format(h=H2,w=750,hh=500,f=F2)}" alt=""><div class="photo__caption">Petugas BPBD mengevakuasi warga lanjut usia, Sabtu (8/6/2024). ANTARA FOTO/Aji Nugroho</div></div></div>
<div class="most__list"><a href="/read/2024/06/07/x"><img src="https://asset.wartanusantara.com/crops/Zz9=/0x0:1000x667/195x98/data/photo/2024/06/07/66629999aa.jpg" alt=""></a></div>""", lang="id"),
    exp(U + "?page=all", U, "Banjir Rob Rendam Pesisir Semarang, Ratusan Warga Mengungsi", "Dimas Prakoso", ["Dimas Prakoso"],
        "WartaNusantara.com", "og:site_name", [
        ph(K.format(h=H1,w=1200,hh=800,f=F1), "Warga melintasi banjir rob di kawasan Tambaklorok, Semarang, Jawa Tengah, Sabtu (8/6/2024).",
           "WARTANUSANTARA.com/Dimas Prakoso", "WARTANUSANTARA.com", ["Dimas Prakoso"], [K.format(h=H1,w=750,hh=500,f=F1)]),
        ph(K.format(h=H2,w=750,hh=500,f=F2), "Petugas BPBD mengevakuasi warga lanjut usia, Sabtu (8/6/2024).",
           "ANTARA FOTO/Aji Nugroho", "ANTARA", ["Aji Nugroho"], []),
    ]))

# ---------------------------------------------------------------- 14
U = "https://www.heraldoandino.com.co/bogota/cerros-orientales-incendio-controlado-3341870"
E = "https://imagenes.heraldoandino.com.co/files/{s}/uploads/2024/06/03/665e1f2a{n}.jpeg"
add("14-eltiempo-foto-name-period-paper-caps-por-role", page(
    "El Tiempo (Colombia)-style article (from memory): byline 'Por: Name' with a separate role line "
    "'Periodista de Medio Ambiente', caption then 'Foto: Name. PAPER' (name, a period, the paper in caps), "
    "image style folders files/{style}/uploads/… (article_main_1200 / image_thumb_mobile), og:site_name in "
    "sentence case while the credit prints the paper in caps; 'Le puede interesar' cards are decoys.",
    f"""<title>Incendio en los cerros orientales ya está controlado, confirma Bomberos</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="El Heraldo Andino">""",
    f"""<article>
<h1 class="titulo">Incendio en los cerros orientales ya está controlado, confirma Bomberos</h1>
<div class="autor-container"><div class="autorescontenedor"><span class="who-modulo">Por: </span><a class="who" href="/noticias/laura-camacho-ruiz">Laura Camacho Ruiz</a></div><div class="role">Periodista de Medio Ambiente</div></div>
<div class="fecha">03 de junio 2024, 02:31 p. m.</div>
<figure><img src="{E.format(s='article_main_1200', n='a')}" data-srcset="{E.format(s='image_thumb_mobile', n='a')} 480w, {E.format(s='article_main_1200', n='a')} 1200w" alt="">
<figcaption class="pie-foto">Bomberos trabajan en la zona de Monserrate durante la tarde del domingo.<span class="credito">Foto: Héctor Zamora. EL HERALDO ANDINO</span></figcaption></figure>
<p>Más de 120 bomberos participaron en la emergencia.</p>
<figure><img src="{E.format(s='article_main_1200', n='b')}" alt="">
<figcaption class="pie-foto">Un helicóptero descarga agua sobre el cerro.<span class="credito">Foto: Fuerza Aérea Colombiana</span></figcaption></figure>
</article>
<aside class="le-puede-interesar"><h4>Le puede interesar</h4><a href="/bogota/lluvias-3340001"><img src="{E.format(s='image_thumb_mobile', n='z')}" alt=""><span>Lluvias en Bogotá</span></a></aside>""", lang="es"),
    exp(U, U, "Incendio en los cerros orientales ya está controlado, confirma Bomberos", "Laura Camacho Ruiz", ["Laura Camacho Ruiz"],
        "El Heraldo Andino", "og:site_name", [
        ph(E.format(s='article_main_1200', n='a'), "Bomberos trabajan en la zona de Monserrate durante la tarde del domingo.",
           "Héctor Zamora. EL HERALDO ANDINO", "EL HERALDO ANDINO", ["Héctor Zamora"], [E.format(s='image_thumb_mobile', n='a')]),
        ph(E.format(s='article_main_1200', n='b'), "Un helicóptero descarga agua sobre el cerro.", "Fuerza Aérea Colombiana",
           "Fuerza Aérea Colombiana", [], []),
    ]))

# ---------------------------------------------------------------- 15
U = "https://www.diariodelbajio.mx/estado/leon-lluvias-inundaciones-bulevar"
B = "https://www.diariodelbajio.mx/sites/default/files/styles/{s}/public/2024-06/{f}?itok={t}"
add("15-mexico-drupal-styles-foto-especial-cuartoscuro-por-y", page(
    "Mexican regional Drupal site (from memory): title suffix ' | Diario del Bajío' with no og:site_name, byline 'Por A y B', "
    "date '03/06/2024 14:32', Drupal image styles /styles/{style}/public/…?itok=, credits in a separate span "
    "'Foto: Especial' (handout, no agency) and 'Foto: Cuartoscuro'; a columnist's headshot in the sidebar is a decoy.",
    f"""<title>Lluvias inundan el bulevar Delta en León | Diario del Bajío</title>
<link rel="canonical" href="{U}">""",
    f"""<article class="node node--type-article">
<h1 class="page-title"><span class="field field--name-title">Lluvias inundan el bulevar Delta en León</span></h1>
<div class="field--name-field-autor">Por Rocío Guzmán y Andrés Medina</div>
<div class="field--name-field-fecha">03/06/2024 14:32</div>
<div class="field--name-field-imagen"><img src="{B.format(s='large_1200x675', f='inundacion-delta.jpg', t='Xk29fLqa')}" srcset="{B.format(s='medium_640x360', f='inundacion-delta.jpg', t='Mn3QpR7s')} 640w, {B.format(s='large_1200x675', f='inundacion-delta.jpg', t='Xk29fLqa')} 1200w" alt="">
<div class="field--name-field-pie">Automovilistas quedaron varados en el bulevar Delta. <span class="credito">Foto: Especial</span></div></div>
<p>La tormenta dejó 48 milímetros de lluvia en dos horas.</p>
<div class="field--name-field-galeria"><img src="{B.format(s='large_1200x675', f='protec-civil.jpg', t='Ab12Cd34')}" alt="">
<div class="field--name-field-pie">Elementos de Protección Civil retiran un árbol caído. <span class="credito">Foto: Cuartoscuro</span></div></div>
</article>
<aside class="columnistas"><img src="https://www.diariodelbajio.mx/sites/default/files/styles/thumbnail/public/columnistas/jorge-arriaga.jpg?itok=9zzz" alt="Jorge Arriaga"><a href="/opinion/jorge-arriaga">Jorge Arriaga: El agua que no llega</a></aside>
<footer>Diario del Bajío. Todos los derechos reservados.</footer>""", lang="es"),
    exp(U, U, "Lluvias inundan el bulevar Delta en León", "Rocío Guzmán y Andrés Medina", ["Rocío Guzmán", "Andrés Medina"],
        "Diario del Bajío", "title suffix", [
        ph(B.format(s='large_1200x675', f='inundacion-delta.jpg', t='Xk29fLqa'), "Automovilistas quedaron varados en el bulevar Delta.",
           "Especial", None, [], [B.format(s='medium_640x360', f='inundacion-delta.jpg', t='Mn3QpR7s')]),
        ph(B.format(s='large_1200x675', f='protec-civil.jpg', t='Ab12Cd34'), "Elementos de Protección Civil retiran un árbol caído.",
           "Cuartoscuro", "Cuartoscuro", [], []),
    ]))

# ---------------------------------------------------------------- 16
U = "https://www.courrierdewallonie.be/art/liege/2024-06-03/la-gare-des-guillemins-fermee-apres-un-incident-technique"
W = "https://img.courrierdewallonie.be/{id}/{w}x0/smart/gare-guillemins.jpg"
add("16-lesoir-belga-copyright-credit-par-et-footer-copyright", page(
    "Le Soir-style Belgian French article (from memory): no og:site_name and a bare title, byline 'Par A et B' with the "
    "newsroom initials '(st.)' removed, credit in a separate element with a © sign ('© Belga', '© Name/Belga'), lazy "
    "data-srcset resizer paths /{id}/{w}x0/smart/…, publication only in the footer ('© 2024 Le Courrier de Wallonie'); "
    "'Sur le même sujet' cards and a media-group logo are decoys.",
    f"""<title>La gare des Guillemins fermée après un incident technique</title>
<link rel="canonical" href="{U}">""",
    f"""<header><img src="https://img.courrierdewallonie.be/static/groupe-logo.svg" alt="Groupe Mosan"></header>
<article class="r-article">
<h1 class="r-article--title">La gare des Guillemins fermée après un incident technique</h1>
<p class="r-article--author">Par Sophie Lemaire et Jonas Verbeke (st.)</p>
<time datetime="2024-06-03T09:40:00+02:00">Publié le 3/06/2024 à 09:40</time>
<figure class="r-article--figure"><img class="lazyload" data-srcset="{W.format(id='a7Zk2Q',w=640)} 640w, {W.format(id='a7Zk2Q',w=1280)} 1280w" src="{W.format(id='a7Zk2Q',w=640)}" alt="">
<figcaption><span class="r-article--legend">Les voyageurs ont été évacués vers le parvis vers 7 heures.</span><span class="r-article--credit">© Pierre Vanhoutte/Belga</span></figcaption></figure>
<p>Un problème de signalisation a paralysé le trafic pendant trois heures.</p>
<figure class="r-article--figure"><img class="lazyload" data-srcset="{W.format(id='q2Lm8T',w=640)} 640w" src="{W.format(id='q2Lm8T',w=640)}" alt="">
<figcaption><span class="r-article--legend">Des bus de remplacement ont été mis en place.</span><span class="r-article--credit">© Belga</span></figcaption></figure>
</article>
<section class="r-related"><h2>Sur le même sujet</h2><a href="/art/liege/2024-05-30/x"><img src="{W.format(id='zz11',w=320)}" alt=""><span>Grève à la SNCB</span></a></section>
<footer><p>© 2024 Le Courrier de Wallonie</p></footer>""", lang="fr"),
    exp(U, U, "La gare des Guillemins fermée après un incident technique", "Sophie Lemaire et Jonas Verbeke",
        ["Sophie Lemaire", "Jonas Verbeke"], "Le Courrier de Wallonie", "footer copyright", [
        ph(W.format(id='a7Zk2Q',w=1280), "Les voyageurs ont été évacués vers le parvis vers 7 heures.", "Pierre Vanhoutte/Belga",
           "Belga", ["Pierre Vanhoutte"], [W.format(id='a7Zk2Q',w=640)]),
        ph(W.format(id='q2Lm8T',w=640), "Des bus de remplacement ont été mis en place.", "Belga", "Belga", [], []),
    ]))

# ---------------------------------------------------------------- 17
U = "https://www.wkrb7.com/news/local-news/grain-elevator-fire-prairie-city/"
X = "https://www.wkrb7.com/wp-content/uploads/sites/44/2024/06/{f}.jpg"
add("17-nexstar-local-tv-wpvip-by-colon-posted-cdt-getty-courtesy", page(
    "Nexstar local-TV WordPress VIP article (from memory): og:site_name, 'by: A, B' byline with 'Posted: Jun 3, 2024 / 04:12 PM CDT' "
    "and 'Updated:' lines, featured image with ?w= renditions and the caption ending '(Photo courtesy: …)', a file photo "
    "credited '(Getty Images)', a JW Player video thumbnail and 'Trending stories' cards as decoys.",
    f"""<title>Fire destroys grain elevator in Prairie City | WKRB 7</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="WKRB 7">""",
    f"""<article class="article">
<h1 class="article-title">Fire destroys grain elevator in Prairie City</h1>
<p class="article-authors">by: <a href="/author/jamal-henderson/">Jamal Henderson</a>, <a href="/author/kelsey-ortiz/">Kelsey Ortiz</a></p>
<p class="article-info"><span>Posted: Jun 3, 2024 / 04:12 PM CDT</span> <span>Updated: Jun 3, 2024 / 06:40 PM CDT</span></p>
<figure class="article-featured-media"><img src="{X.format(f='elevator-fire')}?w=876" srcset="{X.format(f='elevator-fire')}?w=400 400w, {X.format(f='elevator-fire')}?w=876 876w, {X.format(f='elevator-fire')}?w=1752 1752w" alt="">
<figcaption class="article-featured-media__caption">Smoke rises from the Prairie City Co-op elevator on Monday afternoon. (Photo courtesy: Dale Whitaker)</figcaption></figure>
<div class="jwplayer"><img src="https://cdn.jwplayer.com/v2/media/Ab12Cd34/poster.jpg?width=720" alt=""></div>
<p>Crews from five departments responded.</p>
<figure class="wp-block-image"><img src="{X.format(f='GettyImages-firetruck-generic')}?w=876" alt="">
<figcaption>File photo of a fire truck. (Getty Images)</figcaption></figure>
</article>
<section class="trending"><h2>Trending stories</h2><a href="/news/x/"><img src="{X.format(f='storm-damage')}?w=300" alt=""><span>Storm damage in Ellis County</span><span class="byline">by: Nora Pike</span></a></section>"""),
    exp(U, U, "Fire destroys grain elevator in Prairie City", "Jamal Henderson, Kelsey Ortiz", ["Jamal Henderson", "Kelsey Ortiz"],
        "WKRB 7", "og:site_name", [
        ph(X.format(f='elevator-fire') + "?w=1752", "Smoke rises from the Prairie City Co-op elevator on Monday afternoon.",
           "Photo courtesy: Dale Whitaker", None, [], [X.format(f='elevator-fire') + "?w=400", X.format(f='elevator-fire') + "?w=876"]),
        ph(X.format(f='GettyImages-firetruck-generic') + "?w=876", "File photo of a fire truck.", "Getty Images", "Getty Images", [], []),
    ]))

# ---------------------------------------------------------------- 18
U = "https://www.deccanpulse.in/city/bengaluru/bengaluru-metro-purple-line-extension-opens-8923411.html"
A = "https://images.deccanpulse.in/ibnlive/uploads/2024/06/metro-{n}-{w}x{h}.jpg"
LD18 = _j.dumps({"@context": "http://schema.org", "@type": "NewsArticle", "headline": "Bengaluru Metro's Purple Line extension opens to commuters",
    "author": {"@type": "Person", "name": "Kavya Raghunath"},
    "publisher": {"@type": "Organization", "name": "Deccan Pulse", "logo": {"@type": "ImageObject", "url": "https://images.deccanpulse.in/logo-amp-600x60.png", "width": 600, "height": 60}},
    "image": {"@type": "ImageObject", "url": A.format(n="purple-line", w=1600, h=900), "width": 1600, "height": 900}}, indent=1)
add("18-amp-india-written-by-edited-by-image-ani-ist", page(
    "AMP article of an Indian news site (from memory; amp-img layout=responsive confirmed by find_string hits 57011046952, "
    "22948093146): <html amp>, canonical to the non-AMP page, JSON-LD NewsArticle with publisher and image, amp-img with srcset, "
    "'Written By: X' and 'Edited By: Y' (the editor is not a byline), 'Last Updated: June 03, 2024, 18:42 IST', caption ending "
    "'(Image: ANI)', amp-ad and the AMP publisher logo as decoys.",
    f"""<title>Bengaluru Metro's Purple Line extension opens to commuters</title>
<link rel="canonical" href="{U}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script type="application/ld+json">{LD18}</script>""",
    f"""<header><amp-img src="https://images.deccanpulse.in/logo-amp-600x60.png" width="150" height="15" alt="Deccan Pulse logo"></amp-img></header>
<article>
<h1>Bengaluru Metro's Purple Line extension opens to commuters</h1>
<div class="author"><span>Written By: <a href="/byline/kavya-raghunath-1121.html">Kavya Raghunath</a></span> <span>Edited By: <a href="/byline/arjun-mehta-12.html">Arjun Mehta</a></span></div>
<div class="date">Last Updated: June 03, 2024, 18:42 IST</div>
<figure><amp-img layout="responsive" width="1600" height="900" src="{A.format(n='purple-line', w=1600, h=900)}" srcset="{A.format(n='purple-line', w=640, h=360)} 640w, {A.format(n='purple-line', w=1600, h=900)} 1600w" alt="Metro train"></amp-img>
<figcaption>A train on the new Whitefield–Kadugodi stretch on Monday. (Image: ANI)</figcaption></figure>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1039154/DP_AMP/ATF"></amp-ad>
<p>The 2.1-km stretch adds one station.</p>
<figure><amp-img layout="responsive" width="1200" height="675" src="{A.format(n='commuters', w=1200, h=675)}" alt=""></amp-img>
<figcaption>Commuters at Kadugodi station. (Image: Deccan Pulse/Suhas Gowda)</figcaption></figure>
</article>"""),
    exp(U.replace(".html", ".amp.html"), U, "Bengaluru Metro's Purple Line extension opens to commuters", "Kavya Raghunath", ["Kavya Raghunath"],
        "Deccan Pulse", "json-ld publisher", [
        ph(A.format(n='purple-line', w=1600, h=900), "A train on the new Whitefield–Kadugodi stretch on Monday.", "ANI", "ANI", [],
           [A.format(n='purple-line', w=640, h=360)]),
        ph(A.format(n='commuters', w=1200, h=675), "Commuters at Kadugodi station.", "Deccan Pulse/Suhas Gowda", "Deccan Pulse", ["Suhas Gowda"], []),
    ]))

# ---------------------------------------------------------------- 19
U = "https://www.harbourherald.com.au/national/nsw/ferry-wharf-rebuild-delayed-20240603-p5jhq2.html"
F = "https://static.hbhx.io/images/$zoom_0.5%2C$multiply_{m}%2C$ratio_1.5%2C$width_{w}%2C$x_0%2C$y_0/t_crop_custom/q_86%2Cf_auto/{h}"
H1 = "7c3e9a1f5b2d8c4e6a0f3b9d1e7c5a2f8b4d6e0c"
H2 = "1b5d9f3a7c2e6b0d4f8a3c7e1b5d9f2a6c0e4b8d"
add("19-nine-smh-ffx-zoom-width-extensionless-cite-credit", page(
    "Nine (Sydney Morning Herald)-style article: extensionless static.ffx.io-family URLs '/images/$zoom_…%2C$multiply_…%2C$ratio_1.5%2C$width_756…"
    "/t_crop_custom/q_86%2Cf_auto/{hash}' (confirmed by find_string 'static.ffx.io/images/$zoom' hits 56960466412, 23545678432, 7774954626) "
    "with 1x/2x renditions ($multiply and $width differ), caption followed by 'Credit: Name' in a <cite>; og:site_name; "
    "'Most Viewed' thumbnails and the author's headshot are decoys.",
    f"""<title>Ferry wharf rebuild delayed by another year</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="The Harbour Herald">""",
    f"""<article>
<h1 data-testid="headline">Ferry wharf rebuild delayed by another year</h1>
<div class="byline"><img src="https://static.hbhx.io/images/$width_60%2C$height_60/t_crop_fill/q_86%2Cf_auto/author-abc123" alt="Tom Reddy"><span>By <a href="/by/tom-reddy-hx1ab2">Tom Reddy</a></span><time datetime="2024-06-03T05:30:00+10:00">June 3, 2024 — 5.30am</time></div>
<figure><picture><img src="{F.format(m='0.7725',w=756,h=H1)}" srcset="{F.format(m='0.7725',w=756,h=H1)}, {F.format(m='1.545',w=1512,h=H1)} 2x" alt=""></picture>
<figcaption><p>Passengers wait on the temporary pontoon at Mosman Bay.<cite><span>Credit: </span>Ollie Strand</cite></p></figcaption></figure>
<p>Transport for NSW said the contractor had found asbestos.</p>
<figure><picture><img src="{F.format(m='0.7725',w=756,h=H2)}" srcset="{F.format(m='0.7725',w=756,h=H2)}, {F.format(m='1.545',w=1512,h=H2)} 2x" alt=""></picture>
<figcaption><p>An artist's impression of the new wharf.<cite><span>Credit: </span>Transport for NSW</cite></p></figcaption></figure>
</article>
<section data-testid="most-viewed"><h3>Most Viewed in National</h3><a href="/x"><img src="https://static.hbhx.io/images/$zoom_1%2C$width_200/t_crop_custom/q_86%2Cf_auto/zz99" alt=""></a></section>"""),
    exp(U + "?ref=rss", U, "Ferry wharf rebuild delayed by another year", "Tom Reddy", ["Tom Reddy"], "The Harbour Herald", "og:site_name", [
        ph(F.format(m='1.545',w=1512,h=H1), "Passengers wait on the temporary pontoon at Mosman Bay.", "Ollie Strand", None, ["Ollie Strand"],
           [F.format(m='0.7725',w=756,h=H1)]),
        ph(F.format(m='1.545',w=1512,h=H2), "An artist's impression of the new wharf.", "Transport for NSW", "Transport for NSW", [],
           [F.format(m='0.7725',w=756,h=H2)]),
    ]))

# ---------------------------------------------------------------- 20
U = "https://www.prairiedispatch.news/p/the-last-grain-train-out-of-selby"
BH = "https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality={q}/uploads/asset/file/{u}/{f}"
U1, U2 = "3f2a9c1e-7b4d-4e8a-9f0c-2d6b8e1a5c73", "c81e5f2a-0d3b-4a6c-8e9f-1b7d3a5c9e20"
LD20 = _j.dumps({"@context": "https://schema.org", "@type": "Article", "headline": "The last grain train out of Selby",
    "author": [{"@type": "Person", "name": "Nadia Brooks"}, {"@type": "Person", "name": "Theo Lindgren"}],
    "publisher": {"@type": "Organization", "name": "The Prairie Dispatch", "logo": {"@type": "ImageObject", "url": BH.format(q=80, u="aa00", f="logo.png")}}}, indent=1)
add("20-beehiiv-web-post-cdn-cgi-image-source-text-sponsor", page(
    "beehiiv newsletter web post (from memory for the page; URL family confirmed by find_string 'media.beehiiv.com/cdn-cgi/image' "
    "hits 16002474034, 3694525833: fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/asset/file/{uuid}/…): "
    "JSON-LD Article publisher, two authors with avatars 'Nadia Brooks & Theo Lindgren', image block with caption and a "
    "separate 'image__source_text' credit, a 'Together with' sponsor block with its own image, and the newsletter logo.",
    f"""<title>The last grain train out of Selby</title>
<link rel="canonical" href="{U}">
<script type="application/ld+json">{LD20}</script>""",
    f"""<div class="publication-header"><img src="{BH.format(q=80, u='aa00', f='logo.png')}" alt="Logo"></div>
<h1>The last grain train out of Selby</h1>
<div class="authors"><img src="{BH.format(q=80, u='bb11', f='nadia.jpg')}" alt="Author"><img src="{BH.format(q=80, u='cc22', f='theo.jpg')}" alt="Author"><span>Nadia Brooks &amp; Theo Lindgren</span> <span>June 03, 2024</span></div>
<div id="content-blocks">
<div class="image"><img class="image__image" src="{BH.format(q=80, u=U1, f='selby-train.jpg')}" alt="">
<div class="image__source"><span class="image__source_text"><p>The final BNSF grain train leaves the Selby elevator on May 30.</p></span><span class="image__source_text"><p>Photo: Wes Kauffman</p></span></div></div>
<p>For 94 years, the Selby line carried wheat east.</p>
<div class="sponsor"><p>Together with</p><img src="{BH.format(q=80, u='dd33', f='farmcredit-ad.png')}" alt="Plains Farm Credit"><p>Plains Farm Credit: loans that grow with you.</p></div>
<div class="image"><img class="image__image" src="{BH.format(q=80, u=U2, f='selby-depot-1961.jpg')}" alt="">
<div class="image__source"><span class="image__source_text"><p>The Selby depot in 1961.</p></span><span class="image__source_text"><p>Photo: Selby County Museum</p></span></div></div>
</div>"""),
    exp(U + "?utm_source=www.prairiedispatch.news&utm_medium=newsletter", U, "The last grain train out of Selby",
        "Nadia Brooks & Theo Lindgren", ["Nadia Brooks", "Theo Lindgren"], "The Prairie Dispatch", "json-ld publisher", [
        ph(BH.format(q=80, u=U1, f='selby-train.jpg'), "The final BNSF grain train leaves the Selby elevator on May 30.", "Wes Kauffman",
           None, ["Wes Kauffman"], []),
        ph(BH.format(q=80, u=U2, f='selby-depot-1961.jpg'), "The Selby depot in 1961.", "Selby County Museum", "Selby County Museum", [], []),
    ]))

# ---------------------------------------------------------------- 21
U = "https://brnenskelisty.cz/zpravy/brno-tramvaj-nehoda-mendlovo-namesti.A240603_141233_brno-zpravy_jna"
Z = "https://1gr.brnenskelisty.cz/foto/240603/{id}_{v}.jpg"
add("21-idnes-czech-foto-name-ctk-comma-title-suffix", page(
    "iDNES.cz-style Czech article (from memory): title 'Headline - Site | Section' (publication before the section, "
    "' - ' then ' | '), authors as a comma list without label, Czech date '3. června 2024 14:05', photo URLs with _A/_B "
    "size letters, caption then credit 'Foto: Name, ČTK' / 'Foto: Name, MAFRA'-style in a separate author span; "
    "a 'Premium' badge and a ticket ad are decoys.",
    f"""<title>Tramvaj na Mendlově náměstí vykolejila, provoz stál dvě hodiny - Brněnské listy | Zprávy</title>
<link rel="canonical" href="{U}">""",
    f"""<div id="art-top"><h1 itemprop="name headline">Tramvaj na Mendlově náměstí vykolejila, provoz stál dvě hodiny</h1>
<div class="authors"><span itemprop="author">Jana Nováková</span>, <span itemprop="author">Petr Dvořák</span></div>
<span class="time">3. června 2024 14:05</span><img class="premium" src="https://1gr.brnenskelisty.cz/img/premium-badge.svg" alt="Premium"></div>
<div class="opener-foto"><a href="{Z.format(id='BRN8f2a1c', v='B')}"><img src="{Z.format(id='BRN8f2a1c', v='A')}" alt=""></a>
<div class="text"><p>Vykolejená tramvaj linky 1 na Mendlově náměstí.</p><span class="author">Foto: Oldřich Malý, ČTK</span></div></div>
<div class="bbtext"><p>Nehoda se stala krátce po šesté ráno.</p>
<div class="foto"><img src="{Z.format(id='BRN8f2b9d', v='A')}" alt=""><div class="text"><p>Hasiči zvedají tramvaj jeřábem.</p><span class="author">Foto: HZS Jihomoravského kraje</span></div></div></div>
<div class="reklama"><img src="https://ads.brnenskelisty.cz/b/vstupenky-300x250.jpg" alt=""></div>""", lang="cs"),
    exp(U, U, "Tramvaj na Mendlově náměstí vykolejila, provoz stál dvě hodiny", "Jana Nováková, Petr Dvořák",
        ["Jana Nováková", "Petr Dvořák"], "Brněnské listy", "title suffix", [
        ph(Z.format(id='BRN8f2a1c', v='B'), "Vykolejená tramvaj linky 1 na Mendlově náměstí.", "Oldřich Malý, ČTK", "ČTK", ["Oldřich Malý"],
           [Z.format(id='BRN8f2a1c', v='A')]),
        ph(Z.format(id='BRN8f2b9d', v='A'), "Hasiči zvedají tramvaj jeřábem.", "HZS Jihomoravského kraje", "HZS Jihomoravského kraje", [], []),
    ]))

# ---------------------------------------------------------------- 22
U = "https://www.tohoshimbun.jp/articles/ASS6371Q2S63UTIL00FM.html"
J = "https://www.tohoshimbun.jp/imgs/{s}/20240603/AS20240603001234_comm.jpg"
J2 = "https://www.tohoshimbun.jp/imgs/{s}/20240603/AS20240603004567_comm.jpg"
add("22-asahi-japanese-caption-equals-satsuei-og-site-name", page(
    "Asahi Shimbun-style Japanese article (from memory): title '見出し：東邦新聞デジタル' and og:site_name, authors as "
    "'山田花子、佐藤健' joined with the Japanese comma (、), caption ending '＝…、Name撮影' (photographed by Name, glued with a "
    "full-width equals sign), /imgs/{size}/ renditions (thumb / hd640 / hd1280), a subscription banner and a related list.",
    f"""<title>首都高の老朽化対策、夜間通行止めを拡大：東邦新聞デジタル</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="東邦新聞デジタル">""",
    f"""<article>
<h1>首都高の老朽化対策、夜間通行止めを拡大</h1>
<div class="author"><a href="/reporter/yamada-hanako">山田花子</a>、<a href="/reporter/sato-ken">佐藤健</a></div>
<time datetime="2024-06-03T19:30">2024年6月3日 19時30分</time>
<figure><img src="{J.format(s='hd640')}" srcset="{J.format(s='thumb')} 320w, {J.format(s='hd640')} 640w, {J.format(s='hd1280')} 1280w" alt="">
<figcaption>通行止めとなった首都高速都心環状線＝2024年6月3日午前、東京都千代田区、山田太郎撮影</figcaption></figure>
<p>首都高速道路会社は3日、夜間の通行止めを拡大すると発表した。</p>
<div class="subscribe"><img src="https://www.tohoshimbun.jp/img/campaign/2month-free.png" alt="2カ月無料"></div>
<figure><img src="{J2.format(s='hd640')}" alt="">
<figcaption>記者会見する首都高速道路会社の担当者＝2024年6月3日、東京都千代田区</figcaption></figure>
</article>
<section class="related"><h3>関連ニュース</h3><a href="/articles/ASS5Z"><img src="https://www.tohoshimbun.jp/imgs/thumb/20240530/AS20240530000001_comm.jpg" alt=""></a></section>""", lang="ja"),
    exp(U, U, "首都高の老朽化対策、夜間通行止めを拡大", "山田花子、佐藤健", ["山田花子", "佐藤健"], "東邦新聞デジタル", "og:site_name", [
        ph(J.format(s='hd1280'), "通行止めとなった首都高速都心環状線＝2024年6月3日午前、東京都千代田区", "山田太郎撮影", None, ["山田太郎"],
           [J.format(s='hd640'), J.format(s='thumb')]),
        ph(J2.format(s='hd640'), "記者会見する首都高速道路会社の担当者＝2024年6月3日、東京都千代田区", None, None, [], []),
    ]))

# ---------------------------------------------------------------- 23
U = "https://www.atticadaily.gr/news/economy/1241877/athens-port-authority-raises-cruise-fees/"
add("23-ekathimerini-no-photo-author-headshot-related-cards-title-suffix", page(
    "Greek English-edition news page (from memory) with NO article photo: title suffix ' | Attica Daily', byline 'Ioanna Papadaki' "
    "with her headshot, a logo, social icons, leaderboard ads and 'Related' cards with their own images and bylines — none is a "
    "photo of this article; og:image is the site's default logo card.",
    f"""<title>Piraeus port authority raises cruise fees for 2025 | Attica Daily</title>
<link rel="canonical" href="{U}">
<meta property="og:image" content="https://www.atticadaily.gr/wp-content/themes/ad/img/og-default-logo.png">""",
    f"""<header><a href="/"><img src="https://www.atticadaily.gr/wp-content/themes/ad/img/logo.svg" alt="Home"></a>
<ul class="social"><li><img src="https://www.atticadaily.gr/img/icons/x.svg" alt="X"></li><li><img src="https://www.atticadaily.gr/img/icons/fb.svg" alt="Facebook"></li></ul></header>
<div class="ad-leaderboard"><img src="https://ads.atticadaily.gr/creatives/bank-970x250.jpg" alt="Advertisement"></div>
<article>
<span class="category">Economy</span>
<h1>Piraeus port authority raises cruise fees for 2025</h1>
<div class="author"><img class="author-photo" src="https://www.atticadaily.gr/wp-content/uploads/authors/papadaki-150x150.jpg" alt="Ioanna Papadaki"><a href="/author/ioanna-papadaki/">Ioanna Papadaki</a></div>
<div class="date">03.06.2024 • 16:22</div>
<p>The Piraeus Port Authority will raise passenger fees for cruise ships by 12% next year.</p>
<p>The increase was approved at Monday's board meeting.</p>
</article>
<section class="related"><h4>Related</h4>
<a href="/news/economy/1240001/tourism-record/"><img src="https://www.atticadaily.gr/wp-content/uploads/2024/05/cruise-ship-piraeus-400x250.jpg" alt=""><span>Tourism revenue hits record</span><span class="by">Nikos Stavrou</span></a>
<a href="/news/economy/1239812/ferry-fares/"><img src="https://www.atticadaily.gr/wp-content/uploads/2024/05/ferry-400x250.jpg" alt=""><span>Ferry fares to rise</span></a></section>"""),
    exp(U, U, "Piraeus port authority raises cruise fees for 2025", "Ioanna Papadaki", ["Ioanna Papadaki"], "Attica Daily", "title suffix", []))

# ---------------------------------------------------------------- 24
U = "https://www.diariodelturia.es/comunidad-valenciana/2024/06/03/665d9a1be4d4d8b07c8b45a7.html"
V = "https://e00-diariodelturia.uecdn.es/assets/multimedia/imagenes/2024/06/03/{n}.jpg"
add("24-elmundo-ue-c-article-media-source-gallery-caps-credits", page(
    "El Mundo (Unidad Editorial)-style article with a four-photo gallery: spans ue-c-article__media-description and "
    "ue-c-article__media-source (confirmed by find_string 'ue-c-article__media-source' hits 35067700153, 39741089445, 37286938642: "
    "caption = media-description, credit = media-source, author = ue-c-article__author-name-item), caps photographer credits and "
    "agency credits, one photo without a credit, uecdn.es asset paths with the 16x9 rendition on data-src; og:site_name.",
    f"""<title>La Albufera pierde un tercio de su arrozal en una década | Diario del Turia</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="Diario del Turia">""",
    f"""<article class="ue-l-article">
<h1 class="ue-c-article__headline">La Albufera pierde un tercio de su arrozal en una década</h1>
<div class="ue-c-article__byline"><div class="ue-c-article__author-name-item">María Ortiz</div><div class="ue-c-article__author-location">Valencia</div>
<time datetime="2024-06-03T12:10:00Z">Actualizado Lunes, 3 junio 2024 - 14:10</time></div>
<div class="ue-c-article__media-gallery">
<figure><img src="{V.format(n='17174001234567_16x9')}" data-src="{V.format(n='17174001234567')}" alt="">
<figcaption><span class="ue-c-article__media-description">Un agricultor revisa una parcela seca en Sueca.</span><span class="ue-c-article__media-source">LUCÍA MONTERO</span></figcaption></figure>
<figure><img src="{V.format(n='17174001234890')}" alt="">
<figcaption><span class="ue-c-article__media-description">Garzas en un campo inundado junto a El Palmar.</span><span class="ue-c-article__media-source">EFE</span></figcaption></figure>
<figure><img src="{V.format(n='17174001235011')}" alt="">
<figcaption><span class="ue-c-article__media-description">Protesta de arroceros ante las Cortes Valencianas, en mayo.</span><span class="ue-c-article__media-source">Rober Solsona / Europa Press</span></figcaption></figure>
<figure><img src="{V.format(n='17174001235342')}" alt="">
<figcaption><span class="ue-c-article__media-description">Mapa del arrozal en 2014 y en 2024.</span></figcaption></figure>
</div>
<div class="ue-l-article__body"><p>La superficie de arroz cultivada ha caído de 14.000 a 9.300 hectáreas.</p></div>
</article>""", lang="es"),
    exp(U, U, "La Albufera pierde un tercio de su arrozal en una década", "María Ortiz", ["María Ortiz"], "Diario del Turia", "og:site_name", [
        ph(V.format(n='17174001234567'), "Un agricultor revisa una parcela seca en Sueca.", "LUCÍA MONTERO", None, ["LUCÍA MONTERO"],
           [V.format(n='17174001234567_16x9')]),
        ph(V.format(n='17174001234890'), "Garzas en un campo inundado junto a El Palmar.", "EFE", "EFE", [], []),
        ph(V.format(n='17174001235011'), "Protesta de arroceros ante las Cortes Valencianas, en mayo.", "Rober Solsona / Europa Press",
           "Europa Press", ["Rober Solsona"], []),
        ph(V.format(n='17174001235342'), "Mapa del arrozal en 2014 y en 2024.", None, None, [], []),
    ]))
