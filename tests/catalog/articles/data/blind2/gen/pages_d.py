from common import P
from pages_c import page

# 15 Korea Herald: "(Yonhap)" glued end credit, footer copyright, byline with separate email span
KH = "https://res.hanriverherald.com/content/image/2024/09/03/{n}.jpg"
page("15-koreaherald-paren-yonhap-footer-copyright",
 "The Korea Herald article: div.view_img > img with caption in p.view_img_caption ending in a parenthesised source \"(Yonhap)\" / \"(Seoul Metropolitan Government)\"; writer line \"By Name\" with the e-mail in a separate span; publication only in the footer copyright. caption class view_img_caption as skipped by Korean news scrapers in the code corpus (find_string 'view_img_caption' hit ids 52506852491, 53069061823); Yonhap/Newsis as in the agency table.",
 '<meta charset="utf-8">\n<title>Seoul to extend late-night buses to 14 routes</title>\n<link rel="canonical" href="https://www.hanriverherald.com/view.php?ud=20240903000612">',
 f'''<div class="header"><a href="/"><img src="/images/common/logo_top.svg" alt="logo"></a></div>
<div class="view_con">
<h1 class="news_title">Seoul to extend late-night buses to 14 routes</h1>
<p class="news_reporter">By <span class="reporter_name">Seo Min-jae</span> <span class="reporter_mail">(minjae@hanriverherald.com)</span></p>
<div class="view_img"><img src="{KH.format(n='news_20240903000612_0')}" alt=""><p class="view_img_caption">A late-night bus waits at a stop in Jongno-gu, central Seoul, early Tuesday. (Yonhap)</p></div>
<p>The city will add four routes to its late-night "Owl" bus network from October.</p>
<div class="view_img"><img src="{KH.format(n='news_20240903000612_1')}" alt=""><p class="view_img_caption">A map of the new routes (Seoul Metropolitan Government)</p></div>
<div class="related_news"><img src="https://res.hanriverherald.com/content/image/2024/09/02/thumb_120.jpg" alt=""></div>
</div>
<div class="footer"><p class="copyright">© The Han River Herald. All Rights Reserved.</p></div>''',
 read_at="https://www.hanriverherald.com/view.php?ud=20240903000612&np=1&mp=1",
 url="https://www.hanriverherald.com/view.php?ud=20240903000612",
 title="Seoul to extend late-night buses to 14 routes", byline="Seo Min-jae", bylines=["Seo Min-jae"],
 publication="The Han River Herald", source="footer copyright",
 photos=[P(KH.format(n='news_20240903000612_0'), "A late-night bus waits at a stop in Jongno-gu, central Seoul, early Tuesday.", "Yonhap", "Yonhap", []),
         P(KH.format(n='news_20240903000612_1'), "A map of the new routes", "Seoul Metropolitan Government", "Seoul Metropolitan Government", [])])

