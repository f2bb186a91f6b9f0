"""Pages 01-12 of the fourth held-out set."""
from common import ph, exp, page

PAGES = []

def add(stem, html, e, enc="utf-8"):
    PAGES.append((stem, html, e, enc))

# ---------------------------------------------------------------- 01
U = "https://www.harborviewglobe.com/2024/06/03/metro/tidewater-bridge-closure-commuters/"
R = "https://www.harborviewglobe.com/resizer/v2/QK7ZP3MRVJD5TNB2XWL4HC6YEA.jpg?auth=5f0c2d9e81b4a7c3e6f1d2b8a0e9c4f7b3a1d6e2c8f0b5a9d7e3c1f4a2b6d8e0&width={w}&quality=80"
R2 = "https://www.harborviewglobe.com/resizer/v2/M2FD7XQ4KJ3NVB5PLZ8RC1TYGE.jpg?auth=a1e4c7f0b3d6e9a2c5f8b1d4e7a0c3f6b9d2e5a8c1f4b7d0e3a6c9f2b5d8e1a4&width={w}&quality=80"
add("01-bostonglobe-arc-globe-staff-role-after-names-title-suffix", page(
    "Boston Globe-style Arc XP article template (from memory): title 'Headline - The Boston Globe' with no og:site_name, "
    "byline 'By A and B Globe Staff,Updated …' with the staff role glued after the names, credit 'Name/Globe Staff' in a separate "
    "span after the caption, Arc /resizer/v2/…?auth=…&width= renditions in srcset. Arc resizer URL shape as in the earlier sets' "
    "Arc pages (find_string 'resizer/v2' hits there); Globe markup itself from memory.",
    f"""<title>Tidewater Bridge closure sends commuters onto the ferries - The Harborview Globe</title>
<link rel="canonical" href="{U}">
<meta property="og:title" content="Tidewater Bridge closure sends commuters onto the ferries">
<meta property="og:image" content="{R.format(w=1200).replace('&','&amp;')}">
<meta name="twitter:site" content="@hvglobe">""",
    f"""<header class="header"><a href="/"><img src="https://www.harborviewglobe.com/pf/resources/images/logo-hg.svg?d=512" alt="Home"></a>
<nav><a href="/metro/">Metro</a> <a href="/business/">Business</a></nav></header>
<main><article>
<h1 class="headline">Tidewater Bridge closure sends commuters onto the ferries</h1>
<div class="byline"><span>By </span><a href="/about/staff-list/staff/dana-whitfield/">Dana Whitfield</a> and <a href="/about/staff-list/staff/luis-ortega/">Luis Ortega</a> Globe Staff,Updated June 3, 2024, 5:42 p.m.</div>
<figure class="lead-image">
<img src="{R.format(w=820).replace('&','&amp;')}" srcset="{R.format(w=420).replace('&','&amp;')} 420w, {R.format(w=820).replace('&','&amp;')} 820w, {R.format(w=1440).replace('&','&amp;')} 1440w" sizes="100vw" alt="Commuters on a ferry deck">
<figcaption><span class="caption">Commuters crowded the deck of the 7:10 a.m. ferry out of Quincy Point on Monday, the first weekday of the closure.</span><span class="credit">Mara Quint/Globe Staff</span></figcaption>
</figure>
<p>The state closed the Tidewater Bridge for eight weeks of deck repairs on Saturday.</p>
<figure class="inline-image">
<img src="{R2.format(w=820).replace('&','&amp;')}" srcset="{R2.format(w=420).replace('&','&amp;')} 420w, {R2.format(w=820).replace('&','&amp;')} 820w" alt="">
<figcaption><span class="caption">Crews removed the first section of deck on Sunday night.</span><span class="credit">Courtesy of the Massachusetts Department of Transportation</span></figcaption>
</figure>
<p>Ridership on the ferries nearly tripled by Monday afternoon, according to the authority.</p>
</article>
<aside class="more-in-metro"><h2>More in Metro</h2>
<a href="/2024/06/02/metro/schools-budget/"><img src="https://www.harborviewglobe.com/resizer/v2/ZZ1Q8XW3.jpg?auth=00ff&width=300&quality=80" alt=""><span>Schools budget passes after late-night vote</span><span class="byline">By Evan Shore Globe Staff</span></a>
</aside></main>"""),
    exp(U + "?p1=BGSearch_Overlay_Results", U, "Tidewater Bridge closure sends commuters onto the ferries",
        "Dana Whitfield and Luis Ortega", ["Dana Whitfield", "Luis Ortega"], "The Harborview Globe", "title suffix", [
        ph(R.format(w=1440), "Commuters crowded the deck of the 7:10 a.m. ferry out of Quincy Point on Monday, the first weekday of the closure.",
           "Mara Quint/Globe Staff", None, ["Mara Quint"], [R.format(w=420), R.format(w=820)]),
        ph(R2.format(w=820), "Crews removed the first section of deck on Sunday night.",
           "Courtesy of the Massachusetts Department of Transportation", None, [], [R2.format(w=420)]),
    ]))

