"""Pages 01-12. Each entry: (stem, html, expected, encoding)."""


def P(url, caption, credit_line, agency, photographers, also=()):
    return {"url": url, "caption": caption, "credit_line": credit_line, "agency": agency,
            "photographers": list(photographers), "also_seen_as": sorted(also)}


def E(read_at, url, title, byline, bylines, publication, source, photos):
    return {"read_at": read_at, "url": url, "title": title, "byline": byline, "bylines": list(bylines),
            "publication": publication, "publication_source": source, "photos": photos}


PAGES = []

# ---------------------------------------------------------------- 01 NPR
D = "https://hpr-brightspot.s3.amazonaws.com/7a/31/c4e9d0b24f1e8a6d93b5f0c2e7a1/ap24151-ferry.jpg"
D2 = "https://hpr-brightspot.s3.amazonaws.com/1c/88/0f3b7e2a5d9c4e61b8a2d7f30c94/ferry-dock-crew.jpg"
def dims(w, u):
    from urllib.parse import quote
    return f"https://media.harborpublicradio.org/dims3/default/strip/false/crop/5000x3333+0+0/resize/{w}/quality/85/format/jpeg/?url={quote(u, safe='')}"
u1 = [dims(w, D) for w in (400, 800, 1100, 1600)]
u2 = [dims(w, D2) for w in (400, 800, 1100)]
PAGES.append(("01-npr-credit-caption-hide-caption-colon-title-suffix", f"""<!DOCTYPE html>
<!-- Shape: NPR story page (Seamus/Brightspot): '<title>Headline : NPR</title>' as in the NPR apps tumblr theme (code corpus nprapps/tumble tumblrs/returntoiowa/theme.html.tpl, title ends '{{Title}} : NPR'); 'credit-caption' block with caption + span.credit and 'hide caption'/'toggle caption' text from memory; dims3 resize URLs with url= parameter from memory. -->
<html lang="en"><head><meta charset="utf-8">
<title>Island ferry cuts leave commuters stranded for the winter : Harbor Public Radio</title>
<link rel="canonical" href="https://www.harborpublicradio.org/2024/05/30/nx-s1-5003211/island-ferry-winter-schedule-cuts">
<meta property="og:title" content="Island ferry cuts leave commuters stranded for the winter">
<meta property="og:image" content="{u1[3]}">
</head><body>
<header><a href="/"><svg class="logo" role="img" aria-label="home"><use href="#logo"></use></svg></a></header>
<article class="story">
<div class="storytitle"><h1>Island ferry cuts leave commuters stranded for the winter</h1></div>
<div id="storybyline"><div class="byline-container--block"><p class="byline__name byline__name--block">By <a href="/people/1">Tess Aldana</a>, <a href="/people/2">Omar Fikri</a></p></div></div>
<div id="primaryaudio"><img src="https://media.harborpublicradio.org/assets/img/play-icon.svg" alt="Listen"></div>
<div id="res1" class="bucketwrap image large">
 <div class="imagewrap has-source-dimensions" data-crop-type="">
  <picture><source srcset="{u1[0]} 400w, {u1[1]} 800w, {u1[2]} 1100w, {u1[3]} 1600w" data-template="{dims('{{width}}', D)}" sizes="(min-width: 1025px) 650px, calc(100vw - 30px)">
  <img src="{u1[2]}" class="img" alt="The Marrowstone ferry waits at its berth in Port Haddon." loading="lazy"></picture>
 </div>
 <div class="credit-caption">
  <div class="caption-wrap"><div class="caption" aria-label="Image caption"><p>The Marrowstone ferry waits at its berth in Port Haddon on Thursday. The state plans to run it twice a day from November.
   <b class="hide-caption"><b>hide caption</b></b></p></div></div>
  <span class="credit" aria-label="Image credit">Rowan Pike/Harbor Public Radio</span>
  <b class="toggle-caption"><b>toggle caption</b></b>
 </div>
</div>
<p>Commuters on Marrowstone Island say the new schedule would turn a 40-minute trip into a day off work.</p>
<div id="res2" class="bucketwrap image large">
 <div class="imagewrap"><picture><source srcset="{u2[0]} 400w, {u2[1]} 800w, {u2[2]} 1100w"><img src="{u2[1]}" class="img" alt="Deckhands tie up the ferry." loading="lazy"></picture></div>
 <div class="credit-caption"><div class="caption-wrap"><div class="caption"><p>Deckhands tie up the ferry after the last evening run.<b class="hide-caption"><b>hide caption</b></b></p></div></div>
  <span class="credit" aria-label="Image credit">Lena Marsh/AP</span><b class="toggle-caption"><b>toggle caption</b></b></div>
</div>
<aside class="recommended"><h3>More Stories From Harbor Public Radio</h3><img src="{dims(300, 'https://hpr-brightspot.s3.amazonaws.com/aa/bb/old-bridge.jpg')}" alt=""></aside>
</article></body></html>
""", E("https://www.harborpublicradio.org/2024/05/30/nx-s1-5003211/island-ferry-winter-schedule-cuts?utm_source=facebook.com&utm_medium=social",
       "https://www.harborpublicradio.org/2024/05/30/nx-s1-5003211/island-ferry-winter-schedule-cuts",
       "Island ferry cuts leave commuters stranded for the winter", "Tess Aldana, Omar Fikri", ["Tess Aldana", "Omar Fikri"],
       "Harbor Public Radio", "title suffix",
       [P(u1[3], "The Marrowstone ferry waits at its berth in Port Haddon on Thursday. The state plans to run it twice a day from November.",
          "Rowan Pike/Harbor Public Radio", "Harbor Public Radio", ["Rowan Pike"], u1[:3]),
        P(u2[2], "Deckhands tie up the ferry after the last evening run.", "Lena Marsh/AP", "AP", ["Lena Marsh"], u2[:2])]), "utf-8"))

