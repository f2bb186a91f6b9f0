"""Writes the generated part of the shape library: pages and scrapes with their expected JSON.

Each page is one publisher or CMS shape (``SHAPES``: the markup as the cited source shows it)
filled with one invented story (``STORIES``), with the publication shown one way
(``og:site_name``, JSON-LD publisher, title suffix, logo alt, application-name, footer
copyright, or a syndicated byline) and the decoys real pages carry (logo, avatar, icons,
ads, a tracking pixel, related-story teasers, an author box). The expected JSON is written
from the story: what a photo editor reads from the page, never what the reader gives.
Hand-written pages (``0N-*.html``) sit beside the generated ones (``gNN-*.html``).

Run from the repository root: ``python tests/catalog/articles/data/shapes/build_library.py``.
"""

from __future__ import annotations

import html
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Credit:
    printed: str  # as the page prints it
    line: str  # the credit line an editor copies
    agency: str | None
    photographers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Photo:
    stem: str  # the uploaded file's name without extension
    caption: str
    credit: Credit
    alt: str = ""


@dataclass(frozen=True)
class Story:
    slug: str
    lang: str
    host: str
    title: str
    label: str  # byline label as printed ("By", "Von", "Texto:")
    byline: str  # the names as printed, label removed
    bylines: tuple[str, ...]
    publication: str
    section: str
    slogan: str
    paragraphs: tuple[str, ...]
    photos: tuple[Photo, ...]
    syndicated_from: str | None = None  # a wire or paper the story came from


AP = Credit("(AP Photo/Lena Ruiz)", "AP Photo/Lena Ruiz", "AP", ("Lena Ruiz",))
AP2 = Credit("(AP Photo/Martin Osei)", "AP Photo/Martin Osei", "AP", ("Martin Osei",))
REUTERS = Credit("Photograph: Tom Wrenn/Reuters", "Tom Wrenn/Reuters", "Reuters", ("Tom Wrenn",))
REUTERS_CAPS = Credit("REUTERS/Omar Haddad", "REUTERS/Omar Haddad", "Reuters", ("Omar Haddad",))
DPA = Credit("Foto: Karl Berger/dpa", "Karl Berger/dpa", "dpa", ("Karl Berger",))
AFP_GETTY = Credit("Photo: Jan Holt/AFP via Getty Images", "Jan Holt/AFP via Getty Images", "AFP", ("Jan Holt",))
GETTY = Credit("Getty Images", "Getty Images", "Getty Images", ())
AFP_CAPS = Credit("PIERRE LENOIR / AFP", "PIERRE LENOIR / AFP", "AFP", ("PIERRE LENOIR",))
EFE = Credit("Carmen Vidal (EFE)", "Carmen Vidal (EFE)", "EFE", ("Carmen Vidal",))
ANSA = Credit("Foto: Lucia Neri/ANSA", "Lucia Neri/ANSA", "ANSA", ("Lucia Neri",))
ANP = Credit("ANP / Koen de Wit", "ANP / Koen de Wit", "ANP", ("Koen de Wit",))
TT = Credit("Foto: Erik Lund / TT", "Erik Lund / TT", "TT News Agency", ("Erik Lund",))
LUSA = Credit("Foto: Rui Costa/Lusa", "Rui Costa/Lusa", "Lusa", ("Rui Costa",))
IMAGO = Credit("Foto: Sven Brandt / IMAGO", "Sven Brandt / IMAGO", "IMAGO", ("Sven Brandt",))
BLOOMBERG = Credit("Dennis Park/Bloomberg", "Dennis Park/Bloomberg", "Bloomberg", ("Dennis Park",))
UNSPLASH = Credit("Photo by Ana Reyes on Unsplash", "Ana Reyes on Unsplash", "Unsplash", ("Ana Reyes",))
EUROPA = Credit("Alberto Gil/Europa Press", "Alberto Gil/Europa Press", "Europa Press", ("Alberto Gil",))


def unbracketed(printed: str) -> str:
    """A credit printed in its own element loses the brackets it has at a caption's end."""
    return printed[1:-1] if printed.startswith("(") and printed.endswith(")") else printed


def staff(name: str, paper: str) -> Credit:
    return Credit(f"{name}/{paper}", f"{name}/{paper}", paper, (name,))


