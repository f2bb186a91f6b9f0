"""Looking organisations up: the canonical name of a printed one, and whether an unknown name reads as one.

``canonical_agency("AP Photo")`` is ``"AP"``, ``canonical_agency("REUTERS")`` is
``"Reuters"``; the spellings are in ``catalog.credits.organisations``. Lookups fold case,
accents, periods, hyphens and traditional Han forms, so ``U.S Navy``, ``US NAVY`` and ``U.S. Navy`` are one
organisation. A name not in the table gives ``None``; callers decide what an unknown
name is, never this module.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from catalog.credits.domains import TOP_LEVEL_DOMAIN
from catalog.credits.han_variants import TRADITIONAL_TO_SIMPLIFIED
from catalog.credits.labels import ARCHIVE_NOUNS
from catalog.credits.organisations import (
    ACRONYMS_AFTER_PHOTOGRAPHER,
    AS_PRINTED,
    BODY_ADJECTIVES,
    COUNTRY_OFFICES,
    HOME_CARRIERS,
    ORGANISATION_WORDS_BY_LANGUAGE,
    ORGANISATION_WORDS_IN_LANGUAGES,
    RELEASE_WIRES,
    RESELLERS,
    SPELLINGS,
)

# "Navy photo by ...", "Army photo by ...": a service printed without its country is the U.S. one
# only when the caption names it so ("... at the U.S. Army's Joint Multinational Readiness
# Center ... Army photo by Pvt. Name"); a British "Army photo" must not become the U.S. Army.
_BARE_SERVICES = {"navy": "U.S. Navy", "army": "U.S. Army", "air force": "U.S. Air Force",
                  "marine corps": "U.S. Marine Corps", "marines": "U.S. Marine Corps", "coast guard": "U.S. Coast Guard"}
_US_SERVICE = re.compile(r"\b(?:U\.\s?S\.?|US|United States)\s+(Navy|Army|Air Force|Marine Corps|Marines|Coast Guard)\b")


def us_service_in(agency: str, text: str) -> str | None:
    """The U.S. service a bare "Navy", "Army", "Air Force" or "Marine Corps" stands for, when ``text`` names it so."""
    service = _BARE_SERVICES.get(fold(agency))
    if service is None:
        return None
    named = {_BARE_SERVICES[fold(match[1])] for match in _US_SERVICE.finditer(text)}
    return service if service in named else None


# Carriers of others' pictures: a chain's agency is the first organisation that is none
# ("TT/AP", "Reuters/Contrasto", "Name / AP TT"); alone, a carrier is the agency.
DISTRIBUTORS = RESELLERS | HOME_CARRIERS | RELEASE_WIRES

# Words that make an unknown name an organisation ("Mugwum Press", "Tasmania Fire Service", a builder: "Ngaio
# Construction"), folded ("Palácio" is "palacio").
ORGANISATION_WORDS = frozenset("""
    press news agency agence agencia agentur images image imagery photos pictures picture pics media
    wire times post herald tribune journal gazette chronicle daily newspaper newspapers zeitung
    magazine network tv television radio studios studio archive archives collection library
    museum university college school service services navy army force forces marine marines
    corps guard police ministry department office government administration council commission
    committee foundation institute center centre company corporation corp inc ltd llc gmbh group
    club federation league association society union bureau authority embassy nations
    organization organisation team sports airlines airways bank hospital church palace parliament
    senate congress presidency reserve command brigade battalion division regiment mountain
    sport mag palais stadt gemeinde kanton landkreis bombeiros bomberos pompiers brandweer bibliotheque biblioteca biblioteka shimbun visual productions pictures entertainment records festival gallery projects collaboration
    sanomat lehti gazeta dagblad tidning avis noticias diario periodico giornale corriere presse
    enterprise foto jail prison county sheriff univ films alliance stichting express
    palacio prefeitura governo secretaria assembleia camara tribunal ministerio ayuntamiento gobierno presidencia
    systems science survey laboratories
    telescope observatory laboratory spacecraft satellite
    palazzo project dziennik agencja kurier tygodnik polizei feuerwehr stiftung verband verein ministerium regierung
    theater theatre teatro theatro opera oper ballet orchestra orchester philharmonic philharmonie philharmonia
    symphony zoo aquarium kunsthalle galerie galleria museo musee muzeum kongehuset kungahuset
    board district rotary
    citizen standard observer examiner telegraph dispatch courier guardian independent register bulletin advertiser
    commons catering restaurant bakery brewery winery
    smokehouse steakhouse distillery creamery roastery pizzeria bistro tavern brewpub cafe
    trust trusts fund
    casa royal reale koninklijk kongelige courant sentinel enquirer inquirer picayune today
    military defence defense rescue ambulance emergency transport transportation transit railway railways airport
    holding holdings nationale
    fc cf afc
    city town shire borough municipality rnli coastguard lifeboat
    bros patrol
    construction constructions builders contractors engineering architects consultants consulting developments
    games interactive software motors music filmworks cinema cinemas
    multimedia
