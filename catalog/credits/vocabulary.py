"""The words and patterns credits are read with: labels in many languages, qualifiers, particles, codes."""

from __future__ import annotations

import re

from catalog.credits.agencies import US_STATES, canonical_agency, fold, one_word_spellings
from catalog.credits.labels import (
    FIRST_LETTERS,
    LANGUAGE_LABELS,
    NO_PARTY_IN_LANGUAGES,
    QUALIFIERS_IN_LANGUAGES,
    TAKEN_FROM,
)
from catalog.credits.organisations import PREFIX_WIRES

# --- vocabulary ---------------------------------------------------------------------------

QUALIFIER_WORDS = {
    "file": "file", "files": "file", "file photo": "file", "file picture": "file", "file image": "file", "archive": "file",
    # "archive" in the main news languages, printed alone for a file picture ("Foto: Archivo"): from
    # QUALIFIERS_IN_LANGUAGES below (labels.ARCHIVE_WORDS)
    "pool": "pool", "pool photo": "pool", "pool picture": "pool", "pool image": "pool",
    "handout": "handout", "handout photo": "handout", "handout picture": "handout", "ho": "handout",
    "staff": "staff", "stf": "staff", "staff photo": "staff", "staff photographer": "staff", "photo editor": "staff",
    "chief photographer": "staff",
    "illustration": "illustration", "photo illustration": "illustration",
    "video still": "video still", "video grab": "video still", "screengrab": "video still",
    "screen grab": "video still", "screenshot": "video still", "tv grab": "video still",
    "still image from video": "video still", "still from video": "video still",
    **{fold(word): qualifier for qualifier, words in QUALIFIERS_IN_LANGUAGES.items() for word in words},
}
# Printed after a label in place of any party: a private picture, "provided" (Swiss "zur Verfügung
# gestellt"), a press handout, a courtesy picture. The line is kept; it names no agency and no one.
NO_PARTY = frozenset({"privat", "private", "zvg", "pr", "cortesia", "gentileza", "courtesy", "handout", "unknown", "supplied",
                      "provided", "submitted", "contributed", "pd", "special arrangement",
                      # the artist whose work is pictured lent it ("Courtesy of the Artist"): labels.THE_ARTIST
                      # a personal archive, Brazil's and Spain's "privat": labels.PRIVATE_ARCHIVES
                      "eigene darstellung", "eigene aufnahme", "eigenes foto",
                      # social networks and television in general: a copy from them names no one ("Reprodução/TV")
                      "redes sociais", "redes sociales", "reseaux sociaux", "soziale medien", "social networks", "tv", *(fold(word) for word in NO_PARTY_IN_LANGUAGES)})
# Marks a wire prints in its credit about how the picture was sent, naming no party: Reuters' "Livepic"
# (sent live from the event: "Name/Livepic/Reuters", "REUTERS/Name/LIVEPIC")
TRANSMISSION_MARKS = frozenset({"livepic"})
# An outlet's brand of letters and a number: "Sul21", "TVN24", "7News", "Channel4", and capitals and a number ("G1",
# "F64", "B92"), digits and a word ("24sata", Croatian "24 hours"); not a year, a code or a model
NUMBERED_BRAND = re.compile(r"^(?:[A-Z][A-Za-z]{2,}\d{1,3}|[A-Z]{1,3}\d{1,3}|\d{1,2}[A-Za-z][a-z]{3,})$")
# a person's name printed all in lower case, two or three words ("jim watson", "lan deng"), as a photo site's users
# and some feeds print it: read only before a known agency
LOWER_CASE_NAME = re.compile(r"^[a-zß-öø-ÿ]{2,}(?: [a-zß-öø-ÿ]{2,}){1,2}$")
# Korean labels that say the picture was provided ("사진제공: 청와대"), like "청와대 제공" after it: the provider
PROVIDED_LABEL = re.compile(r"^\s*(?:기사\s*및\s*)?사진\s*제공\s*[-=:：]")
# Printed by a page template whose credit field was left empty: no credit at all ("Foto: N/A")
EMPTY_FIELD = frozenset({"n a", "none", "null", "tbd", "tba"})
# ... or a blank to fill in, as a template or a list of example forms prints it ("写真提供：○○", "Foto: XX", "Photo: ___")
PLACEHOLDER = re.compile(r"^(?:[○◯〇●□■△×＿_?？*＊…\-]{2,}|X{2,}|x{2,})$")


# "yes" and "no" in the main languages, as a form's setting prints them after its field ("Photo: yes", "צילום: צריך
# "כן" או "לא"", a photo consent that must be yes or no)
YES_WORDS = frozenset({"yes", "ja", "oui", "si", "sí", "sim", "tak", "da", "да", "так", "evet", "kyllä", "igen", "ano",
                       "כן", "نعم", "true"})
NO_WORDS = frozenset({"no", "nein", "non", "não", "nao", "nie", "ne", "нет", "ні", "hayır", "ei", "nem", "לא", "لا",
                      "false"})
_YES_OR_NO = YES_WORDS | NO_WORDS
_WORD = re.compile(r"[^\W\d_]+")


def _is_yes_or_no(value: str) -> bool:
    """A setting's "yes" or "no", or the choice between them, quoted or slashed ('"כן" או "לא"', "ja/nein")."""
    if " " not in value and "/" not in value:
        return value.casefold() in _YES_OR_NO  # one word: the cheap test most values end on
    if '"' not in value and "/" not in value and "”" not in value:
        return False  # a choice prints its words quoted or slashed; "No Limits Media" is a name
    words = set(_WORD.findall(value.casefold()))
    return bool(words & YES_WORDS and words & NO_WORDS)


def is_empty_field(value: str) -> bool:
    """Whether a label's value is a template's empty field, a blank to fill in, one letter or a yes or no: no credit.

    One letter names no one: a Hangul syllable or a Han character alone after the label is a setting's value ("사진=금,
    그림=은": photo gold, drawing silver), a Latin one a blank ("Photo: A") unless the table knows it as a platform's
    name ("Foto: X", the platform formerly Twitter).
    """
    one_letter = len(value) == 1 and value.isalpha() and not (value.isupper() and canonical_agency(value))
    return len(value) <= 4 and (fold(value) in EMPTY_FIELD or one_letter) or PLACEHOLDER.match(value) is not None \
        or len(value) <= 40 and _is_yes_or_no(value)
