from common import P, doc


def page(stem, shape, head, body, **kw):
    doc(stem, f"<!-- Shape: {shape} Text invented. -->\n<!DOCTYPE html>\n<html>\n<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n", **kw)

# 10 Zeit Online: extensionless wide__WxH, noscript + data-src, "Von", logo alt, © credit
Z = "https://img.wochenblick-ost.de/2024-02/{n}/wide__{s}"
z1 = [Z.format(n="hochwasser-elbe-pirna", s=s) for s in ("820x461", "1300x731")]
z2 = [Z.format(n="sandsaecke-dresden", s=s) for s in ("820x461",)]
page("10-zeit-extensionless-noscript-von-logo-alt",
 "ZEIT ONLINE article: figure.article__item > div.scaled-image with a lazy img (data-src, extensionless /wide__WxH image-group URLs) and a <noscript> img fallback, figcaption.figure__caption with span.figure__text[itemprop=caption] and a separate span.figure__copyright \"© Name/dpa\"; byline \"Von Name\"; logo img alt plus meta itemprop=name in an Organization block, title without suffix. From the code corpus ZeitOnline/test_visual_regression (src/zeit/web/core/templates/inc/asset/image_article.tpl: figure__text itemprop=caption; src/zeit/frontend/templates/block_elements.tpl: main-nav__logo img alt, itemprop name).",
 '<meta charset="utf-8">\n<title>Hochwasser an der Elbe: Pirna sperrt die Altstadt</title>\n<link rel="canonical" href="https://www.wochenblick-ost.de/gesellschaft/2024-02/hochwasser-elbe-pirna-altstadt">',
 f'''<nav class="main-nav"><a href="https://www.wochenblick-ost.de/index" class="main-nav__logo" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Wochenblick Ost"><img src="/img/wbo-logo.png" class="main-nav__logo__img" itemprop="logo" alt="Wochenblick Ost"></a></nav>
<article class="article">
<h1 class="article-heading"><span class="article-heading__kicker">Hochwasser</span><span class="visually-hidden">: </span><span class="article-heading__title">Hochwasser an der Elbe: Pirna sperrt die Altstadt</span></h1>
<div class="metadata"><span class="metadata__source">Von <a href="/autoren/S/Svenja_Lorenz/index" rel="author">Svenja Lorenz</a></span> <time>12. Februar 2024, 14:20 Uhr</time></div>
<figure class="article__item article__item--wide figure">
<div class="scaled-image"><noscript><img class="figure__media" src="{z1[0]}" alt="Hochwasser in Pirna"></noscript><img class="figure__media js-lazy" data-src="{z1[1]}" alt="Hochwasser in Pirna"></div>
<figcaption class="figure__caption"><span class="figure__text" itemprop="caption">Die Elbe ist in Pirna über die Ufer getreten.</span> <span class="figure__copyright" itemprop="copyrightHolder">© Robert Michael/dpa</span></figcaption>
</figure>
<p class="paragraph article__item">Der Pegel stieg am Montagmorgen auf 7,12 Meter.</p>
<figure class="article__item figure">
<div class="scaled-image"><noscript><img class="figure__media" src="{z2[0]}" alt=""></noscript><img class="figure__media js-lazy" data-src="{z2[0]}" alt=""></div>
<figcaption class="figure__caption"><span class="figure__text" itemprop="caption">Helfer füllen in Dresden Sandsäcke.</span> <span class="figure__copyright">© Wochenblick Ost</span></figcaption>
</figure>
<aside class="article-author"><img src="https://img.wochenblick-ost.de/autoren/svenja-lorenz/square__120x120" alt="Svenja Lorenz"><p>Mehr von Svenja Lorenz</p></aside>
</article>''',
 read_at="https://www.wochenblick-ost.de/gesellschaft/2024-02/hochwasser-elbe-pirna-altstadt?utm_referrer=https%3A%2F%2Fwww.google.com%2F",
 url="https://www.wochenblick-ost.de/gesellschaft/2024-02/hochwasser-elbe-pirna-altstadt",
 title="Hochwasser an der Elbe: Pirna sperrt die Altstadt", byline="Svenja Lorenz", bylines=["Svenja Lorenz"],
 publication="Wochenblick Ost", source="logo alt",
 photos=[P(z1[1], "Die Elbe ist in Pirna über die Ufer getreten.", "Robert Michael/dpa", "dpa", ["Robert Michael"], z1[:1]),
         P(z2[0], "Helfer füllen in Dresden Sandsäcke.", "Wochenblick Ost", "Wochenblick Ost", [])])

