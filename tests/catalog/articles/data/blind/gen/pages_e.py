from urllib.parse import quote

from common import *

e = lambda s: s.replace("&", "&amp;")

# ---------- 19 windows-1252 bytes with <meta charset="windows-1252"> ----------
Y = "https://media.bayfrontcitizen.com/photos/2024/02/cafe-reopening-{w}.jpg"
y = {w: Y.format(w=w) for w in [480, 960, 1440]}
html = f"""<!-- structure: older regional-paper template served as windows-1252 (meta charset="windows-1252"; curly quotes, accented names and an em dash as single cp1252 bytes) with div.photo > img + p.caption + p.credit; caption-then-credit spans as in the NYT 2015 snapshots (find_string id 19552243911) but as separate paragraphs; charset variant asked for by issue 15 (markup reconstructed, not copied from one page) -->
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta charset="windows-1252">
<meta property="og:site_name" content="The Bayfront Citizen">
<meta property="og:title" content="“We never stopped baking”: Café Ibáñez reopens after the fire">
<title>“We never stopped baking”: Café Ibáñez reopens after the fire | Bayfront Citizen</title>
<link rel="canonical" href="https://www.bayfrontcitizen.com/news/2024/02/14/cafe-ibanez-reopens/">
</head>
<body>
<div id="header"><a href="/"><img src="https://media.bayfrontcitizen.com/site/masthead.gif" alt="The Bayfront Citizen — Serving the Bay since 1911" width="600" height="80" border="0" /></a></div>
<div id="content">
<h1 class="headline">“We never stopped baking”: Café Ibáñez reopens after the fire</h1>
<p class="byline">By José Ibáñez Ruiz and Chloë Marchand</p>
<p class="dateline">Feb. 14, 2024</p>
<div class="photo" style="width:480px"><img src="{y[480]}" srcset="{y[480]} 1x, {y[960]} 2x" alt="Bakers at work" width="480" height="320" />
<p class="caption">Owner Marisa Ibáñez, right, and baker Teo Nuñez pull the first tray of ensaïmadas from the new oven on Tuesday — 11 months after the fire.</p>
<p class="credit">REUTERS/Zoë Marchetti</p>
<p class="enlarge"><a href="{y[1440]}" target="_blank">Enlarge photo (1440 x 960)</a></p></div>
<p>The café, a fixture on Front Street since 1987, lost its kitchen in a March 2023 fire. “We never stopped baking,” Ibáñez said; the family rented a church kitchen for 11 months.</p>
<p>Regulars lined up before 6 a.m. — some with coffee mugs from the old café.</p>
</div>
<div id="footer">© 2024 Bayfront Citizen Publishing Co.</div>
</body>
</html>
"""
page("19-windows-1252-meta-charset", html, expected(
    "https://www.bayfrontcitizen.com/news/2024/02/14/cafe-ibanez-reopens/",
    "https://www.bayfrontcitizen.com/news/2024/02/14/cafe-ibanez-reopens/",
    "“We never stopped baking”: Café Ibáñez reopens after the fire",
    "José Ibáñez Ruiz and Chloë Marchand", ["José Ibáñez Ruiz", "Chloë Marchand"], "The Bayfront Citizen", "og:site_name",
    [photo(y[1440], "Owner Marisa Ibáñez, right, and baker Teo Nuñez pull the first tray of ensaïmadas from the new oven on Tuesday — 11 months after the fire.",
           "REUTERS/Zoë Marchetti", "Reuters", ["Zoë Marchetti"], [y[480], y[960]])]), encoding="cp1252")

