from common import P, doc

# ---------------------------------------------------------------- 06 Atlantic: lead figure caption + attributionText, empty application-name, title suffix
T = "https://cdn.thewharf.com/thumbor/{sig}=/0x0:4800x2700/{w}x{h}/media/img/mt/2024/05/{name}/original.jpg"
t1 = [T.format(sig=s, w=w, h=h, name="wharf_lighthouse_keepers") for s, w, h in (("q1", 750, 422), ("q2", 960, 540), ("q3", 1440, 810), ("q4", 1920, 1080))]
t2 = [T.format(sig=s, w=w, h=h, name="wharf_fog_signal") for s, w, h in (("r1", 665, 443), ("r2", 1330, 887))]
doc("06-atlantic-lead-figure-attribution-empty-app-name", f"""
<!-- Shape: The Atlantic article: Next.js page whose lead art is figure.ArticleLeadFigure_root with img.ArticleLeadArt_image srcset of cdn thumbor /media/img/mt/… renditions and figcaption split into caption text and a separate credit span (captionText + attributionText, as the code corpus handler m4rk4/BuoyantUnrealisticModule feedhandlers/atlantic.py reads them; figure.ArticleLeadFigure_root with a figcaption read by scrapers, find_string 'ArticleLeadFigure' hit id 10979120135); title ends " - The Atlantic" and <meta name="application-name" content=""> is empty (sidky/picturesque feed/infocus_test.go page copy). Text invented. -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The Last Lighthouse Keepers Are Not Who You Think - The Wharf</title>
<meta name="application-name" content="">
<meta name="msapplication-TileColor" content="">
<meta property="og:title" content="The Last Lighthouse Keepers Are Not Who You Think">
<meta property="og:url" content="https://www.thewharf.com/culture/archive/2024/05/lighthouse-keepers-volunteers/678412/">
<link rel="alternate" type="application/rss+xml" title="The Wharf" href="/feed/all/">
</head>
<body>
<div id="__next">
<header class="Header_root"><a href="/" class="Header_logo"><svg aria-label="Home"></svg></a><a href="/subscribe/">Subscribe</a></header>
<article class="ArticleLayout_article">
<header class="ArticleHero_root">
<p class="ArticleRubric_root">Culture</p>
<h1 class="ArticleTitle_root">The Last Lighthouse Keepers Are Not Who You Think</h1>
<p class="ArticleDek_root">Retirees, not the Coast Guard, now keep the lamps lit.</p>
<div class="ArticleBylines_root">By <a class="ArticleBylines_link" href="/author/maeve-ostrowski/">Maeve Ostrowski</a></div>
<figure class="ArticleLeadFigure_root">
<picture><img alt="A lighthouse at dusk" class="Image_root ArticleLeadArt_image" sizes="(min-width: 976px) 976px, 100vw" src="{t1[1]}" srcset="{t1[0]} 750w, {t1[1]} 960w, {t1[2]} 1440w, {t1[3]} 1920w" width="960" height="540"></picture>
<figcaption class="ArticleLeadFigure_caption"><span>The Pemberly Point light, on the coast of Maine, is kept by a rota of nine volunteers.</span> <span class="ArticleLeadFigure_credit">Kira Maddox / Redux</span></figcaption>
</figure>
</header>
<section class="ArticleBody_root">
<p class="ArticleParagraph_root">The last paid keeper at Pemberly Point retired in 1989.</p>
<figure class="ArticleInlineImageFigure_root">
<img alt="A brass fog signal" class="Image_root" loading="lazy" src="{t2[0]}" srcset="{t2[0]} 665w, {t2[1]} 1330w">
<figcaption class="ArticleInlineImageFigure_caption">The station's fog signal, restored in 2019 <span class="ArticleInlineImageFigure_credit">(Courtesy of the Pemberly Point Light Society)</span></figcaption>
</figure>
<p class="ArticleParagraph_root">Volunteers now sign up for week-long shifts.</p>
</section>
<div class="ArticleAuthorBio_root"><img alt="" src="https://cdn.thewharf.com/thumbor/z9=/0x0:200x200/120x120/media/img/authors/maeve_ostrowski.png"> Maeve Ostrowski is a staff writer.</div>
</article>
</div>
</body>
</html>
""", read_at="https://www.thewharf.com/culture/archive/2024/05/lighthouse-keepers-volunteers/678412/",
 url="https://www.thewharf.com/culture/archive/2024/05/lighthouse-keepers-volunteers/678412/",
 title="The Last Lighthouse Keepers Are Not Who You Think",
 byline="Maeve Ostrowski", bylines=["Maeve Ostrowski"],
 publication="The Wharf", source="title suffix",
 photos=[P(t1[3], "The Pemberly Point light, on the coast of Maine, is kept by a rota of nine volunteers.",
           "Kira Maddox / Redux", "Redux", ["Kira Maddox"], t1[:3]),
         P(t2[1], "The station's fog signal, restored in 2019",
           "Courtesy of the Pemberly Point Light Society", None, [], t2[:1])])