# 11 Süddeutsche-style: extensionless WxH?webp, "Foto:" inside caption, "Von A und B", og:site_name
S = "https://www.isarbote.de/{p}/{s}?webp"
s1 = [S.format(p="2024/04/22/9f1c2a7e-3b4d-4e5f-8a6b-7c8d9e0f1a2b", s=s) for s in ("640x360", "1408x792")]
s2 = [S.format(p="2024/04/22/1e2d3c4b-5a69-4788-96a5-b4c3d2e1f0a9", s=s) for s in ("640x360", "1024x576")]
page("11-sueddeutsche-foto-in-caption-von-und",
 "Süddeutsche Zeitung article: picture with <source srcset> of extensionless /{yyyy}/{mm}/{dd}/{uuid}/{W}x{H}?webp image URLs, figcaption whose text ends in \"(Foto: Name/dpa)\", byline \"Von A und B\" in a div.author list, og:site_name. German \"Foto:\" credits from the project's credit-table docs; SZ URL pattern from sueddeutsche.de page source.",
 '<meta charset="utf-8">\n<title>Münchner Mieten: Stadt kauft 600 Wohnungen in Neuperlach - Isarbote</title>\n<meta property="og:site_name" content="Isarbote">\n<meta property="og:url" content="https://www.isarbote.de/muenchen/mieten-neuperlach-stadt-kauft-wohnungen-1.7012345">',
 f'''<header><a href="/" class="logo"><img src="/assets/isarbote-logo.svg" alt="Isarbote"></a><a href="/abo">Jetzt testen</a></header>
<article>
<h2><span class="kicker">Wohnungsmarkt</span><span class="headline">Münchner Mieten: Stadt kauft 600 Wohnungen in Neuperlach</span></h2>
<p class="author-list">Von <a href="/autoren/jakob-wimmer">Jakob Wimmer</a> und <a href="/autoren/selin-aydin">Selin Aydın</a></p>
<figure><picture><source srcset="{s1[0]} 640w, {s1[1]} 1408w" type="image/webp"><img src="{s1[0]}" alt="Wohnblock in Neuperlach"></picture>
<figcaption>Die Wohnblöcke an der Quiddestraße wurden in den Siebzigerjahren gebaut. (Foto: Sven Hoppner/dpa)</figcaption></figure>
<p>Die Stadt zahlt nach Angaben des Kommunalreferats rund 310 Millionen Euro.</p>
<figure><picture><source srcset="{s2[0]} 640w, {s2[1]} 1024w" type="image/webp"><img src="{s2[0]}" alt="" loading="lazy"></picture>
<figcaption>Oberbürgermeisterin Karin Seidl (Mitte) bei der Vorstellung des Kaufs. (Foto: Catherina Hess)</figcaption></figure>
<div class="teaser"><a href="/muenchen/mietspiegel"><img src="https://www.isarbote.de/2024/01/05/aaaa/200x113?webp" alt=""></a></div>
</article>''',
 read_at="https://www.isarbote.de/muenchen/mieten-neuperlach-stadt-kauft-wohnungen-1.7012345",
 url="https://www.isarbote.de/muenchen/mieten-neuperlach-stadt-kauft-wohnungen-1.7012345",
 title="Münchner Mieten: Stadt kauft 600 Wohnungen in Neuperlach", byline="Jakob Wimmer und Selin Aydın", bylines=["Jakob Wimmer", "Selin Aydın"],
 publication="Isarbote", source="og:site_name",
 photos=[P(s1[1], "Die Wohnblöcke an der Quiddestraße wurden in den Siebzigerjahren gebaut.", "Sven Hoppner/dpa", "dpa", ["Sven Hoppner"], s1[:1]),
         P(s2[1], "Oberbürgermeisterin Karin Seidl (Mitte) bei der Vorstellung des Kaufs.", "Catherina Hess", None, ["Catherina Hess"], s2[:1])])