# 16 SCMP: Drupal image styles + itok, "Photo: X" glued, "&" byline
SC = "https://cdn.i-pdp.com/sites/default/files/styles/{st}/public/d8/images/canvas/2024/10/08/{f}?itok={tok}&v=1728371234"
sa = [SC.format(st=st, f="4f0b2c1e-84a9-11ef-9f3a-1b2c3d4e5f60_b1a2c3d4.jpg", tok=t) for st, t in (("768x768", "Qx1aB2cD"), ("1020x680", "Rz3eF4gH"), ("1280x720", "Sy5iJ6kL"))]
sb = [SC.format(st=st, f="5a1c3d2f-84a9-11ef-9f3a-1b2c3d4e5f60_e5f6a7b8.jpg", tok=t) for st, t in (("768x768", "Tm7nO8pQ"), ("1020x680", "Uo9rS0tU"))]
sc = [SC.format(st="1020x680", f="6b2d4e3a-84a9-11ef-9f3a-1b2c3d4e5f60_c9d0e1f2.jpg", tok="Vw1xY2zA")]
page("16-scmp-drupal-styles-itok-photo-label-ampersand",
 "South China Morning Post article: Drupal image styles /styles/{WxH}/public/d8/images/canvas/… with ?itok= renditions in img srcset, captions with the credit glued at the end as \"Photo: X\" (Xinhua, Handout, photographer name), byline \"A & B\", og:site_name. SCMP \"Photo: …\" captions from scmp.com; cdn.i-scmp.com/sites/default/files/styles/{768x768|1200x800}/public/d8/images/canvas/{date}/{uuid}_{hash}.jpg?itok=…&v=… renditions as copied in the code corpus (find_string 'i-scmp.com/sites/default/files/styles' hit ids 61586859987, 662105996, 2811904542).",
 '<meta charset="utf-8">\n<title>Typhoon Koinu: Hong Kong raises No 8 signal as ferries halt | Pearl Delta Post</title>\n<meta property="og:site_name" content="Pearl Delta Post">\n<meta property="og:url" content="https://www.pearldeltapost.com/news/hong-kong/article/3281234/typhoon-koinu-hong-kong-raises-no-8-signal">',
 f'''<header><a href="/"><img alt="Pearl Delta Post" src="https://assets.i-pdp.com/static/img/icons/pdp-logo.svg"></a></header>
<article>
<h1 data-qa="ContentHeadline-Headline">Typhoon Koinu: Hong Kong raises No 8 signal as ferries halt</h1>
<div data-qa="ContentAuthors">Ivy Cheung &amp; Dorian Lo</div>
<figure><img src="{sa[1]}" srcset="{sa[0]} 768w, {sa[1]} 1020w, {sa[2]} 1280w" alt="">
<figcaption>Waves crash against the seafront in Heng Fa Chuen on Tuesday. Photo: Edmond Ka-ho So</figcaption></figure>
<p>The Observatory said the storm was 180km south-southwest of the city at noon.</p>
<figure><img src="{sb[0]}" srcset="{sb[0]} 768w, {sb[1]} 1020w" alt="" loading="lazy"><figcaption>The storm's track as seen from a weather satellite. Photo: Handout</figcaption></figure>
<figure><img src="{sc[0]}" alt="" loading="lazy"><figcaption>Fishing boats shelter in a typhoon shelter in Zhuhai. Photo: Xinhua</figcaption></figure>
<div class="author-avatar"><img src="https://cdn.i-pdp.com/sites/default/files/styles/60x60/public/author/ivy.jpg?itok=aa" alt="Ivy Cheung"></div>
</article>''',
 read_at="https://www.pearldeltapost.com/news/hong-kong/article/3281234/typhoon-koinu-hong-kong-raises-no-8-signal?module=top_story&pgtype=homepage",
 url="https://www.pearldeltapost.com/news/hong-kong/article/3281234/typhoon-koinu-hong-kong-raises-no-8-signal",
 title="Typhoon Koinu: Hong Kong raises No 8 signal as ferries halt", byline="Ivy Cheung & Dorian Lo", bylines=["Ivy Cheung", "Dorian Lo"],
 publication="Pearl Delta Post", source="og:site_name",
 photos=[P(sa[2], "Waves crash against the seafront in Heng Fa Chuen on Tuesday.", "Edmond Ka-ho So", None, ["Edmond Ka-ho So"], sa[:2]),
         P(sb[1], "The storm's track as seen from a weather satellite.", "Handout", None, [], sb[:1]),
         P(sc[0], "Fishing boats shelter in a typhoon shelter in Zhuhai.", "Xinhua", "Xinhua", [])])

