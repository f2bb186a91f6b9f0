"""The blind sets: article pages and scrapes written by someone who never saw the reader (issue 15).

``data/blind/`` holds 24 pages and 8 scrapes in real publishers' shapes, each with its
expected ``NAME.json``; its README says where the shapes came from and the judgment calls
made, and ``gen/`` rebuilds and validates the files. They are compared field by field as
the shape library is (``test_shapes``), against the issue's bar for pages the reader was
not built on: 95 %.

Measured blind, on first sight (2026-12-06, before any change): 400/499 fields = 80.2 %,
and one page (09) crashed the reader. The reader has since been fixed on the causes of
those misses, so from now on this is development data too and no longer a blind measure.
``MISSES`` lists the fields still read wrong with the reason; "expectation differs" marks
a field where the set disagrees with the project's conventions (docs/credit-tables.md, the
shape library) and the reader follows the conventions.

``data/blind2/`` is a second such set (24 pages, 8 scrapes, 66 photos, 592 fields) by another
writer, with other publishers' shapes. Measured blind, on first sight (2026-12-06): 399/592 =
67.4 % before the first set's fixes (one crash, since fixed) and 435/592 = 73.5 % after them.
It too is development data from now on, with its own ``MISSES`` and ``MEASURED_RATE``.

``data/blind3/`` (24 pages, 8 scrapes, 61 photos, 558 fields, a third writer, other publishers
again) was the measure the two sets above had become too familiar to be: 438/560 = 78.2 % on
first sight before the second set's fixes and 464/558 = 83.2 % after them (kept then as a
floor, its misses not worked on), short of the 95 % bar. Its misses have since been worked on
(2026-12-06): 542/558 = 97.1 %; 545/558 = 97.7 % after the credit reader's organisation and
courtesy words of more languages (credits-orgs). It is development data too from now on, with its own
``MISSES3`` and ``MEASURED_RATE3``: no set the reader has not been fixed on is left to measure it
honestly; only a new one, written blind, can.

``data/blind4/`` is that new one (24 pages, 7 scrapes, 62 photos, a fourth writer, other publishers,
platforms and scrapers again: Arc, WordPress VIP, Newspack, tagDiv, Drupal, AMP, Media RSS, lynx,
Slack, Google Docs, Postlight). Measured blind, on first sight (2026-12-06): 417/565 fields =
73.8 %. While its misses were worked on by cause it was held to a bar of its own, below the 95 %
``BAR``; worked on (2026-12-06), it reads 539/558 = 96.6 %, and 546/558 = 97.8 % after the credit reader's
causes were worked on (credits-orgs: armed forces, fire services, transport authorities, "Gentileza",
"Especial"); it is held to ``BAR`` like the others, with ``MISSES4`` and ``MEASURED_RATE4``. It too is development data from now on.

``data/blind5/`` (24 pages, 6 scrapes, 63 photos, a fifth writer: Advance Local, ProPublica, the Globe
and Mail, Le Devoir, the FT's Origami, Cyrillic, Arabic and Hebrew pages, a Chinese portal, VnExpress,
Hugo, AMP; an Atom entry, NITF XML, a Teams paste, Jina Reader Markdown, an ISO-8859-1 mail, the
AMP viewer) was measured blind, on first sight (2026-12-06): 436/564 fields = 77.3 % before the
fourth set's fixes and 468/560 = 83.6 % after them: fixes carry only partly to unseen pages. Its
misses were worked on by cause (2026-12-06): it reads 542/558 = 97.1 %, and 548/558 = 98.2 % after the credit
reader's causes were worked on (credits-orgs: a paper glued after a name, "Collected", "DR", an agency and its
country); it is held to ``BAR`` like the others, with ``MISSES5`` and ``MEASURED_RATE5``. It too is development data from now on.

``data/blind6/`` (28 pages, 12 scrapes, 75 photos, a sixth writer, written before the reader's code was read:
Prisa's Arc, Corriere, NRC, Yomiuri, a Taiwanese wire, PR Newswire, LocalGov Drupal, the Irish Times, News Corp
Australia, the NZ Herald, Hindustan Times, Next.js with Sanity, Chosun's Arc in Korean, Ghost's gallery card, Le
Temps, Patch, 20 Minutes, El Comercio, a Croatian portal, The Star, Ahram, Postmedia, Condé Nast, Yahoo, a
university newsroom, Euronews, JoongAng Daily; newspaper3k, trafilatura, Diffbot, elinks, a UTF-16 Notepad copy,
pandoc, a quoted-printable .eml, a cp1252 stringer file, ninjs, Arc ANS, Apple News Format, a Drupal print page)
was measured blind, on first sight (2026-12-06): 529/692 fields = 76.4 % — the fifth set's fixes had not carried
to these shapes either. Worked on by cause (JSON stories of other tools, mails, text dumps, print pages, bylines,
bracketed and equals-sign credits, gallery credits, provider elements), it reads 671/690 = 97.2 %, held to ``BAR``
with ``MISSES6`` and ``MEASURED_RATE6``. It too is development data from now on.

``data/blind8/`` (24 pages, 8 scrapes, 70 photos, 612 fields, an eighth writer who never saw the reader: Reach,
Newsquest, TheJournal.ie, The Times, National World, Quintype in Bengali, a Shift_JIS Japanese regional, the Bangkok
Post, Rappler, the Jakarta Post, NDTV, the Taipei Times, Stuff, ACM, SBS on Brightspot, a Fiji WordPress daily, The
National on Arc, Gulf News, Haaretz, L'Orient-Le Jour, a Gray TV station, WP Rocket, a Tumblr photoset, Arab News;
news-please JSON, an Obsidian Web Clipper note, a w3m dump, a wallabag export, a Thunderbird text save in cp1252,
a Zyte API response, an Omnivore export, a Newsboat save) was measured blind, on first sight (2026-12-07, main at
0102842, before any change): 486/612 fields = 79.4 %. Worked on by cause (JSON exports of read-later tools and
scraping APIs, feed readers' and text browsers' link lists, mails' gallery links, front matter, handed-in and file
pictures, labels and organisation words in Irish and Welsh, photo boxes, full-width title bars), it reads 589/612 =
96.2 %, held to ``BAR`` with ``MISSES8`` and ``MEASURED_RATE8``. It too is development data from now on.

``data/blind9/`` (20 pages, 6 scrapes, 46 photos, 433 fields, a ninth writer who never saw the reader: Spiegel-,
Substack, Joomla in Spanish, Squarespace, Blogger in Portuguese, a TYPO3 broadcaster, BBC-, ESPN-, L'Equipe-, AP News-,
Agencia Brasil-, Guardian-, franceinfo-, Tempo-, Clarin-, CBC- and Onet-style pages, a Ghanaian WordPress paper with
Yoast's graph, a Danish AMP page, a Drupal 10 weekly; Readability.js JSON, a WordPress RSS feed in ISO-8859-1, a
MarkDownload note in cp1252, a Joplin raw export, a Nordic newsroom CMS's text export, Mercury Parser JSON) was
measured blind, on first sight (2026-12-07): 353/433 fields = 81.5 % with main at 0102842 (the session's start) and
362/433 = 83.6 % with main at d4cc3b2 (after blind8's and the credit tables' work that day). Worked on by cause
(a story file's field labels over their values, a feed's or a reader's posting account yielding to the byline the story
prints, a feed's title naming the site, a widget around the story's body, caption and credit class words in Portuguese
and other languages, roles after a dash in other languages, Drupal's image styles and their upload, sizes with a copy's
number, densities beside a width the URL asks for, placeholders named with their shape, licence badges, a section's
name as og:site_name, a photographer's credit opening the text under the picture, organisation words: towns' and
cities' governments, lifeboat stations, German shipping lines and works, Polish transport companies), it reads
424/432 = 98.1 %, held to ``BAR`` with ``MISSES9`` and ``MEASURED_RATE9``. It too is development data from now on.

``data/blind10/`` (22 pages, 6 scrapes, 48 photos, 458 fields, a tenth writer who never saw the reader: Le Monde-,
Süddeutsche-, GEDI-, EFE-, Folha-, Página/12-, News24-, Atlantic-, TIME-, CBS-, PBS-, National Geographic-, Helsingin
Sanomat-, Tamedia-, kicker- and RTBF-style pages, a Nigerian JNews paper, a Namibian Jekyll site, a Craft CMS quarterly, a
Chilean Kirby site, a Zimbabwe Herald-style paper, a Portuguese regional in windows-1252; a Bear Markdown export, a Logseq
page, a Mailchimp plain-text part in ISO-8859-1, an Inoreader stream JSON, a mutool text dump of a print page, Feedbin
entries JSON) was measured blind, on first sight (2026-12-07, main at 71be083, the session's start): 400/458 fields =
87.3 %. Worked on by cause (sizes in style folders and in <source>s for wide screens, bylines around marked names,
beside dates and places, after a dash, on a bold line with a role, a headline marked by its one class, a file picture
from an owner's archive, a plain-text mail's picture links and heading marks, an outline's properties and bullets, an
author field naming the newsroom, a summary object's text, an export's sized copies of a picture, share buttons named
after where they share to, a title's suffix the footer prints as the slogan after the name, strips of logos, the
ImageObject's creator of a picture credited to an agency alone, the full stop after a bracketed credit, a standfirst
broken over lines, a role under the byline), it reads 453/456 = 99.3 %, held to ``BAR`` with ``MISSES10`` and
``MEASURED_RATE10``; the three left are where the set differs from the conventions. It too is development data from
now on.

``data/blind11/`` (22 pages, 6 scrapes, 60 photos, 530 fields, an eleventh writer who never saw the reader, beside
blind10: a UK national on WordPress VIP, an Umbraco weekly, a Wagtail magazine, a football site's gallery, a Finnish
broadcaster, a Swedish tabloid, an Icelandic portal, a Norwegian local, an Asian business weekly, a Korean daily, a
Singapore AMP page, a Pakistani and a Hong Kong daily, Australian and New Zealand papers, a Silverstripe council site,
an Arab outlet in English, a Kuwaiti Arabic page, an Israeli daily, Canadian and US local papers; a Pocket API JSON,
Scrapy JSON Lines, a PressReader print copy in cp1252 with CRLF, a Notion clip, a Sylpheed mbox in ISO-8859-1, a
Readwise export) was kept apart as that session's measure: nobody looked at its misses while the reader was worked on.
On first sight (main at 71be083, the session's start) 403/530 = 76.0 %; at the session's end (4d973b8, after blind10
went from 400/458 to 453/456, the export reader and the session's credit rules) 417/529 = 78.8 % (one photo fewer
counted). It is held to that rate with ``MISSES11`` and ``MEASURED_RATE11``. Every missed field is classified in
``data/blind11/MISSES.md``: 95 the reader's (26 of them one cause, a caption in a div under a class named in the
site's language right after the image; 33 from five scrape formats), 17 where the set differs from the conventions.
Then, by cause: the short block right after the picture in the picture's own small wrapper is read as its caption,
whatever its class (``test_caption_beside.py``): 431/529 = 81.5 %; the rest of those pages' misses are labels
('Ljósmynd/', 'Kort/', '資料圖片'), an agency ('美聯社') and a staff e-mail after '기자'. Its five scrape formats were
then read as their tools write them (``test_blind11_scrapes.py``, docs/article-formats.md): 41 missed fields to 10
(Pocket 3 to 0, Scrapy 11 to 0, PressReader 9 to 1, Notion 5 to 4, Readwise 13 to 5, counting the Readwise cover no
longer taken for a third photo); what is left is the credit reader's ('(Org: Name)' of an organisation it does not
know, 'ONA', a name's 'al-' particle after a slash) and one convention. Its pages and its mail were worked on by
cause beside them (``test_blind11_rules.py``), 57 missed fields of theirs (431/529 at e7c29bb) to 17, every one where
the set differs from the conventions: labels of more languages (Arabic and Nordic bylines, Icelandic slashed labels,
a drawn picture's 'Visualisering:', a file picture's '（資料圖片）') 14, wires and organisations by their names and words
('美聯社', 'كونا', 'Esbjerg Havn', 'Ngaio Construction', 'Veðurstofa Íslands') 8, renditions (matrix parameters, a
camera's numbered file name) 2, a picture only in <noscript> 4, an organisation 'for' a site 2, the story's own picture
credit 2, a Korean reporter's sign-off 2, '(photo credit: …)' 1, a title's three parts 1, a site name spelled like its
address or squashed into one word 4; with both helpers' work 501/528 = 94.9 %. Then ABC's '(Org Desk: Name)', 'ONA' and a name's 'al-' after a
slash were read as general rules (``test_credits_left_rules.py``, credits-left): 501/528 to 510/528 = 96.6 %.

``data/blind12/`` (22 pages, 6 scrapes, 60 photos, 487 fields, a twelfth writer who never saw the reader: UK, Irish,
Nordic, Asian, Oceanian, Middle Eastern and US/Canadian local publishers on platforms and scrapers n–z: an FT-style
Origami page, an Irish regional, a Northern Irish Arc page, a racing site on Storyblok, Swedish and Danish regional
broadcasters, a Faroese daily in ISO-8859-1 with CRLF, Vietnamese, Bangladeshi, Indonesian, Japanese and Philippine
dailies, a NZ broadcaster and magazine, a UAE daily, an Arabic daily, a Middle East outlet, a US state nonprofit and a
Newspack site republishing it, a Canadian magazine, a local TV station, a WordPress AMP reader page; NewsBlur river
JSON, Unstructured's elements JSON, a Zotero note's Markdown with CRLF, a Roundcube .eml in windows-1252, a Tiny Tiny
RSS getArticle JSON, percollate Markdown) was measured blind, on first sight (2026-12-07, 11:00, the reader as at
e7c29bb, measured at bbd11de, the session's start): 431/487 fields = 88.5 %. That measure read only the ``.html``
and ``.txt`` files; the set's two Markdown scrapes (s03, s06, kept here as ``.txt`` so they are read) add 42 fields, 30
of them right: 461/529 = 87.1 % for the whole set at the session's start. Worked on by cause (rules in
``test_blind12_rules.py``): a partitioned document's element list (Unstructured's JSON) read as the scrape of its page, a
story naming its feed by id (NewsBlur), a reference manager's website field in its interface's language (Zotero), a
reader's Markdown setting a picture's caption and credit apart as paragraphs (percollate), 'Bilde n av N'; a density
beside the width, a crop named inside the file name and, of two copies as large, the picture's own format rather than a
webp conversion; a section after a site's name (a feed's title, a title's suffix), a company's registration number, the
dateline's city before a byline's colon, a Japanese story signed in 【】 and its headline's ideographic spaces; the paper's
own name in brackets, a paper's word and a name in capitals after the caption ('NUSA/NAME'), a wire closing the
'＝place, day、' clause, a place's initials opening an organisation, a pixel drawn by its style, and in the credit reader
a map's label, 'Photo via', a viewer's picture, 'Imagery'. It reads 522/528 = 98.9 % (one tracker no longer counted
as a photo), held to ``BAR`` with ``MISSES12`` and ``MEASURED_RATE12``; the six left are where the set differs from the
conventions (a footer's company kept whole, '撮影' dropped, a paper's short name kept as printed, a courtesy's
organisation as agency). It too is development data from now on.

``data/blind13/`` (21 pages, 7 scrapes, 57 photos, 541 fields, a thirteenth writer who never saw the reader, beside
blind12: continental European, Latin American and African publishers and US national magazines and broadcasters on
platforms and scrapers a–m: Contao, Livingdocs, Bolt, django CMS, Astro, Liferay, SPIP, Laravel, ExpressionEngine,
Symfony and Eleventy sites in German, Greek, Slovak, Spanish, Portuguese, French, Swahili, Bulgarian and Italian, a
portal reprinting a partner's story, sports, science and news magazines; crawl4ai and Miniflux JSON, Buttondown and
Mailjet mail, an Embedly extract, an Acumbamail mail saved by eM Client in cp1252 with CRLF, an import.io CSV re-saved by
Excel) was kept apart as that session's measure: nobody looked at its misses while the reader was worked on. On first
sight (main at e7c29bb, the session's start) 450/541 = 83.2 %; at the session's end (863c4d3, after blind11 went from
431/529 to 510/528, blind12 from 461/529 to 522/528 and that session's credit rules) 452/541 = 83.5 %. It is held to
that rate with ``MISSES13`` and ``MEASURED_RATE13``. Every missed field is classified in ``data/blind13/MISSES.md``:
85 the reader's (81 a rule could fix: an import.io CSV export with no reader 17, five rendition URL schemes 14, Astro's
``/_image?href=`` wrapper 8, labels and words of other languages 20; 4 need knowledge), 4 where the set differs from
the conventions. The image URL grammar (docs/article-formats.md, "Image addresses": the sources services wrap, widths,
size words and delivery formats as one grammar) then read its 22 image URL fields right: 452 -> 473/541 on its own,
493 -> 514/541 = 95.0 % beside the same day's other rules (the import.io CSV reader, word families), the rate
it is held to now (one field more, 06 photo1's agency, now differs by convention as MISSES.md foresaw).
Then worked on by cause, each rule in its general form: a scraper's spreadsheet read by what its
columns hold, whatever the tool (``catalog/articles/tables.py``, ``test_tables.py``: s07's 17 fields to 2); the
structure and ranking causes (``test_blind13_rules.py``: a host name capitalised into one word, a name with a section
word the footer prints whole, a footer's holder ended at a middle dot, a role naming the outlet after the name, author
links with the author's id, the outlet's name with its region, a brand in lower case then capitals, the full stop
after an opening credit, a known agency in lower case glued to the last full stop, a lead picture in the story's
``<header>``, a clip's front-matter byline over the site's menu) 22 fields to 1 (a courtesy's organisation read as
agency, by convention); beside the image URL grammar and the word families (other helpers') it reads 517/541 = 95.6 %.

``data/blind14/`` (20 pages, 6 scrapes, 58 photos, 505 fields: continental European, Latin American and African
publishers and US national shapes on AEM, DatoCMS, Grav, Concrete CMS, Magnolia, Kentico, HubSpot, Jimdo, Hexo,
Directus, Angular Universal, Backdrop, Akamai Image Manager, Gridsome and Ibexa; Defuddle and FreshRSS JSON, a Brevo
newsletter in cp1252 with CRLF, MarkItDown Markdown, a Claws Mail message in ISO-8859-1, Apache Tika print text) and
``data/blind15/`` (21 pages, 7 scrapes, 63 photos, 546 fields: UK, Irish, Nordic, Asian, Pacific, Middle Eastern and
North American local publishers on Shorthand, Sitecore, Publii, Plone 6, Neos, Sulu, Tilda, WordPress themes,
Payload, October CMS, ProcessWire, Pimcore, Orchard Core, RebelMouse, Statamic, Zesty.io, Refinery and Pulselive, an
ASP.NET page in windows-1256; Nextcloud News, Tavily and NewsAPI JSON, pypdf print text in cp1252, Proton Mail and
Sylpheed messages in ISO-8859-1/-15, an org-mode capture) were written blind on 2026-12-07 by two more writers who
never saw the reader, and kept apart as the measure of the session that worked on blind13 by cause (the image URL
grammar, spreadsheet exports, word families of about 40 languages, structure and ranking rules, an audit on real
saved pages): first sight at the session's start (cf78bc5) blind14 443/505 = 87.7 %, blind15 475/546 = 87.0 %; at
its end (ee1e2f9) 447/505 = 88.5 % and 478/546 = 87.5 %, while blind13 went from 452/541 to 529/540. They are held
to those rates with ``MISSES14``/``MISSES15``; every missed field is classified in ``data/blind14/MISSES.md`` and
``data/blind15/MISSES.md``.

``data/blind16/`` (20 pages, 6 scrapes, 68 photos, 565 fields: the mainstream shapes issue 15 names — WordPress core
image and gallery blocks, classic captions, news themes and lazy-loading plugins, Arc XP, Brightspot, Drupal Thunder,
Ghost, AMP, layouts modelled on national papers and broadcasters of the US, UK, Canada, Australia, Germany, France,
Spain and Italy; a browser copy in cp1252 with CRLF, Readability JSON, a newspaper3k dump, Obsidian Web Clipper
Markdown, RSS in ISO-8859-1 and Atom) and ``data/blind17/`` (20 pages, 6 scrapes, 54 photos, 481 fields: regional and
local publishers of 26 countries in 17 languages on 1C-Bitrix, DataLife Engine, Joomla, Blogger, WordPress themes,
Elementor, Wix, Drupal, Next.js, Gatsby, Nuxt and custom sites; a Telegram export, an Omnivore note, a Gmail message
in windows-1252, Karakeep JSON, pdftotext in Latin-1 with CRLF and an Evernote clip) were written blind on 2026-12-07
by two writers who never saw the reader, and kept apart as the measure of the session that worked on blind14/15 and
holdout14/15 by cause: first sight at its start (e0ada79) blind16 536/565 = 94.9 %, blind17 409/481 = 85.0 %; at its
end (caa93cc) 536/565 = 94.9 % and 412/481 = 85.7 %, while blind14 went from 462/505 to 496/504 and blind15 from
484/546 to 537/546. They are held to those rates with ``MISSES16``/``MISSES17``.

``data/blind18/`` (20 pages, 6 scrapes, 54 photos, 482 fields: mainstream shapes, two thirds English: WordPress core
blocks with lightbox, Jetpack Carousel/Photon, WordPress VIP, lazysizes, Arc XP resizer v1, Brightspot, Drupal 10,
Ghost 5, AMP, BLOX/TownNews, Next.js; national papers' and agencies' layouts of ten countries; trafilatura and
Firecrawl JSON, Mercury, Media RSS, newspaper3k, Obsidian Markdown) and ``data/blind19/`` (20 pages, 6 scrapes, 55
photos, 490 fields: regional publishers of 26 countries not in blind17, in 26 languages and 9 scripts, on WordPress
themes, Joomla/K2, Drupal, Blogger, Squarespace, Tilda and national news CMSs; a Slack export, Jina Reader, Miniflux,
Firefox Reader View, trafilatura JSON, a Notion export) were written blind on 2026-12-07 (the session after blind16/17's)
and kept apart as its measure while blind16/17's classified causes were worked on (blind16 536 -> 548/564, blind17
412 -> 470/480): first sight at its start (1f108ae) blind18 409/482 = 84.9 %, blind19 389/490 = 79.4 %, and the same at
its end. They are held to those rates with ``MISSES18``/``MISSES19``, each field's cause from their MISSES.md.

``data/blind7/`` (23 pages, 8 scrapes, 83 photos, 689 fields: continental European, American and African publishers —
F.A.Z., La Vanguardia, Il Post, Observador, HLN, VG, Rzeczpospolita, heise, HuffPost, Insider, La Presse, Poder360,
Jeune Afrique, Mail & Guardian, El Universal; Evernote ENEX, goose3, Feedly, Apify, article-extractor, Chrome MHTML,
Firecrawl, a NeoMutt mail) was written blind on 2026-12-07 beside blind8 and kept apart from that day's work as its
measure: 512/689 = 74.3 % on first sight at 0102842, 518/689 = 75.2 % at the end of the day, after the work that took
blind8 and blind9 above 95 %. (One helper measured it once during that work and narrowed a new rule that had broken one
of its captions.) Its 171 misses were then classified: 165 the reader's (most from scrapes whose JSON or MIME shape is
not read, an ad banner taken as the first photo, a paper's short name in its own credits), 6 where the set differs from
the conventions. It was worked on after its measure (rules in ``test_blind7_rules.py``): goose3's infos and Feedly's
entries read by the keys such tools share, Firecrawl's and Apify's Markdown read as a clip under the page's tags they
kept, ads in a folder named in the site's language ('publicidad') set aside, an image whose only source is a data:
URI (Gatsby's sizer) not counted as a figure's photo, an Evernote note's ``<en-media>`` read as the picture its
resource was clipped from, a generic file name ('image.jpg') under a folder named by an id kept as that picture,
a page saved by Chrome as MHTML read as the message it is (its HTML in the charset the page declares), a mail
program's '[Imagen: URL]' marker closing its address and the wrapped caption under it joined, extractus's ``source``
read as the site's name, the originals a ``data-srcs`` attribute lists: 622/684 = 90.9 % (from 518/689). The misses
left are mostly credit text (a paper's initials or short name in its own credits, the caps 'PHOTO' label, a pipe or a
bracket before the credit) and rendition picks (sizes in the path of <source media>, a custom <a-img>). It is held to
that rate, below ``BAR``, until blind10's and credits-h10's rules (sizes in style folders, La Presse's 'PHOTO NAME,
PAPER', a credit after a pipe with the picture's day, a site's own image element (heise's <a-img>), a credit in square
brackets closing the caption, an author box holding only the name, 'pour') took it to 651/684 = 95.2 %: it is held to
``BAR`` since.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.catalog.articles.test_shapes import (
    check_fields,
    library,
    print_misses,
    results,
)

BLIND = Path(__file__).resolve().parent / "data" / "blind"
BLIND2 = Path(__file__).resolve().parent / "data" / "blind2"
BLIND3 = Path(__file__).resolve().parent / "data" / "blind3"
BLIND4 = Path(__file__).resolve().parent / "data" / "blind4"
BLIND5 = Path(__file__).resolve().parent / "data" / "blind5"
BLIND6 = Path(__file__).resolve().parent / "data" / "blind6"
BLIND7 = Path(__file__).resolve().parent / "data" / "blind7"
BLIND8 = Path(__file__).resolve().parent / "data" / "blind8"
BLIND9 = Path(__file__).resolve().parent / "data" / "blind9"
BLIND10 = Path(__file__).resolve().parent / "data" / "blind10"
BLIND11 = Path(__file__).resolve().parent / "data" / "blind11"
BLIND12 = Path(__file__).resolve().parent / "data" / "blind12"
BLIND13 = Path(__file__).resolve().parent / "data" / "blind13"
BLIND14 = Path(__file__).resolve().parent / "data" / "blind14"
BLIND15 = Path(__file__).resolve().parent / "data" / "blind15"
BLIND16 = Path(__file__).resolve().parent / "data" / "blind16"
BLIND17 = Path(__file__).resolve().parent / "data" / "blind17"
BLIND18 = Path(__file__).resolve().parent / "data" / "blind18"
BLIND19 = Path(__file__).resolve().parent / "data" / "blind19"
BAR = 0.95

# field id -> why the reader gets it wrong (generated list: MISSES-BEGIN ... MISSES-END)
# MISSES-BEGIN
MISSES: dict[str, str] = {
    "blind/14-drupal-lazysizes-noscript-swedish-av:photo1.agency":
        "expectation differs: 'TT' is read as the canonical 'TT News Agency' (catalog/credits/agencies.py)",
    "blind/23-gannett-gallery-embed-1-of-4:photo1.agency":
        "expectation differs: 'USA TODAY NETWORK' is read as the canonical 'USA TODAY Network' (organisations.py)",
    "blind/23-gannett-gallery-embed-1-of-4:photo2.agency":
        "expectation differs: 'USA TODAY NETWORK' is read as the canonical 'USA TODAY Network' (organisations.py)",
    "blind/06-wp-gallery-block-jetpack-photon:photo3.agency":
        "expectation differs: 'Courtesy of the Pinecrest Historical Society' gives the society as agency, as "
        "the credit tables do ('Photo courtesy of the Smith family' -> 'the Smith family'; shape library page 15)",
    "blind/23-gannett-gallery-embed-1-of-4:photo4.agency":
        "expectation differs: 'Courtesy of the Hollis County Fair Association' gives the association as agency, "
        "as the credit tables do for 'courtesy of' an organisation",
    "blind/s04-syndicated-seed-shape-glued-url:publication_source":
        "expectation differs: the paper named on the line after a scrape's byline is source 'byline' "
        "(docs/contracts.md; the seed scrape gives it so)",
}
MEASURED_RATE = 0.987  # 492/498 fields; blind, before any change: 400/499 (80.2 %) and page 09 crashed
# MISSES-END


# field id -> why the reader gets it wrong (generated list: MISSES2-BEGIN ... MISSES2-END)
# MISSES2-BEGIN
MISSES2: dict[str, str] = {
    'blind2/02-latimes-brightspot-figure-credit-webp-source:photo2.also_seen_as':
        'follows from photo2.url (the same renditions, the other one reported)',
    'blind2/02-latimes-brightspot-figure-credit-webp-source:photo2.url':
        'the webp <source> and the jpg <img> are both 1200 px wide: a tie, and the reader keeps the rendition'
        ' the <img> shows',
    'blind2/06-atlantic-lead-figure-attribution-empty-app-name:photo2.agency':
        "expectation differs: 'Courtesy of the Pemberly Point Light Society' gives the society as agency, as "
        "the credit tables do for 'courtesy of' an organisation (blind set page 06 likewise)",
    'blind2/14-folha-widget-image-credits-span-e:photo2.agency':
        "expectation differs: 'Divulgação/Corpo de Bombeiros MS' gives the fire brigade as agency, as the credit "
        'tables do for an organisation handing out its picture (the set wants none)',
    'blind2/17-abc-au-wcms-impolicy-cite-attribution-application-name:photo2.agency':
        "expectation differs: 'Supplied: CFS' is ABC's courtesy form and gives the organisation as agency "
        '(catalog/credits/vocabulary.py COURTESY; credit tables: courtesy of an organisation)',
    'blind2/21-blogger-tr-caption-title-prefix-publicado-por:photo2.agency':
        "expectation differs: 'Cortesía Bomberos Voluntarios de San Jacinto' gives the fire brigade as agency, as "
        "the credit tables do for 'courtesy of' an organisation (page 06 likewise)",
    'blind2/24-amp-web-story-amp-img-pages-credits:photo3.agency':
        "expectation differs: 'Supplied / Department of Conservation' gives the department as agency, as "
        "'Supplied:' and 'courtesy of' an organisation do (credit tables)",
    'blind2/s05-portuguese-mobile-texto-lusa-dr-aspx:publication':
        "expectation differs: the footer's company name is kept whole, legal form and all, as the shape "
        "library does (scrape h05: 'Northern Chronicle News & Media Limited')",
    'blind2/s06-rss-reader-republished-first-appeared-on:photo2.agency':
        "expectation differs: 'Courtesy of the Utah Division of Water Resources' gives the division as "
        "agency, as the credit tables do for 'courtesy of' an organisation",
}
MEASURED_RATE2 = 0.984  # 579/588 fields; blind, on first sight: 435/592 (73.5 %), see the docstring
# MISSES2-END


_COURTESY_OF_AN_ORGANISATION = ("expectation differs: 'courtesy of' an organisation gives the organisation as agency, "
                                "as the credit tables do (blind set page 06, blind2 page 06)")
_COMPANY_KEPT_WHOLE = ("expectation differs: the footer's company name is kept whole, legal form and all, as the "
                       "shape library does (scrape h05: 'Northern Chronicle News & Media Limited'; blind2 s05)")

# field id -> why the reader gets it wrong (generated list: MISSES3-BEGIN ... MISSES3-END)
# MISSES3-BEGIN
MISSES3: dict[str, str] = {
    'blind3/06-rte-logo-alt-photocall-credit-in-caption-parens:photo1.agency':
        "'Photo: Photocall Ireland': an agency named by a word and a country has no organisation word and reads as a"
        " person's name (catalog/credits; the table does not list it)",
    'blind3/06-rte-logo-alt-photocall-credit-in-caption-parens:photo1.photographers':
        'follows from photo1.agency: the agency is read as the photographer',
    'blind3/12-derstandard-iso-8859-15-foto-apa-caps-footer:publication': _COMPANY_KEPT_WHOLE,
    'blind3/15-infobae-arc-resizer-v2-paren-reuters-caps:photo2.agency': _COURTESY_OF_AN_ORGANISATION,
    'blind3/17-dawn-em-dash-credit-file-footer-copyright:photo2.credit_line':
        "expectation differs: a credit line is printed without its label ('Photo by Jo Winter' gives 'Jo Winter', "
        "page 23 of this set): 'Photo by author' gives 'author', its photographer the byline's (read right)",
    'blind3/18-straitstimes-drupal-cassette-extensionless-st-photo-caps:photo2.agency':
        "'PHOTO: LIANHE ZAOBAO': an organisation printed in capitals as two words reads like a photographer's name "
        "in capitals ('GAVIN FOO' on the same page); only the organisation table could tell (catalog/credits)",
    'blind3/18-straitstimes-drupal-cassette-extensionless-st-photo-caps:photo2.photographers':
        'follows from photo2.agency: the paper is read as the photographer',
    'blind3/24-contentful-protocol-relative-courtesy-org-syndication:photo1.agency': _COURTESY_OF_AN_ORGANISATION,
    'blind3/s01-readability-text-title-suffix-ampersand-picture-label:photo2.agency': _COURTESY_OF_AN_ORGANISATION,
    'blind3/s03-outlook-newsletter-copy-cp1252-crlf-footer-copyright:photo2.agency':
        'follows from photo2.caption (the bracket is left in it)',
    'blind3/s03-outlook-newsletter-copy-cp1252-crlf-footer-copyright:photo2.caption':
        "'(Historic Environment Scotland)': the organisation has no organisation word and reads as a name, so the "
        'closing bracket stays in the caption (catalog/credits)',
    'blind3/s03-outlook-newsletter-copy-cp1252-crlf-footer-copyright:photo2.credit_line':
        'follows from photo2.caption (the bracket is left in it)',
    'blind3/s03-outlook-newsletter-copy-cp1252-crlf-footer-copyright:publication': _COMPANY_KEPT_WHOLE,
}
MEASURED_RATE3 = 0.976  # 545/558 fields; blind, on first sight: 438/560 (78.2 %); 464/558 before it was worked on
# MISSES3-END

# field id -> why the reader gets it wrong (generated list: MISSES4-BEGIN ... MISSES4-END)
# MISSES4-BEGIN
MISSES4: dict[str, str] = {
    'blind4/01-bostonglobe-arc-globe-staff-role-after-names-title-suffix:photo1.agency':
        "expectation differs: 'Globe Staff' is The Boston Globe's own credit in the credit tables "
        '(catalog/credits/organisations.py); the invented Harborview Globe prints it too',
    'blind4/01-bostonglobe-arc-globe-staff-role-after-names-title-suffix:photo1.also_seen_as':
        "expectation differs: the page's og:image (width=1200) is a copy of the photo, listed among its "
        'renditions as the shape library does (html_photos.with_page_renditions); the set leaves it out',
    'blind4/01-bostonglobe-arc-globe-staff-role-after-names-title-suffix:photo2.agency':
        _COURTESY_OF_AN_ORGANISATION,
    'blind4/02-seattletimes-wpvip-paren-slash-paper-credit-author-box:photo2.agency':
        _COURTESY_OF_AN_ORGANISATION,
    'blind4/10-turkish-jsonld-publisher-fotograf-aa-muhabir-role:photo1.agency':
        "expectation differs: 'AA' is read as the canonical 'Anadolu' (catalog/credits/organisations.py "
        'SPELLINGS; docs/credit-tables.md: agencies by their canonical name)',
    'blind4/13-kompas-crops-thumbor-sitename-caps-credit-penulis-editor:photo2.agency':
        "expectation differs: 'ANTARA FOTO' is read as the canonical 'Antara' (catalog/credits/organisations.py "
        'SPELLINGS)',
    'blind4/17-nexstar-local-tv-wpvip-by-colon-posted-cdt-getty-courtesy:photo1.photographers':
        "expectation differs: 'courtesy of Jane Roe' gives Jane Roe as photographer (docs/credit-tables.md); "
        "'Photo courtesy: Dale Whitaker' is the same credit",
    'blind4/22-asahi-japanese-caption-equals-satsuei-og-site-name:photo1.credit_line':
        "expectation differs: '撮影' (photographed by) is the credit's label, left out of the credit line as 'Photo"
        " by' is (docs/credit-tables.md; the credit reader reads '(Name 摄)' so too)",
    'blind4/s01-rss-item-media-content-credit-description-dc-creator-copyright:photo2.agency':
        "expectation differs: the paper's own credit gives the paper as the credit prints it ('Ozark Courier file"
        " photo' -> 'Ozark Courier'), as the shape library (scrape h13 'Valley Ledger'), blind 16 and 21 and "
        'blind3 s01 do',
    'blind4/s03-slack-thread-unfurl-site-name-photo-links-credit-line:byline':
        "a chat thread: the byline is quoted mid-sentence in a message ('byline on the web is By …'); a label is "
        "looked for at a line's start only",
    'blind4/s03-slack-thread-unfurl-site-name-photo-links-credit-line:bylines':
        'follows from byline',
    'blind4/s06-html2text-markdown-cp1252-crlf-logo-alt-por-y-foto-efe:photo2.agency':
        _COURTESY_OF_AN_ORGANISATION + " ('Gentileza ASSA', Argentina's 'courtesy of')",
}
MEASURED_RATE4 = 0.978  # 546/558 fields; blind, on first sight: 417/565 (73.8 %)
# MISSES4-END

# field id -> why the reader gets it wrong (generated list: MISSES5-BEGIN ... MISSES5-END)
# MISSES5-BEGIN
MISSES5: dict[str, str] = {
    'blind5/05-ft-origami-image-service-copyright-glued-in-location-bylines-footer:publication':
        _COMPANY_KEPT_WHOLE,
    'blind5/07-ukrainian-cyrillic-foto-label-getty-press-service-title-suffix:photo2.agency':
        "expectation differs: 'Фото: пресслужба ДСНС' (a press service's handout): the service is read as the "
        "organisation credited, as the credit tables do for an organisation handing out its picture (blind2 page 14)",
    'blind5/10-chinese-portal-laiyuan-syndication-xinhua-jizhe-she:photo1.credit_line':
        "expectation differs: '摄' (photographed by) is the credit's label, left out of the credit line as 'Photo by' is "
        "(docs/credit-tables.md; blind4 page 22's '撮影' likewise)",
    'blind5/14-rnz-photo-label-broadcaster-slash-name-supplied-role-comma:photo1.agency':
        "expectation differs: the paper's initials in its own credit ('APR / Name' on Aotearoa Public Radio's page) "
        "give the paper by its name, as blind3's 'LHT PHOTO:' and this set's own page 06 ('LF/Name') do",
    'blind5/16-index-telex-boritokep-caption-at-article-end-foto-mti:photo2.url':
        "expectation differs: a URL is reported percent-encoded (RFC 3986), as the page's browser requests it and as "
        "blind2 page 19's address is ('…v%C3%A6lter…'); the set keeps the raw IRI",
    'blind5/17-expressen-swedish-av-label-foto-name-tt-title-suffix:photo1.agency':
        "expectation differs: 'TT' is read as the canonical 'TT News Agency' (catalog/credits/agencies.py; blind page 14)",
    'blind5/20-nbcnews-cloudinary-t-fit-name-slash-ap-file-courtesy:photo2.agency':
        _COURTESY_OF_AN_ORGANISATION,
    'blind5/21-inquirer-by-colon-handle-paper-line-caps-file-photo-credit:photo1.agency':
        "expectation differs: the paper's own credit keeps the organisation as printed, capitals and all, as blind4 "
        "page 14 ('EL HERALDO ANDINO') does",
    'blind5/21-inquirer-by-colon-handle-paper-line-caps-file-photo-credit:photo2.agency':
        "expectation differs: '(Photo from the MWSS Facebook page)': someone's page on a platform gives the platform "
        "as the source, as the credit tables do ('Juho Eerolan Facebook-sivu', holdout4-292; 'Facebook/Name'); the set "
        "wants no agency",
    'blind5/22-estadao-amp-foto-name-paper-divulgacao-jsonld-image:photo2.agency':
        "expectation differs: 'Divulgação/Prefeitura de São Paulo' gives the city hall as agency, as the credit tables "
        "do for an organisation handing out its picture (blind2 page 14)",
}
MEASURED_RATE5 = 0.982  # 548/558 fields; blind, on first sight: 436/564 (77.3 %) before blind4's fixes, 468/560 after
# MISSES5-END

# field id -> why the reader gets it wrong (generated list: MISSES6-BEGIN ... MISSES6-END)
# MISSES6-BEGIN
MISSES6: dict[str, str] = {
    'blind6/04-yomiuri-caption-fullwidth-equals-reuters-and-satsuei-no-byline:photo1.credit_line':
        "expectation differs: '撮影' (photographed by) is the credit's label, left out of the credit line as blind4 page 22 "
        "and blind5 page 10 have it",
    'blind6/05-cna-taiwan-dateline-byline-zhongyangshe-jizhe-she-minguo-date:photo1.agency':
        "expectation differs: the agency is read as the credit prints it ('寶島社', its short name); the set gives the "
        "full name from og:site_name",
    'blind6/05-cna-taiwan-dateline-byline-zhongyangshe-jizhe-she-minguo-date:photo1.caption':
        "the credit shares its bracket with a Minguo date ('（寶島社記者張大明攝　113年6月3日）'): the credit reader takes the "
        "credit out and leaves the bracketed date",
    'blind6/05-cna-taiwan-dateline-byline-zhongyangshe-jizhe-she-minguo-date:photo1.credit_line':
        "expectation differs: '攝' (photographed by) is the credit's label, left out (blind5 page 10 likewise)",
    'blind6/06-prnewswire-release-prnewsfoto-caption-news-provided-by-logo:photo1.agency':
        "expectation differs: '(PRNewsfoto/Company)' is PR Newswire's mark and the company that issued the release: "
        "the company is the agency and PR Newswire its distributor (catalog/credits/organisations.py RELEASE_WIRES), "
        "as the credit tables do for an organisation handing out its picture (blind2 page 14)",
    'blind6/08-irishtimes-arc-photograph-label-glued-in-caption-jsonld-publisher:photo2.agency':
        "credit reader (catalog/credits): 'Photograph: Collins Courts', a court-photo agency's name, read as a person's",
    'blind6/08-irishtimes-arc-photograph-label-glued-in-caption-jsonld-publisher:photo2.photographers':
        'follows from agency',
    'blind6/16-wordpress-regional-em-photo-by-pipe-paper-scaled-renditions:photo2.agency':
        _COURTESY_OF_AN_ORGANISATION,
    'blind6/18-20minutes-em-dash-credit-initial-name-sipa-propos-recueillis-par:photo1.agency':
        "expectation differs: 'SIPA' is read as the canonical 'Sipa' (catalog/credits/agencies.py)",
    'blind6/23-postmedia-wpvip-photo-by-name-space-slash-paper-jsonld-publisher:photo1.agency':
        "expectation differs: 'City of Regina /Handout' gives the city as agency, as the credit tables do for an "
        "organisation handing out its picture (blind2 page 14)",
    'blind6/24-conde-nast-verso-caption-credit-photograph-by-for-illustration-by:photo2.credit_line':
        "expectation differs: 'Illustration by' says what the picture is and stays in the credit line, as the credit "
        "tables print it (credits.tsv 'Photo illustration by Justin Sullivan/Getty Images', holdout5's header); "
        "'Photograph by' only says who, and is taken off",
    'blind6/s03-diffbot-article-api-json-images-title-caption-paren-credit-sitename:photo2.agency':
        _COURTESY_OF_AN_ORGANISATION,
    'blind6/s08-cp1252-crlf-italian-stringer-file-foto-didascalia-credito-labels:photo2.agency':
        "expectation differs: a press office handing out its picture ('Ufficio stampa Vigili del Fuoco') is the agency, "
        "as the credit tables do for an organisation's handout (blind2 page 14)",
    'blind6/s10-arc-xp-ans-story-json-promo-items-credits-by-affiliation:publication_source':
        "expectation differs: the outlet printed after the authors' names is reported as 'syndication', as on any page "
        "(the JSON is read as the page it describes)",
    'blind6/s11-apple-news-format-article-json-byline-component-pipe-photo-captions:publication_source':
        "expectation differs: the outlet in the byline ('By Name | Paper') is reported as 'syndication', as on any page",
    'blind6/s12-latin1-crlf-drupal-print-page-bron-url-links-list-foto-label:publication_source':
        "expectation differs: a print page's 'Gepubliceerd op Site (URL)' header prints the site's name setting, reported "
        "as 'og:site_name'; the set names the closest value it had, 'footer copyright'",
}
MEASURED_RATE6 = 0.976  # 674/690 fields; blind, on first sight: 529/692 (76.4 %)
# MISSES6-END

_OG_IMAGE_LISTED = ("expectation differs: the page's og:image is a copy of the photo, listed among its renditions as the "
                    "shape library does (html_photos.with_page_renditions; blind4 page 01); the set leaves it out")
_UPLOAD_FIRST = ("expectation differs: the upload itself (no size asked, data-image-dimensions 2500x1667) is reported "
                 "before a rendition of the same width ('?format=2500w'), as the shape library reports an original first "
                 "(html_photos._size_rank)")
_OWN_FORMAT_FIRST = ("expectation differs: of two copies as wide (1200 px), the one in the picture's own format (the "
                     "og:image's JPEG) is reported before the WebP conversion a <source> offers browsers ('x.jpg.webp'), "
                     "as html_photos._size_rank ranks conversions (image_urls.is_delivery_format); blind13 page 19 judges "
                     "the same way, its <img>'s JPEG above the AVIF and WebP siblings")
_AS_PRINTED = ("expectation differs: the organisation is kept as printed (catalog/credits/organisations.py AS_PRINTED: "
               "'PHOTOSPORT', 'Wam'), as the credit tables read it")

# field id -> why the reader gets it wrong (generated list: MISSES8-BEGIN ... MISSES8-END)
# MISSES8-BEGIN
MISSES8: dict[str, str] = {
    'blind8/01-reach-mantis-image-paren-credit-alternates-s615-s1200-role-line:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind8/02-newsquest-picture-label-caps-lazy-data-src-title-suffix-role-span:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind8/02-newsquest-picture-label-caps-lazy-data-src-title-suffix-role-span:photo2.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind8/04-times-uk-imageserver-resize-caps-credit-for-paper-jsonld-publisher:photo1.agency':
        "expectation differs: an organisation the table does not know is kept as printed, capitals and all ('JACK HOLLOWAY "
        "FOR THE METROPOLITAN TIMES' gives 'THE METROPOLITAN TIMES'), as blind4 page 14 and blind5 page 21 have it",
    'blind8/06-quintype-bengali-assettype-rect-w-chhobi-label-sangrihito:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind8/08-bangkokpost-writer-label-caps-paren-photo-label-photo-supplied-footer:publication':
        _COMPANY_KEPT_WHOLE,
    'blind8/09-rappler-wp-tachyon-resize-caps-lead-in-photo-by-slash-more-from-author:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind8/09-rappler-wp-tachyon-resize-caps-lead-in-photo-by-slash-more-from-author:photo2.agency':
        _COURTESY_OF_AN_ORGANISATION,
    'blind8/13-stuff-nz-dam-renditions-caps-name-slash-site-supplied-photosport:photo1.agency':
        "expectation differs: the paper's own credit keeps its name as printed, capitals and all ('ALDEN WILLIAMS/TOTARA'), "
        "as blind5 page 21 has it",
    'blind8/13-stuff-nz-dam-renditions-caps-name-slash-site-supplied-photosport:photo3.agency':
        _AS_PRINTED,
    'blind8/17-thenational-uae-arc-caption-credit-spans-wam-ap-jsonld-imageobject:photo2.agency':
        _AS_PRINTED,
    'blind8/19-haaretz-credit-label-span-three-part-title-precrop-width-courtesy:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind8/19-haaretz-credit-label-span-three-part-title-precrop-width-courtesy:photo2.agency':
        "expectation differs: 'Courtesy of the family' gives the family as agency, as the credit tables do ('Photo courtesy "
        "of the Smith family' -> 'the Smith family'; blind page 06)",
    'blind8/22-wp-rocket-data-lazy-src-srcset-noscript-credit-label-in-figcaption:photo1.also_seen_as':
        'follows from photo1.url (the original reported, the -2048x1365 rendition listed)',
    'blind8/22-wp-rocket-data-lazy-src-srcset-noscript-credit-label-in-figcaption:photo1.url':
        "expectation differs: the og:image is the full upload (no size in its name), which ranks above every named size as "
        "the original (html_photos._size_rank; the shape library's WordPress pages)",
    'blind8/23-tumblr-photoset-npf-s640x960-srcset-per-photo-captions-header-image-alt:photo1.agency':
        "expectation differs: 'Photo courtesy of the Bell family collection' gives the family's collection as agency, as "
        "the credit tables do ('Photo courtesy of the Smith family' -> 'the Smith family')",
    'blind8/23-tumblr-photoset-npf-s640x960-srcset-per-photo-captions-header-image-alt:publication_source':
        "expectation differs: the title names the blog too ('Harwick Historical Society — Post'), and a title suffix ranks "
        "before a logo's alt (publication.page_publication); the name is the same",
    'blind8/s04-wallabag-json-export-gallery-1-of-3-acm-picture-by-first-appeared-in:photo3.agency':
        "'Picture by Parks Victoria': 'Parks' is a surname too ('Tony Parks'), no organisation word; only the organisation "
        "table could tell (catalog/credits)",
    'blind8/s04-wallabag-json-export-gallery-1-of-3-acm-picture-by-first-appeared-in:photo3.photographers':
        'follows from photo3.agency',
    'blind8/s07-omnivore-markdown-export-frontmatter-site-name-photo-name-slash-acronym:photo2.agency':
        "'Photo: GovHK.': a government's brand glued to its place's initials reads as a one-word name; only the "
        "organisation table could tell (catalog/credits)",
    'blind8/s07-omnivore-markdown-export-frontmatter-site-name-photo-name-slash-acronym:photo2.photographers':
        'follows from photo2.agency',
    'blind8/s08-newsboat-save-article-feed-header-image-link-list-post-photo-label:photo1.agency':
        "expectation differs: 'Post Photo:' names 'Post' as whose photo it is; 'Post' is no short name of The Kathmandu "
        "Ledger (house_credits: a paper's initials or its last word), so it is kept as printed",
    'blind8/s08-newsboat-save-article-feed-header-image-link-list-post-photo-label:photo2.agency':
        "expectation differs: 'Post File Photo' is the paper's file picture by its short name 'Post', which is no short "
        "name of The Kathmandu Ledger (house_credits), so it is kept as printed",
}
MEASURED_RATE8 = 0.962  # 589/612 fields; blind, on first sight: 486/612 (79.4 %)
# MISSES8-END

# field id -> why the reader gets it wrong (generated list: MISSES9-BEGIN ... MISSES9-END)
# MISSES9-BEGIN
MISSES9: dict[str, str] = {
    'blind9/02-substack-captioned-image-container-fetch-w-renditions-photo-by-in-caption:photo1.caption':
        "the credit reader does not read 'Photo by the author.' (with the article) as a credit, so it stays in the "
        "caption; 'Photo by author' is read, and given the byline's names (house_credits, blind3 rules)",
    'blind9/02-substack-captioned-image-container-fetch-w-renditions-photo-by-in-caption:photo1.credit_line':
        'follows from photo1.caption; the set wants "the author" naming no one, the convention gives the byline',
    'blind9/04-squarespace-magazine-sqs-block-image-format-w-noscript-credit-before-caption:photo1.also_seen_as':
        'follows from photo1.url (the same renditions, the other one reported)',
    'blind9/04-squarespace-magazine-sqs-block-image-format-w-noscript-credit-before-caption:photo1.url':
        _UPLOAD_FIRST,
    'blind9/04-squarespace-magazine-sqs-block-image-format-w-noscript-credit-before-caption:photo2.also_seen_as':
        'follows from photo2.url (the same renditions, the other one reported)',
    'blind9/04-squarespace-magazine-sqs-block-image-format-w-noscript-credit-before-caption:photo2.url':
        _UPLOAD_FIRST,
    'blind9/16-clarin-style-por-label-foto-label-credit-line-dim-suffix-renditions-jsonld-image:photo2.agency':
        _COURTESY_OF_AN_ORGANISATION + " ('Gentileza Municipalidad de Avellaneda')",
    'blind9/17-cbc-style-polopoly-derivatives-caption-paren-name-slash-broadcaster-author-headshot:photo2.agency':
        _COURTESY_OF_AN_ORGANISATION + " ('Submitted by City of Winnipeg', CBC's courtesy)",
    'blind9/19-onet-style-polish-autor-label-foto-name-slash-pap-picture-webp-sources-title-suffix:photo1.also_seen_as':
        'follows from photo1.url (the same renditions, the other one reported)',
    'blind9/19-onet-style-polish-autor-label-foto-name-slash-pap-picture-webp-sources-title-suffix:photo1.url':
        _OWN_FORMAT_FIRST,
}
MEASURED_RATE9 = 0.976  # 422/432 fields (424/432 until the two _OWN_FORMAT_FIRST fields); blind, on first sight: 353/433 (81.5 %) at 0102842, 362/433 at d4cc3b2
# MISSES9-END

# field id -> why the reader gets it wrong (generated list: MISSES10-BEGIN ... MISSES10-END)
# MISSES10-BEGIN
MISSES10: dict[str, str] = {
    'blind10/17-jekyll-minima-seo-tag-markdown-img-em-caption-photo-label-image-courtesy-easy:photo2.agency':
        _COURTESY_OF_AN_ORGANISATION + " ('Image courtesy of the Erongo Heritage Trust')",
    'blind10/18-craft-cms-magazine-transform-folders-original-link-sr-only-credit-label-first-courtesy:photo2.agency':
        _COURTESY_OF_AN_ORGANISATION + " ('Courtesy of the Hollis Bend Quilt Trust')",
    'blind10/s03-mailchimp-plain-text-newsletter-iso-8859-1-crlf-von-label-foto-name-apa-nag-lines:publication':
        _COMPANY_KEPT_WHOLE + " ('Copyright © 2024 Steirerblatt Medien GmbH')",
}
MEASURED_RATE10 = 0.993  # 453/456 fields; blind, on first sight: 400/458 (87.3 %) at 71be083
# MISSES10-END

# field id -> why the reader gets it wrong (generated list: MISSES7-BEGIN ... MISSES7-END); blind7 is kept
# apart as the measure of 2026-12-07: its misses were classified (by a reader of the code), then worked on
# MISSES7-BEGIN
MISSES7: dict[str, str] = {
    'blind7/02-amp-french-regional-carousel-photo-edm-dash-name-dr-canonical:photo1.agency':
        "reader miss: paper's own initials/short name in its credit not read or not expanded to the publication "
        '(rule)',
    'blind7/02-amp-french-regional-carousel-photo-edm-dash-name-dr-canonical:photo1.caption':
        "reader miss: colon-less 'Photo' + the paper's initials ('Photo EDM, archives') not read as a credit (rule; "
        "seen once the 'image.jpg' slides were read)",
    'blind7/02-amp-french-regional-carousel-photo-edm-dash-name-dr-canonical:photo1.credit_line':
        "reader miss: paper's own initials/short name in its credit not read or not expanded to the publication "
        '(rule)',
    'blind7/02-amp-french-regional-carousel-photo-edm-dash-name-dr-canonical:photo2.agency':
        "reader miss: paper's own initials/short name in its credit not read or not expanded to the publication "
        '(rule)',
    'blind7/02-amp-french-regional-carousel-photo-edm-dash-name-dr-canonical:photo2.caption':
        "reader miss: colon-less 'Photo' + the paper's initials ('Photo EDM, archives') not read as a credit (rule; "
        "seen once the 'image.jpg' slides were read)",
    'blind7/02-amp-french-regional-carousel-photo-edm-dash-name-dr-canonical:photo2.credit_line':
        "reader miss: paper's own initials/short name in its credit not read or not expanded to the publication "
        '(rule)',
    'blind7/02-amp-french-regional-carousel-photo-edm-dash-name-dr-canonical:photo2.photographers':
        "reader miss: paper's own initials/short name in its credit not read or not expanded to the publication "
        '(rule)',
    'blind7/02-amp-french-regional-carousel-photo-edm-dash-name-dr-canonical:photo3.agency':
        "reader miss: paper's own initials/short name in its credit not read or not expanded to the publication "
        '(rule)',
    'blind7/02-amp-french-regional-carousel-photo-edm-dash-name-dr-canonical:photo3.caption':
        "reader miss: colon-less 'Photo' + the paper's initials ('Photo EDM, archives') not read as a credit (rule; "
        "seen once the 'image.jpg' slides were read)",
    'blind7/02-amp-french-regional-carousel-photo-edm-dash-name-dr-canonical:photo3.credit_line':
        "reader miss: paper's own initials/short name in its credit not read or not expanded to the publication "
        '(rule)',
    'blind7/02-amp-french-regional-carousel-photo-edm-dash-name-dr-canonical:photo3.photographers':
        "reader miss: paper's own initials/short name in its credit not read or not expanded to the publication "
        '(rule)',
    'blind7/07-vg-style-akamai-v2-images-extensionless-gallery-n-of-4-foto-name-slash-av-og:photo4.agency':
        'reader miss: credit word not known (vocabulary) (rule)',
    'blind7/08-rp-style-iso-8859-2-fot-label-pap-mat-pras-application-name-domain-title:photo3.caption':
        'reader miss: credit word not known (vocabulary) (rule)',
    'blind7/08-rp-style-iso-8859-2-fot-label-pap-mat-pras-application-name-domain-title:photo3.credit_line':
        'reader miss: credit word not known (vocabulary) (rule)',
    'blind7/09-heise-style-a-img-relative-noscript-bild-paren-credit-author-box:photo3.agency':
        "reader miss: unknown organisation printed like a person's name (knowledge)",
    'blind7/09-heise-style-a-img-relative-noscript-bild-paren-credit-author-box:photo3.photographers':
        "reader miss: unknown organisation printed like a person's name (knowledge)",
    'blind7/10-huffpost-style-asset-ops-renditions-via-getty-courtesy-author-card:photo3.agency':
        'convention',
    'blind7/14-lapresse-style-photo-caps-name-comma-paper-fournie-par-path-widths:photo3.agency':
        "reader miss: caps label 'PHOTO' without colon not stripped ('PHOTO NAME, PAPER') (rule)",
    'blind7/14-lapresse-style-photo-caps-name-comma-paper-fournie-par-path-widths:photo3.credit_line':
        "reader miss: caps label 'PHOTO' without colon not stripped ('PHOTO NAME, PAPER') (rule)",
    'blind7/15-poder360-style-wp-pipe-credit-with-photo-date-divulgacao-title-suffix:photo2.agency':
        "expectation differs: 'Divulgação/Agência Brasília' gives the source named after 'Divulgação' as agency, as "
        "docs/credit-tables.md does ('Divulgação/Santos FC' is Santos FC; blind10 page 05)",
    'blind7/16-drupal7-iso-8859-1-xhtml-title-prefix-por-colon-foto-archivo-particular-footer:photo1.agency':
        "reader miss: unknown organisation printed like a person's name (knowledge)",
    'blind7/16-drupal7-iso-8859-1-xhtml-title-prefix-por-colon-foto-archivo-particular-footer:photo1.photographers':
        "reader miss: unknown organisation printed like a person's name (knowledge): 'Foto: Colprensa' (seen once "
        "the ad banner no longer shifts the photos)",
    'blind7/16-drupal7-iso-8859-1-xhtml-title-prefix-por-colon-foto-archivo-particular-footer:photo3.agency':
        'convention',
    'blind7/16-drupal7-iso-8859-1-xhtml-title-prefix-por-colon-foto-archivo-particular-footer:publication_source':
        "reader miss: 'Site - Headline' title prefix reported as 'title suffix' (blind2 p21 does not take a "
        'prefix) (rule)',
    'blind7/17-prismic-imgix-rect-w-staff-file-photo-paren-courtesy-photo-by-span:photo3.agency':
        'convention',
    'blind7/21-standard-kenya-style-bracket-credit-name-comma-paper-byline-pipes-lazy-data-src:photo1.agency':
        "reader miss: paper's own initials/short name in its credit not read or not expanded to the publication "
        '(rule)',
    'blind7/21-standard-kenya-style-bracket-credit-name-comma-paper-byline-pipes-lazy-data-src:photo2.agency':
        "reader miss: square-bracket credit at caption end ('[File, Standard]', '[Courtesy]') not taken out "
        '(rule)',
    'blind7/23-eluniversal-style-arc-foto-name-slash-caps-paper-gallery-n-de-3-especial:photo1.agency':
        'convention',
    'blind7/23-eluniversal-style-arc-foto-name-slash-caps-paper-gallery-n-de-3-especial:photo2.agency':
        'convention',
    'blind7/23-eluniversal-style-arc-foto-name-slash-caps-paper-gallery-n-de-3-especial:photo5.agency':
        'convention',
    'blind7/s04-apify-website-content-crawler-json-markdown-gallery-foto-n-de-3-thumbor:photo2.agency':
        "expectation differs: 'Divulgação/Defesa Civil do Recife' gives the civil defence as agency, as the credit "
        "tables do for an organisation handing out its picture (blind2 page 14; the set wants none)",
    'blind7/s07-firecrawl-scrape-json-markdown-nav-cookie-nag-italic-captions-foto-name:byline':
        "reader miss: a byline with bold names ('di **Giulia Ferrario** e **Paolo Sala**') not read: the metadata's "
        "authors are joined with 'and' (rule)",
}
MEASURED_RATE7 = 0.953  # 652/684 after words' archive forms ('Archivo EOS'); 651/684 after working on it (blind10's and credits-h10's rules too); first sight 512/689
# MISSES7-END

# field id -> why the reader gets it wrong (generated list: MISSES11-BEGIN ... MISSES11-END)
# MISSES11-BEGIN
MISSES11: dict[str, str] = {
    'blind11/01-wpvip-uk-national-photo-paren-getty-photon-w-renditions-yoast-graph-publisher:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind11/01-wpvip-uk-national-photo-paren-getty-photon-w-renditions-yoast-graph-publisher:photo1.url':
        "expectation differs: the JSON-LD's bare upload (2048 wide, no size asked) ranks above every named size as "
        'the original (html_photos._size_rank; blind8 page 22); the set reports the w=1280 copy',
    'blind11/03-umbraco-uk-weekly-imagesharp-width-rnd-picture-webp-credit-before-caption-logo-alt:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind11/05-finnish-broadcaster-extensionless-cloudinary-style-kuva-label-name-slash-station-authors-og-site-name:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind11/06-swedish-tabloid-v2-images-uuid-extensionless-picture-x-descriptors-foto-caps-tt-privat-av-och-title-suffix:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind11/09-korean-daily-flexible-img-renditions-caption-name-gija-email-yonhap-byline-at-end-og-site-name:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind11/09-korean-daily-flexible-img-renditions-caption-name-gija-email-yonhap-byline-at-end-og-site-name:photo1.credit_line':
        "expectation differs: the photographer's e-mail printed on the credit's own line after '기자' is kept in the "
        "line, as credits_holdout3 reads it ('김정효 기자 hyopd@hani.co.kr'); only an e-mail on the line below is left out"
        ' (docs/credit-tables.md)',
    'blind11/11-pakistan-english-daily-caps-photo-label-glued-express-reuters-file-data-src-title-suffix:photo1.agency':
        "expectation differs: 'PHOTO: EXPRESS' names neither the paper's initials nor its last word alone "
        '(house_credits), so it is kept as printed, as blind7 page 23 and blind8 s08 have it',
    'blind11/12-au-independent-wp-image-label-paren-aap-slash-private-media-wxh-renditions-title-suffix-en-dash:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind11/17-israeli-english-daily-photo-credit-lowercase-label-paren-caps-flash90-reuters-paren-left-not-credit-extensionless:photo1.agency':
        'expectation differs: the organisation is kept as printed (catalog/credits/organisations.py AS_PRINTED: '
        "'Flash90', printed 'FLASH90'), as the credit tables read it",
    'blind11/17-israeli-english-daily-photo-credit-lowercase-label-paren-caps-flash90-reuters-paren-left-not-credit-extensionless:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind11/18-village-media-canada-local-semicolon-w-h-mode-crop-renditions-image-credit-span-name-slash-site-about-author:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind11/20-canadian-metro-caps-credit-name-slash-paper-short-name-staff-file-photo-paren-with-non-credit-paren-og-site-name:photo1.agency':
        "expectation differs: the paper's own credit 'NAME / FREE PRESS' is kept as printed, capitals and all (blind8"
        " page 13 'ALDEN WILLIAMS/TOTARA'); 'FREE PRESS' is not the last word alone",
    'blind11/21-norwegian-local-obscura-tr-w-h-renditions-tekst-og-foto-label-foto-label-og-site-name:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind11/22-hong-kong-chinese-daily-no-byline-fullwidth-paren-jizhe-she-file-picture-ap-lazy-data-original-title-suffix-three-part:photo1.credit_line':
        "expectation differs: '攝' (photographed) after the name is a label and leaves the line (blind5 page 10); the "
        'set keeps it',
    'blind11/23-uk-football-wp-swiper-gallery-1-of-3-swiper-lazy-data-srcset-via-credits-words-by-footer-copyright:photo1.also_seen_as':
        _OG_IMAGE_LISTED,
    'blind11/s03-pressreader-print-edition-copy-cp1252-crlf-caps-byline-email-two-line-headline-caps-credit-comma-extensionless:photo1.agency':
        "expectation differs: the paper's own credit is kept as printed, capitals and all ('ADRIAN LAM, COAST ISLAND "
        "TIMES' gives 'COAST ISLAND TIMES'; house_credits; blind8 p13 'ALDEN WILLIAMS/TOTARA', this set's p20 'FREE "
        "PRESS')",
    'blind11/s05-sylpheed-saved-mbox-8bit-iso-8859-1-danish-newsletter-af-og-billede-markers-escenic-alternates-visualisering:publication':
        _COMPANY_KEPT_WHOLE,
}
MEASURED_RATE11 = 0.965  # 510/528 fields after articles-b11a's and b11b's rules (431/529 at e7c29bb; 417/529 = 78.8 % kept apart as 2026-12-07's measure); first sight 403/530 (76.0 %) at 71be083
# MISSES11-END

# field id -> why the reader gets it wrong (generated list: MISSES12-BEGIN ... MISSES12-END)
# MISSES12-BEGIN
MISSES12: dict[str, str] = {
    'blind12/10-indonesian-daily-wordpress-oleh-label-two-authors-comma-caps-paper-slash-name-antara-foto-editor-line-not-byline:photo1.agency':
        "expectation differs: a paper's short name in its own credit is kept as printed (shape library page 17: 'Record file photo' -> 'Record' on the Riverton Record's page; blind10/04: 'MERIDIANA/Name')",
    'blind12/11-japanese-daily-caption-equals-place-date-name-satsuei-equals-kyodo-brackets-byline-at-end-6-9-jpg-renditions-title-suffix:photo1.credit_line':
        "expectation differs: '撮影' (photographed) after the name is a label the credit tables drop (credits_holdout10 h10-057, h10-058: 'Name撮影' -> 'Name')",
    'blind12/12-philippine-daily-wp-caption-div-by-colon-label-reporter-handle-caps-paper-photo-slash-name-contributed-photo-title-suffix-section:photo1.agency':
        "expectation differs: a paper's short name in its own credit is kept as printed (shape library page 17: 'Record file photo' -> 'Record'); the reader also keeps the kind of picture in it ('COURIER PHOTO')",
    'blind12/18-us-state-nonprofit-thumbor-signature-wxh-smart-webp-renditions-credit-label-paragraph-courtesy-by-and-og-site-name:photo2.agency':
        "expectation differs: 'Courtesy of Caprock County Sheriff's Office' gives the office as agency, as the credit tables do for 'courtesy of' an organisation (blind set page 06, blind2 page 06 likewise)",
    'blind12/21-us-local-tv-station-wpvip-w-param-renditions-gallery-1-of-3-paren-station-photo-slash-name-courtesy-colon-viewer-by-colon-label-og-site-name:photo3.agency':
        "expectation differs: 'Courtesy: Robertson County OEM' gives the office as agency, as the credit tables do for a courtesy of an organisation (blind set page 06, blind2 page 06 likewise)",
    'blind12/s02-unstructured-partition-html-json-elements-nav-and-nag-titles-first-caps-byline-em-dash-photo-label-bernama-footer-element:publication':
        "expectation differs: a footer's company name is the publication as printed when nothing else names the paper ('Penang Ledger Media Sdn Bhd'; the shape library's h05 keeps 'Northern Chronicle News & Media Limited')",
    'blind12/10-indonesian-daily-wordpress-oleh-label-two-authors-comma-caps-paper-slash-name-antara-foto-editor-line-not-byline:byline':
        "editor's safety (review 32, finding 1): a capitalised 'Oleh' without a colon is the Ukrainian given name as often as Indonesian 'by' ('Oleh Sentsov'), so the printed byline keeps the label's line as printed and reads its comma as 'and'",
}
MEASURED_RATE12 = 0.986  # 521/528 fields (522 before review 32's finding 1 narrowed capitalised 'Oleh'), the 6 left where the set differs from the conventions (461/529 = 87.1 % at the session's start); first sight 431/487 (88.5 %) without the Markdown scrapes s03, s06
# MISSES12-END

# field id -> why the reader gets it wrong (generated list: MISSES13-BEGIN ... MISSES13-END)
# MISSES13-BEGIN
MISSES13: dict[str, str] = {
    'blind13/10-expressionengine-uganda-ce-image-made-path-renditions-photo-by-paren-file-photo-paren-courtesy-paren-non-credit-parens-ampersand:photo3.agency':
        "expectation differs: 'Courtesy of UEGCL' gives the organisation as agency, as the credit tables do for 'courtesy of' an organisation (_COURTESY_OF_AN_ORGANISATION: blind set page 06, blind2 page 06); the set wants none",
    'blind13/12-hearst-style-us-magazine-resize-n-star-picture-media-sources-credit-span-double-slash-getty-courtesy-title-differs:photo1.agency':
        "expectation differs: 'Courtesy of Streamline' gives the organisation as agency, as the credit tables do for 'courtesy of' an organisation (_COURTESY_OF_AN_ORGANISATION; 10 photo3 likewise); read since the lead picture in the story's <header> keeps its own caption block",
    'blind13/15-pangea-style-us-intl-broadcaster-guid-w-r1-renditions-lazy-data-src-placeholder-no-credit-lead-paren-name-slash-acronym:photo2.agency':
        "expectation differs: the paper's initials in its own credit ('Hamid Abakar/RMI' on Radio Meridian International's page) give the paper by its name (house_credits; blind5 page 14 'APR / Name', blind3 'LHT PHOTO:'); the set keeps 'RMI' as printed",
    'blind13/19-eleventy-img-costa-rica-picture-avif-webp-jpeg-hash-width-renditions-fotografia-label-small-cortesia-footer-copyright-short-home-link:photo2.agency':
        "expectation differs: 'cortesía Centro de Patrimonio' is 'courtesy of' an organisation and gives it as agency (docs/credit-tables.md: 'Gentileza X' is 'courtesy of X'; the set's README follows the older 'courtesy lines -> no agency'); read so since 'centro' is an organisation word of Spanish (organisations.ORGANISATION_WORDS_BY_LANGUAGE)",
    'blind13/s02-miniflux-api-entry-json-paraguay-sports-author-field-por-wp-renditions-enclosure-original-foto-name-slash-efe-gentileza-se-publico-primero-en:photo2.agency':
        "expectation differs: 'Gentileza Club Cerro Porteño' is 'courtesy of' an organisation and gives it as agency (docs/credit-tables.md: 'Gentileza X' is 'courtesy of X'; blind4 s06 'Gentileza ASSA')",
    'blind13/s02-miniflux-api-entry-json-paraguay-sports-author-field-por-wp-renditions-enclosure-original-foto-name-slash-efe-gentileza-se-publico-primero-en:publication_source':
        "expectation differs: WordPress's feed footer 'La entrada X se publicó primero en Albirroja Deportes' names the feed's own site, not another paper: 'syndication' is reported only for a paper other than the site's (publication.page_publication; docs/contracts.md: 'a story that names the paper it came from'), the feed's title being the site's name",
    'blind13/s07-import-io-csv-excel-resave-semicolon-cp1252-crlf-bolivia-row-per-gallery-image-k2-cache-xl-por-foto-abi-title-column-vs-page-title:photo2.agency':
        "reader miss: 'Foto: Mi Teleférico', a company's brand opening with a possessive ('Mi', 'my'), read as a person's name (the table itself is read since tables.py)",
    'blind13/s07-import-io-csv-excel-resave-semicolon-cp1252-crlf-bolivia-row-per-gallery-image-k2-cache-xl-por-foto-abi-title-column-vs-page-title:photo2.photographers':
        "reader miss: 'Foto: Mi Teleférico', a company's brand opening with a possessive ('Mi', 'my'), read as a person's name (the table itself is read since tables.py)",
    'blind13/06-astro-ecuador-broadcaster-extensionless-image-endpoint-href-w-renditions-por-y-credit-small-cortesia-title-suffix-em-dash:photo1.agency':
        _COURTESY_OF_AN_ORGANISATION + " ('Cortesía ECU 911'; data/blind13/MISSES.md's masked convention behind the /_image?href= miss)",
    'blind13/09-laravel-imagecache-tanzania-swahili-na-label-picha-caps-label-name-caps-maktaba-archive-small-medium-large:byline':
        "editor's safety (review 32, finding 1): a capitalised 'Na' without a colon is the Korean surname as often as Swahili 'by' ('Na Young Kim'); it is a label with a colon or in lower case",
    'blind13/09-laravel-imagecache-tanzania-swahili-na-label-picha-caps-label-name-caps-maktaba-archive-small-medium-large:bylines':
        "editor's safety (review 32, finding 1): as its byline",
}
MEASURED_RATE13 = 0.979  # 529/540 fields (531 before review 32's finding 1 narrowed capitalised 'Na'), with the word families (page 08's invented photo3 gone, a field fewer);
# before them: 517/541 fields, 493/541 before the image URL grammar and the structure rules (452/541 = 83.5 % at the session's end, kept apart; first sight 450/541 = 83.2 %)
# MISSES13-END

# field id -> why the reader gets it wrong (generated list: MISSES14-BEGIN ... MISSES15-END). blind14 and blind15 were
# kept apart as the measure of the session that worked on blind13 by cause: every field is classified, with its
# cause, in data/blind14/MISSES.md and data/blind15/MISSES.md.
# MISSES14-BEGIN
MISSES14: dict[str, str] = {
    'blind14/02-datocms-nextjs-us-food-magazine-react-datocms-dpr-renditions-blur-base64-placeholder-photo-label-for-magazine-courtesy-more-by-decoy:photo2.agency':
        "convention: 'courtesy of' an organisation gives it as agency (_COURTESY_OF_AN_ORGANISATION): 'Blue Heron Smokehouse', a business by its trade noun, is read as one since words' organisation forms (the photographers field, a person's name before, is mended); the set wants none",
    'blind14/10-directus-nuxt-image-argentine-regional-daily-extensionless-assets-uuid-width-quality-format-renditions-por-link-credito-span-foto-name-slash-telam-gentileza-title-suffix:photo2.agency':
        "expectation differs: 'Gentileza Municipalidad de General Roca' is 'courtesy of' an organisation and gives it as agency (docs/credit-tables.md: 'Gentileza X' is 'courtesy of X'; _COURTESY_OF_AN_ORGANISATION; blind13 s02 'Gentileza Club Cerro Porteño'); the set's README follows the older 'courtesy lines -> no agency'",
    'blind14/12-dotdash-meredith-style-us-celebrity-weekly-mntl-thmb-hash-750x0-1500x0-filters-renditions-lazyload-data-srcset-noscript-caption-owner-span-getty-wireimage-no-caption-jsonld-publisher:photo1.also_seen_as':
        "expectation differs: of two copies as wide (1500x0), the one in the picture's own format (the og:image's JPEG) is reported before the WebP conversion ('filters:…:format(webp)'), as _OWN_FORMAT_FIRST (html_photos._size_rank, image_urls.is_delivery_format; blind13 page 19)",
    'blind14/12-dotdash-meredith-style-us-celebrity-weekly-mntl-thmb-hash-750x0-1500x0-filters-renditions-lazyload-data-srcset-noscript-caption-owner-span-getty-wireimage-no-caption-jsonld-publisher:photo1.url':
        "expectation differs: of two copies as wide (1500x0), the one in the picture's own format (the og:image's JPEG) is reported before the WebP conversion ('filters:…:format(webp)'), as _OWN_FORMAT_FIRST (html_photos._size_rank, image_urls.is_delivery_format; blind13 page 19)",
    'blind14/16-backdrop-cms-cape-verdean-weekly-styles-large-medium-itok-colorbox-original-por-submitted-foto-inforpress-foto-dr-logo-alt-inicio-slogan-footer-copyright-only:photo1.agency':
        "reader miss: the Cape Verdean national agency 'Inforpress' not known: one word after a photo label ('Foto: Inforpress') reads as a photographer (knowledge)",
    'blind14/16-backdrop-cms-cape-verdean-weekly-styles-large-medium-itok-colorbox-original-por-submitted-foto-inforpress-foto-dr-logo-alt-inicio-slogan-footer-copyright-only:photo1.photographers':
        "reader miss: the Cape Verdean national agency 'Inforpress' not known: one word after a photo label ('Foto: Inforpress') reads as a photographer (knowledge)",
    'blind14/s04-markitdown-html-to-markdown-venezuelan-digital-outlet-nav-list-and-nag-first-por-bold-share-links-copy-link-url-cloudinary-extensionless-gallery-foto-n-de-3-cortesia-efe-footer-copyright:photo2.agency':
        "expectation differs: 'Cortesía Bolipuertos' is 'courtesy of' an organisation and gives it as agency (docs/credit-tables.md: 'Gentileza X' is 'courtesy of X'; _COURTESY_OF_AN_ORGANISATION)",
    'blind14/s04-markitdown-html-to-markdown-venezuelan-digital-outlet-nav-list-and-nag-first-por-bold-share-links-copy-link-url-cloudinary-extensionless-gallery-foto-n-de-3-cortesia-efe-footer-copyright:publication_source':
        "expectation differs: the clip's linked logo image ('[![Crónica Caribe](…logo….svg)](/)') names the paper and 'logo alt' ranks above 'footer copyright' (docs/contracts.md's order, publication.py; blind4 s06 html2text Markdown reports 'logo alt' the same way); the name itself is right",
}
MEASURED_RATE14 = 0.984  # 496/504 with words' no-party words and artrest's rules below; moved after the kept-apart measure (a page-wide <form> is the page, a 'no_img' stand-in
# no picture; CMS preset folders and AEM's coreimg widths read, Jimdo's picture ids, Grav's numbered folders no host;
# then 474 -> 485 with gallery counters closed by any mark, a byline wrapper holding the headline, date labels of the
# languages, Markdown bold bylines, print headlines broken after a joining word; then 495/504 with 'home' logo alts,
# an export's site name over its host name, a club's house credit with its year, the only text beside a picture
# marked as its title, ad blocks named in the site's language (page 04's ad photo gone: a field fewer), Arabic's
# glued 'and');
# the honest kept-apart figure stays 447/505 = 88.5 % at ee1e2f9 (first sight 443/505 = 87.7 %, cf78bc5)
# MISSES14-END
# MISSES15-BEGIN
MISSES15: dict[str, str] = {
    'blind15/09-payload-cms-next-cambodia-api-media-file-wxh-sizes-jsonld-imageobject-list-credittext-creator-credit-span-courtesy-and-byline-jsonld-publisher:photo3.agency':
        "expectation differs: 'courtesy of' an organisation gives the organisation as agency, as the credit tables do (blind set page 06, blind2 page 06; _COURTESY_OF_AN_ORGANISATION)",
    'blind15/10-october-cms-mongolia-cyrillic-storage-uploads-thumb-id-w-h-renditions-niiteelsen-label-gerel-zurag-label-em-montsame-cyrillic-title-suffix:photo2.agency':
        "convention: 'МОНЦАМЭ' is kept as printed (organisations.py AS_PRINTED keeps 'MONTSAME' so) where the set wants 'Montsame'; the label 'Гэрэл зураг:' (Mongolian 'photograph'), the first cause, is read since words' labels",
    'blind15/16-rebelmouse-us-local-nonprofit-media-library-id-width-quality-srcset-data-runner-src-lazy-media-caption-photo-credit-smalls-and-byline-og-site-name:photo2.agency':
        "expectation differs: 'courtesy of' an organisation gives the organisation as agency, as the credit tables do (blind set page 06, blind2 page 06; _COURTESY_OF_AN_ORGANISATION)",
    'blind15/18-zesty-io-quebec-regional-weekly-media-zestyio-width-renditions-legende-credit-paragraphs-photo-space-colon-la-presse-canadienne-courtoisie-og-site-name:photo2.agency':
        "expectation differs: 'La Presse Canadienne' is kept as printed (organisations.py AS_PRINTED lists it under The Canadian Press as a spelling read as printed)",
    'blind15/18-zesty-io-quebec-regional-weekly-media-zestyio-width-renditions-legende-credit-paragraphs-photo-space-colon-la-presse-canadienne-courtoisie-og-site-name:photo3.agency':
        "convention: 'courtoisie' (French 'courtesy') is read as courtesy of an organisation, which gives 'Ville de Roberval' as agency (_COURTESY_OF_AN_ORGANISATION), where the set wants none; the word itself, the first cause, is read since words' no-party words",
    'blind15/19-refinery-cms-nunavut-dragonfly-base64-job-urls-thumb-450-link-1200-em-caption-photo-by-paren-photo-courtesy-of-paren-syllabics-paren-title-suffix:photo2.agency':
        "expectation differs: 'courtesy of' an organisation gives the organisation as agency, as the credit tables do (blind set page 06, blind2 page 06; _COURTESY_OF_AN_ORGANISATION)",
    'blind15/21-bahraini-arabic-daily-windows-1256-aspnet-webforms-small-folder-thumb-link-original-kataba-dash-label-paren-taswir-label-paren-bna-title-prefix:photo2.agency':
        "reader miss: an agency's short name in Arabic not known ('(بنا)', BNA) (knowledge); behind it a convention: an agency listed in AS_PRINTED is kept as printed ('بنا'), where the set wants 'BNA'",
    'blind15/21-bahraini-arabic-daily-windows-1256-aspnet-webforms-small-folder-thumb-link-original-kataba-dash-label-paren-taswir-label-paren-bna-title-prefix:photo2.caption':
        "reader miss: an agency's short name in Arabic not known ('(بنا)', BNA, Bahrain News Agency): the bracket stays in the caption, no credit ('(رويترز)', '(أ ف ب)' are read) (knowledge)",
    'blind15/21-bahraini-arabic-daily-windows-1256-aspnet-webforms-small-folder-thumb-link-original-kataba-dash-label-paren-taswir-label-paren-bna-title-prefix:photo2.credit_line':
        "reader miss: an agency's short name in Arabic not known ('(بنا)', BNA, Bahrain News Agency): the bracket stays in the caption, no credit ('(رويترز)', '(أ ف ب)' are read) (knowledge)",
}
MEASURED_RATE15 = 0.983  # 537/546 with words' labels, organisation forms and the kept "Illustration:" label and artrest's rules below; moved after the kept-apart measure (a page-wide <form> is the page; Pimcore's
# thumbnail folders derived, a post-id folder every copy shares no width; then 490 -> 511 with a counter line between
# picture and caption, counters headed by the language's word, a label touching the author's link, a role line under
# a scrape's byline, print headlines over three lines, Org-mode headings; then 516 with a feed list's plain title and
# the picture key of a feed reader's item, a club's initials as its house credit); the honest kept-apart figure stays
# 478/546 = 87.5 % at ee1e2f9 (first sight 475/546 = 87.0 %, cf78bc5)
# MISSES15-END

# field id -> why the reader gets it wrong (generated list: MISSES16-BEGIN ... MISSES17-END). blind16 and blind17 were
# written blind and kept apart from the work of the session that took blind14/15 to 98 %; read at its end, each missed
# field's cause is in data/blind16/MISSES.md and data/blind17/MISSES.md.
# MISSES16-BEGIN
MISSES16: dict[str, str] = {
    'blind16/01-wp-core-image-block-us-local-ohio-wp-element-caption-photo-by-name-slash-paper-courtesy-club-uncaptioned-map-og-site-name:photo2.agency':
        "'Courtesy of' an organisation (Marietta Rowing Club) gives it as agency (convention)",
    'blind16/04-wp-tagdiv-newspaper-theme-canadian-regional-td-post-featured-image-modal-link-original-1068x712-caps-canadian-press-slash-name-photo-courtesy-of-police-related-thumbs-title-suffix-dash:photo2.agency':
        "'Photo courtesy of' an organisation (Greater Sudbury Police) gives it as agency (convention)",
    'blind16/06-brightspot-us-public-radio-station-dims4-resize-1x-2x-srcset-url-param-identity-figure-credit-div-name-space-slash-station-acronym-state-department-ap-author-headshot-og-site-name:photo1.agency':
        "the paper's initials in its own credit ('Name / RCPR') give the paper by its name (convention)",
    'blind16/09-amp-wordpress-amp-plugin-reader-mode-us-college-sports-amp-img-srcset-noscript-credit-label-name-dash-usa-today-sports-getty-gravatar-byline-title-suffix-en-dash:publication_source':
        'json-ld publisher ranks above the title suffix (docs/contracts.md order); name right (convention)',
    'blind16/13-canadian-french-public-broadcaster-radio-canada-style-q-auto-w-path-renditions-un-texte-de-label-photo-space-colon-broadcaster-slash-name-la-presse-canadienne-graciousete-og-site-name:photo2.agency':
        "'La Presse canadienne' kept as printed (organisations.py AS_PRINTED) (convention)",
    'blind16/13-canadian-french-public-broadcaster-radio-canada-style-q-auto-w-path-renditions-un-texte-de-label-photo-space-colon-broadcaster-slash-name-la-presse-canadienne-graciousete-og-site-name:photo3.agency':
        "'Gracieuseté d’' an organisation (Hydro-Québec) gives it as agency (convention)",
    'blind16/16-french-news-weekly-le-point-style-wxhp-suffix-renditions-par-et-copyright-sign-name-slash-hans-lucas-via-afp-name-slash-afp-dr-credit-span-after-caption-title-suffix-dash:publication_source':
        "title suffix in sentence case ('Le Courrier politique') not read as a name, footer copyright wins (reader miss, rule)",
    'blind16/s01-browser-select-all-copy-notepad-ansi-cp1252-crlf-uk-regional-daily-url-line-nav-cookie-nag-lines-headline-not-first-by-label-captions-without-images-footer-copyright:byline':
        "'By' alone on its line: the role line under the name read as the byline (reader miss, rule)",
    'blind16/s01-browser-select-all-copy-notepad-ansi-cp1252-crlf-uk-regional-daily-url-line-nav-cookie-nag-lines-headline-not-first-by-label-captions-without-images-footer-copyright:bylines':
        "'By' alone on its line: the role line under the name read as the byline (reader miss, rule)",
    'blind16/s01-browser-select-all-copy-notepad-ansi-cp1252-crlf-uk-regional-daily-url-line-nav-cookie-nag-lines-headline-not-first-by-label-captions-without-images-footer-copyright:publication':
        "button text 'Bookmark' after the byline's date read as the paper after the byline (reader miss, rule)",
    'blind16/s01-browser-select-all-copy-notepad-ansi-cp1252-crlf-uk-regional-daily-url-line-nav-cookie-nag-lines-headline-not-first-by-label-captions-without-images-footer-copyright:publication_source':
        "button text 'Bookmark' after the byline's date read as the paper after the byline (reader miss, rule)",
    'blind16/s01-browser-select-all-copy-notepad-ansi-cp1252-crlf-uk-regional-daily-url-line-nav-cookie-nag-lines-headline-not-first-by-label-captions-without-images-footer-copyright:title':
        'standfirst under the headline taken as the title (reader miss, rule)',
    'blind16/s02-mozilla-readability-node-script-json-url-article-byline-by-and-sitename-content-figures-srcset-rendering-courtesy-of-city-photo-by-name-slash-canadian-press-centre-not-credit:photo1.agency':
        "'Rendering courtesy of' an organisation (City of Saskatoon) gives it as agency (convention)",
    'blind16/s04-obsidian-web-clipper-markdown-german-regional-front-matter-source-author-wikilink-title-suffix-von-line-gallery-bild-n-von-3-extensionless-resize-urls-foto-name-slash-dpa-hhla-newsletter-nag:publication':
        "front matter title's suffix 'Hamburger Hafenblatt' (two words, '-blatt' compound) not read as a paper's name (reader miss, rule)",
    'blind16/s04-obsidian-web-clipper-markdown-german-regional-front-matter-source-author-wikilink-title-suffix-von-line-gallery-bild-n-von-3-extensionless-resize-urls-foto-name-slash-dpa-hhla-newsletter-nag:publication_source':
        "front matter title's suffix 'Hamburger Hafenblatt' (two words, '-blatt' compound) not read as a paper's name (reader miss, rule)",
    'blind16/s04-obsidian-web-clipper-markdown-german-regional-front-matter-source-author-wikilink-title-suffix-von-line-gallery-bild-n-von-3-extensionless-resize-urls-foto-name-slash-dpa-hhla-newsletter-nag:title':
        "front matter title's suffix 'Hamburger Hafenblatt' (two words, '-blatt' compound) not read as a paper's name (reader miss, rule)",
}
MEASURED_RATE16 = 0.971  # 548/564 with fix-b16's rules (feeds' pictures and titles, a featured caption apart, lazy copies,
# 'Un texte de', courtesy forms);
# the kept-apart measure was 536/565 (94.9 %) at the session's end
# MISSES16-END
# MISSES17-BEGIN
MISSES17: dict[str, str] = {
    'blind17/01-bitrix-russian-regional-upload-iblock-resize-cache-wxh-renditions-fancybox-original-medialibrary-avtor-label-foto-name-slash-tass-cyrillic-title-suffix-pipe:publication':
        "title suffix in Russian sentence case ('Алтайский вечерний курьер') not name-like, dropped; footer's «…» taken (rule)",
    'blind17/01-bitrix-russian-regional-upload-iblock-resize-cache-wxh-renditions-fancybox-original-medialibrary-avtor-label-foto-name-slash-tass-cyrillic-title-suffix-pipe:publication_source':
        "title suffix in Russian sentence case ('Алтайский вечерний курьер') not name-like, dropped; footer's «…» taken (rule)",
    'blind17/05-blogger-nigerian-news-blog-tr-caption-container-googleusercontent-w640-h360-link-s1600-by-post-author-title-prefix-colon-photo-credit-label-name-slash-blog-nan:publication_source':
        "site name first in <title> with a colon ('Blog: Post', Blogger) not read as title suffix; logo alt named (rule)",
    'blind17/09-turkish-regional-custom-php-haber-script-images-resize-quality-wxh-path-renditions-lazy-data-src-fotograf-paren-iha-dotted-i-foto-buyuksehir-belediyesi-muhabir-label-logo-alt-only:photo1.agency':
        "'İHA' kept as printed, organisations.py AS_PRINTED (convention)",
    'blind17/17-wordpress-elementor-pro-hebrew-rtl-regional-theme-post-featured-image-widget-image-caption-meat-label-tsilum-flash90-hebrew-doveret-police-og-site-name:url':
        'URL reported percent-encoded with upper-case hex, RFC 3986 (convention)',
    'blind17/19-brightspot-grove-alaska-public-radio-dims4-resize-crop-1x-2x-renditions-figure-credit-name-slash-station-courtesy-of-state-department-by-label-og-site-name-call-letters:photo2.agency':
        "'Courtesy of' an organisation gives it as agency (convention)",
    'blind17/20-wordpress-colormag-fijian-english-featured-image-no-caption-byline-author-vcard-no-label-wp-caption-picture-label-caps-supplied-caps-name-title-suffix-en-dash-no-og:publication_source':
        "site's own name linked in the masthead read as a section name, title suffix dropped; logo alt named (rule)",
    'blind17/s01-telegram-desktop-export-result-json-kyrgyz-russian-channel-post-bold-headline-text-entities-author-signature-photo-relative-path-foto-press-office-with-owner-link-to-article:photo1.url':
        "the export's photo is a file beside result.json ('photos/photo_412@….jpg'): the HTML reader reports web addresses only and resolves it against the article's (rule)",
    'blind17/s05-pdftotext-layout-latin1-crlf-guyanese-weekly-print-page-two-columns-side-by-side-running-head-two-line-headline-by-label-photo-paren-caption-no-image-urls-footer-copyright:publication':
        "footer 'Name © 2026' (name before the ©) not read as footer copyright (rule)",
    'blind17/s05-pdftotext-layout-latin1-crlf-guyanese-weekly-print-page-two-columns-side-by-side-running-head-two-line-headline-by-label-photo-paren-caption-no-image-urls-footer-copyright:publication_source':
        "footer 'Name © 2026' (name before the ©) not read as footer copyright (rule)",
}
MEASURED_RATE17 = 0.979  # 470/480 after fix-b17's rules (page builders, galleries, share links, chat and note exports, words of the languages, front matter's block scalars, a credit element's caption); 412/481 at the session's end (kept-apart measure)
# MISSES17-END

# MISSES18-BEGIN
MISSES18: dict[str, str] = {
    'blind18/01-wp-core-image-block-lightbox-interactivity-uploadedsrc-kadence-us-vermont-weekly-featured-no-caption-photo-label-name-slash-paper-state-agency-rank-math-og-site-name:photo2.also_seen_as':
        "WordPress lightbox image block: the original in data-wp-context's uploadedSrc JSON is not read as the largest rendition (reader miss, rule)",
    'blind18/01-wp-core-image-block-lightbox-interactivity-uploadedsrc-kadence-us-vermont-weekly-featured-no-caption-photo-label-name-slash-paper-state-agency-rank-math-og-site-name:photo2.url':
        "WordPress lightbox image block: the original in data-wp-context's uploadedSrc JSON is not read as the largest rendition (reader miss, rule)",
    'blind18/02-wp-classic-caption-jetpack-carousel-data-orig-file-scaled-twentytwenty-uk-yorkshire-coast-weekly-coauthors-by-and-picture-label-paren-org-getty-title-suffix-dash:publication':
        "the wpstats pixel's alt ':)' read as the logo's name (logo alt -> ')'); behind it the title suffix after '–' loses to the footer copyright (source would be 'footer copyright'; tested) (reader miss, rule)",
    'blind18/02-wp-classic-caption-jetpack-carousel-data-orig-file-scaled-twentytwenty-uk-yorkshire-coast-weekly-coauthors-by-and-picture-label-paren-org-getty-title-suffix-dash:publication_source':
        "the wpstats pixel's alt ':)' read as the logo's name (logo alt -> ')'); behind it the title suffix after '–' loses to the footer copyright (source would be 'footer copyright'; tested) (reader miss, rule)",
    'blind18/04-blox-townnews-us-illinois-daily-bloximages-resize-srcset-renditions-tnt-byline-credit-span-name-slash-paper-provided-title-suffix-section-domain-jsonld-publisher:photo1.agency':
        'BLOX lead figure (div.asset-photo) outside the itemprop=articleBody container dropped, the photos shift (tested: marker removed, all right) (reader miss, rule)',
    'blind18/04-blox-townnews-us-illinois-daily-bloximages-resize-srcset-renditions-tnt-byline-credit-span-name-slash-paper-provided-title-suffix-section-domain-jsonld-publisher:photo1.also_seen_as':
        'BLOX lead figure (div.asset-photo) outside the itemprop=articleBody container dropped, the photos shift (tested: marker removed, all right) (reader miss, rule)',
    'blind18/04-blox-townnews-us-illinois-daily-bloximages-resize-srcset-renditions-tnt-byline-credit-span-name-slash-paper-provided-title-suffix-section-domain-jsonld-publisher:photo1.caption':
        'BLOX lead figure (div.asset-photo) outside the itemprop=articleBody container dropped, the photos shift (tested: marker removed, all right) (reader miss, rule)',
    'blind18/04-blox-townnews-us-illinois-daily-bloximages-resize-srcset-renditions-tnt-byline-credit-span-name-slash-paper-provided-title-suffix-section-domain-jsonld-publisher:photo1.credit_line':
        'BLOX lead figure (div.asset-photo) outside the itemprop=articleBody container dropped, the photos shift (tested: marker removed, all right) (reader miss, rule)',
    'blind18/04-blox-townnews-us-illinois-daily-bloximages-resize-srcset-renditions-tnt-byline-credit-span-name-slash-paper-provided-title-suffix-section-domain-jsonld-publisher:photo1.photographers':
        'BLOX lead figure (div.asset-photo) outside the itemprop=articleBody container dropped, the photos shift (tested: marker removed, all right) (reader miss, rule)',
    'blind18/04-blox-townnews-us-illinois-daily-bloximages-resize-srcset-renditions-tnt-byline-credit-span-name-slash-paper-provided-title-suffix-section-domain-jsonld-publisher:photo1.url':
        'BLOX lead figure (div.asset-photo) outside the itemprop=articleBody container dropped, the photos shift (tested: marker removed, all right) (reader miss, rule)',
    'blind18/04-blox-townnews-us-illinois-daily-bloximages-resize-srcset-renditions-tnt-byline-credit-span-name-slash-paper-provided-title-suffix-section-domain-jsonld-publisher:photo2.caption':
        'BLOX lead figure (div.asset-photo) outside the itemprop=articleBody container dropped, the photos shift (tested: marker removed, all right) (reader miss, rule)',
    'blind18/04-blox-townnews-us-illinois-daily-bloximages-resize-srcset-renditions-tnt-byline-credit-span-name-slash-paper-provided-title-suffix-section-domain-jsonld-publisher:photo2.credit_line':
        'BLOX lead figure (div.asset-photo) outside the itemprop=articleBody container dropped, the photos shift (tested: marker removed, all right) (reader miss, rule)',
    'blind18/04-blox-townnews-us-illinois-daily-bloximages-resize-srcset-renditions-tnt-byline-credit-span-name-slash-paper-provided-title-suffix-section-domain-jsonld-publisher:photo2.url':
        'BLOX lead figure (div.asset-photo) outside the itemprop=articleBody container dropped, the photos shift (tested: marker removed, all right) (reader miss, rule)',
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo2.agency':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo2.also_seen_as':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo2.caption':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo2.credit_line':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo2.photographers':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo2.url':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo3.agency':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo3.also_seen_as':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo3.caption':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo3.credit_line':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo3.photographers':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo3.url':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo4.agency':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery shifts (tested); behind it 'Environment Agency/PA' gives agency Environment Agency, distributor PA (credit-tables: first organisation named) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo4.caption':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo4.credit_line':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo4.url':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/06-amp-uk-national-daily-amp-carousel-slides-amp-img-srcset-width-path-renditions-lightbox-photograph-label-name-slash-reuters-getty-slideshow-n-of-3-amp-ad-pixel-title-suffix-pipe:photo5':
        "amp-ad's placeholder amp-img taken as photo 2, the gallery slides shift one place (tested: amp-ad removed, all right) (reader miss, rule)",
    'blind18/08-wpvip-postmedia-style-canadian-national-chain-smartcdn-w-quality-strip-all-renditions-photo-by-name-slash-paper-photo-by-name-slash-canadian-press-author-link-role-og-site-name-short:byline':
        "byline label 'Author of the article:' (glued to the author link) not known ('By' in its place: right) (reader miss, rule)",
    'blind18/08-wpvip-postmedia-style-canadian-national-chain-smartcdn-w-quality-strip-all-renditions-photo-by-name-slash-paper-photo-by-name-slash-canadian-press-author-link-role-og-site-name-short:bylines':
        "byline label 'Author of the article:' (glued to the author link) not known ('By' in its place: right) (reader miss, rule)",
    'blind18/09-mediahuis-ireland-style-national-daily-thumbor-signature-crop-box-wxh-renditions-picture-sources-photo-label-name-photo-collins-agency-bylines-two-og-site-name:photo1.agency':
        "'Photo: Limerick Twenty Thirty': a lone unknown multi-word name is read as a person (credit-tables: reading it as an organisation measured and left out) (convention)",
    'blind18/09-mediahuis-ireland-style-national-daily-thumbor-signature-crop-box-wxh-renditions-picture-sources-photo-label-name-photo-collins-agency-bylines-two-og-site-name:photo1.photographers':
        "'Photo: Limerick Twenty Thirty': a lone unknown multi-word name is read as a person (credit-tables: reading it as an organisation measured and left out) (convention)",
    'blind18/10-wpvip-indian-national-daily-express-style-wp-caption-express-photo-by-paren-pti-photo-paren-written-by-label-edited-by-not-byline-w-renditions-title-suffix-pipe:photo1.agency':
        "'Express Photo by Name' gives agency 'Express' kept as read; the paper's short name is tied to the page's publication only when read as a photographer (house_credits 'Photo: Star') (reader miss, rule)",
    'blind18/11-australian-wire-agency-own-news-site-wordpress-aap-photos-caps-paren-name-slash-aap-photos-no-byline-label-dateline-caps-agency-australian-associated-press-publisher-footer-copyright:photo2.agency':
        "bracketed closing credit '(HANDOUT/NSW DEPARTMENT …)' not split off the caption: the 'HANDOUT/' opening stops it (without it, split; parse_credit_line reads the line right) (reader miss, rule)",
    'blind18/11-australian-wire-agency-own-news-site-wordpress-aap-photos-caps-paren-name-slash-aap-photos-no-byline-label-dateline-caps-agency-australian-associated-press-publisher-footer-copyright:photo2.caption':
        "bracketed closing credit '(HANDOUT/NSW DEPARTMENT …)' not split off the caption: the 'HANDOUT/' opening stops it (without it, split; parse_credit_line reads the line right) (reader miss, rule)",
    'blind18/11-australian-wire-agency-own-news-site-wordpress-aap-photos-caps-paren-name-slash-aap-photos-no-byline-label-dateline-caps-agency-australian-associated-press-publisher-footer-copyright:photo2.credit_line':
        "bracketed closing credit '(HANDOUT/NSW DEPARTMENT …)' not split off the caption: the 'HANDOUT/' opening stops it (without it, split; parse_credit_line reads the line right) (reader miss, rule)",
    'blind18/11-australian-wire-agency-own-news-site-wordpress-aap-photos-caps-paren-name-slash-aap-photos-no-byline-label-dateline-caps-agency-australian-associated-press-publisher-footer-copyright:publication':
        "logo name in a screen-reader span (u-sr-only) beside an empty alt not read as logo alt; footer '© AAP' taken (tested: alt filled, right) (reader miss, rule)",
    'blind18/11-australian-wire-agency-own-news-site-wordpress-aap-photos-caps-paren-name-slash-aap-photos-no-byline-label-dateline-caps-agency-australian-associated-press-publisher-footer-copyright:publication_source':
        "logo name in a screen-reader span (u-sr-only) beside an empty alt not read as logo alt; footer '© AAP' taken (tested: alt filled, right) (reader miss, rule)",
    'blind18/12-us-wire-agency-own-site-upi-style-by-label-caps-name-dateline-photo-by-name-slash-agency-after-caption-extensionless-svc-path-renditions-slideshow-photos-related-og-site-name:photo1.also_seen_as':
        "lead photo (div.lead-photo) outside <article itemprop=articleBody> dropped; the in-body 'Photos of the day' promo slide taken as photo 1 (tested: lead moved inside, right; the slide then an extra photo) (reader miss, rule)",
    'blind18/12-us-wire-agency-own-site-upi-style-by-label-caps-name-dateline-photo-by-name-slash-agency-after-caption-extensionless-svc-path-renditions-slideshow-photos-related-og-site-name:photo1.caption':
        "lead photo (div.lead-photo) outside <article itemprop=articleBody> dropped; the in-body 'Photos of the day' promo slide taken as photo 1 (tested: lead moved inside, right; the slide then an extra photo) (reader miss, rule)",
    'blind18/12-us-wire-agency-own-site-upi-style-by-label-caps-name-dateline-photo-by-name-slash-agency-after-caption-extensionless-svc-path-renditions-slideshow-photos-related-og-site-name:photo1.credit_line':
        "lead photo (div.lead-photo) outside <article itemprop=articleBody> dropped; the in-body 'Photos of the day' promo slide taken as photo 1 (tested: lead moved inside, right; the slide then an extra photo) (reader miss, rule)",
    'blind18/12-us-wire-agency-own-site-upi-style-by-label-caps-name-dateline-photo-by-name-slash-agency-after-caption-extensionless-svc-path-renditions-slideshow-photos-related-og-site-name:photo1.photographers':
        "lead photo (div.lead-photo) outside <article itemprop=articleBody> dropped; the in-body 'Photos of the day' promo slide taken as photo 1 (tested: lead moved inside, right; the slide then an extra photo) (reader miss, rule)",
    'blind18/12-us-wire-agency-own-site-upi-style-by-label-caps-name-dateline-photo-by-name-slash-agency-after-caption-extensionless-svc-path-renditions-slideshow-photos-related-og-site-name:photo1.url':
        "lead photo (div.lead-photo) outside <article itemprop=articleBody> dropped; the in-body 'Photos of the day' promo slide taken as photo 1 (tested: lead moved inside, right; the slide then an extra photo) (reader miss, rule)",
    'blind18/14-funke-style-german-regional-national-chain-picture-sources-w-cv-q-renditions-foto-label-caps-agency-pipe-name-von-label-und-bildunterschrift-hidden-title-suffix-dash-og-site-name:photo1.also_seen_as':
        "<picture>: the fallback img src (-w420-, no srcset) taken as the URL over the sources' 1600w/1200w/820w (tested: a '420w' srcset on img, right) (reader miss, rule)",
    'blind18/14-funke-style-german-regional-national-chain-picture-sources-w-cv-q-renditions-foto-label-caps-agency-pipe-name-von-label-und-bildunterschrift-hidden-title-suffix-dash-og-site-name:photo1.url':
        "<picture>: the fallback img src (-w420-, no srcset) taken as the URL over the sources' 1600w/1200w/820w (tested: a '420w' srcset on img, right) (reader miss, rule)",
    'blind18/16-italian-wire-agency-own-site-ansa-style-webimages-img-size-path-renditions-copyright-sign-agency-slash-name-caption-dash-riproduzione-riservata-di-label-city-caps-og-site-name:byline':
        "the city span (news-place 'PALERMO') beside the 'di Name' span joined into the byline (reader miss, rule)",
    'blind18/16-italian-wire-agency-own-site-ansa-style-webimages-img-size-path-renditions-copyright-sign-agency-slash-name-caption-dash-riproduzione-riservata-di-label-city-caps-og-site-name:bylines':
        "the city span (news-place 'PALERMO') beside the 'di Name' span joined into the byline (reader miss, rule)",
    'blind18/16-italian-wire-agency-own-site-ansa-style-webimages-img-size-path-renditions-copyright-sign-agency-slash-name-caption-dash-riproduzione-riservata-di-label-city-caps-og-site-name:photo2.agency':
        "'© NIS' alone read as a photographer, then the paper's short name gives the paper 'Agenzia NIS' (house_credits 'Photo: Star' on The Delta Star's page); 'NIS/Name' on photo 1 gives NIS (convention)",
    'blind18/17-spanish-wire-agency-own-site-europa-press-style-fotoweb-path-renditions-caption-then-name-dash-agency-credit-line-org-caps-por-label-title-suffix-application-name:photo2.agency':
        "Europa Press-style span.firma holding an all-caps organisation alone not read as the credit; glued onto the caption ('firma' class not known; class 'credit' or 'Foto:' label: right; tested) (reader miss, rule)",
    'blind18/17-spanish-wire-agency-own-site-europa-press-style-fotoweb-path-renditions-caption-then-name-dash-agency-credit-line-org-caps-por-label-title-suffix-application-name:photo2.caption':
        "Europa Press-style span.firma holding an all-caps organisation alone not read as the credit; glued onto the caption ('firma' class not known; class 'credit' or 'Foto:' label: right; tested) (reader miss, rule)",
    'blind18/17-spanish-wire-agency-own-site-europa-press-style-fotoweb-path-renditions-caption-then-name-dash-agency-credit-line-org-caps-por-label-title-suffix-application-name:photo2.credit_line':
        "Europa Press-style span.firma holding an all-caps organisation alone not read as the credit; glued onto the caption ('firma' class not known; class 'credit' or 'Foto:' label: right; tested) (reader miss, rule)",
    'blind18/s01-trafilatura-json-output-windows-cp1252-crlf-uk-weekly-nag-lines-in-text-author-semicolon-joined-ampersand-byline-line-source-hostname-sitename-image-only-og-crop-picture-label-paper:byline':
        "trafilatura's author field ('; '-joined) taken over the text's printed 'By A & B' line (reader miss, rule)",
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:byline':
        'Firecrawl JSON saved inside a ```json Markdown fence not unwrapped: read as Markdown text (tested: fence removed, right) (reader miss, rule)',
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:bylines':
        'Firecrawl JSON saved inside a ```json Markdown fence not unwrapped: read as Markdown text (tested: fence removed, right) (reader miss, rule)',
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:photo1.agency':
        'Firecrawl JSON saved inside a ```json Markdown fence not unwrapped: read as Markdown text (tested: fence removed, right) (reader miss, rule)',
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:photo1.also_seen_as':
        "the og image original that the /_next/image?url= optimiser URL wraps not taken as the photo's URL (remains with the fence removed; tested) (reader miss, rule)",
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:photo1.caption':
        'Firecrawl JSON saved inside a ```json Markdown fence not unwrapped: read as Markdown text (tested: fence removed, right) (reader miss, rule)',
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:photo1.credit_line':
        'Firecrawl JSON saved inside a ```json Markdown fence not unwrapped: read as Markdown text (tested: fence removed, right) (reader miss, rule)',
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:photo1.photographers':
        'Firecrawl JSON saved inside a ```json Markdown fence not unwrapped: read as Markdown text (tested: fence removed, right) (reader miss, rule)',
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:photo1.url':
        "the og image original that the /_next/image?url= optimiser URL wraps not taken as the photo's URL (remains with the fence removed; tested) (reader miss, rule)",
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:photo2.agency':
        'Firecrawl JSON saved inside a ```json Markdown fence not unwrapped: read as Markdown text (tested: fence removed, right) (reader miss, rule)',
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:photo2.caption':
        'Firecrawl JSON saved inside a ```json Markdown fence not unwrapped: read as Markdown text (tested: fence removed, right) (reader miss, rule)',
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:photo2.credit_line':
        'Firecrawl JSON saved inside a ```json Markdown fence not unwrapped: read as Markdown text (tested: fence removed, right) (reader miss, rule)',
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:photo3':
        'Firecrawl JSON saved inside a ```json Markdown fence not unwrapped: read as Markdown text (tested: fence removed, right) (reader miss, rule)',
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:publication':
        'Firecrawl JSON saved inside a ```json Markdown fence not unwrapped: read as Markdown text (tested: fence removed, right) (reader miss, rule)',
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:publication_source':
        'Firecrawl JSON saved inside a ```json Markdown fence not unwrapped: read as Markdown text (tested: fence removed, right) (reader miss, rule)',
    'blind18/s02-firecrawl-scrape-api-json-markdown-metadata-og-site-name-australian-regional-nextjs-image-url-encoded-w-renditions-words-by-picture-label-aap-image-archives-related-thumb:title':
        'Firecrawl JSON saved inside a ```json Markdown fence not unwrapped: read as Markdown text (tested: fence removed, right) (reader miss, rule)',
    'blind18/s05-newspaper3k-script-print-utf8-bom-crlf-canadian-metro-title-with-suffix-authors-list-top-image-images-set-logo-pixel-caption-lines-name-slash-paper-name-slash-canadian-press-no-label:photo1.also_seen_as':
        'newspaper3k Images set: the /v2/resize/640x360/ copy not kept as a rendition of the top image (dropped) (reader miss, rule)',
    'blind18/s05-newspaper3k-script-print-utf8-bom-crlf-canadian-metro-title-with-suffix-authors-list-top-image-images-set-logo-pixel-caption-lines-name-slash-paper-name-slash-canadian-press-no-label:publication':
        "newspaper3k print's 'Title:' line kept whole: its ' | Lakeshore Times' suffix not split off, no publication from it (BOM/CRLF not the cause; tested) (reader miss, rule)",
    'blind18/s05-newspaper3k-script-print-utf8-bom-crlf-canadian-metro-title-with-suffix-authors-list-top-image-images-set-logo-pixel-caption-lines-name-slash-paper-name-slash-canadian-press-no-label:publication_source':
        "newspaper3k print's 'Title:' line kept whole: its ' | Lakeshore Times' suffix not split off, no publication from it (BOM/CRLF not the cause; tested) (reader miss, rule)",
    'blind18/s05-newspaper3k-script-print-utf8-bom-crlf-canadian-metro-title-with-suffix-authors-list-top-image-images-set-logo-pixel-caption-lines-name-slash-paper-name-slash-canadian-press-no-label:title':
        "newspaper3k print's 'Title:' line kept whole: its ' | Lakeshore Times' suffix not split off, no publication from it (BOM/CRLF not the cause; tested) (reader miss, rule)",
}
MEASURED_RATE18 = 0.848  # 409/482; written blind (mainstream shapes) and kept apart: 409/482 at the session's start (1f108ae) and at its end, every miss classified in data/blind18/MISSES.md
# MISSES18-END

# MISSES19-BEGIN
MISSES19: dict[str, str] = {
    'blind19/01-wp-jnews-bulgarian-regional-jeg-featured-lazyload-data-srcset-snimka-bta-cyrillic-obshtina-bulfoto-avtor-label-og-site-name:photo1.also_seen_as':
        'the original is reported as a copy because the placeholder took the url (JNews lazy placeholder jeg-empty.png kept as the src while data-src/data-srcset and the <a> original are ignored) - reader miss (rule)',
    'blind19/01-wp-jnews-bulgarian-regional-jeg-featured-lazyload-data-srcset-snimka-bta-cyrillic-obshtina-bulfoto-avtor-label-og-site-name:photo1.url':
        'JNews lazy placeholder jeg-empty.png kept as the src while data-src/data-srcset and the <a> original are ignored - reader miss (rule)',
    'blind19/01-wp-jnews-bulgarian-regional-jeg-featured-lazyload-data-srcset-snimka-bta-cyrillic-obshtina-bulfoto-avtor-label-og-site-name:photo2.agency':
        "class 'no-share' on div.entry-content matched as a share widget and the whole story body dropped (experiment: removing 'no-share' reads both figures right) - reader miss (rule)",
    'blind19/01-wp-jnews-bulgarian-regional-jeg-featured-lazyload-data-srcset-snimka-bta-cyrillic-obshtina-bulfoto-avtor-label-og-site-name:photo2.also_seen_as':
        "class 'no-share' on div.entry-content matched as a share widget and the whole story body dropped (experiment: removing 'no-share' reads both figures right) - reader miss (rule)",
    'blind19/01-wp-jnews-bulgarian-regional-jeg-featured-lazyload-data-srcset-snimka-bta-cyrillic-obshtina-bulfoto-avtor-label-og-site-name:photo2.caption':
        "class 'no-share' on div.entry-content matched as a share widget and the whole story body dropped (experiment: removing 'no-share' reads both figures right) - reader miss (rule)",
    'blind19/01-wp-jnews-bulgarian-regional-jeg-featured-lazyload-data-srcset-snimka-bta-cyrillic-obshtina-bulfoto-avtor-label-og-site-name:photo2.credit_line':
        "class 'no-share' on div.entry-content matched as a share widget and the whole story body dropped (experiment: removing 'no-share' reads both figures right) - reader miss (rule)",
    'blind19/01-wp-jnews-bulgarian-regional-jeg-featured-lazyload-data-srcset-snimka-bta-cyrillic-obshtina-bulfoto-avtor-label-og-site-name:photo2.url':
        "class 'no-share' on div.entry-content matched as a share widget and the whole story body dropped (experiment: removing 'no-share' reads both figures right) - reader miss (rule)",
    'blind19/01-wp-jnews-bulgarian-regional-jeg-featured-lazyload-data-srcset-snimka-bta-cyrillic-obshtina-bulfoto-avtor-label-og-site-name:photo3.agency':
        "class 'no-share' on div.entry-content matched as a share widget and the whole story body dropped (experiment: removing 'no-share' reads both figures right) - reader miss (rule)",
    'blind19/01-wp-jnews-bulgarian-regional-jeg-featured-lazyload-data-srcset-snimka-bta-cyrillic-obshtina-bulfoto-avtor-label-og-site-name:photo3.also_seen_as':
        "class 'no-share' on div.entry-content matched as a share widget and the whole story body dropped (experiment: removing 'no-share' reads both figures right) - reader miss (rule)",
    'blind19/01-wp-jnews-bulgarian-regional-jeg-featured-lazyload-data-srcset-snimka-bta-cyrillic-obshtina-bulfoto-avtor-label-og-site-name:photo3.caption':
        "class 'no-share' on div.entry-content matched as a share widget and the whole story body dropped (experiment: removing 'no-share' reads both figures right) - reader miss (rule)",
    'blind19/01-wp-jnews-bulgarian-regional-jeg-featured-lazyload-data-srcset-snimka-bta-cyrillic-obshtina-bulfoto-avtor-label-og-site-name:photo3.credit_line':
        "class 'no-share' on div.entry-content matched as a share widget and the whole story body dropped (experiment: removing 'no-share' reads both figures right) - reader miss (rule)",
    'blind19/01-wp-jnews-bulgarian-regional-jeg-featured-lazyload-data-srcset-snimka-bta-cyrillic-obshtina-bulfoto-avtor-label-og-site-name:photo3.photographers':
        "class 'no-share' on div.entry-content matched as a share widget and the whole story body dropped (experiment: removing 'no-share' reads both figures right) - reader miss (rule)",
    'blind19/01-wp-jnews-bulgarian-regional-jeg-featured-lazyload-data-srcset-snimka-bta-cyrillic-obshtina-bulfoto-avtor-label-og-site-name:photo3.url':
        "class 'no-share' on div.entry-content matched as a share widget and the whole story body dropped (experiment: removing 'no-share' reads both figures right) - reader miss (rule)",
    'blind19/02-custom-yii2-kazakh-regional-picture-webp-thumb-fancybox-original-relative-suret-label-name-kazinform-slash-avtory-label-title-suffix-pipe-footer:byline':
        "span.image-author ('Сурет: Нұрлан Әбенов', a picture credit) taken as the byline; the 'Авторы:' line after the story is not read - reader miss (rule)",
    'blind19/02-custom-yii2-kazakh-regional-picture-webp-thumb-fancybox-original-relative-suret-label-name-kazinform-slash-avtory-label-title-suffix-pipe-footer:bylines':
        "span.image-author ('Сурет: Нұрлан Әбенов', a picture credit) taken as the byline; the 'Авторы:' line after the story is not read - reader miss (rule)",
    'blind19/02-custom-yii2-kazakh-regional-picture-webp-thumb-fancybox-original-relative-suret-label-name-kazinform-slash-avtory-label-title-suffix-pipe-footer:photo1.also_seen_as':
        "og:image 'thumb_1200x630_<hash>.jpg' of the same picture not listed among its renditions (hash-named thumb_WxH_ prefix not matched) - reader miss (rule)",
    'blind19/02-custom-yii2-kazakh-regional-picture-webp-thumb-fancybox-original-relative-suret-label-name-kazinform-slash-avtory-label-title-suffix-pipe-footer:publication':
        "footer '© 2026 «Ертіс таңы» газеті' (quotes and 'газеті' = newspaper) preferred to the title suffix ' | Ертіс таңы' - reader miss (rule)",
    'blind19/02-custom-yii2-kazakh-regional-picture-webp-thumb-fancybox-original-relative-suret-label-name-kazinform-slash-avtory-label-title-suffix-pipe-footer:publication_source':
        "footer '© 2026 «Ертіс таңы» газеті' (quotes and 'газеті' = newspaper) preferred to the title suffix ' | Ертіс таңы' - reader miss (rule)",
    'blind19/05-custom-php-czech-regional-windows-1250-picture-webp-w-param-largest-foto-ctk-slash-name-mesto-autor-two-names-comma-jsonld-publisher-footer-company:photo2.also_seen_as':
        "webp <source> and jpg <img> both 800w: a tie, the reader keeps the <img>'s own format as recorded for blind2/02 and blind13 ('expectation differs') - convention",
    'blind19/05-custom-php-czech-regional-windows-1250-picture-webp-w-param-largest-foto-ctk-slash-name-mesto-autor-two-names-comma-jsonld-publisher-footer-company:photo2.url':
        "webp <source> and jpg <img> both 800w: a tie, the reader keeps the <img>'s own format as recorded for blind2/02 and blind13 ('expectation differs') - convention",
    'blind19/07-custom-php-georgian-regional-main-image-photo-caption-foto-label-name-lightgallery-data-sub-html-captions-meria-avtori-label-title-suffix-logo-alt:byline':
        "span.author 'ავტორი: ნინო ბერიძე' not read: Georgian label 'ავტორი:' not known and the caseless Georgian-script name not name-like - reader miss (rule)",
    'blind19/07-custom-php-georgian-regional-main-image-photo-caption-foto-label-name-lightgallery-data-sub-html-captions-meria-avtori-label-title-suffix-logo-alt:bylines':
        "span.author 'ავტორი: ნინო ბერიძე' not read: Georgian label 'ავტორი:' not known and the caseless Georgian-script name not name-like - reader miss (rule)",
    'blind19/07-custom-php-georgian-regional-main-image-photo-caption-foto-label-name-lightgallery-data-sub-html-captions-meria-avtori-label-title-suffix-logo-alt:photo1.caption':
        "Georgian credit label 'ფოტო:' not known, and a name in Georgian script (no letter case) not taken as a name: 'Foto: ლევან …' is not split either, 'Foto: Levan …' is (tested) - reader miss (rule)",
    'blind19/07-custom-php-georgian-regional-main-image-photo-caption-foto-label-name-lightgallery-data-sub-html-captions-meria-avtori-label-title-suffix-logo-alt:photo1.credit_line':
        "Georgian credit label 'ფოტო:' not known, and a name in Georgian script (no letter case) not taken as a name: 'Foto: ლევან …' is not split either, 'Foto: Levan …' is (tested) - reader miss (rule)",
    'blind19/07-custom-php-georgian-regional-main-image-photo-caption-foto-label-name-lightgallery-data-sub-html-captions-meria-avtori-label-title-suffix-logo-alt:photo1.photographers':
        "Georgian credit label 'ფოტო:' not known, and a name in Georgian script (no letter case) not taken as a name: 'Foto: ლევან …' is not split either, 'Foto: Levan …' is (tested) - reader miss (rule)",
    'blind19/07-custom-php-georgian-regional-main-image-photo-caption-foto-label-name-lightgallery-data-sub-html-captions-meria-avtori-label-title-suffix-logo-alt:photo2.agency':
        "lightGallery data-sub-html caption: Georgian label 'ფოტო:' not known and a Georgian-script (caseless) credit not taken as a name (tested with 'Foto: Levan …'), so caption kept whole, no credit, no agency - reader miss (rule)",
    'blind19/07-custom-php-georgian-regional-main-image-photo-caption-foto-label-name-lightgallery-data-sub-html-captions-meria-avtori-label-title-suffix-logo-alt:photo2.caption':
        "lightGallery data-sub-html caption: Georgian label 'ფოტო:' not known and a Georgian-script (caseless) credit not taken as a name (tested with 'Foto: Levan …'), so caption kept whole, no credit, no agency - reader miss (rule)",
    'blind19/07-custom-php-georgian-regional-main-image-photo-caption-foto-label-name-lightgallery-data-sub-html-captions-meria-avtori-label-title-suffix-logo-alt:photo2.credit_line':
        "lightGallery data-sub-html caption: Georgian label 'ფოტო:' not known and a Georgian-script (caseless) credit not taken as a name (tested with 'Foto: Levan …'), so caption kept whole, no credit, no agency - reader miss (rule)",
    'blind19/07-custom-php-georgian-regional-main-image-photo-caption-foto-label-name-lightgallery-data-sub-html-captions-meria-avtori-label-title-suffix-logo-alt:photo3.agency':
        "lightGallery data-sub-html caption: Georgian label 'ფოტო:' not known and a Georgian-script (caseless) credit not taken as a name (tested with 'Foto: Levan …'), so caption kept whole, no credit, no agency - reader miss (rule)",
    'blind19/07-custom-php-georgian-regional-main-image-photo-caption-foto-label-name-lightgallery-data-sub-html-captions-meria-avtori-label-title-suffix-logo-alt:photo3.caption':
        "lightGallery data-sub-html caption: Georgian label 'ფოტო:' not known and a Georgian-script (caseless) credit not taken as a name (tested with 'Foto: Levan …'), so caption kept whole, no credit, no agency - reader miss (rule)",
    'blind19/07-custom-php-georgian-regional-main-image-photo-caption-foto-label-name-lightgallery-data-sub-html-captions-meria-avtori-label-title-suffix-logo-alt:photo3.credit_line':
        "lightGallery data-sub-html caption: Georgian label 'ფოტო:' not known and a Georgian-script (caseless) credit not taken as a name (tested with 'Foto: Levan …'), so caption kept whole, no credit, no agency - reader miss (rule)",
    'blind19/07-custom-php-georgian-regional-main-image-photo-caption-foto-label-name-lightgallery-data-sub-html-captions-meria-avtori-label-title-suffix-logo-alt:publication':
        "footer's 'ყველა უფლება დაცულია' (Georgian 'all rights reserved') read as the name over the title suffix ' | იმერეთის მოამბე' - reader miss (rule)",
    'blind19/07-custom-php-georgian-regional-main-image-photo-caption-foto-label-name-lightgallery-data-sub-html-captions-meria-avtori-label-title-suffix-logo-alt:publication_source':
        "footer's 'ყველა უფლება დაცულია' (Georgian 'all rights reserved') read as the name over the title suffix ' | იმერეთის მოამბე' - reader miss (rule)",
    'blind19/08-wp-smartmag-armenian-regional-single-featured-image-link-original-lazyload-data-srcset-lusankary-label-name-municipality-heghinak-label-og-site-name:photo1.also_seen_as':
        "'right-sidebar' layout class on SmartMag's main wrapper div.main read as a sidebar: story body dropped, only og:image kept (experiment: removing it reads both photos) - reader miss (rule)",
    'blind19/08-wp-smartmag-armenian-regional-single-featured-image-link-original-lazyload-data-srcset-lusankary-label-name-municipality-heghinak-label-og-site-name:photo1.caption':
        "'right-sidebar' layout class on SmartMag's main wrapper div.main read as a sidebar: story body dropped, only og:image kept (experiment: removing it reads both photos); even then Armenian label 'Լուսանկարը՝' is not known (captions kept whole, no credit) - reader miss (rule)",
    'blind19/08-wp-smartmag-armenian-regional-single-featured-image-link-original-lazyload-data-srcset-lusankary-label-name-municipality-heghinak-label-og-site-name:photo1.credit_line':
        "'right-sidebar' layout class on SmartMag's main wrapper div.main read as a sidebar: story body dropped, only og:image kept (experiment: removing it reads both photos); even then Armenian label 'Լուսանկարը՝' is not known (captions kept whole, no credit) - reader miss (rule)",
    'blind19/08-wp-smartmag-armenian-regional-single-featured-image-link-original-lazyload-data-srcset-lusankary-label-name-municipality-heghinak-label-og-site-name:photo1.photographers':
        "'right-sidebar' layout class on SmartMag's main wrapper div.main read as a sidebar: story body dropped, only og:image kept (experiment: removing it reads both photos); even then Armenian label 'Լուսանկարը՝' is not known (captions kept whole, no credit) - reader miss (rule)",
    'blind19/08-wp-smartmag-armenian-regional-single-featured-image-link-original-lazyload-data-srcset-lusankary-label-name-municipality-heghinak-label-og-site-name:photo2.agency':
        "'right-sidebar' layout class on SmartMag's main wrapper div.main read as a sidebar: story body dropped, only og:image kept (experiment: removing it reads both photos); even then Armenian label 'Լուսանկարը՝' is not known (captions kept whole, no credit) - reader miss (rule)",
    'blind19/08-wp-smartmag-armenian-regional-single-featured-image-link-original-lazyload-data-srcset-lusankary-label-name-municipality-heghinak-label-og-site-name:photo2.also_seen_as':
        "'right-sidebar' layout class on SmartMag's main wrapper div.main read as a sidebar: story body dropped, only og:image kept (experiment: removing it reads both photos) - reader miss (rule)",
    'blind19/08-wp-smartmag-armenian-regional-single-featured-image-link-original-lazyload-data-srcset-lusankary-label-name-municipality-heghinak-label-og-site-name:photo2.caption':
        "'right-sidebar' layout class on SmartMag's main wrapper div.main read as a sidebar: story body dropped, only og:image kept (experiment: removing it reads both photos); even then Armenian label 'Լուսանկարը՝' is not known (captions kept whole, no credit) - reader miss (rule)",
    'blind19/08-wp-smartmag-armenian-regional-single-featured-image-link-original-lazyload-data-srcset-lusankary-label-name-municipality-heghinak-label-og-site-name:photo2.credit_line':
        "'right-sidebar' layout class on SmartMag's main wrapper div.main read as a sidebar: story body dropped, only og:image kept (experiment: removing it reads both photos); even then Armenian label 'Լուսանկարը՝' is not known (captions kept whole, no credit) - reader miss (rule)",
    'blind19/08-wp-smartmag-armenian-regional-single-featured-image-link-original-lazyload-data-srcset-lusankary-label-name-municipality-heghinak-label-og-site-name:photo2.url':
        "'right-sidebar' layout class on SmartMag's main wrapper div.main read as a sidebar: story body dropped, only og:image kept (experiment: removing it reads both photos) - reader miss (rule)",
    'blind19/09-vccorp-cms-vietnamese-regional-vcsortableinpreviewmode-photocms-caption-thumb-w-640-data-original-anh-caps-name-name-slash-ttxvn-nvcc-author-dash-two-og-site-name:byline':
        "VCCorp div.detail-author a.name ('Minh Tâm - Hoàng Yến', two names joined by ' - ') not read as the byline - reader miss (rule)",
    'blind19/09-vccorp-cms-vietnamese-regional-vcsortableinpreviewmode-photocms-caption-thumb-w-640-data-original-anh-caps-name-name-slash-ttxvn-nvcc-author-dash-two-og-site-name:bylines':
        "VCCorp div.detail-author a.name ('Minh Tâm - Hoàng Yến', two names joined by ' - ') not read as the byline - reader miss (rule)",
    'blind19/10-korean-regional-news-cms-article-view-content-div-figure-photo-layout-sajin-equals-body-jegong-sajin-yonhap-byline-gija-og-site-name:byline':
        "the reporter's title 기자 is dropped from the byline by design (bylines._TITLE_AFTER_NAME; earlier sets expect '이민아', '김가윤'); the set's open judgement keeps it - convention",
    'blind19/10-korean-regional-news-cms-article-view-content-div-figure-photo-layout-sajin-equals-body-jegong-sajin-yonhap-byline-gija-og-site-name:photo1.also_seen_as':
        "twitter:image thumbnail '…_v150.jpg' of the photo not listed as a copy - reader miss (rule)",
    'blind19/10-korean-regional-news-cms-article-view-content-div-figure-photo-layout-sajin-equals-body-jegong-sajin-yonhap-byline-gija-og-site-name:photo3':
        "writer box's profile picture (/image/reporter/mskim.jpg, div.writer) taken as a photo - reader miss (rule)",
    'blind19/12-blogger-tagalog-news-blog-separator-link-s1600-w640-h426-italic-caption-larawan-pna-kuha-ni-name-ipinost-ni-title-prefix:photo1.agency':
        "Blogger header widget banner (#Header1_headerimg, '/header/s600/banner.png') taken as photo1: every photo shifted by one - reader miss (rule)",
    'blind19/12-blogger-tagalog-news-blog-separator-link-s1600-w640-h426-italic-caption-larawan-pna-kuha-ni-name-ipinost-ni-title-prefix:photo1.also_seen_as':
        "Blogger header widget banner (#Header1_headerimg, '/header/s600/banner.png') taken as photo1: every photo shifted by one - reader miss (rule)",
    'blind19/12-blogger-tagalog-news-blog-separator-link-s1600-w640-h426-italic-caption-larawan-pna-kuha-ni-name-ipinost-ni-title-prefix:photo1.caption':
        "Blogger header widget banner (#Header1_headerimg, '/header/s600/banner.png') taken as photo1: every photo shifted by one - reader miss (rule)",
    'blind19/12-blogger-tagalog-news-blog-separator-link-s1600-w640-h426-italic-caption-larawan-pna-kuha-ni-name-ipinost-ni-title-prefix:photo1.credit_line':
        "Blogger header widget banner (#Header1_headerimg, '/header/s600/banner.png') taken as photo1: every photo shifted by one - reader miss (rule)",
    'blind19/12-blogger-tagalog-news-blog-separator-link-s1600-w640-h426-italic-caption-larawan-pna-kuha-ni-name-ipinost-ni-title-prefix:photo1.url':
        "Blogger header widget banner (#Header1_headerimg, '/header/s600/banner.png') taken as photo1: every photo shifted by one - reader miss (rule)",
    'blind19/12-blogger-tagalog-news-blog-separator-link-s1600-w640-h426-italic-caption-larawan-pna-kuha-ni-name-ipinost-ni-title-prefix:photo2.agency':
        "Blogger header widget banner (#Header1_headerimg, '/header/s600/banner.png') taken as photo1: every photo shifted by one - reader miss (rule)",
    'blind19/12-blogger-tagalog-news-blog-separator-link-s1600-w640-h426-italic-caption-larawan-pna-kuha-ni-name-ipinost-ni-title-prefix:photo2.also_seen_as':
        "Blogger header widget banner (#Header1_headerimg, '/header/s600/banner.png') taken as photo1: every photo shifted by one - reader miss (rule)",
    'blind19/12-blogger-tagalog-news-blog-separator-link-s1600-w640-h426-italic-caption-larawan-pna-kuha-ni-name-ipinost-ni-title-prefix:photo2.caption':
        "Blogger header widget banner (#Header1_headerimg, '/header/s600/banner.png') taken as photo1: every photo shifted by one; and '(Kuha ni Carlo Santos)' (Tagalog 'taken by') not known as a credit label, so the italic caption is not attached - reader miss (rule)",
    'blind19/12-blogger-tagalog-news-blog-separator-link-s1600-w640-h426-italic-caption-larawan-pna-kuha-ni-name-ipinost-ni-title-prefix:photo2.credit_line':
        "Blogger header widget banner (#Header1_headerimg, '/header/s600/banner.png') taken as photo1: every photo shifted by one; and '(Kuha ni Carlo Santos)' (Tagalog 'taken by') not known as a credit label, so the italic caption is not attached - reader miss (rule)",
    'blind19/12-blogger-tagalog-news-blog-separator-link-s1600-w640-h426-italic-caption-larawan-pna-kuha-ni-name-ipinost-ni-title-prefix:photo2.photographers':
        "Blogger header widget banner (#Header1_headerimg, '/header/s600/banner.png') taken as photo1: every photo shifted by one; and '(Kuha ni Carlo Santos)' (Tagalog 'taken by') not known as a credit label, so the italic caption is not attached - reader miss (rule)",
    'blind19/12-blogger-tagalog-news-blog-separator-link-s1600-w640-h426-italic-caption-larawan-pna-kuha-ni-name-ipinost-ni-title-prefix:photo2.url':
        "Blogger header widget banner (#Header1_headerimg, '/header/s600/banner.png') taken as photo1: every photo shifted by one - reader miss (rule)",
    'blind19/12-blogger-tagalog-news-blog-separator-link-s1600-w640-h426-italic-caption-larawan-pna-kuha-ni-name-ipinost-ni-title-prefix:photo3':
        "Blogger header widget banner (#Header1_headerimg, '/header/s600/banner.png') taken as photo1: every photo shifted by one - reader miss (rule)",
    'blind19/12-blogger-tagalog-news-blog-separator-link-s1600-w640-h426-italic-caption-larawan-pna-kuha-ni-name-ipinost-ni-title-prefix:publication_source':
        "Blogger title 'Balitang Bikol: Post' (blog name as prefix) not used as title evidence; logo alt gives the same name - reader miss (rule)",
    'blind19/13-drupal7-marathi-regional-field-image-styles-itok-colorbox-original-chhaya-label-name-chhayachitra-municipal-corporation-name-comma-city-byline-og-site-name:byline':
        "Drupal field-reporter 'सचिन पाटील, नाशिक' (name, city dateline) not read as a byline - reader miss (rule)",
    'blind19/13-drupal7-marathi-regional-field-image-styles-itok-colorbox-original-chhaya-label-name-chhayachitra-municipal-corporation-name-comma-city-byline-og-site-name:bylines':
        "Drupal field-reporter 'सचिन पाटील, नाशिक' (name, city dateline) not read as a byline - reader miss (rule)",
    'blind19/13-drupal7-marathi-regional-field-image-styles-itok-colorbox-original-chhaya-label-name-chhayachitra-municipal-corporation-name-comma-city-byline-og-site-name:photo1.caption':
        "Marathi label '(छाया : …)' not known: caption kept whole, no credit - reader miss (rule)",
    'blind19/13-drupal7-marathi-regional-field-image-styles-itok-colorbox-original-chhaya-label-name-chhayachitra-municipal-corporation-name-comma-city-byline-og-site-name:photo1.credit_line':
        "Marathi label '(छाया : …)' not known: caption kept whole, no credit - reader miss (rule)",
    'blind19/13-drupal7-marathi-regional-field-image-styles-itok-colorbox-original-chhaya-label-name-chhayachitra-municipal-corporation-name-comma-city-byline-og-site-name:photo1.photographers':
        "Marathi label '(छाया : …)' not known: caption kept whole, no credit - reader miss (rule)",
    'blind19/13-drupal7-marathi-regional-field-image-styles-itok-colorbox-original-chhaya-label-name-chhayachitra-municipal-corporation-name-comma-city-byline-og-site-name:photo2.agency':
        "'नाशिक महानगरपालिका' (municipal corporation): Marathi civic word महानगरपालिका not in ORGANISATION_WORDS_BY_LANGUAGE, read as a person - reader miss (rule)",
    'blind19/13-drupal7-marathi-regional-field-image-styles-itok-colorbox-original-chhaya-label-name-chhayachitra-municipal-corporation-name-comma-city-byline-og-site-name:photo2.photographers':
        "'नाशिक महानगरपालिका' (municipal corporation): Marathi civic word महानगरपालिका not in ORGANISATION_WORDS_BY_LANGUAGE, read as a person - reader miss (rule)",
    'blind19/13-drupal7-marathi-regional-field-image-styles-itok-colorbox-original-chhaya-label-name-chhayachitra-municipal-corporation-name-comma-city-byline-og-site-name:photo3':
        "sidebar block-views-latest thumbnail taken as a photo (and given the footer's rights line as caption) - reader miss (rule)",
    'blind19/14-wp-custom-theme-nepali-regional-wp-rocket-data-lazy-src-srcset-noscript-tasbir-label-rasas-devanagari-danda-author-no-label-og-site-name:photo1.agency':
        "'रासस' (Devanagari abbreviation of Nepal's RSS) not in the Rastriya Samachar Samiti family, read as a person - reader miss (knowledge)",
    'blind19/14-wp-custom-theme-nepali-regional-wp-rocket-data-lazy-src-srcset-noscript-tasbir-label-rasas-devanagari-danda-author-no-label-og-site-name:photo1.photographers':
        "'रासस' (Devanagari abbreviation of Nepal's RSS) not in the Rastriya Samachar Samiti family, read as a person - reader miss (knowledge)",
    'blind19/16-iranian-news-cms-persian-regional-rtl-lead-image-album-thumb-original-aks-label-irna-persian-akkas-label-name-no-byline-news-code-og-site-name:photo1.caption':
        "Persian semicolon '؛' before 'عکس:' not a caption/credit boundary: the whole line read as credit ('. عکس:' splits right, tested) - reader miss (rule)",
    'blind19/16-iranian-news-cms-persian-regional-rtl-lead-image-album-thumb-original-aks-label-irna-persian-akkas-label-name-no-byline-news-code-og-site-name:photo1.credit_line':
        "Persian semicolon '؛' before 'عکس:' not a caption/credit boundary: the whole line read as credit ('. عکس:' splits right, tested) - reader miss (rule)",
    'blind19/16-iranian-news-cms-persian-regional-rtl-lead-image-album-thumb-original-aks-label-irna-persian-akkas-label-name-no-byline-news-code-og-site-name:photo1.photographers':
        "Persian semicolon '؛' before 'عکس:' not a caption/credit boundary: the whole line read as credit ('. عکس:' splits right, tested) - reader miss (rule)",
    'blind19/16-iranian-news-cms-persian-regional-rtl-lead-image-album-thumb-original-aks-label-irna-persian-akkas-label-name-no-byline-news-code-og-site-name:photo2.caption':
        "album caption's trailing Persian semicolon '؛' (before the 'عکاس:' credit) not trimmed - reader miss (rule)",
    'blind19/19-tilda-latvian-local-news-t-img-data-original-thb-resize-placeholder-t-descr-foto-leta-fotografs-label-teksts-label-footer-copyright-only:photo2.caption':
        "Tilda: photo2's own t107 title (t-descr, 'Bērni … Fotogrāfs: Jānis Ozols') not taken; the footer's text that follows ('© 2026 Liepājas Vēstis. Visas tiesības aizsargātas.') attached as caption and credit; not the label: with photo1's exact caption text, and with the footer's t-descr class removed, it still misses (tested) - reader miss (rule)",
    'blind19/19-tilda-latvian-local-news-t-img-data-original-thb-resize-placeholder-t-descr-foto-leta-fotografs-label-teksts-label-footer-copyright-only:photo2.credit_line':
        "Tilda: photo2's own t107 title (t-descr, 'Bērni … Fotogrāfs: Jānis Ozols') not taken; the footer's text that follows ('© 2026 Liepājas Vēstis. Visas tiesības aizsargātas.') attached as caption and credit; not the label: with photo1's exact caption text, and with the footer's t-descr class removed, it still misses (tested) - reader miss (rule)",
    'blind19/19-tilda-latvian-local-news-t-img-data-original-thb-resize-placeholder-t-descr-foto-leta-fotografs-label-teksts-label-footer-copyright-only:photo2.photographers':
        "Tilda: photo2's own t107 title (t-descr, 'Bērni … Fotogrāfs: Jānis Ozols') not taken; the footer's text that follows ('© 2026 Liepājas Vēstis. Visas tiesības aizsargātas.') attached as caption and credit; not the label: with photo1's exact caption text, and with the footer's t-descr class removed, it still misses (tested) - reader miss (rule)",
    'blind19/19-tilda-latvian-local-news-t-img-data-original-thb-resize-placeholder-t-descr-foto-leta-fotografs-label-teksts-label-footer-copyright-only:publication':
        "logo alt 'LV' (initials, no name) accepted over the footer copyright's 'Liepājas Vēstis' - reader miss (rule)",
    'blind19/19-tilda-latvian-local-news-t-img-data-original-thb-resize-placeholder-t-descr-foto-leta-fotografs-label-teksts-label-footer-copyright-only:publication_source':
        "logo alt 'LV' (initials, no name) accepted over the footer copyright's 'Liepājas Vēstis' - reader miss (rule)",
    'blind19/20-wp-kadence-portuguese-regional-jetpack-tiled-gallery-data-orig-file-data-image-caption-photon-foto-lusa-name-camara-municipal-por-label-og-site-name:photo1.agency':
        "'Lusa' (Portugal's news agency) not in the agency tables, read as a person - reader miss (knowledge)",
    'blind19/20-wp-kadence-portuguese-regional-jetpack-tiled-gallery-data-orig-file-data-image-caption-photon-foto-lusa-name-camara-municipal-por-label-og-site-name:photo1.photographers':
        "'Lusa' (Portugal's news agency) not in the agency tables, read as a person - reader miss (knowledge)",
    'blind19/s01-slack-export-channel-day-json-azerbaijani-unfurl-attachment-service-name-title-link-image-url-author-name-escaped-slashes-no-caption:byline':
        'Slack export channel-day JSON not recognised as a format: read as text, the link unfurl (title, image_url, service_name, author_name) ignored - reader miss (rule)',
    'blind19/s01-slack-export-channel-day-json-azerbaijani-unfurl-attachment-service-name-title-link-image-url-author-name-escaped-slashes-no-caption:bylines':
        'Slack export channel-day JSON not recognised as a format: read as text, the link unfurl (title, image_url, service_name, author_name) ignored - reader miss (rule)',
    'blind19/s01-slack-export-channel-day-json-azerbaijani-unfurl-attachment-service-name-title-link-image-url-author-name-escaped-slashes-no-caption:photo1.url':
        'Slack export channel-day JSON not recognised as a format: read as text, the link unfurl (title, image_url, service_name, author_name) ignored - reader miss (rule)',
    'blind19/s01-slack-export-channel-day-json-azerbaijani-unfurl-attachment-service-name-title-link-image-url-author-name-escaped-slashes-no-caption:publication':
        'Slack export channel-day JSON not recognised as a format: read as text, the link unfurl (title, image_url, service_name, author_name) ignored - reader miss (rule)',
    'blind19/s01-slack-export-channel-day-json-azerbaijani-unfurl-attachment-service-name-title-link-image-url-author-name-escaped-slashes-no-caption:publication_source':
        'Slack export channel-day JSON not recognised as a format: read as text, the link unfurl (title, image_url, service_name, author_name) ignored - reader miss (rule)',
    'blind19/s01-slack-export-channel-day-json-azerbaijani-unfurl-attachment-service-name-title-link-image-url-author-name-escaped-slashes-no-caption:title':
        'Slack export channel-day JSON not recognised as a format: read as text, the link unfurl (title, image_url, service_name, author_name) ignored - reader miss (rule)',
    'blind19/s02-jina-reader-r-jina-ai-text-amharic-regional-title-suffix-url-source-published-time-markdown-content-nav-links-logo-image-n-alt-foto-ethiopic-colon-ena-amharic-reporter-label:byline':
        "byline 'ዘጋቢ፦ ሰላማዊት ተስፋዬ' not read: Amharic label 'ዘጋቢ፦' (Ethiopic colon) not known, name in caseless Ge'ez script - reader miss (rule)",
    'blind19/s02-jina-reader-r-jina-ai-text-amharic-regional-title-suffix-url-source-published-time-markdown-content-nav-links-logo-image-n-alt-foto-ethiopic-colon-ena-amharic-reporter-label:bylines':
        "byline 'ዘጋቢ፦ ሰላማዊት ተስፋዬ' not read: Amharic label 'ዘጋቢ፦' (Ethiopic colon) not known, name in caseless Ge'ez script - reader miss (rule)",
    'blind19/s02-jina-reader-r-jina-ai-text-amharic-regional-title-suffix-url-source-published-time-markdown-content-nav-links-logo-image-n-alt-foto-ethiopic-colon-ena-amharic-reporter-label:photo1.agency':
        "ENA's Amharic abbreviation 'ኢዜአ' not in the ENA family (listed only in Latin); the caption line is not read either (Ethiopic label 'ፎቶ፦') - reader miss (knowledge)",
    'blind19/s02-jina-reader-r-jina-ai-text-amharic-regional-title-suffix-url-source-published-time-markdown-content-nav-links-logo-image-n-alt-foto-ethiopic-colon-ena-amharic-reporter-label:photo1.caption':
        "caption line '… ፎቶ፦ ኢዜአ' after the image not read (Ethiopic label 'ፎቶ፦' not known; ENA's Amharic 'ኢዜአ' not in the family): alt text used as caption - reader miss (rule)",
    'blind19/s02-jina-reader-r-jina-ai-text-amharic-regional-title-suffix-url-source-published-time-markdown-content-nav-links-logo-image-n-alt-foto-ethiopic-colon-ena-amharic-reporter-label:photo1.credit_line':
        "caption line '… ፎቶ፦ ኢዜአ' after the image not read (Ethiopic label 'ፎቶ፦' not known; ENA's Amharic 'ኢዜአ' not in the family): alt text used as caption - reader miss (rule)",
    'blind19/s02-jina-reader-r-jina-ai-text-amharic-regional-title-suffix-url-source-published-time-markdown-content-nav-links-logo-image-n-alt-foto-ethiopic-colon-ena-amharic-reporter-label:photo2.caption':
        "caption line '… ፎቶ፦ ታምራት ደስታ' not read: Ethiopic label 'ፎቶ፦' not known and a caseless Ge'ez name not name-like ('Foto: Tamrat Desta' gives caption and credit, tested) - reader miss (rule)",
    'blind19/s02-jina-reader-r-jina-ai-text-amharic-regional-title-suffix-url-source-published-time-markdown-content-nav-links-logo-image-n-alt-foto-ethiopic-colon-ena-amharic-reporter-label:photo2.credit_line':
        "caption line '… ፎቶ፦ ታምራት ደስታ' not read: Ethiopic label 'ፎቶ፦' not known and a caseless Ge'ez name not name-like ('Foto: Tamrat Desta' gives caption and credit, tested) - reader miss (rule)",
    'blind19/s02-jina-reader-r-jina-ai-text-amharic-regional-title-suffix-url-source-published-time-markdown-content-nav-links-logo-image-n-alt-foto-ethiopic-colon-ena-amharic-reporter-label:photo2.photographers':
        "caption line '… ፎቶ፦ ታምራት ደስታ' not read: Ethiopic label 'ፎቶ፦' not known and a caseless Ge'ez name not name-like ('Foto: Tamrat Desta' gives caption and credit, tested) - reader miss (rule)",
    'blind19/s02-jina-reader-r-jina-ai-text-amharic-regional-title-suffix-url-source-published-time-markdown-content-nav-links-logo-image-n-alt-foto-ethiopic-colon-ena-amharic-reporter-label:photo3':
        "Jina 'Image 4' ad (300x250 gif linked to ads.example) taken as a photo - reader miss (rule)",
    'blind19/s02-jina-reader-r-jina-ai-text-amharic-regional-title-suffix-url-source-published-time-markdown-content-nav-links-logo-image-n-alt-foto-ethiopic-colon-ena-amharic-reporter-label:publication':
        "Jina Reader text: 'Title:' suffix ' - ሲዳማ ዛሬ' not split off, and the logo's 'Image 1: ' alt prefix kept as the publication - reader miss (rule)",
    'blind19/s02-jina-reader-r-jina-ai-text-amharic-regional-title-suffix-url-source-published-time-markdown-content-nav-links-logo-image-n-alt-foto-ethiopic-colon-ena-amharic-reporter-label:publication_source':
        "Jina Reader text: 'Title:' suffix ' - ሲዳማ ዛሬ' not split off, and the logo's 'Image 1: ' alt prefix kept as the publication - reader miss (rule)",
    'blind19/s02-jina-reader-r-jina-ai-text-amharic-regional-title-suffix-url-source-published-time-markdown-content-nav-links-logo-image-n-alt-foto-ethiopic-colon-ena-amharic-reporter-label:title':
        "Jina Reader text: 'Title:' suffix ' - ሲዳማ ዛሬ' not split off, and the logo's 'Image 1: ' alt prefix kept as the publication - reader miss (rule)",
    'blind19/s05-trafilatura-json-output-with-images-dutch-regional-source-hostname-sitename-author-field-text-markdown-images-foto-anp-slash-name-beeld-gemeente:photo1.also_seen_as':
        "trafilatura JSON 'image' field (the 1200x675 og copy) not listed among the photo's renditions - reader miss (rule)",
    'blind19/s06-notion-markdown-export-bom-crlf-slovenian-regional-web-clip-properties-url-created-images-caption-lines-avtor-label-foto-bobo-name-slash-sta-footer-copyright:publication':
        "Slovenian 'Vse pravice pridržane' (all rights reserved) not cut from the footer; (the set also drops 'd.o.o.', which the footer convention keeps whole) - reader miss (rule)",
}
MEASURED_RATE19 = 0.793  # 389/490; written blind (regional and world shapes, 26 countries, 26 languages) and kept apart: 389/490 at the session's start (1f108ae) and at its end, every miss classified in data/blind19/MISSES.md
# MISSES19-END

# folder -> (its misses, its measured rate, its number of files, its bar)
BLIND_SETS = {BLIND: (MISSES, MEASURED_RATE, 32, BAR), BLIND2: (MISSES2, MEASURED_RATE2, 32, BAR),
              BLIND3: (MISSES3, MEASURED_RATE3, 32, BAR), BLIND4: (MISSES4, MEASURED_RATE4, 31, BAR),
              BLIND5: (MISSES5, MEASURED_RATE5, 30, BAR), BLIND6: (MISSES6, MEASURED_RATE6, 40, BAR),
              BLIND8: (MISSES8, MEASURED_RATE8, 32, BAR), BLIND9: (MISSES9, MEASURED_RATE9, 26, BAR),
              BLIND10: (MISSES10, MEASURED_RATE10, 28, BAR),
              BLIND11: (MISSES11, MEASURED_RATE11, 28, MEASURED_RATE11),
              BLIND12: (MISSES12, MEASURED_RATE12, 28, BAR),
              BLIND13: (MISSES13, MEASURED_RATE13, 28, MEASURED_RATE13),
              BLIND14: (MISSES14, MEASURED_RATE14, 26, MEASURED_RATE14),
              BLIND15: (MISSES15, MEASURED_RATE15, 28, MEASURED_RATE15),
              BLIND16: (MISSES16, MEASURED_RATE16, 26, MEASURED_RATE16),
              BLIND17: (MISSES17, MEASURED_RATE17, 26, MEASURED_RATE17),
              BLIND18: (MISSES18, MEASURED_RATE18, 26, MEASURED_RATE18),
              BLIND19: (MISSES19, MEASURED_RATE19, 26, MEASURED_RATE19),
              BLIND7: (MISSES7, MEASURED_RATE7, 31, BAR)}


@pytest.mark.parametrize("folder", BLIND_SETS, ids=lambda folder: folder.name)
def test_the_blind_set_is_read_right_field_by_field(folder: Path) -> None:
    misses, measured_rate, _, bar = BLIND_SETS[folder]
    check_fields(results(library(folder)), misses, measured_rate, bar=bar)


@pytest.mark.parametrize("folder", BLIND_SETS, ids=lambda folder: folder.name)
def test_the_blind_set_is_all_there(folder: Path) -> None:
    assert len(library(folder)) == BLIND_SETS[folder][2]
    assert all(path.with_suffix(".json").exists() for path in library(folder))


if __name__ == "__main__":  # print the misses, to refresh MISSES, MISSES2 … MISSES12 and their rates
    for blind_set in BLIND_SETS:
        print_misses(results(library(blind_set)))