# ---------- 20 Squarespace image block, ?format=Nw renditions, title suffix with em dash ----------
Q = "https://images.squarespace-cdn.com/content/v1/5f1a2b3c4d5e6f7a8b9c0d1e/1713890123456-QW3ER5TY7UI9OP1AS3DF/oyster-farm-tide.jpg"
q = {w: f"{Q}?format={w}w" for w in [100, 300, 500, 750, 1000, 1500, 2500]}
html = f"""<!-- structure: Squarespace 7.0/7.1 blog post image block: div.sqs-block.image-block > div.image-block-outer-wrapper > figure.sqs-block-image-figure with img data-src/data-image (original on images.squarespace-cdn.com), data-image-dimensions, srcset of ?format=Nw renditions, figcaption.image-caption-wrapper > div.image-caption; class names as targeted by the Squarespace "Image Block Image Caption Second Add" plugin (tomsWebConsulting twcsl README in the code corpus) -->
<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">
<head>
<meta charset="utf-8">
<title>The Last Oyster Farmers of Pell Sound — Tidewater Review</title>
<link rel="canonical" href="https://www.tidewaterreview.org/stories/last-oyster-farmers-pell-sound">
<meta itemprop="name" content="The Last Oyster Farmers of Pell Sound — Tidewater Review">
</head>
<body class="collection-type-blog view-item">
<header id="header"><div class="header-title-logo"><a href="/"><img src="https://images.squarespace-cdn.com/content/v1/5f1a2b3c4d5e6f7a8b9c0d1e/1600000000000-LOGO0000000000000000/tr-logo.png?format=1500w" alt="Tidewater Review"></a></div></header>
<main id="page">
<article class="BlogItem hentry">
<h1 class="entry-title BlogItem-title" data-content-field="title">The Last Oyster Farmers of Pell Sound</h1>
<div class="blog-item-author-profile-wrapper"><a href="/stories?author=5f1a2b3c" class="blog-author-name">Rhiannon Clarke</a></div>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><p>At low tide the cages rise out of the mud like a sunken city.</p></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none individual-animation-none individual-text-animation-none" data-test="image-block-inline-outer-wrapper">
<figure class="sqs-block-image-figure intrinsic" style="max-width:3000px;"><div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element has-aspect-ratio" style="position: relative;padding-bottom:66.66%;overflow: hidden;">
<img data-stretch="false" data-src="{Q}" data-image="{Q}" data-image-dimensions="3000x2000" data-image-focal-point="0.5,0.5" alt="" data-load="false" src="{q[1000]}" width="3000" height="2000" sizes="(max-width: 640px) 100vw, (max-width: 767px) 100vw, 100vw" style="display:block;object-fit: cover;" srcset="{', '.join(f'{u} {w}w' for w, u in q.items())}" loading="lazy" decoding="async" data-loader="sqs">
</div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">Hollis Varga checks a cage of two-year-old oysters at low tide in Pell Sound. Photo: Wren Adeyemi</p></div></figcaption>
</figure></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><p>Only four families still farm the sound, down from thirty in 1980.</p></div></div>
</div>
</article>
<nav class="BlogItem-pagination"><a href="/stories/ferry-captain" class="BlogItem-pagination-link--next"><div class="BlogItem-pagination-link-content"><img src="https://images.squarespace-cdn.com/content/v1/5f1a2b3c4d5e6f7a8b9c0d1e/1712000000000-FERRY000000000000000/ferry.jpg?format=300w" alt=""><div class="BlogItem-pagination-link-title">The Ferry Captain's Logbook</div></div></a></nav>
</main>
<footer class="Footer"><p>© Tidewater Review. All rights reserved.</p></footer>
</body>
</html>
"""
page("20-squarespace-image-block-format-renditions", html, expected(
    "https://www.tidewaterreview.org/stories/last-oyster-farmers-pell-sound",
    "https://www.tidewaterreview.org/stories/last-oyster-farmers-pell-sound",
    "The Last Oyster Farmers of Pell Sound",
    "Rhiannon Clarke", ["Rhiannon Clarke"], "Tidewater Review", "title suffix",
    [photo(Q, "Hollis Varga checks a cage of two-year-old oysters at low tide in Pell Sound.", "Wren Adeyemi", None, ["Wren Adeyemi"], list(q.values()))]))

# ---------- 21 Ghost kg-image-card, relative srcset, two authors comma ----------
GH = "https://outpostdispatch.com/content/images/"
gh = {"w600": GH + "size/w600/2024/04/salt-flats-rally.jpg", "w1000": GH + "size/w1000/2024/04/salt-flats-rally.jpg",
      "w1600": GH + "size/w1600/2024/04/salt-flats-rally.jpg", "orig": GH + "2024/04/salt-flats-rally.jpg"}