# ---------------------------------------------------------------- 07 Bloomberg: "Photographer:" label, JSON-LD ImageObject list
B = "https://assets.bfmcdn.com/images/users/iqXf2bT8k1Zc/{id}/v1/{size}.jpg"
b1 = [B.format(id="iPq8sLm3Tz1o", size=s) for s in ("640x-1", "1200x-1", "2000x-1")]
b2 = [B.format(id="iRt5vWx7Yy2k", size=s) for s in ("640x-1", "1200x-1")]
doc("07-bloomberg-photographer-label-jsonld-imageobjects", f"""
<!-- Shape: Bloomberg article: lead figure.ui-image with picture/srcset of assets.bwbx.io-style /images/users/{{key}}/{{id}}/v1/{{W}}x-1.jpg renditions, caption in figcaption and the credit in a separate div.credit with the "Photographer: Name/Bloomberg" label; JSON-LD NewsArticle with an image list of ImageObject (caption, creditText, creator) and publisher; byline "By A and B". Bloomberg handler in the code corpus (m4rk4/BuoyantUnrealisticModule feedhandlers/bloomberg.py) and calibre Bloomberg recipes. Text invented. -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Copper Hits Two-Year High as Chile Mine Strike Drags On - Bloomfield Markets</title>
<meta property="og:title" content="Copper Hits Two-Year High as Chile Mine Strike Drags On">
<meta property="og:url" content="https://www.bloomfieldmarkets.com/news/articles/2024-05-14/copper-hits-two-year-high-as-chile-mine-strike-drags-on">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Copper Hits Two-Year High as Chile Mine Strike Drags On","author":[{{"@type":"Person","name":"Ines Carvalho"}},{{"@type":"Person","name":"Jonah Whitlock"}}],"image":[{{"@type":"ImageObject","url":"{b1[2]}","width":2000,"caption":"Trucks idle at the entrance to the Cerro Verde copper mine near Antofagasta on May 10.","creditText":"Tomás Arancibia/Bloomberg","creator":{{"@type":"Person","name":"Tomás Arancibia"}}}},{{"@type":"ImageObject","url":"{b2[1]}","width":1200,"caption":"Copper cathodes stacked at a warehouse in Shanghai.","creditText":"Qilin/Bloomberg","creator":{{"@type":"Person","name":"Qilin"}}}}],"publisher":{{"@type":"Organization","name":"Bloomfield Markets","logo":{{"@type":"ImageObject","url":"https://assets.bfmcdn.com/static/logo-bfm.png"}}}}}}</script>
</head>
<body>
<nav><a href="/"><img alt="" src="https://assets.bfmcdn.com/static/logo-bfm.svg"></a></nav>
<main>
<h1 class="headline__text">Copper Hits Two-Year High as Chile Mine Strike Drags On</h1>
<div class="lede-text-v2__byline">By <a href="/authors/ARx1/ines-carvalho">Ines Carvalho</a> and <a href="/authors/ARx2/jonah-whitlock">Jonah Whitlock</a></div>
<figure class="ui-image">
<picture><source srcset="{b1[0]} 640w, {b1[1]} 1200w, {b1[2]} 2000w"><img alt="" src="{b1[1]}"></picture>
<figcaption><span class="caption">Trucks idle at the entrance to the Cerro Verde copper mine near Antofagasta on May 10.</span> <div class="credit">Photographer: Tomás Arancibia/Bloomberg</div></figcaption>
</figure>
<div class="body-content">
<p>Copper rose as much as 2.4% in London on Tuesday.</p>
<figure class="ui-image"><img alt="" src="{b2[0]}" srcset="{b2[0]} 640w, {b2[1]} 1200w" loading="lazy">
<figcaption><span class="caption">Copper cathodes stacked at a warehouse in Shanghai.</span> <div class="credit">Photographer: Qilin/Bloomberg</div></figcaption></figure>
<p>Traders said inventories were at their lowest since 2022.</p>
</div>
<aside class="author-cards"><img alt="Ines Carvalho" src="https://assets.bfmcdn.com/images/users/authors/ines-carvalho/v1/88x88.png"></aside>
</main>
<footer>©2024 Bloomfield Markets L.P. All Rights Reserved.</footer>
</body>
</html>
""", read_at="https://www.bloomfieldmarkets.com/news/articles/2024-05-14/copper-hits-two-year-high-as-chile-mine-strike-drags-on?srnd=commodities&sref=aB12cD34",
 url="https://www.bloomfieldmarkets.com/news/articles/2024-05-14/copper-hits-two-year-high-as-chile-mine-strike-drags-on",
 title="Copper Hits Two-Year High as Chile Mine Strike Drags On",
 byline="Ines Carvalho and Jonah Whitlock", bylines=["Ines Carvalho", "Jonah Whitlock"],
 publication="Bloomfield Markets", source="json-ld publisher",
 photos=[P(b1[2], "Trucks idle at the entrance to the Cerro Verde copper mine near Antofagasta on May 10.",
           "Tomás Arancibia/Bloomberg", "Bloomberg", ["Tomás Arancibia"], b1[:2]),
         P(b2[1], "Copper cathodes stacked at a warehouse in Shanghai.", "Qilin/Bloomberg", "Bloomberg", ["Qilin"], b2[:1])])

