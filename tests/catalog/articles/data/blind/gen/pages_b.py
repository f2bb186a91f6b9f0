import json as _j

from common import *

e = lambda s: s.replace("&", "&amp;")

# ---------- 07 Next.js site: JSON-LD ImageObject list with creditText/creator, next/image renditions ----------
O1 = "https://cdn.ridgelinepost.com/uploads/2024/11/wildfire-smoke-school-closure.jpg"
O2 = "https://cdn.ridgelinepost.com/uploads/2024/11/air-quality-monitor-roof.jpg"
from urllib.parse import quote


def nx(o, w): return f"https://www.ridgelinepost.com/_next/image?url={quote(o, safe='')}&w={w}&q=75"
n1 = {w: nx(O1, w) for w in [640, 750, 828, 1080, 1200, 1920]}
n2 = {w: nx(O2, w) for w in [640, 750, 828, 1080]}
ld = {"@context": "https://schema.org", "@type": "NewsArticle",
      "mainEntityOfPage": {"@type": "WebPage", "@id": "https://www.ridgelinepost.com/news/2024/11/21/smoke-closes-schools"},
      "headline": "Smoke from the Tolan Ridge fire closes 14 schools for a second day",
      "image": [{"@type": "ImageObject", "url": O1, "width": 2560, "height": 1707,
                 "caption": "A crossing guard wears a respirator outside Alder Creek Elementary on Wednesday.",
                 "creditText": "Nadia Farouk/Ridgeline Post", "creator": {"@type": "Person", "name": "Nadia Farouk"},
                 "copyrightNotice": "© 2024 Ridgeline Post"},
                {"@type": "ImageObject", "url": O2, "width": 1800, "height": 1200,
                 "caption": "An air-quality sensor on the roof of the county health building.",
                 "creditText": "Getty Images", "creator": {"@type": "Organization", "name": "Getty Images"},
                 "copyrightNotice": "2024 Getty Images"}],
      "datePublished": "2024-11-21T14:05:00Z",
      "author": [{"@type": "Person", "name": "Imogen Hart", "url": "https://www.ridgelinepost.com/staff/imogen-hart"}],
      "publisher": {"@type": "NewsMediaOrganization", "name": "Ridgeline Post", "logo": {"@type": "ImageObject", "url": "https://cdn.ridgelinepost.com/brand/logo-600x60.png"}}}