""".split()) | ORGANISATION_WORDS_IN_LANGUAGES  # and the archive nouns of labels.ARCHIVE_NOUNS, once folded below
# German joins its organisation words to what they serve ("Kantonspolizei", "Bundesregierung", "Stadtarchiv",
# "Hamburgische Bürgerschaft"), and so does Finnish: a long word ending in one is an organisation's name
_COMPOUND_ENDINGS = ("polizei", "zeitung", "ministerium", "regierung", "verband", "verein", "feuerwehr", "stiftung",
                     "archiv", "museum", "verlag", "behorde", "gericht", "bibliothek", "agentur", "theater", "oper",
                     "orchester", "philharmonie", "kanzlei", "schaft", "landtag", "fraktion", "partei",
                     # Finnish does the same: "Tanssiurheiluseura" (dance sport club), "Maanmittauslaitos", "Kuluttajaliitto"
                     "seura", "yhdistys", "liitto", "laitos", "virasto", "ministerio", "poliisi", "keskus", "museo",
                     "arkisto",  # "kaupunginmuseo" (city museum), "kuva-arkisto" (picture archive)
                     "reederei", "werke", "verwaltung",  # "Inselreederei" (a shipping line), "Stadtwerke", "Stadtverwaltung"
                     "inspektion", "direktion", "prasidium", "ratsamt",  # "Polizeiinspektion", "Landratsamt"
                     # the Nordic papers join "the paper" to their name: Icelandic "-blaðið" (Morgunblaðið, Fréttablaðið,
                     # Dagblaðið Vísir), Swedish, Danish and Norwegian "-posten", "-avisen", "-bladet" (Aftenposten,
                     # Bergensavisen, Aftonbladet, Dagbladet), German "-blatt" (Abendblatt, Tagblatt); and a picture
                     # agency its "photos", "pictures" or "images" ("Nordicphotos", "Gettyimages"): a person's name ends
                     # in none of them
                     "bladid", "blaðid", "blaðið", "posten", "avisen", "bladet", "blatt", "photos", "pictures", "images",
                     # Danish, Norwegian and Swedish join their bodies' words the same way: a company ("Grønlands
                     # Lufthavnsselskab", the airport company), a society or club ("-forening", "-förening"), a
                     # federation ("-forbund"), a municipality ("Sermersooq Kommune" printed as one word)
                     "selskab", "selskabet", "selskap", "selskapet", "sallskap", "sallskapet", "forening", "foreningen",
                     "forbund", "forbundet", "kommune", "kommunen")
# ... and the words German compounds of a public body open with ("Polizeiinspektion Magdeburg", "Bundesamt für ...")
_COMPOUND_STARTS = ("polizei", "feuerwehr", "bundes", "landes")

# a company's legal form closing its name, as printed (case matters: "Rodrigo Sá" is a person; "Sp. z o.o." ends "o.o.")
_LEGAL_FORMS = frozenset("""SA S.A. AG SE SpA S.p.A. Srl S.r.l. BV B.V. NV N.V. Oy Oyj AB ASA A/S plc PLC o.o. a.s. s.r.o.
                            d.o.o. Kft. Zrt. GmbH Ltd Ltd. Inc Inc. LLC""".split())
_DOMAIN = re.compile(rf"(?:\bwww\.|\w\.{TOP_LEVEL_DOMAIN}\b)", re.I)
# Korean organisations end in what they are: press corps, association, daily, news agency
_ORGANISATION_ENDINGS = ("취재단", "기자단", "기자협회", "협회", "일보", "신문", "통신", "뉴스", "新聞", "新闻", "日报",
                         "日報", "時報", "时报", "晚報", "晚报", "通信社", "通訊社", "通讯社",  # traditional and simplified
                         "网", "網",  # an online outlet: "人民网", "新华网" ("互联网", the internet, names no party)
                         # universities and their campuses, institutes, companies, societies, councils, governments,
                         # museums, hospitals and banks, in Chinese and Japanese ("武汉大学", "科罗拉多大学丹佛分校")
                         "大学", "大學", "学院", "學院", "分校", "研究所", "研究院", "研究中心", "实验室", "實驗室", "公司",
                         "集团", "集團", "会社", "會社", "协会", "協會", "学会", "學會", "委员会", "委員會", "政府", "博物馆",
                         "博物館", "美术馆", "美術館", "医院", "醫院", "病院", "银行", "銀行", "电视台", "電視台", "基金会",
                         "基金會", "财团", "財團",
                         # and in Korean: university, company, museum ("서울대학교", "삼성전자 주식회사")
                         "대학교", "대학", "주식회사", "박물관", "재단",
                         # and in Arabic, an outlet named in English words: press, news ("أكورا بريس", "سكاي نيوز")
                         " بريس", " نيوز")
# a company's legal form opening its name in Japanese and Korean ("株式会社ソニー", "주식회사 카카오")
_ORGANISATION_OPENINGS = ("株式会社", "有限会社", "주식회사")
# the body words of a language written without spaces between words, opening a word of the name
_UNSPACED_BODY_OPENINGS = ORGANISATION_WORDS_BY_LANGUAGE["th"]
# Where the credit's grammar expects a body (before 提供, provided by), a Chinese body is also named by the one word its
# name ends on: a government (府), ministry (部), bureau (局), agency (署), council (會), court or academy (院), office
# (處), institute (所), society (社), hall (館), department (廳), centre (中心), team (隊), troupe (團). Alone these
# end family names too ("阿部", "服部"), so ``is_organisation_like`` does not take them; see docs/credit-tables.md
_CJK_BODY_WORDS = ("府", "部", "局", "署", "會", "会", "院", "處", "处", "所", "社", "館", "馆", "廳", "厅", "中心",
                   "隊", "队", "團", "团")
# "Körkép.sk", "Ekolist.cz": a site's name; or printed in capitals as its brand ("TUT.BY", Belarus's portal)
_DOMAIN_AT_END = re.compile(r"\w\.(?!(?:jpe?g|png|gif|webp|tiff?|html?|php)$)[a-z]{2,6}$|(?<![\w.])[A-Z0-9]{2,}\.[A-Z]{2,3}$")
_SUFFIXES = (" photo", " photos", " foto", " fotos", " images", " wire", " pictures", " pic", " news agency",
             " agency", " news", " handout", " phat")  # Vietnamese "TTXVN phát": released by VNA, like "新华社发"
# an agency's service before its name, folded: a wire sells its pictures and video as "services" ("serwisy
# fotograficzne", PAP's photo services, dzieje.pl on PAP), printed "Serwis Foto PAP", "Serwis Wideo PAP"; in the other
# main languages the same two words, either way round ("Servizio Fotografico", "Servicio de Video", "Video Service")
_SERVICE_WORDS = r"(?:serwis|service|servizio|servicio|servico|dienst|tjanst)"
_MEDIUM_WORDS = r"(?:foto|photo|photos|fotograficzny|fotografico|fotografia|fotografie|photographique|wideo|video|tv|bild)"
_AGENCY_SERVICE = re.compile(rf"^(?:{_SERVICE_WORDS}\s+(?:de\s+)?{_MEDIUM_WORDS}|{_MEDIUM_WORDS}\s*{_SERVICE_WORDS})\s+")
_FOR = re.compile(r"\s+for\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w&+]+")
# the combining marks NFKD splits off Latin, Greek and Cyrillic letters ("é" -> "e" + U+0301)
_COMBINING_MARKS = {code: None for block in ((0x0300, 0x0370), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00),
                                             (0x20D0, 0x2100), (0xFE20, 0xFE30)) for code in range(*block)}


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """The lookup key of a name: accents, case, periods, hyphens, spacing and traditional Han forms folded away."""
    if not text.isascii():  # a traditional Han character as its simplified form: "東方IC" is "东方IC" (han_variants)
        text = unicodedata.normalize("NFKD", text).translate(_COMBINING_MARKS).translate(TRADITIONAL_TO_SIMPLIFIED)
    bare = text.casefold().replace(".", "").replace("'", "").replace("’", "")
    return _NON_WORD.sub(" ", bare).strip()


# the words of a civic body in the main news languages (organisations.ORGANISATION_WORDS_BY_LANGUAGE, one word each) and
# "archive" (labels.ARCHIVE_NOUNS: "Stadtarchiv", "Archiwum Państwowe") name an organisation too, folded
_WORDS_IN_LANGUAGES = ORGANISATION_WORDS_IN_LANGUAGES | {
    fold(word) for words in ORGANISATION_WORDS_BY_LANGUAGE.values() for word in words if " " not in word}
ORGANISATION_WORDS = ORGANISATION_WORDS | _WORDS_IN_LANGUAGES | {fold(word) for word in ARCHIVE_NOUNS}
_TABLE: dict[str, str] = {fold(spelling): name for name, spellings in SPELLINGS.items()
                          for spelling in (name, *spellings)}
# organisations kept as printed: the lookup key -> the family that says what they do in a chain
_FAMILIES: dict[str, str] = {key: family for family, spellings in AS_PRINTED.items()
                             for key in map(fold, (family, *spellings)) if key not in _TABLE}
# German spells an umlaut out where a keyboard or a system lacks it ("Horstmueller" for "Horstmüller", "ss" for "ß"): the
# lookup key of a listed name so spelled -> the name (its canonical name, or the listed spelling of one kept as printed)
_UMLAUTS_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_WITHOUT_UMLAUTS: dict[str, str] = {
    fold(spelling.translate(_UMLAUTS_SPELLED_OUT)): name if table is SPELLINGS else spelling
    for table in (SPELLINGS, AS_PRINTED) for name, spellings in table.items() for spelling in (name, *spellings)
    if spelling.translate(_UMLAUTS_SPELLED_OUT) != spelling}


# a listed name of several words printed glued into one ("EUROPAPRESS" for "EUROPA PRESS", as a page's caps style sets
# it): the lookup key without its spaces -> the name; only long keys, where a glued run is no other word or acronym
_GLUED_REACH = 8
_GLUED: dict[str, str] = {key.replace(" ", ""): name for key, name in _TABLE.items()
                          if " " in key and len(key.replace(" ", "")) >= _GLUED_REACH}


def one_word_spellings() -> list[str]:
    """Every one-word spelling of an organisation in the table ("AFP", "REUTERS", "Xinhua"), longest first."""
    words = {spelling for table in (SPELLINGS, AS_PRINTED) for name, spellings in table.items()
             for spelling in (name, *spellings) if " " not in spelling and len(spelling) >= 2 and spelling.isascii()}
    return sorted(words, key=lambda word: (-len(word), word))


@lru_cache(maxsize=8192)
def slashed_spellings() -> list[str]:
    """The spellings with a slash in them whose parts are no known name each ("RFE/RL"): one name, not a chain."""
    return [spelling for spellings in SPELLINGS.values() for spelling in spellings
            if "/" in spelling and not all(canonical_agency(part.strip()) for part in spelling.split("/"))]


def _scripts(text: str) -> frozenset[str]:
    """The scripts a name's letters are written in ("LATIN", "CYRILLIC", "CJK" for Han and kana alike)."""
    scripts = set()
    for letter in text:
        if letter.isalpha():
            script = "LATIN" if letter.isascii() else unicodedata.name(letter, "UNKNOWN").split()[0]
            scripts.add("CJK" if script in ("HIRAGANA", "KATAKANA", "HALFWIDTH") else script)
    return frozenset(scripts)