# ---------------------------------------------------------------- 02
U = "https://www.cascadetimes.com/local/eastside/tillicum-rowers-reopen-boathouse/"
W = "https://images.cascadetimes.com/wp-content/uploads/2024/06/06032024_boathouse_120312.jpg"
W2 = "https://images.cascadetimes.com/wp-content/uploads/2024/06/06032024_boathouse_2_120455.jpg"
add("02-seattletimes-wpvip-paren-slash-paper-credit-author-box", page(
    "Seattle Times-style WordPress VIP article (from memory): og:site_name, featured figure with the caption ending in "
    "'(Name / The Paper)' in parentheses, Photon ?w= renditions in srcset, an author bio box with a headshot and "
    "'More from this author' list (not bylines). WordPress srcset/ w-descriptor shape confirmed in the code corpus "
    "(find_string 'wp-element-caption' hits 66159640757, 56658678977 show ?w= / figcaption inside wp-block-image).",
    f"""<title>Tillicum rowers reopen their boathouse, 18 months after the fire | The Cascade Times</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="The Cascade Times">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-06-03T06:00:00-07:00">""",
    f"""<header><a class="site-logo" href="/"><img src="https://images.cascadetimes.com/wp-content/themes/vip/ct/img/ct-logo.svg" alt="The Cascade Times"></a></header>
<article class="post">
<h1 class="entry-title">Tillicum rowers reopen their boathouse, 18 months after the fire</h1>
<div class="article-meta"><span class="byline">By <a href="/author/gwen-abernethy/">Gwen Abernethy</a></span><span class="role">Seattle Times staff reporter</span>
<time datetime="2024-06-03T06:00:00-07:00">June 3, 2024 at 6:00 am</time></div>
<figure class="wp-block-image size-large"><img src="{W}?w=780" srcset="{W}?w=300 300w, {W}?w=780 780w, {W}?w=1560 1560w" sizes="(max-width: 780px) 100vw, 780px" alt="">
<figcaption class="wp-element-caption">Coach Ines Barragán, left, carries an oar into the rebuilt boathouse on Lake Tillicum on Saturday. (Kai Ostrander / The Cascade Times)</figcaption></figure>
<p>The club lost 22 boats in the January 2023 fire.</p>
<figure class="wp-block-image size-large"><img src="{W2}?w=780" srcset="{W2}?w=300 300w, {W2}?w=780 780w" alt="">
<figcaption class="wp-element-caption">The boathouse after the fire in January 2023. (Courtesy of Tillicum Rowing Club)</figcaption></figure>
<p>Insurance paid for about half of the $2.1 million rebuild.</p>
</article>
<div class="author-bio"><img class="avatar" src="https://images.cascadetimes.com/wp-content/uploads/2022/01/gwen-abernethy-headshot.jpg?w=96" alt="Gwen Abernethy">
<p><a href="/author/gwen-abernethy/">Gwen Abernethy</a> covers the Eastside.</p>
<h3>More from Gwen Abernethy</h3><ul><li><a href="/local/eastside/bellwood-library/">Bellwood library hours to expand</a></li></ul></div>
<footer>The Cascade Times Company</footer>"""),
    exp(U, U, "Tillicum rowers reopen their boathouse, 18 months after the fire", "Gwen Abernethy", ["Gwen Abernethy"],
        "The Cascade Times", "og:site_name", [
        ph(W + "?w=1560", "Coach Ines Barragán, left, carries an oar into the rebuilt boathouse on Lake Tillicum on Saturday.",
           "Kai Ostrander / The Cascade Times", "The Cascade Times", ["Kai Ostrander"], [W + "?w=300", W + "?w=780"]),
        ph(W2 + "?w=780", "The boathouse after the fire in January 2023.", "Courtesy of Tillicum Rowing Club", None, [], [W2 + "?w=300"]),
    ]))

# ---------------------------------------------------------------- 03
U = "https://www.brazostribune.org/2024/06/03/texas-groundwater-district-pumping-limits/"
D = "https://static.brazostribune.org/media/files/{h}/{n}?w={w}&q=75"
H1, N1 = "3c1f9a8e2b7d4c6e0a5f1b9d3e7c2a8f", "groundwater-well-ranch-BT-0601.jpg"
H2, N2 = "a9e2c4b6d8f0a1c3e5b7d9f1a3c5e7b9", "district-board-meeting-0531.jpg"
add("03-texastribune-credit-label-span-for-the-paper-and-ap-photo", page(
    "Texas Tribune-style Drupal/Next article (from memory): og:site_name, a separate credit element "
    "'<span class=\"credit-label\">Credit:</span> Name for The Paper', a second photo credited 'Name/AP Photo', responsive "
    "srcset with ?w= on a static media host; a 'Disclosure' box with sponsor logos (not photos).",
    f"""<title>Groundwater district caps pumping for the first time | The Brazos Tribune</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="The Brazos Tribune">
<meta name="author" content="Marisol Tijerina, Grant Holloway">""",
    f"""<main><article class="story">
<h1>Groundwater district caps pumping for the first time</h1>
<p class="byline">By <a href="/about/staff/marisol-tijerina/">Marisol Tijerina</a> and <a href="/about/staff/grant-holloway/">Grant Holloway</a></p>
<p class="dateline"><time datetime="2024-06-03T05:00:00-05:00">June 3, 2024 5 AM Central</time></p>
<figure class="lead">
<img src="{D.format(h=H1,n=N1,w=1200)}" srcset="{D.format(h=H1,n=N1,w=400)} 400w, {D.format(h=H1,n=N1,w=800)} 800w, {D.format(h=H1,n=N1,w=1200)} 1200w, {D.format(h=H1,n=N1,w=2000)} 2000w" alt="A windmill over a stock tank">
<figcaption><p class="caption">A windmill pumps water into a stock tank on the Reyes ranch near Lometa on May 29, 2024.</p>
<p class="credit"><span class="credit-label">Credit:</span> Eli Harwood for The Brazos Tribune</p></figcaption></figure>
<p>The Lampasas Valley Groundwater Conservation District voted 4-1 on Friday.</p>
<figure class="inline">
<img src="{D.format(h=H2,n=N2,w=800)}" srcset="{D.format(h=H2,n=N2,w=400)} 400w, {D.format(h=H2,n=N2,w=800)} 800w" alt="">
<figcaption><p class="caption">Residents line up to speak before the district board on Friday.</p>
<p class="credit"><span class="credit-label">Credit:</span> Tamsin Reyes/AP Photo</p></figcaption></figure>
</article>
<aside class="disclosure"><h4>Disclosure</h4><img src="https://static.brazostribune.org/sponsors/lcra-logo.png" alt="Lower Valley Water Authority">
<p>The Lower Valley Water Authority has been a financial supporter of The Brazos Tribune.</p></aside></main>"""),
    exp(U, U, "Groundwater district caps pumping for the first time", "Marisol Tijerina and Grant Holloway",
        ["Marisol Tijerina", "Grant Holloway"], "The Brazos Tribune", "og:site_name", [
        ph(D.format(h=H1,n=N1,w=2000), "A windmill pumps water into a stock tank on the Reyes ranch near Lometa on May 29, 2024.",
           "Eli Harwood for The Brazos Tribune", "The Brazos Tribune", ["Eli Harwood"],
           [D.format(h=H1,n=N1,w=w) for w in (400, 800, 1200)]),
        ph(D.format(h=H2,n=N2,w=800), "Residents line up to speak before the district board on Friday.",
           "Tamsin Reyes/AP Photo", "AP", ["Tamsin Reyes"], [D.format(h=H2,n=N2,w=400)]),
    ]))