# ---------------------------------------------------------------- 08 Al Jazeera: bracketed credit, relative ?resize URLs, title suffix "| X"
A1 = "/wp-content/uploads/2024/03/AP24071412345678-1710158871.jpg"
A2 = "/wp-content/uploads/2024/03/2024-03-11T101512Z_1_LYNXMPEK2A0AB_RTROPTP_4_FLOODS.jpg"
H = "https://www.gulfcurrent.net"
aa = [A1 + "?resize=770%2C513&quality=80", A1 + "?resize=1170%2C780&quality=80", A1 + "?w=1920"]
ab = [A2 + "?resize=770%2C513&quality=80", A2 + "?resize=1170%2C780&quality=80"]
doc("08-aljazeera-bracket-credit-relative-resize", f"""
<!-- Shape: Al Jazeera English (WordPress headless, wp-site aje): figure.article-featured-image > div.responsive-image img with site-relative /wp-content/uploads/… src and ?resize=W%2CH&quality=80 srcset, figcaption "Caption [Name/Agency]" with the credit in square brackets; in-body wp-caption figures; title "Headline | Site"; author link in div.article-author-name. featuredImage sourceUrl + caption + credit fields and relative src rewritten to the site from the code corpus (m4rk4/BuoyantUnrealisticModule feedhandlers/aje.py); calibre Al Jazeera recipes. Text invented. -->
<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Flash floods cut off villages in Oman's Dhofar region | Gulf Current</title>
<meta property="og:title" content="Flash floods cut off villages in Oman's Dhofar region">
<link rel="canonical" href="{H}/news/2024/3/11/flash-floods-cut-off-villages-in-omans-dhofar-region">
</head>
<body>
<div class="site-header"><a class="site-logo" href="/"><svg class="site-logo__svg"><title>Gulf Current</title></svg></a><span class="header-menu__section">News</span></div>
<main id="main-content-area">
<header class="article-header"><div class="article-header__source">News | Weather</div>
<h1>Flash floods cut off villages in Oman's Dhofar region</h1></header>
<div class="article-info-block"><div class="article-author-name"><span class="article-author-name-item"><span>By </span><a class="author-link" href="/author/salma-haddadin">Salma Haddadin</a></span></div>
<div class="date-simple"><span class="screen-reader-text">Published On 11 Mar 2024</span></div></div>
<figure class="article-featured-image">
<div class="responsive-image"><img loading="lazy" class="article-featured-image" src="{aa[0]}" alt="Floodwater" srcset="{aa[0]} 770w, {aa[1]} 1170w, {aa[2]} 1920w" sizes="(max-width: 770px) 100vw, 770px"></div>
<figcaption>Residents wade through floodwater in Salalah, Oman, on March 10, 2024 [Hamad al-Rawahi/AP Photo]</figcaption>
</figure>
<div class="wysiwyg wysiwyg--all-content">
<p>Heavy rain swept across southern Oman on Sunday, cutting roads to at least 14 villages.</p>
<figure id="attachment_2849910" class="wp-caption aligncenter"><img class="size-full" src="{ab[0]}" srcset="{ab[0]} 770w, {ab[1]} 1170w" alt=""><figcaption class="wp-caption-text">A rescue helicopter lands near Mirbat [Khalid Nasser/Reuters]</figcaption></figure>
<p>Authorities said no deaths had been reported.</p>
</div>
<div class="more-on"><h2>More on Weather</h2><article class="gc-u-clickable-card"><img src="/wp-content/uploads/2024/02/dust-storm.jpg?resize=270%2C180&quality=80" alt=""></article></div>
</main>
<footer><div class="footer__copyright">© 2024 Gulf Current Media Network</div></footer>
</body>
</html>
""", read_at=f"{H}/news/2024/3/11/flash-floods-cut-off-villages-in-omans-dhofar-region",
 url=f"{H}/news/2024/3/11/flash-floods-cut-off-villages-in-omans-dhofar-region",
 title="Flash floods cut off villages in Oman's Dhofar region",
 byline="Salma Haddadin", bylines=["Salma Haddadin"],
 publication="Gulf Current", source="title suffix",
 photos=[P(H + aa[2], "Residents wade through floodwater in Salalah, Oman, on March 10, 2024",
           "Hamad al-Rawahi/AP Photo", "AP", ["Hamad al-Rawahi"], [H + aa[0], H + aa[1]]),
         P(H + ab[1], "A rescue helicopter lands near Mirbat", "Khalid Nasser/Reuters", "Reuters", ["Khalid Nasser"], [H + ab[0]])])