# Printed in place of a name when the photographer is not credited.
# (looked up folded: "Divulgação" is "divulgacao")
NOT_NAMES = frozenset(fold(word) for word in {"str", "stringer", "", "unknown", "anonymous", "n a", "na", "none", "no one", "nobody",
                        "photo", "photos", "image", "picture", "uncredited",
                        "contributor",  # Getty's role word between its photographer and itself ("Name/Contributor/Getty Images")
                        "reprodução", "reproducao", "acknowledgement", "acknowledgment", "social media", "reproducción", "cortesía", "cortesia", "gentileza", "divulgação", "неизвестен", "неизвестно",
                        # "unknown" and "anonymous" in the main news languages ("© desconocido": no one is named)
                        "desconocido", "desconocida", "desconhecido", "desconhecida", "inconnu", "inconnue", "sconosciuto",
                        "unbekannt", "onbekend", "nieznany", "neznámý", "ismeretlen", "okänd", "ukjent", "ukendt",
                        "tuntematon", "bilinmiyor", "невідомий", "невідомо", "anónimo", "anônimo", "anonyme", "anonimo",
                        "anonym", "anoniem", "anonim", "аноним", "анонім"})  # "Courtesy photo" names no one
# the words printed in a party's place that name none, of either kind, joined once (not on every look-up)
NAMING_NO_PARTY = NO_PARTY | NOT_NAMES
TRAILING_QUALIFIER = re.compile(
    r"[\s,]+(file photo|file|pool photo|pool|handout photo|handout|staff photographer|staff|photo editor"
    r"|chief photographer|(?-i:archives?|FILES|[Ff]iles)"
    r"|tv|video still|video grab|screengrab|资料|資料|档案|檔案)(?:(?<=file)\s+(?:1[89]|20)\d{2})?$", re.I)
# stripped only when an organisation remains; a file picture's year may follow ("AMERICAN-STATESMAN FILE 2003")
TRAILING_QUALIFIER_WORDS = {"file photo": "file", "file": "file", "pool photo": "pool", "pool": "pool",
                             "handout photo": "handout", "handout": "handout", "staff": "staff",
                             "staff photographer": "staff", "photo editor": "staff", "chief photographer": "staff",
                             "archive": "file", "archives": "file",  # "Wadena Pioneer Journal archives"
                             "files": "file",  # "Name / THE CANADIAN PRESS FILES" (Winnipeg Free Press)
                             # Chinese "file" after the agency, set apart: "东方IC 资料" (Imaginechina's file picture)
                             "资料": "file", "資料": "file", "档案": "file", "檔案": "file",
                             "tv": "video still",
                             "video still": "video still", "video grab": "video still",
                             "screengrab": "video still"}
QUALIFIER_ENDINGS = ("file", "files", "photo", "pool", "handout", "staff", "photographer", "editor", "archive", "archives", "tv",
                     "still", "grab", "资料", "档案",  # keys are folded: 資料 and 檔案 are these
                      "screengrab")
PARTICLES = frozenset("""de da do dos das del della dei der den di du la le lo van von ter ten
                          bin ibn bint al el y e zu af av st mc mac jr sr dela delos""".split())  # Filipino "Juan dela Cruz"
FUNCTION_WORDS = frozenset("""the a an in on at to is are was were be been has have had with from
                               during after before near as into over under while his her their its
                               this that these those it which who where when what says said
                               can will would should could not no he she they we you him them us
                               i my our your by""".split())
# "by" in Spanish, Portuguese and French: a byline's first word ("Por Adrián Mendoza"), but a name's word after its first
# ("Jean Par", "Ana Por")
BYLINE_WORDS = frozenset("by por par".split())
# Function words that are also names: Arabic "Said", Turkish "Can", English "Will", Chinese and Vietnamese "An",
# "He", "Do", "To", "My", Korean "In", "On", "No"; read as a name's word only where the credit places a name
NAME_FUNCTION_WORDS = frozenset("said can will an do in on to no he my".split())
ABBREVIATIONS = frozenset("""jr sr st dr mr mrs ms gen sgt lt col capt maj cpl pvt spc adm cmdr gov
                              sen rep rev no mt ft inc ltd co corp vs jan feb mar apr jun jul aug sep
                              sept oct nov dec u s tech pfc prof univ dept hon bros staff dok""".split())

# A person's role and a city by their initials, folded ("CEO, John Smith", "MD", "LA"): printed before a name, they
# say what the person is or where, never an outlet's initials
ROLE_INITIALS = frozenset("ceo cfo coo cto cmo md vp evp svp gm phd mp mep la ny nyc dc sf".split())

# U.S. states as the AP abbreviates them, in names of bodies ("Mass. Eye and Ear", "Calif. Highway Patrol"): a period
# that ends no sentence inside a name (those that are also words, "Ill.", "Wash.", "Miss.", are left out)
STATE_ABBREVIATIONS = frozenset("""ala ariz ark calif colo conn fla ind kan kans ky mass mich minn neb nev okla tenn
                                   vt wis wyo""".split())

# The first word of a military rank or rating, folded: "U.S. Army Sgt. 1st Class Name" is the service and its photographer
RANKS = frozenset("""sgt sergeant ssgt spc specialist pfc pvt private cpl corporal lcpl lance lt lieutenant capt captain
                     maj major col colonel gen general adm admiral cmdr commander airman seaman petty ensign
                     mass tech master staff chief senior warrant mc1 mc2 mc3 mcc mcs""".split())

# --- text patterns --------------------------------------------------------------------------

# the one-word names of the organisations in the table, for a label recognised only before one of them
_WIRES = "|".join(re.escape(word) for word in one_word_spellings())

# "by" after a picture word, in the languages' labels ("Photo by", "Foto von", "Photo par", "Foto oleh")
BY_WORDS = r"(?:by|von|de|par|di|por|af|av|door|oleh)"
# "taken" between the picture word and its "by", in the languages' words: "Photo taken by", French "Photo prise par"
# (and "Photo prises par", as french.cri.cn prints it), German "Foto aufgenommen von", Spanish "Foto tomada por",
# Portuguese "Foto tirada por", Dutch "Foto genomen door", Swedish "tagen av", Norwegian "tatt av", Danish "taget af"
TAKEN_WORDS = r"\s+(?:taken|pris(?:es?)?|prises|aufgenommen|tomadas?|tiradas?|genomen|tagen|tatt|taget)"

