"""Scrapes s01-s08: (stem, text, expected, encoding, newline)."""
from pages1 import E, P

SCRAPES = []

def S(stem, text, exp, shape, enc="utf-8", nl="\n"):
    exp = dict(exp); exp["shape_source"] = shape
    SCRAPES.append((stem, text.lstrip("\n"), exp, enc, nl))

# s01 Readability text output
u1 = "https://cdn.severnvaleecho.co.uk/images/2024/05/17/thornbury-market-hall-1600.webp"
u2 = "https://cdn.severnvaleecho.co.uk/images/2024/05/17/thornbury-stallholders-1600.webp"
S("s01-readability-text-title-suffix-ampersand-picture-label", f"""
Thornbury market hall reopens after £2m restoration – The Severn Vale Echo
By Gemma Price & Rhodri Evans
Traders returned to the Victorian hall on Friday, two years after the roof was condemned.

{u1}
The restored cast-iron roof of Thornbury market hall on opening morning. Picture: Gemma Price/Severn Vale Echo

The restoration was paid for by the council and a heritage lottery grant.

Stallholders said footfall was double a normal Friday.

{u2}
Cheesemonger Alys Morgan (right) serves the first customers of the day. Picture: Courtesy of Thornbury Town Council

Share this article
""", E("https://www.severnvaleecho.co.uk/news/24321987.thornbury-market-hall-reopens/", "https://www.severnvaleecho.co.uk/news/24321987.thornbury-market-hall-reopens/",
      "Thornbury market hall reopens after £2m restoration", "Gemma Price & Rhodri Evans", ["Gemma Price", "Rhodri Evans"], "The Severn Vale Echo", "title suffix",
      [P(u1, "The restored cast-iron roof of Thornbury market hall on opening morning.", "Gemma Price/Severn Vale Echo", "Severn Vale Echo", ["Gemma Price"]),
       P(u2, "Cheesemonger Alys Morgan (right) serves the first customers of the day.", "Courtesy of Thornbury Town Council", None, [])]),
  "Mozilla Readability (readability-cli --text style) output: first line the document title with site suffix, byline line as Readability's 'byline', textContent paragraphs; image URL lines kept by the converter, from memory. read_at is the URL the scrape was taken from.")

# s02 Firefox reader view copy (no publication)
k1 = "https://kyivledger.com/content/images/size/w2000/2024/03/dnipro-bridge-repair.jpg"
S("s02-firefox-reader-view-domain-line-reading-time-no-publication", f"""
kyivledger.com
Dnipro rail bridge repaired in 19 days after drone strike
Olena Marchuk
6–7 minutes

Ukrzaliznytsia engineers reopened the bridge to freight trains on Monday.

{k1}
Workers weld a replacement girder on the bridge on March 11, 2024. Photo: Olena Marchuk / The Kyiv Ledger

Passenger trains are expected to return next week.

Read also: Kharkiv metro adds night shelter carriages
""", E("https://kyivledger.com/dnipro-rail-bridge-repaired-in-19-days/", "https://kyivledger.com/dnipro-rail-bridge-repaired-in-19-days/",
      "Dnipro rail bridge repaired in 19 days after drone strike", "Olena Marchuk", ["Olena Marchuk"], None, None,
      [P(k1, "Workers weld a replacement girder on the bridge on March 11, 2024.", "Olena Marchuk / The Kyiv Ledger", "The Kyiv Ledger", ["Olena Marchuk"])]),
  "Firefox Reader View copied as text (from memory): domain line, title, byline without label, reading-time line ('6–7 minutes'); Ghost 'size/w2000' image path. The page names no publication outside a photo credit, so publication is null.")