STORIES: tuple[Story, ...] = (
    Story("bridge-repairs", "en", "valleyledger.com", "Bridge repairs will close Main Street lanes until fall",
          "By", "Ann Lee & Bo Park", ("Ann Lee", "Bo Park"), "The Valley Ledger", "Local News", "Your hometown paper since 1889",
          ("Two lanes of Main Street will close on Monday as crews begin work on the Cedar Creek bridge.",
           "City officials said the project should be finished by October."),
          (Photo("cedar-creek-bridge-work", "A worker inspects the underside of the Cedar Creek bridge on Friday.", AP),)),
    Story("harbour-strike", "en", "coastalherald.co.uk", "Dock workers walk out over night-shift pay",
          "By", "Sian Morgan", ("Sian Morgan",), "Coastal Herald", "Business", "The voice of the coast",
          ("Hundreds of dock workers stopped work at midnight in a dispute over night-shift pay.",
           "The port authority said ships would be diverted to other terminals."),
          (Photo("dock-workers-picket", "Dock workers hold a picket line outside the east gate on Tuesday.", REUTERS),
           Photo("container-ship-idle", "A container ship waits offshore during the strike.", GETTY))),
    Story("wildfire-evacuations", "en", "sierrasentinel.com", "Wildfire forces evacuations in two foothill towns",
          "Compiled by", "Rosa Diaz", ("Rosa Diaz",), "Sierra Sentinel", "California", "Covering the foothills",
          ("Residents of Pine Hollow and Cold Spring were ordered to leave on Wednesday.",
           "Firefighters said the blaze had burned 4,000 acres by evening."),
          (Photo("pine-hollow-fire-ridge", "Flames crest a ridge above Pine Hollow on Wednesday.", AFP_GETTY),
           Photo("evacuees-shelter-gym", "Evacuees rest on cots in the high school gym.", AP2))),
    Story("stadium-vote", "en", "metrodispatch.com", "Council approves stadium deal after nine-hour meeting",
          "By", "Luis Ortega and Grace Kim", ("Luis Ortega", "Grace Kim"), "Metro Dispatch", "Politics", "Independent. Local. Yours.",
          ("The city council voted 7-4 early Thursday to approve public financing for a new stadium.",
           "Opponents said they would seek a referendum."),
          (Photo("council-stadium-vote", "Council member Rita Hays (center) speaks before the vote on Wednesday night.", staff("Kevin Marsh", "Metro Dispatch")),)),
    Story("hochwasser-elbe", "de", "nordkurier-online.de", "Hochwasser an der Elbe: Pegel steigt weiter",
          "Von", "Anna Schmidt und Lukas Brenner", ("Anna Schmidt", "Lukas Brenner"), "Elbtal-Kurier", "Panorama", "Nachrichten aus der Region",
          ("Der Pegel der Elbe ist in der Nacht auf über sechs Meter gestiegen.",
           "Die Feuerwehr hat in mehreren Orten Sandsäcke verteilt."),
          (Photo("elbe-hochwasser-altstadt", "Helfer füllen am Montag Sandsäcke in der Altstadt.", DPA),
           Photo("elbe-pegel-bruecke", "Das Wasser steht kurz unter der Brücke.", IMAGO))),
    Story("greve-transports", "fr", "lequotidiendusud.fr", "Grève des transports : le trafic très perturbé jeudi",
          "Par", "Claire Martin et Julien Roux", ("Claire Martin", "Julien Roux"), "Le Quotidien du Sud", "Société", "L'info de chez vous",
          ("La grève devrait fortement perturber le trafic des trains régionaux jeudi.",
           "Les syndicats réclament une hausse des salaires."),
          (Photo("greve-gare-saint-charles", "Des voyageurs attendent sur un quai de la gare, mercredi.", AFP_CAPS),)),
    Story("sequia-embalses", "es", "diariodelvalle.es", "La sequía deja los embalses al 22 % de su capacidad",
          "Por", "María López y Jorge Ruiz", ("María López", "Jorge Ruiz"), "Diario del Valle", "Sociedad", "El periódico de la comarca",
          ("Los embalses de la cuenca se encuentran al 22 % de su capacidad, según los datos del lunes.",
           "Los agricultores piden ayudas urgentes."),
          (Photo("embalse-seco-barca", "Una barca varada en el fondo del embalse, este lunes.", EFE),
           Photo("agricultores-protesta", "Agricultores protestan frente a la delegación del Gobierno.", EUROPA))),
    Story("neve-appennino", "it", "gazzettadelcolle.it", "Neve sull'Appennino, strade chiuse e scuole ferme",
          "Di", "Marco Rossi e Giulia Bianchi", ("Marco Rossi", "Giulia Bianchi"), "La Gazzetta del Colle", "Cronaca", "Il quotidiano della tua città",
          ("Una forte nevicata ha bloccato le strade di montagna nella notte.",
           "Le scuole resteranno chiuse anche domani."),
          (Photo("neve-passo-strada", "Uno spazzaneve al lavoro sul passo, martedì mattina.", ANSA),)),
    Story("dijk-versterking", "nl", "dagbladhetnoorden.nl", "Dijkversterking langs de Waal start in september",
          "Door", "Sanne de Vries en Pieter Bakker", ("Sanne de Vries", "Pieter Bakker"), "Dagblad Het Noorden", "Binnenland", "Nieuws uit je eigen regio",
          ("Het waterschap begint in september met het versterken van de dijk.",
           "Omwonenden worden uitgenodigd voor een informatieavond."),
          (Photo("waaldijk-schapen", "Schapen grazen op de dijk bij het dorp.", ANP),)),
    Story("isbrytare-hamn", "sv", "norrlandsposten.se", "Isbrytare hjälper fast fartyg i hamnen",
          "Av", "Erik Lindqvist och Maja Berg", ("Erik Lindqvist", "Maja Berg"), "Norrlandsposten", "Nyheter", "Hela norra Sveriges tidning",
          ("Ett lastfartyg satt fast i isen utanför hamnen i två dygn.",
           "Isbrytaren anlände på tisdagsmorgonen."),
          (Photo("isbrytare-fartyg-hamn", "Isbrytaren banar väg för lastfartyget på tisdagen.", TT),)),
    Story("incendio-serra", "pt", "jornaldaserra.pt", "Incêndio na serra obriga a evacuar três aldeias",
          "Texto:", "Ana Sousa", ("Ana Sousa",), "Jornal da Serra", "País", "O seu jornal, todos os dias",
          ("O incêndio começou na madrugada de domingo e obrigou a evacuar três aldeias.",
           "Mais de duzentos bombeiros combatem as chamas."),
          (Photo("incendio-serra-bombeiros", "Bombeiros combatem as chamas perto da aldeia, no domingo.", LUSA),)),
    Story("coffee-prices", "en", "marketwire-daily.com", "Coffee prices hit a 13-year high as harvests shrink",
          "Words by", "Tess Oduya", ("Tess Oduya",), "Market Daily", "Markets", "Money, explained",
          ("Arabica futures rose 4 percent on Monday to their highest level since 2011.",
           "Traders blamed drought in growing regions."),
          (Photo("coffee-beans-sorting", "Workers sort coffee beans at a cooperative on Monday.", BLOOMBERG),)),
)

