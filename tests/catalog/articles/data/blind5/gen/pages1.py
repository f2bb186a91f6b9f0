"""Pages 01-12 of the fifth held-out set."""
import json as _j
from common import ph, exp, page

PAGES = []

def add(stem, html, e, enc="utf-8"):
    PAGES.append((stem, html, e, enc))

def amp(u):
    return u.replace("&", "&amp;")

# ---------------------------------------------------------------- 01
U = "https://www.standardlive.com/portland/2024/06/transit-mall-bus-lanes-reopen.html"
R = "https://www.standardlive.com/resizer/{k}=/{w}x0/smart/cloudfront-us-east-1.images.arcpublishing.com/advancelocal/{n}.jpg"
LD = _j.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Transit mall bus lanes reopen after two years of work",
    "author": [{"@type": "Person", "name": "Rosa Delgado"}],
    "publisher": {"@type": "Organization", "name": "The Willamette Standard", "logo": {"@type": "ImageObject", "url": "https://www.standardlive.com/pf/resources/images/standard-logo.png"}}}, indent=1)
add("01-oregonlive-advance-byline-pipe-paper-slash-live-jsonld-publisher", page(
    "Advance Local (OregonLive/NJ.com)-style article: byline 'Name | The Paper/PaperLive' (confirmed by find_string "
    "'The Oregonian/OregonLive' hits 12840908148, 40996495786, 30378386585: author strings 'Name | The Oregonian/OregonLive'), "
    "JSON-LD publisher, title ' - standardlive.com' (a domain, not the name), credits 'Name/The Paper' and 'Name/Staff' in a "
    "separate span, Arc thumbor-style /resizer/{hash}=/WIDTHx0/smart/… renditions, a 'Read more' card and a subscription promo.",
    f"""<title>Transit mall bus lanes reopen after two years of work - standardlive.com</title>
<link rel="canonical" href="{U}">
<script type="application/ld+json">{LD}</script>""",
    f"""<article>
<h1 class="headline">Transit mall bus lanes reopen after two years of work</h1>
<div class="byline"><span class="byline__name">By <a href="/staff/rdelgado/">Rosa Delgado</a> | The Willamette Standard/StandardLive</span></div>
<time datetime="2024-06-03T06:00:00-07:00">Published: Jun. 03, 2024, 6:00 a.m.</time>
<figure class="image"><img src="{R.format(k='a1B2c3D4', w=800, n='QX5ZQ3LMNBE7FOW2YH4R6TAJDU')}" srcset="{R.format(k='a1B2c3D4', w=400, n='QX5ZQ3LMNBE7FOW2YH4R6TAJDU')} 400w, {R.format(k='a1B2c3D4', w=800, n='QX5ZQ3LMNBE7FOW2YH4R6TAJDU')} 800w, {R.format(k='e5F6g7H8', w=1280, n='QX5ZQ3LMNBE7FOW2YH4R6TAJDU')} 1280w" alt="">
<figcaption><span class="caption">A TriMet bus uses the rebuilt lane on Southwest Fifth Avenue on Monday, June 3, 2024.</span> <span class="credit">Noor Haddad/The Willamette Standard</span></figcaption></figure>
<p>The lanes had been closed since May 2022.</p>
<figure class="image"><img src="{R.format(k='i9J0k1L2', w=800, n='7MWCK2VQ3RHNLDXE6P5TYB4GSA')}" alt="">
<figcaption><span class="caption">Construction crews on Southwest Sixth Avenue in 2023.</span> <span class="credit">Owen Farris/Staff</span></figcaption></figure>
<div class="read-more"><a href="/portland/2024/05/x.html"><img src="{R.format(k='zz', w=300, n='TEASER')}" alt=""><span>Read more: Bike lanes on Broadway</span></a></div>
<div class="promo"><img src="https://www.standardlive.com/pf/resources/images/subscribe-banner.png" alt="Subscribe to StandardLive"></div>
</article>"""),
    exp(U + "?outputType=amp", U, "Transit mall bus lanes reopen after two years of work", "Rosa Delgado", ["Rosa Delgado"],
        "The Willamette Standard", "json-ld publisher", [
        ph(R.format(k='e5F6g7H8', w=1280, n='QX5ZQ3LMNBE7FOW2YH4R6TAJDU'), "A TriMet bus uses the rebuilt lane on Southwest Fifth Avenue on Monday, June 3, 2024.",
           "Noor Haddad/The Willamette Standard", "The Willamette Standard", ["Noor Haddad"],
           [R.format(k='a1B2c3D4', w=400, n='QX5ZQ3LMNBE7FOW2YH4R6TAJDU'), R.format(k='a1B2c3D4', w=800, n='QX5ZQ3LMNBE7FOW2YH4R6TAJDU')]),
        ph(R.format(k='i9J0k1L2', w=800, n='7MWCK2VQ3RHNLDXE6P5TYB4GSA'), "Construction crews on Southwest Sixth Avenue in 2023.",
           "Owen Farris/Staff", None, ["Owen Farris"], []),
    ]))