@lru_cache(maxsize=4096)
def _as_printed(name: str, key: str) -> str:
    """A name kept as printed (``AS_PRINTED``), or its family's name when it is printed in another script: the agency
    field serves search and facets, where 中央社 must meet CNA and БТА BTA (docs/credit-tables.md)."""
    family = _FAMILIES[key]
    return family if _scripts(name) - _scripts(family) else name


@lru_cache(maxsize=16384)  # a pure function of the name; names recur across a wire's credits
def canonical_agency(name: str) -> str | None:
    """The canonical organisation a printed name stands for, or None when the table lacks it.

    Besides exact spellings it knows the printed decorations: a trailing "Photo",
    "Images", "Wire" or "Agency" ("Xinhua Photo", "PA Wire"), a leading "Official" or Vietnamese "Ảnh" (photo),
    and an assignment client ("Getty Images for Netflix" is Getty Images). An
    organisation kept as printed (``organisations.AS_PRINTED``) gives its printed name,
    without the decoration ("AFTONBLADET", "Bernama" for "Bernama Photo"), unless printed in another script than
    its family's name ("中央社" is CNA, "БТА" BTA).
    """
    key = fold(name)
    if not key:
        return None
    found = _TABLE.get(key)
    if found:
        return found
    if key in _FAMILIES:
        return _as_printed(name.strip(), key)
    for prefix in ("official ", "the ", "anh "):  # Vietnamese "Ảnh AP" (photo) is AP's "AP Photo"
        if key.startswith(prefix) and key[len(prefix):] in _TABLE:
            return _TABLE[key[len(prefix):]]
    unit = _AGENCY_SERVICE.match(key)
    if unit and key[unit.end():] in _TABLE:  # "Serwis Wideo PAP", "Photo Service AFP": the agency's own service
        return _TABLE[key[unit.end():]]
    for suffix in _SUFFIXES:
        if key.endswith(suffix):
            if key[: -len(suffix)] in _TABLE:
                return _TABLE[key[: -len(suffix)]]
            if key[: -len(suffix)] in _FAMILIES:
                printed = name.strip().rsplit(None, suffix.count(" "))[0]
                return _as_printed(printed, key[: -len(suffix)]) if fold(printed) == key[: -len(suffix)] else None
    if " for " in key:
        client = _FOR.split(name, maxsplit=1)
        return canonical_agency(client[0] if len(client) > 1 else key.split(" for ", 1)[0])
    if key.startswith("getty images "):  # "Getty Images North America", "Getty Images Sport Classic"; not prose run on
        rest = name.split()[2:]
        return "Getty Images" if len(rest) <= 3 and all(word[:1].isupper() for word in rest) else None
    head, _, country = key.rpartition(" ")
    if country in COUNTRY_OFFICES and head:  # "ATON CHILE", "EFE Colombia": the agency's office in a country
        if head in _TABLE:
            return _TABLE[head]
        if head in _FAMILIES:
            return _as_printed(name.strip(), head)
    site = _SITE_OF_KNOWN.match(name.strip())
    if site:  # "Shutterstock.com", "wikipedia.de": a known organisation's own site is the organisation
        base = fold(site[1])
        return _TABLE.get(base) or (name.strip() if base in _FAMILIES else None)  # one kept as printed stays so
    if " " not in key and len(key) >= _GLUED_REACH and key in _GLUED and _is_one_case_word(name.strip()):
        return _GLUED[key]
    return _WITHOUT_UMLAUTS.get(key) if "e" in key or "ss" in key else None  # "Horstmueller" is Horstmüller


