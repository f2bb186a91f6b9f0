"""The one table of organisation spellings: how wires, agencies and papers print their names.

``canonical_agency("AP Photo")`` is ``"AP"``, ``canonical_agency("REUTERS")`` is
``"Reuters"``. Lookups fold case, accents, periods and hyphens, so ``U.S Navy``,
``US NAVY`` and ``U.S. Navy`` are one organisation. A name not in the table gives
``None``; callers decide what an unknown name is, never this module.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# canonical name -> the spellings credits print (folded on load)
_SPELLINGS: dict[str, tuple[str, ...]] = {
    # world wires
    "AP": ("AP", "AP Photo", "AP Photos", "AP Images", "Associated Press", "The Associated Press", "أ.ب", "أ ب",
           "AP Newsroom", "AP Video", "Ассошиэйтед Пресс", "Ассоциатед Пресс", "美联社"),
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters", "Reuters Pictures", "RETUERS", "Reuters Connect",
                "Рейтер", "Рейтерс", "Реутерс", "路透社", "رويترز", "ロイター", "ロイター通信"),
    "AFP": ("AFP", "AFP Photo", "AFP PHOTO", "Agence France-Presse", "Agence France Presse", "أ ف ب", "أ.ف.ب",
            "AFP Photo Agency", "AFPTV", "AFP TV"),
    "EPA": ("EPA", "EPA-EFE", "EPA EFE", "EPA Images", "European Pressphoto Agency"),
    "EFE": ("EFE", "Agencia EFE", "EFE Photo"),
    "Getty Images": ("Getty", "Getty Images", "iStock", "iStockphoto", "게티이미지", "게티이미지코리아", "Getty Images News", "Getty Images Sport",
                     "Getty Images Entertainment", "Getty Images Europe", "Getty Images North America",
                     "Getty Images South America", "Getty Images AsiaPac"),
    "Bloomberg": ("Bloomberg", "Bloomberg News", "Bloomberg Photo"),
    "Anadolu": ("Anadolu", "Anadolu Agency", "Anadolu Ajansi", "Anadolu Ajansı", "AA", "AA Photo"),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "新华社", "新華社", "新华社发", "新華社發"),  # 发: "released by"
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur", "dpa-Zentralbild", "dpa Picture-Alliance", "dpa-infocom"),
    "Kyodo": ("Kyodo", "Kyodo News", "共同", "共同通信"),
    "NurPhoto": ("NurPhoto", "NurPhoto Agency"),
    "Shutterstock": ("Shutterstock", "REX", "Rex Features", "REX Shutterstock", "Shutterstock Editorial",
                     "Rex USA"),
    "USA TODAY Sports": ("USA TODAY Sports", "USA Today Sports", "USA TODAY Network", "USA TODAY NETWORK"),
    "Imagn Images": ("Imagn", "Imagn Images", "Imagn Content Services"),
    "PA": ("PA", "PA Wire", "PA Images", "PA Media", "PA Archive", "PA Photos", "Press Association",
           "Press Association Images", "PA Archive/PA Images"),
    "Jiji Press": ("Jiji", "Jiji Press", "時事"),
    "Yonhap": ("Yonhap", "Yonhap News Agency", "연합뉴스"),
    "KCNA": ("KCNA", "Korean Central News Agency", "KCNA via KNS"),
    "TASS": ("TASS", "ITAR-TASS", "ТАСС", "Фотохроника ТАСС", "ИТАР-ТАСС"),
    "Sputnik": ("Sputnik", "RIA Novosti", "РИА Новости"),
    "ANSA": ("ANSA",),
    "LaPresse": ("LaPresse",),
    "Europa Press": ("Europa Press", "EUROPA PRESS"),
    "Agência Brasil": ("Agencia Brasil", "Agência Brasil"),
    "Antara": ("Antara", "Antara Foto", "Antara News", "Foto Antara"),
    "AAP": ("AAP", "AAP Image", "AAPIMAGE", "Australian Associated Press"),
    "The Canadian Press": ("CP", "The Canadian Press", "Canadian Press"),
    "ISNA": ("ISNA", "Iranian Students News Agency"),
    "IRNA": ("IRNA",),
    "WANA": ("WANA", "West Asia News Agency"),
    "SANA": ("SANA",),
    "WAFA": ("WAFA",),
    "PTI": ("PTI", "Press Trust of India"),
    "ANI": ("ANI",),
    "Imaginechina": ("IC", "Imaginechina", "Imagine China"),
    "VCG": ("VCG", "Visual China Group"),
    "China News Service": ("China News Service", "CNS"),
    "Keystone": ("Keystone", "Keystone Press", "Keystone-SDA", "Keystone Pictures USA"),
    "Hulton Archive": ("Hulton Archive", "Hulton", "Hulton-Deutsch Collection"),
    "Bettmann": ("Bettmann", "Bettmann Archive"),
    "Corbis": ("Corbis",),
    "Invision": ("Invision",),
    "WireImage": ("WireImage",),
    "FilmMagic": ("FilmMagic",),
    "Alamy": ("Alamy", "Alamy Stock Photo", "Alamy Live News"),
    "Action Images": ("Action Images",),
    "Allstar": ("Allstar", "Allstar Picture Library"),
    "Sipa": ("Sipa", "Sipa Press", "SIPA USA", "Sipa USA"),
    "ZUMA Press": ("ZUMA", "ZUMA Press", "ZUMA Wire", "ZUMA Press Wire", "ZUMAPRESS.com",
                   "ЗУМА Пресс"),
    "Abaca Press": ("Abaca", "Abaca Press", "ABACAPRESS", "ABACAPRESS.COM", "Abacapress.com"),
    "picture alliance": ("picture alliance", "picture-alliance", "Picture Alliance"),
    "SOPA Images": ("SOPA Images", "SOPA Images/LightRocket"),
    "LightRocket": ("LightRocket",),
    "Pacific Press": ("Pacific Press",),
    "Polaris": ("Polaris", "Polaris Images"),
    "Redux": ("Redux", "Redux Pictures"),
    "Magnum Photos": ("Magnum", "Magnum Photos"),
    "VII": ("VII", "VII Photo"),
    "Contact Press Images": ("Contact Press Images",),
    "CNP": ("CNP", "Consolidated News Photos"),
    "Demotix": ("Demotix",),
    "Barcroft Media": ("Barcroft", "Barcroft Media"),
    "SWNS": ("SWNS", "South West News Service"),
    "Jam Press": ("Jam Press",),
    "Huw Evans Agency": ("Huw Evans Agency", "Huw Evans Picture Agency"),
    "DHA": ("DHA", "DHA Photo", "Demiroren News Agency"),
    "Ritzau Scanpix": ("Ritzau Scanpix", "Scanpix"),
    "NTB": ("NTB", "NTB Scanpix"),
    "TT News Agency": ("TT", "TT News Agency"),
    "Lehtikuva": ("Lehtikuva",),
    "Belga": ("Belga",),
    "ANP": ("ANP",),
    "APA": ("APA", "APA-PictureDesk"),
    "ČTK": ("CTK", "ČTK"),
    "PAP": ("PAP",),
    "MTI": ("MTI",),
    "Agencia Uno": ("Agencia Uno",),
    "IMAGO": ("IMAGO", "imago images", "IMAGO Images"),
    "Icon Sportswire": ("Icon Sportswire",),
    "action press": ("action press", "Action Press"),
    "Profimedia": ("Profimedia",),
    "East News": ("East News",),
    "Agencja Wyborcza": ("Agencja Wyborcza", "Agencja Wyborcza.pl"),
    "GC Images": ("GC Images",),
    "Science Source": ("Science Source",),
    "News1": ("News1", "뉴스1"),
    "게티이미지뱅크": ("게티이미지뱅크", "Getty Images Bank"),  # Getty's Korean stock licensee
    "Newsis": ("Newsis", "뉴시스"),
    "Agência Senado": ("Agência Senado", "Agencia Senado"),
    "MAFRA": ("MAFRA",),
    "Notimex": ("Notimex",),
    "Cuartoscuro": ("Cuartoscuro", "Cuartoscuro.com"),  # Mexico's photo agency, printed as its site
    # newspapers and magazines
    "The New York Times": ("The New York Times", "New York Times", "NYT", "The New York Times Company"),
    "The Washington Post": ("The Washington Post", "Washington Post"),
    "The Wall Street Journal": ("The Wall Street Journal", "Wall Street Journal", "WSJ"),
    "Los Angeles Times": ("Los Angeles Times", "The Los Angeles Times", "LA Times"),
    "Chicago Tribune": ("Chicago Tribune", "The Chicago Tribune"),
    "The Boston Globe": ("The Boston Globe", "Boston Globe", "Globe Staff"),
    "San Francisco Chronicle": ("San Francisco Chronicle", "The San Francisco Chronicle", "The Chronicle"),
    "Houston Chronicle": ("Houston Chronicle",),
    "The Dallas Morning News": ("The Dallas Morning News", "Dallas Morning News"),
    "Miami Herald": ("Miami Herald", "The Miami Herald"),
    "Tampa Bay Times": ("Tampa Bay Times",),
    "The Seattle Times": ("The Seattle Times", "Seattle Times"),
    "The Denver Post": ("The Denver Post", "Denver Post"),
    "Star Tribune": ("Star Tribune", "Minneapolis Star Tribune"),
    "The Philadelphia Inquirer": ("The Philadelphia Inquirer", "Philadelphia Inquirer"),
    "The Atlanta Journal-Constitution": ("The Atlanta Journal-Constitution", "AJC"),
    "The Guardian": ("The Guardian", "Guardian"),
    "The Observer": ("The Observer",),
    "The Times": ("The Times", "The Sunday Times"),
    "The Irish Times": ("The Irish Times", "Irish Times"),
    "Financial Times": ("Financial Times", "FT"),
    "The Daily Telegraph": ("The Daily Telegraph", "The Telegraph", "Daily Telegraph"),
    "Le Monde": ("Le Monde",),
    "Süddeutsche Zeitung": ("Süddeutsche Zeitung", "SZ Photo"),
    "China Daily": ("China Daily", "chinadaily.com.cn"),
    "The Yomiuri Shimbun": ("The Yomiuri Shimbun", "Yomiuri", "Yomiuri Shimbun"),
    "The Asahi Shimbun": ("The Asahi Shimbun", "Asahi Shimbun", "Asahi"),
    "Mainichi": ("Mainichi", "The Mainichi", "Mainichi Shimbun"),
    "Hindustan Times": ("Hindustan Times",),
    "WWD": ("WWD", "Women's Wear Daily"),
    "TIME": ("TIME", "Time Magazine"),
    "National Geographic": ("National Geographic", "Nat Geo"),
    # governments and institutions that supply pictures
    "NASA": ("NASA",),
    "NPR": ("NPR", "National Public Radio"),
    "BBC": ("BBC", "BBC News"),
    "CNN": ("CNN",),
    "CBC": ("CBC", "CBC News", "Canadian Broadcasting Corporation"),
    "ESPN": ("ESPN",),
    "MDR": ("MDR", "Mitteldeutscher Rundfunk"),
    "ESA": ("ESA", "European Space Agency"),
    # the U.S. services; a bare "Navy" or "Army" is no one's in particular (``us_service_in``)
    "U.S. Navy": ("U.S. Navy", "US Navy", "United States Navy", "Navy Visual News Service"),
    "U.S. Army": ("U.S. Army", "US Army", "United States Army", "The U.S. Army"),
    "U.S. Air Force": ("U.S. Air Force", "US Air Force", "USAF", "United States Air Force"),
    "U.S. Marine Corps": ("U.S. Marine Corps", "US Marine Corps", "USMC", "U.S. Marines"),
    "U.S. Coast Guard": ("U.S. Coast Guard", "US Coast Guard", "USCG"),
    "U.S. Department of Defense": ("U.S. Department of Defense", "Department of Defense", "DoD",
                                   "Pentagon"),
    "White House": ("White House", "The White House", "Official White House"),
    "Kremlin": ("Kremlin", "Kremlin Press Service"),
    "Instagram": ("Instagram",),
    "Twitter": ("Twitter", "X/Twitter"),
    "Facebook": ("Facebook",),
    "Telegram": ("Telegram",),
    "YouTube": ("YouTube",),
    "Unsplash": ("Unsplash",),
    "Pexels": ("Pexels", "Pexels.com"),
    "Pixabay": ("Pixabay",),
    "Adobe Stock": ("Adobe Stock",),
    "Flickr": ("Flickr",),
    "Wikimedia Commons": ("Wikimedia Commons", "Wikimedia"),
    "Wikipedia": ("Wikipedia",),
    "Forbes": ("Forbes",),
    "Maxar Technologies": ("Maxar Technologies", "Maxar"),
    "Netflix": ("Netflix",),
}

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


# Organisations whose house style puts them first ("REUTERS/Name", "AP Photo/Name"):
# when another organisation follows the photographer ("REUTERS/KCNA",
# "AFP PHOTO/ARASH KHAMOOSHI/ISNA"), that one made the picture and the wire carries it.
PREFIX_WIRES = frozenset({"AP", "Reuters", "AFP", "EPA", "Xinhua", "EFE", "IMAGO", "PAP", "ANSA", "Antara"})

# Redistributors that rarely originate: in "Xinhua/ABACAPRESS.COM/Name" the originator
# is Xinhua, whatever the order.
DISTRIBUTORS = frozenset({"Getty Images", "Shutterstock", "Alamy", "Abaca Press", "Imagn Images",
                          "picture alliance", "Redux", "Polaris", "Sipa", "TT News Agency", "NTB", "Ritzau Scanpix",
                          "IMAGO", "Flickr", "East News"})

# Words that make an unknown name an organisation ("Mugwum Press", "Tasmania Fire Service"), folded
# ("Palácio" is "palacio").
ORGANISATION_WORDS = frozenset("""
    press news agency agence agencia agentur images image photos pictures picture pics media
    wire times post herald tribune journal gazette chronicle daily newspaper newspapers zeitung
    magazine network tv television radio studios studio archive archives collection library
    museum university college school service services navy army force forces marine marines
    corps guard police ministry department office government administration council commission
    committee foundation institute center centre company corporation corp inc ltd llc gmbh group
    club federation league association society union bureau authority embassy nations
    organization organisation team sports airlines airways bank hospital church palace parliament
    senate congress presidency reserve command brigade battalion division regiment mountain
    shimbun visual productions pictures entertainment records festival gallery projects collaboration
    sanomat lehti gazeta dagblad tidning avis noticias diario periodico giornale corriere presse
    enterprise foto jail prison county sheriff univ films alliance stichting express
    palacio prefeitura governo secretaria assembleia camara tribunal ministerio ayuntamiento gobierno presidencia
    systems science survey laboratories
    telescope observatory laboratory spacecraft satellite
    palazzo project dziennik agencja kurier tygodnik polizei feuerwehr stiftung verband verein ministerium regierung