# ---------------------------------------------------------------- 02
U = "https://www.publicledger.org/article/county-jail-medical-contracts-deaths"
P = "https://img.publicledger.org/{k}/{n}.jpg?crop=focalpoint&fit=crop&w={w}&q=75"
add("02-propublica-co-published-bylines-with-affiliations-for-credit", page(
    "ProPublica-style nonprofit article (from memory): og:site_name, a co-published byline where each author carries an "
    "outlet ('by Ana Ruiz, The Public Ledger, and Dev Patel, The Harbor Gazette'), a 'This article was produced for … in "
    "partnership with …' note (a partner, not the publication), 'Name for The Public Ledger' credits in a separate "
    "<span class=\"credit\">, imgix-style ?w= renditions, and donate/newsletter art as decoys.",
    f"""<title>Inside the County Jail Medical Contracts Tied to 14 Deaths — The Public Ledger</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="The Public Ledger">""",
    f"""<article>
<h1 class="article-header__title">Inside the County Jail Medical Contracts Tied to 14 Deaths</h1>
<p class="byline">by <a href="/people/ana-ruiz">Ana Ruiz</a>, The Public Ledger, and <a href="https://harborgazette.com/staff/dev-patel">Dev Patel</a>, The Harbor Gazette</p>
<p class="timestamp">June 3, 5 a.m. EDT</p>
<p class="partner-note"><em>This article was produced for The Public Ledger’s Local Reporting Network in partnership with The Harbor Gazette.</em></p>
<figure class="lead-art"><img src="{P.format(k='a7c2', n='jail-exterior', w=1200)}" srcset="{P.format(k='a7c2', n='jail-exterior', w=600)} 600w, {P.format(k='a7c2', n='jail-exterior', w=1200)} 1200w, {P.format(k='a7c2', n='jail-exterior', w=2400)} 2400w" alt="">
<figcaption><span class="caption">The Carver County Detention Center, where eight of the 14 deaths occurred.</span> <span class="credit">Caleb Yoon for The Public Ledger</span></figcaption></figure>
<p>Since 2019, 14 people have died.</p>
<figure><img src="{P.format(k='b9d4', n='mother-portrait', w=1200)}" alt="">
<figcaption><span class="caption">Renata Olsen holds a photo of her son, who died in the jail in 2021.</span> <span class="credit">Jess Amari for The Harbor Gazette</span></figcaption></figure>
<div class="donate"><img src="https://img.publicledger.org/static/donate-heart.svg" alt=""><p>Support independent journalism</p></div>
</article>"""),
    exp(U, U, "Inside the County Jail Medical Contracts Tied to 14 Deaths", "Ana Ruiz and Dev Patel", ["Ana Ruiz", "Dev Patel"],
        "The Public Ledger", "og:site_name", [
        ph(P.format(k='a7c2', n='jail-exterior', w=2400), "The Carver County Detention Center, where eight of the 14 deaths occurred.",
           "Caleb Yoon for The Public Ledger", "The Public Ledger", ["Caleb Yoon"],
           [P.format(k='a7c2', n='jail-exterior', w=600), P.format(k='a7c2', n='jail-exterior', w=1200)]),
        ph(P.format(k='b9d4', n='mother-portrait', w=1200), "Renata Olsen holds a photo of her son, who died in the jail in 2021.",
           "Jess Amari for The Harbor Gazette", "The Harbor Gazette", ["Jess Amari"], []),
    ]))