def _is_one_case_word(word: str) -> bool:
    """A word in capitals or in lower case after its first letter ("EUROPAPRESS", "Europapress"): a glued name as a
    style sets it, not an account's handle in its own case ("@WhiteHouse", kept as printed)."""
    return word.isalpha() and (word.isupper() or word[1:].islower())


def spells_whole(name: str) -> bool:
    """Whether the table knows ``name`` as printed, not a known name with a word run on after it: "Getty Images
    Emmanuel" (a caption opening with "Emmanuel Macron ...") is Getty Images and the caption's first word, while "AP
    Photo" (a decoration) and a spelling of the table's own are whole."""
    found = canonical_agency(name)
    head = name.strip().rpartition(" ")[0]
    if found is None or not head:
        return found is not None
    key = fold(name)
    return key in _TABLE or key in _FAMILIES or key.endswith(_SUFFIXES) or canonical_agency(head) != found


_SITE_OF_KNOWN = re.compile(rf"^(?:www\.)?([^\W\d][\w-]+)\.{TOP_LEVEL_DOMAIN}$", re.I)


@lru_cache(maxsize=8192)
def is_spelled_out(name: str) -> bool:
    """Whether a name is an organisation's own spelling in the table, as printed ("Getty Images", "AFP"), not a longer
    run of words that only starts with one ("Getty Images Fallen trees")."""
    key = fold(name)
    return key in _TABLE or key in _FAMILIES