WIRE_STORY = Story("transit-funding", "en", "timesleader-news.com", "Senate passes transit funding bill",
                   "By", "Missy Carver", ("Missy Carver",), "Times Leader Online", "Nation", "Local news that matters",
                   ("The Senate approved a $12 billion transit funding bill on Thursday.",
                    "The measure now goes to the House."),
                   (Photo("transit-bill-capitol", "Commuters wait for a train at Union Station on Thursday.", AP2),),
                   syndicated_from="The Capital Post")


# -- how the publication shows ------------------------------------------------------------

PUBLICATION_MODES = ("og:site_name", "json-ld publisher", "title suffix", "logo alt", "application-name",
                     "footer copyright")
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " · ")


@dataclass
class Page:
    """One page as it is built: its head, header, body parts and the expected photos."""

    story: Story
    mode: str
    number: int
    head: list[str] = field(default_factory=list)
    photos: list[dict] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"https://www.{self.story.host}/{self.story.section.lower().replace(' ', '-')}/2024/{self.story.slug}"


def head_for(page: Page) -> str:
    story, mode = page.story, page.mode
    separator = TITLE_SEPARATORS[page.number % len(TITLE_SEPARATORS)]
    if mode == "title suffix":
        # A section between headline and site name on every other page: never the publication.
        middle = f"{separator}{story.section}" if page.number % 2 else ""
        title = f"{story.title}{middle}{separator}{story.publication}"
    else:
        title = f"{story.title}{separator}{story.section}" if page.number % 3 == 0 else story.title
    parts = ['<meta charset="utf-8">', f"<title>{html.escape(title)}</title>",
             f'<meta property="og:title" content="{html.escape(story.title)}">',
             f'<meta name="description" content="{html.escape(story.slogan)}">']
    if mode == "og:site_name":
        parts.append(f'<meta property="og:site_name" content="{html.escape(story.publication)}">')
    if mode == "application-name":
        parts.append(f'<meta name="application-name" content="{html.escape(story.publication)}">')
    if mode == "json-ld publisher":
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": story.title,
                "publisher": {"@type": "NewsMediaOrganization", "name": story.publication,
                              "logo": {"@type": "ImageObject", "url": f"https://www.{story.host}/static/logo.png"}}}
        parts.append(f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')
    return "\n".join(parts + page.head)


def masthead(page: Page) -> str:
    story = page.story
    alt = story.publication if page.mode == "logo alt" else "Home"
    return (f'<header class="site-header"><a class="site-logo" href="/"><img src="https://www.{story.host}/static/masthead.png" '
            f'alt="{html.escape(alt)}" width="300" height="48"></a>'
            f'<p class="site-tagline">{html.escape(story.slogan)}</p>'
            f'<nav class="main-nav"><a href="/{story.section.lower()}">{html.escape(story.section)}</a> <a href="/sport">Sport</a></nav></header>')


def footer(page: Page) -> str:
    story = page.story
    if page.mode == "footer copyright":
        return f'<footer class="site-footer"><p>&copy; 2024 {html.escape(story.publication)}. All rights reserved.</p><p><a href="/privacy">Privacy</a></p></footer>'
    return '<footer class="site-footer"><p><a href="/privacy">Privacy</a> · <a href="/contact">Contact us</a></p></footer>'


def byline_html(page: Page, css: str = "byline") -> str:
    story = page.story
    text = f"{story.label} {story.byline}"
    if story.syndicated_from:
        text += f", {story.syndicated_from}"
    return f'<div class="{css}">{html.escape(text)}</div>'


def decoys(page: Page) -> str:
    """What real pages carry beside the story: an avatar, share icons, an ad, a pixel, teasers, an author box."""
    host = page.story.host
    author = page.story.bylines[0]
    return f"""<aside class="related-stories"><h3>Read next</h3><a href="/news/other-story"><img src="https://www.{host}/uploads/2024/01/other-story-teaser-400x225.jpg" alt=""></a><h4><a href="/news/other-story">Another story people read</a></h4></aside>
<div class="ad-slot ad-leaderboard"><img src="https://ads.adserver-example.net/banner/728x90/creative-551.jpg" alt="Advertisement"></div>
<img src="https://pixel.tracker-example.com/p.gif?id=88" width="1" height="1" alt="">
<div class="share-tools"><a href="#"><img src="https://www.{host}/static/icons/facebook.png" alt="Share on Facebook" width="24" height="24"></a></div>
<section class="author-box"><img class="author-avatar" src="https://www.{host}/uploads/staff/{author.split()[0].lower()}-headshot.jpg" alt="{html.escape(author)}"><p class="author-bio">About the author: writes about the region.</p><h4>More by {html.escape(author)}</h4><ul><li><a href="/news/a">Earlier story one</a></li></ul></section>"""


def photo_expectation(page: Page, photo: Photo, url: str, others: list[str]) -> None:
    page.photos.append({"url": url, "caption": photo.caption, "credit_line": photo.credit.line,
                        "agency": photo.credit.agency, "photographers": list(photo.credit.photographers),
                        "also_seen_as": sorted(set(others) - {url})})


# -- the shapes ----------------------------------------------------------------------------


def shape_wordpress_block(page: Page) -> str:
    """WordPress core/image block: srcset with -WxH renditions, caption with the credit at its end."""
    host, out = page.story.host, []
    for photo in page.story.photos:
        base = f"https://www.{host}/wp-content/uploads/2024/03/{photo.stem}"
        urls = [f"{base}-1024x683.jpg", f"{base}-300x200.jpg", f"{base}-768x512.jpg", f"{base}-1536x1024.jpg"]
        srcset = ", ".join(f"{u} {w}w" for u, w in zip(urls, (1024, 300, 768, 1536)))
        out.append(f'<figure class="wp-block-image size-large"><img loading="lazy" width="1024" height="683" src="{urls[0]}" '
                   f'alt="{html.escape(photo.alt)}" class="wp-image-5{len(out)}" srcset="{srcset}" sizes="(max-width: 1024px) 100vw, 1024px" />'
                   f'<figcaption class="wp-element-caption">{html.escape(photo.caption)} {html.escape(photo.credit.printed)}</figcaption></figure>')
        photo_expectation(page, photo, urls[3], urls)
    return "\n".join(out)


def shape_wordpress_classic(page: Page) -> str:
    """WordPress classic editor caption: div.wp-caption > a > img + p.wp-caption-text."""
    host, out = page.story.host, []
    for index, photo in enumerate(page.story.photos):
        full = f"https://www.{host}/wp-content/uploads/2024/02/{photo.stem}.jpg"
        shown = f"https://www.{host}/wp-content/uploads/2024/02/{photo.stem}-1024x576.jpg"
        out.append(f'<div id="attachment_7{index}" style="width: 1034px" class="wp-caption alignnone"><a href="{full}">'
                   f'<img aria-describedby="caption-attachment-7{index}" class="size-large wp-image-7{index}" src="{shown}" alt="" width="1024" height="576"></a>'
                   f'<p id="caption-attachment-7{index}" class="wp-caption-text">{html.escape(photo.caption)} {html.escape(photo.credit.printed)}</p></div>')
        photo_expectation(page, photo, full, [shown, full])
    return "\n".join(out)


def shape_arc(page: Page) -> str:
    """Arc XP: resizer URLs wrapping the cloudfront original, credit in its own span after the caption."""
    host, out = page.story.host, []
    for index, photo in enumerate(page.story.photos):
        key = f"{photo.stem.upper().replace('-', '')[:10]}Q7X{index}WZ"
        inner = f"cloudfront-us-east-1.images.arcpublishing.com/{host.split('.')[0]}/{key}.jpg"
        urls = [f"https://www.{host}/resizer/a{w}Zk=/{w}x0/filters:format(jpg):quality(70)/{inner}" for w in (420, 800, 1440)]
        srcset = ", ".join(f"{u} {w}w" for u, w in zip(urls, (420, 800, 1440)))
        out.append(f'<figure class="c-media-item"><img class="c-image" src="{urls[1]}" srcset="{srcset}" alt="{html.escape(photo.alt)}">'
                   f'<figcaption class="c-media-item__caption"><span class="c-media-item__caption-text">{html.escape(photo.caption)}</span> '
                   f'<span class="c-media-item__credit">{html.escape(photo.credit.printed)}</span></figcaption></figure>')
        photo_expectation(page, photo, urls[2], urls)
    return "\n".join(out)


def shape_brightspot(page: Page) -> str:
    """Brightspot: the credit element printed before the caption (Figure-credit, then Figure-caption)."""
    host, out = page.story.host, []
    for index, photo in enumerate(page.story.photos):
        url = f"https://{host.split('.')[0]}-brightspot.s3.amazonaws.com/dims4/default/1a2b3c{index}/2147483647/strip/true/crop/4000x2667+0+0/resize/1200x800!/quality/90/?url=https%3A%2F%2F{host.split('.')[0]}-brightspot.s3.amazonaws.com%2F9f%2F2e%2F{photo.stem}.jpg"
        credit = unbracketed(photo.credit.printed)
        out.append(f'<figure class="Figure"><div class="Figure-media"><img class="Image" alt="" src="{url}" width="1200" height="800"></div>'
                   f'<figcaption class="Figure-content"><div class="Figure-credit">{html.escape(credit)}</div>'
                   f'<div class="Figure-caption"><p>{html.escape(photo.caption)}</p></div></figcaption></figure>')
        photo_expectation(page, photo, url, [url])
    return "\n".join(out)


def shape_bbc(page: Page) -> str:
    """BBC: "Image source, " and "Image caption, " in visually hidden spans; the source printed over the image."""
    host, out = page.story.host, []
    for index, photo in enumerate(page.story.photos):
        base = f"https://ichef.{host}/news/{{w}}/cpsprodpb/5b1e/live/0a1b2c3{index}-aaaa-11ee-9b0c-{photo.stem.replace('-', '')[:12]}.jpg.webp"
        urls = [base.format(w=w) for w in (240, 480, 976)]
        srcset = ", ".join(f"{u} {w}w" for u, w in zip(urls, (240, 480, 976)))
        credit = unbracketed(photo.credit.printed)
        out.append(f'<figure class="ssrcss-1nj1hp-StyledFigure"><div class="ssrcss-ab5fd8-StyledFigureContainer">'
                   f'<span class="ssrcss-1p14tic-Placeholder"><img alt="" src="{urls[2]}" srcset="{srcset}" width="976" height="549"></span>'
                   f'<span role="text" class="ssrcss-16mvdbp-Copyright"><span class="visually-hidden">Image source, </span>{html.escape(credit)}</span></div>'
                   f'<figcaption class="ssrcss-1d4dtnv-Caption"><span class="visually-hidden">Image caption, </span>{html.escape(photo.caption)}</figcaption></figure>')
        photo_expectation(page, photo, urls[2], urls)
    return "\n".join(out)


def shape_ap(page: Page) -> str:
    """AP News: dims4 resizer with the original in ?url=, no image extension anywhere; credit at the caption's end."""
    host, out = page.story.host, []
    for index, photo in enumerate(page.story.photos):
        digest = (photo.stem.replace("-", "") + "0123456789abcdef")[:24]
        inner = f"https%3A%2F%2Fassets.{host}%2F5b%2F1c%2F{digest}{index}"
        urls = [f"https://dims.{host}/dims4/default/77a1b{index}/2147483647/strip/true/crop/5000x3333+0+0/resize/{w}x{w * 2 // 3}!/quality/90/?url={inner}" for w in (599, 1440)]
        out.append(f'<figure class="Figure"><picture><source type="image/webp" srcset="{urls[0]} 1x"><img class="Image" alt="{html.escape(photo.alt)}" '
                   f'srcset="{urls[0]} 599w, {urls[1]} 1440w" src="{urls[0]}" width="599" height="399"></picture>'
                   f'<figcaption class="Figure-caption"><div class="CarouselSlide-infoDescription"><p>{html.escape(photo.caption)} {html.escape(photo.credit.printed)}</p></div></figcaption></figure>')
        photo_expectation(page, photo, urls[1], urls)
    return "\n".join(out)


def shape_reuters(page: Page) -> str:
    """Reuters: resizer/v2 with ?width=, caption and credit in one span, then a "Purchase Licensing Rights" link."""
    host, out = page.story.host, []
    for index, photo in enumerate(page.story.photos):
        key = (photo.stem.upper().replace("-", "") + "ABCDEFGHIJKLMNOP")[:26]
        urls = [f"https://www.{host}/resizer/v2/{key}.jpg?auth=9f8e7d6c5b4a{index}&width={w}&quality=80" for w in (640, 1080, 1920)]
        srcset = ", ".join(f"{u} {w}w" for u, w in zip(urls, (640, 1080, 1920)))
        out.append(f'<div data-testid="primary-image"><figure><div data-testid="Image"><img src="{urls[0]}" srcset="{srcset}" alt="{html.escape(photo.alt)}" width="1920" height="1280"></div>'
                   f'<figcaption><span data-testid="Body">{html.escape(photo.caption)} {html.escape(photo.credit.printed)} '
                   f'<a href="https://www.reutersagency.com/en/licensereuterscontent/" target="_blank">Purchase Licensing Rights<span class="sr-only">, opens new tab</span></a></span></figcaption></figure></div>')
        photo_expectation(page, photo, urls[2], urls)
    return "\n".join(out)


def shape_spiegel(page: Page) -> str:
    """Spiegel-style picture: the rendition's width in the file name (_w948_r1.77_), caption p then a credit span."""
    host, out = page.story.host, []
    for index, photo in enumerate(page.story.photos):
        uuid = f"a1b2c3d{index}-{photo.stem[:4]}-4e5f-8a9b-{zlib.crc32(photo.stem.encode()):012d}"
        urls = [f"https://cdn.{host}/images/{uuid}_w{w}_r1.77_fpx44_fpy51.jpg" for w in (488, 718, 948)]
        out.append(f'<figure><div><picture><source srcset="{urls[2]} 948w" media="(min-width: 1024px)">'
                   f'<img data-image-el="img" src="{urls[1]}" srcset="{urls[0]} 488w, {urls[1]} 718w" alt="{html.escape(photo.alt)}" width="718" height="404"></picture></div>'
                   f'<figcaption class="text-shade-darker"><p>{html.escape(photo.caption)}</p><span class="text-shade-dark">{html.escape(photo.credit.printed)}</span></figcaption></figure>')
        photo_expectation(page, photo, urls[2], urls)
    return "\n".join(out)


def shape_lemonde(page: Page) -> str:
    """Le Monde-style: crop and width as path segments, figcaption.article__legend with span.article__credit."""
    host, out = page.story.host, []
    for index, photo in enumerate(page.story.photos):
        stem = f"{photo.stem[:6]}{index}_5a7b9c1d-0"
        urls = [f"https://img.{host}/2024/03/12/0/0/5000/3333/{w}/0/75/0/{stem}.jpg" for w in (664, 1328)]
        out.append(f'<figure class="article__media"><picture class="article__media"><source srcset="{urls[0]} 664w, {urls[1]} 1328w">'
                   f'<img src="{urls[0]}" alt="{html.escape(photo.alt)}"></picture>'
                   f'<figcaption class="article__legend">{html.escape(photo.caption)} <span class="article__credit">{html.escape(photo.credit.printed)}</span></figcaption></figure>')
        photo_expectation(page, photo, urls[1], urls)
    return "\n".join(out)


def shape_drupal(page: Page) -> str:
    """Drupal: image field with image-style renditions, caption and credit as sibling fields."""
    host, out = page.story.host, []
    for photo in page.story.photos:
        large = f"https://www.{host}/sites/default/files/styles/large/public/2024-03/{photo.stem}.jpg?itok=Ab3dE9xZ"
        wide = f"https://www.{host}/sites/default/files/styles/wide_1600/public/2024-03/{photo.stem}.jpg?itok=Qr7tY2uW"
        credit = unbracketed(photo.credit.printed)
        out.append(f'<div class="paragraph paragraph--type--image"><div class="field field--name-field-image field--type-image field--label-hidden field__item">'
                   f'<picture><source srcset="{wide} 1x" media="all and (min-width: 1200px)"><img loading="lazy" src="{large}" width="900" height="600" alt="{html.escape(photo.alt)}"></picture></div>'
                   f'<div class="field field--name-field-caption field--type-string-long field__item">{html.escape(photo.caption)}</div>'
                   f'<div class="field field--name-field-photo-credit field--type-string field__item">{html.escape(credit)}</div></div>')
        photo_expectation(page, photo, wide, [large, wide])
    return "\n".join(out)


def shape_ghost(page: Page) -> str:
    """Ghost: kg-image-card with /size/wN/ renditions in srcset."""
    host, out = page.story.host, []
    for photo in page.story.photos:
        urls = [f"https://{host}/content/images/size/w{w}/2024/03/{photo.stem}.jpg" for w in (600, 1000, 1600)] + [
            f"https://{host}/content/images/2024/03/{photo.stem}.jpg"]
        srcset = ", ".join(f"{u} {w}w" for u, w in zip(urls, (600, 1000, 1600, 2400)))
        out.append(f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{urls[3]}" class="kg-image" alt="{html.escape(photo.alt)}" loading="lazy" width="2000" height="1333" '
                   f'srcset="{srcset}" sizes="(min-width: 720px) 720px"><figcaption><span style="white-space: pre-wrap;">{html.escape(photo.caption)} {html.escape(photo.credit.printed)}</span></figcaption></figure>')
        photo_expectation(page, photo, urls[3], urls)
    return "\n".join(out)


def shape_amp(page: Page) -> str:
    """AMP: amp-img with srcset inside figure, figcaption after; a second photo in an amp-carousel slide."""
    host, out = page.story.host, []
    for photo in page.story.photos:
        urls = [f"https://www.{host}/uploads/{photo.stem}.jpg?w={w}" for w in (400, 1200)]
        out.append(f'<figure class="amp-wp-article-featured-image"><amp-img width="1200" height="800" layout="responsive" src="{urls[0]}" srcset="{urls[0]} 400w, {urls[1]} 1200w" alt="{html.escape(photo.alt)}"></amp-img>'
                   f'<figcaption class="wp-caption-text">{html.escape(photo.caption)} {html.escape(photo.credit.printed)}</figcaption></figure>')
        photo_expectation(page, photo, urls[1], urls)
    return "\n".join(out)


def shape_lazy_noscript(page: Page) -> str:
    """Lazy loading: a placeholder src, the real one in data-src/data-srcset, a noscript copy for no-JS readers."""
    host, out = page.story.host, []
    for photo in page.story.photos:
        urls = [f"https://cdn.{host}/media/{photo.stem}_{w}.jpg" for w in (640, 1280)]
        out.append(f'<figure class="article-image"><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{urls[0]}" '
                   f'data-srcset="{urls[0]} 640w, {urls[1]} 1280w" alt="{html.escape(photo.alt)}"><noscript><img src="{urls[0]}" alt=""></noscript>'
                   f'<figcaption class="caption">{html.escape(photo.caption)} <span class="credit">{html.escape(unbracketed(photo.credit.printed))}</span></figcaption></figure>')
        photo_expectation(page, photo, urls[1], urls)
    return "\n".join(out)


def shape_lazy_rocket(page: Page) -> str:
    """WP Rocket lazy load: data-lazy-src and data-lazy-srcset, an SVG placeholder in src."""
    host, out = page.story.host, []
    for photo in page.story.photos:
        base = f"https://www.{host}/wp-content/uploads/2024/05/{photo.stem}"
        urls = [f"{base}-780x470.jpg", f"{base}-1200x723.jpg"]
        out.append(f'<figure class="wp-block-image size-large"><img width="780" height="470" src="data:image/svg+xml,%3Csvg%20xmlns=\'http://www.w3.org/2000/svg\'%3E%3C/svg%3E" '
                   f'alt="" data-lazy-srcset="{urls[0]} 780w, {urls[1]} 1200w" data-lazy-src="{urls[0]}"><noscript><img width="780" height="470" src="{urls[0]}" alt=""></noscript>'
                   f'<figcaption>{html.escape(photo.caption)} {html.escape(photo.credit.printed)}</figcaption></figure>')
        photo_expectation(page, photo, urls[1], urls)
    return "\n".join(out)


def shape_jsonld_images(page: Page) -> str:
    """Body images without captions; the NewsArticle's image list of ImageObjects gives caption and credit."""
    host, out, objects = page.story.host, [], []
    for index, photo in enumerate(page.story.photos):
        url = f"https://media.{host}/photos/{photo.stem}.jpg"
        shown = f"{url}?w=900"
        item = {"@type": "ImageObject", "url": url, "caption": photo.caption, "width": 2400, "height": 1600}
        if index % 2 == 0:
            item["creditText"] = photo.credit.line
        else:
            item["creator"] = {"@type": "Person", "name": ", ".join(photo.credit.photographers) or photo.credit.line}
            item["copyrightNotice"] = photo.credit.agency
        objects.append(item)
        out.append(f'<div class="inline-image"><img src="{shown}" alt="{html.escape(photo.alt)}" width="900" height="600"></div>')
        expected = Credit(photo.credit.printed, photo.credit.line, photo.credit.agency, photo.credit.photographers)
        if index % 2:
            names = ", ".join(photo.credit.photographers)
            line = f"{names}/{photo.credit.agency}" if names else photo.credit.line
            expected = Credit(line, line, photo.credit.agency, photo.credit.photographers)
        photo_expectation(page, Photo(photo.stem, photo.caption, expected), url, [url, shown])
    page.head.append('<script type="application/ld+json">' + json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": page.story.title,
         "mainEntityOfPage": page.url, "image": objects}, ensure_ascii=False) + "</script>")
    return "\n".join(out)


