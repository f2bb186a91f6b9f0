from common import *

e = lambda s: s.replace("&", "&amp;")

# ---------- 09 Spiegel-style German, "Von X und Y", "Foto: Name / dpa", data-src lazy, title suffix ----------
S = "https://cdn.weserpost.de/images/{id}/{w}x/{name}.jpg"
s1 = {w: S.format(id="4a7c1e90-3b2d-4f5e-8a6b-1c2d3e4f5a6b_w1280_r1.5_fpx52_fpy48", w=w, name="deichbruch-hochwasser") for w in [520, 718, 960, 1280]}
s2 = {w: S.format(id="9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b_w960_r1.333_fpx50_fpy50", w=w, name="buergermeisterin-interview") for w in [520, 718, 960]}
def ss(d): return ", ".join(f"{u} {w}w" for w, u in d.items())
html = f"""<!-- structure: DER SPIEGEL article page: lazy figure (img with data-src/data-srcset and a transparent placeholder src, noscript-less), figcaption holding the caption <p> and a separate credit <span> "Foto: Name / dpa", byline "Von <a>…</a> und <a>…</a>", title "Headline - DER SPIEGEL"; site from trafilatura tests/cache/spiegel.de.albtraum.html and the spiegel spiders found in the code corpus (query "Spiegel artikel figure figcaption Foto: dpa") -->
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Hochwasser an der Weser: Deich bei Hoya hält nur knapp - WESERPOST</title>
<meta name="description" content="In der Nacht drohte ein Deich bei Hoya zu brechen. Hunderte Helfer stapelten Sandsäcke.">
<link rel="canonical" href="https://www.weserpost.de/panorama/hochwasser-an-der-weser-deich-bei-hoya-haelt-nur-knapp-a-7f3c9e21-4b8d-4a6e-9c1f-2d5b8e0a3f74">
</head>
<body>
<header data-area="header"><a href="/" title="WESERPOST"><svg role="img" aria-label="WESERPOST" width="200" height="30"><path d="M0 0h10v10H0z"/></svg></a><nav><a href="/politik/">Politik</a> <a href="/panorama/">Panorama</a> <a href="/sport/">Sport</a></nav></header>
<main id="Inhalt">
<article aria-label="Hochwasser an der Weser">
<header data-area="intro">
<h2><span class="text-primary-base">Hochwasser an der Weser</span> <span class="sr-only">:</span> <span>Deich bei Hoya hält nur knapp</span></h2>
<div data-area="intro"><strong>In der Nacht drohte ein Deich bei Hoya zu brechen. Hunderte Helfer stapelten Sandsäcke – am Morgen gaben die Behörden vorsichtig Entwarnung.</strong></div>
<div data-area="author">Von <a href="/impressum/autor-4f1a" class="text-black">Lena Hofmeister</a> und <a href="/impressum/autor-9c2b" class="text-black">Jonas Petrak</a></div>
</header>
<section data-area="body">
<figure data-area="image" class="relative">
<picture><img data-image-el="img" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="{s1[960]}" data-srcset="{ss(s1)}" sizes="(max-width: 1023px) 100vw, 718px" alt="Helfer stapeln Sandsäcke auf einem Deich" title="Helfer stapeln Sandsäcke auf einem Deich" width="1280" height="853" class="lazyload"></picture>
<figcaption class="mt-8"><p class="font-sansUI text-primary-base">Helfer verstärken in der Nacht zu Mittwoch den Deich bei Hoya mit Sandsäcken</p><span class="font-sansUI text-s text-shade-dark">Foto: Jens Büttner / dpa</span></figcaption>
</figure>
<p>Die ganze Nacht über fuhren Traktoren Sand an den Deich, der an einer Stelle bereits durchweicht war.</p>
<figure data-area="image" class="relative">
<picture><img data-image-el="img" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="{s2[718]}" data-srcset="{ss(s2)}" sizes="(max-width: 1023px) 100vw, 718px" alt="Porträt der Bürgermeisterin" width="960" height="720" class="lazyload"></picture>
<figcaption class="mt-8"><p class="font-sansUI text-primary-base">Bürgermeisterin Anke Rohlfs: »Wir hatten Glück, mehr nicht«</p><span class="font-sansUI text-s text-shade-dark">Foto: privat</span></figcaption>
</figure>
<p>Für das Wochenende erwartet der Wetterdienst erneut Regen.</p>
</section>
</article>
<section data-area="related_articles"><h3>Mehr zum Thema</h3><article><a href="/panorama/hochwasser-in-bremen-a-11"><img src="https://cdn.weserpost.de/images/0b1c2d3e-aaaa-bbbb-cccc-ddddeeeeffff_w320_r1.778_fpx50_fpy50/320x/pegel-bremen.jpg" alt="Pegel in Bremen"><span>Pegel in Bremen steigt weiter</span></a></article></section>
</main>
<footer><p>© WESERPOST GmbH</p></footer>
</body>
</html>
"""
page("09-spiegel-style-lazy-foto-credit-von", html, expected(
    "https://www.weserpost.de/panorama/hochwasser-an-der-weser-deich-bei-hoya-haelt-nur-knapp-a-7f3c9e21-4b8d-4a6e-9c1f-2d5b8e0a3f74",
    "https://www.weserpost.de/panorama/hochwasser-an-der-weser-deich-bei-hoya-haelt-nur-knapp-a-7f3c9e21-4b8d-4a6e-9c1f-2d5b8e0a3f74",
    "Hochwasser an der Weser: Deich bei Hoya hält nur knapp",
    "Lena Hofmeister und Jonas Petrak", ["Lena Hofmeister", "Jonas Petrak"], "WESERPOST", "title suffix",
    [photo(s1[1280], "Helfer verstärken in der Nacht zu Mittwoch den Deich bei Hoya mit Sandsäcken",
           "Jens Büttner / dpa", "dpa", ["Jens Büttner"], [s1[520], s1[718], s1[960]]),
     photo(s2[960], "Bürgermeisterin Anke Rohlfs: »Wir hatten Glück, mehr nicht«",
           "privat", None, [], [s2[520], s2[718]])]))

