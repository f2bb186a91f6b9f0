"""Bylines today's article rules read wrong, from review 32 (findings 1-3), and the narrower rules' own cases.

A byline label that is also a given name or a surname ("Metin", "Oleh", "Yazan", "Na", "Ni") is a label only with a
colon or in lower case; a paper's word never strips the only surname ("Hans Peter List"); a weekday that is also a
name ("Domingo", "Sabato") ends the names only as a date's opening, not as the reporter's surname.
"""

from __future__ import annotations

import pytest

from catalog.articles.bylines import printed_byline, split_byline
from catalog.articles.image_urls import picture_key, size_word_rank


@pytest.mark.parametrize(("line", "names"), [
    ("Metin Yılmaz", ("Metin Yılmaz",)),  # a Turkish given name, not "text" (review 32, finding 1)
    ("Metin Gürcan, Ankara", ("Metin Gürcan",)),
    ("Na Kyung-won and Kim Min-ji", ("Na Kyung-won", "Kim Min-ji")),  # a Korean surname, not Swahili "by"
    ("Na Young Kim", ("Na Young Kim",)),
    ("Oleh Sentsov", ("Oleh Sentsov",)),  # a Ukrainian given name, not Indonesian "by"
    ("Yazan Khalili", ("Yazan Khalili",)),  # an Arabic given name, not Turkish "written by"
    ("Ni Hao Ming", ("Ni Hao Ming",)),  # a Chinese surname, not Tagalog "by"
])
def test_a_label_word_that_is_also_a_name_keeps_the_name_whole(line: str, names: tuple[str, ...]) -> None:
    assert split_byline(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Metin: Ayşe Demir", ("Ayşe Demir",)),  # with a colon, the label
    ("METİN: Ayşe Demir", ("Ayşe Demir",)),
    ("Oleh: Budi Santoso", ("Budi Santoso",)),
    ("oleh Budi Santoso", ("Budi Santoso",)),  # in lower case before a name of two words
    ("Yazan: Elif Kaya", ("Elif Kaya",)),
    ("na Juma Hamisi", ("Juma Hamisi",)),
    ("ni Juan dela Cruz", ("Juan dela Cruz",)),
])
def test_a_label_word_that_is_also_a_name_is_a_label_with_a_colon_or_in_lower_case(line: str,
                                                                                    names: tuple[str, ...]) -> None:
    assert split_byline(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("By Hans Peter List", ("Hans Peter List",)),  # review 32, finding 2: a surname that is a paper's word
    ("By Juan Carlos Correo", ("Juan Carlos Correo",)),
    ("By Kari Anne Lehti", ("Kari Anne Lehti",)),
    ("By Anna Maria Glas", ("Anna Maria Glas",)),
    ("By Ana Paula Folha", ("Ana Paula Folha",)),
    ("By Anna Maria Echo", ("Anna Maria Echo",)),
    ("By Lena H. Sun", ("Lena H. Sun",)),
    ("By Ann Lee and Hans Peter List", ("Ann Lee", "Hans Peter List")),  # joined by "and": a second person
])
def test_a_paper_word_never_strips_the_only_surname(line: str, names: tuple[str, ...]) -> None:
    assert split_byline(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("By Ann Lee, High Plains Courier", ("Ann Lee",)),  # after a comma, the paper
    ("By Ann Lee, The Island Times", ("Ann Lee",)),
    ("Von Anna Schmidt, Kieler Volks Zeitung", ("Anna Schmidt",)),
])
def test_a_paper_after_a_comma_is_still_no_name(line: str, names: tuple[str, ...]) -> None:
    assert split_byline(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Plácido Domingo June 03, 2024", ("Plácido Domingo",)),  # review 32, finding 3: a surname, not Sunday
    ("Jose Domingo June 03, 2024", ("Jose Domingo",)),
    ("Antonio Sabato 12 maggio 2024", ("Antonio Sabato",)),
    ("Jose Domingo, June 03, 2024", ("Jose Domingo",)),
    ("Amina Khamis 3 Juni 2024", ("Amina Khamis",)),
    ("Ayşe Pazar 3 Haziran 2024", ("Ayşe Pazar",)),
])
def test_a_weekday_that_is_a_name_stays_in_the_name(line: str, names: tuple[str, ...]) -> None:
    assert split_byline(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Nadia Brooks Mittwoch, 22. Mai 2024", ("Nadia Brooks",)),  # a weekday opening a date still ends the names
    ("Juma Hamisi Jumatano, Mei 22, 2024", ("Juma Hamisi",)),
    ("Anne Morel mercredi 22 mai 2024", ("Anne Morel",)),  # in lower case, never a name
    ("Ann Lee, Sunday, June 2, 2024", ("Ann Lee",)),
])
def test_a_weekday_opening_a_real_date_ends_the_names(line: str, names: tuple[str, ...]) -> None:
    assert split_byline(line) == names