# Labels that introduce a credit, in the languages of the pages collected for issue 14
# (tests/catalog/data/credits_real.tsv) and, from ``catalog.credits.labels``, those newspapers of
# many more languages print; a label is dropped from the printed line.
_LABELS = r"""(?:
      """ + TAKEN_FROM + r"""
    | (?:photos?|pictures?|images?)\s?:\s?by(?=\s)  # "Photo: by Name", before the colon's own form reads "by Name"
    | (?:top|bottom|lead|main|header|featured|cover)\s+(?:photo|picture|image)\s+by(?=\s)  # "Top photo by Name."
      (?![^\n]*\b(?:top|bottom|left|right|middle)\s+(?:photos?|pictures?|images?)\s+by\s)  # alone: several stay whole
    | (?:wedding|aerial|portrait|publicity|promotional|wildlife|satellite|family|back(?:side)?|front|inside|rear)
      \s+(?:photos?|photographs?|pictures?|images?)\s+by(?=\s)  # what kind of picture: "Wedding photograph by Name",
      # or which side of the thing shown: "Backside photograph by Name"
    | (?:(?:photos?|photographs?|pictures?)\s+and\s+(?:text|words|story)|(?:text|words|story)\s+and\s+(?:photos?
       |photographs?|pictures?))\s+by(?=\s)  # one person's pictures and words: "Photograph and text by Name"
    |      (?:mandatory|photo|photograph|image|picture|pic|video|artwork)?\s?credits?\s?[:：](?:\s*©)?
    | (?:photo\s+)?credit\s+should\s+read\s*:?
    | cr[ée]ditos?\s+(?:(?:de|da|do|das|dos|de\s+la|del)\s+)?(?:im[aá]gen(?:es|s)?|imagem|fotos?|fotograf[ií]as?)\s?[:：]
    | (?:fotos?|fotograf[ií]as?|photos?|bild|kuva)\s?/\s?(?:fotos?|fotograf[ií]as?|photos?|bild|kuva)\s?[:：]  # "Fotografía/Fotografia:"
    | photo\s+credit\s*©
    | (?:photos?|pictures?|images?)\s*©(?:\s*\d{4})?
    | mandatory\s+credit\s+(?=\S)
    | credits?\s*(?:\.{2,}|…)
    | cr[ée]dits?\s+photos?(?=\s+[A-ZÀ-Þ])  # French "Crédit photo Name", printed without a colon
    | (?-i:Credit)(?=\s*[A-Z][\w'’.-]+\s+[A-Z][\w'’-]+(?:\s+for\s|\s*/|\s*$))  # NYT's "Credit Name for The X"
      # (glued to the name where the page's markup is flattened: "CreditKenny Holston/The New York Times")
    | image\s?(?:source|copyright)\s*[:：,]?
    | копірайт\s+зображення\s*[:：,]? | авторские\s+права\s+на\s+изображение\s*[:：,]?  # BBC's "Image copyright"
    | (?:both|all)\s+(?:photos|pictures|images)\s*[:：]
    | (?:both|all)\s+(?:photos|photography|pictures|images)\s+by(?=\s)  # "All photos by Name", a gallery's one credit
    | (?:photo|image|picture)\s+credits?\s?[-–—](?=\S)  # "Photo credits-NASA/Name"
    | (?:header|featured|hero|cover|lead|main|top)\s+(?:image|photo|picture)\s*[:：]
    | (?:photos?|photographs?|photography|photographers?|pictures?|pics?|images?|video|graphics?|sources?
       # an infographic's maker, in the languages' words ("Infografik:", "Infografía:", "Infográfico:")
       |infographics?|infografik|infograf[ií]as?|infogr[aá]ficos?|infografica|infographie
       |fotos?|fotó|fotoğraf|fotograf(?:ía|ia|ie|ías|ias|ies|ien|ii)|photographies?|fotograf|bild|bilder|bildrechte|bildquelle
       # "photograph" singular and plural where the picture word is Romance or German: French "Photographie(s) :" (a
       # space before the colon, as French sets it), Spanish "Fotografías:", Catalan "Fotografies:", Romanian
       # "Fotografii:", German "Fotografien:"
       |quelle|foto/quelle|beeld|im[aá]genes|imagens|imagen|imagem|crédito|créditos|cr[ée]dit\s+photo|kuva|kuvat|zdroj|autor
       |zdj[eę]ci[ea]|[źz]r[óo]d[łl]o|fuente|fonte|фото|фотографија|фотографія|фотография|источник|джерело|φωτογραφία|φωτογραφίες|nyitókép|forr[áa]s|collage
       |vídeo|credito|автор
      |bildnachweis|toppbild|symbolfoto|symbolbild|archivfoto|archivbild|titelfoto|titelbild|grafik
      |press(?:e)?(?:foto|fotos|bild|bilder|bilde|billede|billeder)  # a handout: Swedish "Pressfoto:", "Pressbild:", Danish
      # and Norwegian "Pressefoto:", "Pressebillede:", German "Pressebild:"
       |кредит|copyright|снимка|снимки|mynd|sn[íi]mek|sn[íi]mky|sn[íi]mka
       |צילום|تصوير|الصورة
       |copyright\s+photo|image\s+source|picture\s+source)\s?[:：|]
    | (?:photos?|photograph(?:ed|s)?|photography|pictures?|pics?|images?|video|fotos?|imagen|imagem|immagin[ei]|imatge|bild
       |fotograf[ií]as?|fotografie)  # Italian "Fotografia di", Portuguese "Fotografia de"; British papers' "Pic by"
       (?:\s+and\s+caption|\s+shot|\s+submitted|\s?:|""" + TAKEN_WORDS + r""")?\s+""" + BY_WORDS + r"""(?:\s*:)?(?=\s)
       # "Photo: by Name"; Indonesian and Malay "Foto oleh" (photo by)
       (?!\s*(?:archivo|arquivo|archivio|archives?)\b)  # "Foto di", "Foto por", "Foto af"; "Foto de archivo": a file picture
    | (?:photos?|fotos?|immagin[ei])\s+scattat[ae]\s+da(?=\s)  # Italian "Foto scattata da" (taken by)
    | (?:photos?|pictures?|images?)\s+from(?=\s+the\s+(?:[a-z]+\s+){0,4}collection\s+of\s)
    | (?<![^\W\d]\s)(?<![^\W\d])(?-i:Photo|Image|Picture)\s+via(?=\s+(?-i:[A-Z]))  # "Photo via Shutterstock." opening the
      # credit: the stock library the picture came through ("Pool Photo via AP" is another's form, kept whole)
    | (?-i:(?:[Ss]tock\s+)?(?:Photo|Photos|Image|Images|Picture)|[Ss]tock\s+(?:photos?|images?|pictures?))\s+from(?=\s+(?-i:[A-Z]))
      (?!\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)  # "Stock Image from Pexels.com": the site that offers it
      (?!\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)
    | (?:photo|foto|pic|image|picture|picha)\s*/\s*(?=\S)  # NZ's "Photo / Name", "Image / Supplied"; Swahili "Picha/Name"
    | (?-i:[Pp]hotos?|PHOTOS?|[Ff]otos?|FOTOS?)\s?[-–—]\s?(?=[a-z][\w-]*\.[a-z]{2,}/|[^\n/()]{2,40}/\s?[A-ZÀ-Þ]
      |(?-i:(?:[A-ZÀ-Þ][\w'’.&-]*\s){1,5}(?:Collection|Archives?|Museum|Library)\b))
      # a picture word joined by a dash to a credit whose grammar shows it: a site and its photographer, a name and an
      # organisation, a collection ("Foto-bakabar.com/Riyadi", "(Photo – MJ General Photograph Collection)");
      # "(Photo – High Detail)", "Foto-foto kami" are words of a text
    | (?:photos?|images?)\s?=\s?(?=[^\W\d])
    | автор\s+фото(?:графии)?\s*:?(?=\s)
    | (?-i:Fot\.|fot\.|FOT\.)(?:\s?:|(?=\s))  # Polish "Fot. Name", "FOT. PAP", "Fot.: Name", "Fot.:Name"
    | (?-i:PHOTOGRAPHER|PHOTOGRAPHS\s+BY)(?=\s)
    | (?-i:Ph|PH|ph)\.(?=\s?[A-ZÀ-Þ][a-zà-ÿ])  # Italian "Ph. Name" (photo); not "Ph.D."
    | (?-i:Fot|fot)(?=\s+[A-ZÀ-ÞŁŚŻŹĆ])  # Polish "fot." printed without its period: "(fot Name)"
    | (?-i:(?:Photos?|PHOTOS?)(?=\s+[A-Z]{2,6}(?:\s+(?i:archives?))?(?:\s*$|\s*[/\n])))  # "Photo DDM (Archives)"
    | (?-i:(?:[Ff]otos?|FOTOS?|[Pp]hotos?|[Ii]mages?|[Ii]magens?)(?=\s+(?:""" + _WIRES + r""")(?![\w&'’-])))
      # a picture word, in any case, before a wire's one-word name: "... del mundo. fotos Reuters", "Foto EFE"
    | (?-i:(?:Photo|PHOTO)(?=\s+(?:[A-ZÀ-Þ][\w'’.-]+\s+){1,3}[A-ZÀ-Þ][\w'’.-]+\s?/))  # "(Photo Max Dupont/AFP)", "PHOTO NAME / AFP"
    | (?-i:PHOTO(?=\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,3}\s*,\s*[A-ZÀ-Þ]))
      # La Presse's "PHOTO MARTIN TREMBLAY, LA PRESSE": in capitals before a name in capitals and a comma
    | (?-i:(?:Photo|PHOTO)(?=\s+[A-ZÀ-Þ][\w'’.-]+\s?/\s?[A-ZÀ-Þ][\w'’.-]+\s+[A-ZÀ-Þ]))
      # French regional papers' "Photo Progrès /Régis TABOURET": the paper's one word, a slash, a full name
    | (?-i:(?:Photos?|Fotos?|Pictures?|Pic|PIC)(?=\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+){1,2}\s*$))  # French "Photo Name": before a full name ending the line
      # (Portuguese "Fotos Name", plural; British regional papers' "Picture Name", "Pic Name")
    | (?-i:(?:foto|[Фф]ото|ФОТО|[Сс]нимк[аи]|СНИМК[АИ])(?=\s+[A-ZÀ-Þ\u0400-\u042f\u0490«"„])(?![^\n:：]{1,12}[:：]))
      # (not the first word of a longer label: "СНИМКИ И ВИДЕО: Name", photos and video, in capitals)
      # (a capital of any Cyrillic alphabet: Serbian and Macedonian Ј, Љ, Њ, Ђ, Ћ, Џ, Ѓ, Ќ, Ѕ, Ukrainian Ґ)
      # a picture word printed without a colon, in lower case or in Cyrillic, before a capital: "... - foto Lucian Irimia",
      # "... / фото УІНП", "Снимка БТА" (where it may open a credit: a line, a separator; "На фото Путин" is a caption)
    | fotografoval[ai]?\s?[-–—:]  # Czech "photographed (by)": "Fotografoval - Name"
    | (?<![^\n])(?-i:(?:Photo\s+)?Taken\s+[Bb]y)\s?:  # a picture's field opening its line: "Taken By: Name" ("Decision was
      # taken by: Maryam" is a sentence)
    | (?:all\s+)?(?:photos|photographs|pictures|images)\s+copyright(?=\s)  # "All photographs copyright Name"
    | (?-i:photos?(?=\s+[A-ZÀ-Þ][a-zà-ÿ]+\s+[A-ZÀ-Þ]))  # French "photo Name", in lower case before a full name  # French "Photo AFP", "PHOTO AFP / Name": before a wire's capitals
    | (?-i:Foto|FOTO(?!\s+ANTARA)|Beeld)(?=\s)(?!\s+(?-i:(?:d['’])?[a-zß-ÿ]{4,})(?![.\w]))  # not "Foto oficial do presidente": a word of the caption;
    # Slovak "FOTO TASR - Name"; "FOTO ANTARA" is Antara's own spelling, kept in the line
    | (?:©|\(c\)|ⓒ)(?:\.(?=\s?[A-Z]))?(?:\s*\d{4})?(?:\s*(?:(?:photo|foto)\s+(?:by|di|de|par|von)|by)(?=\s)|(?:photo|foto)(?=\s))?
    # the mark may take a period before the name ("(c).Daily Post.", "(C). Google.": Nigerian blogs' form)
    # "© foto di Name"; "©photo Name" glued to its mark ("© Photo News" is an agency's name)
    | (?-i:Copyright)(?:\s+\d{4})?(?=\s+[A-Z])
    | (?:기사\s*및\s*)?사진\s*(?:제공\s*)?[-=:：＝] | 사진\s?/\s?(?=\S) | 그래픽\s?[=＝:：] | 写真(?:提供)?\s*[:：=/／＝] | 写真(?=\s) | 撮影\s*[・:：] | 撮影者は(?=[\u4e00-\u9fff\u30a0-\u30ff]{2,6}(?:[、。\s]|$)) | 来源\s*[:：] | 图片来源\s*[:：]
    | (?:撮影した)?カメラマン\s*[:：]
    | [\U0001F4F7\U0001F4F8]\uFE0F?\s*[:：]?(?=\s*\S)  # a camera emoji in place of "Photo:" (social posts: "📷 ESO/Name")
    | """ + LANGUAGE_LABELS + """
)"""
# The characters a label opens on, in either case (tests/catalog/test_credit_guards.py checks them against the labels'
# pattern): a lookahead on them refuses the other texts at once, before the hundreds of label words are tried.
LABEL_OPENERS = ("abcfghiklmpqstvwzźфикасφ©(ⓒ사写撮来图기그カצتا\U0001F4F7\U0001F4F8"
                 + re.escape(FIRST_LETTERS))