# ---------------------------------------------------------------- 02 Daily Mail
i1 = "https://i.eveningcourier.co.uk/1s/2024/06/14/09/85123457-13519021-image-a-12_1718354512345.jpg"
i2 = "https://i.eveningcourier.co.uk/1s/2024/06/14/09/85123461-13519021-image-a-13_1718354519876.jpg"
PAGES.append(("02-dailymail-artsplitter-imagecaption-caps-byline-application-name", f"""<!DOCTYPE html>
<!-- Shape: Daily Mail article: div[itemprop=articleBody] (code corpus beclab/article-extractor templates/dailymail.go), 'div.artSplitter > img.blkBorder' images (code corpus hcchengithub/jeforth.3we playground/squirrel.js); p.imageCaption and the uppercase 'By NAME and NAME' byline, b-lazy data-src from memory. -->
<html><head><meta charset="utf-8">
<title>Pensioner's prize marrow is stolen the night before village show</title>
<meta name="application-name" content="Evening Courier Online">
<link rel="canonical" href="https://www.eveningcourier.co.uk/news/article-13519021/pensioner-prize-marrow-stolen-village-show.html">
</head><body>
<div id="js-article-text" class="article-text wide">
<h2>Pensioner's prize marrow is stolen the night before village show</h2>
<ul class="mol-bullets-with-font"><li><span class="mol-style-bold">Grower, 81, had tended the 38lb vegetable since March</span></li></ul>
<p class="author-section byline-plain">By <a href="/profile-1/x.html" class="author">HOLLY BRENNAN</a> and <a href="/profile-2/y.html" class="author">DARIUS OKAFOR</a></p>
<p class="byline-section"><span class="article-timestamp">Published: 09:12, 14 June 2024</span></p>
<div itemprop="articleBody">
<p class="mol-para-with-font">A pensioner has been left heartbroken after thieves crept into his allotment.</p>
<div class="artSplitter mol-img-group"><div class="mol-img"><div class="image-wrap">
<img id="i-1a2b" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="{i1}" height="634" width="634" alt="Ted Gorringe with the marrow" class="blkBorder img-share b-lazy" />
</div></div>
<p class="imageCaption">Ted Gorringe, 81, with the marrow a week before it vanished from his plot in Lower Wexcombe</p>
<span class="imageCredit">Credit: SWNS</span></div>
<div class="artSplitter mol-img-group"><div class="mol-img"><div class="image-wrap">
<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="{i2}" alt="The empty bed" class="blkBorder img-share b-lazy" />
</div></div>
<p class="imageCaption">The empty bed where the marrow had grown</p></div>
</div>
<div class="related-carousel"><img src="https://i.eveningcourier.co.uk/1s/2024/06/13/18/85100000-0-image-m-4_1718300000000.jpg" alt="" class="rotator-thumb"></div>
<img src="https://pixel.eveningcourier.co.uk/t.gif?a=13519021" width="1" height="1" alt="">
</div></body></html>
""", E("https://www.eveningcourier.co.uk/news/article-13519021/pensioner-prize-marrow-stolen-village-show.html?ns_mchannel=rss&ito=1490",
       "https://www.eveningcourier.co.uk/news/article-13519021/pensioner-prize-marrow-stolen-village-show.html",
       "Pensioner's prize marrow is stolen the night before village show", "HOLLY BRENNAN and DARIUS OKAFOR",
       ["HOLLY BRENNAN", "DARIUS OKAFOR"], "Evening Courier Online", "application-name",
       [P(i1, "Ted Gorringe, 81, with the marrow a week before it vanished from his plot in Lower Wexcombe", "SWNS", "SWNS", []),
        P(i2, "The empty bed where the marrow had grown", None, None, [])]), "utf-8"))