@pytest.mark.parametrize(("line", "printed"), [
    ("By Hans Peter List", "Hans Peter List"),
    ("By Lena H. Sun, The Washington Post", "Lena H. Sun"),
    ("By Ann Lee, High Plains Courier", "Ann Lee"),
])
def test_the_printed_byline_keeps_a_surname_that_is_a_paper_word(line: str, printed: str) -> None:
    assert printed_byline(line) == printed


@pytest.mark.parametrize("url", [  # review 32, finding 8: a slug's last word or a folder that is no CMS's size folder
    "https://x.example/2024/06/super-bowl-xl.jpg", "https://x.example/2024/06/baltimore-md.jpg",
    "https://x.example/2024/06/samsung-vs-lg.jpg", "https://x.example/big/2024/x.jpg",
    "https://x.example/images/hd/jane-doe.jpg", "https://x.example/2024/a.jpg?md=abc123",
    "https://x.example/2024/06/derby-preview.jpg", "https://x.example/2024/06/flood-nashville-tn.jpg",
])
def test_an_ordinary_word_in_a_url_is_no_size(url: str) -> None:
    assert size_word_rank(url) == 0


@pytest.mark.parametrize(("url", "rank"), [  # where a CMS puts its size words
    ("https://x.example/sites/default/files/styles/large/public/x.jpg", 1),  # a size folder
    ("https://x.example/media/thumbnails/x.jpg", -3),
    ("https://x.example/2024/06/x-1024x683-thumb.jpg", -3),  # after a size
    ("https://x.example/media/k2/items/cache/a1b2c3d4e5f6a7b8c9d0_XL.jpg", 2),  # after an id
    ("https://x.example/a.jpg?size=large", 1), ("https://x.example/a.jpg?imageThumbnail=1", -3),
])
def test_a_size_word_where_a_cms_puts_it_is_read(url: str, rank: int) -> None:
    assert size_word_rank(url) == rank


@pytest.mark.parametrize(("one", "other"), [
    ("https://x.example/2024/06/derby-preview.jpg", "https://x.example/2024/06/derby.jpg"),
    ("https://x.example/2024/06/super-bowl-xl.jpg", "https://x.example/2024/06/super-bowl.jpg"),
    ("https://x.example/2024/06/mini-cooper-mini.jpg", "https://x.example/2024/06/mini-cooper.jpg"),
    ("https://x.example/2024/06/flood-nashville-tn.jpg", "https://x.example/2024/06/flood-nashville.jpg"),
])
def test_two_pictures_whose_names_differ_by_a_word_are_two(one: str, other: str) -> None:
    assert picture_key(one) != picture_key(other)


def test_a_size_word_after_an_id_still_names_one_picture() -> None:
    assert picture_key("https://x.example/cache/a1b2c3d4e5f6a7b8c9d0_XL.jpg") == picture_key(
        "https://x.example/cache/a1b2c3d4e5f6a7b8c9d0_S.jpg")