# ---------------------------------------------------------------- 04
U = "https://goldenstatematters.org/environment/2024/06/delta-levee-repair-funding/"
G = "https://i0.wp.com/goldenstatematters.org/wp-content/uploads/2024/06/060324-Delta-Levee-FG-GSM-01.jpg"
G2 = "https://i0.wp.com/goldenstatematters.org/wp-content/uploads/2024/06/060324-Delta-Levee-AP-02.jpg"
import json as _j
LD = _j.dumps({"@context": "https://schema.org", "@graph": [
    {"@type": "NewsArticle", "@id": U + "#article", "headline": "Who pays to fix the Delta's levees?",
     "author": [{"@type": "Person", "name": "Hollis Brandt"}], "publisher": {"@id": "https://goldenstatematters.org/#organization"}},
    {"@type": "Organization", "@id": "https://goldenstatematters.org/#organization", "name": "Golden State Matters",
     "logo": {"@type": "ImageObject", "url": "https://goldenstatematters.org/wp-content/uploads/2021/02/gsm-logo.png"}}]}, indent=1)
add("04-calmatters-newspack-image-credit-org-yoast-graph-publisher", page(
    "CalMatters-style Newspack (WordPress) article: core/image block with figcaption holding the caption and "
    "<span class=\"image-credit\"><span class=\"credit-label-wrapper\">Photo by</span> Name, Org</span>; Newspack stores "
    "_media_credit and _navis_media_credit_org and prints the org after the name (code search: Newspack 'Core Image, Figcaption' "
    "parseCreditToText excerpt, query 'newspack image credit figcaption'). Publication only in a Yoast JSON-LD @graph Organization "
    "(no og:site_name). Jetpack Photon i0.wp.com ?w= renditions. Newsletter sign-up image is a decoy.",
    f"""<title>Who pays to fix the Delta's levees?</title>
<link rel="canonical" href="{U}">
<script type="application/ld+json" class="yoast-schema-graph">{LD}</script>""",
    f"""<header class="site-header"><a href="/" class="custom-logo-link"><img class="custom-logo" src="https://goldenstatematters.org/wp-content/uploads/2021/02/gsm-logo.png" alt=""></a></header>
<article class="post type-post">
<h1 class="entry-title">Who pays to fix the Delta's levees?</h1>
<div class="entry-meta"><span class="byline"><span class="author-prefix">By</span> <span class="author vcard"><a class="url fn n" href="/author/hollis-brandt/">Hollis Brandt</a></span></span>
<time class="entry-date published" datetime="2024-06-03T05:00:00-07:00">June 3, 2024</time></div>
<figure class="wp-block-image size-full"><img src="{G}?w=1024&amp;ssl=1" srcset="{G}?w=2000&amp;ssl=1 2000w, {G}?resize=300%2C200&amp;ssl=1 300w, {G}?w=1024&amp;ssl=1 1024w" alt="A levee road along a slough">
<figcaption class="wp-element-caption">A levee road runs along Sevenmile Slough on Bouldin Island on May 22, 2024. <span class="image-credit"><span class="credit-label-wrapper">Photo by</span> Farah Gaudet, Golden State Matters</span></figcaption></figure>
<p>The state has spent $1.4 billion on Delta levees since 2007.</p>
<figure class="wp-block-image size-large"><img src="{G2}?w=1024&amp;ssl=1" srcset="{G2}?resize=300%2C200&amp;ssl=1 300w, {G2}?w=1024&amp;ssl=1 1024w" alt="">
<figcaption class="wp-element-caption">Floodwater covers a farm road near Walnut Grove in March 2023. <span class="image-credit"><span class="credit-label-wrapper">Photo by</span> Lorna Vix, AP Photo</span></figcaption></figure>
<div class="newspack-newsletters-signup"><img src="https://goldenstatematters.org/wp-content/uploads/2023/05/whatmatters-newsletter-promo.jpg" alt="WhatMatters newsletter"><p>Get WhatMatters in your inbox</p></div>
</article>
<footer class="site-footer"><p>Golden State Matters is a nonprofit newsroom.</p></footer>"""),
    exp(U + "?utm_source=newsletter&utm_medium=email", U, "Who pays to fix the Delta's levees?", "Hollis Brandt", ["Hollis Brandt"],
        "Golden State Matters", "json-ld publisher", [
        ph(G + "?w=2000&ssl=1", "A levee road runs along Sevenmile Slough on Bouldin Island on May 22, 2024.",
           "Farah Gaudet, Golden State Matters", "Golden State Matters", ["Farah Gaudet"],
           [G + "?resize=300%2C200&ssl=1", G + "?w=1024&ssl=1"]),
        ph(G2 + "?w=1024&ssl=1", "Floodwater covers a farm road near Walnut Grove in March 2023.",
           "Lorna Vix, AP Photo", "AP", ["Lorna Vix"], [G2 + "?resize=300%2C200&ssl=1"]),
    ]))