""".split())
# German joins its organisation words to what they serve ("Kantonspolizei", "Bundesregierung", "Stadtarchiv"):
# a long word ending in one is an organisation's name
_COMPOUND_ENDINGS = ("polizei", "zeitung", "ministerium", "regierung", "verband", "verein", "feuerwehr", "stiftung",
                     "archiv", "museum", "verlag", "behorde", "gericht", "bibliothek", "agentur")

_DOMAIN = re.compile(r"(?:\bwww\.|\w\.(?:com|org|net|gov|edu|info|co\.uk|de|fr|es|it|cn|jp)\b)", re.I)
# Korean organisations end in what they are: press corps, association, daily, news agency
_ORGANISATION_ENDINGS = ("취재단", "기자단", "기자협회", "협회", "일보", "신문", "통신", "뉴스", "新聞", "新闻", "日报",
                         "通信社")
_DOMAIN_AT_END = re.compile(r"\w\.(?!(?:jpe?g|png|gif|webp|tiff?|html?|php)$)[a-z]{2,6}$")  # "Körkép.sk", "Ekolist.cz": a site's name
_SUFFIXES = (" photo", " photos", " foto", " fotos", " images", " wire", " pictures", " news agency",
             " agency", " news", " handout")
_NON_WORD = re.compile(r"[^\w&+]+")
# the combining marks NFKD splits off Latin, Greek and Cyrillic letters ("é" -> "e" + U+0301)
_COMBINING_MARKS = {code: None for block in ((0x0300, 0x0370), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00),
                                             (0x20D0, 0x2100), (0xFE20, 0xFE30)) for code in range(*block)}


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """The lookup key of a name: accents, case, periods, hyphens and spacing folded away."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_COMBINING_MARKS)
    bare = text.casefold().replace(".", "").replace("'", "").replace("’", "")
    return _NON_WORD.sub(" ", bare).strip()