html = f"""<!-- structure: Ghost (Casper theme) post: figure.kg-card.kg-image-card.kg-card-hascaption with img.kg-image, srcset of /content/images/size/wN/ renditions given as RELATIVE URLs plus the original, figcaption with the credit in <em>; author list as comma-separated links. Markup documented in teabagging/CMS docs/Ghost/Themes/Content.md -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Rally on the salt flats draws 3,000 to protest lithium plan</title>
<link rel="canonical" href="https://outpostdispatch.com/salt-flats-lithium-rally/">
<meta property="og:site_name" content="The Outpost Dispatch">
<meta property="og:type" content="article">
<meta property="og:image" content="{gh['orig']}">
<meta name="generator" content="Ghost 5.82">
</head>
<body class="post-template">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-brand"><a class="gh-head-logo" href="https://outpostdispatch.com"><img src="https://outpostdispatch.com/content/images/2023/01/outpost-logo.png" alt="The Outpost Dispatch"></a></div></header>
<main id="site-main" class="site-main">
<article class="article post tag-environment">
<header class="article-header gh-canvas">
<h1 class="article-title">Rally on the salt flats draws 3,000 to protest lithium plan</h1>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/ana-ruiz/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2023/05/ana-ruiz.jpg" alt="Ana Ruiz"></a></li><li class="author-list-item"><a href="/author/bo-chen/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2023/05/bo-chen.jpg" alt="Bo Chen"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ana-ruiz/">Ana Ruiz</a>, <a href="/author/bo-chen/">Bo Chen</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-04-27">Apr 27, 2024</time></div></div></section></div>
</header>
<section class="gh-content gh-canvas">
<p>Ranchers, tribal members and students marched four miles across the Carrow salt flats on Saturday.</p>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{gh['w1000']}" class="kg-image" alt="Marchers on the salt flats" loading="lazy" width="2400" height="1600" srcset="/content/images/size/w600/2024/04/salt-flats-rally.jpg 600w, /content/images/size/w1000/2024/04/salt-flats-rally.jpg 1000w, /content/images/size/w1600/2024/04/salt-flats-rally.jpg 1600w, /content/images/2024/04/salt-flats-rally.jpg 2400w" sizes="(min-width: 720px) 720px"><figcaption><span style="white-space: pre-wrap;">Marchers cross the Carrow salt flats toward the proposed evaporation ponds. </span><em class="italic" style="white-space: pre-wrap;">Photo: Tomas Egede / Outpost Dispatch</em></figcaption></figure>
<p>The state will hold a final hearing on the permit in June.</p>
</section>
</article>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-image-link" href="/water-rights-ruling/"><img class="post-card-image" srcset="/content/images/size/w300/2024/04/water-ruling.jpg 300w, /content/images/size/w600/2024/04/water-ruling.jpg 600w" src="/content/images/size/w600/2024/04/water-ruling.jpg" alt="Water rights ruling" loading="lazy"></a><h2 class="post-card-title">Judge sides with ranchers in water rights case</h2></article></div></aside>
</div>
</body>
</html>
"""
page("21-ghost-kg-image-card-relative-srcset", html, expected(
    "https://outpostdispatch.com/salt-flats-lithium-rally/",
    "https://outpostdispatch.com/salt-flats-lithium-rally/",
    "Rally on the salt flats draws 3,000 to protest lithium plan",
    "Ana Ruiz, Bo Chen", ["Ana Ruiz", "Bo Chen"], "The Outpost Dispatch", "og:site_name",
    [photo(gh["orig"], "Marchers cross the Carrow salt flats toward the proposed evaporation ponds.", "Tomas Egede / Outpost Dispatch", "Outpost Dispatch", ["Tomas Egede"],
           [gh["w600"], gh["w1000"], gh["w1600"]])]))