def organisation_family(name: str) -> str:
    """The organisation a name belongs to, for what it does in a chain ("CONTRASTO" is Contrasto, a carrier)."""
    key = fold(name)
    return _TABLE.get(key) or _FAMILIES.get(key) or name


def is_carrier(name: str) -> bool:
    """True for an organisation that carries others' pictures (``DISTRIBUTORS``): "Getty Images", "TT", "Contrasto"."""
    return organisation_family(name) in DISTRIBUTORS


_MASTHEAD = re.compile(r"^[A-Z]{3,}(?:-[A-Z]{3,}){1,2}$")


def is_masthead(name: str) -> bool:
    """"AMERICAN-STATESMAN", "STAR-TELEGRAM", "POST-GAZETTE": a paper's hyphenated name in capitals. Read as the
    paper only where a credit's grammar puts it (after its photographer, before "FILE"): alone, "JEAN-PIERRE"
    is a given name printed the same way."""
    return bool(_MASTHEAD.match(name))


def organisation_after_photographer(name: str) -> str | None:
    """The paper an acronym stands for where it follows its photographer ("Francine Orr / LAT"), else None."""
    return ACRONYMS_AFTER_PHOTOGRAPHER.get(name.strip().upper())


# the genitive of a country closing a body's name ("Мінкульт України", "МВС України", "Минобороны России", Icelandic
# "Veðurstofa Íslands", "Háskóli Íslands", Romanian "Guvernul României", "Vlada Srbije"): no person is named "of Ukraine"
_OF_THE_COUNTRY = frozenset(fold(word) for word in ("Украины", "України", "России", "Росії", "Беларуси", "Білорусі",
                                                    "Казахстана", "РФ", "Íslands", "României", "Srbije", "Hrvatske",
                                                    "Slovenije"))


# the states of the United States, whose public broadcasters name themselves "<State> Public" ("Connecticut Public",
# "Vermont Public", "Maine Public"): a public network, not a person
US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming")
_US_STATES = frozenset(fold(state) for state in US_STATES)


def is_public_broadcaster(name: str) -> bool:
    """"Connecticut Public", "Maine Public": a state's public broadcaster, by the name it gives itself."""
    words = fold(name).split()
    return len(words) >= 2 and words[-1] == "public" and " ".join(words[:-1]) in _US_STATES and name[:1].isupper()


def is_cjk_body(name: str) -> bool:
    """Whether a Han run names a body where a provider is expected: an organisation's ending ("武汉大学", "公司") or a
    body's word ("總統府", the Presidential Office; "高雄市行國處")."""
    return name.endswith(_ORGANISATION_ENDINGS) or name.endswith(_CJK_BODY_WORDS)


# single letters each closed by a period, opening a name: a person's initials ("F.F. Coppola")
_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){1,3}\s")


