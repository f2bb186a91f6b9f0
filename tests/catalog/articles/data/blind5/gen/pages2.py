"""Pages 13-24 of the fifth held-out set."""
import json as _j
from common import ph, exp, page

PAGES = []

def add(stem, html, e, enc="utf-8"):
    PAGES.append((stem, html, e, enc))

def amp(u):
    return u.replace("&", "&amp;")

# ---------------------------------------------------------------- 13
U = "https://www.dailykaroo.co.za/article/2024-06-03-load-shedding-returns-to-karoo-towns/"
M = "https://www.dailykaroo.co.za/wp-content/uploads/2024/06/{n}.jpg"
add("13-dailymaverick-photo-gallo-images-paren-staff-photo-og-site-name", page(
    "Daily Maverick-style South African article (from memory; the credit form '(Photo: Gallo Images / Name)' is confirmed "
    "by find_string 'Gallo Images /' hit 65864338928: '(Photo by Gallo Images / Daily Sun / Name)'): og:site_name, "
    "byline 'By A and B', captions ending in '(Photo: Gallo Images / Name)' and '(Photo: Name)', WordPress -WxH renditions; "
    "an author card with a headshot and 'Maverick Insider' promo art are decoys.",
    f"""<title>Load shedding returns to Karoo towns as Eskom blames sabotage</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="Daily Karoo">""",
    f"""<article>
<h1 class="article-title">Load shedding returns to Karoo towns as Eskom blames sabotage</h1>
<div class="author-details">By <a href="/author/thandeka-mokoena/">Thandeka Mokoena</a> and <a href="/author/pieter-van-wyk/">Pieter van Wyk</a></div>
<div class="date">03 Jun 2024</div>
<figure><img src="{M.format(n='Karoo-substation-1024x683')}" srcset="{M.format(n='Karoo-substation-1024x683')} 1024w, {M.format(n='Karoo-substation-2048x1365')} 2048w, {M.format(n='Karoo-substation-480x320')} 480w" alt="">
<figcaption>A damaged transformer at the Beaufort West substation on 1 June 2024. (Photo: Gallo Images / Esa Alexander)</figcaption></figure>
<p>Residents of three towns have had no power for 40 hours.</p>
<figure><img src="{M.format(n='Karoo-shop-1024x683')}" alt="">
<figcaption>Shopkeeper Nomsa Dlamini runs her spaza shop by candlelight. (Photo: Leila Dougall)</figcaption></figure>
</article>
<div class="author-card"><img src="{M.format(n='thandeka-mokoena-150x150')}" alt="Thandeka Mokoena"><p>Thandeka Mokoena is a reporter in the Karoo bureau.</p></div>
<div class="insider-promo"><img src="https://www.dailykaroo.co.za/wp-content/themes/dk/img/insider-banner.png" alt="Karoo Insider"></div>"""),
    exp(U, U, "Load shedding returns to Karoo towns as Eskom blames sabotage", "Thandeka Mokoena and Pieter van Wyk",
        ["Thandeka Mokoena", "Pieter van Wyk"], "Daily Karoo", "og:site_name", [
        ph(M.format(n='Karoo-substation-2048x1365'), "A damaged transformer at the Beaufort West substation on 1 June 2024.",
           "Gallo Images / Esa Alexander", "Gallo Images", ["Esa Alexander"], [M.format(n='Karoo-substation-1024x683'), M.format(n='Karoo-substation-480x320')]),
        ph(M.format(n='Karoo-shop-1024x683'), "Shopkeeper Nomsa Dlamini runs her spaza shop by candlelight.", "Leila Dougall", None, ["Leila Dougall"], []),
    ]))

