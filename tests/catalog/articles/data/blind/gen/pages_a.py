from common import *

# ---------- 01 WordPress classic [caption] shortcode ----------
B = "https://dunmoresentinel.com/wp-content/uploads/2024/06/"
u_full = B + "quarry-rescue.jpg"
u_1024 = B + "quarry-rescue-1024x683.jpg"
u_768 = B + "quarry-rescue-768x512.jpg"
u_300 = B + "quarry-rescue-300x200.jpg"
html = f"""<!-- structure: WordPress classic editor [caption] shortcode output (img_caption_shortcode: div/figure.wp-caption + .wp-caption-text, size-large wp-image-N img with srcset) as seen in find_string hits for class="wp-caption-text" (e.g. paleomedia.org post, id 5424226380) and core img_caption_shortcode copies (id 45759891735) -->
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Two teens pulled from flooded Ridley quarry after night on a ledge &#8211; The Dunmore Sentinel</title>
<link rel="canonical" href="https://dunmoresentinel.com/2024/06/18/two-teens-pulled-from-flooded-ridley-quarry/">
<link rel="stylesheet" href="https://dunmoresentinel.com/wp-content/themes/sentinel/style.css?ver=6.5.3">
</head>
<body class="post-template-default single single-post">
<header id="masthead" class="site-header">
 <a href="https://dunmoresentinel.com/" class="custom-logo-link" rel="home"><img width="320" height="60" src="https://dunmoresentinel.com/wp-content/uploads/2023/01/sentinel-logo.png" class="custom-logo" alt="The Dunmore Sentinel"></a>
 <nav class="main-navigation"><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li></ul></nav>
</header>
<main id="main" class="site-main">
<article id="post-48211" class="post-48211 post type-post status-publish format-standard category-local-news">
 <header class="entry-header">
  <span class="cat-links"><a href="/category/local-news/" rel="category tag">Local News</a></span>
  <h1 class="entry-title">Two teens pulled from flooded Ridley quarry after night on a ledge</h1>
  <div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="https://dunmoresentinel.com/author/rkittredge/">Rosa Kittredge</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="2024-06-18T07:42:10-04:00">June 18, 2024</time></span></div>
 </header>
 <div class="entry-content">
<p>DUNMORE &#8212; Two 16-year-olds who spent the night on a narrow ledge inside the abandoned Ridley quarry were hoisted to safety shortly after dawn Monday, fire officials said.</p>
<div id="attachment_48215" style="width: 1034px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-48215" decoding="async" class="size-large wp-image-48215" src="{u_1024}" alt="" width="1024" height="683" srcset="{u_1024} 1024w, {u_300} 300w, {u_768} 768w, {u_full} 1800w" sizes="(max-width: 1024px) 100vw, 1024px"><p id="caption-attachment-48215" class="wp-caption-text">Firefighters from three companies lower a rescue basket into the Ridley quarry in Dunmore early Monday. (AP Photo/Corinne Waite)</p></div>
<p>Crews used a rope system anchored to a ladder truck to reach the pair, who had climbed down to swim on Sunday evening and could not climb back after the water rose.</p>
<p>&#8220;They did exactly the right thing by staying put and calling,&#8221; Deputy Chief Alan Moyer said.</p>
 </div>
</article>
</main>
<footer class="site-footer"><p>Proudly powered by WordPress</p></footer>
</body>
</html>
"""
page("01-wp-classic-caption-shortcode", html, expected(
    "https://dunmoresentinel.com/2024/06/18/two-teens-pulled-from-flooded-ridley-quarry/?utm_source=facebook&utm_medium=social",
    "https://dunmoresentinel.com/2024/06/18/two-teens-pulled-from-flooded-ridley-quarry/",
    "Two teens pulled from flooded Ridley quarry after night on a ledge",
    "Rosa Kittredge", ["Rosa Kittredge"], "The Dunmore Sentinel", "title suffix",
    [photo(u_full, "Firefighters from three companies lower a rescue basket into the Ridley quarry in Dunmore early Monday.",
           "AP Photo/Corinne Waite", "AP", ["Corinne Waite"], [u_1024, u_768, u_300])]))