@lru_cache(maxsize=8192)
def is_organisation_like(name: str) -> bool:
    """True when a name not in the table reads as an organisation (a domain, "Mugwum Press", "US NAVY").

    An organisation word inside a sentence is no name: "sandbags (center) on Wednesday" is caption text.
    """
    if "." in name and (_DOMAIN.search(name) or _DOMAIN_AT_END.search(name)):
        return True
    if "«" in name and _LEGAL_FORM_QUOTED.match(name):
        return True  # "РОО «Дух Эльбы»", "ООО «Ромашка»": a Russian body's legal form, then its name in quotes
    if not name.isascii() and (name.endswith(_ORGANISATION_ENDINGS) or name.startswith(_ORGANISATION_OPENINGS)):
        return True  # "사진공동취재단" (the pool's press corps), "조선일보" (a daily), "武汉大学" (a university)
    if not name.isascii() and any(word.startswith(_UNSPACED_BODY_OPENINGS) for word in name.split()):
        return True  # Thai writes a body's words together: "สำนักงานเชียงใหม่" (office + Chiang Mai), "เทศบาลนครลำปาง"
    if " " in name and name.rsplit(None, 1)[-1] in _LEGAL_FORMS and is_printed_as_name(name):
        return True  # "Kompania Węglowa SA", "Volkswagen AG": a company by its legal form
    if " " in name and name[:1].isupper() and fold(name.split(None, 1)[0]) in _FOUNDATION_HEADS \
            and len(name.split()) <= 12 and not any(character.isdigit() for character in name):
        return True  # "Фонд поддержки соотечественников": a foundation named head first, its purpose in lower case
    if '"' in name or "״" in name:
        if _HEBREW_ACRONYM.search(name):
            return True  # "לע\"מ" (the Government Press Office), "צה\"ל" (the army): Hebrew writes initials with gershayim
    if _BRAND_SHAPE.match(name):
        return True  # "adhocFOTOS": a word opening in lower case and going on in capitals is a brand, never a name
    if is_contest(name):
        return True  # "Bird Photographer of the Year 2022", "Sony World Photography Awards": a contest, its entrants' pictures
    if _has_linking_preposition(name) and fold(name.split()[0]) not in _NOT_A_BODY_OPENING:
        return True  # "Soul of Saudi", "Alianța pentru Unitatea Românilor": no person's name holds "of" or "for"
    words = fold(name).split()
    if len(words) >= 2 and _INITIALS.match(name):
        words = words[1:]  # "F.F. Coppola", "J.R. Smith": a person's initials, not an acronym ("FF", "THW") of a body
    if words and words[0] in _GIVEN_NAME_WORDS:
        words = words[1:]  # "Marine Dupont", "Marine Le Pen" are people; "Marine Corps" is still a corps
    if len(words) >= 2 and words[-1] in _OF_THE_COUNTRY and name[:1].isupper():
        return True
    if is_public_broadcaster(name):
        return True
    if len(words) == 2 and name.rsplit(None, 1)[-1] in _CITY_AFTER_PLACE and name[:1].isupper():
        return True  # "Stockholms stad", "Helsingin kaupunki": a city's government, the word in lower case after its name
    if 3 <= len(words) <= 5 and words[0] in _TOWN_BEFORE_DE and words[1] in ("de", "d", "du") and name[:1].isupper():
        return True
    if 2 <= len(words) <= 4 and words[0] in _STATE_BEFORE_PLACE and is_printed_as_name(name):
        return True  # "Land Salzburg", "Kreis Calw", "Freistaat Bayern": a German-speaking state's or district's government
    return any(word in ORGANISATION_WORDS or len(word) > 9 and word.endswith(_COMPOUND_ENDINGS)
               or len(word) > 11 and word.startswith(_COMPOUND_STARTS)
               for word in words) and (is_printed_as_name(name) or _is_sentence_case_name(name)) \
        and not _YEAR_WORD.search(name)  # "PyeongChang 2018 Winter Olympic Games": an event's edition, no body


# Titles of office and of courtesy before a name: the person is pictured or quoted, never the photographer credited
# ("(President Biden) (Reuters)" after a caption); before "of", an office, no body ("President of 98 Ventures")
# (and in the main news languages, folded as names are looked up: "Presidente", "Präsident", "Kanzlerin", "Roi")
OFFICE_TITLES = frozenset(fold(word) for word in """president vice prime minister chancellor king queen prince princess pope
                              emperor empress sheikh emir sultan senator governor mayor mr mrs ms mx sir dame lord lady
                              presidente presidenta présidente präsident präsidentin ministro ministra ministre ministerin
                              ministerpräsident kanzler kanzlerin canciller roi könig königin rainha premier premiê""".split())
# titles that are as often a woman's or a man's given name ("Regina Garcia", "Rei Nakamura", "Reina Flores"): an office
# only as the word before a name ("la reina Letizia"), never because a name opens on them
_TITLES_ALSO_GIVEN_NAMES = frozenset(fold(word) for word in "rey reina rei regina reine".split())


def is_office_title(word: str) -> bool:
    """"President", "Kanzlerin", "reina": a title of office or courtesy, as the word before a name."""
    return fold(word) in OFFICE_TITLES or fold(word) in _TITLES_ALSO_GIVEN_NAMES