# ---------------------------------------------------------------- 14
U = "https://www.apr.co.nz/news/political/519876/ferry-replacement-decision-delayed-again"
N = "https://media.apr.co.nz/assets/news_crops/{i}/eight_col_{n}.jpg?{q}"
add("14-rnz-photo-label-broadcaster-slash-name-supplied-role-comma", page(
    "RNZ-style New Zealand public-broadcaster article (from memory): og:site_name, byline 'Name, Political Reporter' "
    "(role after a comma), photo credit in a separate element 'Photo: APR / Name' and 'Photo: Supplied' (handout), "
    "news_crops/eight_col_ renditions with a cache-busting query; a podcast tile is a decoy.",
    f"""<title>Ferry replacement decision delayed again | APR News</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="Aotearoa Public Radio">""",
    f"""<article>
<h1>Ferry replacement decision delayed again</h1>
<div class="author">Hana Te Rangi, Political Reporter</div>
<div class="date">3:12 pm on 3 June 2024</div>
<div class="photo-captioned"><img src="{N.format(i=313001, n='Interislander_ferry', q='1717384321')}" alt="">
<div class="caption"><span class="photo-captioned__information">The Interislander ferry Aratere leaves Wellington Harbour.</span><span class="photo-captioned__credit">Photo: APR / Samuel Rillstone</span></div></div>
<p>Cabinet will not decide until August.</p>
<div class="photo-captioned"><img src="{N.format(i=313002, n='ferry_terminal_render', q='1717384400')}" alt="">
<div class="caption"><span class="photo-captioned__information">An artist's impression of the planned terminal.</span><span class="photo-captioned__credit">Photo: Supplied</span></div></div>
</article>
<div class="podcast-tile"><img src="https://media.apr.co.nz/assets/podcasts/the-house-square.png" alt="The House podcast"></div>"""),
    exp(U, U, "Ferry replacement decision delayed again", "Hana Te Rangi", ["Hana Te Rangi"], "Aotearoa Public Radio", "og:site_name", [
        ph(N.format(i=313001, n='Interislander_ferry', q='1717384321'), "The Interislander ferry Aratere leaves Wellington Harbour.",
           "APR / Samuel Rillstone", "APR", ["Samuel Rillstone"], []),
        ph(N.format(i=313002, n='ferry_terminal_render', q='1717384400'), "An artist's impression of the planned terminal.", "Supplied", None, [], []),
    ]))

# ---------------------------------------------------------------- 15
U = "https://www.latorrechile.cl/nacional/noticia/temporal-deja-mas-de-40-mil-hogares-sin-luz/RQ2ZKXW7ANCR5P3LBYHV6TJM4E/"
T = "https://www.latorrechile.cl/resizer/{k}=/{w}x{h}/smart/cloudfront-us-east-1.images.arcpublishing.com/copesa/{n}.jpg"
add("15-latercera-foto-agencia-uno-caps-aton-por-single", page(
    "La Tercera-style Chilean article (from memory): og:site_name, 'Por Name' byline, date '3 JUN 2024 05:00 AM', caption "
    "then credit in a separate element in mixed and upper case ('Foto: Agencia Uno', 'FOTO: ATON CHILE'), Arc thumbor-style "
    "renditions; 'Lee también' cards are decoys.",
    f"""<title>Temporal deja más de 40 mil hogares sin luz en la Región Metropolitana - La Torre</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="La Torre">""",
    f"""<article>
<h1>Temporal deja más de 40 mil hogares sin luz en la Región Metropolitana</h1>
<div class="article-head__author">Por <a href="/autor/camila-fuentes/">Camila Fuentes</a></div>
<time>3 JUN 2024 05:00 AM</time>
<figure><img src="{T.format(k='Ab1', w=900, h=600, n='RQ2ZKXW7ANCR5P3LBYHV6TJM4E')}" srcset="{T.format(k='Ab1', w=900, h=600, n='RQ2ZKXW7ANCR5P3LBYHV6TJM4E')} 900w, {T.format(k='Cd2', w=1800, h=1200, n='RQ2ZKXW7ANCR5P3LBYHV6TJM4E')} 1800w" alt="">
<figcaption><span class="caption">Un árbol caído sobre el tendido eléctrico en Ñuñoa.</span><span class="credit">Foto: Agencia Uno</span></figcaption></figure>
<p>La empresa distribuidora informó que la reposición tardará hasta 48 horas.</p>
<figure><img src="{T.format(k='Ef3', w=900, h=600, n='M2K7VQ9XBNL4RTZ8WC5HPD3YAJ')}" alt="">
<figcaption><span class="caption">Cuadrillas trabajan en la comuna de La Florida.</span><span class="credit">FOTO: ATON CHILE</span></figcaption></figure>
<section class="lee-tambien"><h4>Lee también</h4><a href="/x/"><img src="{T.format(k='zz', w=300, h=200, n='TEASER')}" alt=""><span>Alerta por lluvias</span></a></section>
</article>""", lang="es"),
    exp(U, U, "Temporal deja más de 40 mil hogares sin luz en la Región Metropolitana", "Camila Fuentes", ["Camila Fuentes"],
        "La Torre", "og:site_name", [
        ph(T.format(k='Cd2', w=1800, h=1200, n='RQ2ZKXW7ANCR5P3LBYHV6TJM4E'), "Un árbol caído sobre el tendido eléctrico en Ñuñoa.", "Agencia Uno",
           "Agencia Uno", [], [T.format(k='Ab1', w=900, h=600, n='RQ2ZKXW7ANCR5P3LBYHV6TJM4E')]),
        ph(T.format(k='Ef3', w=900, h=600, n='M2K7VQ9XBNL4RTZ8WC5HPD3YAJ'), "Cuadrillas trabajan en la comuna de La Florida.", "ATON CHILE",
           "ATON CHILE", [], []),
    ]))

