"""What image URLs tell: the uploaded file's name, wire ids, and which URLs are one picture."""

from __future__ import annotations

import pytest

from catalog.articles.image_urls import (
    image_file_name,
    image_identifiers,
    named_width,
    original_image_url,
    picture_key,
    rendition_key,
)

ARC = (
    "https://www.latimes.example/resizer/abc123=/1440x0/filters:format(jpg):quality(70)/"
    "cloudfront-us-east-1.images.arcpublishing.com/tronc/XYZ4Q2FRG5BJLB5JYHB.jpg"
)


@pytest.mark.parametrize(
    ("url", "name", "identifiers"),
    [
        (
            "https://www.timesleader.com/wp-content/uploads/2017/03/"
            "web1_115722618-befd0972b7a8415e9f5e2248a085d5a1.jpg.optimal.jpg",
            "web1_115722618-befd0972b7a8415e9f5e2248a085d5a1.jpg",
            ("115722618", "befd0972b7a8415e9f5e2248a085d5a1"),
        ),
        (
            "https://news.example/wp-content/uploads/2023/05/AP23131612345678-1024x683.jpg",
            "AP23131612345678.jpg",
            ("AP23131612345678",),
        ),
        (
            "https://news.example/wp-content/uploads/2023/05/Mosul_Funeral-scaled-e1490000000000.jpeg?resize=800%2C533",
            "Mosul_Funeral.jpeg",
            (),
        ),
        (ARC, "XYZ4Q2FRG5BJLB5JYHB.jpg", ("XYZ4Q2FRG5BJLB5JYHB",)),
        (
            "https://www.washingtonpost.example/wp-apps/imrs.php?src=https://arc-anglerfish.example/public/"
            "ABCDEFGHIJKLMN3OPQ.jpg&w=916",
            "ABCDEFGHIJKLMN3OPQ.jpg",
            ("ABCDEFGHIJKLMN3OPQ",),
        ),
        ("https://news.example/_next/image?url=%2Fuploads%2FDSC_1234.JPG&w=1080", "DSC_1234.JPG", ("DSC_1234",)),
        ("https://cdn.example/photos/DSC_0042.JPG.webp", "DSC_0042.JPG", ("DSC_0042",)),
        ("https://media.gettyimages.example/id/1234567890/photo/mosul-iraq.jpg?s=612x612", "mosul-iraq.jpg", ("1234567890",)),
        (
            "https://s1.reutersmedia.example/resources/r/?m=02&d=20170325&t=2&i=1178473345&r=LYNXMPED2O0AV",
            None,
            ("1178473345", "LYNXMPED2O0AV"),  # the date is not an id
        ),
        ("https://news.example/uploads/20230512/a.jpg", "a.jpg", ()),
    ],
)
def test_image_urls_give_the_uploaded_file_name_and_wire_ids(url: str, name: str | None, identifiers: tuple[str, ...]) -> None:
    assert image_file_name(url) == name
    assert image_identifiers(url) == identifiers


