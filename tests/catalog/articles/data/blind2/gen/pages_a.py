from common import P, doc

# ---------------------------------------------------------------- 01 WaPo-style (Arc, imrs.php, data-qa)
R = "https://www.capitolsentinel.com/wp-apps/imrs.php?src=https://arc-anglerfish-cs-prod.s3.amazonaws.com/public/{id}.jpg&w={w}"
a = [R.format(id="7QZK4MNV2RHX3BLJ5TYPEW6DCA", w=w) for w in (480, 916, 1440)]
b = [R.format(id="HB3M9XQ2LKV7N5RT4DZWPC8EYU", w=w) for w in (480, 916)]
doc("01-wapo-arc-imrs-data-qa-for-credit", f"""
<!-- Shape: Washington Post article (Arc XP): h1[data-qa=headline], a[data-qa=author-name] byline links, figure with figcaption[data-qa=caption] ending in a parenthesised "(Name for The Post)" credit, imrs.php?src=…&w= renditions in srcset. Selectors from the code corpus: a WashingtonPostExtractor (Swift) config h1[data-qa='headline'] / [data-qa='author-name']; imrs.php resizer from WaPo page snapshots. Text invented. -->
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Metro board delays Silver Line fare cap as deficit grows - The Capitol Sentinel</title>
<meta property="og:site_name" content="The Capitol Sentinel">
<meta property="og:title" content="Metro board delays Silver Line fare cap as deficit grows">
<meta property="og:url" content="https://www.capitolsentinel.com/transportation/2024/04/11/metro-fare-cap-delay/">
<meta property="og:image" content="{a[1]}">
<link rel="canonical" href="https://www.capitolsentinel.com/transportation/2024/04/11/metro-fare-cap-delay/">
</head>
<body>
<header><a href="/" aria-label="The Capitol Sentinel homepage"><svg role="img"><title>The Capitol Sentinel</title></svg></a></header>
<main>
<article>
<div data-qa="headline-kicker">Transportation</div>
<h1 data-qa="headline" id="main-content">Metro board delays Silver Line fare cap as deficit grows</h1>
<div data-qa="author-byline" class="byline">By <span data-qa="author-name"><a href="/people/leah-farrow/">Leah Farrow</a></span> and <span data-qa="author-name"><a href="/people/tomas-ibarra/">Tomás Ibarra</a></span></div>
<div data-qa="timestamp">April 11, 2024 at 6:42 p.m. EDT</div>
<figure data-qa="lead-art">
<img data-qa="image" alt="Commuters board a train" src="{a[1]}" srcset="{a[0]} 480w, {a[1]} 916w, {a[2]} 1440w" sizes="(max-width: 916px) 100vw, 916px" width="916" height="611">
<figcaption data-qa="caption">Commuters board an eastbound Silver Line train at Reston Town Center on Thursday. (Marisol Ybarra for The Capitol Sentinel)</figcaption>
</figure>
<div class="article-body">
<p data-el="text">The transit authority's board voted 6-2 on Thursday to postpone a weekly fare cap for riders on the outer Silver Line stations.</p>
<figure>
<img data-qa="image" alt="Board members" src="{b[1]}" srcset="{b[0]} 480w, {b[1]} 916w" loading="lazy" width="916" height="611">
<figcaption data-qa="caption">Board chair Renata Oyelaran, center, listens to public comment during Thursday's meeting. (Dev Okonkwo/The Capitol Sentinel)</figcaption>
</figure>
<p data-el="text">Officials said the cap would cost about $14 million a year.</p>
</div>
<div data-qa="author-bio" class="author-box">
<img alt="Leah Farrow" src="https://www.capitolsentinel.com/wp-apps/imrs.php?src=https://s3.amazonaws.com/arc-authors/capsentinel/leah-farrow.png&w=180" width="60" height="60">
<p><a href="/people/leah-farrow/">Leah Farrow</a> covers regional transportation. <a href="https://twitter.com/leahfarrow">Follow</a></p>
</div>
<aside data-qa="more-from"><h2>More from Transportation</h2>
<a href="/transportation/2024/04/09/beltway-tolls/"><img alt="" src="https://www.capitolsentinel.com/wp-apps/imrs.php?src=https://arc-anglerfish-cs-prod.s3.amazonaws.com/public/ZZ4T2VXQ8LKM3PD6RHN9WBC5EA.jpg&w=150"><span>Beltway toll lanes to raise rates</span></a>
</aside>
</article>
</main>
<img src="https://www.capitolsentinel.com/pb/beacon/1x1.gif?v=4" width="1" height="1" alt="">
<footer>© 1996-2024 The Capitol Sentinel</footer>
</body>
</html>
""", read_at="https://www.capitolsentinel.com/transportation/2024/04/11/metro-fare-cap-delay/?itid=hp-top-table-main&utm_campaign=wp_main",
 url="https://www.capitolsentinel.com/transportation/2024/04/11/metro-fare-cap-delay/",
 title="Metro board delays Silver Line fare cap as deficit grows",
 byline="Leah Farrow and Tomás Ibarra", bylines=["Leah Farrow", "Tomás Ibarra"],
 publication="The Capitol Sentinel", source="og:site_name",
 photos=[P(a[2], "Commuters board an eastbound Silver Line train at Reston Town Center on Thursday.",
           "Marisol Ybarra for The Capitol Sentinel", "The Capitol Sentinel", ["Marisol Ybarra"], a[:2]),
         P(b[1], "Board chair Renata Oyelaran, center, listens to public comment during Thursday's meeting.",
           "Dev Okonkwo/The Capitol Sentinel", "The Capitol Sentinel", ["Dev Okonkwo"], b[:1])])

