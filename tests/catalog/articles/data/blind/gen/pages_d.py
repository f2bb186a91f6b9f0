from common import *

e = lambda s: s.replace("&", "&amp;")

# ---------- 15 Portuguese (Brazil), "Texto:", credit BEFORE caption, title suffix with | ----------
P = "https://cdn.jornaldocerrado.com.br/img/c/{w}/{h}/dn_arquivo/2024/03/feira-do-livro-goiania.jpg"
p = {w: P.format(w=w, h=h) for w, h in [(420, 280), (825, 550), (1200, 800)]}
html = f"""<!-- structure: Brazilian news portal (Folha/UOL-style) article: figure with picture/source srcset on /img/c/<w>/<h>/… crops, figcaption where the credit span comes BEFORE the caption text ("Pedro Alves/Folhapress" then the legenda), "Texto:" label on the byline; credit-first order as in republik/plattform Figure docs (FigureByline inside FigureCaption) and Drupal credit-then-caption template (camikazegreen/interview paragraphs-item--uaqs_column_image.tpl.php) -->
<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<title>Feira do Livro de Goiânia bate recorde de público no primeiro fim de semana | Jornal do Cerrado</title>
<link rel="canonical" href="https://www.jornaldocerrado.com.br/cultura/2024/03/feira-do-livro-de-goiania-bate-recorde-de-publico.shtml">
</head>
<body>
<header class="c-header"><a class="c-header__logo" href="/"><svg aria-hidden="true"><use href="#logo-jc"></use></svg></a></header>
<main>
<article class="c-news">
<h1 class="c-content-head__title">Feira do Livro de Goiânia bate recorde de público no primeiro fim de semana</h1>
<h2 class="c-content-head__subtitle">Organização estima 85 mil visitantes entre sexta e domingo</h2>
<div class="c-signature"><strong class="c-signature__author">Texto: Ana Beatriz Lopes</strong><span class="c-signature__location">Goiânia</span></div>
<figure class="c-image-full"><picture><source srcset="{p[420]}" media="(max-width: 480px)"><source srcset="{p[825]} 1x, {p[1200]} 2x" media="(min-width: 481px)"><img src="{p[825]}" alt="Visitantes entre estandes da feira" class="c-image-full__image" loading="lazy"></picture>
<figcaption class="c-image-full__caption"><span class="c-image-full__credit">Pedro Alves/Folhapress</span> Visitantes circulam entre os estandes da Feira do Livro, no Centro Cultural Oscar Niemeyer, no sábado (16)</figcaption></figure>
<div class="c-news__body"><p>A 11ª edição da feira reúne 140 editoras e segue até o dia 24.</p>
<div class="c-advertising"><img src="https://ads.jornaldocerrado.com.br/track/imp.gif?slot=mid1" width="1" height="1" alt=""></div>
<p>A programação infantil ocupa o pavilhão B aos fins de semana.</p></div>
</article>
<section class="c-more-news"><h3>Leia também</h3><a href="/cultura/2024/03/cinema-goiano.shtml"><img src="https://cdn.jornaldocerrado.com.br/img/c/220/147/dn_arquivo/2024/03/cinema.jpg" alt="">Festival de cinema abre inscrições</a></section>
</main>
</body>
</html>
"""
page("15-portuguese-texto-credit-before-caption", html, expected(
    "https://www.jornaldocerrado.com.br/cultura/2024/03/feira-do-livro-de-goiania-bate-recorde-de-publico.shtml",
    "https://www.jornaldocerrado.com.br/cultura/2024/03/feira-do-livro-de-goiania-bate-recorde-de-publico.shtml",
    "Feira do Livro de Goiânia bate recorde de público no primeiro fim de semana",
    "Ana Beatriz Lopes", ["Ana Beatriz Lopes"], "Jornal do Cerrado", "title suffix",
    [photo(p[1200], "Visitantes circulam entre os estandes da Feira do Livro, no Centro Cultural Oscar Niemeyer, no sábado (16)",
           "Pedro Alves/Folhapress", "Folhapress", ["Pedro Alves"], [p[420], p[825]])]))

