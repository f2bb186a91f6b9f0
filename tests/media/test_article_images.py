"""A story's pictures hashed for comparison: from a folder by file name, or fetched from 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from catalog.articles.photos import describe_photo
from catalog.settings import Settings
from media.article_images import (
    MAX_FETCHED_IMAGES,
    image_file_for,
    published_picture_hashes,
)
from media.fetch import Deadline
from media.picture_hashes import hash_picture_file
from tests.helpers.local_http import serving
from tests.helpers.photo_files import write_photo


def test_a_file_is_found_by_the_url_last_segment_then_by_the_uploaded_name_in_any_case(tmp_path: Path) -> None:
    (tmp_path / "AP17084512345678.JPG").write_bytes(b"x")
    (tmp_path / "sandbags.jpg").write_bytes(b"x")
    by_segment = describe_photo("https://news.example/uploads/ap17084512345678.jpg")
    by_upload_name = describe_photo("https://news.example/uploads/2023/05/sandbags-1024x683.jpg")
    missing = describe_photo("https://news.example/uploads/elsewhere.jpg")
    assert image_file_for(by_segment, tmp_path) == tmp_path / "AP17084512345678.JPG"
    assert by_upload_name.file_name == "sandbags.jpg"
    assert image_file_for(by_upload_name, tmp_path) == tmp_path / "sandbags.jpg"
    assert image_file_for(missing, tmp_path) is None


def test_pictures_from_a_folder_are_hashed_and_files_that_are_no_pictures_say_why(tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "images" / "storm.jpg", seed=7)
    (tmp_path / "images" / "notes.jpg").write_text("<html>not a picture</html>", encoding="utf-8")
    photos = [describe_photo("https://x.example/storm.jpg"), describe_photo("https://x.example/notes.jpg"),
              describe_photo("https://x.example/not-in-the-folder.jpg")]
    settings = Settings(data_dir=tmp_path / "data")
    hashes, problems = published_picture_hashes(photos, settings, images_dir=tmp_path / "images")
    assert hashes == {"https://x.example/storm.jpg": hash_picture_file(photo)}
    assert list(problems) == ["https://x.example/notes.jpg"]
    assert "not an image" in problems["https://x.example/notes.jpg"]


def test_fetched_pictures_are_hashed_once_each_and_failures_are_one_line(tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "storm.jpg", seed=7)
    settings = Settings(data_dir=tmp_path / "data")
    with serving() as server:
        server.add("/storm.jpg", photo.read_bytes(), content_type="image/jpeg")
        server.add("/page.html", "<p>a page</p>")
        urls = [server.url("/storm.jpg"), server.url("/storm.jpg"), server.url("/gone.jpg"), server.url("/page.html")]
        hashes, problems = published_picture_hashes([describe_photo(url) for url in urls], settings, allow_private=True)
        fetched = [path for path, _ in server.requests]
    assert hashes == {urls[0]: hash_picture_file(photo)}
    assert fetched.count("/storm.jpg") == 1  # one URL, one request
    assert problems[urls[2]].startswith("no picture to compare: ") and "404" in problems[urls[2]]
    assert problems[urls[3]].startswith("no picture to compare: ")
    assert all("\n" not in problem for problem in problems.values())


def test_nothing_is_fetched_from_the_local_network_unless_allowed(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    with serving() as server:
        url = server.url("/storm.jpg")
        hashes, problems = published_picture_hashes([describe_photo(url)], settings)
        assert server.requests == []
    assert hashes == {} and problems[url].startswith("no picture to compare: ")


def test_a_long_gallery_is_cut_and_a_passed_deadline_fetches_nothing(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    with serving() as server:
        urls = [server.url(f"/gallery/{n}.jpg") for n in range(MAX_FETCHED_IMAGES + 2)]
        _, problems = published_picture_hashes([describe_photo(url) for url in urls], settings, allow_private=True,
                                               deadline=Deadline(0))
        assert server.requests == []
    beyond = {url: problems[url] for url in urls[MAX_FETCHED_IMAGES:]}
    assert set(beyond.values()) == {f"not fetched: the page has more than {MAX_FETCHED_IMAGES} images"}
    assert problems[urls[0]] == "not fetched: the article's 0 s deadline passed"
    assert len(problems) == len(urls)


def test_without_a_folder_or_fetching_nothing_is_hashed(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    assert published_picture_hashes([describe_photo("https://x.example/a.jpg")], settings, fetch_images=False) == ({}, {})