# ---------- 02 NYT-style figure, Credit visually hidden, picture renditions ----------
I = "https://static01.harborledger.com/images/2024/09/03/metro/03ferry-strike/03ferry-strike-"
r = {k: I + k + ".jpg" for k in ["articleLarge", "superJumbo", "jumbo", "mediumSquareAt3X", "thumbStandard"]}
html = f"""<!-- structure: NYT article figure (figure.media.photo > figcaption.caption with span.caption-text and span.credit holding a visually-hidden "Credit" label, itemprop=copyrightHolder; renditions named articleLarge/jumbo/superJumbo) as in nytimes.com page snapshots in the code corpus (find_string 'visually-hidden">Credit' hits, ids 19552243911, 19249844269, 19358154677); NYT picture/srcset and data-testid attributes follow the current site -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ferry Workers Walk Out, Stranding 40,000 Island Commuters</title>
<link rel="canonical" href="https://www.harborledger.com/2024/09/03/nyregion/ferry-workers-strike.html">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry Workers Walk Out, Stranding 40,000 Island Commuters","datePublished":"2024-09-03T09:00:12.000Z","author":[{{"@type":"Person","name":"Priya Ramaswamy"}},{{"@type":"Person","name":"Tobias Lund"}}],"publisher":{{"@type":"NewsMediaOrganization","name":"The Harbor Ledger","logo":{{"@type":"ImageObject","url":"https://static01.harborledger.com/vi-assets/static-assets/ledger-logo.png"}}}}}}</script>
</head>
<body>
<div id="app">
<header class="css-1bymuyk"><a href="/" aria-label="The Harbor Ledger homepage"><svg class="css-1r7ky0e" viewBox="0 0 184 25"><path d="M13.8 2.9c0-2-1.9-2.5-3.4-2.5v.3"/></svg></a></header>
<main id="site-content">
<article id="story">
<header class="css-ef7e1n">
<h1 data-testid="headline" class="css-88wicj e1h9rw200">Ferry Workers Walk Out, Stranding 40,000 Island Commuters</h1>
<p id="article-summary" class="css-79rysd e1wiw3jv0">The strike, the first in 31 years, began at 4 a.m. after talks over overtime rules collapsed.</p>
<div data-testid="photoviewer-wrapper" class="css-1a48zt4 ehw59r15">
<figure class="media photo" aria-label="media" role="group">
 <div class="image" data-testid="photoviewer-children-figure">
  <picture><source media="(max-width: 599px) and (min-device-pixel-ratio: 3),(max-width: 599px) and (-webkit-min-device-pixel-ratio: 3)" srcset="{r['mediumSquareAt3X']}"><source media="(max-width: 599px)" srcset="{r['articleLarge']}">
  <img alt="A line of commuters waits beside a shuttered ticket booth at a ferry terminal." class="css-rq4mmj" src="{r['articleLarge']}" srcset="{r['articleLarge']} 600w,{r['jumbo']} 1024w,{r['superJumbo']} 2048w" sizes="((min-width: 600px) and (max-width: 1004px)) 84vw, (min-width: 1005px) 60vw, 100vw" decoding="async" width="600" height="400"></picture>
 </div>
 <figcaption class="caption" itemprop="description">
  <span class="caption-text">Commuters lined up outside the shuttered Pier 9 terminal on Tuesday morning, hoping for a replacement bus.</span>
  <span class="credit" itemprop="copyrightHolder"><span class="visually-hidden">Credit</span>Marisol Vega for The Harbor Ledger</span>
 </figcaption>
</figure>
</div>
<div class="css-1vkm6nb ehdk2mb0"><p class="css-aknsld e1jsehar1" itemprop="author">By <span class="css-1baulvz last-byline" itemprop="name"><a href="https://www.harborledger.com/by/priya-ramaswamy" class="css-n8ff4n e1jsehar0">Priya Ramaswamy</a></span> and <span class="css-1baulvz last-byline" itemprop="name"><a href="https://www.harborledger.com/by/tobias-lund" class="css-n8ff4n e1jsehar0">Tobias Lund</a></span></p></div>
</header>
<section name="articleBody" class="meteredContent css-1r7ky0e">
<p class="css-at9mc1 evys1bk0">Thousands of commuters from Calder Island found the gates locked on Tuesday as deckhands and engineers walked off the job.</p>
<p class="css-at9mc1 evys1bk0">The union said it would keep one overnight boat running for emergencies.</p>
</section>
</article>
<aside class="css-1g7m0tk" aria-label="More in New York"><h2>More in New York</h2><ul><li><a href="/2024/09/02/nyregion/bridge-repairs.html"><img src="https://static01.harborledger.com/images/2024/09/02/metro/02bridge/02bridge-thumbStandard.jpg" alt=""><p>Bridge Repairs Will Close Two Lanes Through Spring</p></a></li></ul></aside>
</main>
</div>
</body>
</html>
"""
page("02-nyt-style-credit-visually-hidden", html, expected(
    "https://www.harborledger.com/2024/09/03/nyregion/ferry-workers-strike.html?smid=url-share",
    "https://www.harborledger.com/2024/09/03/nyregion/ferry-workers-strike.html",
    "Ferry Workers Walk Out, Stranding 40,000 Island Commuters",
    "Priya Ramaswamy and Tobias Lund", ["Priya Ramaswamy", "Tobias Lund"], "The Harbor Ledger", "json-ld publisher",
    [photo(r["superJumbo"], "Commuters lined up outside the shuttered Pier 9 terminal on Tuesday morning, hoping for a replacement bus.",
           "Marisol Vega for The Harbor Ledger", "The Harbor Ledger", ["Marisol Vega"],
           [r["articleLarge"], r["jumbo"], r["mediumSquareAt3X"]])]))