def shape_cdn_picture(page: Page) -> str:
    """Resizing services in picture/source: thumbor, imgix and Cloudinary URLs without a file extension at the end."""
    host, out = page.story.host, []
    for index, photo in enumerate(page.story.photos):
        kind = (page.number + index) % 3
        if kind == 0:
            urls = [f"https://thumbor.{host}/unsafe/{w}x0/smart/filters:quality(80)/media.{host}/originals/{photo.stem}-4f3a2b.jpeg" for w in (600, 1200)]
        elif kind == 1:
            urls = [f"https://{host.split('.')[0]}.imgix.net/uploads/2024/{photo.stem}?auto=format&fit=crop&w={w}" for w in (600, 1200)]
        else:
            urls = [f"https://res.cloudinary.com/{host.split('.')[0]}/image/upload/w_{w},c_fill,q_auto/v1712345678/news/{photo.stem}" for w in (600, 1200)]
        out.append(f'<figure class="story-photo"><picture><source type="image/webp" srcset="{urls[0]} 600w, {urls[1]} 1200w">'
                   f'<img src="{urls[0]}" alt="{html.escape(photo.alt)}" width="600" height="400"></picture>'
                   f'<figcaption><span class="story-photo__caption">{html.escape(photo.caption)}</span> <span class="story-photo__credit">{html.escape(photo.credit.printed)}</span></figcaption></figure>')
        photo_expectation(page, photo, urls[1], urls)
    return "\n".join(out)