# s03 Outlook newsletter copy, cp1252 + CRLF
o1 = "https://mcusercontent.com/4f1a2b3c4d5e6f7a8b9c0d1e2/images/7a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d.jpg"
o2 = "https://mcusercontent.com/4f1a2b3c4d5e6f7a8b9c0d1e2/images/8b2c3d4e-5f6a-7b8c-9d0e-1f2a3b4c5d6e.jpg"
S("s03-outlook-newsletter-copy-cp1252-crlf-footer-copyright", f"""
From: The Borders Courier <briefing@borderscourier.co.uk>
Sent: 14 May 2024 07:02
To: Reader <reader@example.com>
Subject: Morning briefing: Jedburgh’s £400,000 abbey steps

View this email in your browser <https://mailchi.mp/borderscourier/morning-briefing-14-may>

Jedburgh abbey’s “lost” steps uncovered by builders

By Alasdair Reid and Morag Lennie

<{o1}>
Archaeologist Catrìona Dunn brushes soil from the 12th-century steps – Photo: Alasdair Reid

Builders laying a new path found the steps on Thursday.

<{o2}>
The abbey from Abbey Place on Monday morning (Historic Environment Scotland)

Forward to a friend <https://us5.forward-to-friend.com/forward?u=4f1a2b3c>
© 2024 The Borders Courier Ltd, Galashiels
Unsubscribe <https://borderscourier.us5.list-manage.com/unsubscribe?u=4f1a2b3c>
""", E("https://mailchi.mp/borderscourier/morning-briefing-14-may", "https://mailchi.mp/borderscourier/morning-briefing-14-may",
      "Jedburgh abbey’s “lost” steps uncovered by builders", "Alasdair Reid and Morag Lennie", ["Alasdair Reid", "Morag Lennie"],
      "The Borders Courier", "footer copyright",
      [P(o1, "Archaeologist Catrìona Dunn brushes soil from the 12th-century steps", "Alasdair Reid", None, ["Alasdair Reid"]),
       P(o2, "The abbey from Abbey Place on Monday morning", "Historic Environment Scotland", "Historic Environment Scotland", [])]),
  "Outlook 'Save as .txt' of a Mailchimp HTML newsletter (from memory): From/Sent/To/Subject header, links and images as '<url>', 'View this email in your browser' web version as read_at/url (as the second set's s04), footer copyright with company suffix dropped. Encoded cp1252 with CRLF line ends (’ “ ” – £ ì as single bytes).",
  enc="cp1252", nl="\r\n")

# s04 Gmail copy with [image: ...] markers, Axios Local style
g1 = "https://images.riverbendbrief.com/Qm3kLp9ZxW2vT8nR4yB6cD1fH5j=/0x0:4032x2268/1920x1080/2024/04/22/1713798123456.jpg"
g2 = "https://images.riverbendbrief.com/Zt7yU1iO3pA5sD7fG9hJ2kL4zX6=/0x0:3000x2000/1920x1080/2024/04/22/1713798133333.jpg"
S("s04-gmail-copy-image-markers-axios-local-photo-label", f"""
Riverbend Brief <riverbend@newsletters.riverbendbrief.com>
Mon, Apr 22, 2024, 6:01 AM
to me

[image: Riverbend Brief logo]

Good morning! Today's newsletter is 812 words, a 3-minute read.

1 big thing: Eastside pool won't open this summer

Tom Ferris, Ana Liu

[image: An empty swimming pool with cracked tiles.] <{g1}>
The Eastside pool on April 19. Photo: Ana Liu/Riverbend Brief

Why it matters: It's the only public pool east of the river.

[image: A city council meeting.] <{g2}>
Council members at the April 16 budget hearing. Photo: Jordan Kell/Getty Images

[image: Sponsored] <https://ads.riverbendbrief.com/b/300x250/43512.png>

© 2024 Riverbend Brief. All rights reserved.
""", E("https://www.riverbendbrief.com/newsletters/riverbend-2024-04-22", "https://www.riverbendbrief.com/newsletters/riverbend-2024-04-22",
      "Eastside pool won't open this summer", "Tom Ferris, Ana Liu", ["Tom Ferris", "Ana Liu"], "Riverbend Brief", "footer copyright",
      [P(g1, "The Eastside pool on April 19.", "Ana Liu/Riverbend Brief", "Riverbend Brief", ["Ana Liu"]),
       P(g2, "Council members at the April 16 budget hearing.", "Jordan Kell/Getty Images", "Getty Images", ["Jordan Kell"])]),
  "Gmail message copied as plain text (from memory): sender/date/'to me' header lines, images as '[image: alt] <url>', Axios Local newsletter section '1 big thing: …' whose title is the headline without the '1 big thing:' label, bylines as a comma list without label, 'Photo: Name/Org' credits, logo and sponsored image decoys, footer '© 2024 Riverbend Brief. All rights reserved.'. read_at is the newsletter's archive URL given by the collector.")