# ---------- 10 Le Monde-style French, "Par", credit span uppercase "NAME / AFP", application-name ----------
L = "https://img.echodurhone.fr/2024/04/22/0/0/5000/3333/{w}/0/75/0/7d3e1f2_5a8b-4c2e-9f1d-0e6b3a7c9d21.jpg"
l = {w: L.format(w=w) for w in [664, 1328, 1992]}
html = f"""<!-- structure: Le Monde article: figure.article__media with picture/source srcset on img.lemde.fr/<date>/<crop>/<width>/0/75/0/<id>.jpg, figcaption.article__legend with the caption followed by span.article__credit "NAME / AFP" in capitals, "Par" author link; legend/credit nesting as in code-corpus find_string hits for article__credit (id 53239865916: '.article__legend .article__credit' styles; id 60827918367: figcaption with span.article__credit after the legend) -->
<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<meta name="application-name" content="L'Écho du Rhône">
<title>A Lyon, la fermeture des berges du Rhône divise les riverains</title>
<link rel="canonical" href="https://www.echodurhone.fr/societe/article/2024/04/22/a-lyon-la-fermeture-des-berges-du-rhone-divise-les-riverains_6231458_3224.html">
</head>
<body class="article">
<header class="Header"><a class="Header__logo" href="https://www.echodurhone.fr/"><svg class="Header__logo-svg" aria-hidden="true"><use href="#logo"></use></svg></a></header>
<main class="article__wrapper">
<section class="article__heading">
<p class="article__kicker"><a href="/societe/">Société</a></p>
<h1 class="article__title">A Lyon, la fermeture des berges du Rhône divise les riverains</h1>
<p class="article__desc">La municipalité veut interdire la circulation nocturne sur trois kilomètres de quais dès le mois de juin.</p>
<span class="meta__authors meta__authors--page">Par <a class="article__author-link" href="https://www.echodurhone.fr/signataires/claire-dubreuil/">Claire Dubreuil</a></span><span class="meta__date meta__date--header">Publié le 22 avril 2024 à 11h02</span>
</section>
<section class="article__content">
<figure class="article__media"><picture class="article__media-picture"><source srcset="{l[664]} 664w, {l[1328]} 1328w, {l[1992]} 1992w" sizes="(min-width: 1024px) 664px, 100vw" media="(min-width: 534px)"><img src="{l[664]}" alt="" width="664" height="443" class="initial loaded"></picture>
<figcaption class="article__legend" aria-hidden="true">Sur les quais du Rhône, à Lyon, le 19 avril 2024. <span class="article__credit" aria-hidden="true">OLIVIER CHASSIGNOLE / AFP</span></figcaption></figure>
<p class="article__paragraph">Depuis l'annonce, les pétitions se multiplient dans le 7<sup>e</sup> arrondissement.</p>
<section class="catcher catcher--inline"><a class="catcher__link" href="/societe/article/2024/04/20/velo-a-lyon.html"><img class="catcher__img" src="https://img.echodurhone.fr/2024/04/20/0/0/3000/2000/112/75/60/0/abcd123_velo.jpg" alt=""><span class="catcher__desc">Lire aussi | A Lyon, le vélo gagne du terrain</span></a></section>
<p class="article__paragraph">La décision finale sera prise en conseil municipal le 27 mai.</p>
</section>
</main>
<footer class="footer"><p class="footer__copyright">Le Groupe de presse rhodanien</p></footer>
</body>
</html>
"""
page("10-lemonde-legend-credit-caps-application-name", html, expected(
    "https://www.echodurhone.fr/societe/article/2024/04/22/a-lyon-la-fermeture-des-berges-du-rhone-divise-les-riverains_6231458_3224.html",
    "https://www.echodurhone.fr/societe/article/2024/04/22/a-lyon-la-fermeture-des-berges-du-rhone-divise-les-riverains_6231458_3224.html",
    "A Lyon, la fermeture des berges du Rhône divise les riverains",
    "Claire Dubreuil", ["Claire Dubreuil"], "L'Écho du Rhône", "application-name",
    [photo(l[1992], "Sur les quais du Rhône, à Lyon, le 19 avril 2024.", "OLIVIER CHASSIGNOLE / AFP", "AFP", ["OLIVIER CHASSIGNOLE"], [l[664], l[1328]])]))