# ---------------------------------------------------------------- 09 France 24 (fr): m-figure, "© Name, AFP", "Par … et …", application-name
F = "https://s.courrierdumidi.fr/media/display/{id}/w:{w}/p:16x9/{name}"
f1 = [F.format(id="8c2f4e1a-0b7d-11ef-9a3c-005056a90284", w=w, name=n) for w, n in ((480, "grele-vignes.webp"), (980, "grele-vignes.webp"), (1280, "grele-vignes.webp"), (980, "grele-vignes.jpg"))]
f2 = [F.format(id="a41d77c2-0b7e-11ef-9a3c-005056a90284", w=w, name="viticulteurs-reunion.jpg") for w in (480, 980)]
gif = "data:image/gif;base64,R0lGODlhAQABAAAAACw="
doc("09-france24-m-figure-copyright-credit-par-et", f"""
<!-- Shape: France 24 article (Symfony "t-content" templates): picture with media-query <source data-srcset> and a lazy img.m-figure__img (data-src, placeholder gif src) inside figure.m-figure, figcaption.m-figure__caption with span.m-figure__caption__text and a separate span.m-figure__credits "© Name, AFP"; s.france24.com/media/display/{{uuid}}/w:{{W}}/p:16x9/ rendition paths (the m-figure class names are recalled from france24.com, not found in the corpus); <meta name="application-name"> and apple-mobile-web-app-title naming the site (code corpus page copy CBA-UPC/clean_resources 1/8/18195d8f….js: application-name "France 24"). Text invented. -->
<!DOCTYPE html>
<html dir="ltr" lang="fr">
<head>
<meta charset="UTF-8">
<title>Grêle dans le Bordelais : des centaines d'hectares de vignes dévastés</title>
<meta name="apple-mobile-web-app-title" content="Courrier du Midi">
<meta name="application-name" content="Courrier du Midi">
<meta property="og:title" content="Grêle dans le Bordelais : des centaines d'hectares de vignes dévastés">
<meta property="og:url" content="https://www.courrierdumidi.fr/fr/france/20240603-grele-bordelais-vignes-devastees">
</head>
<body>
<header class="o-header"><a class="o-header__logo" href="/fr/"><img src="https://static.courrierdumidi.fr/build/img/logo-cdm.svg" alt=""></a></header>
<article class="t-content t-content--article">
<h1 class="t-content__title a-page-title">Grêle dans le Bordelais : des centaines d'hectares de vignes dévastés</h1>
<p class="m-from-author"><span class="m-from-author__label">Par :</span> <a class="m-from-author__name" href="/fr/auteur/elodie-marchal/">Élodie Marchal</a> et <a class="m-from-author__name" href="/fr/auteur/karim-benslimane/">Karim Benslimane</a></p>
<div class="t-content__main-media">
<figure class="m-figure m-figure--16x9">
<picture>
<source media="(max-width: 480px)" data-srcset="{f1[0]}">
<source media="(min-width: 1024px)" data-srcset="{f1[2]}">
<source media="(min-width: 481px)" data-srcset="{f1[1]}">
<img class="m-figure__img lazy" src="{gif}" data-src="{f1[3]}" alt="Vignes">
</picture>
<figcaption class="m-figure__caption"><span class="m-figure__caption__text">Des vignes hachées par la grêle à Saint-Émilion, le 2 juin 2024.</span> <span class="m-figure__credits">© Philippe Lopez, AFP</span></figcaption>
</figure>
</div>
<div class="t-content__body">
<p>Un violent orage de grêle a frappé dimanche soir le nord de la Gironde.</p>
<figure class="m-figure m-figure--16x9">
<picture><source media="(min-width: 481px)" data-srcset="{f2[1]}"><img class="m-figure__img lazy" src="{gif}" data-src="{f2[0]}" alt=""></picture>
<figcaption class="m-figure__caption"><span class="m-figure__caption__text">Des viticulteurs réunis à la mairie de Pomerol lundi matin.</span> <span class="m-figure__credits">© Courrier du Midi</span></figcaption>
</figure>
<p>La chambre d'agriculture estime les pertes à 30 % de la récolte.</p>
</div>
</article>
<footer class="o-footer"><p>© 2024 Copyright Courrier du Midi - Tous droits réservés</p></footer>
</body>
</html>
""", read_at="https://www.courrierdumidi.fr/fr/france/20240603-grele-bordelais-vignes-devastees?xtor=CS1-9&at_medium=Social_media",
 url="https://www.courrierdumidi.fr/fr/france/20240603-grele-bordelais-vignes-devastees",
 title="Grêle dans le Bordelais : des centaines d'hectares de vignes dévastés",
 byline="Élodie Marchal et Karim Benslimane", bylines=["Élodie Marchal", "Karim Benslimane"],
 publication="Courrier du Midi", source="application-name",
 photos=[P(f1[2], "Des vignes hachées par la grêle à Saint-Émilion, le 2 juin 2024.",
           "Philippe Lopez, AFP", "AFP", ["Philippe Lopez"], [f1[0], f1[1], f1[3]]),
         P(f2[1], "Des viticulteurs réunis à la mairie de Pomerol lundi matin.", "Courrier du Midi", "Courrier du Midi", [], f2[:1])])