# ---------------------------------------------------------------- 03
U = "https://www.dominionmail.ca/politics/article-carbon-rebate-cheques-delayed/"
G = "https://www.dominionmail.ca/resizer/v2/{k}.JPG?auth={a}&width={w}&quality=80"
add("03-globeandmail-canadian-press-credit-span-role-dateline", page(
    "Globe and Mail-style Canadian article (from memory): og:site_name, byline name with a separate role 'Parliamentary "
    "reporter' and dateline 'Ottawa', figcaption with the caption text followed by a separate credit span "
    "'Name/The Canadian Press' or 'Name/The Paper', Arc resizer/v2 renditions with an uppercase .JPG, a 'Sponsored content' "
    "card and the author's photo as decoys.",
    f"""<title>Carbon rebate cheques delayed for 1.2 million households - The Dominion Mail</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="The Dominion Mail">""",
    f"""<article>
<h1>Carbon rebate cheques delayed for 1.2 million households</h1>
<div class="byline"><img class="author-photo" src="https://www.dominionmail.ca/resizer/v2/AUTHOR1.png?auth=aa&width=80" alt="">
<a href="/authors/marc-antoine-leduc/">Marc-Antoine Leduc</a><span class="role">Parliamentary reporter</span><span class="dateline">Ottawa</span></div>
<time>Published June 3, 2024</time>
<figure><img src="{amp(G.format(k='HZ3QKD4B2NE5LPR7VY6TXJMC8A', a='c0ffee11', w=1200))}" srcset="{amp(G.format(k='HZ3QKD4B2NE5LPR7VY6TXJMC8A', a='c0ffee11', w=600))} 600w, {amp(G.format(k='HZ3QKD4B2NE5LPR7VY6TXJMC8A', a='c0ffee11', w=1200))} 1200w" alt="">
<figcaption><span class="caption">Finance Minister Aileen Roy speaks to reporters in the foyer of the House of Commons on May 30.</span><span class="credit">Spencer Colby/The Canadian Press</span></figcaption></figure>
<p>The Canada Revenue Agency blamed a software change.</p>
<figure><img src="{amp(G.format(k='P8VNR2KX6ME3QTZ5LB7HWD4YCJ', a='0ddba11', w=1200))}" alt="">
<figcaption><span class="caption">A rebate notice on a kitchen table in Moncton.</span><span class="credit">Darren Calabrese/The Dominion Mail</span></figcaption></figure>
</article>
<aside class="sponsored"><span>Sponsored content</span><img src="https://www.dominionmail.ca/resizer/v2/SPONSOR.jpg?auth=bb&width=300" alt=""></aside>"""),
    exp(U, U, "Carbon rebate cheques delayed for 1.2 million households", "Marc-Antoine Leduc", ["Marc-Antoine Leduc"],
        "The Dominion Mail", "og:site_name", [
        ph(G.format(k='HZ3QKD4B2NE5LPR7VY6TXJMC8A', a='c0ffee11', w=1200), "Finance Minister Aileen Roy speaks to reporters in the foyer of the House of Commons on May 30.",
           "Spencer Colby/The Canadian Press", "The Canadian Press", ["Spencer Colby"], [G.format(k='HZ3QKD4B2NE5LPR7VY6TXJMC8A', a='c0ffee11', w=600)]),
        ph(G.format(k='P8VNR2KX6ME3QTZ5LB7HWD4YCJ', a='0ddba11', w=1200), "A rebate notice on a kitchen table in Moncton.",
           "Darren Calabrese/The Dominion Mail", "The Dominion Mail", ["Darren Calabrese"], []),
    ]))

# ---------------------------------------------------------------- 04
U = "https://www.leriverain.com/societe/812345/traversier-tadoussac-pannes"
D = "https://media1.leriverain.com/images/2024-06-03/{w}x{h}/{n}.jpg"
add("04-ledevoir-photo-name-space-paper-no-slash-title-suffix-a-location", page(
    "Le Devoir-style Québec article (from memory): title ' | Le Riverain' with no og:site_name, author 'Name à Québec' "
    "(location after the name), credit 'Photo: Name Le Riverain' with the paper after the name and no separator, "
    "'Photo: Name La Presse canadienne', /images/{date}/{w}x{h}/ renditions; a 'À voir en vidéo' block and a partner logo.",
    f"""<title>Les pannes du traversier de Tadoussac exaspèrent les camionneurs | Le Riverain</title>
<link rel="canonical" href="{U}">""",
    f"""<article>
<h1>Les pannes du traversier de Tadoussac exaspèrent les camionneurs</h1>
<div class="auteurs"><span class="auteur">Isabelle Gagnon</span> à Québec</div>
<div class="date">3 juin 2024</div>
<figure><img src="{D.format(w=1200, h=800, n='traversier')}" srcset="{D.format(w=600, h=400, n='traversier')} 600w, {D.format(w=1200, h=800, n='traversier')} 1200w, {D.format(w=2400, h=1600, n='traversier')} 2400w" alt="">
<figcaption><span class="legende">Des camions attendent le traversier à Baie-Sainte-Catherine, dimanche.</span> <span class="credit">Photo: Marie-Ève Tremblay Le Riverain</span></figcaption></figure>
<p>Le navire a été immobilisé quatre fois depuis avril.</p>
<figure><img src="{D.format(w=1200, h=800, n='ministre')}" alt="">
<figcaption><span class="legende">La ministre des Transports, Geneviève Paquin</span> <span class="credit">Photo: Jacques Ouellet La Presse canadienne</span></figcaption></figure>
<div class="video"><img src="https://media1.leriverain.com/video/poster-812001.jpg" alt="À voir en vidéo"></div>
</article>
<footer><img src="https://media1.leriverain.com/static/partenaire-fondation.png" alt="Fondation du Riverain"></footer>""", lang="fr"),
    exp(U, U, "Les pannes du traversier de Tadoussac exaspèrent les camionneurs", "Isabelle Gagnon", ["Isabelle Gagnon"],
        "Le Riverain", "title suffix", [
        ph(D.format(w=2400, h=1600, n='traversier'), "Des camions attendent le traversier à Baie-Sainte-Catherine, dimanche.",
           "Marie-Ève Tremblay Le Riverain", "Le Riverain", ["Marie-Ève Tremblay"],
           [D.format(w=1200, h=800, n='traversier'), D.format(w=600, h=400, n='traversier')]),
        ph(D.format(w=1200, h=800, n='ministre'), "La ministre des Transports, Geneviève Paquin", "Jacques Ouellet La Presse canadienne",
           "La Presse canadienne", ["Jacques Ouellet"], []),
    ]))