# ---------- 16 TownNews BLOX (Lee Enterprises), "Compiled by", footer copyright ----------
T = "https://bloximages.chicago2.vip.townnews.com/brackwatergazette.com/content/tncms/assets/v3/editorial/{a}/{b}/{uuid}/{hexid}.image.jpg"
def tn(a, b, uuid, hexid, w, h): return T.format(a=a, b=b, uuid=uuid, hexid=hexid) + f"?resize={w}%2C{h}"
t1 = {w: tn("3", "a7", "3a7c9e12-5b4d-11ef-8f2a-0b1c2d3e4f50", "66c1e2f3a4b5c", w, h) for w, h in [(300, 200), (750, 500), (1200, 800), (1760, 1173)]}
t2 = {w: tn("9", "1d", "91d4e5f6-5b4d-11ef-8f2a-0b1c2d3e4f51", "66c1e2f3a4b5d", w, h) for w, h in [(300, 200), (750, 500), (1200, 800)]}
def ssrc(dd): return ", ".join(f"{u} {w}w" for w, u in dd.items())
html = f"""<!-- structure: TownNews BLOX CMS (Lee Enterprises and other regional papers): figure.photo inside div.image with img data-srcset on bloximages…/tncms/assets/v3/editorial/…/<hex>.image.jpg?resize=W%2CH, figcaption.caption with div.caption-text and a separate div.caption-source/span.tnt-byline credit; "Compiled by" roundup byline; publication only in the footer copyright -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Weekend roundup: bridge reopens, library extends hours, county fair dates set</title>
<link rel="canonical" href="https://brackwatergazette.com/news/local/weekend-roundup-bridge-reopens-library-hours/article_3a7c9e12-5b4d-11ef-8f2a-0b1c2d3e4f50.html">
</head>
<body class="asset-type-article">
<header id="site-header"><div class="logo"><a href="/"><svg role="img" aria-label="home"><use href="#site-logo"></use></svg></a></div></header>
<div id="main-page-container">
<article id="article-3a7c9e12" class="tnt-asset-type-article">
<header class="asset-header"><h1 class="headline"><span class="tnt-headline">Weekend roundup: bridge reopens, library extends hours, county fair dates set</span></h1>
<ul class="list-inline"><li><span class="tnt-byline">Compiled by Nadia Osei</span></li><li><time datetime="2024-08-17T06:00:00-05:00">Aug 17, 2024</time></li></ul></header>
<div class="asset-photo">
<div class="image"><figure class="photo layout-horizontal"><div class="image"><a href="/news/local/weekend-roundup-bridge-reopens-library-hours/article_3a7c9e12-5b4d-11ef-8f2a-0b1c2d3e4f50.html#tncms-source=photo-1" data-gallery="asset"><img class="img-responsive lazyload full" data-srcset="{e(ssrc(t1))}" data-sizes="auto" data-src="{e(t1[750])}" src="data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%201760%201173%22%3E%3C/svg%3E" alt="Mill Street bridge reopens" width="1760" height="1173"></a></div>
<figcaption class="caption"><div class="caption-container"><div class="caption-text"><p>Traffic crosses the rebuilt Mill Street bridge on Friday, two weeks ahead of schedule.</p></div><div class="caption-source"><span class="tnt-byline">Marcus Bell, Brackwater Gazette</span></div></div></figcaption></figure></div>
</div>
<div id="article-body" class="asset-content subscriber-premium"><p><strong>Bridge:</strong> The Mill Street bridge reopened Friday afternoon after a 14-month rebuild.</p>
<div class="image"><figure class="photo layout-horizontal"><div class="image"><img class="img-responsive lazyload full" data-srcset="{e(ssrc(t2))}" data-sizes="auto" data-src="{e(t2[750])}" alt="Library reading room" width="1200" height="800"></div>
<figcaption class="caption"><div class="caption-container"><div class="caption-text"><p>The Brackwater Public Library will stay open until 9 p.m. on weekdays starting Sept. 3.</p></div><div class="caption-source"><span class="tnt-byline">Provided</span></div></div></figcaption></figure></div>
<p><strong>Library:</strong> Weekday hours will be extended by two hours.</p>
<p><strong>Fair:</strong> The county fair runs Sept. 12-15.</p></div>
<div class="asset-author"><div class="tnt-byline-block"><img class="tnt-user-avatar" src="https://bloximages.chicago2.vip.townnews.com/brackwatergazette.com/content/tncms/avatars/a/b3/nadia-osei.png?resize=100%2C100" alt="Nadia Osei"><h5>Nadia Osei</h5><p>Community editor</p></div></div>
</article>
</div>
<footer id="site-footer"><div class="copyright">&copy; Copyright 2024 The Brackwater Gazette, 118 W. Main St., Brackwater, IA 52501 | <a href="/terms">Terms of Use</a></div><div class="powered">Powered by BLOX Content Management System from TownNews.com.</div></footer>
</body>
</html>
"""
link1 = T.format(a='3', b='a7', uuid='3a7c9e12-5b4d-11ef-8f2a-0b1c2d3e4f50', hexid='66c1e2f3a4b5c')
page("16-townnews-blox-compiled-by-footer", html, expected(
    "https://brackwatergazette.com/news/local/weekend-roundup-bridge-reopens-library-hours/article_3a7c9e12-5b4d-11ef-8f2a-0b1c2d3e4f50.html",
    "https://brackwatergazette.com/news/local/weekend-roundup-bridge-reopens-library-hours/article_3a7c9e12-5b4d-11ef-8f2a-0b1c2d3e4f50.html",
    "Weekend roundup: bridge reopens, library extends hours, county fair dates set",
    "Nadia Osei", ["Nadia Osei"], "The Brackwater Gazette", "footer copyright",
    [photo(t1[1760], "Traffic crosses the rebuilt Mill Street bridge on Friday, two weeks ahead of schedule.",
           "Marcus Bell, Brackwater Gazette", "Brackwater Gazette", ["Marcus Bell"], list(t1.values())),
     photo(t2[1200], "The Brackwater Public Library will stay open until 9 p.m. on weekdays starting Sept. 3.",
           "Provided", None, [], [t2[300], t2[750]])]))