# 12 Corriere-style: JSON-LD ImageObject list with creditText, "di A e B", (LaPresse)
C = "https://images2.gazzettadellago.it/methode_image/2024/05/08/Cronache/{n}-{s}@GdL-Web.jpg"
c1 = [C.format(n="Foto%20Cronache%20-%20Trattate/frana-bellagio-kfBH", s=s) for s in ("656x492", "1280x960")]
c2 = [C.format(n="Foto%20Cronache%20-%20Trattate/soccorso-alpino-U43", s=s) for s in ("656x492",)]
page("12-corriere-jsonld-imageobject-di-e-lapresse",
 "Corriere della Sera article: JSON-LD NewsArticle whose image is a list of ImageObject (url, caption, creditText) and publisher NewsMediaOrganization; in-page figure.media-image with lazy data-src methode_image/{date}/{section}/…-656x492@Corriere-Web-Sezioni.jpg renditions and figcaption ending \"(LaPresse)\"; signature p.article-signature \"di A e B\". Corriere methode_image/{date}/{Section}/Foto%20… - Trattate/…-656x492@Corriere-Web-Sezioni.jpg URLs as copied in the code corpus (find_string 'methode_image' hit ids 31814623197, 23496665563, 16283198907); Italian \"di\" bylines as in issue 15.",
 '<meta charset="utf-8">\n<title>Frana sul lago, evacuate trenta famiglie a Bellagio</title>\n<link rel="canonical" href="https://www.gazzettadellago.it/cronache/24_maggio_08/frana-bellagio-evacuate-famiglie-3c1e.shtml">\n'
 f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Frana sul lago, evacuate trenta famiglie a Bellagio","author":[{{"@type":"Person","name":"Chiara Ronchetti"}},{{"@type":"Person","name":"Matteo Valsecchi"}}],"image":[{{"@type":"ImageObject","url":"{c1[1]}","caption":"Il fronte della frana sopra la provinciale a Bellagio","creditText":"LaPresse"}},{{"@type":"ImageObject","url":"{c2[0]}","caption":"I tecnici del Soccorso alpino sul versante","creditText":"Fotogramma"}}],"publisher":{{"@type":"NewsMediaOrganization","name":"Gazzetta del Lago","logo":{{"@type":"ImageObject","url":"https://www.gazzettadellago.it/img/logo-gdl.png"}}}}}}</script>',
 f'''<header><a class="logo" href="/"><img src="/img/logo-gdl.svg" alt="Gazzetta del Lago - homepage"></a></header>
<div class="article-container">
<h1 class="title-art-hp">Frana sul lago, evacuate trenta famiglie a Bellagio</h1>
<p class="article-signature">di <span class="writer">Chiara Ronchetti</span> e <span class="writer">Matteo Valsecchi</span></p>
<figure class="media-image"><img class="lazy" src="data:image/png;base64,iVBORw0KGgo=" data-src="{c1[0]}" alt="Frana">
<figcaption>Il fronte della frana sopra la provinciale a Bellagio (LaPresse)</figcaption></figure>
<p class="chapter-paragraph">La frana si è staccata nella notte tra martedì e mercoledì.</p>
<figure class="media-image"><img class="lazy" data-src="{c2[0]}" alt="">
<figcaption>I tecnici del Soccorso alpino sul versante (Fotogramma)</figcaption></figure>
<div class="bck-media-news"><img src="https://images2.gazzettadellago.it/methode_image/2024/05/07/Cronache/x-120x90@GdL-Web.jpg" alt=""></div>
</div>''',
 read_at="https://www.gazzettadellago.it/cronache/24_maggio_08/frana-bellagio-evacuate-famiglie-3c1e.shtml",
 url="https://www.gazzettadellago.it/cronache/24_maggio_08/frana-bellagio-evacuate-famiglie-3c1e.shtml",
 title="Frana sul lago, evacuate trenta famiglie a Bellagio", byline="Chiara Ronchetti e Matteo Valsecchi", bylines=["Chiara Ronchetti", "Matteo Valsecchi"],
 publication="Gazzetta del Lago", source="json-ld publisher",
 photos=[P(c1[1], "Il fronte della frana sopra la provinciale a Bellagio", "LaPresse", "LaPresse", [], c1[:1]),
         P(c2[0], "I tecnici del Soccorso alpino sul versante", "Fotogramma", "Fotogramma", [])])