# 17 ABC Australia: extensionless wcms impolicy URLs, "(ORG: Name)" cite, (Supplied), application-name
AB = "https://live-production.wcms.tbc-cdn.net.au/{id}?impolicy=wcms_crop_resize&cropH=2813&cropW=5000&xPos=0&yPos=261&width={w}&height={h}"
ab1 = [AB.format(id="8f2e7d1c0b9a4e3f2d1c0b9a8f7e6d5c", w=w, h=h) for w, h in ((862, 485), (1200, 675))]
ab2 = [AB.format(id="1a2b3c4d5e6f70819a2b3c4d5e6f7081", w=w, h=h) for w, h in ((862, 485),)]
page("17-abc-au-wcms-impolicy-cite-attribution-application-name",
 "ABC News (Australia) article: extensionless live-production.wcms.abc-cdn.net.au/{id}?impolicy=wcms_crop_resize&cropH=&cropW=&xPos=&yPos=&width=&height= renditions (code corpus: m4rk4/BuoyantUnrealisticModule feedhandlers/abc_au.py resize_image and its caption + attribution fields), figcaption with the caption and a separate attribution \"(ORG: Name)\" / \"(Supplied)\"; application-name meta; byline list \"By A and B\".",
 '<meta charset="utf-8">\n<title>Bushfire threatens homes near Mount Barker as crews battle strong winds</title>\n<meta name="application-name" content="TBC News">\n<link rel="canonical" href="https://www.tbc.net.au/news/2024-12-19/bushfire-mount-barker-emergency-warning/104736512">',
 f'''<header><a href="/news"><svg aria-label="TBC News"></svg></a></header>
<article>
<h1>Bushfire threatens homes near Mount Barker as crews battle strong winds</h1>
<div data-component="Byline"><p>By <a href="/news/bridie-hallam/123">Bridie Hallam</a> and <a href="/news/tom-okafor/456">Tom Okafor</a></p></div>
<figure><div><img src="{ab1[0]}" srcset="{ab1[0]} 862w, {ab1[1]} 1200w" alt=""></div>
<figcaption><span>Smoke over the Adelaide Hills on Thursday afternoon.</span> <cite>(TBC News: Bridie Hallam)</cite></figcaption></figure>
<p>An emergency warning is in place for residents of Wistow and Bugle Ranges.</p>
<figure><div><img src="{ab2[0]}" alt="" loading="lazy"></div>
<figcaption><span>A water-bombing aircraft over the fireground.</span> <cite>(Supplied: CFS)</cite></figcaption></figure>
</article>
<footer><img src="https://www.tbc.net.au/res/tbc-footer-logo.png" alt="TBC"></footer>''',
 read_at="https://www.tbc.net.au/news/2024-12-19/bushfire-mount-barker-emergency-warning/104736512",
 url="https://www.tbc.net.au/news/2024-12-19/bushfire-mount-barker-emergency-warning/104736512",
 title="Bushfire threatens homes near Mount Barker as crews battle strong winds", byline="Bridie Hallam and Tom Okafor", bylines=["Bridie Hallam", "Tom Okafor"],
 publication="TBC News", source="application-name",
 photos=[P(ab1[1], "Smoke over the Adelaide Hills on Thursday afternoon.", "TBC News: Bridie Hallam", "TBC News", ["Bridie Hallam"], ab1[:1]),
         P(ab2[0], "A water-bombing aircraft over the fireground.", "Supplied: CFS", None, [])])

# 18 CBC: polopoly derivatives, "(Name/The Canadian Press)", title suffix "| X", authorText + bylineDetails
CB = "https://i.prairiepublic.ca/1.7112233.1712345678!/fileImage/httpImage/image.jpg_gen/derivatives/{d}/regina-hail.jpg"
cb1 = [CB.format(d=d) for d in ("16x9_620", "16x9_940", "16x9_1180")]
cb2 = ["https://i.prairiepublic.ca/1.7112240.1712345690!/fileImage/httpImage/image.jpg_gen/derivatives/original_780/canola-field.jpg"]
page("18-cbc-polopoly-derivatives-canadian-press-title-suffix",
 "CBC News article: figure.imageMedia with img srcset of polopoly /fileImage/httpImage/image.jpg_gen/derivatives/16x9_620|16x9_940|16x9_1180/ renditions (code corpus: m4rk4/BuoyantUnrealisticModule feedhandlers/cbc.py derivatives _16x9_940, original_620, credit field) and figcaption \"Caption (Name/Agency)\"; byline span.authorText plus a separate span.bylineDetails org; title \"Headline | Site\".",
 '<meta charset="utf-8">\n<title>Hailstorm shreds crops across southern Saskatchewan | Prairie Public News</title>\n<link rel="canonical" href="https://www.prairiepublic.ca/news/canada/saskatchewan/hailstorm-crops-southern-sask-1.7112233">',
 f'''<header><a class="logo" href="/news"><span class="sr-only">Prairie Public News</span></a></header>
<div class="story">
<h1 class="detailHeadline">Hailstorm shreds crops across southern Saskatchewan</h1>
<div class="bylineDetails"><span class="authorText">Maren Iverson</span> · <span class="bylineOrg">Prairie Public News</span></div>
<figure class="imageMedia leadmedia-story full"><div class="placeholder"><img alt="" src="{cb1[1]}" srcset="{cb1[0]} 620w, {cb1[1]} 940w, {cb1[2]} 1180w"></div>
<figcaption class="image-caption">Hailstones the size of golf balls covered a yard in Weyburn on Sunday. (Michael Bell/The Canadian Press)</figcaption></figure>
<p>Crop insurers received more than 900 claims by Monday morning.</p>
<figure class="imageMedia"><div class="placeholder"><img alt="" src="{cb2[0]}" loading="lazy"></div>
<figcaption class="image-caption">A flattened canola field near Estevan. (Submitted by Dale Pruden)</figcaption></figure>
<div class="authorProfile"><img src="https://i.prairiepublic.ca/1.6000001!/cpImage/httpImage/image.jpg_gen/derivatives/square_140/maren-iverson.jpg" alt=""><span>About the Author</span></div>
</div>''',
 read_at="https://www.prairiepublic.ca/news/canada/saskatchewan/hailstorm-crops-southern-sask-1.7112233?cmp=rss",
 url="https://www.prairiepublic.ca/news/canada/saskatchewan/hailstorm-crops-southern-sask-1.7112233",
 title="Hailstorm shreds crops across southern Saskatchewan", byline="Maren Iverson", bylines=["Maren Iverson"],
 publication="Prairie Public News", source="title suffix",
 photos=[P(cb1[2], "Hailstones the size of golf balls covered a yard in Weyburn on Sunday.", "Michael Bell/The Canadian Press", "The Canadian Press", ["Michael Bell"], cb1[:2]),
         P(cb2[0], "A flattened canola field near Estevan.", "Submitted by Dale Pruden", None, ["Dale Pruden"])])