# ---------------------------------------------------------------- 16
U = "https://hirpont.hu/belfold/2024/06/03/budapest-villamos-felujitas-nagykorut"
H = "https://assets.hirpont.hu/images/2024/06/03/{n}.jpg?w={w}"
add("16-index-telex-boritokep-caption-at-article-end-foto-mti", page(
    "Index/Telex-style Hungarian article: the lead image has no caption under it; its caption and credit come at the END of "
    "the text as '(Borítókép: Caption. Fotó: Name / MTI)' — form confirmed by find_string 'Fotó: ' hit 38407012544 "
    "('(Borítókép: Magyar György. Fotó: Szigetváry Zsolt / MTI)'). Inline image with 'Fotó: Name / Hírpont' after its caption; "
    "author names without label; og:site_name; a 'Kapcsolódó' teaser is a decoy.",
    f"""<title>Két hónapig nem jár villamos a Nagykörúton</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="Hírpont">""",
    f"""<article>
<h1>Két hónapig nem jár villamos a Nagykörúton</h1>
<div class="szerzo"><a href="/szerzo/kovacs-reka">Kovács Réka</a></div>
<div class="datum">2024.06.03. 17:45</div>
<div class="cikk-cover"><img src="{H.format(n='nagykorut-villamos', w=800)}" srcset="{H.format(n='nagykorut-villamos', w=800)} 800w, {H.format(n='nagykorut-villamos', w=1600)} 1600w" alt=""></div>
<p>A BKV hétfőn jelentette be a felújítást.</p>
<figure><img src="{H.format(n='pótlóbusz', w=800)}" alt="">
<figcaption>Pótlóbuszok a Blaha Lujza téren. Fotó: Bodnár Tamás / Hírpont</figcaption></figure>
<p>A munkálatok augusztus végéig tartanak.</p>
<p>(Borítókép: 6-os villamos a Nyugati pályaudvarnál 2024. június 3-án. Fotó: Szabó Ildikó / MTI)</p>
</article>
<aside class="kapcsolodo"><h3>Kapcsolódó</h3><a href="/x"><img src="{H.format(n='teaser', w=300)}" alt=""></a></aside>""", lang="hu"),
    exp(U, U, "Két hónapig nem jár villamos a Nagykörúton", "Kovács Réka", ["Kovács Réka"], "Hírpont", "og:site_name", [
        ph(H.format(n='nagykorut-villamos', w=1600), "6-os villamos a Nyugati pályaudvarnál 2024. június 3-án.", "Szabó Ildikó / MTI", "MTI",
           ["Szabó Ildikó"], [H.format(n='nagykorut-villamos', w=800)]),
        ph(H.format(n='pótlóbusz', w=800), "Pótlóbuszok a Blaha Lujza téren.", "Bodnár Tamás / Hírpont", "Hírpont", ["Bodnár Tamás"], []),
    ]))

# ---------------------------------------------------------------- 17
U = "https://www.kvallsbladet.se/nyheter/brand-i-flerfamiljshus-i-malmo-tio-evakuerade/"
K = "https://img.kvallsbladet.se/images/{k}/{w}x{h}/{n}.jpg"
add("17-expressen-swedish-av-label-foto-name-tt-title-suffix", page(
    "Expressen-style Swedish article (from memory): title ' | Kvällsbladet' suffix and no og:site_name, 'Av A och B' byline "
    "(Swedish 'and'), caption with the credit in a separate 'Foto: Name/TT' and 'FOTO: NAME' (caps), {w}x{h} renditions; a "
    "'Premium' lock icon and the author's byline photo are decoys.",
    f"""<title>Brand i flerfamiljshus i Malmö – tio evakuerade | Kvällsbladet</title>
<link rel="canonical" href="{U}">""",
    f"""<article>
<h1>Brand i flerfamiljshus i Malmö – tio evakuerade</h1>
<div class="byline"><img src="{K.format(k='auth1', w=80, h=80, n='elin-sjoberg')}" alt=""><span>Av <a href="/om/elin-sjoberg/">Elin Sjöberg</a> och <a href="/om/ahmad-karimi/">Ahmad Karimi</a></span></div>
<time>3 juni 2024 kl. 21.40</time>
<figure><img src="{K.format(k='Xy12', w=980, h=551, n='brand-malmo')}" srcset="{K.format(k='Xy12', w=490, h=276, n='brand-malmo')} 490w, {K.format(k='Xy12', w=980, h=551, n='brand-malmo')} 980w, {K.format(k='Xy12', w=1960, h=1102, n='brand-malmo')} 1960w" alt="">
<figcaption><span class="caption">Räddningstjänsten på plats i Rosengård på måndagskvällen.</span><span class="credit">Foto: Johan Nilsson/TT</span></figcaption></figure>
<p>Tio personer fick lämna sina lägenheter.</p>
<figure><img src="{K.format(k='Zq34', w=980, h=551, n='evakuerade')}" alt="">
<figcaption><span class="caption">De evakuerade samlades i en buss.</span><span class="credit">FOTO: LINNEA BERG</span></figcaption></figure>
<img class="premium-lock" src="https://img.kvallsbladet.se/static/premium-lock.svg" alt="Premium">
</article>"""),
    exp(U, U, "Brand i flerfamiljshus i Malmö – tio evakuerade", "Elin Sjöberg och Ahmad Karimi", ["Elin Sjöberg", "Ahmad Karimi"],
        "Kvällsbladet", "title suffix", [
        ph(K.format(k='Xy12', w=1960, h=1102, n='brand-malmo'), "Räddningstjänsten på plats i Rosengård på måndagskvällen.", "Johan Nilsson/TT", "TT",
           ["Johan Nilsson"], [K.format(k='Xy12', w=490, h=276, n='brand-malmo'), K.format(k='Xy12', w=980, h=551, n='brand-malmo')]),
        ph(K.format(k='Zq34', w=980, h=551, n='evakuerade'), "De evakuerade samlades i en buss.", "LINNEA BERG", None, ["LINNEA BERG"], []),
    ]))