SHAPES = (
    (shape_wordpress_block, "WordPress core/image block; source: WordPress/WordPress wp-content/themes/twentytwentytwo/inc/patterns/general-image-with-caption.php (code corpus)"),
    (shape_wordpress_classic, "WordPress classic caption (img_caption_shortcode output div.wp-caption + p.wp-caption-text); source: ocwc/ocwc-mainsite includes/images.php (code corpus)"),
    (shape_arc, "Arc XP resizer URLs and story-content caption; source: arcelcomercio/arc components/features/story/content/_children/image.jsx and ArcXPResizerV1 (code corpus)"),
    (shape_brightspot, "Brightspot Figure with Figure-credit before Figure-caption and dims4 resizer; source: Figure caption/credit components (code corpus: figcaption with credit), AP/Brightspot dims4 URLs as on apnews.com"),
    (shape_bbc, "BBC News figure with visually hidden 'Image source, ' / 'Image caption, ' labels and a Copyright span; source: bbc/psammead packages/components/psammead-copyright README and FigureContainer (code corpus)"),
    (shape_ap, "AP News Figure with dims4 resizer (?url= original without extension) and CarouselSlide-infoDescription caption; source: psammead/Brightspot-style Figure (code corpus) and AP credit form '(AP Photo/Name)'"),
    (shape_reuters, "Reuters article figure: resizer/v2 ?width= renditions, caption span with 'REUTERS/Name' and a 'Purchase Licensing Rights' link; source: pages corpus search for Reuters captions, credit form from catalog credits_real.tsv"),
    (shape_spiegel, "Spiegel-style picture with _wNNN_ renditions and 'Foto: Name/dpa' credit span; source: code corpus Spiegel scrapers (news_crawler SpiegelSpider, calibre spiegel recipe)"),
    (shape_lemonde, "Le Monde-style figure.article__media, figcaption.article__legend with span.article__credit; source: pages corpus (Le Monde article markup), credit form 'NAME / AFP'"),
    (shape_drupal, "Drupal image field with image styles and sibling caption/credit fields; source: camikazegreen/interview templates/paragraphs-item--uaqs_column_image.tpl.php and image_field_caption module (code corpus)"),
    (shape_ghost, "Ghost kg-image-card with /size/wN/ srcset; source: teabagging/CMS docs/Ghost/Themes/Content.md (code corpus)"),
    (shape_amp, "AMP amp-img layout=responsive in figure with figcaption; source: getkirby/editor snippets/image.amp.php and castillo8811/lacapitalmx ampproject-image.tpl.php (code corpus)"),
    (shape_lazy_noscript, "lazysizes data-src/data-srcset with noscript fallback; source: code corpus lazy-loading themes (data-src + noscript pattern)"),
    (shape_lazy_rocket, "WP Rocket data-lazy-src/data-lazy-srcset with SVG placeholder and noscript; source: code corpus WordPress lazy-load output"),
    (shape_jsonld_images, "JSON-LD NewsArticle.image list of ImageObject with caption, creditText, creator, copyrightNotice; source: docs corpus (schema.org creditText; Google NewsArticle examples, gist patrickcoombe/eed9461458d550987d51)"),
    (shape_cdn_picture, "Resizing services in picture/source: thumbor /unsafe/WxH/smart/filters:quality(80)/, imgix ?auto=format&w=, Cloudinary /image/upload/w_N/; source: thumbor/thumbor wiki, Cloudinary image_transformations docs (docs corpus)"),
)