# ---------------------------------------------------------------- 05
U = "https://thecolloquy.com/why-river-towns-keep-rebuilding-in-the-floodplain-230871"
I1 = "https://images.thecolloquy.com/files/600114/original/file-20240601-18-9k3xqz.jpg?ixlib=rb-4.1.0&q=45&auto=format&w=754&fit=clip"
IC = "https://images.thecolloquy.com/files/600114/original/file-20240601-18-9k3xqz.jpg?ixlib=rb-4.1.0&q=45&auto=format&w=600&h=400&fit=crop&dpr={d}"
I2 = "https://images.thecolloquy.com/files/600231/original/file-20240602-22-1m2wzd.jpg?ixlib=rb-4.1.0&q=45&auto=format&w=754&fit=clip"
add("05-theconversation-caption-attribution-source-license-author-role", page(
    "The Conversation-style article: figcaption with <span class=\"caption\"> and <span class=\"attribution\"><a class=\"source\" "
    "href=getty…>Name/AFP via Getty Images</a></span>, and a Commons photo with <a class=\"source\"> plus <a class=\"license\">CC BY-SA</a> "
    "(confirmed: find_string 'class=\"attribution\"><a class=\"source\"' hit 56905071549, a real article with a Getty source link, "
    "and hit 1828208923 with a source + license pair). Author with role/affiliation in separate elements; imgix-style "
    "?ixlib=…&w=…&dpr= renditions; republish-licence badge image is a decoy.",
    f"""<title>Why river towns keep rebuilding in the floodplain</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="The Colloquy">
<meta name="citation_author" content="Priya Ramanathan">""",
    f"""<article>
<h1 class="legacy">Why river towns keep rebuilding in the floodplain</h1>
<div class="content-authors-group"><p class="fn author-name"><a href="/profiles/priya-ramanathan-1188231">Priya Ramanathan</a></p>
<p class="role">Associate Professor of Geography, University of Northfield</p></div>
<time datetime="2024-06-03T12:24:11Z">Published: June 3, 2024 8.24am EDT</time>
<figure class="align-center">
<img src="{I1.replace('&','&amp;')}" srcset="{IC.format(d=1).replace('&','&amp;')} 600w, {IC.format(d=2).replace('&','&amp;')} 1200w, {IC.format(d=3).replace('&','&amp;')} 1800w" sizes="(min-width: 1466px) 754px, 100vw" alt="Houses surrounded by floodwater">
<figcaption><span class="caption">Floodwater surrounds houses in Marlow Falls, Iowa, in April 2024.</span>
<span class="attribution"><a class="source" href="https://www.gettyimages.com/detail/news-photo/2150001234">Odell Pryce/AFP via Getty Images</a></span></figcaption></figure>
<p>After every flood, the same question comes up.</p>
<figure class="align-right">
<img src="{I2.replace('&','&amp;')}" alt="An old levee">
<figcaption><span class="caption">The 1938 levee at Marlow Falls.</span>
<span class="attribution"><a class="source" href="https://commons.wikimedia.org/wiki/File:Marlow_Falls_levee.jpg">Henrik Aalto/Wikimedia Commons</a>, <a class="license" href="http://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA</a></span></figcaption></figure>
<p>Relocation is rarely offered.</p>
<div class="republish"><img src="https://cdn.thecolloquy.com/assets/cc-by-nd-88x31.png" alt="Creative Commons"></div>
</article>"""),
    exp(U, U, "Why river towns keep rebuilding in the floodplain", "Priya Ramanathan", ["Priya Ramanathan"],
        "The Colloquy", "og:site_name", [
        ph(IC.format(d=3), "Floodwater surrounds houses in Marlow Falls, Iowa, in April 2024.", "Odell Pryce/AFP via Getty Images",
           "AFP", ["Odell Pryce"], [I1, IC.format(d=1), IC.format(d=2)]),
        ph(I2, "The 1938 levee at Marlow Falls.", "Henrik Aalto/Wikimedia Commons", "Wikimedia Commons", ["Henrik Aalto"], []),
    ]))

# ---------------------------------------------------------------- 06
U = "https://www.knn.com/2024/06/03/us/ohio-river-barge-collision/index.html"
C = "https://media.knn.com/api/v1/images/stellar/prod/240603101512-01-barge-collision.jpg?c=16x9&q={q}"
C2 = "https://media.knn.com/api/v1/images/stellar/prod/240603102244-02-barge-salvage.jpg?c=16x9&q={q}"
add("06-cnn-stellar-image-caption-credit-three-authors-org-suffix", page(
    "CNN-style 'stellar' article (from memory): og:site_name, <picture> with <source media srcset> rendition queries "
    "q=h_…,w_…,c_fill, caption in .image__caption with the credit in a separate .image__credit, byline 'By A, B and C, KNN' "
    "(three authors joined with a comma and 'and', network name after). A video thumbnail with a play icon and "
    "'Related article' cards with their own images are decoys.",
    f"""<title>Barges break loose and hit a lock on the Ohio River | KNN</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="Keystone News Network">
<meta name="author" content="Sara Lindqvist, Tomás Echeverría, Hana Okafor">""",
    f"""<div class="headline"><h1 class="headline__text">Barges break loose and hit a lock on the Ohio River</h1>
<div class="byline"><span class="byline__names">By <a class="byline__link" href="/profiles/sara-lindqvist"><span class="byline__name">Sara Lindqvist</span></a>, <a class="byline__link" href="/profiles/tomas-echeverria"><span class="byline__name">Tomás Echeverría</span></a> and <span class="byline__name">Hana Okafor</span>, KNN</span></div>
<div class="timestamp">Updated 1:15 PM EDT, Mon June 3, 2024</div></div>
<div class="image" data-component-name="image">
<picture class="image__picture"><source media="(min-width: 1280px)" srcset="{C.format(q='w_1160,c_fill')}"><source media="(min-width: 960px)" srcset="{C.format(q='w_900,c_fill')}"><source media="(max-width: 479px)" srcset="{C.format(q='w_680,c_fill')}">
<img src="{C.format(q='w_800,c_fill')}" alt="Barges pinned against a lock wall"></picture>
<div class="image__metadata"><div class="image__caption attribution"><span data-editable="metaCaption">Barges are pinned against the Greenup lock wall on the Ohio River on Sunday.</span></div>
<figcaption class="image__credit">Jerome Baptiste/Reuters</figcaption></div></div>
<p class="paragraph">At least 14 barges broke loose late Saturday.</p>
<div class="video-resource"><img src="https://media.knn.com/api/v1/images/stellar/prod/240603-video-thumb.jpg?q=w_640" alt=""><img src="https://www.knn.com/media/sites/knn/play-icon.svg" alt="Play"></div>
<div class="image" data-component-name="image">
<picture class="image__picture"><source media="(min-width: 960px)" srcset="{C2.format(q='w_900,c_fill')}">
<img src="{C2.format(q='w_800,c_fill')}" alt=""></picture>
<div class="image__metadata"><div class="image__caption attribution"><span data-editable="metaCaption">Salvage crews work to free the barges on Monday.</span></div>
<figcaption class="image__credit">US Army Corps of Engineers</figcaption></div></div>
<div class="related-content"><span>Related article</span><a href="/2024/05/20/us/mississippi-low-water/index.html"><img src="https://media.knn.com/api/v1/images/stellar/prod/240520-low-water.jpg?q=w_300" alt=""><span>Low water strands barges on the Mississippi</span></a></div>"""),
    exp(U, U, "Barges break loose and hit a lock on the Ohio River", "Sara Lindqvist, Tomás Echeverría and Hana Okafor",
        ["Sara Lindqvist", "Tomás Echeverría", "Hana Okafor"], "Keystone News Network", "og:site_name", [
        ph(C.format(q="w_1160,c_fill"), "Barges are pinned against the Greenup lock wall on the Ohio River on Sunday.",
           "Jerome Baptiste/Reuters", "Reuters", ["Jerome Baptiste"],
           [C.format(q="w_680,c_fill"), C.format(q="w_800,c_fill"), C.format(q="w_900,c_fill")]),
        ph(C2.format(q="w_900,c_fill"), "Salvage crews work to free the barges on Monday.", "US Army Corps of Engineers",
           "US Army Corps of Engineers", [], [C2.format(q="w_800,c_fill")]),
    ]))