# ---------- 03 Guardian 2016 element-image with picture sources ----------
G = "https://i.gnob.co.uk/img/media/7c1e0d94b2a3f5e6a7b8c9d0e1f2a3b4c5d6e7f8/0_96_3000_1800/master/3000.jpg"
def g(q): return G + "?" + q
src_1240 = g("w=620&q=20&auto=format&usm=12&fit=max&dpr=2&s=4f0c2a9e1b7d3c5a8e6f1029b3d4c5e6")
src_620 = g("w=620&q=55&auto=format&usm=12&fit=max&s=a1b2c3d4e5f60718293a4b5c6d7e8f90")
src_1210 = g("w=605&q=20&auto=format&usm=12&fit=max&dpr=2&s=0f1e2d3c4b5a69788796a5b4c3d2e1f0")
src_605 = g("w=605&q=55&auto=format&usm=12&fit=max&s=1a2b3c4d5e6f708192a3b4c5d6e7f809")
src_890 = g("w=445&q=20&auto=format&usm=12&fit=max&dpr=2&s=9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b")
src_445 = g("w=445&q=55&auto=format&usm=12&fit=max&s=5c4b3a29180f7e6d5c4b3a2918f7e6d5")
src_300 = g("w=300&q=55&auto=format&usm=12&fit=max&s=77aa88bb99cc00dd11ee22ff33aa44bb")
meta_700 = "https://i.gnob.co.uk/img/media/7c1e0d94b2a3f5e6a7b8c9d0e1f2a3b4c5d6e7f8/0_96_3000_1800/3000.jpg?w=700&q=55&auto=format&usm=12&fit=max&s=c0ffee00c0ffee00c0ffee00c0ffee00"
e = lambda s: s.replace("&", "&amp;")
html = f"""<!-- structure: Guardian (frontend, 2016) inline image: figure.element.element-image itemprop="associatedMedia image" with meta itemprop=url, picture with dpr=2 / w= sources on i.guim.co.uk and img.gu-image, figcaption.caption--img with "Photograph:" credit. Seen in postlight/parser fixtures/www.theguardian.com/1480457558008.html -->
<!DOCTYPE html>
<html id="js-context" class="js-off is-not-modern id--signed-out" lang="en" data-page-path="/uk-news/2024/mar/04/moorland-fire-crews-hold-line">
<head>
<meta charset="utf-8"/>
<title>Moorland fire crews hold the line as wind turns towards villages | UK news | The Northgate Observer</title>
<meta property="og:site_name" content="The Northgate Observer"/>
<meta property="og:title" content="Moorland fire crews hold the line as wind turns towards villages"/>
<meta property="og:url" content="https://www.northgateobserver.co.uk/uk-news/2024/mar/04/moorland-fire-crews-hold-line"/>
<link rel="canonical" href="https://www.northgateobserver.co.uk/uk-news/2024/mar/04/moorland-fire-crews-hold-line"/>
</head>
<body id="top" class="has-page-skin">
<header class="l-header u-cf"><a class="brand-bar__item--logo" href="/"><span class="u-h">The Northgate Observer - Back to home</span><svg width="295" height="95" class="inline-the-observer-logo__svg"><path d="M241.2 4.3"/></svg></a></header>
<div class="l-side-margins"><article id="article" data-test-id="article-root" class="content content--article tonal tonal--tone-news" itemscope itemtype="http://schema.org/NewsArticle" role="main">
<div class="content__main tonal__main tonal__main--tone-news"><div class="gs-container"><div class="content__main-column content__main-column--article js-content-main-column ">
<header class="content__head content__head--article tonal__head tonal__head--tone-news">
<div class="content__labels "><div class="content__section-label"><a class="content__section-label__link" data-link-name="article section" href="https://www.northgateobserver.co.uk/uk-news">UK news</a></div></div>
<div class="content__header tonal__header"><div class="u-cf"><h1 class="content__headline " itemprop="headline">Moorland fire crews hold the line as wind turns towards villages</h1></div></div>
<div class="tonal__standfirst u-cf"><div class="content__standfirst" data-link-name="standfirst" data-component="standfirst" itemprop="description"><p>Residents of three hamlets told to be ready to leave as 200 hectares burn on Hallam Edge</p></div></div>
</header>
<div class="content__meta-container js-content-meta js-football-meta u-cf"><p class="byline" data-link-name="byline" data-component="meta-byline"><span itemscope="" itemtype="http://schema.org/Person" itemprop="author"><a rel="author" class="tone-colour" itemprop="sameAs" data-link-name="auto tag link" href="https://www.northgateobserver.co.uk/profile/eleanor-whitcombe"><span itemprop="name">Eleanor Whitcombe</span></a></span></p>
<div class="meta__contact-wrap"><p class="meta__twitter"><a class="tone-colour" href="https://twitter.com/ewhitcombe" data-link-name="twitter-handle"><span class="inline-twitter inline-icon"><svg width="12" height="10" viewbox="0 0 12 10"><path d="M10.8 1.5"/></svg></span>@ewhitcombe</a></p></div>
<p class="content__dateline"><time itemprop="datePublished" datetime="2024-03-04T18:22:41+0000" class="content__dateline-wpd js-wpd">Mon 4 Mar 2024 18.22 GMT</time></p></div>
<div class="content__article-body from-content-api js-article__body" itemprop="articleBody" data-test-id="article-review-body">
<p>Firefighters worked through the afternoon to stop a moorland blaze from crossing the Hallam road, as gusts pushed the flames east.</p>
<figure itemprop="associatedMedia image" itemscope="" itemtype="http://schema.org/ImageObject" data-component="image" class="element element-image img--landscape  fig--narrow-caption fig--has-shares " data-media-id="7c1e0d94b2a3f5e6a7b8c9d0e1f2a3b4c5d6e7f8" id="img-1"> <meta itemprop="url" content="{e(meta_700)}"> <meta itemprop="width" content="3000"> <meta itemprop="height" content="1800"> <a href="https://www.northgateobserver.co.uk/uk-news/2024/mar/04/moorland-fire-crews-hold-line#img-1" class="article__img-container js-gallerythumbs" data-link-name="Launch Article Lightbox" data-is-ajax=""> <div class="u-responsive-ratio" style="padding-bottom: 60.00%"> <picture> <!--[if IE 9]><video style="display: none;"><![endif]--> <source media="(min-width: 660px) and (-webkit-min-device-pixel-ratio: 1.25), (min-width: 660px) and (min-resolution: 120dpi)" sizes="620px" srcset="{e(src_1240)} 1240w"> <source media="(min-width: 660px)" sizes="620px" srcset="{e(src_620)} 620w"> <source media="(min-width: 480px) and (-webkit-min-device-pixel-ratio: 1.25), (min-width: 480px) and (min-resolution: 120dpi)" sizes="605px" srcset="{e(src_1210)} 1210w"> <source media="(min-width: 480px)" sizes="605px" srcset="{e(src_605)} 605w"> <source media="(min-width: 0px) and (-webkit-min-device-pixel-ratio: 1.25), (min-width: 0px) and (min-resolution: 120dpi)" sizes="445px" srcset="{e(src_890)} 890w"> <source media="(min-width: 0px)" sizes="445px" srcset="{e(src_445)} 445w"> <!--[if IE 9]></video><![endif]--> <img class="gu-image" itemprop="contentUrl" alt="Firefighters beat out flames on moorland" src="{e(src_300)}"> </picture> </div> </a> <figcaption class="caption caption--img caption caption--img" itemprop="description"> <span class="inline-triangle inline-icon "><svg width="11" height="10" viewbox="0 0 11 10" class="inline-triangle__svg inline-icon__svg"><path fill-rule="evenodd" d="M5.5 0L11 10H0z"/></svg></span> Firefighters beat back flames on Hallam Edge on Monday afternoon. Photograph: Callum Reid/Reuters </figcaption> </figure>
<p>South Yorkshire fire service said 60 firefighters and a helicopter were at the scene.</p>
</div>
</div></div></div>
</article></div>
<footer class="l-footer u-cf"><div class="really-serious-copyright">&copy; 2024 Northgate Media Limited or its affiliated companies. All rights reserved.</div></footer>
</body>
</html>
"""
page("03-guardian-element-image-picture", html, expected(
    "https://www.northgateobserver.co.uk/uk-news/2024/mar/04/moorland-fire-crews-hold-line?CMP=share_btn_tw",
    "https://www.northgateobserver.co.uk/uk-news/2024/mar/04/moorland-fire-crews-hold-line",
    "Moorland fire crews hold the line as wind turns towards villages",
    "Eleanor Whitcombe", ["Eleanor Whitcombe"], "The Northgate Observer", "og:site_name",
    [photo(src_1240, "Firefighters beat back flames on Hallam Edge on Monday afternoon.",
           "Callum Reid/Reuters", "Reuters", ["Callum Reid"],
           [src_620, src_1210, src_605, src_890, src_445, src_300, meta_700])]))