# ---------------------------------------------------------------- 03 Telegraph
T = "https://www.dailyherald-uk.co.uk/content/uploads/2024/03/21/TELEMMGLPICT000371234567_17110123456780_trans_NvBQzQNjv4BqpVlberWd9EgFPZtcLiMQf0Rf_Wk3V23H2268P_XkPxc.jpeg"
t1x, t2x = T + "?imwidth=680", T + "?imwidth=1360"
T2 = "https://www.dailyherald-uk.co.uk/content/uploads/2024/03/21/TELEMMGLPICT000371239988_trans_NvBQzQNjv4Bq8Hf3kPzR2uWmYqLs0TbXeA.jpeg"
PAGES.append(("03-telegraph-picture-x-descriptors-jsonld-publisher", f"""<!DOCTYPE html>
<!-- Shape: Telegraph-style article (from memory: 'articleBodyImage' figure, <picture><source srcset="…?imwidth=680 1x, …?imwidth=1360 2x">, figcaption with span.caption-text and 'Credit: ' span). JSON-LD publisher Organization as in schema.org NewsArticle. -->
<html lang="en-GB"><head><meta charset="utf-8">
<title>Why the railway viaduct at Hollins Bank may never reopen</title>
<link rel="canonical" href="https://www.dailyherald-uk.co.uk/news/2024/03/21/hollins-bank-viaduct-closure/">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Why the railway viaduct at Hollins Bank may never reopen","author":[{{"@type":"Person","name":"Piers Wendover"}}],"publisher":{{"@type":"Organization","name":"The Daily Herald","logo":{{"@type":"ImageObject","url":"https://www.dailyherald-uk.co.uk/etc/designs/herald-logo.png"}}}}}}</script>
</head><body>
<header><img src="https://www.dailyherald-uk.co.uk/etc/designs/herald-logo.png" alt=""></header>
<article>
<h1 class="e-headline">Why the railway viaduct at Hollins Bank may never reopen</h1>
<p class="e-standfirst">Engineers say the Victorian arches are moving</p>
<div class="e-byline"><span class="e-byline__label">By</span> <a class="e-byline__link" href="/authors/p/pi-pz/piers-wendover/">Piers Wendover</a><span class="e-byline__role">, Transport Correspondent</span></div>
<figure class="articleBodyImage">
 <picture><source media="(min-width: 0px)" srcset="{t1x} 1x, {t2x} 2x">
 <img src="{t1x}" alt="The viaduct" width="680" height="425"></picture>
 <figcaption><span class="caption-text">Cracks have opened in three of the viaduct's 14 arches since the flooding in January</span> <span class="credit">Credit: Owen Hartley/PA</span></figcaption>
</figure>
<p>Network engineers have fitted tilt sensors to every pier.</p>
<figure class="articleBodyImage">
 <picture><source srcset="{T2}?imwidth=680 1x, {T2}?imwidth=1360 2x"><img src="{T2}?imwidth=680" alt=""></picture>
 <figcaption><span class="caption-text">The last train crossed the viaduct on January 9</span> <span class="credit">Credit: Andrew Crowe for The Daily Herald</span></figcaption>
</figure>
<div class="author-bio"><img src="https://www.dailyherald-uk.co.uk/content/authors/piers-wendover-byline.png" alt="Piers Wendover"><p>Piers Wendover is Transport Correspondent.</p></div>
</article></body></html>
""", E("https://www.dailyherald-uk.co.uk/news/2024/03/21/hollins-bank-viaduct-closure/",
       "https://www.dailyherald-uk.co.uk/news/2024/03/21/hollins-bank-viaduct-closure/",
       "Why the railway viaduct at Hollins Bank may never reopen", "Piers Wendover", ["Piers Wendover"],
       "The Daily Herald", "json-ld publisher",
       [P(t2x, "Cracks have opened in three of the viaduct's 14 arches since the flooding in January", "Owen Hartley/PA", "PA", ["Owen Hartley"], [t1x]),
        P(T2 + "?imwidth=1360", "The last train crossed the viaduct on January 9", "Andrew Crowe for The Daily Herald", "The Daily Herald", ["Andrew Crowe"], [T2 + "?imwidth=680"])]), "utf-8"))

# ---------------------------------------------------------------- 04 Independent
S = "https://static.northerndispatch.co.uk/2024/04/17/14/55/Harbour-wall.jpeg"
S2 = "https://static.northerndispatch.co.uk/2024/04/17/14/58/councillor-mayne.jpeg"
PAGES.append(("04-independent-paren-pa-wire-paren-not-credit-width-quality", f"""<!DOCTYPE html>
<!-- Shape: Independent-style article from memory: <figure> with <img src="…jpeg?width=1200&auto=webp&quality=75"> and srcset of ?width= renditions; caption ending in '(PA Wire)' / '(Getty Images)' credit in parentheses; og:site_name. -->
<html lang="en"><head><meta charset="utf-8">
<title>Storm surge breaches Seaham harbour wall for second time in a month | The Northern Dispatch</title>
<meta property="og:site_name" content="The Northern Dispatch">
<meta property="og:url" content="https://www.northerndispatch.co.uk/news/uk/home-news/seaham-harbour-wall-storm-b2530011.html">
</head><body>
<main><article>
<h1 id="headline">Storm surge breaches Seaham harbour wall for second time in a month</h1>
<div class="author"><span>Nadia Kerrigan</span></div>
<figure><div class="img-wrap"><img src="{S}?width=1200&amp;auto=webp&amp;quality=75" srcset="{S}?width=640&amp;auto=webp&amp;quality=75 640w, {S}?width=1200&amp;auto=webp&amp;quality=75 1200w" alt="Waves over the wall"></div>
<figcaption><p>Waves crash over the harbour wall in Seaham, County Durham, on Tuesday (Owen Humphreys/PA Wire)</p></figcaption></figure>
<p>The council said repairs from March had not yet set.</p>
<figure><img src="{S2}?width=1200&amp;auto=webp&amp;quality=75" alt=""><figcaption><p>Councillor Ruth Mayne (left) and harbour master Ian Toft inspect the damage (Durham County Council)</p></figcaption></figure>
<div class="newsletter"><img src="https://static.northerndispatch.co.uk/static-assets/newsletter-bell.png" alt=""></div>
</article></main></body></html>
""", E("https://www.northerndispatch.co.uk/news/uk/home-news/seaham-harbour-wall-storm-b2530011.html?utm_source=twitter",
       "https://www.northerndispatch.co.uk/news/uk/home-news/seaham-harbour-wall-storm-b2530011.html",
       "Storm surge breaches Seaham harbour wall for second time in a month", "Nadia Kerrigan", ["Nadia Kerrigan"],
       "The Northern Dispatch", "og:site_name",
       [P(f"{S}?width=1200&auto=webp&quality=75", "Waves crash over the harbour wall in Seaham, County Durham, on Tuesday",
          "Owen Humphreys/PA Wire", "PA", ["Owen Humphreys"], [f"{S}?width=640&auto=webp&quality=75"]),
        P(f"{S2}?width=1200&auto=webp&quality=75", "Councillor Ruth Mayne (left) and harbour master Ian Toft inspect the damage",
          "Durham County Council", "Durham County Council", [])]), "utf-8"))