# read on every candidate credit: most open on none of the openers (a name, a wire), refused by the lookahead (issue 14's
# speed); a label may open on a space of its own, hence the space in the class
LABEL = re.compile(r"^\s*(?=[\s" + LABEL_OPENERS + "])" + _LABELS + r"\s*", re.I | re.X)
# the same labels, found anywhere in a caption; the lookahead on their first letters lets the
# search skip the other positions (a 250-character caption is searched in half the time), and so
# does the lookbehind: no label opens inside a word after a Latin letter in lower case, unless in
# a capital or a mark ("...reunionsMandatory Credit:", "...Games© Name"), which skips the inside of most words (twice as fast again)
LABEL_ANYWHERE = re.compile(r"(?-i:(?<![a-zß-öø-ÿ])|(?=[A-Z©ⓒ(]))(?=[" + LABEL_OPENERS + "])" + _LABELS + r"\s*",
                            re.I | re.X)
# A picture that is drawn or rendered, not photographed, in the languages' own words: an illustration, an architect's
# or a planner's visualisation ("Visualisering: Esbjerg Havn", "Visualisierung: Stadt Köln", Finnish "Havainnekuva:"),
# a drawing ("Tegning:", "Teckning:", "Zeichnung:"); the label says what the picture is and stays in the line.
# "Illustration" in the languages' words is a label with or without its colon ("Ilustración Ana Pérez", "Illustrasjon
# Ola Nordmann"); the other words are also a caption's nouns, so they need their colon: "Visualisierung der
# Bergstation." is a caption.
ILLUSTRATION_WORDS = ("ilustrace", "ilustracja", "ilustración", "ilustração", "illustrazione", "illustratie",
                      "illustrasjon", "ilustracija", "илустрација")  # Bosnian, Croatian, Serbian "Ilustracija: Shutterstock"