# 13 Clarín-style: data-srcset on <source>, "Foto: Name" ending, "Por A y B", footer copyright
K = "https://images.eldiariosur.com.ar/2024/03/15/{id}_{s}__1.jpg"
k1 = [K.format(id="Xq7sB2kLp", s=s) for s in ("600x338", "1256x620", "2000x1125")]
k2 = [K.format(id="Mn4rT8wQz", s=s) for s in ("600x338", "1256x620")]
page("13-clarin-data-srcset-foto-por-y-footer",
 "Clarín article: picture with <source data-srcset> (lazy, widths 600/1256/2000) of images.clarin.com/{date}/{id}_{W}x{H}__1.jpg renditions, img.lazyload data-src, figcaption whose text ends \"Foto: Name\" or \"Foto: EFE\"; byline \"Por A y B\"; no og:site_name, publication only in the footer copyright. Clarín images.clarin.com/{date}/{id}_1256x620__1.jpg / _600x338 renditions as copied in the code corpus (find_string 'images.clarin.com' hit ids 39677257410, 23366448419, 6489994197).",
 '<meta charset="utf-8">\n<title>Ola de calor: récord de consumo eléctrico en el AMBA</title>\n<meta property="og:url" content="https://www.eldiariosur.com.ar/sociedad/ola-calor-record-consumo-electrico-amba_0_aBcD1234.html">',
 f'''<header><div class="logo"><svg></svg></div><a href="/suscripciones">Suscribite</a></header>
<article>
<h1 id="title">Ola de calor: récord de consumo eléctrico en el AMBA</h1>
<div class="author-info"><p class="author">Por <a href="/autor/valentina-roldan.html">Valentina Roldán</a> y <a href="/autor/hernan-quiroga.html">Hernán Quiroga</a></p></div>
<figure><picture><source media="(min-width: 1024px)" data-srcset="{k1[2]} 2000w, {k1[1]} 1256w"><source media="(max-width: 1023px)" data-srcset="{k1[0]} 600w"><img class="lazyload" data-src="{k1[1]}" alt=""></picture>
<figcaption>Vecinos sin luz cortan la avenida Rivadavia en Caballito. Foto: Juan Ignacio Ferreyra</figcaption></figure>
<p>La demanda superó los 29.600 megavatios a las 15.10.</p>
<figure><picture><source data-srcset="{k2[0]} 600w, {k2[1]} 1256w"><img class="lazyload" data-src="{k2[0]}" alt=""></picture>
<figcaption>Una torre de alta tensión en Ezeiza. Foto: EFE</figcaption></figure>
</article>
<footer><p>Copyright 1996-2024 El Diario Sur. Todos los derechos reservados.</p></footer>''',
 read_at="https://www.eldiariosur.com.ar/sociedad/ola-calor-record-consumo-electrico-amba_0_aBcD1234.html?fbclid=IwAR0xyz",
 url="https://www.eldiariosur.com.ar/sociedad/ola-calor-record-consumo-electrico-amba_0_aBcD1234.html",
 title="Ola de calor: récord de consumo eléctrico en el AMBA", byline="Valentina Roldán y Hernán Quiroga", bylines=["Valentina Roldán", "Hernán Quiroga"],
 publication="El Diario Sur", source="footer copyright",
 photos=[P(k1[2], "Vecinos sin luz cortan la avenida Rivadavia en Caballito.", "Juan Ignacio Ferreyra", None, ["Juan Ignacio Ferreyra"], k1[:2]),
         P(k2[1], "Una torre de alta tensión en Ezeiza.", "EFE", "EFE", [], k2[:1])])