# ---------------------------------------------------------------- 05 Sky News
K = "https://e3365.dsca.akamaiedge.net/meridian/images/1600x900/skynews-flood-barrier_6531234.jpg"
def sk(s): return f"https://e3365.dsca.akamaiedge.net/meridian/images/{s}/skynews-flood-barrier_6531234.jpg"
k2 = "https://e3365.dsca.akamaiedge.net/meridian/images/1600x900/skynews-minister-visit_6531240.jpg"
PAGES.append(("05-skynews-sdc-image-pic-label-footer-copyright", f"""<!DOCTYPE html>
<!-- Shape: Sky News 'sdc-article-image' block: img.sdc-article-image__item with src and srcset (code corpus find_string 'sdc-article-image' hits 44544922139, 24085433294) and the caption in span.sdc-article-image__caption-text inside div.sdc-article-widget.sdc-article-image (hit 43080499283); WxH folder renditions, visually hidden 'Image:' label, 'Pic: Agency' credit at the end and footer '© 2024 Sky UK' from memory. -->
<html><head><meta charset="utf-8"><title>Flood barrier fails test days before spring tides</title>
<link rel="canonical" href="https://news.meridian.tv/story/flood-barrier-fails-test-13110245">
</head><body>
<div class="sdc-site-header"><img src="https://news.meridian.tv/resources/meridian-news-logo.svg" alt="" class="sdc-site-header__logo"></div>
<div class="sdc-article-header"><h1 class="sdc-article-header__long-title">Flood barrier fails test days before spring tides</h1>
<div class="sdc-article-byline"><p class="sdc-article-byline__name">Priya Lomax</p><p class="sdc-article-byline__title">environment correspondent</p></div></div>
<div class="sdc-article-body">
<div class="sdc-article-widget sdc-article-image"><figure class="sdc-article-image__figure"><div class="sdc-article-image__wrapper">
<img class="sdc-article-image__item" loading="lazy" src="{sk('768x432')}" srcset="{sk('768x432')} 768w, {sk('1024x576')} 1024w, {K} 1600w" alt="Barrier gates">
</div><figcaption class="sdc-article-image__caption"><span class="u-hide-visually">Image:</span><span class="sdc-article-image__caption-text">The gates stuck half-closed during Sunday's test. Pic: Reuters</span></figcaption></figure></div>
<p>The Environment Agency said a hydraulic seal had failed.</p>
<div class="sdc-article-image"><figure><img class="sdc-article-image__item" src="{k2}" alt=""><figcaption class="sdc-article-image__caption"><span class="u-hide-visually">Image:</span><span class="sdc-article-image__caption-text">The floods minister visited the site on Monday</span></figcaption></figure></div>
</div>
<footer class="sdc-site-footer"><p class="sdc-site-footer__copyright">© 2024 Meridian News</p></footer>
</body></html>
""", E("https://news.meridian.tv/story/flood-barrier-fails-test-13110245", "https://news.meridian.tv/story/flood-barrier-fails-test-13110245",
       "Flood barrier fails test days before spring tides", "Priya Lomax", ["Priya Lomax"], "Meridian News", "footer copyright",
       [P(K, "The gates stuck half-closed during Sunday's test.", "Reuters", "Reuters", [], [sk('1024x576'), sk('768x432')]),
        P(k2, "The floods minister visited the site on Monday", None, None, [])]), "utf-8"))

# ---------------------------------------------------------------- 06 RTE
R1 = "https://img.westerntimes.ie/2024/0611/1454321-galway-hooker-regatta.jpg"
R2 = "https://img.westerntimes.ie/2024/0611/1454325-kinvara-quay.jpg"
PAGES.append(("06-rte-logo-alt-photocall-credit-in-caption-parens", f"""<!DOCTYPE html>
<!-- Shape: RTÉ-style article from memory: 'article-meta' byline 'By Name', figure.article-image with caption ending '(Photo: Agency)', site logo <img alt="RTÉ"> in the header; no og:site_name. -->
<html lang="en-IE"><head><meta charset="utf-8"><title>Hooker boats return to Kinvara for first regatta since 2019</title>
<link rel="canonical" href="https://www.westerntimes.ie/news/connacht/2024/0611/1454320-kinvara-regatta/">
</head><body>
<header class="masthead"><a href="/"><img class="logo" src="https://img.westerntimes.ie/static/wt-logo.png" alt="Western Times"></a></header>
<article>
<h1>Hooker boats return to Kinvara for first regatta since 2019</h1>
<div class="article-meta"><span class="byline">By Fionnuala Costigan</span></div>
<figure class="article-image"><img src="{R1}" alt=""><figcaption>Crews race past Dunguaire Castle on Saturday (Photo: Photocall Ireland)</figcaption></figure>
<p>Thirty boats took part in the Cruinniú na mBád.</p>
<figure class="article-image"><img src="{R2}" alt=""><figcaption>Kinvara quay was packed for the start (Photo: Tomás Keane)</figcaption></figure>
<div class="promo"><img src="https://img.westerntimes.ie/static/player-promo.jpg" alt="WesternPlayer"></div>
</article></body></html>
""", E("https://www.westerntimes.ie/news/connacht/2024/0611/1454320-kinvara-regatta/", "https://www.westerntimes.ie/news/connacht/2024/0611/1454320-kinvara-regatta/",
       "Hooker boats return to Kinvara for first regatta since 2019", "Fionnuala Costigan", ["Fionnuala Costigan"],
       "Western Times", "logo alt",
       [P(R1, "Crews race past Dunguaire Castle on Saturday", "Photocall Ireland", "Photocall Ireland", []),
        P(R2, "Kinvara quay was packed for the start", "Tomás Keane", None, ["Tomás Keane"])]), "utf-8"))