# ---------- 04 BBC-style image block, "Image source," / "Image caption," hidden labels ----------
C = "https://ichef.westmarknews.co.uk/news/{w}/cpsprodpb/8d2f/live/5a1c3e70-2b4d-11ef-9a3c-8f1e2d3c4b5a.jpg.webp"
bw = {w: C.format(w=w) for w in [240, 320, 480, 640, 800, 1024, 1536]}
b976 = C.format(w=976)
html = f"""<!-- structure: BBC News article image block (figure > div[data-component=image-block] with a visually hidden "Image source, <credit>" span, img srcset over ichef /news/<width>/cpsprodpb/ renditions, figcaption starting with a visually hidden "Image caption, "); BBC fixture family in postlight/parser fixtures/www.bbc.com/ and the ichef width-path scheme -->
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Lighthouse keeper's cottage saved by village buyout - Westmark News</title>
<link rel="canonical" href="https://www.westmarknews.co.uk/news/articles/c4ep8x2k7vqo">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"ReportageNewsArticle","url":"https://www.westmarknews.co.uk/news/articles/c4ep8x2k7vqo","publisher":{{"@type":"NewsMediaOrganization","name":"Westmark News","logo":{{"@type":"ImageObject","width":1024,"height":576,"url":"https://static.files.westmarknews.co.uk/ws/img/logos/og/wm-news.png"}}}},"datePublished":"2024-06-14T05:12:44.000Z","headline":"Lighthouse keeper's cottage saved by village buyout","author":{{"@type":"NewsMediaOrganization","name":"Westmark News"}}}}</script>
</head>
<body>
<div id="__next"><header role="banner" data-testid="header-content"><a href="/" data-testid="brand-link"><svg aria-label="Westmark News" viewBox="0 0 83.6 24"><path d="M0 0"/></svg></a></header>
<main id="main-content" data-testid="main-content"><article>
<div data-component="headline-block" class="sc-a8b8c2a3-0"><h1 id="main-heading" type="headline" tabindex="-1" class="sc-518485e5-0 bWszMR">Lighthouse keeper's cottage saved by village buyout</h1></div>
<div data-component="byline-block" class="sc-a8b8c2a3-0"><div data-testid="byline-new" class="sc-2b5e3b35-0"><div class="sc-2b5e3b35-1"><span data-testid="byline-new-contributors" class="sc-2b5e3b35-7"><div class="sc-2b5e3b35-6"><span class="sc-2b5e3b35-7 bZCrck">Morwenna Trevail</span></div><div class="sc-2b5e3b35-8">Westmark News, Cornwall</div></span></div></div></div>
<div data-component="image-block" class="sc-a8b8c2a3-0"><figure class="sc-8a623a54-0 hmJuRb"><div data-component="image-block" class="sc-a34861b-1 jxzoZC"><span class="sc-a34861b-2 bgbqQG"><span role="text"><span class="visually-hidden">Image source, </span>Getty Images</span></span><img sizes="(min-width: 1280px) 50vw, (min-width: 1008px) 66vw, 96vw" srcset="{bw[240]} 240w,{bw[320]} 320w,{bw[480]} 480w,{bw[640]} 640w,{bw[800]} 800w,{bw[1024]} 1024w,{bw[1536]} 1536w" src="{b976}" loading="eager" alt="A white-painted cottage beside a lighthouse on a grassy headland" class="sc-a34861b-0 efFcac" width="976" height="549"><span class="sc-a34861b-4 gBfuqk"></span></div><figcaption class="sc-8a623a54-1 bcyHAr"><span class="visually-hidden">Image caption, </span>The cottage at Pendower Point has stood empty since the light was automated in 1991</figcaption></figure></div>
<div data-component="text-block" class="sc-a8b8c2a3-0"><p class="sc-e1853509-0 bmLndb"><b class="sc-7dcfb11b-0">Villagers have raised &#163;410,000 in six weeks to buy a former lighthouse keeper's cottage before it went to auction.</b></p></div>
<div data-component="text-block" class="sc-a8b8c2a3-0"><p class="sc-e1853509-0 bmLndb">The parish council said it would become a heritage centre and two affordable flats.</p></div>
<div data-component="links-block"><h2>Related topics</h2><ul><li><a href="/news/topics/cornwall">Cornwall</a></li></ul></div>
</article>
<section data-testid="top-stories"><h2>Top stories</h2><div data-testid="card"><img src="https://ichef.westmarknews.co.uk/ace/standard/240/cpsprodpb/11aa/live/top-story-ferry.jpg.webp" alt="A ferry at sea" width="240"><span>Ferry cancellations hit half-term travel</span></div></section>
</main></div>
</body>
</html>
"""
page("04-bbc-image-block-hidden-labels", html, expected(
    "https://www.westmarknews.co.uk/news/articles/c4ep8x2k7vqo",
    "https://www.westmarknews.co.uk/news/articles/c4ep8x2k7vqo",
    "Lighthouse keeper's cottage saved by village buyout",
    "Morwenna Trevail", ["Morwenna Trevail"], "Westmark News", "json-ld publisher",
    [photo(bw[1536], "The cottage at Pendower Point has stood empty since the light was automated in 1991",
           "Getty Images", "Getty Images", [], [bw[240], bw[320], bw[480], bw[640], bw[800], bw[1024], b976])]))