# ---------- 22 Substack captioned image, substackcdn fetch renditions ----------
ORIG = "https://substack-post-media.s3.amazonaws.com/public/images/7b2e4f1a-9c3d-4e8f-a1b2-c3d4e5f6a7b8_4032x3024.jpeg"
enc = quote(ORIG, safe="")
def sc(opts): return f"https://substackcdn.com/image/fetch/{opts}/{enc}"
full = sc("f_auto,q_auto:good,fl_progressive:steep")
webp = {w: sc(f"w_{w},c_limit,f_webp,q_auto:good,fl_progressive:steep") for w in [424, 848, 1272, 1456]}
auto = {w: sc(f"w_{w},c_limit,f_auto,q_auto:good,fl_progressive:steep") for w in [424, 848, 1272, 1456]}
html = f"""<!-- structure: Substack post body: div.captioned-image-container > figure > a.image-link.image2 (href = full-size substackcdn fetch URL) > div.image2-inset > picture with webp <source srcset> and img srcset of w_424…w_1456 fetch renditions (no file extension at the end of the path, the original is URL-encoded inside), figcaption.image-caption; JSON-LD publisher. Substack CDN fetch URL form as handled by the Substack upload tools found in the code corpus (query "substack captioned-image-container image2 substackcdn") -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>What the river gave back</title>
<link rel="canonical" href="https://lowwater.substack.com/p/what-the-river-gave-back">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","url":"https://lowwater.substack.com/p/what-the-river-gave-back","mainEntityOfPage":"https://lowwater.substack.com/p/what-the-river-gave-back","headline":"What the river gave back","description":"A drought, a drowned town, and the people who came to look.","datePublished":"2024-09-08T12:01:33+00:00","isAccessibleForFree":true,"author":[{{"@type":"Person","name":"Greta Holm","url":"https://substack.com/@gretaholm"}}],"publisher":{{"@type":"Organization","name":"Low Water","url":"https://lowwater.substack.com","description":"Notes from a shrinking river","logo":{{"@type":"ImageObject","url":"https://substackcdn.com/image/fetch/w_256,c_limit,f_auto,q_auto:good/lowwater-logo.png"}}}}}}</script>
</head>
<body>
<div id="entry"><div class="main-menu"><a href="/" class="navbar-title-link">Low Water</a><button class="subscribe-btn">Subscribe</button></div>
<article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">What the river gave back</h1><h3 class="subtitle">A drought, a drowned town, and the people who came to look.</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@gretaholm"><img src="https://substackcdn.com/image/fetch/w_80,h_80,c_fill,f_auto,q_auto:good/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Favatar-greta.png" alt="Greta Holm's avatar" width="40" height="40"></a></div><div class="byline-names"><a href="https://substack.com/@gretaholm">Greta Holm</a></div><div class="post-date">Sep 08, 2024</div></div></div>
<div class="available-content"><div class="body markup" dir="auto">
<p>By late August the river had dropped far enough that the church steps of Old Kessel came back into the light.</p>
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="{full}" data-component-name="Image2ToDOM"><div class="image2-inset"><picture><source type="image/webp" srcset="{', '.join(f'{u} {w}w' for w, u in webp.items())}" sizes="100vw"><img src="{auto[1456]}" width="1456" height="1092" data-attrs="{{&quot;height&quot;:3024,&quot;width&quot;:4032,&quot;type&quot;:&quot;image/jpeg&quot;}}" class="sizing-normal" alt="" srcset="{', '.join(f'{u} {w}w' for w, u in auto.items())}" sizes="100vw" loading="lazy"></picture></div></a><figcaption class="image-caption">The bell tower of Old Kessel's church, flooded in 1962, stands in the mud of the Lenne reservoir. (Photo: Kenji Aldana)</figcaption></figure></div>
<p>People drove hundreds of miles to walk on what had been the main street.</p>
</div></div>
<div class="subscription-widget-wrap"><p>Low Water is a reader-supported publication.</p><input type="email" placeholder="Type your email…"><button>Subscribe</button></div>
</article></div>
</body>
</html>
"""
page("22-substack-captioned-image-fetch-renditions", html, expected(
    "https://lowwater.substack.com/p/what-the-river-gave-back?utm_source=substack&utm_medium=email",
    "https://lowwater.substack.com/p/what-the-river-gave-back",
    "What the river gave back",
    "Greta Holm", ["Greta Holm"], "Low Water", "json-ld publisher",
    [photo(full, "The bell tower of Old Kessel's church, flooded in 1962, stands in the mud of the Lenne reservoir.",
           "Kenji Aldana", None, ["Kenji Aldana"], list(webp.values()) + list(auto.values()))]))