DRAWN_WORDS_WITH_COLON = ("visualisering", "visualisierung", "visualisatie", "visualisation", "visualization",
                          "havainnekuva", "tegning", "teckning", "zeichnung",
                          # a map ("Map: Kootenay Standard", "Kart: Statens vegvesen", "Karte: Stadt Köln")
                          "map", "maps", "kart", "karte", "carte", "mapa", "kaart", "kartta")
DRAWN_WORDS = ILLUSTRATION_WORDS + DRAWN_WORDS_WITH_COLON
ILLUSTRATION = re.compile(r"^(?:(?:photo[-\s]?)?illustrations?\s*(?:by\s+|:\s*(?:by\s+)?)"
                          rf"|(?:{'|'.join(ILLUSTRATION_WORDS)})\s*:?\s+|(?:{'|'.join(DRAWN_WORDS_WITH_COLON)})\s*:\s*)",
                          re.I)
# "Courtsey", its common misspelling, is read as it was meant; Argentina's "Gentileza", Italy's "per gentile
# concessione di" and French "courtoisie" (Quebec's "gracieuseté") are "courtesy of". "Supplied:" (ABC Australia), "Submitted by" (CBC)
# and "Divulgação" (Brazil's handout) are courtesy forms ("(Supplied: National Justice Project)"), kept in the line
# The kind of picture may stand before the word ("Rendering courtesy of the City", "Illustration gracieuseté de"), and
# the preposition may be elided before a vowel ("Gracieuseté d’Hydro-Québec", "per gentile concessione dell'Ufficio").
COURTESY = re.compile(r"^\s*(?:(?:photos?|images?|pictures?|video|fotos?|im[aá]genes|imagen|imagem|photographs?|"
                      r"renderings?|renders?|illustrations?|graphics?|maps?|drawings?|artwork)\s+)?"
                      r"(?:courtesy|courtsey|cortes[ií]a|gentileza|(?:per\s+)?gentile\s+concessione"
                      r"|courtoisie|gracieuset[ée]"  # French, and Quebec's "Photo gracieuseté"
                      r"|supplied|submitted|divulga[çc][ãa]o)(?:\s+(?:d|dell|dall|dello|degli)['’]\s*(?=[^\W\d_])|"
                      r"(?:\s+(?:of|de|by|di|della|del|da))?\s*[:/,]?\s+)", re.I)  # "Foto: Cortesía, Partido de La U"
COLLECTION_OF = re.compile(r"^(?:the\s+)?(?:[a-z]+\s+){0,4}collection\s+of\s+(?=[A-Z])")  # a person's, in lower case
ORG_PHOTO_BY = re.compile(r"^(?P<org>\S.{0,60}?)\s+(?:photo(?:graph)?s?|foto|image|video)\s+(?:(?:shot|taken)\s+)?by\s+"
                          r"(?P<names>\S.*)$",
                           re.I)
# the day after an office's own photo form: "SLCPD photo from July 9, 2023", "Navy photo from 2019"
PHOTO_DATED = re.compile(r"(?<=[Pp]hoto|PHOTO|graph)\s+from\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)?\d{4}$")
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?", re.I)
ARTICLES = frozenset({"the", "los", "las", "el", "la", "le", "les", "der", "die", "das", "il", "lo", "o", "a", "het"})
DOUBLED_LINE = re.compile(r"^(\S.*?)\s*[/ ]\s*\1$")
HANDLE = re.compile(r"^@[A-Za-z0-9_.]{2,30}$")  # a social account: "@Joyce_Karam", "@linda.davidson"
FIELD_FIRST = re.compile(r"^([^\W\d_][^\W\d_-]{1,20})\s?:\s")  # a page's field name opening the text ("Kaynak: ")
# which picture a credit of several is: "Top:", "bottom:", "Clockwise from top left:"; an acknowledgement
_PLACE = r"(?:top|bottom|left|right|middle|above|below|cent(?:er|re)|inset|main|far left|far right)"
# ... or the place before its own "photo by" ("left photo by A; middle and bottom photos by B"), which stays
POSITION = re.compile(r"^(?:(?:" + _PLACE +
                       r"|(?:clockwise|counterclockwise|from left|from top)(?: from)?(?: top| bottom)?(?: left| right)?"
                       r"|acknowledge?ments?)\s*[:：]\s*"
                       r"|" + _PLACE + r"(?:,?\s+(?:and\s+)?" + _PLACE + r")*\s+(?=(?:photos?|pictures?|images?)\s+by\s))",
                       re.I)
ASIDE_AFTER = re.compile(r"\s*\([^()]*\)$")  # "Getty Images (editorial)"
SUBJECT_AFTER = re.compile(r"\s*\([A-Z][\w.'’ -]{0,30}\)$")  # "Name/The New York Times (Hughes)": who is pictured
KOREAN_ROLES = {"기자": ("기자", "staff", "person"), "전문기자": ("전문기자", "staff", "person"), "사진부": ("사진부", "staff", "org"),
                 "제공": ("제공", "courtesy", "org"), "촬영": ("촬영", "photographed", "person")}  # 촬영: photographed by
NAMES_AFTER = PREFIX_WIRES | {"dpa", "Sputnik", "TASS", "Anadolu", "Kyodo", "Jiji Press", "Yonhap"}
# Organisations that Portuguese and Spanish name head first ("Palácio Piratini", "Prefeitura de Manaus"):
# run on after a name in capitals, the head word shows where the name ends
HEAD_FIRST = frozenset(fold(word) for word in ("palácio", "prefeitura", "governo", "secretaria", "assembleia", "câmara",
                                                 "tribunal", "ministério", "agência", "ayuntamiento", "gobierno",
                                                 "presidencia"))