# ---------- 11 Norwegian (NRK-style), "Av", resizing URLs without extension, logo alt only ----------
N = "https://gfx.fjordposten.no/kMx8r2Qb0w3YlRk6tNnVgAq5Zc0YHd3FxV0TbC1sE2Uw"
n = {w: f"{N}?w={w}&f=webp" for w in [320, 640, 960, 1280, 1920]}
N2 = "https://gfx.fjordposten.no/Zp4Lq8Wm2Nx6Rt0Yv3Bc7Hd1Gf5Ks9Ja2Ue6Io0Py4Tq"
n2 = {w: f"{N2}?w={w}&f=webp" for w in [320, 640, 960]}
html = f"""<!-- structure: NRK article (nrk.no): figure with img srcset on gfx.nrk.no/<id> style URLs without a file extension (extensionless gfx.nrk.no ids seen in code-corpus find_string hits 52898612877, 22024740763), figcaption with caption text and a separate span "Foto: Name / NTB", "Av" byline; header logo carries the site name as alt text (figure/caption markup reconstructed around that URL scheme) -->
<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Ras stengte E39 ved Lavik – ferjen ble eneste vei ut</title>
<link rel="canonical" href="https://www.fjordposten.no/vestland/ras-stengte-e39-ved-lavik-1.16822931">
</head>
<body>
<header class="site-header"><a href="https://www.fjordposten.no/" class="site-header__logo"><img src="https://static.fjordposten.no/logo/fjordposten-logo.svg" alt="Fjordposten" width="160" height="32"></a></header>
<main>
<article class="article" data-id="1.16822931">
<header class="article-header">
<h1 class="title title-large article-title">Ras stengte E39 ved Lavik – ferjen ble eneste vei ut</h1>
<div class="lead"><p>Et steinras sperret veien natt til lørdag. Ingen ble skadd.</p></div>
<div class="bylines"><div class="byline"><span class="byline__label">Av </span><a class="byline__author" href="/person/ingrid-solberg">Ingrid Solberg</a> og <a class="byline__author" href="/person/erlend-haug">Erlend Haug</a></div><div class="author__role">Journalist</div></div>
</header>
<figure class="image image-crop-169 article-image">
<div class="image-wrapper"><img src="{e(n[960])}" srcset="{e(n[320])} 320w, {e(n[640])} 640w, {e(n[960])} 960w, {e(n[1280])} 1280w, {e(n[1920])} 1920w" sizes="(min-width: 768px) 740px, 100vw" alt="Steinmasser over vegbanen" class="img"></div>
<figcaption class="caption"><span class="caption-text">Steinmassene dekket begge kjørefeltene over en strekning på 40 meter.</span> <span class="caption-credit">Foto: Kari Nygaard / NTB</span></figcaption>
</figure>
<div class="article-body text-body">
<p>Statens vegvesen regner med at vegen er stengt i minst tre døgn.</p>
<figure class="image image-crop-43 article-image"><div class="image-wrapper"><img src="{e(n2[640])}" srcset="{e(n2[320])} 320w, {e(n2[640])} 640w, {e(n2[960])} 960w" sizes="100vw" alt="Ferjekø" class="img" loading="lazy"></div>
<figcaption class="caption"><span class="caption-text">Køen ved ferjekaia i Oppedal strakte seg over en kilometer lørdag ettermiddag.</span> <span class="caption-credit">Foto: Erlend Haug / Fjordposten</span></figcaption></figure>
</div>
</article>
<aside class="author-box"><img src="https://gfx.fjordposten.no/AuthorIngridSolbergPortrait01?w=96" alt="Ingrid Solberg" class="author-box__avatar" width="48" height="48"><p>Ingrid Solberg er journalist i Fjordposten Vestland.</p></aside>
</main>
</body>
</html>
"""
page("11-nrk-style-av-extensionless-logo-alt", html, expected(
    "https://www.fjordposten.no/vestland/ras-stengte-e39-ved-lavik-1.16822931",
    "https://www.fjordposten.no/vestland/ras-stengte-e39-ved-lavik-1.16822931",
    "Ras stengte E39 ved Lavik – ferjen ble eneste vei ut",
    "Ingrid Solberg og Erlend Haug", ["Ingrid Solberg", "Erlend Haug"], "Fjordposten", "logo alt",
    [photo(n[1920], "Steinmassene dekket begge kjørefeltene over en strekning på 40 meter.", "Kari Nygaard / NTB", "NTB", ["Kari Nygaard"],
           [n[320], n[640], n[960], n[1280]]),
     photo(n2[960], "Køen ved ferjekaia i Oppedal strakte seg over en kilometer lørdag ettermiddag.", "Erlend Haug / Fjordposten", "Fjordposten", ["Erlend Haug"],
           [n2[320], n2[640]])]))

