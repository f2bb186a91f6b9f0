from common import P, doc

# 20 Helsingin Sanomat-style in ISO-8859-1: "Kuva:" credit, "Teksti:" byline label, logo alt
HS = "https://hs.mediadelivery.example/img/{s}/{id}.jpg"
hs1 = [f"https://img.paivanlehti.fi/{s}/a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6.jpg" for s in ("978", "1920")]
doc("20-hs-iso-8859-1-kuva-teksti-logo-alt", f"""<!-- Shape: Helsingin Sanomat-style article page saved as ISO-8859-1 bytes (declared in <meta http-equiv> and <meta charset>): figure with img src + srcset of /{{W}}/{{hash}}.jpg renditions, figcaption caption then a separate span "Kuva: Name / Lehtikuva", byline with the Finnish label "Teksti:", publication only in the header logo alt. Latin-1 encoded pages as handled by calibre recipes in the code corpus (Al Jazeera recipe: encoding = 'iso-8859-1'). Text invented. -->
<!DOCTYPE html>
<html lang="fi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Jäänmurtajat aloittavat kauden Perämerellä poikkeuksellisen aikaisin</title>
<link rel="canonical" href="https://www.paivanlehti.fi/kotimaa/art-2000010112233.html">
</head>
<body>
<header><a href="/"><img src="https://www.paivanlehti.fi/static/logo.svg" alt="Päivän Lehti"></a></header>
<article>
<h1 class="article-headline">Jäänmurtajat aloittavat kauden Perämerellä poikkeuksellisen aikaisin</h1>
<div class="article-byline"><span class="label">Teksti:</span> <span class="name">Aino Kettunen</span></div>
<figure><img src="{hs1[0]}" srcset="{hs1[0]} 978w, {hs1[1]} 1920w" alt="">
<figcaption>Jäänmurtaja Otso lähti Katajanokalta maanantaina. <span class="credit">Kuva: Markku Ulander / Lehtikuva</span></figcaption></figure>
<p>Perämeren pohjoisosassa on jo 15 senttimetrin jää.</p>
</article>
<footer>Päivän Lehti · Asiakaspalvelu</footer>
</body>
</html>
""", read_at="https://www.paivanlehti.fi/kotimaa/art-2000010112233.html?share=abc123",
 url="https://www.paivanlehti.fi/kotimaa/art-2000010112233.html",
 title="Jäänmurtajat aloittavat kauden Perämerellä poikkeuksellisen aikaisin", byline="Aino Kettunen", bylines=["Aino Kettunen"],
 publication="Päivän Lehti", source="logo alt",
 photos=[P(hs1[1], "Jäänmurtaja Otso lähti Katajanokalta maanantaina.", "Markku Ulander / Lehtikuva", "Lehtikuva", ["Markku Ulander"], hs1[:1])],
 encoding="iso-8859-1")