# s05 PDF-to-text e-edition page (no image URLs -> no photos)
S("s05-pdf-to-text-eedition-caps-byline-hyphenation-no-urls", """
THE HIGH PLAINS SENTINEL | TUESDAY, MAY 7, 2024 | A3

LOCAL

Grain elevator fire
smolders for third day

BY MARTA OKONJO
Staff Writer

Firefighters from four coun-
ties took turns Monday wetting
down the Co-op elevator in
Dunmore, where a fire started
in a dust collector Saturday.

PHOTO BY DEREK HALVORSEN / SENTINEL
Smoke rises from the Dunmore Co-op elevator on Monday.

"We can't put water on the
grain itself," Chief Lyle Benner
said.

See FIRE, A6

© 2024 High Plains Sentinel
""", E("https://eedition.highplainssentinel.com/html5/reader/production/default.aspx?pubname=&edid=2f1c4b7e&pnum=3",
       "https://eedition.highplainssentinel.com/html5/reader/production/default.aspx?pubname=&edid=2f1c4b7e&pnum=3",
       "Grain elevator fire smolders for third day", "MARTA OKONJO", ["MARTA OKONJO"], "High Plains Sentinel", "footer copyright", []),
  "pdftotext of a Tecnavia/PressReader-style e-edition page (from memory): running header 'PAPER | DATE | PAGE', section label, headline broken over two lines, 'BY NAME' caps byline with 'Staff Writer' line, hyphenated column text, 'PHOTO BY NAME / PAPER' caption with no image URL (so no photo can be read: photos is []), jump line 'See FIRE, A6'.")

# s06 Apple News share (publication on the line after the byline, as the seed)
a1 = "https://c.apple.news/AgEXQVhGX2Q5YjRmOTJhLTE4YzctNGQ0ZC05ZmYzLTk3NmE2ZmIyNTNjNQAwMDAwMDAwMDAw"
a2 = "https://c.apple.news/AgEXQVhGX2E3YzFkOGU0LTIyYjMtNDc3ZS1hMmMxLTRkNWU2ZjdhOGI5YwAwMDAwMDAwMDAw"
S("s06-apple-news-share-extensionless-byline-paper-line", f"""
Shared from Apple News
https://apple.news/AqZ3mW8xTQ1uV6bN0pRkLyA

Shrimp season opens with half the boats it had a decade ago

Deckhands are scarce and diesel is up, captains in Bayou La Batre say.

{a1}
Capt. Minh Tran readies nets aboard the Lady Thu on Monday. (Sarah Whitcomb/Gulf Coast Ledger)

The state opened inshore waters at 6 a.m. Monday.

{a2}
Boats tied up at the Bayou La Batre city dock. (AP Photo/Gerald Herbert, File)

By Rene Thibodeaux

Gulf Coast Ledger

Get Apple News on your iPhone
""", E("https://apple.news/AqZ3mW8xTQ1uV6bN0pRkLyA", "https://apple.news/AqZ3mW8xTQ1uV6bN0pRkLyA",
       "Shrimp season opens with half the boats it had a decade ago", "Rene Thibodeaux", ["Rene Thibodeaux"], "Gulf Coast Ledger", "byline",
       [P(a1, "Capt. Minh Tran readies nets aboard the Lady Thu on Monday.", "Sarah Whitcomb/Gulf Coast Ledger", "Gulf Coast Ledger", ["Sarah Whitcomb"]),
        P(a2, "Boats tied up at the Bayou La Batre city dock.", "AP Photo/Gerald Herbert, File", "AP", ["Gerald Herbert"])]),
  "Apple News article shared/copied as text (from memory): 'Shared from Apple News' first line, extensionless c.apple.news image URLs, and the seed's tail: 'By Name' then the publication on its own line (publication_source 'byline'). read_at and url are the apple.news share link (no other URL in the text).")