def opens_on_office_title(name: str) -> bool:
    """"President Biden", "Queen Elizabeth": a name whose first word is an office's title, no given name ("Regina
    Garcia" names a person)."""
    words = name.split(maxsplit=1)
    return bool(words) and fold(words[0]) in OFFICE_TITLES


# a Hebrew acronym: letters, the gershayim (or the ASCII quote typed for it), and the last letter
_HEBREW_ACRONYM = re.compile(r"(?:^|\s)[\u05d0-\u05ea]{1,4}[\"״][\u05d0-\u05ea](?:\s|$)")

# "of" and "for" in the main news languages: a preposition linking two capitalised words of one name makes it a body's or
# a work's ("Friends of the Earth", "Alliance for Romanian Unity", "Stiftung für Natur"); a person's particles ("de",
# "van", "von", "y", vocabulary.PARTICLES) are not among them
_LINKING_PREPOSITIONS = frozenset("of for pentru für fur pour para per voor för dla pro".split())


# the small words a body's name holds beside its prepositions; "at", "on" or "in" make a sentence ("Nurses at the
# Centers for Disease Control")
_BODY_CONNECTORS = frozenset("of and the de du des da do del della di la le el y der".split())
# a title's or a role's first word: "The Moment of Impact" names a picture, "Photographer of the Year" a person's prize
_NOT_A_BODY_OPENING = frozenset("the a an photographer photographers photo picture image".split())


def _has_linking_preposition(name: str) -> bool:
    """Capitalised words with a preposition in lower case between them that no person's name holds."""
    words = name.split()
    if len(words) < 3 or opens_on_office_title(name) or any(
            "-" in word and not word.rsplit("-", 1)[1][:1].isupper() for word in words):
        return False  # "The Moment of Re-entry": a title's lower-case word after a hyphen, no body's name
    return len(words) <= 8 and any(word in _LINKING_PREPOSITIONS for word in words[1:-1]) and all(
        word[:1].isupper() or word[:1].isdigit() or word in _LINKING_PREPOSITIONS or word in _BODY_CONNECTORS
        for word in words) and words[0][:1].isupper() and words[-1][:1].isupper()


# a photo contest's name, with its year: it credits the pictures of its entrants ("Name/Wildlife Photographer of the Year");
# "Photographer of the Year" alone is a person's title
_CONTEST = re.compile(r"(?:^|\s)(?:[A-Z]\w+\s(?:Photographer|Photo|Picture)s?\sof the Year|(?:Photo|Photography|Picture)"
                      r"\s(?:Awards?|Prize|Contest|Competition))(?:\s+(?:19|20)\d{2})?$")


# a brand's one word, lower-case letters then a run of capitals ("adhocFOTOS", "ojoPÚBLICO"): no person's name is
# written so (a name's inner capital opens a word of its own: "deGrom", "McDONALD" start otherwise)
_BRAND_SHAPE = re.compile(r"^[a-zß-ÿ]{2,}[A-ZÀ-Þ]{2,}[\w&-]*$")


def is_contest(name: str) -> bool:
    """A photo contest's name ("Bird Photographer of the Year 2022", "Sony World Photography Awards")."""
    return name[-1:] in "rdeszt0123456789" and name[:1].isupper() and _CONTEST.search(name) is not None
_LEGAL_FORM_QUOTED = re.compile(r"^[А-ЯЁІЇЄ]{2,5} «[^«»]{2,60}»$")
def ends_in_organisation_word(name: str) -> bool:
    """An organisation's name ending in what it is ("Harrison News-Herald", "Louisiana Press Journal"); not a title
    with an organisation word inside it ("The Wayne County Sheep King")."""
    words = fold(name).split()
    return bool(words) and words[-1] in ORGANISATION_WORDS and is_printed_as_name(name)


# the words German and Austrian governments print before the place they govern ("Land Salzburg", "Land Tirol", "Kreis
# Calw", "Bezirk Mitte", "Freistaat Sachsen", "Markt Berchtesgaden"); "Land" alone closing a name is a surname
_STATE_BEFORE_PLACE = frozenset({"land", "bundesland", "freistaat", "kreis", "bezirk", "markt", "marktgemeinde",
                                 "landeshauptstadt", "hansestadt", "stadtgemeinde", "bezirksamt", "magistrat", "provinz",
                                 # ... and other languages' ("Region Skåne", "Grad Zagreb", "Město Brno", "Xunta de
                                 # Galicia", "Junta de Andalucía", "Generalitat de Catalunya", "Diputación de Sevilla")
                                 "region", "provincia", "grad", "mesto", "junta", "xunta", "generalitat", "diputacion",
                                 "amt", "stad", "obec",
                                 "град"})  # Serbian, Bulgarian and Macedonian Cyrillic "Град Ниш" as "Grad Zagreb"  # Czech and Slovak "Obec Lány" (the municipality of)
