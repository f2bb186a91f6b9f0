"""The Media Credit plugin's WordPress shortcode left unrendered in a post's source: its name is the picture's credit
(credits-h15, h15-158: the caption reader reads it in a caption; the page reader reads it around a lone picture)."""

from __future__ import annotations

from catalog.articles.pages import parse_article

UPLOADS = "https://harbor.example/wp-content/uploads/2020/01/"
PAGE = f"""<html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns after winter repairs</h1>
<p>The ferry returned to service on Friday after a long winter in the yard, its owners said.</p>
<p>[caption id="attachment_12" align="alignnone" width="300"][media-credit name="Jane Roe" align="alignnone"
width="300"]<img src="{UPLOADS}ferry-300x200.jpg" alt="The ferry" width="300" height="200" />[/media-credit] The MV
Islander leaves the terminal.[/caption]</p>
<p>[media-credit name="Courtesy of the Ellis family" align="alignleft" width="200"]<img src="{UPLOADS}ellis-200x150.jpg"
alt="Captain Ellis" width="200" height="150" />[/media-credit]</p>
<p>[media-credit id="7" align="alignleft" width="200"]<img src="{UPLOADS}deck-200x150.jpg" alt="The deck" width="200"
height="150" />[/media-credit]</p>
<p>Passengers said they were glad to see it back on the water after months of waiting for the repairs.</p>
</article></body></html>"""


def test_a_media_credit_shortcode_credits_its_picture() -> None:
    photos = parse_article(PAGE.encode(), url="https://harbor.example/2020/01/10/ferry/", content_type="text/html").photos
    read = [(photo.image_url, photo.caption, photo.credit_line, photo.agency, photo.photographers) for photo in photos]
    assert read == [
        (UPLOADS + "ferry-300x200.jpg", "The MV Islander leaves the terminal.", "Jane Roe", None, ("Jane Roe",)),
        (UPLOADS + "ellis-200x150.jpg", None, "Courtesy of the Ellis family", "the Ellis family", ()),
        # a site user's id names no one the page prints
        (UPLOADS + "deck-200x150.jpg", None, None, None, ()),
    ]