# 19 Politiken (da): "Af A og B", "Foto: Name/Ritzau Scanpix" in separate span before caption
PO = "https://pol.dkimg.dk/{id}/{w}x{h}"
po1 = [PO.format(id="9f8e7d6c", w=w, h=h) for w, h in ((640, 427), (1600, 1067))]
page("19-politiken-credit-before-caption-af-og",
 "Politiken (JP/Politikens Hus) article: figure with extensionless image-server renditions /{id}/{W}x{H} in srcset, figcaption where span.media__credit \"Foto: Name/Ritzau Scanpix\" comes before span.media__caption; byline \"Af A og B\"; og:site_name. Danish credit forms (Ritzau Scanpix) from the agency table.",
 '<meta charset="utf-8">\n<title>Storm Ingunn vælter træer i hele Jylland</title>\n<meta property="og:site_name" content="Morgenposten">\n<link rel="canonical" href="https://morgenposten.dk/indland/art9712345/Storm-Ingunn-v%C3%A6lter-tr%C3%A6er-i-hele-Jylland">',
 f'''<article>
<h1 class="article__title">Storm Ingunn vælter træer i hele Jylland</h1>
<div class="article__byline">Af <a href="/profil/mette-kjaer">Mette Kjær</a> og <a href="/profil/jonas-friis">Jonas Friis</a></div>
<figure class="media"><img src="{po1[0]}" srcset="{po1[0]} 640w, {po1[1]} 1600w" alt="">
<figcaption><span class="media__credit">Foto: Bo Amstrup/Ritzau Scanpix</span> <span class="media__caption">Et væltet træ spærrer en vej ved Silkeborg fredag morgen.</span></figcaption></figure>
<p>Beredskabet har rykket ud til over 300 opgaver.</p>
</article>''',
 read_at="https://morgenposten.dk/indland/art9712345/Storm-Ingunn-v%C3%A6lter-tr%C3%A6er-i-hele-Jylland",
 url="https://morgenposten.dk/indland/art9712345/Storm-Ingunn-v%C3%A6lter-tr%C3%A6er-i-hele-Jylland",
 title="Storm Ingunn vælter træer i hele Jylland", byline="Mette Kjær og Jonas Friis", bylines=["Mette Kjær", "Jonas Friis"],
 publication="Morgenposten", source="og:site_name",
 photos=[P(po1[1], "Et væltet træ spærrer en vej ved Silkeborg fredag morgen.", "Bo Amstrup/Ritzau Scanpix", "Ritzau Scanpix", ["Bo Amstrup"], po1[:1])])