# ---------------------------------------------------------------- 02 LA Times (Brightspot) figure-credit, webp <source>
D = "https://ca-times.pacificcoasttimes.com/dims4/default/{sig}/2147483647/strip/true/crop/6000x4000+0+0/resize/{w}x{h}!/{fmt}quality/75/?url=https%3A%2F%2Fcalifornia-times-brightspot.s3.amazonaws.com%2F{key}"
def dims(sig, key, sizes, fmt):
    return [D.format(sig=sig, key=key, w=w, h=h, fmt=fmt) for (w, h) in sizes]
k1 = "4e%2F1a%2F9b0c2d7e44f0a3b6c1d8e5f20a7b%2Fla-me-santa-ana-winds-01.jpg"
k2 = "7c%2F55%2F01ab8e3f49d2a6c7e0b1f4d39e82%2Fla-me-santa-ana-winds-02.jpg"
w1 = dims("3b1f0a2", k1, [(320, 213), (640, 427), (1200, 800), (2000, 1333)], "format/webp/")
j1 = dims("9d2e4c1", k1, [(1200, 800)], "")
w2 = dims("5a7e9f3", k2, [(320, 213), (640, 427), (1200, 800)], "format/webp/")
j2 = dims("c41b8d0", k2, [(1200, 800)], "")
doc("02-latimes-brightspot-figure-credit-webp-source", f"""
<!-- Shape: Los Angeles Times on Brightspot (after its move off Arc): figure.figure > picture with <source type=image/webp srcset> of dims4 resize URLs and a jpg <img>, figcaption.figure-caption holding div.figure-caption-text and a separate div.figure-credit "(Name / Paper)"; JSON-LD NewsArticle with publisher. Brightspot dims4 URL form from the code corpus (m4rk4/BuoyantUnrealisticModule feedhandlers, Brightspot/Politico resize_image 'dims4/default/{{sig}}/2147483647/resize/{{w}}x/quality/80/?url='); the LA Times credit kept in its own element as in the older Tribune template's .trb_ar_cr (postlight/parser src/extractors/custom/www.latimes.com/index.js); the current figure-caption/figure-credit class names are recalled from latimes.com, not verified in the corpus. Text invented. -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Santa Ana winds knock out power to 40,000 in Inland Empire</title>
<meta property="og:title" content="Santa Ana winds knock out power to 40,000 in Inland Empire">
<link rel="canonical" href="https://www.pacificcoasttimes.com/california/story/2024-01-19/santa-ana-winds-power-outages-inland-empire">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"Santa Ana winds knock out power to 40,000 in Inland Empire","author":[{{"@type":"Person","name":"Noor Haddad"}}],"publisher":{{"@type":"NewsMediaOrganization","name":"Pacific Coast Times","logo":{{"@type":"ImageObject","url":"https://www.pacificcoasttimes.com/static/pct-logo-400x60.png"}}}}}}</script>
</head>
<body class="page-story">
<header class="header-nav"><a class="header-nav-logo" href="/"><img src="https://www.pacificcoasttimes.com/static/pct-wordmark.svg" alt="Pacific Coast Times"></a><a class="subscribe-button" href="/subscriptions">Subscribe</a></header>
<div class="page-content">
<h1 class="headline">Santa Ana winds knock out power to 40,000 in Inland Empire</h1>
<div class="byline"><div class="author-name">By <a class="link" href="/people/noor-haddad">Noor Haddad</a></div><div class="author-position">Staff Writer</div></div>
<figure class="figure page-lead-media">
<picture>
<source type="image/webp" width="320" height="213" srcset="{w1[0]} 320w, {w1[1]} 640w, {w1[2]} 1200w, {w1[3]} 2000w" sizes="100vw">
<img class="image" alt="A downed eucalyptus tree rests on power lines" width="1200" height="800" src="{j1[0]}" decoding="async">
</picture>
<figcaption class="figure-caption"><div class="figure-caption-text"><p>A downed eucalyptus tree rests on power lines along Foothill Boulevard in Rialto on Friday.</p></div><div class="figure-credit">(Ruben Vasquez / Pacific Coast Times)</div></figcaption>
</figure>
<div class="rich-text-article-body">
<p>Gusts topped 70 mph in the Cajon Pass early Friday, utility officials said.</p>
<figure class="figure">
<picture>
<source type="image/webp" srcset="{w2[0]} 320w, {w2[1]} 640w, {w2[2]} 1200w">
<img class="image" loading="lazy" alt="Crews repair a transformer" src="{j2[0]}">
</picture>
<figcaption class="figure-caption"><div class="figure-caption-text"><p>Utility crews repair a transformer in Fontana.</p></div><div class="figure-credit">(Irfan Cole / For Pacific Coast Times)</div></figcaption>
</figure>
<p>Power was expected to return to most customers by Saturday night.</p>
</div>
<div class="related-content"><a href="/california/story/2024-01-18/red-flag-warning"><img class="image" src="https://ca-times.pacificcoasttimes.com/dims4/default/77aa001/2147483647/strip/true/crop/2000x1333+0+0/resize/168x112!/quality/75/?url=https%3A%2F%2Fcalifornia-times-brightspot.s3.amazonaws.com%2F11%2F22%2Fredflag.jpg" alt=""><span>Red flag warning extended</span></a></div>
</div>
<footer class="footer">Copyright © 2024, Pacific Coast Times | Terms of Service | Privacy Policy</footer>
</body>
</html>
""", read_at="https://www.pacificcoasttimes.com/california/story/2024-01-19/santa-ana-winds-power-outages-inland-empire",
 url="https://www.pacificcoasttimes.com/california/story/2024-01-19/santa-ana-winds-power-outages-inland-empire",
 title="Santa Ana winds knock out power to 40,000 in Inland Empire",
 byline="Noor Haddad", bylines=["Noor Haddad"],
 publication="Pacific Coast Times", source="json-ld publisher",
 photos=[P(w1[3], "A downed eucalyptus tree rests on power lines along Foothill Boulevard in Rialto on Friday.",
           "Ruben Vasquez / Pacific Coast Times", "Pacific Coast Times", ["Ruben Vasquez"], w1[:3] + j1),
         P(w2[2], "Utility crews repair a transformer in Fontana.",
           "Irfan Cole / For Pacific Coast Times", "Pacific Coast Times", ["Irfan Cole"], w2[:2] + j2)])