# a role after an outlet, not a name: reporter, photo desk, provided, correspondent, photographed, press corps
KOREAN_ROLE_WORDS = frozenset({*KOREAN_ROLES, "특파원", "촬영", "기자단", "취재단", "사진팀"})
# a reporter's mark glued to a name of three syllables ("심기문기자"); not "사진기자" (photojournalist), "수습기자" (trainee)
GLUED_REPORTER = re.compile(r"^(?!.*(?:사진|취재|수습|객원|전문|부)기자$)[가-힣]{3}기자$")
# a reporter's e-mail after the byline, whole or cut ("박형기 기자 oneshot@donga.com", "김현민 기자 kimhyun81@"): no party
REPORTER_EMAIL = re.compile(r"(?<=기자)\s*(?:[\w.+-]+@(?:[\w-]+(?:\.[\w-]+)+)?|\([\w.+-]+@[\w-]+(?:\.[\w-]+)+\))$")
# someone's page or account on a platform, in several languages: "Facebook page", "Facebook-sivu" (fi), "Facebook-Seite"
# (de), "Instagram-konto" (sv), "X-tili" (fi): the platform is the party
PAGE_WORDS = ("page", "account", "profile", "feed", "channel", "sivu", "sivulta", "sivuilta", "tili", "tililta", "seite",
              "profil", "konto", "kanal", "sida", "side", "stranka")  # folded: the words of PLATFORM_PAGE, cheap first
# the social platforms pictures are taken from, named as they print themselves: the one list every platform rule is
# built from (a page on them, an account, "Name's page" said with "of", a platform closing the caption in brackets)
PLATFORMS = ("Facebook", "Instagram", "Twitter", "X", "YouTube", "TikTok", "Telegram", "VK", "VKontakte")
# ... those whose name cannot be a word of a page's title or a person's initials ("X Games", "VK Smith")
NAMED_PLATFORMS = tuple(platform for platform in PLATFORMS if len(platform) > 2)
# ... by their names in the organisations table, as a credit's agency names them
PLATFORM_AGENCIES = frozenset(canonical_agency(platform) for platform in PLATFORMS) - {None}
PLATFORM_PAGE = re.compile(rf"(?<!\S)({'|'.join(PLATFORMS)})(?:-|\s)"
                           r"(?i:page|account|profile|feed|channel|sivu|sivulta|sivuilta|tili|tililtä|Seite|Profil|Konto"
                           r"|Kanal|sida|side|konto|kanal|stránka|profil)$")
KOREAN_NAME = re.compile(r"^[가-힣]{2,4}$")  # a Korean name: family name and given name, two to four syllables
# a Korean wire's stamp before its credit: the date and its own name, then "©" ("2019.10.3/뉴스1 © News1 Name 기자")
DATED_STAMP = re.compile(r"^\d{4}\.\d{1,2}\.\d{1,2}\.?\s*/\s*[^\s/©ⓒ]{1,12}\s*[©ⓒ]\s*(?P<credit>\S.*)$")
# a Korean club's or company's name: its Latin initials, then a Hangul word a person's name cannot be: longer than a
# name (five syllables or more), ending in the plural of a club's name transliterated (스, 즈, 츠: "SSG 랜더스",
# "LG 트윈스", "KT 위즈", "롯데 자이언츠"; no Korean given name ends in these sounds), or in a company's word ("CJ
# 제일제당": sugar, "LG 전자": electronics). "NC 김주원", "KIA 편용훈" are the club, then its player
KOREAN_COMPANY_WORDS = ("제당", "전자", "그룹", "건설", "화학", "물산", "생명", "증권", "은행", "카드", "텔레콤", "보험", "제약",
                        "중공업", "자동차", "엔터테인먼트")
INITIALS_THEN_HANGUL = re.compile(rf"^[A-Z]{{2,4}}\s(?:[가-힣]{{5,8}}|[가-힣]{{1,6}}(?:스|즈|츠|{'|'.join(KOREAN_COMPANY_WORDS)}))$")
# an organisation's initials, then the kind of site or service it runs in lower case ("VNOI wiki", "BBC news", "ORF
# online"); not a label printed after the credit ("BNS nuotr.")
INITIALS_THEN_WORD = re.compile(r"^[A-Z]{2,6} (?:wiki|blog|news|online|web|forum|tv|radio|media|magazine|mag|live)$")
HANGUL_BRAND = re.compile(r"^(?=\S*[가-힣])(?=\S*[A-Za-z0-9])\S{2,15}$")  # "시사IN", "뉴스1": Hangul and Latin or digits
# "연합뉴스 김호천 기자", "일요시사=천재율 기자" (the outlet marked by "=", as a label is)
OUTLET_REPORTER = re.compile(r"^(?P<org>[^\s/=]+(?: [^\s/=]+)?)(?:\s+|\s?(?P<marked>=)\s?)(?P<name>[가-힣]{2,4})\s+기자$")
# a free licence's name ("CC BY-SA 4.0", "CC0", "public domain"), which names no one wherever a credit prints it
# "all rights reserved" and "reproduction reserved" in the main news languages, a regex alternation: after a copyright
# sign alone, the page's notice naming no party ("© RIPRODUZIONE RISERVATA"); after a name, that photographer's own
RIGHTS_RESERVED = (r"(?:all rights reserved|riproduzione riservata|tutti i diritti riservati|tous droits réservés"
                   r"|todos los derechos reservados|todos os direitos reservados|alle rechte vorbehalten"
                   r"|alle rechten voorbehouden|wszelkie prawa zastrzeżone|všechna práva vyhrazena"
                   r"|alle rettigheder forbeholdes|alla rättigheter förbehållna|alle rettigheter reservert"
                   r"|kaikki oikeudet pidätetään|minden jog fenntartva|tüm hakları saklıdır|все права защищены"
                   r"|усі права захищені)")
LICENCE_NAME = r"(?:CC0|CC[ -]BY(?:[ -](?:SA|NC|ND))*(?:\s+\d\.\d)?|public domain)"
# ... said alone, or as the terms the picture is used under ("reproduced under CC BY-SA 4.0")
LICENCE = re.compile(r"^(?:(?:reproduced|used|licen[cs]ed|published|released|shared|available)\s+under\s+(?:an?\s+|the\s+)?)?"
                     + LICENCE_NAME + r"(?:\s+licen[cs]e)?$", re.I)