_TABLE: dict[str, str] = {fold(spelling): name for name, spellings in _SPELLINGS.items()
                          for spelling in (name, *spellings)}


def one_word_spellings() -> list[str]:
    """Every one-word spelling of an organisation in the table ("AFP", "REUTERS", "Xinhua"), longest first."""
    words = {spelling for name, spellings in _SPELLINGS.items() for spelling in (name, *spellings)
             if " " not in spelling and len(spelling) >= 2 and spelling.isascii()}
    return sorted(words, key=lambda word: (-len(word), word))


@lru_cache(maxsize=8192)
def canonical_agency(name: str) -> str | None:
    """The canonical organisation a printed name stands for, or None when the table lacks it.

    Besides exact spellings it knows the printed decorations: a trailing "Photo",
    "Images", "Wire" or "Agency" ("Xinhua Photo", "PA Wire"), a leading "Official",
    and an assignment client ("Getty Images for Netflix" is Getty Images).
    """
    key = fold(name)
    if not key:
        return None
    found = _TABLE.get(key)
    if found:
        return found
    for prefix in ("official ", "the "):
        if key.startswith(prefix) and key[len(prefix):] in _TABLE:
            return _TABLE[key[len(prefix):]]
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and key[: -len(suffix)] in _TABLE:
            return _TABLE[key[: -len(suffix)]]
    if " for " in key:
        return canonical_agency(key.split(" for ", 1)[0])
    if key.startswith("getty images "):
        return "Getty Images"
    return None


@lru_cache(maxsize=8192)
def is_organisation_like(name: str) -> bool:
    """True when a name not in the table reads as an organisation (a domain, "Mugwum Press", "US NAVY").

    An organisation word inside a sentence is no name: "sandbags (center) on Wednesday" is caption text.
    """
    if "." in name and (_DOMAIN.search(name) or _DOMAIN_AT_END.search(name)):
        return True
    if not name.isascii() and name.endswith(_ORGANISATION_ENDINGS):
        return True  # "사진공동취재단" (the pool's press corps), "조선일보" (a daily)
    return any(word in ORGANISATION_WORDS or len(word) > 9 and word.endswith(_COMPOUND_ENDINGS)
               for word in fold(name).split()) and is_printed_as_name(name)


# lowercase words a name may hold between its capitalised ones ("Department of Defense", "Corriere della Sera")
_NAME_CONNECTORS = frozenset("of and for the on at in de du des da do del della di la le el y".split())


@lru_cache(maxsize=8192)
def is_printed_as_name(text: str) -> bool:
    """Capitalised words with lowercase connectors between them ("The Valley Ledger", "NPR"); no aside, no clause."""
    tokens = text.split()
    if not tokens or len(tokens) > 12:
        return False
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