# ---------------------------------------------------------------- 05
U = "https://www.cityledger.com/content/5b1e9c2a-3d7f-4a61-9e8b-0c2d4f6a8b1e"
F = "https://www.cityledger.com/__origami/service/image/v2/images/raw/{src}?source=next-article&fit=scale-down&quality=highest&width={w}&dpr=1"
S1 = "https%3A%2F%2Fd3x9qa7lmno2kz.cloudfront.net%2Fproduction%2F9a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d.jpg"
S2 = "https%3A%2F%2Fd3x9qa7lmno2kz.cloudfront.net%2Fproduction%2Ff0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0.jpg"
add("05-ft-origami-image-service-copyright-glued-in-location-bylines-footer", page(
    "Financial Times-style article (from memory): Origami image service URLs /__origami/service/image/v2/images/raw/{encoded "
    "source}?…&width=…, caption text with the credit glued after '©' ('… © Name/Bloomberg'), authors with locations "
    "('A in London and B in Frankfurt'), no og:site_name or title suffix, publication only in the footer "
    "'© The City Ledger Ltd 2024' (company suffix and year dropped, as in the third set's page 12), a 'myFT' promo.",
    f"""<title>Eurozone banks brace for lower rates as ECB signals June cut</title>
<link rel="canonical" href="{U}">""",
    f"""<article>
<h1><span class="headline__text">Eurozone banks brace for lower rates as ECB signals June cut</span></h1>
<p class="article-info__byline"><a href="/stream/priya-nair">Priya Nair</a> in London and <a href="/stream/lukas-brandt">Lukas Brandt</a> in Frankfurt</p>
<time datetime="2024-06-03T04:00:00.000Z">June 3 2024</time>
<figure class="n-content-image"><picture><source srcset="{amp(F.format(src=S1, w=700))} 700w, {amp(F.format(src=S1, w=1440))} 1440w"><img src="{amp(F.format(src=S1, w=700))}" alt=""></picture>
<figcaption class="n-content-picture__caption">The European Central Bank headquarters in Frankfurt © Hannelore Voss/Bloomberg</figcaption></figure>
<p>Lenders have enjoyed two years of record margins.</p>
<figure class="n-content-image"><img src="{amp(F.format(src=S2, w=700))}" alt="">
<figcaption class="n-content-picture__caption">Christine Arnaud, ECB president, at last month’s press conference © Martin Pope/City Ledger</figcaption></figure>
<div class="myft-promo"><img src="https://www.cityledger.com/__assets/creatives/myft/myft-logo.svg" alt="myFT"></div>
</article>
<footer><p>© The City Ledger Ltd 2024. CL and ‘City Ledger’ are trademarks of The City Ledger Ltd.</p></footer>"""),
    exp(U, U, "Eurozone banks brace for lower rates as ECB signals June cut", "Priya Nair and Lukas Brandt", ["Priya Nair", "Lukas Brandt"],
        "The City Ledger", "footer copyright", [
        ph(F.format(src=S1, w=1440), "The European Central Bank headquarters in Frankfurt", "Hannelore Voss/Bloomberg", "Bloomberg",
           ["Hannelore Voss"], [F.format(src=S1, w=700)]),
        ph(F.format(src=S2, w=700), "Christine Arnaud, ECB president, at last month’s press conference", "Martin Pope/City Ledger",
           "City Ledger", ["Martin Pope"], []),
    ]))