# ---------------------------------------------------------------- 18
U = "https://ridgelinerecord.org/news/2024/06/03/library-levy-passes/"
add("18-hugo-figure-shortcode-attr-attrlink-relative-src-generator", page(
    "Hugo static site of a local nonprofit newsroom: the built-in figure shortcode's output "
    "<figure><img src><figcaption><p>caption <a href=attrlink>attr</a></p></figcaption></figure> (confirmed by find_string "
    "'.Get \"attrlink\"' hits 10946363286, 42397428475, 6431650125 — Hugo's figure template), <meta name=\"generator\" "
    "content=\"Hugo …\">, site-relative image src (expected in absolute form, as in the first set's Ghost page), "
    "byline from front matter 'By Name', footer '© 2024 The Ridgeline Record'.",
    f"""<title>Library levy passes by 212 votes | The Ridgeline Record</title>
<meta name="generator" content="Hugo 0.126.1">
<link rel="canonical" href="{U}">""",
    f"""<header><a href="/"><img src="/images/ridgeline-logo.svg" alt="Home"></a></header>
<main><article>
<h1>Library levy passes by 212 votes</h1>
<p class="byline">By Colette Ambrose · June 3, 2024</p>
<figure><img src="/news/2024/06/03/library-levy-passes/library-election-night.jpg" alt="Supporters cheer">
<figcaption><p>Supporters cheer as the final count is posted at the Ridgeline Public Library on Tuesday night. <a href="https://tobiaskern.photo"> Tobias Kern</a></p></figcaption></figure>
<p>The levy will raise about $1.1 million a year.</p>
<figure><img src="/news/2024/06/03/library-levy-passes/library-1962.jpg" alt="">
<figcaption><p>The library's reading room in 1962. Ridgeline Historical Society</p></figcaption></figure>
</article></main>
<footer><p>© 2024 The Ridgeline Record · A nonprofit newsroom</p></footer>"""),
    exp(U, U, "Library levy passes by 212 votes", "Colette Ambrose", ["Colette Ambrose"], "The Ridgeline Record", "title suffix", [
        ph("https://ridgelinerecord.org/news/2024/06/03/library-levy-passes/library-election-night.jpg",
           "Supporters cheer as the final count is posted at the Ridgeline Public Library on Tuesday night.", "Tobias Kern", None, ["Tobias Kern"], []),
        ph("https://ridgelinerecord.org/news/2024/06/03/library-levy-passes/library-1962.jpg", "The library's reading room in 1962.",
           "Ridgeline Historical Society", "Ridgeline Historical Society", [], []),
    ]))