# s07 TOI-style gallery, .cms image URLs
t = [f"https://static.punehorizon.com/photo/msid-1102345{n},imgsize-{s}.cms" for n, s in ((61, 184532), (62, 201877), (63, 156090), (64, 173344))]
S("s07-toi-gallery-slide-n-of-4-cms-urls-nag-lines", f"""
Sign In
Download App
Pune: Mula-Mutha riverfront walk opens to public | Pune News - The Pune Horizon
This story is from May 5, 2024
Ritika Sharma / THNN / Updated: May 5, 2024, 08:14 IST

PUNE: The first 2.4km of the riverfront promenade opened on Saturday.

1/4
{t[0]}
Walkers on the new promenade near Sangam Bridge on Saturday evening. (Photo: Ritika Sharma)

2/4
{t[1]}
Mayor-in-council members at the inauguration. (Photo: PTI)

3/4
{t[2]}
Cyclists use the dedicated lane. (Representative image)

4/4
{t[3]}
The restored ghat near Omkareshwar temple. (Photo: ANI)

Start a Conversation
Trending: Pune weather today
""", E("https://punehorizon.com/city/pune/mula-mutha-riverfront-walk-opens/articleshow/110234560.cms", "https://punehorizon.com/city/pune/mula-mutha-riverfront-walk-opens/articleshow/110234560.cms",
       "Pune: Mula-Mutha riverfront walk opens to public", "Ritika Sharma", ["Ritika Sharma"], "The Pune Horizon", "title suffix",
       [P(t[0], "Walkers on the new promenade near Sangam Bridge on Saturday evening.", "Ritika Sharma", None, ["Ritika Sharma"]),
        P(t[1], "Mayor-in-council members at the inauguration.", "PTI", "PTI", []),
        P(t[2], "Cyclists use the dedicated lane. (Representative image)", None, None, []),
        P(t[3], "The restored ghat near Omkareshwar temple.", "ANI", "ANI", [])]),
  "Times of India-style page copied as text (from memory): 'Sign In'/'Download App' nag lines, title line '… | City News - Paper' (publication by title suffix, section 'Pune News' dropped), 'This story is from …', 'Name / TNN / Updated: …' byline line (wire tag THNN not part of the byline), gallery counters 'n/4', '/photo/msid-…,width-96,height-65.cms'-style image URLs without an image extension (code corpus find_string 'toiimg.com/photo/msid' hits 27064849772, 29924938262; the imgsize- variant from memory), '(Photo: PTI)' credits and '(Representative image)' which is not a credit.")

# s08 Seed shape: glued URL + caption, Hearst hdnux, syndication line
h1 = "https://s.hdnux.com/photos/01/36/42/17/24681357/4/1200x0.jpg"
S("s08-seed-shape-hdnux-glued-staff-photographer-byline-paper", f"""
Subscribe now for just 99 cents
Already a subscriber? Sign in

Alamo Heights ISD votes to close Cambridge Elementary

Alamo Heights ISD trustees voted 5-2 on Monday to close Cambridge Elementary at the end of the school year.

The district cited falling enrollment, which has dropped 18 percent since 2019.

Parents packed the board room and spilled into the hallway.

Parents hold signs outside the Alamo Heights ISD board meeting on Monday. (Kin Man Hui/Staff photographer)
{h1}Parents hold signs outside the Alamo Heights ISD board meeting on Monday. (Kin Man Hui/Staff photographer)

By Daniela Ochoa

The Bexar Tribune
""", E("https://www.bexartribune.com/news/article/alamo-heights-cambridge-elementary-closure-19412345.php",
       "https://www.bexartribune.com/news/article/alamo-heights-cambridge-elementary-closure-19412345.php",
       "Alamo Heights ISD votes to close Cambridge Elementary", "Daniela Ochoa", ["Daniela Ochoa"], "The Bexar Tribune", "byline",
       [P(h1, "Parents hold signs outside the Alamo Heights ISD board meeting on Monday.", "Kin Man Hui/Staff photographer", None, ["Kin Man Hui"])]),
  "The seed scrape's own shape (shared/corpus/articles/mosul-airstrike-scrape.txt): nag lines first, the headline on its own line after the nag lines (the seed has none), caption then the image URL glued to the repeated caption, 'By Name' and the paper on the line after. Hearst 's.hdnux.com/photos/…/4/1200x0.jpg' URLs as in code corpus find_string 's.hdnux.com/photos' hits 6232803269, 124767149.")
