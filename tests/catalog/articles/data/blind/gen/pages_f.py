from common import *

e = lambda s: s.replace("&", "&amp;")

# ---------- 23 Gannett (USA TODAY Network) gallery embed, "1 of 4" counters ----------
GB = "https://www.holliscourierpress.com/gcdn/presto/2024/07/27/PHCP/{id}.jpg"
def gn(i, w, h, extra=""): return GB.format(id=i) + f"?crop=5471,3648,x0,y0&width={w}&height={h}&format=pjpg&auto=webp{extra}"
slides = [
 ("8c1f2d3e-4a5b-4c6d-9e8f-0a1b2c3d4e5f", "A rider clears the last barrel during the youth rodeo at the Hollis County Fair on Friday, July 26, 2024.", "Sam Ortega/USA TODAY NETWORK", "USA TODAY NETWORK", ["Sam Ortega"]),
 ("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "Fairgoers ride the Skyliner Ferris wheel at sunset.", "Sam Ortega/USA TODAY NETWORK", "USA TODAY NETWORK", ["Sam Ortega"]),
 ("9f8e7d6c-5b4a-4c3d-2e1f-0a9b8c7d6e5f", "Hollis High's Marco Diaz (12) celebrates after the fair's charity softball game.", "Dale Ferris-USA TODAY Sports", "USA TODAY Sports", ["Dale Ferris"]),
 ("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "The first Hollis County Fair, pictured in 1921.", "Courtesy of the Hollis County Fair Association", None, []),
]
items, photos = "", []
for n, (i, cap, cr, ag, phs) in enumerate(slides, 1):
    a, b = gn(i, 660, 440), gn(i, 1320, 880)
    items += f"""<div class="gnt_em_gl_i" data-c-gl-i="{n}"><div class="gnt_em_gl_i_ctr">{n} of {len(slides)}</div><figure class="gnt_em_gl_i_f"><img class="gnt_em_gl_i_img" {'src' if n == 1 else 'data-gl-src'}="{e(a)}" {'srcset' if n == 1 else 'data-gl-srcset'}="{e(b)} 2x" alt="{cap[:40]}" width="660" height="440" data-g-r="lightbox"><figcaption class="gnt_em_gl_cap"><span class="gnt_em_gl_cap_t">{cap}</span> <span class="gnt_em_gl_cap_cr" aria-label="Image credit">{cr}</span></figcaption></figure></div>\n"""
    photos.append(photo(b, cap, cr, ag, phs, [a]))
html = f"""<!-- structure: Gannett / USA TODAY Network story with a gallery embed: gnt_ class names (gnt_ar_b body, gnt_em gnt_em_gl gallery embed) as in a usatoday.com page stored in the code corpus (find_string id 20748987270) and scrapers that handle a.gnt_em_gl (ids 39738570609, 39728316950); /gcdn/presto/…jpg?crop=…&width=…&height=…&format=pjpg&auto=webp renditions; the inline '1 of N' slide markup with data-gl-src lazy attributes is reconstructed -->
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Photos: Rodeo, rides and a rainout at the 103rd Hollis County Fair</title>
<meta property="og:site_name" content="The Hollis Courier-Press">
<link rel="canonical" href="https://www.holliscourierpress.com/picture-gallery/news/local/2024/07/27/hollis-county-fair-2024-photos/74561230007/">
</head>
<body>
<header class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="Hollis Courier-Press homepage"><img src="https://www.gannett-cdn.com/sites/holliscourierpress/images/site-nav-logo@2x.png" alt="" width="120" height="40"></a></header>
<main class="gnt_cw">
<article class="gnt_pr">
<h1 class="gnt_ar_hl">Photos: Rodeo, rides and a rainout at the 103rd Hollis County Fair</h1>
<div class="gnt_ar_by"><img class="gnt_ar_by_a_img" src="https://www.gannett-cdn.com/authoring/authoring-images/2023/02/lou-hartmann.png?crop=400,400,x0,y0&amp;width=48&amp;height=48" alt="" width="48" height="48"><div class="gnt_ar_by_a">By <a class="gnt_ar_by_a" href="/staff/2649117001/lou-hartmann/">Lou Hartmann</a></div><div class="gnt_ar_by_ti">Hollis Courier-Press</div></div>
<div class="gnt_ar_b"><p class="gnt_ar_b_p">The fair wraps up Sunday with the demolition derby, weather permitting.</p>
<div class="gnt_em gnt_em_gl" aria-label="Gallery" data-c-gl="74561230007">
{items}</div>
<p class="gnt_ar_b_p">Gates open at 9 a.m.; admission is $8 for adults.</p></div>
</article>
<aside class="gnt_rr"><h3>Trending</h3><a href="/story/news/local/2024/07/25/heat-advisory/"><img src="https://www.holliscourierpress.com/gcdn/presto/2024/07/25/PHCP/heat.jpg?crop=1600,900,x0,y0&amp;width=160&amp;height=90" alt="">Heat advisory through Sunday</a></aside>
</main>
</body>
</html>
"""
page("23-gannett-gallery-embed-1-of-4", html, expected(
    "https://www.holliscourierpress.com/picture-gallery/news/local/2024/07/27/hollis-county-fair-2024-photos/74561230007/",
    "https://www.holliscourierpress.com/picture-gallery/news/local/2024/07/27/hollis-county-fair-2024-photos/74561230007/",
    "Photos: Rodeo, rides and a rainout at the 103rd Hollis County Fair",
    "Lou Hartmann", ["Lou Hartmann"], "The Hollis Courier-Press", "og:site_name", photos))

# ---------- 24 McClatchy-style alternates renditions, application-name ----------
M = "https://www.sierrabee.com/public/latest-news/mnkj3f/picture289334120/alternates/{alt}/drought-orchard-pull.jpg"
m = {a: M.format(alt=a) for a in ["LANDSCAPE_320", "LANDSCAPE_640", "LANDSCAPE_1140", "FREE_1140", "LANDSCAPE_1920"]}
html = f"""<!-- structure: McClatchy-style article: picture/source srcset over …/picture<N>/alternates/<ALT_NAME>/<slug>.jpg renditions (LANDSCAPE_320 … LANDSCAPE_1920, FREE_1140; the ALTERNATES/LANDSCAPE_N scheme as in code-corpus find_string hits 41802296634, 37116498924), figcaption with span.caption and span.photo-credit, author card with headshot after the story; application-name carries the paper's name as in trafilatura tests/cache/mercurynews.com.2023.01.16.letters-1119.html (meta name="application-name") -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="application-name" content="The Sierra Bee">
<title>Growers pull 30,000 acres of almonds as water cuts bite</title>
<link rel="canonical" href="https://www.sierrabee.com/news/local/article289334115.html">
</head>
<body>
<header class="masthead"><a href="/" class="logo" aria-label="Homepage"><svg aria-hidden="true"><use href="#sb-logo"></use></svg></a><nav><a href="/news/">News</a><a href="/sports/">Sports</a></nav></header>
<main>
<article class="story-body">
<div class="header"><h1 class="h1">Growers pull 30,000 acres of almonds as water cuts bite</h1>
<div class="byline"><a href="https://www.sierrabee.com/profile/88213456.html" class="ng-user">Kelly Nguyen</a></div>
<time datetime="2024-03-09T05:00:00-08:00">March 9, 2024 5:00 AM</time></div>
<figure class="img-container figure-lead"><picture><source srcset="{m['LANDSCAPE_640']} 640w, {m['LANDSCAPE_1140']} 1140w, {m['LANDSCAPE_1920']} 1920w" sizes="(max-width: 1140px) 100vw, 1140px"><img src="{m['LANDSCAPE_1140']}" srcset="{m['LANDSCAPE_320']} 320w, {m['LANDSCAPE_640']} 640w" alt="Excavator pulls almond trees" data-proportional-src="{m['FREE_1140']}"></picture>
<figcaption><span class="caption">An excavator rips out 20-year-old almond trees on a ranch west of Kerman on Wednesday. Growers say they cannot keep the orchards alive on a 15% water allocation.</span> <span class="photo-credit">Jorge Ibarra/The Sierra Bee</span></figcaption></figure>
<p>Almond growers across the county have removed roughly 30,000 acres of orchards since last fall, according to the agricultural commissioner.</p>
<p>Most of the land will sit fallow this year.</p>
<div class="author-card"><img src="https://www.sierrabee.com/public/people/88213456/alternates/SQUARE_80/kelly-nguyen.jpg" alt="Profile Image of Kelly Nguyen" width="80" height="80"><div class="author-card-name">Kelly Nguyen</div><p>Kelly Nguyen covers agriculture and water for The Sierra Bee.</p></div>
</article>
<div class="related-stories"><h3>Related stories from The Sierra Bee</h3><a href="/news/local/article289100010.html"><img src="https://www.sierrabee.com/public/latest-news/a1b2c3/picture289100005/alternates/LANDSCAPE_160/canal.jpg" alt="">Canal repair will take two years</a></div>
</main>
<footer><p>Copyright 2024 The Sierra Bee. All Rights Reserved.</p></footer>
</body>
</html>
"""
page("24-mcclatchy-alternates-application-name", html, expected(
    "https://www.sierrabee.com/news/local/article289334115.html",
    "https://www.sierrabee.com/news/local/article289334115.html",
    "Growers pull 30,000 acres of almonds as water cuts bite",
    "Kelly Nguyen", ["Kelly Nguyen"], "The Sierra Bee", "application-name",
    [photo(m["LANDSCAPE_1920"], "An excavator rips out 20-year-old almond trees on a ranch west of Kerman on Wednesday. Growers say they cannot keep the orchards alive on a 15% water allocation.",
           "Jorge Ibarra/The Sierra Bee", "The Sierra Bee", ["Jorge Ibarra"], [m["LANDSCAPE_320"], m["LANDSCAPE_640"], m["LANDSCAPE_1140"], m["FREE_1140"]])]))