# ---------------------------------------------------------------- 07 Le Figaro
F = "https://i.lecourrierdelouest.fr/jY3kPq9Lw2b1Zx7nV4aT0sHd8eU=/{s}/filters:focal(1280x853:1290x843)/2024/05/22/6c4b2a10-1f3e-11ef-9a2b-8c7d6e5f4a3b.jpg"
F2 = "https://i.lecourrierdelouest.fr/Qm5rT8vW1xY2zA3bC4dE5fG6hI7=/{s}/2024/05/22/8e1d0c22-1f3e-11ef-b1c4-0a9b8c7d6e5f.jpg"
f1, f2 = F.format(s="640x427"), F.format(s="1280x853")
PAGES.append(("07-figaro-fig-media-data-srcset-x-par-et", f"""<!DOCTYPE html>
<!-- Shape: Le Figaro article: figure.fig-media, figcaption.fig-media__legend 'Légende <span class="fig-media__credits"> POOL/REUTERS</span>' (code corpus find_string 'fig-media__legend' hits 34998313338, 34705983271); <picture><source data-srcset="… 1x, … 2x"> lazy loading from memory, byline 'Par Nom et Nom' in .fig-content-metas__authors; thumbor-style '=/WxH/filters:focal(…)' URLs. -->
<html lang="fr"><head><meta charset="utf-8"><title>À Niort, la foire aux mulets retrouve ses éleveurs</title>
<meta property="og:site_name" content="Le Courrier de l'Ouest">
<meta property="og:url" content="https://www.lecourrierdelouest.fr/regions/niort/foire-aux-mulets-20240522">
</head><body>
<article class="fig-main">
<h1 class="fig-headline">À Niort, la foire aux mulets retrouve ses éleveurs</h1>
<div class="fig-content-metas__authors">Par <a href="/auteur/1">Clémence Aubry</a> et <a href="/auteur/2">Yanis Ferrand</a></div>
<figure class="fig-media">
 <picture><source data-srcset="{f1} 1x, {f2} 2x" srcset="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
 <img data-srcset="{f1} 1x, {f2} 2x" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Un éleveur présente un mulet poitevin." class="fig-img lazy"></picture>
 <figcaption class="fig-media__legend">Un éleveur présente son mulet poitevin au jury, samedi 18 mai. <span class="fig-media__credits">Guillaume Souvant / AFP</span></figcaption>
</figure>
<p>Plus de deux cents bêtes étaient inscrites.</p>
<figure class="fig-media"><picture><source data-srcset="{F2.format(s='640x427')} 1x, {F2.format(s='1280x853')} 2x"><img data-srcset="{F2.format(s='640x427')} 1x, {F2.format(s='1280x853')} 2x" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""></picture>
 <figcaption class="fig-media__legend">Le baudet du Poitou, vedette de la foire. <span class="fig-media__credits">Le Courrier de l'Ouest</span></figcaption></figure>
<div class="fig-premium-paywall"><img src="https://i.lecourrierdelouest.fr/static/abonnement-offre.png" alt="Offre abonné"></div>
</article></body></html>
""", E("https://www.lecourrierdelouest.fr/regions/niort/foire-aux-mulets-20240522", "https://www.lecourrierdelouest.fr/regions/niort/foire-aux-mulets-20240522",
       "À Niort, la foire aux mulets retrouve ses éleveurs", "Clémence Aubry et Yanis Ferrand", ["Clémence Aubry", "Yanis Ferrand"],
       "Le Courrier de l'Ouest", "og:site_name",
       [P(f2, "Un éleveur présente son mulet poitevin au jury, samedi 18 mai.", "Guillaume Souvant / AFP", "AFP", ["Guillaume Souvant"], [f1]),
        P(F2.format(s='1280x853'), "Le baudet du Poitou, vedette de la foire.", "Le Courrier de l'Ouest", "Le Courrier de l'Ouest", [], [F2.format(s='640x427')])]), "utf-8"))