# 21 Blogger: tr-caption-container, /s1600/ vs /w640-h426/, title prefix "Blog: Post", "Publicado por", logo alt
BL = "https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh{k}/{s}/{f}"
bl1 = [BL.format(k="q8Zt3LmN0pRs7VwX2yA4bC6dE8fG1hJ", s=s, f="incendio-cerro.jpg") for s in ("s1600", "w640-h426")]
bl2 = [BL.format(k="r9Au4MnO1qSt8WxY3zB5cD7eF9gH2iK", s=s, f="brigadistas.jpg") for s in ("s1600", "w400-h266")]
doc("21-blogger-tr-caption-title-prefix-publicado-por", f"""<!-- Shape: Blogger (blogspot) post: div.post-body with div.separator / table.tr-caption-container (td > a href=/s1600/ original around img src=/w640-h426/ rendition, td.tr-caption caption row), blogger.googleusercontent.com/img/b/… size segments (code corpus: m4rk4/BuoyantUnrealisticModule feedhandlers/blogger.py: tr-caption-container, tr-caption, separator, /s\\d+/ and =w… resize); classic header image with alt = blog title (Header1_headerimg); <title> "Blog: Post title"; post-footer "Publicado por Name". Text invented. -->
<!DOCTYPE html>
<html dir="ltr" lang="es">
<head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<title>Valle Alto Noticias: Incendio en el cerro La Cruz obliga a evacuar dos barrios</title>
<link href="https://vallealtonoticias.blogspot.com/2024/02/incendio-cerro-la-cruz.html" rel="canonical">
<meta content="https://vallealtonoticias.blogspot.com/2024/02/incendio-cerro-la-cruz.html" property="og:url">
<meta content="Incendio en el cerro La Cruz obliga a evacuar dos barrios" property="og:title">
</head>
<body>
<div id="header-inner"><a href="https://vallealtonoticias.blogspot.com/" style="display: block"><img alt="Valle Alto Noticias" height="120" id="Header1_headerimg" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhHeaderBanner/s1600/cabecera.png" width="960"></a></div>
<div class="post hentry">
<h3 class="post-title entry-title">Incendio en el cerro La Cruz obliga a evacuar dos barrios</h3>
<div class="post-body entry-content" id="post-body-4417">
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody>
<tr><td style="text-align: center;"><a href="{bl1[0]}" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="1067" data-original-width="1600" height="426" src="{bl1[1]}" width="640"></a></td></tr>
<tr><td class="tr-caption" style="text-align: center;">Las llamas avanzan sobre la ladera norte del cerro La Cruz. Foto: Leonel Ávila</td></tr>
</tbody></table>
<div>El fuego comenzó cerca de las 15 horas del sábado.</div>
<div class="separator" style="clear: both;"><a href="{bl2[0]}" style="display: block; padding: 1em 0; text-align: center;"><img alt="" border="0" width="400" src="{bl2[1]}"></a></div>
<div style="text-align: center;"><i>Brigadistas descansan tras la primera noche de combate. Foto: Cortesía Bomberos Voluntarios de San Jacinto</i></div>
</div>
<div class="post-footer"><span class="post-author vcard">Publicado por <span class="fn" itemprop="author"><a class="g-profile" href="https://www.blogger.com/profile/0912" rel="author"><span itemprop="name">Marta Ledesma</span></a></span></span></div>
</div>
<div class="widget Profile"><img alt="Mi foto" class="profile-img" height="80" src="//blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhProfile/s80/perfil.jpg" width="60"></div>
</body>
</html>
""", read_at="https://vallealtonoticias.blogspot.com/2024/02/incendio-cerro-la-cruz.html?m=1",
 url="https://vallealtonoticias.blogspot.com/2024/02/incendio-cerro-la-cruz.html",
 title="Incendio en el cerro La Cruz obliga a evacuar dos barrios", byline="Marta Ledesma", bylines=["Marta Ledesma"],
 publication="Valle Alto Noticias", source="logo alt",
 photos=[P(bl1[0], "Las llamas avanzan sobre la ladera norte del cerro La Cruz.", "Leonel Ávila", None, ["Leonel Ávila"], bl1[1:]),
         P(bl2[0], "Brigadistas descansan tras la primera noche de combate.", "Cortesía Bomberos Voluntarios de San Jacinto", None, [], bl2[1:])])