# ---------------------------------------------------------------- 07
U = "https://www.meridianwire.com/world/africa/port-strike-ends-after-wage-deal-2024-06-03/"
M = "https://www.meridianwire.com/resizer/v2/{k}.jpg?auth={a}&width={w}&quality=80"
K1, A1 = "4TQ2YHBW7RJ3VNX5PLD6KMZC8E", "9b1e0f3c5d7a2e4f6b8d0c1a3e5f7b9d2c4a6e8f0b1d3c5a7e9f1b3d5c7a9e0f"
K2, A2 = "XJ5WQ8BR2MNK7TLD3HZ6YC4PVA", "0c2e4a6b8d1f3a5c7e9b0d2f4a6c8e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c"
add("07-reuters-caption-glued-wire-credit-purchase-licensing-rights", page(
    "Reuters-style article (Arc): the caption ends with the glued credit 'WIRE/Name' and is followed by the link "
    "'Purchase Licensing Rights, opens new tab' (not part of the caption or credit) — confirmed by find_string "
    "'Purchase Licensing Rights' hits 9237488009 and 55006264236 (captions ending 'REUTERS/Name Purchase Licensing Rights, "
    "opens new tab'). 'Reporting by … Editing by …' trailer is not the byline. Publication only in the footer copyright line. "
    "Arc resizer/v2 ?auth=&width= renditions.",
    f"""<title>Port strike ends after wage deal</title>
<link rel="canonical" href="{U}">""",
    f"""<header><a href="/" aria-label="Meridian Wire homepage"><svg class="logo"></svg></a></header>
<main><article>
<h1 data-testid="Heading">Port strike ends after wage deal</h1>
<div class="article-header__info"><div data-testid="AuthorNameLink">By <a href="/authors/tomasz-wrona/">Tomasz Wrona</a> and <a href="/authors/ifeoma-chukwu/">Ifeoma Chukwu</a></div>
<time datetime="2024-06-03T14:05:00Z">June 3, 2024 2:05 PM UTC</time></div>
<figure><div data-testid="Image"><img src="{M.format(k=K1,a=A1,w=960).replace('&','&amp;')}" srcset="{M.format(k=K1,a=A1,w=480).replace('&','&amp;')} 480w, {M.format(k=K1,a=A1,w=960).replace('&','&amp;')} 960w, {M.format(k=K1,a=A1,w=1920).replace('&','&amp;')} 1920w" alt="Dockworkers walk past idle cranes"></div>
<figcaption><span data-testid="Body">Dockworkers walk past idle cranes at the port of Tema, Ghana, June 2, 2024. MERIDIAN/Dalia Nasser</span> <a href="https://www.meridianwire.com/licensing/?pid=6011" target="_blank"><span>Purchase Licensing Rights</span><span>, opens new tab</span></a></figcaption></figure>
<p data-testid="paragraph-0">TEMA, June 3 (Meridian) - Dockworkers at Ghana's two main ports returned to work on Monday.</p>
<figure><div data-testid="Image"><img src="{M.format(k=K2,a=A2,w=960).replace('&','&amp;')}" srcset="{M.format(k=K2,a=A2,w=480).replace('&','&amp;')} 480w, {M.format(k=K2,a=A2,w=960).replace('&','&amp;')} 960w" alt=""></div>
<figcaption><span data-testid="Body">Union leader Kofi Asamoah-Bray speaks to reporters in Accra, June 1, 2024. MERIDIAN/Yaw Boateng/File Photo</span> <a href="https://www.meridianwire.com/licensing/?pid=6012" target="_blank"><span>Purchase Licensing Rights</span><span>, opens new tab</span></a></figcaption></figure>
<p data-testid="paragraph-5">Reporting by Tomasz Wrona in Tema and Ifeoma Chukwu in Lagos; Editing by Clare Dunmore</p>
<p>Our Standards: The Meridian Trust Principles.</p>
</article></main>
<footer><p>© 2024 Meridian Wire. All rights reserved</p></footer>"""),
    exp(U, U, "Port strike ends after wage deal", "Tomasz Wrona and Ifeoma Chukwu", ["Tomasz Wrona", "Ifeoma Chukwu"],
        "Meridian Wire", "footer copyright", [
        ph(M.format(k=K1,a=A1,w=1920), "Dockworkers walk past idle cranes at the port of Tema, Ghana, June 2, 2024.",
           "MERIDIAN/Dalia Nasser", "MERIDIAN", ["Dalia Nasser"], [M.format(k=K1,a=A1,w=480), M.format(k=K1,a=A1,w=960)]),
        ph(M.format(k=K2,a=A2,w=960), "Union leader Kofi Asamoah-Bray speaks to reporters in Accra, June 1, 2024.",
           "MERIDIAN/Yaw Boateng/File Photo", "MERIDIAN", ["Yaw Boateng"], [M.format(k=K2,a=A2,w=480)]),
    ]))