# ---------------------------------------------------------------- 08 Libération (Arc XP, JSON-LD ImageObject list)
A1 = "https://www.lequotidiendurhone.fr/resizer/v2/QF7Y3KZ2MNB5RXWT4HJCL6DPVA.jpg?auth=3f2a9c0d1e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f&width=1200&height=800"
A2 = "https://www.lequotidiendurhone.fr/resizer/v2/ZP8L2QW4RT6YU3IO9PA1SD5FGH.jpg?auth=9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d&width=1200&height=800"
A2s = "https://www.lequotidiendurhone.fr/resizer/v2/ZP8L2QW4RT6YU3IO9PA1SD5FGH.jpg?auth=9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d&width=800&height=533"
PAGES.append(("08-liberation-arc-jsonld-imageobject-list-pour", f"""<!DOCTYPE html>
<!-- Shape: Libération (Arc XP) article from memory: NewsArticle JSON-LD whose image is a list of ImageObject with caption/creditText/author, Arc resizer v2 '?auth=…&width=' URLs; credit printed '(Nom/Agence pour Le Journal)' in the figcaption. The second photo is only in the JSON-LD (gallery not rendered server-side). -->
<html lang="fr"><head><meta charset="utf-8"><title>Lyon : les bouquinistes du quai de Saône menacés par les travaux</title>
<link rel="canonical" href="https://www.lequotidiendurhone.fr/lyon/les-bouquinistes-du-quai-de-saone-menaces-20240403_QF7Y3KZ2/">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Lyon : les bouquinistes du quai de Saône menacés par les travaux","author":[{{"@type":"Person","name":"Mathilde Roux"}}],"publisher":{{"@type":"NewsMediaOrganization","name":"Le Quotidien du Rhône"}},
"image":[{{"@type":"ImageObject","url":"{A1}","caption":"Le stand de Bernard Vial, bouquiniste depuis 1987, quai Saint-Vincent.","creditText":"Bruno Amsellem pour Le Quotidien du Rhône","author":{{"@type":"Person","name":"Bruno Amsellem"}}}},
{{"@type":"ImageObject","url":"{A2}","caption":"Les palissades du chantier, posées en mars.","creditText":"Jeff Pachoud/AFP","author":{{"@type":"Person","name":"Jeff Pachoud"}}}}]}}</script>
</head><body>
<article>
<h1>Lyon : les bouquinistes du quai de Saône menacés par les travaux</h1>
<div class="author-byline">par <a href="/auteur/mathilde-roux/">Mathilde Roux</a></div>
<figure class="lead-art"><img src="{A1}" alt=""><figcaption>Le stand de Bernard Vial, bouquiniste depuis 1987, quai Saint-Vincent. (Bruno Amsellem pour Le Quotidien du Rhône)</figcaption></figure>
<p>La métropole promet des emplacements provisoires.</p>
<div class="gallery" data-gallery-id="1"><noscript><img src="{A2s}" alt="Les palissades du chantier"></noscript></div>
</article></body></html>
""", E("https://www.lequotidiendurhone.fr/lyon/les-bouquinistes-du-quai-de-saone-menaces-20240403_QF7Y3KZ2/?xtor=EPR-450206",
       "https://www.lequotidiendurhone.fr/lyon/les-bouquinistes-du-quai-de-saone-menaces-20240403_QF7Y3KZ2/",
       "Lyon : les bouquinistes du quai de Saône menacés par les travaux", "Mathilde Roux", ["Mathilde Roux"],
       "Le Quotidien du Rhône", "json-ld publisher",
       [P(A1, "Le stand de Bernard Vial, bouquiniste depuis 1987, quai Saint-Vincent.", "Bruno Amsellem pour Le Quotidien du Rhône",
          "Le Quotidien du Rhône", ["Bruno Amsellem"]),
        P(A2, "Les palissades du chantier, posées en mars.", "Jeff Pachoud/AFP", "AFP", ["Jeff Pachoud"], [A2s])]), "utf-8"))

# ---------------------------------------------------------------- 09 Ouest-France
O = "https://media.littoralmatin.fr/v1/pictures/MjAyNDA2ZGZlZjY1YjE0ZDc4ZjRhNzM0ZWYyNmM2ZDQ1MmY3ZGY?width={w}&height={h}&focuspoint=50%2C25&cropresize=1&client_id=bpeditorial&sign=4d1c0e6b0a"
O2 = "https://media.littoralmatin.fr/v1/pictures/MjAyNDA2NzhlNTA4NDk2NzhiOWQzN2FlMmE4ZjNmMmI0MDg2ZjA?width={w}&height={h}&focuspoint=50%2C25&cropresize=1&client_id=bpeditorial&sign=9a7b3c2d1e"
o = [O.format(w=w, h=h) for w, h in ((375, 211), (960, 540), (1260, 709))]
o2 = [O2.format(w=w, h=h) for w, h in ((375, 211), (1260, 709))]
esc = lambda s: s.replace("&", "&amp;")
PAGES.append(("09-ouestfrance-v1-pictures-extensionless-title-suffix-dash", f"""<!DOCTYPE html>
<!-- Shape: Ouest-France article: extensionless 'media.ouest-france.fr/v1/pictures/{{base64}}?width=&height=&focuspoint=50%2C25&cropresize=1&client_id=bpeditorial&sign=' URLs (code corpus find_string 'media.ouest-france.fr/v1/pictures' hits 20957971303, 34274572271); from memory: srcset with w descriptors, caption then '| Photo : Nom / Ouest-France'; title '… - Ouest-France'. -->
<html lang="fr"><head><meta charset="utf-8"><title>Saint-Malo. Le ponton du Naye arraché par la tempête Ciarán bis - Littoral Matin</title>
<link rel="canonical" href="https://www.littoralmatin.fr/bretagne/saint-malo-35400/saint-malo-le-ponton-du-naye-arrache-8f3c2e10-2b1a-11ef-9c1d">
</head><body>
<header><a href="/" class="logo"><svg aria-hidden="true"></svg><span class="sr-only">Accueil</span></a></header>
<article class="su-article">
<h1>Saint-Malo. Le ponton du Naye arraché par la tempête Ciarán bis</h1>
<p class="su-signature">Ronan Le Goff.</p>
<figure class="su-figure"><img loading="lazy" src="{esc(o[1])}" srcset="{esc(o[0])} 375w, {esc(o[1])} 960w, {esc(o[2])} 1260w" sizes="100vw" alt="">
<figcaption>Le ponton gît sur la cale du Naye, mardi matin. | Photo : Ronan Le Goff / Littoral Matin</figcaption></figure>
<p>Les services du port évaluent les dégâts à 400 000 €.</p>
<figure class="su-figure"><img loading="lazy" src="{esc(o2[0])}" srcset="{esc(o2[0])} 375w, {esc(o2[1])} 1260w" alt="">
<figcaption>Les vedettes ont été mises à l'abri dans le bassin Vauban. | Photo : archives Littoral Matin</figcaption></figure>
<section class="su-related"><h2>À lire aussi</h2><img src="https://media.littoralmatin.fr/v1/pictures/MjAyNDA1YWFhYmJi?width=200&amp;height=113&amp;client_id=bpeditorial" alt=""></section>
</article></body></html>
""", E("https://www.littoralmatin.fr/bretagne/saint-malo-35400/saint-malo-le-ponton-du-naye-arrache-8f3c2e10-2b1a-11ef-9c1d",
       "https://www.littoralmatin.fr/bretagne/saint-malo-35400/saint-malo-le-ponton-du-naye-arrache-8f3c2e10-2b1a-11ef-9c1d",
       "Saint-Malo. Le ponton du Naye arraché par la tempête Ciarán bis", "Ronan Le Goff", ["Ronan Le Goff"],
       "Littoral Matin", "title suffix",
       [P(o[2], "Le ponton gît sur la cale du Naye, mardi matin.", "Ronan Le Goff / Littoral Matin", "Littoral Matin", ["Ronan Le Goff"], o[:2]),
        P(o2[1], "Les vedettes ont été mises à l'abri dans le bassin Vauban.", "archives Littoral Matin", "Littoral Matin", [], o2[:1])]), "utf-8"))