# ---------- 05 AP News / Brightspot dims4 resizer (no extension), carousel ----------
def dims(crop, w, h, key):
    return (f"https://dims.tricountywire.com/dims4/default/{key}/2147483647/strip/true/crop/{crop}/resize/{w}x{h}!/quality/90/"
            f"?url=https%3A%2F%2Fassets.tricountywire.com%2F{key[:2]}%2F9f%2F3c1b7e0a4d2f4a9c8b1e6d5f0a7c2e91%2F{key}")
k1, k2 = "a1c94e2f7b3d", "d80f2b6c9e15"
p1 = {w: dims("5472x3648+0+0", w, h, k1) for w, h in [(599, 399), (1199, 799), (1440, 960), (2400, 1600)]}
p2 = {w: dims("4000x2667+0+0", w, h, k2) for w, h in [(599, 399), (1199, 799), (1440, 960)]}
e = lambda s: s.replace("&", "&amp;")
html = f"""<!-- structure: AP News (Brightspot) story page: bsp-carousel of figure.Figure with picture sources on dims.apnews.com/dims4/default/... resize URLs that end in ?url=<encoded>, caption in .CarouselSlide-infoDescription and credit "(AP Photo/...)" inside it; PagePromo related cards as decoys. Brightspot dims4 URL form also seen in arc/brightspot scrapers in search results (code corpus query "Brightspot Figure-caption ... dims4") -->
<!DOCTYPE html>
<html class="StoryPage" lang="en">
<head>
<meta charset="UTF-8">
<title>Grain elevator explosion injures 4 workers in western Kansas | Tri-County Wire</title>
<meta property="og:site_name" content="Tri-County Wire">
<meta property="og:url" content="https://tricountywire.com/article/grain-elevator-explosion-kansas-4b2f9a1c7e">
<link rel="canonical" href="https://tricountywire.com/article/grain-elevator-explosion-kansas-4b2f9a1c7e">
</head>
<body class="StoryPage-body">
<bsp-header class="Page-header"><a class="Page-header-logo" href="https://tricountywire.com"><img class="Image" alt="Tri-County Wire logo" src="https://assets.tricountywire.com/static/logo-tcw.svg"></a></bsp-header>
<main class="Page-main">
<div class="Page-headline"><h1 class="Page-headline">Grain elevator explosion injures 4 workers in western Kansas</h1></div>
<div class="Page-authors"><span class="Page-byline-label">By&nbsp;</span><a class="Link" href="https://tricountywire.com/author/kayla-morrow">KAYLA MORROW</a> and <a class="Link" href="https://tricountywire.com/author/dev-patel">DEV PATEL</a></div>
<div class="Page-lead">
<bsp-carousel class="Carousel" data-gallery-count="2">
<div class="Carousel-slide"><div class="CarouselSlide">
<figure class="Figure"><picture><source type="image/webp" width="599" height="399" srcset="{e(p1[599])} 1x,{e(p1[1199])} 2x" media="(max-width: 599px)"><source width="1440" height="960" srcset="{e(p1[1440])} 1x,{e(p1[2400])} 2x" media="(min-width: 1024px)"><img class="Image" alt="Smoke rises from a grain elevator." srcset="{e(p1[1440])} 1x,{e(p1[2400])} 2x" width="1440" height="960" src="{e(p1[1440])}" loading="eager"></picture></figure>
<div class="CarouselSlide-info"><div class="CarouselSlide-infoDescription"><p>Smoke rises from the Harlan Co-op grain elevator after an explosion near Weskan, Kan., on Thursday, Oct. 10, 2024. (AP Photo/Rhett Calloway)</p></div><div class="CarouselSlide-infoAttribution">Read More</div></div>
</div></div>
<div class="Carousel-slide"><div class="CarouselSlide">
<figure class="Figure"><picture><source type="image/webp" width="599" height="399" data-flickity-lazyload-srcset="{e(p2[599])} 1x,{e(p2[1199])} 2x" media="(max-width: 599px)"><img class="Image" alt="Firefighters spray water on a silo." data-flickity-lazyload-srcset="{e(p2[1440])} 1x" width="1440" height="960" data-flickity-lazyload="{e(p2[1440])}"></picture></figure>
<div class="CarouselSlide-info"><div class="CarouselSlide-infoDescription"><p>Firefighters spray water on a damaged silo as crews search the site, Thursday, Oct. 10, 2024, in Wallace County, Kan. (Joel Haskins/The Goodland Star-News via AP)</p></div></div>
</div></div>
</bsp-carousel>
</div>
<div class="RichTextStoryBody RichTextBody"><p>WESKAN, Kan. (TCW) — An explosion tore through a grain elevator in western Kansas on Thursday, injuring four workers, one critically, officials said.</p><p>The cause was under investigation.</p></div>
<div class="PageList-items"><div class="PageList-items-item"><div class="PagePromo"><div class="PagePromo-media"><a class="Link" href="https://tricountywire.com/article/wheat-harvest-record-3f1e"><img class="Image" alt="" src="https://dims.tricountywire.com/dims4/default/77e1a0c/2147483647/strip/true/crop/3000x2000+0+0/resize/320x213!/quality/90/?url=https%3A%2F%2Fassets.tricountywire.com%2F77%2Fe1%2Fwheatharvest"></a></div><div class="PagePromo-title">Kansas wheat harvest sets record despite dry spring</div></div></div></div>
</main>
</body>
</html>
"""
page("05-apnews-brightspot-dims-carousel", html, expected(
    "https://tricountywire.com/article/grain-elevator-explosion-kansas-4b2f9a1c7e",
    "https://tricountywire.com/article/grain-elevator-explosion-kansas-4b2f9a1c7e",
    "Grain elevator explosion injures 4 workers in western Kansas",
    "KAYLA MORROW and DEV PATEL", ["KAYLA MORROW", "DEV PATEL"], "Tri-County Wire", "og:site_name",
    [photo(p1[2400], "Smoke rises from the Harlan Co-op grain elevator after an explosion near Weskan, Kan., on Thursday, Oct. 10, 2024.",
           "AP Photo/Rhett Calloway", "AP", ["Rhett Calloway"], [p1[599], p1[1199], p1[1440]]),
     photo(p2[1440], "Firefighters spray water on a damaged silo as crews search the site, Thursday, Oct. 10, 2024, in Wallace County, Kan.",
           "Joel Haskins/The Goodland Star-News via AP", "The Goodland Star-News", ["Joel Haskins"], [p2[599], p2[1199]])]))