nd = {"props": {"pageProps": {"article": {"id": "b41c", "slug": "smoke-closes-schools", "title": ld["headline"], "byline": "Words by Imogen Hart"}}}, "page": "/news/[...slug]", "buildId": "x7Kp2QfR9a"}
def srcset(d): return ", ".join(f"{e(u)} {w}w" for w, u in d.items())
html = f"""<!-- structure: Next.js news site: JSON-LD NewsArticle.image as a list of ImageObject (caption, creditText, creator, copyrightNotice), next/image renditions (/_next/image?url=<encoded original>&w=N&q=75 in srcset) and a __NEXT_DATA__ script; JSON-LD shapes as in mdampuero/opennemas-onm structured_article_data.tpl and TypiCMS/News _json-ld.blade.php, Next.js /_next/image handling as in the get_next_data feed handlers found in the code corpus -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Smoke from the Tolan Ridge fire closes 14 schools for a second day</title>
<link rel="canonical" href="https://www.ridgelinepost.com/news/2024/11/21/smoke-closes-schools">
<script type="application/ld+json">{_j.dumps(ld, ensure_ascii=False)}</script>
<link rel="preload" as="image" imagesrcset="{srcset(n1)}" imagesizes="100vw">
</head>
<body>
<div id="__next">
<header class="Header_header__Zx1"><a href="/"><img alt="" src="https://cdn.ridgelinepost.com/brand/logo-600x60.png" width="300" height="30"></a><nav><a href="/news">News</a><a href="/opinion">Opinion</a></nav></header>
<main class="Article_main__3kQ">
<h1 class="Article_headline__pT2">Smoke from the Tolan Ridge fire closes 14 schools for a second day</h1>
<p class="Article_byline__L0w">Words by <a href="/staff/imogen-hart">Imogen Hart</a></p>
<figure class="LeadImage_figure__9fd"><span style="box-sizing:border-box;display:block;overflow:hidden"><img alt="A crossing guard in a respirator" sizes="100vw" srcset="{srcset(n1)}" src="{e(n1[1920])}" decoding="async" data-nimg="responsive" style="position:absolute;inset:0"></span></figure>
<div class="Article_body__Qm1">
<p>Fourteen schools in the Alder Creek district stayed closed on Thursday as smoke from the Tolan Ridge fire pushed air quality into the hazardous range.</p>
<figure class="InlineImage_figure__a1b"><img alt="Air-quality sensor" sizes="(max-width: 828px) 100vw, 828px" srcset="{srcset(n2)}" src="{e(n2[1080])}" decoding="async" data-nimg="intrinsic" loading="lazy"></figure>
<p>District officials said they would decide by 6 p.m. whether to reopen on Friday.</p>
</div>
</main>
</div>
<script id="__NEXT_DATA__" type="application/json">{_j.dumps(nd)}</script>
</body>
</html>
"""
page("07-nextjs-jsonld-imageobject-list", html, expected(
    "https://www.ridgelinepost.com/news/2024/11/21/smoke-closes-schools",
    "https://www.ridgelinepost.com/news/2024/11/21/smoke-closes-schools",
    "Smoke from the Tolan Ridge fire closes 14 schools for a second day",
    "Imogen Hart", ["Imogen Hart"], "Ridgeline Post", "json-ld publisher",
    [photo(O1, "A crossing guard wears a respirator outside Alder Creek Elementary on Wednesday.",
           "Nadia Farouk/Ridgeline Post", "Ridgeline Post", ["Nadia Farouk"], list(n1.values())),
     photo(O2, "An air-quality sensor on the roof of the county health building.",
           "Getty Images", "Getty Images", [], list(n2.values()))]))