# ---------------------------------------------------------------- 08
U = "https://www.rheinwelle.de/de/hochwasser-an-der-mosel-pegel-steigt-weiter/a-69218804"
S = "https://static.rheinwelle.de/image/69218{n}_{w}.jpg"
add("08-dw-bild-label-name-dpa-picture-alliance-autor-label", page(
    "Deutsche Welle-style German article (from memory): og:site_name, figcaption with the caption and a separate "
    "'Bild: Name/dpa/picture alliance' credit, author line 'Autor: Name' and an agency trailer 'ckl/jj (dpa, afp)' "
    "(initials, not a byline), static image host with _WIDTH renditions in srcset. Chain rule as in the earlier sets: "
    "picture alliance carries dpa.",
    f"""<title>Hochwasser an der Mosel: Pegel steigt weiter – RW – 03.06.2024</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="Rheinwelle">
<meta property="og:locale" content="de_DE">""",
    f"""<header><a href="/de/"><img src="https://static.rheinwelle.de/img/rw-logo.svg" alt="RW"></a></header>
<article>
<span class="kicker">Deutschland</span>
<h1>Hochwasser an der Mosel: Pegel steigt weiter</h1>
<div class="author-details"><span>Autor: </span><a href="/de/jens-thalberg/person-4411">Jens Thalberg</a></div>
<span class="publication-date">03.06.2024</span>
<figure class="hero-image"><img src="{S.format(n='804',w=906)}" srcset="{S.format(n='804',w=302)} 302w, {S.format(n='804',w=605)} 605w, {S.format(n='804',w=906)} 906w, {S.format(n='804',w=1920)} 1920w" alt="Überflutete Uferpromenade in Trier">
<figcaption><span class="description">In Trier ist die Uferpromenade seit Sonntag gesperrt</span><span class="credit">Bild: Harald Tiedke/dpa/picture alliance</span></figcaption></figure>
<p>Der Pegel der Mosel stieg am Montag in Trier auf 8,12 Meter.</p>
<figure><img src="{S.format(n='811',w=605)}" srcset="{S.format(n='811',w=302)} 302w, {S.format(n='811',w=605)} 605w" alt="">
<figcaption><span class="description">Helfer füllen in Zell Sandsäcke</span><span class="credit">Bild: Freiwillige Feuerwehr Zell</span></figcaption></figure>
<p>ckl/jj (dpa, afp)</p>
</article>
<section class="related"><h2>Mehr zum Thema</h2><a href="/de/a-69100001"><img src="https://static.rheinwelle.de/image/69100001_302.jpg" alt=""><span>Rhein-Pegel sinkt</span></a></section>"""),
    exp(U, U, "Hochwasser an der Mosel: Pegel steigt weiter", "Jens Thalberg", ["Jens Thalberg"], "Rheinwelle", "og:site_name", [
        ph(S.format(n='804',w=1920), "In Trier ist die Uferpromenade seit Sonntag gesperrt", "Harald Tiedke/dpa/picture alliance",
           "dpa", ["Harald Tiedke"], [S.format(n='804',w=w) for w in (302, 605, 906)]),
        ph(S.format(n='811',w=605), "Helfer füllen in Zell Sandsäcke", "Freiwillige Feuerwehr Zell", "Freiwillige Feuerwehr Zell", [],
           [S.format(n='811',w=302)]),
    ]))

# ---------------------------------------------------------------- 09
U = "https://nadwislanska.pl/7,98765,31012345,remont-mostu-w-grudziadzu.html"
P = "https://bi.nadwislanska.pl/im/{a}/{b}/z{c}{s}.jpg"
add("09-wyborcza-fot-label-polish-logo-alt-data-src", page(
    "Gazeta Wyborcza-style Polish article (from memory): image URL family bi.…/im/…/z{id}{size-letter}.jpg (IH, V, Q sizes), "
    "lazy data-src on a transparent gif, caption followed by 'Fot. Name / Agencja …' and 'Fot. PAP/Name'; names without a "
    "label joined by a comma; publication only in the logo's alt text (title has no suffix); 'Polecamy' teasers are decoys.",
    f"""<title>Remont mostu w Grudziądzu potrwa do jesieni</title>
<link rel="canonical" href="{U}">""",
    f"""<header><a href="/"><img class="logo" src="https://static.nadwislanska.pl/img/logo-gn.png" alt="Gazeta Nadwiślańska"></a></header>
<article id="pagetype_art_blog">
<h1 class="art-title">Remont mostu w Grudziądzu potrwa do jesieni</h1>
<div class="article-header__authors"><span class="author">Anna Kowalczyk, Piotr Zieliński</span></div>
<time class="article-date" datetime="2024-06-03 14:05">3 czerwca 2024 | 14:05</time>
<figure class="art-image"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="{P.format(a=31,b=31012,c=31012345,s='IH')}" data-srcset="{P.format(a=31,b=31012,c=31012345,s='V')} 640w, {P.format(a=31,b=31012,c=31012345,s='IH')} 1200w" alt="">
<figcaption>Most im. Bronisława Malinowskiego w Grudziądzu, 2 czerwca 2024 r. Fot. Marta Sowińska / Agencja Nadwiślańska</figcaption></figure>
<p>Prace na moście miały się zakończyć w lipcu.</p>
<figure class="art-image"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="{P.format(a=31,b=31012,c=31012399,s='V')}" alt="">
<figcaption>Prezydent Grudziądza Tomasz Lewandowicz na konferencji prasowej. Fot. PAP/Roman Jurczak</figcaption></figure>
</article>
<section class="polecamy"><h3>Polecamy</h3><a href="/7,98765,31000001,.html"><img src="{P.format(a=31,b=31000,c=31000001,s='Q')}" alt=""><span>Nowy rozkład autobusów</span></a></section>
<footer><p>Copyright © Nadwiślańskie Media S.A.</p></footer>""", lang="pl"),
    exp(U, U, "Remont mostu w Grudziądzu potrwa do jesieni", "Anna Kowalczyk, Piotr Zieliński",
        ["Anna Kowalczyk", "Piotr Zieliński"], "Gazeta Nadwiślańska", "logo alt", [
        ph(P.format(a=31,b=31012,c=31012345,s='IH'), "Most im. Bronisława Malinowskiego w Grudziądzu, 2 czerwca 2024 r.",
           "Marta Sowińska / Agencja Nadwiślańska", "Agencja Nadwiślańska", ["Marta Sowińska"], [P.format(a=31,b=31012,c=31012345,s='V')]),
        ph(P.format(a=31,b=31012,c=31012399,s='V'), "Prezydent Grudziądza Tomasz Lewandowicz na konferencji prasowej.",
           "PAP/Roman Jurczak", "PAP", ["Roman Jurczak"], []),
    ]))