# ---------- 06 WordPress gallery block + Jetpack Photon (i0.wp.com) data-orig-file ----------
WP = "https://i0.wp.com/pinecrestherald.org/wp-content/uploads/2024/05/"
def ph(name, q): return f"{WP}{name}?{q}"
gal = []
names = [("market-opening-01.jpg", "Vendors set up tables as the Pinecrest farmers market opened for the season Saturday.", "Dana Whitfield/Pinecrest Herald", "Pinecrest Herald", ["Dana Whitfield"]),
         ("market-opening-02.jpg", "Ines Calderón, 7, samples strawberries from the Mayfield Farm stand.", "Dana Whitfield/Pinecrest Herald", "Pinecrest Herald", ["Dana Whitfield"]),
         ("market-opening-03.jpg", "The market's founders pose at the first market in 1998.", "Courtesy of the Pinecrest Historical Society", None, [])]
items = ""
for n, cap, cr, ag, phs in names:
    orig = ph(n, "fit=2400%2C1600&ssl=1")
    med = ph(n, "fit=300%2C200&ssl=1")
    large = ph(n, "fit=1024%2C683&ssl=1")
    res = ph(n, "resize=1024%2C683&ssl=1")
    ws = {w: ph(n, f"w={w}&ssl=1") for w in [300, 768, 1024, 1536, 2048]}
    srcset = ", ".join(f"{ws[w].replace('&','&amp;')} {w}w" for w in [1024, 300, 768, 1536, 2048])
    items += f"""<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="683" data-attachment-id="{9100+len(gal)}" data-permalink="https://pinecrestherald.org/2024/05/11/market-opens/{n[:-4]}/" data-orig-file="{orig.replace('&','&amp;')}" data-orig-size="2400,1600" data-comments-opened="0" data-image-meta="{{&quot;aperture&quot;:&quot;0&quot;,&quot;credit&quot;:&quot;&quot;,&quot;camera&quot;:&quot;&quot;,&quot;caption&quot;:&quot;&quot;}}" data-image-title="{n[:-4]}" data-image-description="" data-image-caption="" data-medium-file="{med.replace('&','&amp;')}" data-large-file="{large.replace('&','&amp;')}" src="{res.replace('&','&amp;')}" alt="" class="wp-image-{9100+len(gal)}" srcset="{srcset}" sizes="(max-width: 1024px) 100vw, 1024px" data-recalc-dims="1"><figcaption class="wp-element-caption">{cap} ({cr})</figcaption></figure>\n"""
    gal.append(photo(orig, cap, cr, ag, phs, [med, large, res] + list(ws.values())))