# ---------- 12 Italian, "di", ANSA credit, footer copyright only ----------
IT = "https://www.gazzettadellario.it/resizer/{w}/-1/true/1712658000000.jpg--lago_in_secca_a_bellagio.jpg?1712658003000"
it = {w: IT.format(w=w) for w in [600, 1200, 1920]}
html = f"""<!-- structure: Italian regional daily (GEDI-style) article: figure with a lazy img (placeholder src, data-src / data-srcset, as in hugopeek/romanesco-patterns galleryrowimagelightbox.chunk.tpl and jlengstorf/thenategreenexperience.com templates/figure.php) on a /resizer/<w>/-1/true/<ts>.jpg--<slug>.jpg URL, figcaption with caption then span credit "ANSA/NAME", "di" byline; only the footer copyright names the paper (resizer path and layout reconstructed) -->
<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>Lago ai minimi, a Bellagio i battelli saltano due approdi</title>
<link rel="canonical" href="https://www.gazzettadellario.it/cronaca/2024/04/09/news/lago_ai_minimi_bellagio_battelli-4218873/">
</head>
<body>
<header class="gd-header"><a class="gd-header__logo" href="/"><svg aria-hidden="true" width="180" height="28"><use href="#gd-logo"></use></svg></a><nav><a href="/cronaca/">Cronaca</a> <a href="/sport/">Sport</a></nav></header>
<main>
<article class="story">
<h1 class="story__title">Lago ai minimi, a Bellagio i battelli saltano due approdi</h1>
<p class="story__summary">Il livello è sceso a -18 centimetri sullo zero idrometrico di Malgrate.</p>
<em class="story__author">di <a href="/autori/marco-ferretti">Marco Ferretti</a></em>
<figure class="story__media"><img class="lazyload" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E" data-src="{e(it[1200])}" data-srcset="{e(it[600])} 600w, {e(it[1200])} 1200w, {e(it[1920])} 1920w" alt="Il pontile di Bellagio">
<figcaption class="story__caption">Il pontile di Bellagio con il fondale scoperto, lunedì mattina <span class="story__credits">ANSA/GIULIA MONTI</span></figcaption></figure>
<div class="story__text"><p>La Navigazione Laghi ha sospeso le fermate di San Giovanni e Pescallo fino a nuovo avviso.</p>
<div class="gd-banner"><img src="https://adserver.gazzettadellario.it/www/delivery/lg.php?bannerid=112&amp;zoneid=7" width="1" height="1" alt=""></div>
<p>Secondo l'autorità di bacino servono almeno dieci giorni di pioggia per tornare alla normalità.</p></div>
</article>
</main>
<footer class="gd-footer"><p>© 2024 Gazzetta del Lario – Tutti i diritti riservati – P.IVA 01234560133</p></footer>
</body>
</html>
"""
page("12-italian-di-ansa-footer-copyright", html, expected(
    "https://www.gazzettadellario.it/cronaca/2024/04/09/news/lago_ai_minimi_bellagio_battelli-4218873/?ref=RHLF-BG-P3-S1-T1",
    "https://www.gazzettadellario.it/cronaca/2024/04/09/news/lago_ai_minimi_bellagio_battelli-4218873/",
    "Lago ai minimi, a Bellagio i battelli saltano due approdi",
    "Marco Ferretti", ["Marco Ferretti"], "Gazzetta del Lario", "footer copyright",
    [photo(it[1920], "Il pontile di Bellagio con il fondale scoperto, lunedì mattina", "ANSA/GIULIA MONTI", "ANSA", ["GIULIA MONTI"], [it[600], it[1200]])]))