# ---------------------------------------------------------------- 19
U = "https://www.frontiernews.com/us/wildfire-forces-evacuations-near-flagstaff"
X = "https://a57.frontiernews.com/static.frontiernews.com/foxnews.com/content/uploads/2024/06/{w}/{h}/{n}.jpg?ve=1&tl=1"
add("19-foxnews-byline-names-then-source-span-copyright-span-in-caption", page(
    "Fox News-style article (from memory): og:site_name, byline 'By A , B Frontier News' with the network in a separate "
    "span right after the names (no comma), caption paragraph whose credit is a <span class=\"copyright\">(Name/Getty Images)</span> "
    "inside it, a57…/{w}/{h}/ renditions with ?ve=1&tl=1; video player poster and 'Related' article cards as decoys.",
    f"""<title>Wildfire forces evacuations near Flagstaff | Frontier News</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="Frontier News">""",
    f"""<article>
<h1 class="headline">Wildfire forces evacuations near Flagstaff</h1>
<div class="author-byline"><span>By <a href="/person/k/kyle-durant">Kyle Durant</a> , <a href="/person/m/maya-ellison">Maya Ellison</a> <span class="article-source">Frontier News</span></span></div>
<time>Published June 3, 2024 7:05pm EDT</time>
<div class="image-ct"><picture><source srcset="{amp(X.format(w=1440, h=810, n='AP24155712345678'))} 1440w, {amp(X.format(w=720, h=405, n='AP24155712345678'))} 720w"><img src="{amp(X.format(w=720, h=405, n='AP24155712345678'))}" alt=""></picture>
<div class="caption"><p>Smoke from the Pipeline Fire rises over Flagstaff, Arizona, on June 2, 2024. <span class="copyright">(Rosa Whitehorse/Getty Images)</span></p></div></div>
<p>About 2,000 homes were ordered evacuated.</p>
<div class="featured-video"><img src="https://a57.frontiernews.com/cf-images.frontiernews.com/video/poster-6354.jpg" alt=""></div>
<div class="image-ct"><img src="{amp(X.format(w=720, h=405, n='flagstaff-shelter'))}" alt="">
<div class="caption"><p>Evacuees at the Coconino High School shelter. <span class="copyright">(Frontier News Digital)</span></p></div></div>
</article>"""),
    exp(U, U, "Wildfire forces evacuations near Flagstaff", "Kyle Durant, Maya Ellison", ["Kyle Durant", "Maya Ellison"],
        "Frontier News", "og:site_name", [
        ph(X.format(w=1440, h=810, n='AP24155712345678'), "Smoke from the Pipeline Fire rises over Flagstaff, Arizona, on June 2, 2024.",
           "Rosa Whitehorse/Getty Images", "Getty Images", ["Rosa Whitehorse"], [X.format(w=720, h=405, n='AP24155712345678')]),
        ph(X.format(w=720, h=405, n='flagstaff-shelter'), "Evacuees at the Coconino High School shelter.", "Frontier News Digital",
           "Frontier News Digital", [], []),
    ]))

# ---------------------------------------------------------------- 20
U = "https://www.continentalnews.com/news/us-news/tornado-damage-iowa-town-rcna155123"
C = "https://media-cldnry.continentalnews.com/image/upload/{t},f_auto,q_auto:best/rockcms/2024-06/240603-iowa-tornado-ac-1145p-{h}.jpg"
C2 = "https://media-cldnry.continentalnews.com/image/upload/{t},f_auto,q_auto:best/rockcms/2024-06/240603-iowa-family-ac-1150p-{h}.jpg"
add("20-nbcnews-cloudinary-t-fit-name-slash-ap-file-courtesy", page(
    "NBC News-style article (from memory): og:site_name, 'By A and B' byline, Cloudinary rockcms URLs with named "
    "transformations t_fit-760w / t_fit-1500w / t_fit-2000w, credit in a separate span 'Name / AP file' and a courtesy "
    "credit; a 'Sponsored Stories' widget and a newsletter icon are decoys.",
    f"""<title>Tornado tears through Iowa town, damaging dozens of homes</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="Continental News">""",
    f"""<article>
<h1 class="article-hero-headline__htag">Tornado tears through Iowa town, damaging dozens of homes</h1>
<div class="article-byline">By <a href="/author/rachel-odum">Rachel Odum</a> and <a href="/author/ben-kowalski">Ben Kowalski</a></div>
<time>June 3, 2024, 4:45 PM EDT</time>
<figure><picture><source media="(min-width: 1240px)" srcset="{C.format(t='t_fit-2000w', h='5c2b1e')}"><source media="(min-width: 758px)" srcset="{C.format(t='t_fit-1500w', h='5c2b1e')}"><img src="{C.format(t='t_fit-760w', h='5c2b1e')}" alt=""></picture>
<figcaption><span class="caption__container">Debris litters a street in Greenfield, Iowa, on Monday.</span><span class="caption__source">Carmen Ruiz / AP file</span></figcaption></figure>
<p>At least 30 homes were damaged.</p>
<figure><img src="{C2.format(t='t_fit-760w', h='9a0f3d')}" alt="">
<figcaption><span class="caption__container">The Hartwell family outside their home before the storm.</span><span class="caption__source">Courtesy Hartwell family</span></figcaption></figure>
<div class="sponsored"><img src="https://media-cldnry.continentalnews.com/ads/outbrain-logo.png" alt="Sponsored Stories"></div>
</article>"""),
    exp(U, U, "Tornado tears through Iowa town, damaging dozens of homes", "Rachel Odum and Ben Kowalski", ["Rachel Odum", "Ben Kowalski"],
        "Continental News", "og:site_name", [
        ph(C.format(t='t_fit-2000w', h='5c2b1e'), "Debris litters a street in Greenfield, Iowa, on Monday.", "Carmen Ruiz / AP file", "AP", ["Carmen Ruiz"],
           [C.format(t='t_fit-1500w', h='5c2b1e'), C.format(t='t_fit-760w', h='5c2b1e')]),
        ph(C2.format(t='t_fit-760w', h='9a0f3d'), "The Hartwell family outside their home before the storm.", "Courtesy Hartwell family", None, [], []),
    ]))