# ---------- 17 Syndicated story on a regional WordPress site ----------
W = "https://lakeshoredaily.com/wp-content/uploads/2024/10/"
w = {"full": W + "tariff-port-cranes-scaled.jpg", "2048": W + "tariff-port-cranes-2048x1365.jpg", "1024": W + "tariff-port-cranes-1024x683.jpg", "600": W + "tariff-port-cranes-600x400.jpg"}
html = f"""<!-- structure: regional WordPress paper running a syndicated wire story (like the seed scrape: Times Leader page carrying a Washington Post story, shared/corpus/articles/mosul-airstrike-scrape.txt): wp-block-image figure with srcset (-scaled original, -2048x1365 …), a "By Name, The Meridian Post" byline naming the originating paper, and a trailer line; og:site_name is the host site -->
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Ports brace for slowdown as new tariffs take effect – Lakeshore Daily</title>
<meta property="og:site_name" content="Lakeshore Daily">
<meta property="og:type" content="article">
<meta property="og:url" content="https://lakeshoredaily.com/2024/10/02/ports-brace-for-slowdown-as-new-tariffs-take-effect/">
<link rel="canonical" href="https://lakeshoredaily.com/2024/10/02/ports-brace-for-slowdown-as-new-tariffs-take-effect/">
</head>
<body class="single single-post">
<header class="site-header"><a href="/" class="custom-logo-link"><img src="{W}lsd-logo.png" class="custom-logo" alt="Lakeshore Daily"></a></header>
<main>
<article class="post-77120 post type-post category-nation-world">
<h1 class="entry-title">Ports brace for slowdown as new tariffs take effect</h1>
<div class="entry-meta"><span class="byline">By Hannah Cole, The Meridian Post</span> <time datetime="2024-10-02T05:30:00-05:00">October 2, 2024</time></div>
<div class="entry-content">
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{w['1024']}" alt="" class="wp-image-77125" srcset="{w['1024']} 1024w, {w['600']} 600w, {w['2048']} 2048w, {w['full']} 2560w" sizes="(max-width: 1024px) 100vw, 1024px"><figcaption class="wp-element-caption">Cranes stand idle at the Port of Halverson on Tuesday as shippers rushed cargo in ahead of the new duties. (Yusuf Adair/The Meridian Post)</figcaption></figure>
<p>WASHINGTON — Shipping companies warned of weeks of delays as tariffs on steel and machinery parts took effect at midnight.</p>
<p>Importers had front-loaded orders over the summer, leaving warehouses near capacity.</p>
<p><em>This story was originally published by The Meridian Post.</em></p>
</div>
</article>
<section class="related-posts"><h3>Related</h3><article><a href="/2024/09/30/grain-exports/"><img src="{W}grain-exports-300x200.jpg" alt="" width="300" height="200"></a><h4>Grain exports dip for third month</h4></article></section>
</main>
<footer><p>&copy; 2024 Lakeshore Daily</p></footer>
</body>
</html>
"""
page("17-syndicated-wire-story-on-regional-site", html, expected(
    "https://lakeshoredaily.com/2024/10/02/ports-brace-for-slowdown-as-new-tariffs-take-effect/",
    "https://lakeshoredaily.com/2024/10/02/ports-brace-for-slowdown-as-new-tariffs-take-effect/",
    "Ports brace for slowdown as new tariffs take effect",
    "Hannah Cole", ["Hannah Cole"], "The Meridian Post", "syndication",
    [photo(w["full"], "Cranes stand idle at the Port of Halverson on Tuesday as shippers rushed cargo in ahead of the new duties.",
           "Yusuf Adair/The Meridian Post", "The Meridian Post", ["Yusuf Adair"], [w["2048"], w["1024"], w["600"]])]))