# ---------------------------------------------------------------- 03 Gannett (gnt_) lead image, "originally appeared on" syndication
G = "https://www.kettlefallsrecord.com/gcdn/authoring/authoring-images/2024/06/02/PRID/{id}.jpg?crop=4199,2362,x0,y218&width={w}&height={h}&format=pjpg&auto=webp"
g1 = [G.format(id="73921840007-ridgeway-dam-01", w=w, h=h) for (w, h) in ((660, 371), (1320, 742), (3200, 1800))]
g2 = [G.format(id="73921840011-ridgeway-dam-02", w=w, h=h) for (w, h) in ((660, 371), (1320, 742))]
doc("03-gannett-gnt-lead-originally-appeared-on", f"""
<!-- Shape: current Gannett/USA TODAY Network article template: gnt_ar_hl headline, gnt_ar_by byline block (author link + separate publication line), figure.gnt_em_img with img.gnt_em_img_i src + data-gl-srcset 2x and a caption element with a separate credit span, lazy in-body image (data-gl-src, src=data: placeholder), closing "This article originally appeared on X: headline" syndication line. gcdn ?crop=&width=&height=&format=pjpg&auto=webp renditions; Code corpus: figure.gnt_em.gnt_em__fp.gnt_em_img > img.gnt_em_img_i with data-gl-src / data-gl-srcset (find_string 'gnt_em_img' hits ids 25351805230, 11186365216, 11245808778), caption and credit carried in data-c-caption / data-c-credit attributes (m4rk4/BuoyantUnrealisticModule feedhandlers/gannett.py get_image, id 39798040775); the visible caption/credit span class names are recalled, not verified. Text invented. -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ridgeway dam inspection finds cracks in spillway, county says</title>
<meta property="og:site_name" content="Kettle Falls Record">
<meta property="og:title" content="Ridgeway dam inspection finds cracks in spillway, county says">
<meta property="og:url" content="https://www.kettlefallsrecord.com/story/news/local/2024/06/02/ridgeway-dam-spillway-cracks/73921840007/">
<link rel="canonical" href="https://www.kettlefallsrecord.com/story/news/local/2024/06/02/ridgeway-dam-spillway-cracks/73921840007/">
</head>
<body>
<nav class="gnt_n"><a class="gnt_n_logo" href="/"><img src="https://www.gannett-cdn.example/sites/kettlefallsrecord/logo.svg" alt="Kettle Falls Record"></a></nav>
<main class="gnt_cw">
<article>
<h1 class="gnt_ar_hl" elementtiming="ar-headline">Ridgeway dam inspection finds cracks in spillway, county says</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi" href="/staff/2654001/wyatt-brennan/">Wyatt Brennan</a><div class="gnt_ar_by_ln">Ridgeway Tribune</div></div>
<div class="gnt_ar_dt" aria-label="Published: June 2, 2024 at 5:03 a.m. CT">Published 5:03 a.m. CT June 2, 2024</div>
<figure class="gnt_em gnt_em__fp gnt_em_img" style="padding-top:56.25%">
<img class="gnt_em_img_i" alt="Ridgeway Dam" src="{g1[0]}" data-gl-srcset="{g1[1]} 2x" elementtiming="ar-lead-image">
<figcaption class="gnt_em_img_ccw" data-c-caption="Water flows over the Ridgeway Dam spillway on May 30, 2024." data-c-credit="Selah Moore/Ridgeway Tribune"><span class="gnt_em_img_ccw_t">Water flows over the Ridgeway Dam spillway on May 30, 2024.</span><span class="gnt_em_img_cr" aria-hidden="true">Selah Moore/Ridgeway Tribune</span></figcaption>
<a class="gnt_em_img_a" href="{g1[2]}" data-c-ev="full screen">View full image</a>
</figure>
<div class="gnt_ar_b">
<p class="gnt_ar_b_p">County engineers found three hairline cracks in the spillway's concrete apron during a routine inspection, officials said Friday.</p>
<figure class="gnt_em gnt_em_img">
<img class="gnt_em_img_i" loading="lazy" alt="Inspectors" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" data-gl-src="{g2[0]}" data-gl-srcset="{g2[1]} 2x">
<figcaption class="gnt_em_img_ccw" data-c-caption="State inspectors walk the spillway apron." data-c-credit="Provided by Oswego County Engineering"><span class="gnt_em_img_ccw_t">State inspectors walk the spillway apron.</span><span class="gnt_em_img_cr">Provided by Oswego County Engineering</span></figcaption>
</figure>
<p class="gnt_ar_b_p">The dam holds back Lake Tamsin, which supplies water to about 18,000 residents.</p>
<p class="gnt_ar_b_p"><em>This article originally appeared on Ridgeway Tribune: Ridgeway dam inspection finds cracks in spillway, county says</em></p>
</div>
<div class="gnt_ar_bio"><img class="gnt_ar_bio_img" alt="" src="https://www.kettlefallsrecord.com/gcdn/authoring/authoring-images/staff/wyatt-brennan.png?width=80&height=80"> Wyatt Brennan covers public works.</div>
</article>
</main>
<img alt="" src="https://pixel.tapad.example/idsync/ex/receive?partner_id=2653&amp;cb=1" height="1" width="1">
<footer class="gnt_f">© 2024 www.kettlefallsrecord.com. All rights reserved.</footer>
</body>
</html>
""", read_at="https://www.kettlefallsrecord.com/story/news/local/2024/06/02/ridgeway-dam-spillway-cracks/73921840007/",
 url="https://www.kettlefallsrecord.com/story/news/local/2024/06/02/ridgeway-dam-spillway-cracks/73921840007/",
 title="Ridgeway dam inspection finds cracks in spillway, county says",
 byline="Wyatt Brennan", bylines=["Wyatt Brennan"],
 publication="Ridgeway Tribune", source="syndication",
 photos=[P(g1[2], "Water flows over the Ridgeway Dam spillway on May 30, 2024.",
           "Selah Moore/Ridgeway Tribune", "Ridgeway Tribune", ["Selah Moore"], g1[:2]),
         P(g2[1], "State inspectors walk the spillway apron.",
           "Provided by Oswego County Engineering", None, [], g2[:1])])