# ---------------------------------------------------------------- 10
U = "https://www.bogazicihaber.com.tr/gundem/istanbulda-metro-hatti-acildi-42871234"
T = "https://i.bogazicihaber.com.tr/{p}/{w}x{h}/665d8f2e{n}.jpg"
LD10 = _j.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "İstanbul'da yeni metro hattı açıldı",
    "datePublished": "2024-06-03T11:20:00+03:00", "author": {"@type": "Person", "name": "Elif Demirtaş"},
    "publisher": {"@type": "NewsMediaOrganization", "name": "Boğaziçi Haber", "logo": {"@type": "ImageObject", "url": "https://i.bogazicihaber.com.tr/logo/bh-600x60.png"}},
    "image": {"@type": "ImageObject", "url": T.format(p="2024/06/03", w=1200, h=675, n="a1"), "width": 1200, "height": 675}}, ensure_ascii=False, indent=1)
add("10-turkish-jsonld-publisher-fotograf-aa-muhabir-role", page(
    "Turkish news-portal article (from memory): JSON-LD NewsArticle with publisher NewsMediaOrganization (no og:site_name, "
    "title has no suffix), author link followed by a separate role line, caption '… Fotoğraf: Name / AA' glued after the "
    "caption text, {w}x{h} path renditions (one also in JSON-LD image), a 'Son Dakika' ticker and ads as decoys.",
    f"""<title>İstanbul'da yeni metro hattı açıldı</title>
<link rel="canonical" href="{U}">
<script type="application/ld+json">{LD10}</script>""",
    f"""<div class="ticker"><span>Son Dakika</span> <a href="/ekonomi/">Dolar güne yükselişle başladı</a></div>
<article>
<h1>İstanbul'da yeni metro hattı açıldı</h1>
<div class="author"><a href="/yazar/elif-demirtas">Elif Demirtaş</a><span class="role">Muhabir</span></div>
<div class="date">03.06.2024 - 11:20 | Güncelleme: 03.06.2024 - 12:02</div>
<figure><picture><source media="(max-width: 640px)" srcset="{T.format(p='2024/06/03', w=640, h=360, n='a1')}"><img src="{T.format(p='2024/06/03', w=1200, h=675, n='a1')}" alt="Metro açılışı"></picture>
<figcaption>Yeni hattın ilk treni Kabataş istasyonundan hareket etti. Fotoğraf: Mehmet Yalçın / AA</figcaption></figure>
<p>Hat günde 400 bin yolcu taşıyacak.</p>
<div class="ad"><img src="https://ads.bogazicihaber.com.tr/banner/728x90-kampanya.jpg" alt="Reklam"></div>
<figure><img src="{T.format(p='2024/06/03', w=1200, h=675, n='b2')}" alt="">
<figcaption>İstasyonda yolcular, 3 Haziran 2024. Fotoğraf: Boğaziçi Haber</figcaption></figure>
</article>"""),
    exp(U, U, "İstanbul'da yeni metro hattı açıldı", "Elif Demirtaş", ["Elif Demirtaş"], "Boğaziçi Haber", "json-ld publisher", [
        ph(T.format(p='2024/06/03', w=1200, h=675, n='a1'), "Yeni hattın ilk treni Kabataş istasyonundan hareket etti.",
           "Mehmet Yalçın / AA", "AA", ["Mehmet Yalçın"], [T.format(p='2024/06/03', w=640, h=360, n='a1')]),
        ph(T.format(p='2024/06/03', w=1200, h=675, n='b2'), "İstasyonda yolcular, 3 Haziran 2024.", "Boğaziçi Haber",
           "Boğaziçi Haber", [], []),
    ]))

# ---------------------------------------------------------------- 11
U = "https://riftnation.co.ke/kenya/news/matatu-strike-paralyses-nakuru-4612318"
N = "https://riftnation.co.ke/resource/image/{i}/landscape_ratio3x2/{w}/{h}/{k}/{c}/{n}.jpg"
add("11-nation-africa-photo-credit-pipe-media-group-title-suffix", page(
    "Nation Africa-style Kenyan article (from memory): title ' | The Rift Nation' suffix with no og:site_name, byline 'By Name' "
    "with the role line 'Reporter, Rift Media Group' after it, caption then 'Photo credit: Name | Rift Media Group' in a "
    "separate element, /resource/image/{id}/landscape_ratio3x2/{w}/{h}/{hash}/… renditions, the footer names the company "
    "(not the publication).",
    f"""<title>Matatu strike paralyses transport in Nakuru | The Rift Nation</title>
<link rel="canonical" href="{U}">""",
    f"""<article class="article-story">
<h1 class="title-medium">Matatu strike paralyses transport in Nakuru</h1>
<div class="article-authors"><p class="article-authors_authors">By <a href="/author/wanjiru-kamau">Wanjiru Kamau</a></p><p class="article-authors_role">Reporter, Rift Media Group</p></div>
<p class="date">Jun 03, 2024 - 4:12 PM EAT</p>
<figure class="article-picture"><picture><source srcset="{N.format(i=4612318,w=480,h=320,k='8a1b2c3d4e5f60718293a4b5c6d7e8f9',c='jR',n='matatu-strike')} 480w, {N.format(i=4612318,w=1600,h=1067,k='8a1b2c3d4e5f60718293a4b5c6d7e8f9',c='jR',n='matatu-strike')} 1600w">
<img src="{N.format(i=4612318,w=960,h=640,k='8a1b2c3d4e5f60718293a4b5c6d7e8f9',c='jR',n='matatu-strike')}" alt=""></picture>
<figcaption><p class="article-picture_caption">Commuters walk along the Nakuru–Nairobi highway after matatu operators withdrew their vehicles on June 3, 2024.</p>
<p class="article-picture_credit">Photo credit: Kariuki Mwangi | Rift Media Group</p></figcaption></figure>
<p>Operators are protesting against new county parking fees.</p>
<section class="article-related"><h3>Related</h3><a href="/kenya/news/nakuru-fees-4600001"><img src="{N.format(i=4600001,w=300,h=200,k='ffeeddccbbaa99887766554433221100',c='Qz',n='nakuru-fees')}" alt=""><span>Nakuru raises parking fees</span></a></section>
</article>
<footer><p>© 2024 Rift Media Group PLC. All rights reserved.</p></footer>"""),
    exp(U, U, "Matatu strike paralyses transport in Nakuru", "Wanjiru Kamau", ["Wanjiru Kamau"], "The Rift Nation", "title suffix", [
        ph(N.format(i=4612318,w=1600,h=1067,k='8a1b2c3d4e5f60718293a4b5c6d7e8f9',c='jR',n='matatu-strike'),
           "Commuters walk along the Nakuru–Nairobi highway after matatu operators withdrew their vehicles on June 3, 2024.",
           "Kariuki Mwangi | Rift Media Group", "Rift Media Group", ["Kariuki Mwangi"],
           [N.format(i=4612318,w=480,h=320,k='8a1b2c3d4e5f60718293a4b5c6d7e8f9',c='jR',n='matatu-strike'),
            N.format(i=4612318,w=960,h=640,k='8a1b2c3d4e5f60718293a4b5c6d7e8f9',c='jR',n='matatu-strike')]),
    ]))