# ---------------------------------------------------------------- 06
U = "https://www.lefrancilien.fr/val-de-marne-94/creteil-la-piscine-olympique-rouvre-enfin-03-06-2024-XK3FQ2MZ5BH7LPRN6TYD4WCA8E.php"
L = "https://www.lefrancilien.fr/resizer/{k}=/{w}x{h}/cloudfront-eu-central-1.images.arcpublishing.com/lpguideshopping/{n}.jpg"
add("06-leparisien-lp-slash-name-avec-byline-og-site-name", page(
    "Le Parisien-style article (from memory): og:site_name, byline 'Par A, avec B' ('avec' joining a second author), "
    "caption with the credit glued 'LF/Name' (the paper's initials, like Le Parisien's 'LP/Name') and 'AFP/Name', Arc "
    "thumbor resizer renditions with {w}x{h}; 'À lire aussi' cards and an 'Abonnez-vous' banner as decoys.",
    f"""<title>Créteil : la piscine olympique rouvre enfin après trois ans de travaux - Le Francilien</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="Le Francilien">""",
    f"""<article>
<h1 class="title_xl">Créteil : la piscine olympique rouvre enfin après trois ans de travaux</h1>
<div class="author-wrapper"><span class="ui-link">Par <a href="/journalistes/claire-dumas">Claire Dumas</a>, avec <a href="/journalistes/hugo-berthier">Hugo Berthier</a></span></div>
<div class="timestamp">Le 3 juin 2024 à 18h12</div>
<figure><img src="{L.format(k='Qm1x', w=1600, h=1000, n='XK3FQ2MZ5BH7LPRN6TYD4WCA8E')}" srcset="{L.format(k='Rt2y', w=640, h=400, n='XK3FQ2MZ5BH7LPRN6TYD4WCA8E')} 640w, {L.format(k='Qm1x', w=1600, h=1000, n='XK3FQ2MZ5BH7LPRN6TYD4WCA8E')} 1600w" alt="">
<figcaption class="width_full">Créteil (Val-de-Marne), lundi 3 juin. Les premiers nageurs ont découvert le bassin rénové. LF/Julien Marchal</figcaption></figure>
<p>Le chantier devait durer dix-huit mois.</p>
<figure><img src="{L.format(k='Vb3z', w=1600, h=1000, n='M4NQ8KP2XZ6RTLB3WY5HDV7CJE')}" alt="">
<figcaption class="width_full">La piscine lors de sa fermeture, en 2021. AFP/Thomas Samson</figcaption></figure>
<section class="a-lire-aussi"><h3>À lire aussi</h3><a href="/x.php"><img src="{L.format(k='zz', w=300, h=200, n='TEASER')}" alt=""><span>Le stade Duvauchelle agrandi</span></a></section>
</article>""", lang="fr"),
    exp(U, U, "Créteil : la piscine olympique rouvre enfin après trois ans de travaux", "Claire Dumas, avec Hugo Berthier",
        ["Claire Dumas", "Hugo Berthier"], "Le Francilien", "og:site_name", [
        ph(L.format(k='Qm1x', w=1600, h=1000, n='XK3FQ2MZ5BH7LPRN6TYD4WCA8E'),
           "Créteil (Val-de-Marne), lundi 3 juin. Les premiers nageurs ont découvert le bassin rénové.", "LF/Julien Marchal",
           "Le Francilien", ["Julien Marchal"], [L.format(k='Rt2y', w=640, h=400, n='XK3FQ2MZ5BH7LPRN6TYD4WCA8E')]),
        ph(L.format(k='Vb3z', w=1600, h=1000, n='M4NQ8KP2XZ6RTLB3WY5HDV7CJE'), "La piscine lors de sa fermeture, en 2021.",
           "AFP/Thomas Samson", "AFP", ["Thomas Samson"], []),
    ]))

# ---------------------------------------------------------------- 07
U = "https://www.dniprovska-pravda.com.ua/news/2024/06/3/7461234/"
I = "https://img.dniprovska-pravda.com.ua/images/doc/{a}/{b}/{c}{s}.jpg"
add("07-ukrainian-cyrillic-foto-label-getty-press-service-title-suffix", page(
    "Ukrainska Pravda-style Ukrainian article (from memory): Cyrillic text, title ' | Дніпровська правда' with no og:site_name, "
    "author link without label and date '3 червня 2024, 14:20', caption then 'Фото: Name/Getty Images' in a separate "
    "span, a press-service credit 'Фото: пресслужба ДСНС', /images/doc/… renditions with a _crop suffix; 'Популярне' "
    "list thumbnails are decoys.",
    f"""<title>У Дніпрі відкрили новий міст через Самару | Дніпровська правда</title>
<link rel="canonical" href="{U}">""",
    f"""<article class="post">
<h1 class="post_title">У Дніпрі відкрили новий міст через Самару</h1>
<div class="post_author"><a href="/authors/olena-koval/">Олена Коваль</a></div>
<div class="post_time">3 червня 2024, 14:20</div>
<div class="post_photo"><img src="{I.format(a='b', b='2c', c='b2c9f1a', s='_crop')}" data-src-full="{I.format(a='b', b='2c', c='b2c9f1a', s='')}" alt="">
<div class="post_photo_caption">Новий міст через річку Самару біля Дніпра<span class="post_photo_source">Фото: Андрій Мельник/Getty Images</span></div></div>
<p>Рух мостом відкрили в понеділок.</p>
<div class="post_photo"><img src="{I.format(a='e', b='71', c='e71d3c8', s='')}" alt="">
<div class="post_photo_caption">Рятувальники перевіряють опори мосту<span class="post_photo_source">Фото: пресслужба ДСНС</span></div></div>
</article>
<aside class="popular"><h3>Популярне</h3><a href="/news/2024/06/2/7461000/"><img src="{I.format(a='a', b='00', c='a00ffee', s='_crop')}" alt=""></a></aside>""", lang="uk"),
    exp(U, U, "У Дніпрі відкрили новий міст через Самару", "Олена Коваль", ["Олена Коваль"], "Дніпровська правда", "title suffix", [
        ph(I.format(a='b', b='2c', c='b2c9f1a', s=''), "Новий міст через річку Самару біля Дніпра", "Андрій Мельник/Getty Images",
           "Getty Images", ["Андрій Мельник"], [I.format(a='b', b='2c', c='b2c9f1a', s='_crop')]),
        ph(I.format(a='e', b='71', c='e71d3c8', s=''), "Рятувальники перевіряють опори мосту", "пресслужба ДСНС", None, [], []),
    ]))