# ---------- 08 Arc XP (Spanish), resizer v2 URLs, "Por X y Y", credit "(EFE/Name)" ----------
def rz(key, w): return f"https://www.diariodelvalle.com.ar/resizer/v2/{key}.jpg?auth=9c1e7b2a4f6d8e0a1b3c5d7e9f{w:04d}&width={w}&quality=80&smart=true"
K1, K2 = "ZQ4F7XKJ2BH3VPL5N6RM8TY2WE", "B7DN2LQ5XK9PAF3JH6CV1MRS4U"
a1 = {w: rz(K1, w) for w in [420, 768, 992, 1440]}
a2 = {w: rz(K2, w) for w in [420, 768, 992]}
html = f"""<!-- structure: Arc XP (Fusion) article page: picture with <source srcset> per breakpoint on /resizer/v2/<ANS id>.jpg?auth=…&width=N, figcaption with the caption and the credit in a separate span, "Por <a>…</a> y <a>…</a>" byline; ANS field names (promo_items, resized_urls, credits.by) from arcelcomercio/arc components/features/*/schema-filter.js and WPMedia/arc-themes-blocks mock-data.js -->
<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>La sequía deja al embalse de Las Tunas en su nivel más bajo en 40 años - Diario del Valle</title>
<meta property="og:site_name" content="Diario del Valle">
<meta property="og:url" content="https://www.diariodelvalle.com.ar/sociedad/2024/02/08/la-sequia-deja-al-embalse-de-las-tunas-en-su-nivel-mas-bajo/">
<meta property="og:image" content="{e(a1[1440])}">
</head>
<body>
<div id="fusion-app">
<header class="b-header-nav-chain"><a href="/" class="b-header-nav-chain__logo"><img src="https://www.diariodelvalle.com.ar/pf/resources/images/logo-ddv.svg?d=312" alt="Diario del Valle"></a></header>
<article class="b-article">
<div class="b-overline"><a href="/sociedad/">Sociedad</a></div>
<h1 class="b-headline">La sequía deja al embalse de Las Tunas en su nivel más bajo en 40 años</h1>
<h2 class="b-subheadline">Las autoridades provinciales anunciaron cortes programados de agua en seis localidades.</h2>
<div class="b-byline"><span class="c-attribution">Por <a class="c-link" href="/autor/maria-jose-llorente/">María José Llorente</a> y <a class="c-link" href="/autor/andres-quiroga/">Andrés Quiroga</a></span></div>
<figure class="c-media-item"><picture><source srcset="{e(a1[420])}" media="screen and (max-width: 48rem)"><source srcset="{e(a1[768])}" media="screen and (min-width: 48rem) and (max-width: 62rem)"><source srcset="{e(a1[992])}" media="screen and (min-width: 62rem) and (max-width: 75rem)"><source srcset="{e(a1[1440])}" media="screen and (min-width: 75rem)"><img alt="Vista aérea del embalse" class="c-image" loading="eager" src="{e(a1[992])}" width="992" height="558"></picture>
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Vista aérea del embalse de Las Tunas, donde el agua retrocedió más de 300 metros desde la orilla habitual.</span> <span class="c-media-item__credit">(EFE/Raúl Campos)</span></figcaption></figure>
<div class="b-article-body">
<p class="c-paragraph">El embalse de Las Tunas registró este miércoles su cota más baja desde 1984, según datos del organismo provincial del agua.</p>
<figure class="c-media-item"><picture><source srcset="{e(a2[420])}" media="screen and (max-width: 48rem)"><source srcset="{e(a2[768])}" media="screen and (min-width: 48rem)"><img alt="Botes varados" class="c-image" loading="lazy" src="{e(a2[992])}" width="992" height="661"></picture>
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Botes de pescadores varados sobre el lecho seco en la costa norte.</span> <span class="c-media-item__credit">(Foto: Lucía Benavídez)</span></figcaption></figure>
<p class="c-paragraph">Los cortes se aplicarán entre las 14 y las 18 horas a partir del lunes.</p>
</div>
</article>
<aside class="b-results-list"><h3>Más leídas</h3><div class="b-results-list__item"><img src="https://www.diariodelvalle.com.ar/resizer/v2/QW2E3R4T5Y6U7I8O9P0A1S2D3F.jpg?auth=00aa11bb&amp;width=120&amp;height=80" alt=""><a href="/policiales/2024/02/07/robo-en-la-terminal/">Robo en la terminal de ómnibus</a></div></aside>
</div>
</body>
</html>
"""
page("08-arcxp-resizer-spanish-por", html, expected(
    "https://www.diariodelvalle.com.ar/sociedad/2024/02/08/la-sequia-deja-al-embalse-de-las-tunas-en-su-nivel-mas-bajo/?outputType=amp-type",
    "https://www.diariodelvalle.com.ar/sociedad/2024/02/08/la-sequia-deja-al-embalse-de-las-tunas-en-su-nivel-mas-bajo/",
    "La sequía deja al embalse de Las Tunas en su nivel más bajo en 40 años",
    "María José Llorente y Andrés Quiroga", ["María José Llorente", "Andrés Quiroga"], "Diario del Valle", "og:site_name",
    [photo(a1[1440], "Vista aérea del embalse de Las Tunas, donde el agua retrocedió más de 300 metros desde la orilla habitual.",
           "EFE/Raúl Campos", "EFE", ["Raúl Campos"], [a1[420], a1[768], a1[992]]),
     photo(a2[992], "Botes de pescadores varados sobre el lecho seco en la costa norte.",
           "Lucía Benavídez", None, ["Lucía Benavídez"], [a2[420], a2[768]])]))