# ... in brackets after the name it covers, closing the credit or before the site it came from ("Name (CC BY-SA
# 3.0), via Wikimedia Commons")
LICENCE_AFTER = re.compile(r"\s+\((?:CC0|CC[ -]BY|public domain)[^()]{0,40}\)(?=$|,)", re.IGNORECASE)
# ... anywhere in a text, as a word of its own
LICENCE_ANYWHERE = re.compile(r"(?<![\w-])" + LICENCE_NAME + r"(?!\w)", re.I)
LINK = re.compile(r"[,;]?\s*\bhttps?://\S+")
PAGE_DOT = re.compile(r"\s[·•]\s")
FILE_NAME = re.compile(r"_|\.(?:jpe?g|png|gif|webp|tiff?)$", re.I)
INITIALS_AFTER = re.compile(r"^(.*\S)\s*\([A-Z]{2,6}\)$")
# a date printed after the credit: "Reuters, 18. децембар 2013", "Name/AP, May 13, 2016", "Reuters / Friday, May 13, 2016"
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # "Visviva, 2020-01-10, CC0": the day the picture was taken
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# ... or a month and year, or a year, after a comma ("Photo by Name, February 1940.", "Photos by Name, 1951."), or a day
# in words after a space ("©UNICEF/NYHQ2010-1862/Noorani 20 July 2015", as UNICEF's pages print the day it was posted)
TRAILING_DATE = re.compile(r"(?:,|\s/)\s*(?:[^\W\d]+,\s+)?(?:\d{1,2}\.?\s+[^\W\d]+\.?,?\s+\d{4}|[^\W\d]+\.?\s+\d{1,2},?\s+\d{4}"
                            r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?i:" + _MONTHS + r")\s+\d{4})\.?$"
                            r"|(?<!\d),\s*(?:1[89]|20)\d{2}\.?$|\s+\d{1,2}\s+(?i:" + _MONTHS + r")\s+\d{4}$")
TRAILING_YEAR = re.compile(r"(?<=[^\W\d_])\s+(?:1[89]|20)\d{2}$")  # a year alone after a labelled name
SLASH_IN_BRACKETS = re.compile(r"\([^()/]{1,40}/[^()]{1,40}\)")
INSTITUTES_AFTER = re.compile(r"^(.*\S)\s*\([A-Z][A-Za-z]{1,7}(?:/[A-Z][A-Za-z]{1,7})*\)$")
LEADING_YEAR = re.compile(r"^\d{4}年?\s*(?=\D)")  # "2019年 ロイター", "2023 AFP"
ACRONYM_GLUED = re.compile(r"^[A-Z]{2,}[A-Z][a-z]{2,}$")
# a brand's shape: a lower-case letter before a capital ("iPolitics", "eNCA"), capitals run into digits ("TVN24")
BRAND = re.compile(r"^(?:[a-z][A-Z][A-Za-z]{2,}|[A-Z]{2,5}\d{1,3})$")
RATING = re.compile(r"^[A-Z]{2,4}[1-3]$")
SECOND_LABEL = re.compile(r"\s(?:Credit|Photo|Picture|Foto|Fotó|Bild|Kuva|Source|Image|Dostawca|CREDIT|PHOTO|FOTO|FOTÓ)[sS]?"
                          r"\s?:(?:\s|$)")
# an editor's initials, a year, a price code or a story's number: "/hp", "/ss/Spt/14" (Antara), "/ TT / kod 444"
# (TT's price code), "dpa:230227-99-764269/16"
DESK_CODE = re.compile(r"^(?:[a-z]{1,3}|[A-Z][b-df-hj-np-tv-xz]{1,2}|\d{1,4}|kod \d{1,6}|[a-z]{2,5}:[\d-]{6,}"
                       r"|[A-Z]{2,4}\d{6,}|[A-Z]{2,4}\d{4}-\d{3,5})$")
# ... or a picture's archive number ("© UNICEF/UN0270198/Name", "©UNICEF/NYHQ2010-1862/Name": the year, then the number)
PRICE_CODE = re.compile(r"\s+kod\s+\d{1,6}$")  # TT's price code printed after its name ("TT kod 10060")
# an organisation's initials; Polish initials keep a conjunction in lower case ("UMiG": Urząd Miasta i Gminy, "MSWiA"),
# English ones an ampersand ("D&C", the Democrat and Chronicle; "AT&T", "P&G"): no person signs so
INITIALS = re.compile(r"^(?:[A-Z]{3,6}|[A-Z]{2,4}[iaw][A-Z]{1,3}|[A-Z]{1,3}&[A-Z]{1,3})(?:-[A-Z][\w]+)?$")
NAME_AND_AGENCY = re.compile(r"^([^()]*\S)\s+\(([^()]+)\)$")
REFERENCE_NUMBER = re.compile(r"\s*\(\d{5,}[a-z]{0,3}\)$")  # Shutterstock's "(16507315bs)"
# separators kept: a slash is credit grammar; a backslash between two words is a slash mistyped or a CMS's escape
# left in the text ("Name\TASS via Getty Images"), a separator of the same kind
SEGMENTS = re.compile(r"(/|(?<=[^\W\d_])\\(?=[^\W\d_])|\s[-–—]\s|[;|]|:\s)")
VIA = re.compile(r"\s*\bv[ií]a\b\s*", re.I)  # Spanish prints "vía": "Name / Aton Chile vía AP"
AND = re.compile(r"\s+(?:and|&)\s+", re.I)
# "and" in the languages' own words, between two persons' full names ("Fotos: Anna Schmidt und Jürgen Müller", "Foto:
# María García y José Fernández", "Фото: Иван Петров и Анна Смирнова"); in lower case only, as a sentence prints it (a
# capital "A" or "E" is an initial); the names split only when each side is a full name ("José Ortega y Gasset" is one
# person), whose words may be a function word's too ("Nguyễn Văn An và Trần Thị Bình"). Hebrew's "and" is a prefix of the next word ("ו"), which a name may open on too: not listed.
LANGUAGE_AND = re.compile(r"\s+(?:und|et|y|e|en|och|og|ja|i|a|és|și|şi|in|ir|un|ve|dan|và|na|at|agus|eta|u|və"
                          r"|и|і|та|ба|және|και|და|و|اور|और|ও|மற்றும்|మరియు|અને|ਅਤੇ|และ)\s+")