# ---------------------------------------------------------------- 08
A = "https://static.alsharqaljadid.com/2024/06/03/{n}-{w}.jpg"
U = "https://www.alsharqaljadid.com/arab-world/5023456"
add("08-asharq-arabic-rtl-city-colon-byline-paren-wire-credit", page(
    "Asharq Al-Awsat-style Arabic article (from memory): <html dir=\"rtl\">, og:site_name in Arabic, byline with a city "
    "prefix 'تونس: Name' (the city is not part of the byline), caption ending with the agency in Arabic in parentheses "
    "'(رويترز)' / '(أ.ف.ب)', -{width}.jpg renditions; most-read thumbnails and an ad are decoys.",
    f"""<title>تونس تفتتح أكبر محطة لتحلية المياه في البلاد</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="الشرق الجديد">""",
    f"""<article>
<h1>تونس تفتتح أكبر محطة لتحلية المياه في البلاد</h1>
<div class="byline"><span class="city">تونس: </span><span class="author">منية بن سالم</span></div>
<div class="date">الاثنين - 26 ذو القعدة 1445 هـ - 03 يونيو 2024 م</div>
<figure><img src="{A.format(n='desal-plant', w=1000)}" srcset="{A.format(n='desal-plant', w=500)} 500w, {A.format(n='desal-plant', w=1000)} 1000w" alt="">
<figcaption>محطة تحلية المياه الجديدة في صفاقس (رويترز)</figcaption></figure>
<p>تبلغ طاقة المحطة 100 ألف متر مكعب يومياً.</p>
<div class="ad"><img src="https://ads.alsharqaljadid.com/banner-300x250.gif" alt=""></div>
<figure><img src="{A.format(n='farmers', w=1000)}" alt="">
<figcaption>مزارعون في ولاية القيروان خلال موسم الجفاف الماضي (أ.ف.ب)</figcaption></figure>
</article>
<aside class="most-read"><a href="/5020001"><img src="{A.format(n='teaser', w=300)}" alt=""></a></aside>""", lang="ar"),
    exp(U, U, "تونس تفتتح أكبر محطة لتحلية المياه في البلاد", "منية بن سالم", ["منية بن سالم"], "الشرق الجديد", "og:site_name", [
        ph(A.format(n='desal-plant', w=1000), "محطة تحلية المياه الجديدة في صفاقس", "رويترز", "Reuters", [], [A.format(n='desal-plant', w=500)]),
        ph(A.format(n='farmers', w=1000), "مزارعون في ولاية القيروان خلال موسم الجفاف الماضي", "أ.ف.ب", "AFP", [], []),
    ]))

# ---------------------------------------------------------------- 09
U = "https://www.galilnews.co.il/articles/hkq7d2lm3"
Y = "https://images.galilnews.co.il/picserver/crop_images/2024/06/03/{k}/{k}_0_0_{w}_{h}_0_x-large.jpg"
add("09-ynet-hebrew-rtl-tsilum-label-og-site-name", page(
    "ynet-style Hebrew article (from memory): <html dir=\"rtl\">, og:site_name, author names joined with 'ו' (and) "
    "prefixed to the second name ('דנה לוי ויוסי אברהם'), captions with the credit after 'צילום:' in a separate span, "
    "picserver crop_images renditions (x-large / medium); a 'כתבות נוספות' list and an ad are decoys.",
    f"""<title>נפתח הכביש העוקף של טבריה | חדשות הגליל</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="חדשות הגליל">""",
    f"""<article>
<h1 class="mainTitle">נפתח הכביש העוקף של טבריה</h1>
<div class="authors"><span>איתי כהן</span></div>
<time>03.06.24 | 15:40</time>
<figure><img src="{Y.format(k='Hk00A1b2C', w=1280, h=720)}" srcset="{Y.format(k='Hk00A1b2C', w=640, h=360)} 640w, {Y.format(k='Hk00A1b2C', w=1280, h=720)} 1280w" alt="">
<figcaption><span class="ImageCaption">הכביש העוקף ביום פתיחתו</span><span class="credit">צילום: דנה לוי</span></figcaption></figure>
<p>הכביש יקצר את זמן הנסיעה בעשרים דקות.</p>
<figure><img src="{Y.format(k='Sy11Z9x8W', w=1280, h=720)}" alt="">
<figcaption><span class="ImageCaption">עבודות הסלילה בשנה שעברה</span><span class="credit">צילום: AP</span></figcaption></figure>
<div class="ad"><img src="https://ads.galilnews.co.il/300x250-bank.gif" alt=""></div>
</article>
<section class="more-articles"><h3>כתבות נוספות</h3><a href="/articles/hkq7d0000"><img src="https://images.galilnews.co.il/picserver/crop_images/2024/06/02/Bx9/Bx9_0_0_320_180_0_small.jpg" alt=""><span>עומסי תנועה בצפון</span></a></section>""", lang="he"),
    exp(U, U, "נפתח הכביש העוקף של טבריה", "איתי כהן", ["איתי כהן"], "חדשות הגליל", "og:site_name", [
        ph(Y.format(k='Hk00A1b2C', w=1280, h=720), "הכביש העוקף ביום פתיחתו", "דנה לוי", None, ["דנה לוי"], [Y.format(k='Hk00A1b2C', w=640, h=360)]),
        ph(Y.format(k='Sy11Z9x8W', w=1280, h=720), "עבודות הסלילה בשנה שעברה", "AP", "AP", [], []),
    ]))