# 22 Medium: miro resize:fit renditions, "Photo by X on Unsplash", og:site_name Medium, avatar decoys
M = "https://miro.medium.com/v2/resize:fit:{w}/1*{k}.jpeg"
m1 = [M.format(w=w, k="Yb7Qm2XzL0pK4vNcR8tH3w") for w in (640, 720, 1100, 1400)]
doc("22-medium-miro-resize-fit-unsplash-avatars", f"""<!-- Shape: Medium post: figure with picture > source srcset of miro.medium.com/v2/resize:fit:{{W}}/1*{{id}}.jpeg renditions and an img, figcaption "Photo by Name on Unsplash" (credit glued, no separate element); author avatar and clap icons from miro resize:fill:88:88 (decoys); og:site_name "Medium"; a[data-testid=authorName]. Medium figure/cover rules from the code corpus (ivbeg/newsworker templates/medium_com.tpl: figure.graf--layoutFillWidth, section-background). Text invented. -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>What I Learned Running a Night Market for Ten Years | by Priya Nandakumar | Medium</title>
<meta property="og:site_name" content="Medium">
<meta property="og:title" content="What I Learned Running a Night Market for Ten Years">
<meta property="og:url" content="https://medium.com/@priyanandakumar/what-i-learned-running-a-night-market-for-ten-years-4c1f0e2b9a77">
<meta name="author" content="Priya Nandakumar">
</head>
<body>
<div id="root">
<article>
<h1 data-testid="storyTitle" class="pw-post-title">What I Learned Running a Night Market for Ten Years</h1>
<div class="speechify-ignore"><a href="/@priyanandakumar"><img alt="Priya Nandakumar" src="https://miro.medium.com/v2/resize:fill:88:88/1*Av4tArPriya.jpeg" width="44" height="44"></a>
<a data-testid="authorName" href="/@priyanandakumar">Priya Nandakumar</a> · <span data-testid="storyReadTime">7 min read</span></div>
<p class="pw-post-body-paragraph">It started with six stalls in a church car park.</p>
<figure class="paragraph-image"><div role="button"><picture>
<source srcset="{m1[0]} 640w, {m1[1]} 720w, {m1[2]} 1100w, {m1[3]} 1400w" sizes="(min-resolution: 4dppx) and (max-width: 700px) 50vw, 700px">
<img alt="" class="bh lo lp c" width="700" height="467" loading="eager" role="presentation" src="{m1[3]}">
</picture></div>
<figcaption class="mr ms mt mu mv mw mx bf b bg z dx">Lanterns over the food stalls on a Saturday night. Photo by Tomasz Wierzba on Unsplash</figcaption></figure>
<p class="pw-post-body-paragraph">Ten years later we have 140 vendors.</p>
<div class="clap"><img src="https://miro.medium.com/v2/resize:fill:20:20/1*clap-icon.png" alt=""></div>
</article>
</div>
</body>
</html>
""", read_at="https://medium.com/@priyanandakumar/what-i-learned-running-a-night-market-for-ten-years-4c1f0e2b9a77?source=rss-8a1b2c3d4e5f------2",
 url="https://medium.com/@priyanandakumar/what-i-learned-running-a-night-market-for-ten-years-4c1f0e2b9a77",
 title="What I Learned Running a Night Market for Ten Years", byline="Priya Nandakumar", bylines=["Priya Nandakumar"],
 publication="Medium", source="og:site_name",
 photos=[P(m1[3], "Lanterns over the food stalls on a Saturday night.", "Tomasz Wierzba on Unsplash", "Unsplash", ["Tomasz Wierzba"], m1[:3])])

# 23 Joomla 4 in windows-1252: "Written by", figure.item-image, relative src, footer copyright
JH = "https://www.kettlevalleygazette.org"
doc("23-joomla-windows-1252-written-by-footer", f"""<!-- Shape: Joomla 4 com_content article (Cassiopeia template): div.com-content-article.item-page with h1/h2 itemprop=headline, dl.article-info > dd.createdby "Written by: Name" (itemprop=author / itemprop=name), figure.item-image with a site-relative img src and figcaption.caption; page declared and saved as windows-1252 (curly quotes and en dash bytes 0x93/0x94/0x96); publication only in the footer copyright. Joomla 4 com_content markup (div.com-content-article.item-page > div.com-content-article__body, as scraped in the code corpus: find_string 'com-content-article__body' hit ids 19096959211, 67012593945, 41623830690; layouts/joomla/content/full_image.php for figure.item-image). Text invented. -->
<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=windows-1252">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Council approves new footbridge at Miller’s Ford – but not the cycle lane</title>
<link href="{JH}/news/council/412-footbridge-millers-ford" rel="canonical">
</head>
<body class="site com_content view-article">
<header class="header container-header full-width"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/headers/gazette-mast.png" alt="Community news for the valley"></a></div></header>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h1 itemprop="headline">Council approves new footbridge at Miller’s Ford – but not the cycle lane</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">Gwen Hartley</span></dd>
<dd class="published"><time datetime="2024-03-05T19:12:00+00:00" itemprop="datePublished">05 March 2024</time></dd></dl>
<figure class="left item-image"><img src="/images/2024/03/millers-ford-bridge.jpg" itemprop="image" alt="The old ford" width="1200" height="800" loading="lazy"><figcaption class="caption">Walkers cross the stepping stones at Miller’s Ford in February. Photo: Alan Pryce</figcaption></figure>
<div itemprop="articleBody" class="com-content-article__body">
<p>Councillors voted 7–2 on Monday to fund a £180,000 footbridge.</p>
<p>“It’s been a long time coming,” said resident Ruth Evans.</p>
</div>
</div>
</main>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer">Copyright © 2024 Kettle Valley Gazette. All Rights Reserved.</div><div class="mod-footer"><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the GNU General Public License.</div></div></footer>
</body>
</html>
""", read_at=f"{JH}/news/council/412-footbridge-millers-ford",
 url=f"{JH}/news/council/412-footbridge-millers-ford",
 title="Council approves new footbridge at Miller’s Ford – but not the cycle lane", byline="Gwen Hartley", bylines=["Gwen Hartley"],
 publication="Kettle Valley Gazette", source="footer copyright",
 photos=[P(JH + "/images/2024/03/millers-ford-bridge.jpg", "Walkers cross the stepping stones at Miller’s Ford in February.", "Alan Pryce", None, ["Alan Pryce"])],
 encoding="cp1252")

