"""Where a credit starts and ends when nothing but its grammar marks it (holdout14/15 misses, docs/credit-tables.md).

Each rule in its general form, with near misses that must stay as they were: a credit run into the story's next
sentence (another script, a sentence opening, a qualifier closing the chain, a wire's dateline glued on), an account
printed after the photographer's name.
"""

from __future__ import annotations

import pytest

from tests.helpers.credit_reading import read_caption

# --- a credit run into the next sentence with no mark between ---------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # the story in another script after a Latin chain (h15-050's form)
    ("Акции растут Фото: Jack Hong / Shutterstock Акции NVIDIA (NVDA) на NASDAQ в четверг подорожали.",
     ("Jack Hong / Shutterstock", "Shutterstock", ("Jack Hong",))),
    ("Μετοχές ανεβαίνουν Φωτογραφία: Jane Roe / Shutterstock Οι μετοχές της εταιρείας (ABC) ανέβηκαν χθες.",
     ("Jane Roe / Shutterstock", "Shutterstock", ("Jane Roe",))),
    # a Cyrillic sentence opening after the chain's last part (h15-051, h15-053)
    ("Ограничения на полеты Фото: Сергей Булкин / NEWS.ru / РБК Одно из предприятий Ижевска подверглось атаке.",
     ("Сергей Булкин / NEWS.ru / РБК", "NEWS.ru", ("Сергей Булкин",))),
    ("выплаты продолжатся до 2034 год Фото: Станислав Красильников/ТАСС В Европейском союзе рассматривают создание фонда.",
     ("Станислав Красильников/ТАСС", "TASS", ("Станислав Красильников",))),
    ("Митинг в центре города Фото: Анна Иванова/ТАСС Участники акции собрались у здания мэрии.",
     ("Анна Иванова/ТАСС", "TASS", ("Анна Иванова",))),
    # a file or pool qualifier closes the chain; the story goes on in lower case (h15-103)
    ("A woman receives a shot in Taipei, January 24, 2022. Photo: Reuters/Ann Wang/File Photo mRNA vaccines have "
     "failed to provide long-term protection",
     ("Reuters/Ann Wang/File Photo", "Reuters", ("Ann Wang",))),
    ("Leaders meet in Brussels. Photo: Reuters/John Thys/Pool talks went on late into the night",
     ("Reuters/John Thys/Pool", "Reuters", ("John Thys",))),
])
def test_a_credit_ends_where_the_story_runs_on(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a chain mixing scripts across its slashes is one credit
    ("Митинг в центре города. Фото: Сергей Булкин / NEWS.ru", ("Сергей Булкин / NEWS.ru", "NEWS.ru", ("Сергей Булкин",))),
    # the qualifier closing the caption is the chain's own
    ("Leaders meet in Brussels. Photo: Reuters/John Thys/Pool", ("Reuters/John Thys/Pool", "Reuters", ("John Thys",))),
    # a capitalised sentence after the chain is cut as before
    ("Photo: MONDO/Jane Roe Večerašnji protest je počeo", ("MONDO/Jane Roe", "MONDO", ("Jane Roe",))),
])
def test_a_credit_without_a_story_after_it_stays_whole(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a wire story's dateline glued to the credit (h15-074), or after a space
    ("A representation of Bitcoin in this illustration taken March 15, 2021. REUTERS/Dado Ruvic/IllustrationLONDON, "
     "June 30 (Reuters) - If you're a bitcoin investor",
     ("REUTERS/Dado Ruvic/Illustration", "Reuters", ("Dado Ruvic",))),
    ("Traders work on the floor, May 2, 2023. REUTERS/Brendan McDermid NEW YORK, May 3 (Reuters) - Wall Street's main "
     "indexes fell on Wednesday",
     ("REUTERS/Brendan McDermid", "Reuters", ("Brendan McDermid",))),
    ("Smoke rises over the city, 12 March 2024. AFP/Jane Roe PARIS, 13 March (AFP) - The fire was put out",
     ("AFP/Jane Roe", "AFP", ("Jane Roe",))),
])
def test_a_wire_dateline_after_the_credit_opens_the_story(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


def test_a_dateline_opening_the_text_leaves_the_credit_at_its_end() -> None:
    text = "LONDON, June 30 (Reuters) - Britain's economy grew in May. (Reuters/Jane Roe)"
    assert read_caption(text) == ("Reuters/Jane Roe", "Reuters", ("Jane Roe",))


# --- an account after the photographer's name ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # after a bar in the closing brackets (h14-013..017), whether or not it spells the name
    ("Fans watch the game at Saluki Stadium. (Anna Spoerre | @annaspoerre)",
     ("Anna Spoerre | @annaspoerre", None, ("Anna Spoerre",))),
    ("A rider cools his horse at the fair. (Ryan Michalesko | @photosbylesko)",
     ("Ryan Michalesko | @photosbylesko", None, ("Ryan Michalesko",))),
    # in brackets after the name (h14-199)
    ("Babe Ruth takes a break in Hot Springs in 1922. | Photo courtesy of Bruce Menard (@Bsmile)",
     ("Photo courtesy of Bruce Menard (@Bsmile)", None, ("Bruce Menard",))),
    ("Fans cheer at the final. Photo: Jane Roe (@janeroe_pics)", ("Jane Roe (@janeroe_pics)", None, ("Jane Roe",))),
])
def test_an_account_after_the_name_is_the_photographers_own(text: str, expected: tuple) -> None:
    assert read_caption(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known organisation's account is the organisation
    ("The mayor spoke on Monday. (Jane Roe/@Reuters)", ("Jane Roe/@Reuters", "Reuters", ("Jane Roe",))),
    # a person the caption names, with their account, is no credit
    ("Supporters cheer for candidate Jane Roe (@janeroe)", None),
    ("Supporters cheer for candidate Jane Roe (@janeroe).", None),
    ("The post by Jane Roe (@janeroe) went viral.", None),
    ("He tweeted on Monday. (@elonmusk)", None),
])
def test_an_account_alone_or_in_a_sentence_stays_as_it_was(text: str, expected: tuple | None) -> None:
    assert read_caption(text) == expected