FOR = re.compile(r"\s+(?:for|pour|für|voor)\s+", re.I)  # "Name pour JA" (French), "für" (German), "voor" (Dutch)
DIGIT = re.compile(r"\d")
SENTENCE_END = re.compile(r"(\w+)[.!?][”\"’']?(?=\s+\S)")  # a lookahead: "Tech. Sgt. Name" is two abbreviations
ARABIC_ARTICLE = re.compile(r"^(?:d|l|al|el|ad|as|ash|an|ar|at)['’-]\w", re.I)  # "d'Unienville", "al-Amin"
MARKS = frozenset({"©", "ⓒ", "|", "/", "·", "•", "@"})
# Latin letters of either case, accented ones included ("Č", "ł"), for regex classes
LOWER = "a-zß-öø-ÿ" + "".join(chr(code) for code in range(0x100, 0x180) if chr(code).islower())
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(chr(code) for code in range(0x100, 0x180) if chr(code).isupper())
# a change of case inside a word, then a word of the caption: "CortésČeská pozice", "PessoaLojinha Bolsonarista"
GLUED_CAPTION = re.compile(rf"(?<=[{LOWER}]{{2}})(?=[{UPPER}][{LOWER}]+\s)")
# a Latin letter run into a capital of another script, or the reverse: two page elements with no gap ("ReutersМэр")
SCRIPTS_GLUED = re.compile(r"[a-z][А-ЯЁΑ-Ω]|[а-яёα-ω][A-Z]")
LOWER_CASE_ASIDE = re.compile(r"\((?:[a-zà-ÿ’']+\s+){3,}[^()]*\)$")  # a clause in brackets: four words, three in lower case
GLUED_WORDS = re.compile(r"[a-zà-ÿ]{3}[A-Z]")  # "WeinfussSteph", "WhatsApp": two words printed as one
# a short name run into the caption's next word ("Edwin KooLake Mahodand"); not "MacKenzie", "VanDyke", "LeBron"
# ... or a name in capitals run into it ("STEFAN ÖHBERGStatsministern"), or the caption's sentence end glued to the
# name ("4MATIC SUV.Tim Levin")
GLUED_NAME = re.compile(r"(?:[a-zà-ÿ]{3}|\b(?!Mac|Van|Von|De[lnrs]|Da[ls]|Dos|Te[nr]|San)[A-Z][a-zà-ÿ]{2})[A-Z][a-zà-ÿ]"
                        r"|[A-ZÀ-Þ]{3}[A-ZÀ-Þ][a-zà-ÿ]{3}|[A-Za-zà-ÿ]{3}\.[A-Z][a-zà-ÿ]{2}")
# Countries, in English and folded, as photo contests and exhibitions print them after a photographer's name ("Steve
# Winter (USA)", "Name, The Netherlands"): where the photographer comes from, which names no party
COUNTRIES = frozenset(fold(country) for country in (
    "USA", "US", "UK", "United States", "United Kingdom", "England", "Scotland", "Wales", "Ireland", "Canada", "Mexico",
    "Brazil", "Argentina", "Chile", "Colombia", "Peru", "Venezuela", "Ecuador", "Bolivia", "Uruguay", "Cuba", "France",
    "Germany", "Italy", "Spain", "Portugal", "Netherlands", "The Netherlands", "Belgium", "Switzerland", "Austria",
    "Denmark", "Norway", "Sweden", "Finland", "Iceland", "Poland", "Czech Republic", "Czechia", "Slovakia", "Hungary",
    "Romania", "Bulgaria", "Greece", "Turkey", "Serbia", "Croatia", "Slovenia", "Ukraine", "Russia", "Estonia", "Latvia",
    "Lithuania", "Israel", "Lebanon", "Jordan", "Egypt", "Morocco", "Tunisia", "Nigeria", "Ghana", "Kenya", "Ethiopia",
    "Tanzania", "Uganda", "South Africa", "Zimbabwe", "Namibia", "Iran", "Iraq", "Saudi Arabia", "UAE", "Qatar",
    "Pakistan", "India", "Bangladesh", "Sri Lanka", "Nepal", "China", "Hong Kong", "Taiwan", "Japan", "South Korea",
    "Vietnam", "Thailand", "Malaysia", "Singapore", "Indonesia", "Philippines", "Australia", "New Zealand"))
ORDINAL = re.compile(r"^\(?\d+(?:st|nd|rd|th)\)?$", re.I)
# The states and provinces of the federal countries whose papers print a body's town and state after its name ("J. Paul
# Getty Museum, Los Angeles, California", "St. Mary Parish, Menomonee Falls, WI"), in full (folded) and, for the U.S., by
# their postal codes (matched in capitals, and never where a known organisation is so spelled: "PA" stays the agency)
REGIONS = frozenset(fold(region) for region in (
    *US_STATES, "District of Columbia", "Ontario", "Quebec",
    "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
    "Newfoundland and Labrador", "Prince Edward Island", "New South Wales", "Victoria", "Queensland",
    "Western Australia", "South Australia", "Tasmania", "Northern Territory", "Bavaria", "Bayern", "Sachsen",
    "Hessen", "Tirol", "Catalonia", "Catalunya", "Andalucía", "São Paulo", "Rio de Janeiro", "Minas Gerais"))
POSTAL_CODES = frozenset("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM
                            NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split())

OPENERS = "([{（【"  # Chinese lenticular brackets hold a wire's tag: "…幸福了啦!【路透編輯精選圖文】"
CLOSERS = ")]}）】"
MAX_CREDIT = 240  # longer text is caption, not credit
CLOSER = re.compile(r"[)\]}）】]")
# The story after a credit: a page's wide gap (two spaces or more), then its sentence (a capitalised word and one in
# lower case) or Chinese text, two elements of the page ("Фото: Соцсети  На этой фотографии ..."); or the story's
# own byline, Chinese "文|" or "作者/" (text, author: "图片来源：视觉中国 作者/杨继云 ..."); or the post's bare link
# after the name ("photo by malomadness http://instagram.com/p/...", a tweet's "... pic.twitter.com/US2iFx43Nr")
STORY_AFTER_CREDIT = re.compile(r"\S\s{2,}(?:[A-ZÀ-ÝА-ЯЁ][a-zà-ÿа-яё]+\s+[a-zà-ÿа-яё]|[\u4e00-\u9fff])"
                                r"|\s(?:文|作者|撰文|编辑|編輯)\s?[|/｜:：]|(?<=\w) (?:https?://|pic\.twitter\.com/)")

# Chinese and Korean pages' notices after a credit: a copyrighted work, do not reproduce, reproduction forbidden, without
# permission, all rights reserved, cite the source when reproducing ("图片来源：东方IC 版权作品 请勿转载"): a restriction
# of the page's own, no part of the credit
REPRODUCTION_NOTICE = re.compile(r"\s*(?:版权作品|版權作品|请勿转载|請勿轉載|禁止转载|禁止轉載|未经授权|未經授權|未经许可|未經許可"
                                 # Korean: "no resale and no database" (Yonhap: "[AP 연합뉴스 자료사진. 재판매 및 DB
                                 # 금지]"), "no copying or redistribution without permission"
                                 r"|[.,]?\s*재판매\s*및\s*DB\s*금지|[.,]?\s*무단\s*전재\s*(?:및|[-·])?\s*재배포\s*금지"
                                 r"|版权所有|版權所有|转载请|轉載請)")


def before_page_notice(text: str, start: int = 0) -> str:
    """The text before a Chinese page's reproduction notice (REPRODUCTION_NOTICE) found from ``start``; the whole
    text when it holds none (an ASCII text never does)."""
    notice = REPRODUCTION_NOTICE.search(text, start) if not text.isascii() else None
    return text[:notice.start()] if notice else text