# ---------- 18 Decoy-heavy page: author box, More by, avatars, ad, icons; (Staff file photo) ----------
R = "https://www.cobaltcreekregister.com/uploads/2024/05/council-budget-vote-{s}.jpeg"
r = {s: R.format(s=s) for s in ["1600w", "800w", "400w"]}
html = f"""<!-- structure: small-daily custom CMS page with the typical decoys around one real photo: header logo, social icons (svg/png), author avatar in the byline, an "About the author" box, a "More by" list with thumbnails, related-story thumbnails, a 1x1 tracking pixel and a 300x250 ad image; caption holds a non-credit parenthesis "(center)" and ends with a "(Staff file photo)" credit. Author box / more-by pattern as in penske-media-corp/pmc-larva o-figure prototype and NamelessMC profile cards in the code corpus -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council passes $48M budget after tense 4-3 vote - Cobalt Creek Register</title>
<link rel="canonical" href="https://www.cobaltcreekregister.com/news/council-passes-48m-budget-after-tense-vote">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="{r['1600w']}">
</head>
<body>
<header class="masthead"><a href="/"><img src="https://www.cobaltcreekregister.com/assets/img/ccr-logo@2x.png" alt="Cobalt Creek Register" class="masthead-logo" width="260" height="48"></a>
<ul class="social"><li><a href="https://facebook.com/ccregister"><img src="/assets/img/icons/facebook-32.png" alt="Facebook" width="16" height="16"></a></li><li><a href="https://x.com/ccregister"><img src="/assets/img/icons/x-32.png" alt="X" width="16" height="16"></a></li><li><a href="/feed"><img src="/assets/img/icons/rss-32.png" alt="RSS" width="16" height="16"></a></li></ul></header>
<div class="ad ad-leaderboard"><a href="https://ads.example-adnetwork.com/click?c=88231"><img src="https://ads.example-adnetwork.com/serve/728x90/creek-auto-sales.jpg" width="728" height="90" alt="Advertisement"></a></div>
<main class="story">
<h1 class="story-headline">Council passes $48M budget after tense 4-3 vote</h1>
<div class="story-byline"><img class="byline-avatar" src="https://www.cobaltcreekregister.com/uploads/staff/tom-rinaldi-headshot-96x96.jpg" alt="Tom Rinaldi" width="48" height="48"><span>By <a href="/staff/tom-rinaldi">Tom Rinaldi</a></span><span class="story-date">May 22, 2024</span></div>
<figure class="story-lead-image"><img src="{r['800w']}" srcset="{r['400w']} 400w, {r['800w']} 800w, {r['1600w']} 1600w" sizes="(min-width: 900px) 800px, 100vw" alt="City council members at the dais">
<figcaption>Mayor Ellen Sato (center) listens to public comment before the budget vote at City Hall on Tuesday. (Staff file photo)</figcaption></figure>
<div class="story-body"><p>After three hours of public comment, the Cobalt Creek City Council approved a $48 million budget for the coming fiscal year.</p>
<div class="ad ad-inline"><img src="https://ads.example-adnetwork.com/serve/300x250/creek-credit-union.gif" width="300" height="250" alt=""></div>
<p>Council members Dana Fry, Luis Ortega and Kim Haller voted against it.</p></div>
<aside class="author-box"><img src="https://www.cobaltcreekregister.com/uploads/staff/tom-rinaldi-headshot-300x300.jpg" alt="Tom Rinaldi" width="100" height="100"><h3>About the author</h3><p>Tom Rinaldi covers city government for the Register. Reach him at trinaldi@cobaltcreekregister.com.</p></aside>
<section class="more-by"><h3>More by Tom Rinaldi</h3><ul>
<li><a href="/news/water-rates-rise"><img src="https://www.cobaltcreekregister.com/uploads/2024/05/water-tower-400w.jpeg" alt="Water tower" width="120" height="80">Water rates to rise 6% in July</a></li>
<li><a href="/news/police-chief-finalists"><img src="https://www.cobaltcreekregister.com/uploads/2024/04/police-hq-400w.jpeg" alt="Police headquarters" width="120" height="80">Three finalists named for police chief</a></li></ul></section>
<section class="related"><h3>Related stories</h3><a href="/news/budget-hearing-preview"><img src="https://www.cobaltcreekregister.com/uploads/2024/05/budget-binders-400w.jpeg" alt="" width="120" height="80">What's in the proposed budget</a></section>
</main>
<img src="https://www.cobaltcreekregister.com/pixel.gif?a=council-passes-48m" width="1" height="1" alt="" style="display:none">
<footer><p>Cobalt Creek Register is published by Tri-Valley Local Media LLC.</p></footer>
</body>
</html>
"""
page("18-decoys-author-box-more-by-staff-file-photo", html, expected(
    "https://www.cobaltcreekregister.com/news/council-passes-48m-budget-after-tense-vote",
    "https://www.cobaltcreekregister.com/news/council-passes-48m-budget-after-tense-vote",
    "Council passes $48M budget after tense 4-3 vote",
    "Tom Rinaldi", ["Tom Rinaldi"], "Cobalt Creek Register", "title suffix",
    [photo(r["1600w"], "Mayor Ellen Sato (center) listens to public comment before the budget vote at City Hall on Tuesday.",
           "Staff file photo", None, [], [r["800w"], r["400w"]])]))