# ---------------------------------------------------------------- 21
U = "https://newsinfo.luzondaily.net/1948765/ncr-water-interruptions-extended"
Q = "https://newsinfo.luzondaily.net/files/2024/06/{n}.jpg"
add("21-inquirer-by-colon-handle-paper-line-caps-file-photo-credit", page(
    "Philippine Daily Inquirer-style article (from memory): byline 'By: Name - @handle' followed by the paper and time "
    "'Luzon Daily / 05:30 AM June 03, 2024' (the handle and the paper line are not part of the byline), captions in caps "
    "credit form 'LUZON DAILY FILE PHOTO / NAME' and '(Photo from the MWSS Facebook page)', WordPress -620x350 "
    "renditions; og:site_name; 'READ:' inline links and a sticky ad are decoys.",
    f"""<title>Water interruptions in Metro Manila extended to June 15 | Luzon Daily News</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="Luzon Daily">""",
    f"""<article>
<h1 class="entry-title">Water interruptions in Metro Manila extended to June 15</h1>
<div id="art_author">By: <a href="/byline/miguel-santos">Miguel Santos</a> - <span>@LuzonDaily</span></div>
<div id="art_plat">Luzon Daily / 05:30 AM June 03, 2024</div>
<figure class="wp-caption"><img src="{Q.format(n='angat-dam-620x350')}" srcset="{Q.format(n='angat-dam-620x350')} 620w, {Q.format(n='angat-dam')} 1200w" alt="">
<figcaption class="wp-caption-text">The water level at Angat Dam in Bulacan has dropped below 180 meters. LUZON DAILY FILE PHOTO / RAMON DELA CRUZ</figcaption></figure>
<p>The Metropolitan Waterworks and Sewerage System said the interruptions would continue.</p>
<p><strong>READ:</strong> <a href="/1940001/x">Angat Dam level drops</a></p>
<figure class="wp-caption"><img src="{Q.format(n='mwss-schedule')}" alt="">
<figcaption class="wp-caption-text">The schedule of water interruptions. (Photo from the MWSS Facebook page)</figcaption></figure>
<div class="sticky-ad"><img src="https://newsinfo.luzondaily.net/ads/728x90-telco.jpg" alt=""></div>
</article>"""),
    exp(U, U, "Water interruptions in Metro Manila extended to June 15", "Miguel Santos", ["Miguel Santos"], "Luzon Daily", "og:site_name", [
        ph(Q.format(n='angat-dam'), "The water level at Angat Dam in Bulacan has dropped below 180 meters.", "LUZON DAILY FILE PHOTO / RAMON DELA CRUZ",
           "Luzon Daily", ["RAMON DELA CRUZ"], [Q.format(n='angat-dam-620x350')]),
        ph(Q.format(n='mwss-schedule'), "The schedule of water interruptions.", "Photo from the MWSS Facebook page", None, [], []),
    ]))

# ---------------------------------------------------------------- 22
U = "https://www.opaulistano.com.br/sao-paulo/ciclovia-da-paulista-ganha-nova-faixa/"
E = "https://www.opaulistano.com.br/resizer/v2/{k}.jpg?quality=80&auth={a}&width={w}&height={h}"
LD22 = _j.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ciclovia da Paulista ganha nova faixa",
    "author": [{"@type": "Person", "name": "Beatriz Lacerda"}],
    "publisher": {"@type": "NewsMediaOrganization", "name": "O Paulistano", "logo": {"@type": "ImageObject", "url": "https://www.opaulistano.com.br/pf/resources/logo-amp.png"}},
    "image": [E.format(k='QW3ERTY7UIOP2ASDF5GHJK8LZX', a='f00d', w=1200, h=675)]}, ensure_ascii=False, indent=1)