# 24 AMP Web Story: amp-story pages with amp-img, text credits, poster decoy, og:site_name
AS = "https://stories.harbourlight.co.nz/wp-content/uploads/2024/11/{f}"
doc("24-amp-web-story-amp-img-pages-credits", f"""<!-- Shape: Google AMP Web Story: <amp-story standalone title publisher publisher-logo-src poster-portrait-src> with one amp-story-page per picture, amp-story-grid-layer template=fill holding amp-img (layout=fill, srcset), a vertical text layer with the caption and a separate credit line; byline on the cover page. Code corpus: santraez/mytinycats reels/example.php and rakeshdongre9/webstories webstory-animation.php (amp-story, publisher, publisher-logo-src, poster-portrait-src, amp-story-grid-layer template=fill/vertical). Text invented. -->
<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<title>Whale season on the Kaikōura coast, in pictures</title>
<link rel="canonical" href="https://stories.harbourlight.co.nz/web-stories/whale-season-kaikoura/">
<meta property="og:site_name" content="Harbour Light">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-story" src="https://cdn.ampproject.org/v0/amp-story-1.0.js"></script>
</head>
<body>
<amp-story standalone title="Whale season on the Kaikōura coast, in pictures" publisher="Harbour Light" publisher-logo-src="{AS.format(f='harbour-light-logo-96x96.png')}" poster-portrait-src="{AS.format(f='sperm-whale-fluke-640x853.jpg')}">
<amp-story-page id="cover">
<amp-story-grid-layer template="fill"><amp-img src="{AS.format(f='sperm-whale-fluke-1080x1440.jpg')}" srcset="{AS.format(f='sperm-whale-fluke-640x853.jpg')} 640w, {AS.format(f='sperm-whale-fluke-1080x1440.jpg')} 1080w" width="1080" height="1440" layout="fill" alt="Whale fluke"></amp-img></amp-story-grid-layer>
<amp-story-grid-layer template="vertical"><h1>Whale season on the Kaikōura coast, in pictures</h1><p class="byline">By Aroha Tane</p><p class="caption">A sperm whale dives off the Kaikōura Peninsula.</p><p class="credit">Photo: Aroha Tane/Harbour Light</p></amp-story-grid-layer>
</amp-story-page>
<amp-story-page id="page-2">
<amp-story-grid-layer template="fill"><amp-img src="{AS.format(f='dusky-dolphins-1080x1440.jpg')}" width="1080" height="1440" layout="fill" alt=""></amp-img></amp-story-grid-layer>
<amp-story-grid-layer template="vertical"><p class="caption">Dusky dolphins follow a tour boat out of South Bay.</p><p class="credit">Photo: Marty Melville/AFP</p></amp-story-grid-layer>
</amp-story-page>
<amp-story-page id="page-3">
<amp-story-grid-layer template="fill"><amp-img src="{AS.format(f='albatross-1080x1440.jpg')}" width="1080" height="1440" layout="fill" alt=""></amp-img></amp-story-grid-layer>
<amp-story-grid-layer template="vertical"><p class="caption">A wandering albatross glides over the canyon.</p><p class="credit">Photo: Supplied / Department of Conservation</p></amp-story-grid-layer>
</amp-story-page>
</amp-story>
</body>
</html>
""", read_at="https://stories.harbourlight.co.nz/web-stories/whale-season-kaikoura/",
 url="https://stories.harbourlight.co.nz/web-stories/whale-season-kaikoura/",
 title="Whale season on the Kaikōura coast, in pictures", byline="Aroha Tane", bylines=["Aroha Tane"],
 publication="Harbour Light", source="og:site_name",
 photos=[P(AS.format(f='sperm-whale-fluke-1080x1440.jpg'), "A sperm whale dives off the Kaikōura Peninsula.", "Aroha Tane/Harbour Light", "Harbour Light", ["Aroha Tane"], [AS.format(f='sperm-whale-fluke-640x853.jpg')]),
         P(AS.format(f='dusky-dolphins-1080x1440.jpg'), "Dusky dolphins follow a tour boat out of South Bay.", "Marty Melville/AFP", "AFP", ["Marty Melville"]),
         P(AS.format(f='albatross-1080x1440.jpg'), "A wandering albatross glides over the canyon.", "Supplied / Department of Conservation", None, [])])