def test_resizer_urls_are_unwrapped() -> None:
    assert original_image_url(ARC) == (
        "https://cloudfront-us-east-1.images.arcpublishing.com/tronc/XYZ4Q2FRG5BJLB5JYHB.jpg"
    )
    plain = "https://news.example/wp-content/uploads/2017/03/photo.jpg?w=1200"
    assert original_image_url(plain) == plain


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "https://news.example/wp-content/uploads/2023/05/sandbags-1024x683.jpg",
            "https://news.example/wp-content/uploads/2023/05/sandbags.jpg",
            True,
        ),
        (ARC, ARC.replace("1440x0", "800x0").replace("abc123", "zz9"), True),
        (
            "https://i.guim.example/img/media/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567/0_0_5000_3000/master/5000.jpg",
            "https://i.guim.example/img/media/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567/0_0_5000_3000/master/1000.jpg",
            True,
        ),
        ("https://news.example/a/800.jpeg", "https://news.example/b/800.jpeg", False),
        ("https://news.example/2023/05/sandbags.jpg", "https://news.example/2023/05/boat-rescue.jpg", False),
    ],
)
def test_renditions_of_one_picture_share_a_rendition_key(first: str, second: str, same: bool) -> None:
    assert (rendition_key(first) == rendition_key(second)) is same


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # a generic file name ("original", a size): the folder names the picture (blind2 06, 07, 10, 11)
        ("https://c.example/thumbor/q1=/0x0:4800x2700/750x422/media/img/2024/05/lighthouse_keepers/original.jpg",
         "https://c.example/thumbor/r1=/0x0:4800x2700/665x443/media/img/2024/05/fog_signal/original.jpg", False),
        ("https://c.example/thumbor/q1=/0x0:4800x2700/750x422/media/img/2024/05/lighthouse_keepers/original.jpg",
         "https://c.example/thumbor/q3=/0x0:4800x2700/1440x810/media/img/2024/05/lighthouse_keepers/original.jpg", True),
        ("https://a.example/images/users/iqXf2bT8k1Zc/iPq8sLm3Tz1o/v1/1200x-1.jpg",
         "https://a.example/images/users/iqXf2bT8k1Zc/iRt5vWx7Yy2k/v1/1200x-1.jpg", False),
        ("https://i.example/2024-02/hochwasser-elbe-pirna/wide__1300x731",
         "https://i.example/2024-02/hochwasser-elbe-pirna/wide__820x461", True),
        ("https://i.example/2024-02/hochwasser-elbe-pirna/wide__820x461",
         "https://i.example/2024-02/sandsaecke-dresden/wide__820x461", False),
        # a GUID names one upload, though two GUIDs may share their last part (blind2 16)
        ("https://c.example/styles/1020x680/public/2024/4f0b2c1e-84a9-11ef-9f3a-1b2c3d4e5f60_b1a2c3d4.jpg?itok=R",
         "https://c.example/styles/1020x680/public/2024/5a1c3d2f-84a9-11ef-9f3a-1b2c3d4e5f60_e5f6a7b8.jpg?itok=U", False),
        ("https://c.example/styles/1020x680/public/2024/4f0b2c1e-84a9-11ef-9f3a-1b2c3d4e5f60_b1a2c3d4.jpg?itok=R",
         "https://c.example/styles/768x768/public/2024/4f0b2c1e-84a9-11ef-9f3a-1b2c3d4e5f60_b1a2c3d4.jpg?itok=Q", True),
    ],
)
def test_one_page_shows_one_picture_under_one_picture_key(first: str, second: str, same: bool) -> None:
    assert (picture_key(first) == picture_key(second)) is same


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # a shoot's pictures share the date or the time their names start or end with (blind4 02, 04)
        ("https://i.example/2024/06/06032024_boathouse_120312.jpg?w=780",
         "https://i.example/2024/06/06032024_boathouse_2_120455.jpg?w=780", False),
        ("https://i0.wp.example/s.org/2024/06/060324-Delta-Levee-FG-GSM-01.jpg?w=1024&ssl=1",
         "https://i0.wp.example/s.org/2024/06/060324-Delta-Levee-AP-02.jpg?w=1024&ssl=1", False),
        ("https://i0.wp.example/s.org/2024/06/060324-Delta-Levee-AP-02.jpg?resize=300%2C200&ssl=1",
         "https://i0.wp.example/s.org/2024/06/060324-Delta-Levee-AP-02.jpg?w=1024&ssl=1", True),
        ("https://i.example/news_20240903000612_0.jpg", "https://i.example/news_20240903000612_1.jpg", False),
    ],
)
def test_pictures_of_one_shoot_are_not_one_picture(first: str, second: str, same: bool) -> None:
    assert (picture_key(first) == picture_key(second)) is same


@pytest.mark.parametrize(("url", "width"), [
    ("https://images.example/im=Resize,width=800/photo.jpg", 800),  # Akamai Image Manager
    ("https://ik.imagekit.example/demo/tr:w-800,h-600/photo.jpg", 800),  # ImageKit, in the path
    ("https://ik.imagekit.example/demo/photo.jpg?tr=w-1200,h-800", 1200),  # and in the query
    ("https://cdn.shop.example/s/files/1/products/photo_800x450_crop_center.jpg", 800),  # Shopify
    ("https://res.cloudinary.example/demo/image/upload/c_fill,w_1200,h_800/v1/photo.jpg", 1200),
    ("https://static.example/images/$zoom_0.5%2C$multiply_1.545%2C$width_1512%2C$x_0/t_crop_custom/7c3e9a1f5b", 1512),
    ("https://news.example/photo.jpg?resize=1200%2C800&ssl=1", 1200),  # Photon
    ("https://news.example/photo.jpg?size=1200x800", 1200),
    ("https://news.example/2024/06/060324-harbour-storm-01.jpg", None),  # a file's number is no width
    ("https://media.example/image/upload/t_fit-1240w,f_auto,q_auto:best/rockcms/2024-06/storm-abc123.jpg", 1240),  # NBC
    ("https://a57.example/content/uploads/2024/06/1200/675/harbour-storm.jpg?ve=1&tl=1", 1200),  # Fox: width, height
    ("https://news.example/uploads/2024/06/03/harbour-storm.jpg", None),  # a date's folders name no width
])
def test_a_renditions_url_names_its_width(url: str, width: int | None) -> None:
    assert named_width(url) == width