# the word for a city's government after the city's name, in lower case ("Stockholms stad", "Helsingin kaupunki", "Oslo
# kommune"); capitalised, "Stad" is a surname
_YEAR_WORD = re.compile(r"(?<!\S)(?:19|20)\d{2}(?!\S)")  # a year standing as a word of a name
_CITY_AFTER_PLACE = frozenset({"stad", "kaupunki", "kunta", "kommune", "kommun", "dome", "vald"})
# "Foundation" and "fund" opening a name that goes on in lower case, in the languages that name a body head first
# ("Фонд поддержки …", "Fundacja na rzecz …", "Fundación para …"); capitalised words after it are read as any name is
_FOUNDATION_HEADS = frozenset(fold(word) for word in (
    "фонд", "фондация", "фондација", "fundacja", "fundación", "fundação", "fondation", "fondazione", "fundația",
    "nadace", "nadácia", "zaklada", "fondacija", "fundacija", "stichting"))
# French "Ville de Roberval", "Mairie de Lyon": the town's government before "de" and its name; "Ville" alone before a
# name is a Finnish given name ("Ville Niinistö")
_TOWN_BEFORE_DE = frozenset({"ville", "mairie"})  # "Rīgas dome",
# "Harku vald", "Porvoon kunta"
# Organisation words that are also given names: first in a name, they make no organisation by themselves.
_GIVEN_NAME_WORDS = frozenset({"marine", "trust"})  # "Trust Mbeki": a given name in southern Africa


def _is_sentence_case_name(name: str) -> bool:
    """An organisation's name capitalised in its first word only, as many languages print it ("Medija centar
    Beograd", "Biuro prasowe Rządu", "пресс-служба Кремля"): each lowercase word an organisation word of those
    languages or a connector; a name in quotes after them counts as capitalised ("Школа управления «Сколково»")."""
    words = name.split()
    first = (fold(words[0]).split() or [""])[0] if words else ""
    return 2 <= len(words) <= 6 and (words[0][:1].isupper() or first in _WORDS_IN_LANGUAGES) and all(
        word.lstrip("«„“\"")[:1].isupper() or fold(word) in _WORDS_IN_LANGUAGES or word in _NAME_CONNECTORS
        or word in BODY_ADJECTIVES
        or _is_organisation_word(word) for word in words[1:])


def _is_organisation_word(word: str) -> bool:
    """A lowercase word that names what an organisation is, alone or as a compound's last part ("arkisto",
    "kuva-arkisto", "kaupunginmuseo")."""
    last = (fold(word).split() or [""])[-1]
    return last in _ARCHIVE_WORDS or len(last) > 9 and last.endswith(_COMPOUND_ENDINGS)


# archives and museums, which Nordic and Slavic languages print in lower case after their owner ("Päivälehden arkisto")
_ARCHIVE_WORDS = frozenset({*(fold(word) for word in ARCHIVE_NOUNS if word not in ("archive", "archives")), "museo",
                            "museum", "kirjasto", "muzeum", "muzej"})  # English capitalises its organisations' words: "AFPTV - First images" is a title


# lowercase words a name may hold between its capitalised ones ("Department of Defense", "Corriere della Sera"; Swahili
# "ya", "wa" and Tagalog "ng", of: "Manispaa ya Moshi", "Pamahalaang Lungsod ng Maynila")
# ... and the plural articles' forms ("Câmara dos Deputados", "Ministério das Relações Exteriores", "Camera dei Deputati")
_NAME_CONNECTORS = frozenset("""of and for the on at in de du des da do dos das del della dei delle degli di la le el y der
                                ya wa ng""".split())


@lru_cache(maxsize=8192)
def is_printed_as_name(text: str) -> bool:
    """Capitalised words with lowercase connectors between them ("The Valley Ledger", "NPR"); no aside, no clause."""
    tokens = text.split()
    if not tokens or len(tokens) > 12 and (len(tokens) > 20 or fold(tokens[-1]) not in ORGANISATION_WORDS):
        return False  # a body's long name ends in what it is ("... Brigade of the Ukrainian Armed Forces")
    for position, token in enumerate(tokens):
        core = token.strip("'’\",.")
        if core in ("©", "ⓒ"):
            return False  # "IMAGE 2 © Name": a credit mark, not part of a name
        if not core or not any(char.isalnum() for char in core):
            continue  # "&", "-", "+"
        if core[0] in "([{（" or core[-1] in ")]}）":
            return False  # "(center)": a bracketed aside belongs to a sentence
        if core[0].isupper() or core[0].isdigit() or (core[0].isalpha() and not core[0].islower()):
            continue  # caseless scripts count as capitalised
        if "-" in core and core.rsplit("-", 1)[1][:1].isupper():
            continue  # "kolbert-Press": a brand printed in lower case before its capitalised head
        if position == 0 or core.lower() not in _NAME_CONNECTORS:
            return False
    return True