# ---------------------------------------------------------------- 04 Politico story-photo dims4, 3 authors, title suffix
PD = "https://www.capitolbrief.com/dims4/default/{sig}/2147483647/resize/{w}x/quality/90/?url=https%3A%2F%2Fstatic.capitolbrief.com%2F{key}"
p1 = [PD.format(sig=s, w=w, key="5b%2F0e%2F2c1d9f7a4e3b8c6d0a2f1e5b7c9d%2Fsenate-farm-bill-vote.jpg") for s, w in (("e1a2b3c", 630), ("f4d5e6a", 1160), ("a7b8c9d", 2320))]
p2 = [PD.format(sig=s, w=w, key="9a%2F33%2F8f2e1d0c7b6a5f4e3d2c1b0a9f8e%2Fag-secretary.jpg") for s, w in (("b0c1d2e", 630), ("c3d4e5f", 1160))]
doc("04-politico-story-photo-dims4-three-authors-title-suffix", f"""
<!-- Shape: Politico story page: figure.story-photo > div.fig-graphic img (dims4 resize/{{w}}x/quality/90/?url= renditions) and figcaption with p.story-photo__caption and a separate p.credits-text "Name/AGENCY"; byline "By A, B and C" in p.story-meta__authors; no og:site_name, title " - CAPITOL BRIEF"-style suffix. Politico dims4 URL form from the code corpus (m4rk4/BuoyantUnrealisticModule feedhandlers, politico resize_image 'https://www.politico.com/dims4/default/{{sig}}/2147483647/resize/{{w}}x/quality/80/?url='); calibre politico.com recipes. Text invented. -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Senate farm bill stalls over crop insurance subsidies – Capitol Brief</title>
<meta property="og:title" content="Senate farm bill stalls over crop insurance subsidies">
<meta property="og:type" content="article">
<link rel="canonical" href="https://www.capitolbrief.com/news/2024/07/16/senate-farm-bill-crop-insurance-00168342">
</head>
<body>
<header class="global-header"><a class="logo" href="/"><svg aria-hidden="true"></svg><span class="sr-only">Home</span></a><span class="section-name">Congress</span></header>
<main>
<div class="summary"><h2 class="headline">Senate farm bill stalls over crop insurance subsidies</h2>
<p class="dek">Midwestern Republicans want higher premium support; budget hawks balk.</p></div>
<p class="story-meta__authors"><span class="vcard">By <a href="/staff/wren-castellano">Wren Castellano</a>, <a href="/staff/ojas-mehta">Ojas Mehta</a> and <a href="/staff/pia-lindqvist">Pia Lindqvist</a></span></p>
<p class="story-meta__timestamp"><time datetime="2024-07-16 18:04">07/16/2024 06:04 PM EDT</time></p>
<figure class="story-photo">
<div class="fig-graphic"><img src="{p1[1]}" srcset="{p1[0]} 630w, {p1[1]} 1160w, {p1[2]} 2320w" alt="Senators leave the chamber"></div>
<figcaption><p class="story-photo__caption">Senators leave the chamber after a procedural vote on the farm bill failed Tuesday.</p><p class="credits-text">Ilan Brody/Capitol Brief</p></figcaption>
</figure>
<div class="story-text">
<p>The Senate's farm bill talks broke down Tuesday over how much the government should pay toward crop insurance premiums.</p>
<figure class="story-photo story-photo--inline">
<div class="fig-graphic"><img src="{p2[0]}" srcset="{p2[0]} 630w, {p2[1]} 1160w" alt="Agriculture Secretary"></div>
<figcaption><p class="story-photo__caption">Agriculture Secretary Dolores Whitcombe testifies in June.</p><p class="credits-text">Sasha Ebert/AP</p></figcaption>
</figure>
<p>Negotiators said they would resume talks after the August recess.</p>
</div>
<div class="story-related"><a href="/news/2024/07/15/snap-work-rules"><img src="https://www.capitolbrief.com/dims4/default/0d0d0d0/2147483647/resize/150x/quality/90/?url=https%3A%2F%2Fstatic.capitolbrief.com%2Fsnap.jpg" alt=""></a></div>
</main>
<footer>© 2024 Capitol News Desk LLC</footer>
</body>
</html>
""", read_at="https://www.capitolbrief.com/news/2024/07/16/senate-farm-bill-crop-insurance-00168342?cid=apn",
 url="https://www.capitolbrief.com/news/2024/07/16/senate-farm-bill-crop-insurance-00168342",
 title="Senate farm bill stalls over crop insurance subsidies",
 byline="Wren Castellano, Ojas Mehta and Pia Lindqvist", bylines=["Wren Castellano", "Ojas Mehta", "Pia Lindqvist"],
 publication="Capitol Brief", source="title suffix",
 photos=[P(p1[2], "Senators leave the chamber after a procedural vote on the farm bill failed Tuesday.",
           "Ilan Brody/Capitol Brief", "Capitol Brief", ["Ilan Brody"], p1[:2]),
         P(p2[1], "Agriculture Secretary Dolores Whitcombe testifies in June.",
           "Sasha Ebert/AP", "AP", ["Sasha Ebert"], p2[:1])])