# ---------------------------------------------------------------- 10
U = "https://news.jiangnanwang.cn/2024-06/03/c_1130156789.htm"
X = "https://img.jiangnanwang.cn/2024-06/03/{n}.jpg"
add("10-chinese-portal-laiyuan-syndication-xinhua-jizhe-she", page(
    "Chinese news-portal article (from memory; Xinhua photo credit form '新华社记者 Name 摄' confirmed by find_string "
    "'新华社记者' hits 60492884440, 13565163864, 71479532199): og:site_name is the portal (江南网) but the source line "
    "'来源：东海日报' names the originating paper (publication_source 'syndication'), '作者：李华' and '责任编辑：张伟' (the "
    "editor is not a byline), captions ending '（新华社记者 王明 摄）' in full-width parentheses, and a caption with no credit.",
    f"""<title>东海大桥二期工程全线贯通_江南网</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="江南网">""",
    f"""<div class="header"><img src="https://img.jiangnanwang.cn/static/logo.png" alt="江南网"></div>
<div class="article">
<h1>东海大桥二期工程全线贯通</h1>
<div class="info"><span class="time">2024-06-03 10:25</span> <span class="source">来源：东海日报</span> <span class="author">作者：李华</span></div>
<p style="text-align:center"><img src="{X.format(n='1130156789_17173971234561n')}" alt=""></p>
<p class="pictext" style="text-align:center">6月2日，建设者在东海大桥二期工程施工现场作业。（新华社记者 王明 摄）</p>
<p>记者从有关部门获悉，东海大桥二期工程于6月2日全线贯通。</p>
<p style="text-align:center"><img src="{X.format(n='1130156789_17173971234562n')}" alt=""></p>
<p class="pictext" style="text-align:center">东海大桥二期工程全景。</p>
<div class="editor">【责任编辑：张伟】</div>
</div>
<div class="qrcode"><img src="https://img.jiangnanwang.cn/static/wechat-qr.png" alt="扫一扫"></div>""", lang="zh-CN"),
    exp(U, U, "东海大桥二期工程全线贯通", "李华", ["李华"], "东海日报", "syndication", [
        ph(X.format(n='1130156789_17173971234561n'), "6月2日，建设者在东海大桥二期工程施工现场作业。", "新华社记者 王明 摄", "Xinhua", ["王明"], []),
        ph(X.format(n='1130156789_17173971234562n'), "东海大桥二期工程全景。", None, None, [], []),
    ]))

# ---------------------------------------------------------------- 11
U = "https://tinnhanhsaigon.vn/mua-lon-gay-ngap-nhieu-tuyen-duong-4754321.html"
V = "https://i1-thoisu.tinnhanhsaigon.vn/2024/06/03/{n}-1717391234-{w}.jpg?w={q}&h=0&q=100&dpr=1&fit=crop&s={s}"
add("11-vnexpress-anh-label-author-at-end-right-aligned", page(
    "VnExpress-style Vietnamese article (from memory): og:site_name, no byline near the headline — the author's name is a "
    "bold right-aligned paragraph at the END of the text (<p class=\"Normal\" style=\"text-align:right;\"><strong>Name</strong></p>), "
    "figcaption <p class=\"Image\"> with the caption and 'Ảnh: <em>Name</em>' glued after it, i1-… renditions with ?w=&h=0&q=100&s=; "
    "'Xem thêm' thumbnails are decoys.",
    f"""<title>Mưa lớn gây ngập nhiều tuyến đường ở TP HCM - Tin nhanh Sài Gòn</title>
<link rel="canonical" href="{U}">
<meta property="og:site_name" content="Tin nhanh Sài Gòn">""",
    f"""<article class="fck_detail">
<h1 class="title-detail">Mưa lớn gây ngập nhiều tuyến đường ở TP HCM</h1>
<span class="date">Thứ hai, 3/6/2024, 19:45 (GMT+7)</span>
<p class="description">Cơn mưa kéo dài hai giờ khiến nhiều tuyến đường ngập sâu.</p>
<figure><img src="{V.format(n='mua-ngap', w=4000, q=680, s='Xp2kQ9v')}" srcset="{V.format(n='mua-ngap', w=4000, q=680, s='Xp2kQ9v')} 1x, {V.format(n='mua-ngap', w=4000, q=1020, s='Lm7Rt3a')} 1.5x, {V.format(n='mua-ngap', w=4000, q=1360, s='Bq5Zn8c')} 2x" alt="">
<figcaption><p class="Image">Người dân dắt xe qua đoạn ngập trên đường Nguyễn Hữu Cảnh, chiều 3/6. Ảnh: <em>Quỳnh Trần</em></p></figcaption></figure>
<p class="Normal">Theo Trung tâm Khí tượng, lượng mưa đo được là 86 mm.</p>
<figure><img src="{V.format(n='trieu-cuong', w=4000, q=680, s='Cc1Dd2e')}" alt="">
<figcaption><p class="Image">Triều cường ở quận 7 năm 2023. Ảnh: <em>Reuters</em></p></figcaption></figure>
<p class="Normal" style="text-align:right;"><strong>Gia Minh</strong></p>
</article>
<div class="xem-them"><a href="/x-4750001.html"><img src="https://i1-thoisu.tinnhanhsaigon.vn/2024/06/01/teaser-1717200000-500.jpg?w=220" alt=""></a></div>""", lang="vi"),
    exp(U, U, "Mưa lớn gây ngập nhiều tuyến đường ở TP HCM", "Gia Minh", ["Gia Minh"], "Tin nhanh Sài Gòn", "og:site_name", [
        ph(V.format(n='mua-ngap', w=4000, q=1360, s='Bq5Zn8c'), "Người dân dắt xe qua đoạn ngập trên đường Nguyễn Hữu Cảnh, chiều 3/6.",
           "Quỳnh Trần", None, ["Quỳnh Trần"], [V.format(n='mua-ngap', w=4000, q=680, s='Xp2kQ9v'), V.format(n='mua-ngap', w=4000, q=1020, s='Lm7Rt3a')]),
        ph(V.format(n='trieu-cuong', w=4000, q=680, s='Cc1Dd2e'), "Triều cường ở quận 7 năm 2023.", "Reuters", "Reuters", [], []),
    ]))