# ---------------------------------------------------------------- 10 Welt
W = "https://img.rheinpost.de/img/regionales/nrw/mobile251234567/{v}/Duisburg-Brueckensperrung.jpg"
w1, w2 = W.format(v="4231357127-ci16x9-w780"), W.format(v="4231357127-ci16x9-w1600")
W2 = "https://img.rheinpost.de/img/regionales/nrw/mobile251234570/2471353357-ci23x11-w1600/Pendler-Rheinhausen.jpg"
PAGES.append(("10-welt-quelle-label-von-comma-logo-alt", f"""<!DOCTYPE html>
<!-- Shape: WELT-style article from memory: 'c-article-media' figure with <picture> and '-ci16x9-w780' / '-w1600' renditions, figcaption with 'Quelle: dpa/Name' credit span, byline 'Von A, B' in c-author; site logo <img alt="WELT"> in header. -->
<html lang="de"><head><meta charset="utf-8"><title>Brücke gesperrt: Pendler in Duisburg müssen bis 2026 Umwege fahren</title>
<link rel="canonical" href="https://www.rheinpost.de/regionales/nrw/article251234567/Bruecke-gesperrt-Pendler-muessen-Umwege-fahren.html">
</head><body>
<header class="c-page-header"><a href="/"><img class="c-page-header__logo" src="https://img.rheinpost.de/assets/rheinpost-logo.svg" alt="RHEINPOST"></a></header>
<article>
<h2 class="c-headline"><span class="c-topic">Duisburg</span><span class="c-headline__text">Brücke gesperrt: Pendler in Duisburg müssen bis 2026 Umwege fahren</span></h2>
<div class="c-author">Von <a href="/autor/ines-brandt/">Ines Brandt</a>, <a href="/autor/kemal-yildiz/">Kemal Yıldız</a></div>
<figure class="c-article-media"><picture><source srcset="{w1} 780w, {w2} 1600w" media="(min-width: 768px)"><img src="{w1}" alt="Die gesperrte Brücke"></picture>
<figcaption class="c-article-media__caption"><span class="c-caption__text">Die Rheinbrücke Neuenkamp ist seit Montag für Lastwagen gesperrt</span> <span class="c-caption__source">Quelle: dpa/Roland Weihrauch</span></figcaption></figure>
<p>Die Autobahn GmbH hatte Risse an zwei Pfeilern entdeckt.</p>
<figure class="c-article-media"><picture><img src="{W2}" alt=""></picture>
<figcaption><span class="c-caption__text">Stau auf der Umleitung in Rheinhausen</span> <span class="c-caption__source">Quelle: RHEINPOST/Jana Olbrich</span></figcaption></figure>
<div class="c-teaser"><img src="https://img.rheinpost.de/img/teaser/w300/Bahnstreik.jpg" alt=""></div>
</article></body></html>
""", E("https://www.rheinpost.de/regionales/nrw/article251234567/Bruecke-gesperrt-Pendler-muessen-Umwege-fahren.html",
       "https://www.rheinpost.de/regionales/nrw/article251234567/Bruecke-gesperrt-Pendler-muessen-Umwege-fahren.html",
       "Brücke gesperrt: Pendler in Duisburg müssen bis 2026 Umwege fahren", "Ines Brandt, Kemal Yıldız", ["Ines Brandt", "Kemal Yıldız"],
       "RHEINPOST", "logo alt",
       [P(w2, "Die Rheinbrücke Neuenkamp ist seit Montag für Lastwagen gesperrt", "dpa/Roland Weihrauch", "dpa", ["Roland Weihrauch"], [w1]),
        P(W2, "Stau auf der Umleitung in Rheinhausen", "RHEINPOST/Jana Olbrich", "RHEINPOST", ["Jana Olbrich"])]), "utf-8"))