# 14 Folha: " - Name/Folhapress" credit span, size-code renditions with w descriptors, byline with "e"
FO = "https://f.i.folhadovale.com.br/fotografia/2024/08/21/17242612{n}_{n2}_3x2_{s}.jpg"
fo1 = [FO.format(n="0565b1a9c", n2="1724261205", s=s) for s in ("md", "xl")]
fo2 = [FO.format(n="44e27d0f1", n2="1724261244", s=s) for s in ("md",)]
page("14-folha-widget-image-credits-span-e",
 "Folha de S.Paulo article (code corpus: a Brazilian news scraper reading figcaption.widget-image__subtitle, taking span.widget-image__credits apart and stripping the trailing dash separator, find_string 'widget-image__credits' hit id 51919783632): div.widget-image figure with img.c-image (src + srcset of _3x2_md/_3x2_xl size-code renditions with w descriptors), figcaption.widget-image__subtitle holding the caption then \" - \" and span.widget-image__credits \"Name/Folhapress\"; strong.c-signature__author \"A e B\"; og:site_name. Folha f.i.uol.com.br/fotografia URL pattern from folha page source; Folhapress credits as in the credit tables.",
 '<meta charset="utf-8">\n<title>Seca no Pantanal reduz rio Paraguai ao menor nível em 60 anos - 21/08/2024 - Cotidiano - Folha do Vale</title>\n<meta property="og:site_name" content="Folha do Vale">\n<link rel="canonical" href="https://www1.folhadovale.com.br/cotidiano/2024/08/seca-no-pantanal-reduz-rio-paraguai.shtml">',
 f'''<article class="c-news">
<h1 class="c-content-head__title">Seca no Pantanal reduz rio Paraguai ao menor nível em 60 anos</h1>
<div class="c-signature"><strong class="c-signature__author"><a href="/autores/ana-luiza-prado.shtml">Ana Luíza Prado</a> e <a href="/autores/renato-quaresma.shtml">Renato Quaresma</a></strong><p class="c-signature__location">Corumbá (MS)</p></div>
<div class="widget-image"><figure><img class="c-image" src="{fo1[0]}" srcset="{fo1[0]} 768w, {fo1[1]} 1536w" alt="">
<figcaption class="widget-image__subtitle">Barcos encalhados no leito seco do rio Paraguai, em Corumbá - <span class="widget-image__credits">Lalo de Almeida/Folhapress</span></figcaption></figure></div>
<p>O nível do rio chegou a 14 centímetros na régua de Ladário.</p>
<div class="widget-image"><figure><img class="c-image" src="{fo2[0]}" alt="" loading="lazy">
<figcaption class="widget-image__subtitle">Brigadistas combatem incêndio perto da Serra do Amolar - <span class="widget-image__credits">Divulgação/Corpo de Bombeiros MS</span></figcaption></figure></div>
<aside class="c-author-box"><img src="https://f.i.folhadovale.com.br/colunistas/ana-luiza-prado_60x60.jpg" alt="Ana Luíza Prado"></aside>
</article>''',
 read_at="https://www1.folhadovale.com.br/cotidiano/2024/08/seca-no-pantanal-reduz-rio-paraguai.shtml?utm_source=whatsapp&utm_medium=social",
 url="https://www1.folhadovale.com.br/cotidiano/2024/08/seca-no-pantanal-reduz-rio-paraguai.shtml",
 title="Seca no Pantanal reduz rio Paraguai ao menor nível em 60 anos", byline="Ana Luíza Prado e Renato Quaresma", bylines=["Ana Luíza Prado", "Renato Quaresma"],
 publication="Folha do Vale", source="og:site_name",
 photos=[P(fo1[1], "Barcos encalhados no leito seco do rio Paraguai, em Corumbá", "Lalo de Almeida/Folhapress", "Folhapress", ["Lalo de Almeida"], fo1[:1]),
         P(fo2[0], "Brigadistas combatem incêndio perto da Serra do Amolar", "Divulgação/Corpo de Bombeiros MS", None, [])])