# ---------------------------------------------------------------- 12
U = "https://www.deltastar.com.bd/news/bangladesh/news/dhaka-metro-rail-extension-motijheel-3627890"
B = "https://tds-images.deltastar.com.bd/styles/{s}/public/images/2024/06/03/{n}.jpg?itok={t}"
add("12-dailystar-bd-photo-star-collected-role-line-footer", page(
    "The Daily Star (Bangladesh)-style Drupal article: credits 'Photo: Star' (the paper's short name) and 'Photo: Collected' "
    "(no source) — 'Photo: collected' as a real credit value confirmed by find_string hits 66746539570 and 9352373613, and "
    "'ছবি: সংগৃহীত' (58049432784) — byline name with a separate role line 'Staff Correspondent', Drupal image styles with "
    "?itok=, publication only in the footer copyright; an e-paper thumbnail and a 'Related topic' card are decoys.",
    f"""<title>Metro rail extension to Motijheel opens to passengers</title>
<link rel="canonical" href="{U}">""",
    f"""<article>
<h1 class="article-title">Metro rail extension to Motijheel opens to passengers</h1>
<div class="byline"><a href="/author/tanvir-ahmed">Tanvir Ahmed</a><div class="designation">Staff Correspondent</div></div>
<div class="date">Mon Jun 3, 2024 08:14 PM</div>
<div class="media"><img src="{B.format(s='big_202', n='metro-motijheel', t='Ax9LmQ2r')}" srcset="{B.format(s='medium_201', n='metro-motijheel', t='Pq3Rs7Tu')} 640w, {B.format(s='big_202', n='metro-motijheel', t='Ax9LmQ2r')} 1280w" alt="">
<div class="caption">Passengers board a train at the new Motijheel station this morning. Photo: Star</div></div>
<p>The 1.16km extension adds one station.</p>
<div class="media"><img src="{B.format(s='big_202', n='metro-map', t='Zz1Yy2Xx')}" alt="">
<div class="caption">The route of MRT Line-6. Photo: Collected</div></div>
<div class="related-topic"><a href="/x"><img src="{B.format(s='medium_201', n='teaser', t='Ww0')}" alt=""><span>Fare hike on metro</span></a></div>
</article>
<div class="epaper"><img src="https://tds-images.deltastar.com.bd/epaper/2024-06-03-front-thumb.jpg" alt="E-paper"></div>
<footer><p>© 2024 thedeltastar.com | All right reserved</p><p>Copyright: The Delta Star</p></footer>"""),
    exp(U, U, "Metro rail extension to Motijheel opens to passengers", "Tanvir Ahmed", ["Tanvir Ahmed"], "The Delta Star", "footer copyright", [
        ph(B.format(s='big_202', n='metro-motijheel', t='Ax9LmQ2r'), "Passengers board a train at the new Motijheel station this morning.",
           "Star", "The Delta Star", [], [B.format(s='medium_201', n='metro-motijheel', t='Pq3Rs7Tu')]),
        ph(B.format(s='big_202', n='metro-map', t='Zz1Yy2Xx'), "The route of MRT Line-6.", "Collected", None, [], []),
    ]))