html = f"""<!-- structure: WordPress core gallery block (figure.wp-block-gallery.has-nested-images > figure.wp-block-image > img.wp-image-N + figcaption.wp-element-caption) served through Jetpack Photon with data-orig-file / data-medium-file / data-large-file attributes, as in 0xEthanS/next-press file.ts (wp-block-jetpack-tiled-gallery markup with i0.wp.com ?fit= URLs) and Automattic/jetpack modules/tiled-gallery templates -->
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Farmers market opens 27th season with record number of vendors</title>
<link rel="canonical" href="https://pinecrestherald.org/2024/05/11/farmers-market-opens-27th-season/">
<link rel="stylesheet" id="wp-block-library-css" href="https://pinecrestherald.org/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2" media="all">
</head>
<body class="post-template-default single single-post postid-9087">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><a href="https://pinecrestherald.org/" class="custom-logo-link" rel="home" aria-current="page"><img width="400" height="90" src="https://i0.wp.com/pinecrestherald.org/wp-content/uploads/2022/02/herald-masthead.png?fit=400%2C90&amp;ssl=1" class="custom-logo" alt="Pinecrest Herald" decoding="async"></a><p class="site-description">Neighbors. News. Since 1952.</p></div></header>
<main id="primary" class="site-main">
<article id="post-9087" class="post-9087 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Farmers market opens 27th season with record number of vendors</h1>
<div class="entry-meta"><span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://pinecrestherald.org/author/omalley/">Siobhan O'Malley</a></span></span></div></header>
<div class="entry-content">
<p>More than 60 vendors filled the lot behind Town Hall on Saturday as the Pinecrest farmers market opened its 27th season.</p>
<figure class="wp-block-gallery has-nested-images columns-default is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">
{items}</figure>
<p>The market runs Saturdays from 8 a.m. to 1 p.m. through October.</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" href="https://pinecrestherald.org/2024/05/11/farmers-market-opens-27th-season/?share=facebook"><span>Facebook</span></a></li></ul></div>
</div>
</article>
</main>
</div>
<img src="https://pixel.wp.com/g.gif?v=ext&amp;blog=198221004&amp;post=9087" alt=":)" width="6" height="5" id="wpstats">
</body>
</html>
"""
page("06-wp-gallery-block-jetpack-photon", html, expected(
    "https://pinecrestherald.org/2024/05/11/farmers-market-opens-27th-season/",
    "https://pinecrestherald.org/2024/05/11/farmers-market-opens-27th-season/",
    "Farmers market opens 27th season with record number of vendors",
    "Siobhan O'Malley", ["Siobhan O'Malley"], "Pinecrest Herald", "logo alt", gal))