add("22-estadao-amp-foto-name-paper-divulgacao-jsonld-image", page(
    "Estadão-style Brazilian AMP article (from memory; amp-img layout=responsive confirmed in the fourth set): <html amp>, "
    "JSON-LD NewsArticle with publisher and an image list holding a rendition, amp-img with srcset, 'Por Name' byline, "
    "caption then 'Foto: Name/O Paulistano' and 'Foto: Divulgação/Prefeitura de São Paulo' (handout → no agency), "
    "amp-ad and the AMP logo as decoys. Arc resizer/v2 with width/height.",
    f"""<title>Ciclovia da Paulista ganha nova faixa</title>
<link rel="canonical" href="{U}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script type="application/ld+json">{LD22}</script>""",
    f"""<header><amp-img src="https://www.opaulistano.com.br/pf/resources/logo-amp.png" width="190" height="36" alt="O Paulistano"></amp-img></header>
<article>
<h1>Ciclovia da Paulista ganha nova faixa</h1>
<div class="authors">Por <a href="/autor/beatriz-lacerda/">Beatriz Lacerda</a></div>
<time>03/06/2024 | 17h30</time>
<figure><amp-img layout="responsive" width="1600" height="900" src="{amp(E.format(k='QW3ERTY7UIOP2ASDF5GHJK8LZX', a='f00d', w=1600, h=900))}" srcset="{amp(E.format(k='QW3ERTY7UIOP2ASDF5GHJK8LZX', a='f00d', w=800, h=450))} 800w, {amp(E.format(k='QW3ERTY7UIOP2ASDF5GHJK8LZX', a='f00d', w=1600, h=900))} 1600w"></amp-img>
<figcaption>Ciclistas na nova faixa da Avenida Paulista, nesta segunda-feira. <span>Foto: Rafaela Nunes/O Paulistano</span></figcaption></figure>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/opaulistano/amp"></amp-ad>
<figure><amp-img layout="responsive" width="1200" height="675" src="{amp(E.format(k='ZX9CVB8NM7LKJ6HGF5DSA4QWER', a='beef', w=1200, h=675))}"></amp-img>
<figcaption>Projeto da nova ciclovia. <span>Foto: Divulgação/Prefeitura de São Paulo</span></figcaption></figure>
</article>""", lang="pt-BR"),
    exp(U.rstrip("/") + "/?outputType=amp", U, "Ciclovia da Paulista ganha nova faixa", "Beatriz Lacerda", ["Beatriz Lacerda"],
        "O Paulistano", "json-ld publisher", [
        ph(E.format(k='QW3ERTY7UIOP2ASDF5GHJK8LZX', a='f00d', w=1600, h=900), "Ciclistas na nova faixa da Avenida Paulista, nesta segunda-feira.",
           "Rafaela Nunes/O Paulistano", "O Paulistano", ["Rafaela Nunes"],
           [E.format(k='QW3ERTY7UIOP2ASDF5GHJK8LZX', a='f00d', w=1200, h=675), E.format(k='QW3ERTY7UIOP2ASDF5GHJK8LZX', a='f00d', w=800, h=450)]),
        ph(E.format(k='ZX9CVB8NM7LKJ6HGF5DSA4QWER', a='beef', w=1200, h=675), "Projeto da nova ciclovia.", "Divulgação/Prefeitura de São Paulo",
           None, [], []),
    ]))

# ---------------------------------------------------------------- 23
U = "https://www.stiritransilvania.ro/actualitate/cluj-consiliul-local-aproba-bugetul-pentru-metrou-20245678"
add("23-hotnews-romanian-autor-label-no-photo-youtube-thumb-application-name", page(
    "HotNews-style Romanian article with NO photo (from memory): <meta name=\"application-name\">, 'Autor: Name' label, "
    "date '03.06.2024, 16:05', a YouTube embed's i.ytimg.com thumbnail (a video still, not an article photo), the author's "
    "avatar, ads, social icons and 'Citește și' cards with their own images.",
    f"""<title>Consiliul Local Cluj a aprobat bugetul pentru metrou</title>
<meta name="application-name" content="Știri Transilvania">
<link rel="canonical" href="{U}">""",
    f"""<header><img src="https://www.stiritransilvania.ro/static/logo-st.svg" alt="ST"></header>
<div class="ad"><img src="https://ads.stiritransilvania.ro/970x250-banca.jpg" alt=""></div>
<article>
<h1>Consiliul Local Cluj a aprobat bugetul pentru metrou</h1>
<div class="author"><img src="https://www.stiritransilvania.ro/uploads/autori/andrei-muresan-64.jpg" alt="Andrei Mureșan"><span>Autor: <a href="/autor/andrei-muresan">Andrei Mureșan</a></span></div>
<div class="date">03.06.2024, 16:05</div>
<p>Consilierii locali au votat luni, cu 21 de voturi pentru, bugetul de 1,2 miliarde de lei.</p>
<div class="video-embed"><a href="https://www.youtube.com/watch?v=AbCdEf12345"><img src="https://i.ytimg.com/vi/AbCdEf12345/hqdefault.jpg" alt="Ședința Consiliului Local"></a></div>
<p>Lucrările ar urma să înceapă în 2025.</p>
</article>
<section class="citeste-si"><h3>Citește și</h3><a href="/x"><img src="https://www.stiritransilvania.ro/uploads/2024/05/tramvai-300x200.jpg" alt=""><span>Tramvaie noi la Cluj</span><span>Autor: Ioana Pop</span></a></section>
<ul class="social"><li><img src="https://www.stiritransilvania.ro/static/fb.svg" alt="Facebook"></li></ul>""", lang="ro"),
    exp(U, U, "Consiliul Local Cluj a aprobat bugetul pentru metrou", "Andrei Mureșan", ["Andrei Mureșan"], "Știri Transilvania", "application-name", []))