def build_page(number: int, story: Story, shape, source: str, mode: str) -> tuple[str, dict]:
    page = Page(story=story, mode=mode, number=number)
    body = shape(page)
    syndicated = story.syndicated_from is not None
    head = head_for(page)
    title_css = "headline" if number % 2 else "entry-title"
    document = f"""<!-- Shape: {source}. Publication shown by: {'a syndicated byline' if syndicated else mode}. Generated by build_library.py; text invented. -->
<!DOCTYPE html>
<html lang="{story.lang}">
<head>
{head}
</head>
<body>
{masthead(page)}
<main id="main">
<article class="story">
<h1 class="{title_css}">{html.escape(story.title)}</h1>
{byline_html(page)}
<div class="article-body">
<p>{html.escape(story.paragraphs[0])}</p>
{body}
<p>{html.escape(story.paragraphs[1])}</p>
</div>
{decoys(page)}
</article>
</main>
{footer(page)}
</body>
</html>
"""
    expected = {"read_at": page.url, "url": page.url, "title": story.title, "byline": story.byline,
                "bylines": list(story.bylines),
                "publication": story.syndicated_from if syndicated else story.publication,
                "publication_source": "syndication" if syndicated else mode, "photos": page.photos}
    return document, expected


def pages() -> list[tuple[str, str, dict]]:
    """Every generated page: (file stem, html, expected)."""
    built = []
    number = 0
    for shape_index, (shape, source) in enumerate(SHAPES):
        for turn in range(4):
            story = STORIES[(shape_index * 4 + turn) % len(STORIES)]
            mode = PUBLICATION_MODES[(shape_index + turn * 2) % len(PUBLICATION_MODES)]
            number += 1
            document, expected = build_page(number, story, shape, source, mode)
            built.append((f"g{number:02d}-{shape.__name__.removeprefix('shape_').replace('_', '-')}-{story.lang}", document, expected))
    for shape in (shape_wordpress_block, shape_reuters, shape_ap):
        number += 1
        source = dict(SHAPES)[shape]
        # the page names its own site, but the story names its origin
        document, expected = build_page(number, WIRE_STORY, shape, source, "og:site_name")
        built.append((f"g{number:02d}-syndicated-{shape.__name__.removeprefix('shape_').replace('_', '-')}", document, expected))
    return built