# ---------------------------------------------------------------- 05 Vox Media Chorus e-image with cite
V = "https://cdn.thegridline.com/thumbor/{sig}=/0x0:4000x2667/{w}x{h}/filters:focal(1680x1014:2320x1654):format(webp)/cdn.vox-cdn.com/uploads/chorus_image/image/73321045/1248337164.0.jpg"
v = [V.format(sig=s, w=w, h=h) for s, w, h in (("kP1q", 320, 213), ("Aa9z", 620, 413), ("Xc3v", 920, 613), ("Lm8n", 1200, 800))]
vorig = "https://cdn.vox-cdn.com/uploads/chorus_image/image/73321045/1248337164.0.jpg"
V2 = "https://cdn.thegridline.com/thumbor/{sig}=/0x0:3000x2000/{w}x{h}/filters:no_upscale()/cdn.vox-cdn.com/uploads/chorus_asset/file/25190443/GettyImages_2101938475.jpg"
v2 = [V2.format(sig=s, w=w, h=h) for s, w, h in (("Qw2e", 320, 213), ("Rt5y", 1200, 800))]
doc("05-vox-chorus-e-image-cite-getty", f"""
<!-- Shape: Vox Media Chorus article: figure.e-image with span.e-image__image[data-original] wrapping picture.c-picture (thumbor /WxH/filters:focal(...):format(webp)/cdn.vox-cdn.com/uploads/chorus_image/... srcset) and span.e-image__meta > figcaption + cite for the credit ("Photo by …"); in-body figure.e-image--inline with chorus_asset thumbor URLs; c-byline with c-byline__author-name. Code corpus: span.e-image__image[data-original] and span.e-image__meta read as the caption (find_string 'e-image__meta' hit id 477386095), a Mercury-parser custom extractor mapping 'figure .e-image__meta' to figcaption (id 18211242287); c-picture/c-byline names recalled from Vox Media pages. Text invented. -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The minor-league stadium boom is leaving small towns with the bill - The Gridline</title>
<meta property="og:site_name" content="The Gridline">
<meta property="og:title" content="The minor-league stadium boom is leaving small towns with the bill">
<meta property="og:url" content="https://www.thegridline.com/sports/24117520/minor-league-stadium-costs-small-towns">
<meta property="og:image" content="{v[3]}">
</head>
<body class="entry">
<header class="l-header"><a class="c-global-header__logo" href="/"><img alt="The Gridline logo" src="https://cdn.thegridline.com/uploads/chorus_asset/file/gridline_logo.png"></a></header>
<article class="l-main-content">
<h1 class="c-page-title">The minor-league stadium boom is leaving small towns with the bill</h1>
<p class="c-entry-summary p-dek">Cities promised revitalization. They got debt.</p>
<div class="c-byline"><span class="c-byline__item"><span class="c-byline__author-name">By <a href="/authors/corinne-vale">Corinne Vale</a></span></span><span class="c-byline__item"><time class="c-byline__item">Apr 3, 2024, 8:00am EDT</time></span></div>
<figure class="e-image e-image--hero">
<span class="e-image__inner"><span class="e-image__image" data-original="{vorig}">
<picture class="c-picture" data-cdata='{{"image_id":73321045,"ratio":"*"}}'>
<source srcset="{v[0]} 320w, {v[1]} 620w, {v[2]} 920w, {v[3]} 1200w" sizes="(min-width: 1221px) 846px, (min-width: 880px) calc(100vw - 334px), 100vw" type="image/webp">
<img alt="Empty seats at a ballpark" src="{v[2]}">
</picture>
</span></span>
<span class="e-image__meta"><figcaption>Empty seats at Riverfront Park in Dunmore, where the Tidewater Gulls drew 1,900 fans a game last season.</figcaption><cite>Photo by Eamon Ruiz/AFP via Getty Images</cite></span>
</figure>
<div class="c-entry-content">
<p>When Dunmore borrowed $48 million for a new ballpark, the city said it would pay for itself.</p>
<figure class="e-image e-image--inline">
<span class="e-image__inner"><span class="e-image__image" data-original="https://cdn.vox-cdn.com/uploads/chorus_asset/file/25190443/GettyImages_2101938475.jpg"><img alt="Construction" src="{v2[1]}" srcset="{v2[0]} 320w, {v2[1]} 1200w" loading="lazy"></span></span>
<span class="e-image__meta"><figcaption>Cranes rise over the site of a new stadium in Wexley in 2022.</figcaption><cite>Getty Images</cite></span>
</figure>
<p>Bond payments now consume 9 percent of the general fund.</p>
</div>
<div class="c-author-bio"><img class="c-author-bio__avatar" alt="Corinne Vale" src="https://cdn.thegridline.com/thumbor/aV1=/0x0:400x400/96x96/cdn.vox-cdn.com/author_profile_images/198331/corinne.0.jpg"><p>Corinne Vale is a sports business reporter.</p></div>
</article>
<footer>© 2024 Vox Media, LLC. All Rights Reserved</footer>
</body>
</html>
""", read_at="https://www.thegridline.com/sports/24117520/minor-league-stadium-costs-small-towns?utm_source=twitter&utm_medium=social",
 url="https://www.thegridline.com/sports/24117520/minor-league-stadium-costs-small-towns",
 title="The minor-league stadium boom is leaving small towns with the bill",
 byline="Corinne Vale", bylines=["Corinne Vale"],
 publication="The Gridline", source="og:site_name",
 photos=[P(vorig, "Empty seats at Riverfront Park in Dunmore, where the Tidewater Gulls drew 1,900 fans a game last season.",
           "Eamon Ruiz/AFP via Getty Images", "AFP", ["Eamon Ruiz"], v),
         P("https://cdn.vox-cdn.com/uploads/chorus_asset/file/25190443/GettyImages_2101938475.jpg",
           "Cranes rise over the site of a new stadium in Wexley in 2022.", "Getty Images", "Getty Images", [], v2)])