# ---------- 13 Dutch AMP page, amp-img, "Door", "Beeld ANP / Name" ----------
A = "https://images.noorderblad.nl/{w}x{h}/smart/filters:format(webp):quality(80)/nb/2024/07/02/fietsbrug-zwolle-ea4f0c.jpg"
am = {w: A.format(w=w, h=h) for w, h in [(640, 360), (1280, 720), (1920, 1080)]}
html = f"""<!-- structure: AMP article (Dutch regional daily): amp-img layout="responsive" with srcset on a thumbor-style /WxH/smart/filters:…/ path, inside figure with figcaption holding caption and span "Beeld ANP / Name", link rel=canonical to the non-AMP page; amp-img markup as in getkirby/editor snippets/image.amp.php and castillo8811/lacapitalmx ampproject-image.tpl.php -->
<!doctype html>
<html ⚡ lang="nl">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>Nieuwe fietsbrug over de IJssel na drie jaar bouwen open | Het Noorderblad</title>
<link rel="canonical" href="https://www.noorderblad.nl/zwolle/nieuwe-fietsbrug-over-de-ijssel-open~a4f82c19/">
<meta property="og:site_name" content="Het Noorderblad">
<meta name="viewport" content="width=device-width">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
</head>
<body>
<header class="amp-header"><a href="https://www.noorderblad.nl/"><amp-img src="https://www.noorderblad.nl/static/logo-noorderblad.png" width="150" height="30" layout="fixed" alt="Het Noorderblad"></amp-img></a></header>
<article class="amp-article">
<h1 class="article__title">Nieuwe fietsbrug over de IJssel na drie jaar bouwen open</h1>
<p class="article__intro">De brug verkort de route tussen Zwolle en Hattem met vier kilometer.</p>
<div class="article__byline">Door <span class="article__author">Femke Jansen</span> <time datetime="2024-07-02T16:10">2 juli 2024, 16:10</time></div>
<figure class="article__figure">
<amp-img src="{am[1280]}" srcset="{am[640]} 640w, {am[1280]} 1280w, {am[1920]} 1920w" width="1280" height="720" layout="responsive" alt="Fietsers op de nieuwe brug"></amp-img>
<figcaption class="article__figure-caption">De eerste fietsers rijden dinsdagochtend over de nieuwe brug bij Zwolle. <span class="article__figure-credit">Beeld ANP / Pieter de Wolf</span></figcaption>
</figure>
<p>Wethouder Marloes Tiemens opende de brug om zeven uur 's ochtends.</p>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/noorderblad/amp"></amp-ad>
<amp-pixel src="https://stats.noorderblad.nl/p.gif?amp=1&amp;id=a4f82c19" layout="nodisplay"></amp-pixel>
</article>
</body>
</html>
"""
page("13-amp-dutch-door-beeld-anp", html, expected(
    "https://www.noorderblad.nl/zwolle/nieuwe-fietsbrug-over-de-ijssel-open~a4f82c19/amp/",
    "https://www.noorderblad.nl/zwolle/nieuwe-fietsbrug-over-de-ijssel-open~a4f82c19/",
    "Nieuwe fietsbrug over de IJssel na drie jaar bouwen open",
    "Femke Jansen", ["Femke Jansen"], "Het Noorderblad", "og:site_name",
    [photo(am[1920], "De eerste fietsers rijden dinsdagochtend over de nieuwe brug bij Zwolle.", "ANP / Pieter de Wolf", "ANP", ["Pieter de Wolf"], [am[640], am[1280]])]))