# -- text scrapes ----------------------------------------------------------------------------

NAGS = (
    ("Tired of ads? Subscribers enjoy a distraction-free reading experience.", "Click here to subscribe today or Login."),
    ("Skip to content", "Menu", "Search", "Sections"),
    ("We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.", "Accept all cookies", "Manage preferences"),
    ("Subscribe", "Sign in", "Subscribe now for $1 a week"),
    ("Jetzt testen", "Jetzt abonnieren und weiterlesen"),
    ("Advertisement", "Skip to main content"),
)
SCRAPE_SOURCE = ("Copy-paste of a published story as in the seed scrape (../shared/corpus/articles/"
                 "mosul-airstrike-scrape.txt): nag and navigation lines first, image URLs on their own "
                 "lines or glued to the caption, byline then publication; the page shape it was copied from: ")


def image_url_for(story: Story, photo: Photo, kind: int) -> str:
    name = story.host.split(".")[0]
    if kind == 1:
        return f"https://thumbor.{story.host}/unsafe/1200x0/smart/filters:quality(80)/media.{story.host}/2024/{photo.stem}-8a7b6c.jpg"
    if kind == 2:
        return f"https://{name}.imgix.net/uploads/2024/03/{photo.stem}?auto=format&fit=crop&w=1200&q=75"
    if kind == 3:
        return f"https://res.cloudinary.com/{name}/image/upload/w_800,c_fill/v1712345678/news/{photo.stem}"
    return f"https://www.{story.host}/wp-content/uploads/2024/03/{photo.stem}-1200x800.jpg"