# ---------------------------------------------------------------- 12
U = "https://lagooncourier.ng/news/lagos-ferry-fares-rise/"
L = "https://lagooncourier.ng/wp-content/uploads/2024/06/Ferry-Ikorodu-jetty{s}.jpeg"
L2 = "https://lagooncourier.ng/wp-content/uploads/2024/06/Lagos-Commissioner-Transport{s}.jpg"
add("12-tagdiv-newspaper-featured-image-data-caption-bracket-photo-credit", page(
    "tagDiv 'Newspaper' WordPress theme (common on Nigerian news sites): div.td-post-featured-image > a[href=original][data-caption] "
    "> img.entry-thumb with -696x464 src and a WordPress srcset, caption in figcaption.wp-caption-text ending with "
    "'[PHOTO: Name/Paper]'; byline in .td-post-author-name 'By X and Y'; td-module related thumbnails and ads are decoys. "
    "Class names confirmed by find_string 'td-post-featured-image' (hits 44326813880 with data-caption on the <a>, 7957511480).",
    f"""<title>Lagos ferry fares rise by 40 per cent | The Lagoon Courier</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="The Lagoon Courier">""",
    f"""<div class="td-header-wrap"><a class="td-main-logo" href="/"><img class="td-retina-data" src="https://lagooncourier.ng/wp-content/uploads/2021/03/logo-lc.png" alt="The Lagoon Courier"></a></div>
<div class="td-a-rec td-a-rec-id-header"><img src="https://lagooncourier.ng/wp-content/uploads/2024/05/bank-ad-728x90.gif" alt=""></div>
<article class="post type-post">
<header class="td-post-title"><h1 class="entry-title">Lagos ferry fares rise by 40 per cent</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/adaeze-nwosu/">Adaeze Nwosu</a> and <a href="/author/tunde-bakare/">Tunde Bakare</a></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-06-03T09:14:22+01:00">June 3, 2024</time></span></div></header>
<div class="td-post-content">
<div class="td-post-featured-image"><figure><a href="{L.format(s='')}" data-caption="Passengers board a ferry at the Ikorodu jetty, Lagos. [PHOTO: Segun Adeyemi/The Lagoon Courier]">
<img width="696" height="464" class="entry-thumb td-modal-image" src="{L.format(s='-696x464')}" srcset="{L.format(s='-696x464')} 696w, {L.format(s='-300x200')} 300w, {L.format(s='-1024x683')} 1024w, {L.format(s='-1392x928')} 1392w, {L.format(s='')} 1600w" sizes="(max-width: 696px) 100vw, 696px" alt="Ferry at Ikorodu"></a>
<figcaption class="wp-caption-text">Passengers board a ferry at the Ikorodu jetty, Lagos. [PHOTO: Segun Adeyemi/The Lagoon Courier]</figcaption></figure></div>
<p>The Lagos State Waterways Authority announced the new fares on Sunday.</p>
<figure id="attachment_88231" class="wp-caption aligncenter"><img class="size-full wp-image-88231" src="{L2.format(s='')}" srcset="{L2.format(s='')} 800w, {L2.format(s='-300x200')} 300w" alt="">
<figcaption class="wp-caption-text">Commissioner for Transportation, Folake Adio-Williams</figcaption></figure>
</div></article>
<div class="td_block_related_posts"><div class="td-module-thumb"><a href="/news/bus-rapid-transit/"><img class="entry-thumb" src="https://lagooncourier.ng/wp-content/uploads/2024/05/BRT-218x150.jpg" alt=""></a></div><h3 class="entry-title td-module-title">BRT routes extended</h3><span class="td-post-author-name">By Kelechi Obi</span></div>"""),
    exp(U, U, "Lagos ferry fares rise by 40 per cent", "Adaeze Nwosu and Tunde Bakare", ["Adaeze Nwosu", "Tunde Bakare"],
        "The Lagoon Courier", "og:site_name", [
        ph(L.format(s=''), "Passengers board a ferry at the Ikorodu jetty, Lagos.", "Segun Adeyemi/The Lagoon Courier",
           "The Lagoon Courier", ["Segun Adeyemi"], [L.format(s=x) for x in ('-1024x683', '-1392x928', '-300x200', '-696x464')]),
        ph(L2.format(s=''), "Commissioner for Transportation, Folake Adio-Williams", None, None, [], [L2.format(s='-300x200')]),
    ]))