# ---------- 14 Swedish Drupal, lazysizes data-srcset + noscript, "Av", "Foto: Name/TT", json-ld publisher ----------
D = "https://www.malarbladet.se/sites/default/files/styles/{style}/public/2024-08/badplats-algblomning.jpg?itok={tok}"
d = {"article_480": D.format(style="article_480", tok="Xq1Vb2Nm"), "article_960": D.format(style="article_960", tok="Lp3Ko4Ji"),
     "article_1600": D.format(style="article_1600", tok="Hu5Yg6Tf")}
html = f"""<!-- structure: Drupal 9 news site: node article with field--name-field-image (responsive image style URLs /sites/default/files/styles/<style>/public/…?itok=…), lazysizes img.lazyload with data-srcset and a <noscript> fallback img, separate field--name-field-photo-credit and field--name-field-image-caption divs; Drupal image caption/credit field pattern as in camikazegreen/interview paragraphs-item--uaqs_column_image.tpl.php (field_ua_caption_text / field_ua_image_credit) -->
<!DOCTYPE html>
<html lang="sv" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<title>Algblomning stänger tre badplatser vid Mälaren | Mälarbladet</title>
<link rel="canonical" href="https://www.malarbladet.se/nyheter/algblomning-stanger-tre-badplatser">
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"NewsArticle","headline":"Algblomning stänger tre badplatser vid Mälaren","author":{{"@type":"Person","name":"Sara Lindqvist"}},"publisher":{{"@type":"Organization","name":"Mälarbladet","logo":{{"@type":"ImageObject","url":"https://www.malarbladet.se/themes/custom/mb/logo.svg"}}}}}}]}}</script>
</head>
<body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas">
<header role="banner"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/mb/logo.svg" alt="Hem"></a></header>
<main role="main">
<article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string">Algblomning stänger tre badplatser vid Mälaren</span></h1>
<div class="node__meta"><span class="field field--name-field-byline">Av <a href="/skribent/sara-lindqvist">Sara Lindqvist</a></span></div>
<div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img class="lazyload" data-sizes="auto" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-srcset="{e(d['article_480'])} 480w, {e(d['article_960'])} 960w, {e(d['article_1600'])} 1600w" alt="Grönfärgat vatten vid en strand" width="960" height="640">
<noscript><img src="{e(d['article_960'])}" alt="Grönfärgat vatten vid en strand" width="960" height="640"></noscript>
</div>
<div class="field field--name-field-image-caption field__item">Vattnet vid Ängsholmens badplats har färgats grönt av blågröna alger.</div>
<div class="field field--name-field-photo-credit field__item">Foto: Jonas Ekström/TT</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item"><p>Kommunen avråder från bad vid Ängsholmen, Lövsta strand och Bryggudden tills vidare.</p><p>Nya prover tas på måndag.</p></div>
</article>
<div class="block-views-blockrelaterat"><h2>Relaterat</h2><div class="views-row"><a href="/nyheter/varmerekord"><img src="/sites/default/files/styles/thumbnail/public/2024-07/varme.jpg?itok=aa11bb22" alt=""> Värmerekord i juli</a></div></div>
</main>
</div>
</body>
</html>
"""
page("14-drupal-lazysizes-noscript-swedish-av", html, expected(
    "https://www.malarbladet.se/nyheter/algblomning-stanger-tre-badplatser",
    "https://www.malarbladet.se/nyheter/algblomning-stanger-tre-badplatser",
    "Algblomning stänger tre badplatser vid Mälaren",
    "Sara Lindqvist", ["Sara Lindqvist"], "Mälarbladet", "json-ld publisher",
    [photo(d["article_1600"], "Vattnet vid Ängsholmens badplats har färgats grönt av blågröna alger.", "Jonas Ekström/TT", "TT", ["Jonas Ekström"],
           [d["article_480"], d["article_960"]])]))