def build_scrape(number: int, story: Story, nag: tuple[str, ...], layout: int) -> tuple[str, dict]:
    """One scrape: nags, headline, byline (and publication), paragraphs and the photos in one of five layouts."""
    lines: list[str] = list(nag) + [""]
    lines += [story.title, ""]
    byline = f"{story.label} {story.byline}"
    publication = story.syndicated_from or story.publication
    with_publication = layout != 4
    top_byline = layout in (1, 2, 3)
    if top_byline:
        lines += [byline, publication if with_publication else "", "March 12, 2024", ""]
    lines += [story.paragraphs[0], ""]
    photos = []
    count = len(story.photos)
    for index, photo in enumerate(story.photos):
        url = image_url_for(story, photo, (number + index) % 4)
        caption = f"{photo.caption} {photo.credit.printed}"
        if layout == 0:  # the seed: caption, then the URL glued to the caption repeated
            lines += [caption, url + caption, ""]
        elif layout == 1:  # a gallery: "1 of 3", the image, its caption
            lines += [f"{index + 1} of {count}", url, caption, ""]
        elif layout == 2:  # "Photo 2/5" before the caption, the URL after it
            lines += [f"Photo {index + 1}/{count}", caption, url, ""]
        else:  # the URL on its own line, the caption under it
            lines += [url, caption, ""]
        photos.append({"url": url, "caption": photo.caption, "credit_line": photo.credit.line,
                       "agency": photo.credit.agency, "photographers": list(photo.credit.photographers),
                       "also_seen_as": []})
    lines += [story.paragraphs[1], ""]
    if not top_byline:
        lines += [byline, "", publication if with_publication else "", ""]
    if layout == 4:
        lines += [f"© 2024 {story.publication}. All rights reserved.", ""]
    expected = {"read_at": f"https://www.{story.host}/2024/03/12/{story.slug}/", "url": f"https://www.{story.host}/2024/03/12/{story.slug}/",
                "title": story.title, "byline": story.byline, "bylines": list(story.bylines),
                "publication": publication if with_publication else story.publication,
                "publication_source": "byline" if with_publication else "footer copyright", "photos": photos}
    return "\n".join(lines), expected


ENCODINGS = ("utf-8", "utf-8-crlf", "cp1252", "utf-8", "latin-1-crlf")


def scrapes() -> list[tuple[str, bytes, dict]]:
    """Every generated scrape: (file stem, bytes, expected)."""
    built = []
    stories = STORIES + (WIRE_STORY,)
    for number in range(22):
        story = stories[number % len(stories)]
        nag = NAGS[4] if story.lang == "de" else NAGS[number % len(NAGS)]
        layout = number % 5
        text, expected = build_scrape(number, story, nag, layout)
        encoding = ENCODINGS[number % len(ENCODINGS)]
        if encoding.endswith("crlf"):
            text = text.replace("\n", "\r\n")
        codec = encoding.removesuffix("-crlf")
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:
            data, encoding = text.encode("utf-8"), "utf-8" + ("-crlf" if "\r\n" in text else "")
        shape = ("seed layout", "gallery '1 of N'", "gallery 'Photo N/M'", "URL line then caption", "byline at the end, © footer")[layout]
        expected["shape_source"] = SCRAPE_SOURCE + shape + f"; bytes: {encoding}"
        built.append((f"s{number + 1:02d}-{story.slug}-{encoding}", data, expected))
    return built


def main() -> None:
    folder = HERE / "pages"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("g*-*.*"):
        old.unlink()
    for stem, document, expected in pages():
        (folder / f"{stem}.html").write_text(document, encoding="utf-8")
        (folder / f"{stem}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    folder = HERE / "scrapes"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("s*-*.*"):
        old.unlink()
    for stem, data, expected in scrapes():
        (folder / f"{stem}.txt").write_bytes(data)
        (folder / f"{stem}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