# ---------------------------------------------------------------- 11 Tagesschau
G = "https://images.nordschau.de/ansicht/{id}~_v-{v}.jpg"
g = [G.format(id="schleuse-kiel-102", v=v) for v in ("mittelgross16x9", "gross16x9", "videowebl")]
g2 = G.format(id="faehre-holtenau-100", v="gross16x9")
PAGES.append(("11-tagesschau-absatzbild-bild-label-pipe-og-site-name", f"""<!DOCTYPE html>
<!-- Shape: tagesschau.de 'absatzbild' block: div.absatzbild with div.absatzbild__info holding caption and credits after a '|' (code corpus find_string 'absatzbild' hits 70386445009, 2440806094); the rest from memory: img.ts-image with srcset of '~_v-…16x9.jpg' variants, p.absatzbild__info__text caption and separate 'Bild: picture alliance / dpa | Name' copyright element; 'Von Name, Sender' author line. -->
<html lang="de"><head><meta charset="utf-8"><title>Kiel: Schleuse Holtenau nach Havarie wieder offen</title>
<meta property="og:site_name" content="nordschau.de">
<link rel="canonical" href="https://www.nordschau.de/inland/regional/schleswigholstein/schleuse-holtenau-100.html">
</head><body>
<article class="container">
<h1 class="seitenkopf__headline"><span class="seitenkopf__topline">Nord-Ostsee-Kanal</span> <span class="seitenkopf__headline--text">Kiel: Schleuse Holtenau nach Havarie wieder offen</span></h1>
<div class="authorline__author">Von Birte Claussen</div>
<div class="absatzbild">
 <div class="absatzbild__media"><img class="ts-image" src="{g[0]}" srcset="{g[0]} 640w, {g[1]} 960w, {g[2]} 1920w" alt="Ein Frachter in der Schleuse" title="Ein Frachter in der Schleuse"></div>
 <div class="absatzbild__info"><p class="absatzbild__info__text">Ein Frachter passiert am Mittwoch die reparierte Schleusenkammer.</p>
 <span class="absatzbild__info__copyright">Bild: picture alliance / dpa | Frank Molter</span></div>
</div>
<p>Die Kammer war nach einem Anprall drei Wochen gesperrt.</p>
<div class="absatzbild"><div class="absatzbild__media"><img class="ts-image" src="{g2}" alt=""></div>
 <div class="absatzbild__info"><p class="absatzbild__info__text">Die Fähre Holtenau fuhr während der Sperrung öfter.</p><span class="absatzbild__info__copyright">Bild: NDR</span></div></div>
<div class="teaser-xs"><img src="https://images.nordschau.de/ansicht/wetter-101~_v-klein1x1.jpg" alt=""></div>
</article></body></html>
""", E("https://www.nordschau.de/inland/regional/schleswigholstein/schleuse-holtenau-100.html",
       "https://www.nordschau.de/inland/regional/schleswigholstein/schleuse-holtenau-100.html",
       "Kiel: Schleuse Holtenau nach Havarie wieder offen", "Birte Claussen", ["Birte Claussen"], "nordschau.de", "og:site_name",
       [P(g[2], "Ein Frachter passiert am Mittwoch die reparierte Schleusenkammer.", "picture alliance / dpa | Frank Molter",
          "dpa", ["Frank Molter"], g[:2]),
        P(g2, "Die Fähre Holtenau fuhr während der Sperrung öfter.", "NDR", "NDR", [])]), "utf-8"))

# ---------------------------------------------------------------- 12 Der Standard, ISO-8859-15
DS = "https://images.alpenblatt.at/cdn-cgi/image/format=auto,width={w}/2024/04/09/8c1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6.jpeg"
ds = [DS.format(w=w) for w in (645, 1290)]
DS2 = "https://images.alpenblatt.at/cdn-cgi/image/format=auto,width=1290/2024/04/09/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9.jpeg"
PAGES.append(("12-derstandard-iso-8859-15-foto-apa-caps-footer", f"""<!DOCTYPE html>
<!-- Shape: derStandard-style article from memory: figure with <picture> srcset x descriptors (Cloudflare '/cdn-cgi/image/format=auto,width=N/' extensionless-looking renditions), figcaption 'Caption. Foto: APA/NAME IN CAPS', footer '© STANDARD Verlagsgesellschaft m.b.H.'. Served as ISO-8859-15 (declared), with the euro sign as byte 0xA4. -->
<html lang="de-AT"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">
<title>Grazer Schloßbergbahn: Sanierung kostet 4,8 Millionen €</title>
<link rel="canonical" href="https://www.alpenblatt.at/story/3000000213456/grazer-schlossbergbahn-sanierung">
</head><body>
<div class="site-header"><img src="https://images.alpenblatt.at/static/logo.svg" alt=""></div>
<article class="story-article">
<header><h1 class="article-title">Grazer Schloßbergbahn: Sanierung kostet 4,8 Millionen €</h1>
<div class="article-byline"><div class="article-origins">Jürgen Pöschl, Ilse Mörth</div></div></header>
<figure class="image"><picture><img src="{ds[0]}" srcset="{ds[0]} 1x, {ds[1]} 2x" alt="Die Standseilbahn"></picture>
<figcaption>Die Standseilbahn fährt seit 1894 auf den Schloßberg. <span class="credits">Foto: APA/ERWIN SCHERIAU</span></figcaption></figure>
<p>Die Holding Graz rechnet mit einer Sperre von März bis Ende Juni; die Fahrt kostet danach 3,20 €.</p>
<figure class="image"><picture><img src="{DS2}" alt=""></picture><figcaption>Das Talstationsgebäude wird gedämmt. <span class="credits">Foto: Holding Graz</span></figcaption></figure>
<div class="story-aside"><img src="https://images.alpenblatt.at/ads/partner-300x250.gif" alt="Anzeige"></div>
</article>
<footer><p>© Alpenblatt Verlagsgesellschaft m.b.H. 2024</p></footer>
</body></html>
""", E("https://www.alpenblatt.at/story/3000000213456/grazer-schlossbergbahn-sanierung?ref=rss",
       "https://www.alpenblatt.at/story/3000000213456/grazer-schlossbergbahn-sanierung",
       "Grazer Schloßbergbahn: Sanierung kostet 4,8 Millionen €", "Jürgen Pöschl, Ilse Mörth", ["Jürgen Pöschl", "Ilse Mörth"],
       "Alpenblatt", "footer copyright",
       [P(ds[1], "Die Standseilbahn fährt seit 1894 auf den Schloßberg.", "APA/ERWIN SCHERIAU", "APA", ["ERWIN SCHERIAU"], ds[:1]),
        P(DS2, "Das Talstationsgebäude wird gedämmt.", "Holding Graz", "Holding Graz", [])]), "iso-8859-15"))