# ---------------------------------------------------------------- 24
U = "https://www.diariodotejo.pt/local/lisboa/noticia/fotogaleria-santos-populares-regressam-alfama-2091234"
Pq = "https://imagens.diariodotejo.pt/imagens.aspx/{i}?tp=UH&db=IMAGENS&type=JPG&w={w}"
add("24-publico-fotogaleria-credits-caps-lusa-dr-e-byline", page(
    "Público (Portugal)-style photo gallery (from memory): og:site_name, byline 'A e B', a 'Fotogaleria' with five slides, "
    "each slide's caption in <p class=\"caption\"> and credit in <p class=\"credit\"> (a staff name, 'LUSA/Name', 'DR' = "
    "direitos reservados, and one with no credit), imagens.aspx/{id}?…&w= renditions (w=320 thumbnails in the strip, w=1280 "
    "slides); the gallery's 'Partilhar' icon is a decoy.",
    f"""<title>Fotogaleria: Santos Populares regressam a Alfama | Diário do Tejo</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="Diário do Tejo">""",
    f"""<article>
<h1>Fotogaleria: Santos Populares regressam a Alfama</h1>
<div class="byline"><a href="/autor/ines-barata">Inês Barata</a> e <a href="/autor/rui-falcao">Rui Falcão</a></div>
<time>3 de Junho de 2024, 22:10</time>
<div class="gallery">
<div class="slide"><img src="{Pq.format(i=1866001, w=1280)}" alt=""><p class="caption">Arraial no Largo de São Miguel, na primeira noite das festas.</p><p class="credit">Nuno Carvalho</p></div>
<div class="slide"><img src="{Pq.format(i=1866002, w=1280)}" alt=""><p class="caption">Sardinhas na brasa na Rua dos Remédios.</p><p class="credit">LUSA/Miguel Pereira</p></div>
<div class="slide"><img src="{Pq.format(i=1866003, w=1280)}" alt=""><p class="caption">Os manjericos à venda no Largo do Chafariz de Dentro.</p><p class="credit">DR</p></div>
<div class="slide"><img src="{Pq.format(i=1866004, w=1280)}" alt=""><p class="caption">Marcha de Alfama em ensaio no pavilhão do clube.</p><p class="credit">Nuno Carvalho</p></div>
<div class="slide"><img src="{Pq.format(i=1866005, w=1280)}" alt=""><p class="caption">Cartaz das festas de 2024.</p></div>
<div class="strip"><img src="{Pq.format(i=1866001, w=320)}" alt=""><img src="{Pq.format(i=1866002, w=320)}" alt=""><img src="{Pq.format(i=1866003, w=320)}" alt=""></div>
<div class="share"><img src="https://imagens.diariodotejo.pt/static/share-fb.svg" alt="Partilhar"></div>
</div>
</article>""", lang="pt-PT"),
    exp(U, U, "Fotogaleria: Santos Populares regressam a Alfama", "Inês Barata e Rui Falcão", ["Inês Barata", "Rui Falcão"], "Diário do Tejo", "og:site_name", [
        ph(Pq.format(i=1866001, w=1280), "Arraial no Largo de São Miguel, na primeira noite das festas.", "Nuno Carvalho", None, ["Nuno Carvalho"], [Pq.format(i=1866001, w=320)]),
        ph(Pq.format(i=1866002, w=1280), "Sardinhas na brasa na Rua dos Remédios.", "LUSA/Miguel Pereira", "LUSA", ["Miguel Pereira"], [Pq.format(i=1866002, w=320)]),
        ph(Pq.format(i=1866003, w=1280), "Os manjericos à venda no Largo do Chafariz de Dentro.", "DR", None, [], [Pq.format(i=1866003, w=320)]),
        ph(Pq.format(i=1866004, w=1280), "Marcha de Alfama em ensaio no pavilhão do clube.", "Nuno Carvalho", None, ["Nuno Carvalho"], []),
        ph(Pq.format(i=1866005, w=1280), "Cartaz das festas de 2024.", None, None, [], []),
    ]))
