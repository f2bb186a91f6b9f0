"""The caption reader on real credit lines it was not built on (issue 14's held-out measures).

Each held-out table holds real lines collected, by a collector who did not see the
reader, from pages the tables before it do not use: about 55 % English, 35 % other
languages and 10 % lines that print no credit, taken as they came. Issue 14 holds the
reader to 95 % fully right on such lines. A table's first measurement is the honest
one; after it the table's misses are looked at and it becomes development data, so a
fresh table is collected for the next measure (docs/credit-tables.md).

- ``credits_holdout.tsv`` (200 rows): first measured 117 (58.5 %; the reader before
  issue 14: 83, 41.5 %); 180 after its misses were worked on, 190 once nine expectations
  that contradicted the other tables' conventions were corrected (the table's header
  lists them, each with the row it follows).
- ``credits_holdout2.tsv`` (300 rows): first measured 246 (82.0 %) with the reader that
  scored 125 on the first table, and 249 (83.0 %) after the work on the first table's
  misses, which thus carried to only 3 new rows; 299 after its own misses were worked on.
- ``credits_holdout3.tsv`` (300 rows, 34 languages, 218 sites): first measured 196
  (65.3 %) after all the work on the first two tables; the reader at the start of that
  work read 186 (62.0 %), so that work carried to 10 rows here; 267 after its own misses
  were worked on (labels and forms of many languages and scripts, credits on lines of
  their own); 278 after credits-h5 (a source label's lone word is the source, national
  agencies, a name in capitals glued to the next word).
- ``credits_holdout4.tsv`` (300 rows, 26 languages, 203 sites): first measured 213
  (71.0 %) after all that work; the reader at its start read 199 (66.3 %), and 211 before
  the third table's misses were worked on. Its English misses (38 of 161 English rows)
  were then worked on by cause (credits-en), beside the other languages' (credits-intl);
  after credits-en: 285/300 with credits-intl's work so far (English 157/161). Four
  English rows stay misses, each for a reason: holdout4-89 ("AP Photo/The Record of Bergen
  County, Name, Pool") and holdout4-228 ("Reuters/US Navy") expect the wire printed first
  as the agency, where the tables read the organisation after it ("REUTERS/KCNA" is KCNA);
  holdout4-132 expects "X" where the tables name the platform Twitter ("X / Name" in
  credits_real); holdout4-113 ("PHOTO: LIANHE ZAOBAO") needs knowledge the text does not
  print, a newspaper printed like a name. The other languages' misses (49 of 139 rows) were
  worked on by cause (credits-intl: labels, bylines and organisations of each language):
  after credits-intl: 286/300, the other languages 129/139. The table's header lists the
  ten non-English rows left read wrong, nine of them because their expectation contradicts
  the other tables' conventions.
- ``credits_holdout5.tsv`` (300 rows, 37 languages, 97 sites and 148 repository files):
  first measured 204 (68.0 %; English 106 of 148, the other languages 98 of 152) on
  2026-12-06 with the reader that read holdout4 at 95.3 %: the work on holdout4's misses
  carried to few new lines. Its misses were then worked on by cause (credits-h5: a feed's
  escapes and controls, credits after a comma or a bar, stock sites' contributors and
  user names, labels of more languages, Korean providers after a byline, handouts, look-
  alike letters): 265/300 (English 132 of 148, the other languages 133 of 152). Twenty-one
  rows left read wrong contradict the other tables' conventions; the table's header
  lists them, each with the row it follows, and the fourteen left for want of a rule.
- ``credits_holdout6.tsv`` (300 rows, 24 languages; 149 English, 45 that print no credit):
  first measured 209 (69.7 %; English 111 of 149, the other languages 98 of 151) on
  2026-12-06 with the reader that read holdout5 at 88.3 %. Its misses were then worked on
  by cause (credits6: names of scripts without capitals under a label, Thai and Korean
  labels and sources closing a caption after a slash, words printed in place of a party,
  a credit printed twice whose shorter copy was read, stock contributors, a company's legal
  form after a comma, an agency before its label, a wire before the story's byline, page
  controls and markup): 279/300 (English 134 of 149, the other languages 145 of 151, all
  45 negatives), every other table unchanged. Its header lists the 21 rows left read
  wrong: five whose expectation contradicts the conventions, sixteen for want of a rule.
  Rules for those shapes, stated generally and tried on lines of other pages
  (credits-rules, tests/catalog/test_credit_general_rules.py: a picture word in any case
  before a wire, initials after "Photo by", a reader's town, "By Name." closing a caption,
  Wikimedia Commons' attribution, a body's name or a no-party word as the last sentence,
  the last copy of a credit printed several times, a wire before the next story's dateline,
  a venue the caption names, a company as a sentence of its own, an outlet's initials
  before "photo by") then read 12 of the sixteen: 291/300; holdout3 280, holdout5 267,
  credits_real 809 with them (holdout5 268 with a numbered brand after a name, "Name G1"; credits_real
  810 with a photo contest as an organisation).

- ``credits_holdout7.tsv`` (226 rows, 19 languages; 153 English, 31 that print no credit; 43
  sites and 81 files): collected blind on 2026-12-07 beside holdout8 and kept apart from all
  of that day's work, as its honest measure. First measured 162 (71.7 %) with the reader at
  the session's start (0102842); 163 (72.1 %) at the end of the day, after the work that took
  holdout8 from 213 to 276, holdout9 from 135 to 175 and holdout6 from 279 to 291: that work
  carried to one row here. Kept as the measure; its misses were then worked on by cause
  (credits-h7, tests/catalog/test_credits_h7_rules.py: a camera emoji as the label, NYT's
  "Credit" glued to the name, French "Photo Paper /Name"; the source after "Divulgação", a body
  before "Handout", a brand of digits and a word, a name in lower case before a known agency,
  Czech and Slovak broadcasters' words, an unspaced en dash after an outlet; one typo
  corrected): 175 (77.4 %).
  Its header lists the twelve misses that contradict the conventions. Then by cause with holdout9 (credits-tail,
  tests/catalog/test_credits_tail_rules.py: a stock contributor's user name before "iStock via Getty Images", a
  Chinese paper's name before its photographer and 摄, a picture word opening the next line's sentence, AFP's
  "(Photo credit should read X)" after its own form, a post's bare link after the name): 183 (81.0 %).
- ``credits_holdout8.tsv`` (300 rows, 25 languages; 162 English, 34 that print no credit; 86
  sites and files): collected blind on 2026-12-07, at the same time as a holdout7 kept apart
  as the next measure. First measured 213 (71.0 %; English 125 of 162) with main at the
  session's start (0102842), 215 with the first rules of that day (credits-rules). Its
  misses were then worked on by cause. English (credits-h8en: a paper's acronym or hyphenated
  name in capitals after its photographer, "EPS", "AMERICAN-STATESMAN"; archive captions
  opening with their day; credits opening a line or glued before the next caption; a lone word
  before "via" a wire; The Canadian Press carrying AP; titles, archives, a gallery's "Credits:"
  list, a photo site's user): 154 of 162, the table's header lists the eight left and why
  (five contradict the conventions). The other languages' (48 of 138 rows at 215) by
  credits-h8intl (tests/catalog/test_credit_world_forms.py: a wire's name in another
  language, BBC Arabic's label, the source after "Divulgação", a labelled chain before the
  caption's sentence, a reader's name and town, Chinese names and agencies before a slash
  or the mark, a credit before a picture title's headline, more organisation words and labels):
  the other languages 122 of 138 with the day's other rules; the header lists the 16 left,
  twelve of them because their expectation contradicts the conventions.

- ``credits_holdout9.tsv`` (250 rows, 30 languages; 117 English, 36 that print no credit; 231
  sites and files, many of them structured data: JSON, feeds, page sources): collected blind on
  2026-12-07 after the day's work on holdout8 had landed. First measured 134 (53.6 %; English
  67 of 117) with the reader at the session's start (0102842) and 135 (54.0 %) with main at
  d4cc3b2, after that work: it carried to one row. Its misses were then worked on by cause
  (credits-h9: a caption printed as a field of code or data read as its string, a lone word after a
  photographer's name and a slash as the outlet, a known organisation's credit before the story's next
  sentence, the gallery after "Courtesy of the artist and", a body's long name, initials spelled out
  in brackets, archive numbers and pool marks in a chain, a provider thanked in Thai or Japanese): 175
  (70.0 %; English 95 of 117, the other languages 80 of 133), every other table unchanged. Its header lists the rows left read wrong:
  fourteen whose expectation contradicts the conventions, the others for want of a rule. Then by cause with holdout7
  (credits-tail, tests/catalog/test_credits_tail_rules.py: the story going on after a labelled credit, past a wide gap
  or the story's Chinese byline; Russian "social networks" and a press office without its owner in place of a party,
  an administration's press office; WordPress's caption shortcode; the provider before 提供 closing a Chinese caption;
  the caption's sentence end glued to the name): 184 (73.6 %).

- ``credits_holdout10.tsv`` (204 rows, 29 languages; 96 English, 26 that print no credit; 140
  pages and files): collected blind on 2026-12-07 after that day's work on holdout9 had landed;
  the collector marked 57 judgement calls UNSURE. First measured 123 (60.3 %; English 53 of 96,
  the other languages 70 of 108) with main at the session's start (71be083). Eleven expectations that
  contradicted the conventions were then corrected (the table's header lists them: 'Org via AP' is the
  organisation's, a date after the credit stays in the line, a reseller printed first carries the wire after it).
  Its misses were then worked on by cause (credits-h10, tests/catalog/test_credits_h10_rules.py: a picture word
  and "by" in more languages and forms, a picture word without a colon before a capital, a photographer's field,
  the day after a credit): 145; a site or account named after the photographer is theirs, a country after the
  photographer's name is where they come from: 158; a picture's camera data after the caption names no party, the
  photographer's name below a paper's picture carried by a wire joins its credit, and three more expectations
  corrected (a staff photographer's e-mail line is no part of the credit, as holdout-4 reads it): 165; bodies and
  publications named so in more languages ("pour"/"für"/"voor" a client, Polish initials such as "UMiG", German
  compounds of a public body, a body "of Ukraine", Ouest-France): 171; a footnote's number, "Name photo" after a
  bar, a Japanese clause describing the picture, one more expectation corrected (a courtesy form kept whole): 175;
  "Text und Fotos:" signing one person, Slovak "Archívne", a person's page on a platform ("Facebook de Name"): 178;
  two given names joined under a label, Japanese names joined by "、" before 撮影: 180; the photographer's name
  printed again after the credit: 181; a file mark after the agency of a credit opening the caption: 182; a body
  named in sentence case under a label: 183; an archive's picture number closing the credit: 184 (90.2 %; English
  84 of 96, the other languages 100 of 108). Its header lists the 20 rows left read wrong: three contradict the
  conventions, the others want a rule.

- ``credits_holdout11.tsv`` (234 rows, 24 languages; 100 English, 39 that print no credit; 143
  pages and files): collected blind on 2026-12-07 at the same time as holdout10, from the other half of the
  sites (host names n–z, odd code-corpus files); the collector marked 59 judgement calls UNSURE. Kept apart as
  that session's measure: nobody looked at its rows or misses while the reader was worked on. First measured
  166 (70.9 %; English 80 of 100, the other languages 86 of 134) with main at the session's start (71be083);
  167 (71.4 %; English 80, the other languages 87) with main at 4d973b8, after that session's work took
  credits_real from 810 to 831, holdout10 from 123 to 184, holdout9 from 176 to 184 and holdout7 from 176 to 183.
  Its expectations are as collected. Every miss is classified in ``credits_holdout11.misses.md``: 60 the
  reader's (spread over eleven causes of 1–11 rows; 47 a rule could fix, 13 need knowledge), 6 where the
  expectation contradicts the conventions, 1 the collector's error. Then worked on by cause (credits-h11a,
  tests/catalog/test_credits_h11_rules.py): an organisation kept as printed is named by its family when printed in
  another script (中央社 is CNA; ten rows of holdout2, holdout3 and holdout10 corrected to it, and holdout8 276 -> 283 by
  it), the Chinese mark 摄 dropped from the line as a label (nine rows of holdout4, holdout5, holdout9 and this table
  corrected to the tables' reading), an agency's "X社發" and a reporter's place before 攝, a wire's closing 【tag】, a
  Japanese paper (新聞) and its photographer: 174 on its own, 194 with credits-h11b's work beside it. And by
  credits-h11b (tests/catalog/test_credits_h11b_rules.py): organisations no table knows, read by what their names
  show (大学 and the other CJK endings, a Korean club's initials, trade mark signs, a body named for its cause, a
  government's word before its place, initials before a comma and a full name, a platform before a page's title);
  who is a party (a name in quotes, "the artist", an uploader before "via" a photo site, a person after "Divulgação");
  a wire site's chrome (Reuters' licensing link, its package pointers); a licence alone is no credit; where a credit
  ends (an indented next field, the caption before a bar, the work's partners, the caption printed again, two
  brackets, a site glued to the next title); a sentence pointing to the photo; a Hebrew body named for its cause
  ("למען") before a tweet's picture link: 167 -> 196 on its own before the last two, 205 with
  credits-h11a's. Two expectations corrected (the table's header: h11-125, h11-215). Then credits-h11a's labels and
  marks of more forms ("Picture Name", "Pressfoto:", Hindi labels before a hyphen, Swahili "Picha/Name", "(c)."
  with a period, a still from someone's video), Japanese 経由 (via), an inner "photographer:" field, surnames after
  ©, a platform and an account's handle, and h11-071 ('(Courtesy photo)') corrected to no credit, as credits.tsv
  reads it (40 rows now print none): 218 (93.2 %) with both helpers' rules.

- ``credits_holdout12.tsv`` (150 rows, 21 languages; 72 English, 26 that print no credit; 109
  pages and files, 17 rows from GitHub threads quoting credit strings): collected blind on 2026-12-07 from
  sites with host names a–m and even code-corpus files; the collector marked 36 judgement calls UNSURE.
  First measured 104 (69.3 %; English 58 of 72, the other languages 46 of 78) with main at the session's
  start (e7c29bb), and the same with main at e5036cd. Three expectations that contradicted the conventions
  were then corrected (the table's header lists them: a wire printed first carries the organisation after it,
  "Stringer" names no photographer, "Photo courtesy of" kept whole): 106. One agency cell (h12-029) corrected to the one-script convention of
  docs/credit-tables.md by credits-h11a, by the rule alone: 106 still.
  Its misses were then worked on by cause (credits-h12, tests/catalog/test_credits_h12_rules.py; three more
  expectations corrected to the tables' "Photo courtesy of" form and a site after "via" as the agency): a picture
  word of more languages before "courtesy", a Markdown link's title, a use note after a semicolon: 108; a picture
  word joined by a dash to a credit, "Files" as a file mark, an outlet in brackets after the name, a name glued to
  the next caption's words, a camera's default description, Japanese wire brackets after a dateline's "=" (one more
  expectation corrected: an e-mail on the name's own line stays in the line), an outlet's one word in capitals
  before a full name, a full name glued to the last sentence end, one word after "via" as the distributor, an
  outlet's word in capitals after a hyphen, Arabic "تصوير" before an outlet, a Chinese online outlet (网) before
  摄: 125 (83.3 %; English 64 of 72, the other languages 61 of 78), every other table unchanged. The table's header
  lists the 25 rows left and why.

- ``credits_holdout13.tsv`` (155 rows, 21 languages; 70 English, 24 that print no credit; 101
  pages and files): collected blind on 2026-12-07 at the same time as holdout12, from the other half of the
  sites (host names n–z, odd code-corpus files); the collector marked 28 judgement calls UNSURE. Kept apart as
  that session's measure: nobody looked at its rows or misses while the reader was worked on. First measured
  100 (64.5 %) with main at the session's start (e7c29bb); 103 (66.5 %; English 60 of 70, the other languages
  43 of 85) at the session's end (863c4d3), after that session's work took holdout11 from 167 to 218 and
  holdout12 from 104 to 125. Its expectations are as collected. Every miss is classified in
  ``credits_holdout13.misses.md``: 47 the reader's (42 a rule could fix, 5 need knowledge; 24 of them Chinese
  and Korean forms no earlier table had), 5 where the expectation contradicts the conventions. Then (issue 14, the
  cjk helper) a wire before the Korean or Japanese home agency that carries it ("[AFP=연합뉴스]"), the wires' names in
  other scripts (``organisations.IN_OTHER_SCRIPTS``) and traditional Han folded onto simplified: 108 (69.7 %). Then
  the Chinese forms (供图 kept in the line, 受访者 and 网络 naming no party, the labels 图/ 供图/ 图源 图片署名 after a
  space, 资料图： no credit label, a reproduction notice after the agency, a wire's reporters in brackets, a trailing 图,
  Han names in brackets with an agency, a long Han run no name): 123 (79.4 %) on their own, 133 (85.8 %) with the
  other helpers' work merged (main at 118); holdout9 186 -> 187. Then the conflicts the misses named settled by the
  written chain rule (Nordic Photos a carrier, WANA's initials spelled out its canonical name; h13-058's expectation
  corrected to the paper Fréttablaðið): 136 (87.7 %). With main's later work 140; then "图片来自 X" (the picture is
  from X) and a file word after the agency ("东方IC 资料"): 142 (91.6 %); 143 (92.3 %) with credrest's last rules merged.

- ``credits_holdout14.tsv`` (250 rows, 13 languages; 173 English, 33 that print no credit; 120 pages on
  96 sites and 14 code-corpus files) and ``credits_holdout15.tsv`` (250 rows, 27 languages; 117 English, 56
  that print no credit; 174 pages and files): collected blind on 2026-12-07 (the session after holdout13's)
  from the two halves of the sites. holdout14 is the natural-mix measure: lines as ordinary news pages print
  them, mostly English, no rare languages sought; holdout15 prefers the languages and sources the earlier
  tables have few of. Both were kept apart as that session's measure, chosen before either was written:
  nobody looked at their rows or misses while the reader was worked on (holdout13's causes in their general
  forms: word families of about 40 languages, Chinese and Korean credit grammar, wires' names in other scripts,
  trailing labels, glued text, organisations printed like persons; a caption audit by invariants). First
  measured with main at the session's start (cf78bc5): holdout14 187 (74.8 %; English 134 of 173),
  holdout15 186 (74.4 %; English 94 of 117). At the session's end (ee1e2f9): holdout14 189 (75.6 %),
  holdout15 186 (74.4 %), while holdout13 went from 103 to 143. Their expectations are as collected; the
  misses are classified in ``credits_holdout14.misses.md`` and ``credits_holdout15.misses.md``.

- ``credits_holdout16.tsv`` (250 rows, 12 languages; 167 English, 59 that print no credit; 140 pages on 119 sites)
  and ``credits_holdout17.tsv`` (250 rows, 33 languages; 91 English, 70 that print no credit; 145 pages on 117 hosts
  and 10 code-corpus files): collected blind on 2026-12-07 (the session after holdout14/15's) from the two halves of
  the sites, kept apart as that session's measure, chosen before either was written. holdout16 is a natural mix (news
  pages as they come, about two thirds English), holdout17 a world mix (news pages of many countries in their own
  languages, as they come). First measured with main at the session's start (e0ada79): holdout16 198 (79.2 %),
  holdout17 188 (75.2 %). At its end (caa93cc), after the work that took holdout14 from 189 to 234 and holdout15 from
  186 to 227 by their classified causes: holdout16 197 (78.8 %), holdout17 188 (75.2 %). Their expectations are as
  collected; the misses are classified in ``credits_holdout16.misses.md`` and ``credits_holdout17.misses.md``.

- ``credits_holdout18.tsv`` (250 rows, 16 languages; 167 English, 61 that print no credit; 147 pages on 125 hosts) and
  ``credits_holdout19.tsv`` (250 rows, 32 languages; 39 English, 89 Italian from one site's galleries, 61 that print no
  credit; 106 pages on 68 hosts and 3 code-corpus files): collected blind on 2026-12-07 (the session after
  holdout16/17's) from the two halves of the sites, kept apart as that session's measure while holdout16/17's
  classified causes were worked on (holdout16 198 -> 215, then 210 with two rules taken out for misreading common
  captions; holdout17 188 -> 190) and a generated sweep of label shapes was added. holdout18 is a natural mix,
  holdout19 a world mix. First measured with main at the session's start (1f108ae): holdout18 186 (74.4 %),
  holdout19 211 (84.4 %); at its end: holdout18 188 (75.2 %), holdout19 211 (84.4 %). Their expectations are as
  collected; the misses are classified in ``credits_holdout18.misses.md`` and ``credits_holdout19.misses.md``.

``FLOORS`` hold the latest measurements: the test fails when the reader gets worse
here, and they are raised as it gets better. Unlike ``credits_real.tsv`` the misses are
not listed one by one: these tables are measures, not specifications.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.catalog.test_credits_real import is_right, load

DATA = Path(__file__).resolve().parent / "data"
# table -> (rows, rows that print no credit, rows fully right at the latest measurement)
FLOORS = {
    "credits_holdout.tsv": (200, 23, 190),
    "credits_holdout2.tsv": (300, 31, 299),
    "credits_holdout3.tsv": (300, 36, 283),
    "credits_holdout4.tsv": (300, 41, 290),
    "credits_holdout5.tsv": (300, 41, 270),
    "credits_holdout6.tsv": (300, 45, 291),
    "credits_holdout7.tsv": (226, 31, 184),
    "credits_holdout8.tsv": (300, 34, 283),  # 284 while a name after a dash counted (h8-240; docs/credit-tables.md "Given names")
    "credits_holdout9.tsv": (250, 36, 193),
    "credits_holdout10.tsv": (204, 26, 184),  # 185 with a given-name rule taken out again (h10-101; docs/credit-tables.md "Given names")
    "credits_holdout11.tsv": (234, 40, 218),
    "credits_holdout12.tsv": (150, 26, 130),
    "credits_holdout13.tsv": (155, 24, 143),
    "credits_holdout14.tsv": (250, 33, 234),
    "credits_holdout15.tsv": (250, 56, 227),
    "credits_holdout16.tsv": (250, 59, 210),  # 197 at the measure; h16-056 mended after it (several.py); fix-h16 rules;
    # h16-105, -106, -107, -109, -111 misses again: run-on names that may be the subject taken out (review-34, 1 and 3)
    "credits_holdout17.tsv": (250, 70, 190),  # h17-138 mended after the measure (the languages' "and")
    "credits_holdout18.tsv": (250, 61, 188),
    "credits_holdout19.tsv": (250, 61, 211),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_held_out_table_is_whole(name: str) -> None:
    rows = load(DATA / name)
    size, negatives, _floor = FLOORS[name]
    assert len(rows) == size and len({row.id for row in rows}) == size
    assert all(row.source.strip() for row in rows)
    assert sum(row.credit_line == "-" for row in rows) == negatives


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_reader_does_not_get_worse_on_lines_it_was_not_built_on(name: str) -> None:
    rows = load(DATA / name)
    floor = FLOORS[name][2]
    right = sum(is_right(row) for row in rows)
    assert right >= floor, f"{right} of {len(rows)} held-out lines fully right, fewer than the {floor} measured"
