"""Credit labels of many languages and scripts, as newspapers in each language print them.

``catalog.credits.vocabulary`` joins these to its own labels: a label is dropped from the
printed credit line, and a label alone makes no credit ("Ảnh: cây cầu sập" is a caption).
"""

from __future__ import annotations

import re
import unicodedata

from catalog.credits.organisations import SPELLINGS

# Words printed before a colon that introduce a picture's credit: "photo", "image", "photo source",
# by language. A bare "source" ("Kaynak:", "Sursa:", "Izvor:") is left out: after a story it names
# the story's source, not the picture's ("Kaynak: AA / Name - Güncel"), and is read only closing a caption of
# one short line (``reader``); Russian and Ukrainian pages print "Источник:", "Джерело:" under the picture,
# and ``vocabulary`` reads those.
COLON_WORDS: dict[str, tuple[str, ...]] = {
    # Vietnamese "graphic" ("Đồ họa:", and "đồ hoạ" with the tone mark on the other vowel): an infographic's maker
    "vi": ("ảnh", "hình", "hình ảnh", "nguồn ảnh", "nguồn hình ảnh", "đồ họa", "đồ hoạ"),
    "el": ("φωτό", "φωτο", "φωτ.", "φωτογραφία", "φωτογραφίες", "πηγή φωτογραφίας", "πηγή φωτό",
           "πηγή φωτο", "πηγή εικόνας", "εικόνα"),
    # "צילם" / "צילמה" / "צילמו": (he, she, they) photographed
    "he": ("צילומים", "צילום", "קרדיט", "קרדיט צילום", "צילום מסך", "צילם", "צילמה", "צילמו"),
    "ar": ("صورة", "الصور", "مصدر الصورة", "عدسة", "تصوير"),
    "fa": ("عکس", "عکاس", "منبع عکس", "منبع تصویر"),
    "ur": ("تصویر", "تصاویر", "فوٹو", "تصویر بشکریہ", "فوٹو بشکریہ"),
    "hi": ("फोटो", "फ़ोटो", "तस्वीर", "चित्र", "फोटो साभार", "फोटो क्रेडिट", "छायाचित्र",
           "तस्बिर", "तस्वीर साभार", "चित्र साभार", "फ़ोटो साभार", "साभार"),  # साभार: courtesy
    "bn": ("ছবি", "ছবি সূত্র", "ছবির সূত্র", "আলোকচিত্র"),
    "ta": ("படம்", "படங்கள்", "புகைப்படம்", "புகைப்படங்கள்"),
    "te": ("ఫోటో", "చిత్రం"),
    "ml": ("ഫോട്ടോ", "ചിത്രം"),
    "gu": ("તસવીર", "ફોટો"),
    "pa": ("ਤਸਵੀਰ", "ਫੋਟੋ"),
    "th": ("ภาพ", "ภาพโดย", "ภาพข่าว", "ที่มาภาพ", "เครดิตภาพ", "ขอบคุณภาพ", "ขอบคุณภาพจาก"),
    "id": ("gambar", "sumber foto", "sumber gambar", "kredit foto"),
    "sw": ("picha",),
    "tr": ("fotoğraflar", "fotoğraf kaynağı"),
    "uk": ("джерело фото", "світлина"),
    "sr": ("fotografija", "snimio", "snimila", "фото и видео", "foto i video"),
    "pl": ("autor zdjęcia", "fotografia"),
    "ro": ("sursa foto", "sursă foto", "credit foto", "foto credit"),
    "bg": ("снимки и видео", "снимка и видео", "видео и снимки"),  # photos and video
    "nl": ("foto's", "foto’s"),
    "hu": ("kép", "fotók", "címlapkép", "borítókép", "képek"),
    "lt": ("nuotrauka", "nuotraukos", "nuotr", "fotografas", "fotografė"),
    "lv": ("attēls", "fotogrāfija", "fotogrāfs", "fotogrāfe"),
    # Finnish "photograph(s)" and "photographer" beside "Kuva:" ("Valokuvat: Lehtikuva", "Kuvaaja: Name")
    "fi": ("valokuva", "valokuvat", "kuvaaja", "kuvaajat", "valokuvaaja", "valokuvaajat"),
    "is": ("ljósmynd", "ljósmyndir", "ljósmyndari", "myndir"),
    "cs/sk": ("zdroj foto", "zdroj fotografie", "fotografoval", "fotografovala", "fotograf"),
    "hr/sr/bs/sl": ("snimio", "snimila", "izvor foto", "izvor fotografije", "снимио", "снимила", "фотографија",
                    "извор фото", "извор фотографије", "fotografiral", "fotografirala"),
    "ru/uk/bg": ("фотограф", "снимок", "фото автора", "світлини", "знімок", "фотографии"),
    "ka": ("ფოტო", "ფოტოები"),  # Georgian
    "az": ("şəkil", "foto mənbə"),  # Azerbaijani
    "cy": ("llun", "lluniau"),  # Welsh
    # Northern Sámi "picture", "pictures" and "photographer" (NRK Sápmi, Ávvir: "Govva: Name")
    "se": ("govva", "govat", "govvejeaddji"),
    # Mongolian "photograph" ("Гэрэл зураг:", Montsame), "picture", "photographer"; Kazakh and Kyrgyz "picture"
    # (Kazakh "Сурет:", Kyrgyz "Сүрөт:"), Uzbek's in Latin letters ("Surat:")
    "mn/kk/ky/uz": ("гэрэл зураг", "зураг", "гэрэл зурагчин", "сурет", "сүрөт", "surat"),
    "ga": ("grianghraf", "grianghraif"),  # Irish: photograph, photographs
    "eu": ("argazkia", "argazkiak"),  # Basque
    "tl": ("larawan", "kuha ni"),  # Filipino: picture, taken by
    "mt": ("ritratt", "ritratti"),  # Maltese
    "et": ("pilt", "fotod", "fotograaf"),
    "nordic": ("bilde", "billede"),
    "ca": ("imatge",),
    "it": ("immagine", "immagini"),
    "ja": ("画像", "出典", "提供"),
    "zh": ("图", "圖", "摄影", "攝影", "图片", "圖片", "圖片來源", "攝", "摄",  # "攝:Name" (Initium: photographed by)
           # the mainland's, Hong Kong's and Taiwan's papers' other picture labels: picture source (图源, short for
           # 图片来源), picture byline (图片署名), picture and photo provided by (图片提供, 照片提供, 供图), photo source
           # (照片来源), picture's origin (图片出处), text and picture (图文: the writer took it)
           "图源", "圖源", "图片署名", "圖片署名", "图片提供", "圖片提供", "照片提供", "照片来源", "照片來源",
           "图片出处", "圖片出處", "供图", "供圖", "图文", "圖文"),
}
# "Text and photos" in the languages of Europe, either way round: "Text und Fotos", "Tekst i foto", "Texte et
# photos", Norwegian and Danish "Tekst og foto", "Tekst og billeder", Swedish "Text och bild", Finnish "Teksti ja
# kuvat", Icelandic "Texti og myndir", "Foto og tekst": the one who wrote the story took the pictures
_TEXT_WORDS = r"(?:text|texte|tekst|teksti|texti|testo|texto)"
# the writer's label after a story's heading ("Ekstra Bladet - Tipsbladet - - Name - TEKST: Name"): the line is the
# page's heading and byline, no picture's credit, unless a picture label opens it
WRITER_LABEL_AFTER_WORDS = re.compile(rf"\s[-–—|]\s*{_TEXT_WORDS}\s?:", re.IGNORECASE)
_PHOTO_WORDS = (r"(?:fotos?|photos?|foto['’]s|bilder?|bild|billeder|kuvat?|myndir|zdjęcia|fotografie|fotografias?"
                r"|im[aá]genes|imagens|images)")
# "information" in the languages of Europe: "Imágenes e información:" (pictures and information) names who supplied both
_INFO_WORDS = r"(?:informaci[oó]n|informa[çc][ãa]o|informations?|informazioni|infos?)"
_AND_WORDS = r"(?:und|and|og|och|ja|i|et|en|e|y|&)"
TEXT_AND_PHOTOS = (rf"(?:{_TEXT_WORDS}\s+{_AND_WORDS}\s+{_PHOTO_WORDS}"
                   rf"|{_PHOTO_WORDS}\s+{_AND_WORDS}\s+(?:{_TEXT_WORDS}|{_INFO_WORDS}))")
# "Text and photos:" before a name that wrote and photographed: Vietnamese "Bài, ảnh, audio:",
# "Bài và ảnh:", Urdu "تحریر و تصاویر" (printed with or without a colon), and the languages of Europe
_TEXT_AND_PHOTOS = (r"bài(?:\s*(?:,|và)\s*(?:ảnh|audio|video|clip|đồ\s+họa))+\s?[:：]|تحریر\s+و\s+تصاویر\s?:?"
                    rf"|{TEXT_AND_PHOTOS}\s?[:：]")

# Czech and Slovak "photo taken from" before the site or the body it came from ("Foto převzato z www.nobanis.org"),
# read like "Photo via" (``vocabulary`` tries it before a bare "Foto", which "převzato" would not stop)
TAKEN_FROM = r"(?:foto|fotografie|fotografia|snímek|snímka)\s+(?:převzat[oaáý]|prevzat[áéýo])\s+(?:ze?|zo)(?=\s)"

# "Source and photo -" before a site or wire, in Russian and Ukrainian ("Источник и фото - ria.ru")
_SOURCE_AND_PHOTO = r"(?:источник\s+и\s+фото|фото\s+и\s+источник|джерело\s+(?:і|та)\s+фото)\s?[-–—:]"

# "Archive", the noun, in the main news languages, as a credit prints it for a file picture: alone after a label
# ("Foto: Archivo", "PICHA: MAKTABA", Swahili), before its owner ("archív ŠH", "archives AFP", "arhiva Jutarnjeg
# lista") or after it ("Päivälehden arkisto", "Lehtikuva / Arkisto"). Checked against the languages' own Wikipedias'
# article names for "archive" and the "Archives" string of WordPress's translations (translate.wordpress.org, each
# locale's "Archives" widget title); see docs/credit-tables.md, "Word families".
ARCHIVE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("archive", "archives", "file", "files"), "de": ("archiv",), "fr": ("archives", "archive"),
    "es": ("archivo", "archivos"), "pt": ("arquivo", "arquivos"), "it": ("archivio", "archivi"), "nl": ("archief",), "sv": ("arkiv",), "no": ("arkiv",), "da": ("arkiv",),
    "fi": ("arkisto",), "pl": ("archiwum",), "cs": ("archiv",), "sk": ("archív",),
    "hu": ("archív", "archívum"), "ro": ("arhivă", "arhiva"), "hr/sr/bs": ("arhiva", "arhiv", "архива", "архив"),
    "sl": ("arhiv",), "bg": ("архив",), "ru": ("архив",), "uk": ("архів",), "el": ("αρχείο", "αρχείου"),
    "tr": ("arşiv", "arşivi"), "lt": ("archyvas", "archyvo"), "lv": ("arhīvs", "arhīva"), "et": ("arhiiv",),
    "ar": ("أرشيف",), "he": ("ארכיון",), "fa": ("آرشیو",), "hi": ("फाइल", "फ़ाइल"), "bn": ("ফাইল",),
    "id/ms": ("arsip", "dokumentasi"), "vi": ("tư liệu", "lưu trữ"), "th": ("แฟ้ม",), "tl": ("arkibo",),
    "sw": ("maktaba",),
}
# "File picture", "archive photo" in the same languages: the picture's own kind, said alone ("(Photo d'archives)",
# "(Archivbild)", "Foto: Arkivbild"), never before an owner
FILE_PICTURE_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("file photo", "file picture", "file image", "archive photo", "archive picture", "archive image"),
    "de": ("archivbild", "archivfoto", "archivaufnahme"),
    "fr": ("photo d'archives", "photo d’archives", "photo d'archive", "photo d’archive", "image d'archives",
           "image d’archives", "archives photo"),
    "es": ("foto de archivo", "imagen de archivo", "fotografía de archivo"),
    "pt": ("foto de arquivo", "imagem de arquivo", "foto arquivo"),
    "it": ("foto d'archivio", "foto d’archivio", "foto di archivio", "immagine d'archivio", "immagine di archivio"),
    "nl": ("archiefbeeld", "archieffoto"), "sv": ("arkivbild", "arkivfoto"), "no": ("arkivfoto", "arkivbilde"),
    "da": ("arkivfoto", "arkivbillede"), "fi": ("arkistokuva",), "is": ("safnmynd",),
    "pl": ("zdjęcie archiwalne", "archiwalne zdjęcie", "fot. archiwum"), "cs": ("archivní snímek", "archivní foto", "archivní"),
    "sk": ("archívne", "archívna snímka", "archívna fotografia", "archívne foto"),
    "hu": ("archív fotó", "archív kép", "archív felvétel"), "ro": ("foto arhivă", "fotografie de arhivă", "imagine de arhivă"),
    "hr/sr/bs": ("arhivska fotografija", "arhivska snimka", "arhivski snimak", "архивска фотографија"),
    "sl": ("arhivska fotografija",), "bg": ("архивна снимка",), "ru": ("архивное фото", "архивный снимок"),
    "uk": ("архівне фото", "архівний знімок"), "tr": ("arşiv fotoğrafı", "arşiv fotoğraf"),
    "lt": ("archyvo nuotr", "archyvo nuotrauka"), "lv": ("arhīva foto",), "et": ("arhiivifoto", "arhiivipilt"),
    "ar": ("أرشيفية", "صورة أرشيفية"), "fa": ("عکس آرشیوی",), "hi": ("फाइल फोटो", "फ़ाइल फ़ोटो", "फाइल तस्वीर"),
    "bn": ("ফাইল ছবি", "ফাইল ফটো"), "id/ms": ("foto arsip", "foto dokumentasi", "gambar fail"),
    "vi": ("ảnh tư liệu", "ảnh lưu trữ"), "th": ("ภาพแฟ้ม", "ภาพจากแฟ้ม"), "sw": ("picha ya maktaba",),
}
# the noun as an institution's word, printed in lower case after or before its owner ("Päivälehden arkisto", "archív
# ŠH"): not English "file", which says what the picture is, nor the words of the languages that name no institution so
ARCHIVE_NOUNS = tuple(word for language, words in ARCHIVE_WORDS.items() if language not in ("hi", "bn", "id/ms", "vi", "th")
                      for word in words if word not in ("file", "files"))
# ... as a qualifier after a label or a name: the nouns and the one-word compounds ("Arkivbild"); a phrase after a name
# is what the picture of that person is ("M. Macron, Photo d'archives": no credit)
_FILE_WORDS_IN_LANGUAGES = (*(word for words in ARCHIVE_WORDS.values() for word in words),
                            *(word for words in FILE_PICTURE_PHRASES.values() for word in words if " " not in word))

# Printed after a label in place of any party: an illustration, a symbolic picture, a file picture, "collected"
# (Bengali "সংগৃহীত"); the line is kept and names no one ("ছবি: সংগৃহীত", "फोटो: प्रतीकात्मक", "Ảnh: Minh họa")
QUALIFIERS_IN_LANGUAGES = {
    "illustration": ("minh họa", "ảnh minh họa", "ilustrasi", "illusztráció", "אילוסטרציה", "प्रतीकात्मक",
                     "प्रतीकात्मक तस्वीर", "प्रतीकात्मक फोटो", "ilustracja", "ilustrace", "ilustración", "ilustração",
                     "illustrazione", "illustratie", "иллюстрация", "ілюстрація", "илюстрация", "symbolbild",
                     "symbolfoto", "kuvituskuva", "ภาพประกอบ", "图文无关"),
    "file": (*_FILE_WORDS_IN_LANGUAGES, "dok", "ფაილი", "فائل", "資料写真", "资料图", "資料照片", "자료사진",
             # Chinese "file picture" in the Hong Kong, Taiwan and mainland papers' words ("（資料圖片）", "（檔案照片）")
             "資料圖片", "资料图片", "資料相片", "资料相片", "資料照", "资料照片", "檔案照片", "档案照片", "檔案圖片",
             "档案图片",
             "文件"),  # the machine translation of AP's "File" into Chinese ("AP 照片/文件")
}
# the file picture's words, alone in a caption's closing brackets ("（資料圖片）", "(Archivbild)"): not "文件" (a document)
# nor "dok", nor English "file(s)", a document or a dossier as often as the picture's kind ("… in Paris. (File)"),
# which say it only after a label or a name ("Photo: File", "Jane Roe/AP File")
FILE_PICTURE_WORDS = tuple(word for word in (*QUALIFIERS_IN_LANGUAGES["file"], *(
    word for words in FILE_PICTURE_PHRASES.values() for word in words)) if word not in ("文件", "dok", "file", "files"))

# A private or family archive, or a picture handed in by the person pictured, in the main news languages: printed in
# place of a party after a label ("Foto: Privatna arhiva", "Kuva: Haastateltavan kotialbumi", "Фото: из личного
# архива", "Asmeninio archyvo nuotr.", Vietnamese "Ảnh: NVCC", the person pictured provided it); the line is kept and
# names no one. docs/credit-tables.md, "Word families", says where each language's form was seen.
PRIVATE_ARCHIVES: dict[str, tuple[str, ...]] = {
    "en": ("private archive", "personal archive", "family archive", "private collection", "personal collection",
           "family collection", "family photo", "family handout", "family album"),
    "de": ("privatarchiv", "familienarchiv", "privatbesitz", "privatfoto", "privataufnahme", "privatsammlung"),
    "fr": ("archives personnelles", "archives privées", "archives familiales", "archives de la famille",
           "collection privée", "collection personnelle", "collection particulière", "photo personnelle"),
    "es": ("archivo personal", "archivo particular", "archivo familiar", "archivo privado", "colección particular",
           "colección privada", "colección personal", "foto familiar"),
    "pt": ("arquivo pessoal", "arquivo particular", "arquivo familiar", "acervo pessoal", "acervo particular",
           "acervo familiar", "álbum de família", "foto de família"),
    "it": ("archivio privato", "archivio personale", "archivio di famiglia", "archivio famiglia", "collezione privata",
           "foto privata"),
    "nl": ("privéarchief", "privé-archief", "familiearchief", "privécollectie", "privéfoto", "eigen foto"),
    "sv": ("privat bild", "privat foto", "privatbild", "familjebild", "familjealbum"),
    "no": ("privat foto", "privatfoto", "privat bilde", "familiealbum"),
    "da": ("privatfoto", "privat foto", "familiealbum"),
    "fi": ("yksityiskokoelma", "yksityisarkisto", "kotialbumi", "perhealbumi", "haastateltavan kotialbumi",
           "haastateltavan albumi", "kuvan henkilön kotialbumi"),
    "is": ("einkasafn", "úr einkasafni", "aðsend", "aðsent", "aðsend mynd"),
    "pl": ("archiwum prywatne", "prywatne archiwum", "archiwum rodzinne", "archiwum własne", "zbiory prywatne",
           "zbiory własne", "archiwum domowe"),
    "cs": ("soukromý archiv", "rodinný archiv", "archiv rodiny", "soukromá sbírka"),
    "sk": ("súkromný archív", "rodinný archív", "archív rodiny", "súkromná zbierka", "osobný archív"),
    "hu": ("magánarchívum", "családi archívum", "magángyűjtemény", "családi album", "saját archívum"),
    "ro": ("arhivă personală", "arhiva personală", "arhivă privată", "arhiva privată", "arhiva familiei",
           "arhivă de familie", "colecție personală", "colecția personală"),
    "hr/sr/bs": ("privatna arhiva", "privatni arhiv", "privatna zbirka", "osobna arhiva", "lična arhiva", "licna arhiva",
                 "porodična arhiva", "obiteljska arhiva", "obiteljski album", "porodični album",
                 "приватна архива", "лична архива", "породична архива"),
    "sl": ("osebni arhiv", "zasebni arhiv", "družinski arhiv", "osebna arhiva", "zasebna zbirka"),
    "bg": ("личен архив", "семеен архив", "личен албум"),
    "ru": ("личный архив", "семейный архив", "частный архив", "из личного архива", "из семейного архива",
           "личная страница"),
    "uk": ("особистий архів", "приватний архів", "сімейний архів", "з особистого архіву", "з родинного архіву",
           "родинний архів"),
    "el": ("προσωπικό αρχείο", "ιδιωτικό αρχείο", "οικογενειακό αρχείο", "οικογενειακό άλμπουμ"),
    "tr": ("özel arşiv", "kişisel arşiv", "aile arşivi", "aile albümü"),
    "lt": ("asmeninio archyvo", "asmeninis archyvas", "šeimos archyvo", "šeimos archyvas", "asmeninio albumo",
           "šeimos albumo", "asmeninio archyvo nuotr", "šeimos archyvo nuotr"),
    "lv": ("personīgais arhīvs", "privātais arhīvs", "ģimenes arhīvs", "no personīgā arhīva", "no ģimenes arhīva"),
    "et": ("erakogu", "erakogust", "isiklik arhiiv", "perearhiiv", "pere album", "perealbum"),
    "ar": ("أرشيف خاص", "أرشيف شخصي", "أرشيف العائلة", "أرشيف عائلي"),
    "he": ("אלבום פרטי", "אלבום משפחתי", "צילום פרטי", "באדיבות המשפחה"),
    "fa": ("آرشیو شخصی", "آرشیو خانوادگی"),
    "hi": ("निजी संग्रह", "पारिवारिक एल्बम"), "bn": ("ব্যক্তিগত সংগ্রহ", "পারিবারিক অ্যালবাম"),
    "id/ms": ("dokumentasi pribadi", "dok pribadi", "dok. pribadi", "koleksi pribadi", "arsip pribadi",
              "koleksi peribadi", "dokumen peribadi", "foto keluarga"),
    "vi": ("nvcc", "nhân vật cung cấp", "ảnh nhân vật cung cấp", "gia đình cung cấp", "ảnh gia đình cung cấp"),
    "th": ("ภาพส่วนตัว",), "tl": ("personal na koleksyon",), "sw": ("maktaba binafsi", "picha ya familia"),
}

# A reader's picture, sent in, in the main news languages: printed alone in place of a party ("Foto: Čitatelj", klix.ba;
# "Foto: Leser", "Photo : lecteur"), it names no one; a reader named is the person ("Name, KBVZ viewer")
READERS: dict[str, tuple[str, ...]] = {
    "en": ("reader", "reader photo", "reader's photo", "reader’s photo"), "de": ("leser", "leserin", "leserfoto", "leserbild",
    "leserreporter", "leser-reporter"), "fr": ("lecteur", "lectrice", "photo lecteur"), "es": ("lector", "lectora"),
    "pt": ("leitor", "leitora"), "it": ("lettore", "lettrice"), "nl": ("lezer", "lezersfoto"),
    "sv": ("läsare", "läsarbild"), "no": ("leser", "leserbilde"), "da": ("læser", "læserfoto", "læserbillede"),
    "fi": ("lukija", "lukijan kuva"), "pl": ("czytelnik", "czytelniczka"), "cs": ("čtenář", "čtenářka"),
    "sk": ("čitateľ", "čitateľka"), "hr/bs/sr": ("čitatelj", "čitateljica", "čitalac", "читалац", "читатељ"),
    "sl": ("bralec", "bralka"), "hu": ("olvasó", "olvasónk"), "ro": ("cititor", "cititoare"),
    "ru": ("читатель", "читательница"), "uk": ("читач", "читачка"), "bg": ("читател",), "el": ("αναγνώστης",),
    "lt": ("skaitytojas", "skaitytoja"), "lv": ("lasītājs", "lasītāja"), "et": ("lugeja",),
}
# "External source" (the Dominican papers' "Fuente externa"): a picture from outside the paper, no party named
EXTERNAL_SOURCES = ("fuente externa", "fonte externa", "source externe", "externe quelle", "fonte esterna",
                    "external source", "externe bron", "źródło zewnętrzne", "zewnętrzne źródło", "внешний источник",
                    "extern källa", "ekstern kilde")
# A freelancer's mark after the name in place of an agency ("Name/Free", "Name/Freelance", Danish and Norwegian
# "frilans"): what the photographer is, no party (holdout14-177)
FREELANCE = ("free", "freelance", "freelancer", "frilans", "frilanser", "frilansfotograf", "freelancefotograf")
# The artist whose work is pictured, in the languages ("Courtesy of the artist", "藝術家提供"): no name, no party
THE_ARTIST = ("the artist", "the artists", "l'artiste", "l’artiste", "el artista", "la artista", "o artista",
              "l'artista", "l’artista", "der künstler", "die künstlerin", "de kunstenaar", "konstnären", "kunstneren",
              "kunstnerne", "taiteilija", "artysta", "artystka", "художник", "藝術家", "艺术家")

# "collected", "social media": a picture taken from elsewhere, no party named ("ছবি: সংগৃহীত")
# Printed in place of a party: "collected" (Bengali, and the English South Asian papers print: "Photo: Collected"),
# Vietnamese "sưu tầm" (collected), Mexico's "Especial" (a special, handed-out picture), French and Portuguese "DR"
# (droits réservés, direitos reservados: rights reserved, owner not named), "agencies" and "internet" in general
# A press office named without whose it is, printed in place of a party ("Foto: Prensa", "Фото: пресс-служба"): the
# line is kept and names no one; with its owner it is the owner's ("Пресс-служба администрации Петербурга", "Prensa
# Municipalidad de Salta"), and after a slash the owner is the source ("Prensa/Municipalidad de Salta"). Brazil's
# "Assessoria" and "Ascom" alone stay the agency, as credits_holdout10 (h10-140) reads them: docs/credit-tables.md.
PRESS_OFFICES_ALONE: dict[str, tuple[str, ...]] = {
    "es": ("prensa", "gabinete de prensa", "oficina de prensa", "departamento de prensa", "área de prensa"),
    "fr": ("service de presse", "service presse", "service communication"),
    "de": ("pressestelle", "pressebüro"),
    "it": ("ufficio stampa",),
    "pl": ("biuro prasowe",),
    "en": ("press office",),
    "ru/uk": ("пресс-служба", "прес-служба"),
}
NO_PARTY_IN_LANGUAGES = ("সংগৃহীত", "সংগৃহীত ছবি", "सोशल मीडिया", "مواقع التواصل", "שימוש לפי סעיף 27א",
                         "collected", "sưu tầm", "especial", "dr", "droits réservés", "direitos reservados",
                         "tous droits réservés", "agencies", "agencias", "agências", "internet",
                         # Indonesian "Istimewa" (special: handed to the paper); a private archive: PRIVATE_ARCHIVES
                         "istimewa",
                         # Polish "press materials" (a picture handed out)
                         "materiały prasowe", "materialy prasowe",
                         # "supplied", "sent in", "lent" as the languages print it in place of a party: Afrikaans
                         # "Verskaf", Dutch "Aangeleverd" and "Ingezonden", German "eingesandt", Spanish and
                         # Portuguese "cedida"/"cedido"
                         "verskaf", "aangeleverd", "ingezonden", "eingesandt", "cedida", "cedido",
                         # Chinese "taken from the internet" (Taiwan's and Hong Kong's "網路", the mainland's "网络")
                         "取自網路", "取自网络", "翻攝自網路", "網路圖片", "网络图片", "互联网", "互聯網",
                         # and the internet itself, an online friend (网友), the interviewee (受访者), the interview's
                         # subject, a reader, a member of the public, the person concerned, the family, the person
                         # themself: "受访者供图", "（图源：网络）", "（民眾提供）" name whom no table can know
                         "网络", "網路", "网图", "网友", "受访者", "采访对象", "读者", "民众", "当事人", "家属", "本人",
                         # Russian and Ukrainian "social networks" (like "redes sociais") and a press office
                         # named without whose it is
                         "соцсети", "социальные сети", "соцмережі", "соціальні мережі",
                         *(word for words in PRESS_OFFICES_ALONE.values() for word in words),
                         *(word for words in READERS.values() for word in words), *EXTERNAL_SOURCES, *FREELANCE,
                         *THE_ARTIST, "courtoisie", "gracieuseté",
                         *(word for words in PRIVATE_ARCHIVES.values() for word in words))

# Words that, printed right before a picture word, make it a noun of the sentence and not a label, by language: a
# possessive ("Моё фото:", "My photo:": who is pictured), a demonstrative or a quantifier ("this photo:", "each
# picture:"), a preposition other than "of" ("Du entscheidest pro Foto:", "На фото:": what is shown). "Of" is left
# out: a credit's own label holds it ("Crédito da foto:", "Source de la photo :"). Words that are also "and" or "in"
# in a neighbour language ("i", "a", "e", "y", "o", "in") are left out too: "Tekst i foto:", "Text a foto:" are labels.
# From each language's Wikipedia grammar (possessive determiners, prepositions).
GOVERNING_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those", "each", "every", "per",
           "for", "with", "about", "any", "no"),
    "de": ("mein", "meine", "meinem", "meinen", "meiner", "dein", "deine", "deinem", "sein", "seine", "ihr", "ihre",
           "unser", "unsere", "euer", "eure", "pro", "je", "für", "mit", "ohne", "zum", "zur", "im", "am", "vom", "beim",
           "dieses", "diesem", "diese", "jedes", "jedem", "kein", "keine"),
    "fr": ("mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs",
           "cette", "ce", "ces", "chaque", "pour", "par", "avec", "sans", "sur", "dans"),
    "es/pt/it": ("mi", "mis", "tu", "tus", "su", "sus", "nuestro", "nuestra", "meu", "minha", "meus", "minhas", "seu",
                 "sua", "nosso", "nossa", "mio", "mia", "tuo", "tua", "suo", "nostro", "nostra", "esta", "este", "esa",
                 "ese", "essa", "esse", "questa", "questo", "cada", "ogni", "para", "por", "per", "con", "com", "sin",
                 "sem", "sobre", "nesta", "neste"),
    "nl": ("mijn", "jouw", "zijn", "haar", "onze", "hun", "deze", "dit", "elke", "voor", "met", "zonder"),
    "nordic": ("min", "mitt", "mina", "mine", "din", "ditt", "dine", "vår", "vårt", "våre", "denne", "dette", "hver",
               "för", "med", "uten", "utan"),
    "pl/cs/sk": ("mój", "moja", "moje", "mojego", "mojej", "twój", "twoja", "twoje", "nasz", "nasza", "nasze", "wasz",
                 "każde", "każdej", "dla", "bez", "przy", "můj", "má", "tvůj", "naše", "náš", "každé", "pro",
                 "pre"),
    "ru/uk/bg": ("мой", "моя", "моё", "мое", "мои", "моего", "твой", "твоя", "твоё", "наш", "наша", "наше", "ваш",
                 "ваша", "ваше", "свой", "своё", "свое", "мій", "моє", "мої", "твоє", "наші", "своє", "на", "в", "во",
                 "с", "со", "без", "для", "про", "по", "к", "каждое", "каждую", "эту", "это", "этой", "эта", "цю", "це",
                 "моята", "моето", "нашата"),
}
# The services a page's share buttons send a story to: a service's name under the share control, or alone as a button's
# image name ("Share:\ntwitter\nlinkedin", "whatsapp.png"), is no source of the picture (credits.reader, articles.html_photos)
SHARE_SERVICES = ("whatsapp", "facebook", "twitter", "x", "telegram", "linkedin", "pinterest", "reddit", "email",
                  "messenger", "bluesky", "mastodon", "threads", "tumblr", "vk", "viber", "wechat", "weibo", "flipboard",
                  "xing")
# Words of a sentence, never of a name or an outlet, in the scripts without capitals: a picture word run on after such
# a script's words is a credit when a name or an outlet follows it ("... בכנסת צילום: יוסי כהן", a page's caption and
# credit elements joined by a space), the sentence's noun when words like these do ('אישור צילום: צריך "כן" או "לא"',
# "صف الصورة: قطة لطيفة في حديقة"): or, of, in, on, with, from, to, that, this, is (label_grammar)
SENTENCE_WORDS_UNCASED: dict[str, tuple[str, ...]] = {
    "he": ("או", "של", "את", "עם", "על", "אל", "כי", "אם", "לא", "כן", "גם", "זה", "זו", "הוא", "היא", "יש", "אין"),
    "ar": ("في", "على", "إلى", "الى", "عن", "مع", "أو", "او", "لا", "هذا", "هذه", "التي", "الذي", "أن", "إن", "هو", "هي"),
    "fa": ("در", "به", "با", "را", "که", "یا", "این", "آن", "است"),
    "ur": ("میں", "کے", "کی", "کا", "سے", "اور", "ہے", "ہیں", "یا", "کو", "نے"),
}
# Articles before a picture word make it the sentence's noun too ("completes the picture:", "Κρατάμε τη φωτογραφία:"),
# unless a credit's word or "of" stands before the article ("Crédito de la foto:", "Autor der Fotos:", "Quelle des
# Bildes:"): the article is then the label's own.
ARTICLES_BEFORE_NOUN = ("the", "an", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer",
                        "le", "la", "les", "un", "une", "el", "los", "las", "una", "um", "uma", "os", "il", "lo", "gli",
                        "het", "een", "τη", "την", "η", "το", "τα", "τις", "οι")
OF_WORDS = ("of", "de", "da", "do", "das", "dos", "del", "della", "delle", "dei", "di", "des", "du", "der", "von", "van")
CREDIT_NOUNS = ("credit", "credits", "crédito", "créditos", "credito", "crediti", "crédit", "crédits", "kredit",
                "autor", "autora", "author", "auteur", "autore", "urheber", "fotograf", "photographer", "fotógrafo",
                "source", "sources", "fuente", "fonte", "quelle", "zdroj", "copyright", "courtesy", "cortesía",
                "cortesia", "rechte", "derechos", "direitos", "droits", "diritti")

# A gallery's counter, "Photo 2 of 5", in the main news languages: the heading word (a picture, a slide, a gallery)
# and the word between the two numbers ("Fotogaleria 1 de 3", "Bild 2 von 5", "Slika 1 od 4", "Снимка 2 от 9",
# "Foto 1 dari 5"); from the galleries' own labels in WordPress's, Drupal's and the slider plugins' translations
# (translate.wordpress.org: "%1$s of %2$s", "Image %d of %d") and the pages the sets met; docs/credit-tables.md
GALLERY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("photo", "image", "picture", "slide", "gallery", "photo gallery"), "de": ("bild", "foto", "galerie"),
    "fr": ("photo", "image", "diapo", "galerie"), "es": ("foto", "imagen", "galería", "fotogalería"),
    "pt": ("foto", "imagem", "galeria", "fotogaleria"), "it": ("foto", "immagine", "galleria", "fotogallery"),
    "nl": ("foto", "afbeelding", "beeld"), "sv/no/da": ("bild", "bilde", "bilete", "billede", "foto", "galleri"),
    "fi": ("kuva", "kuvagalleria"), "is": ("mynd",), "pl": ("zdjęcie", "fotografia", "galeria"),
    "cs/sk": ("snímek", "snímka", "foto", "fotogalerie", "fotogaléria", "obrázok", "obrázek"),
    "hu": ("kép", "fotó", "galéria"), "ro": ("foto", "imagine", "galerie"),
    "hr/sr/bs/sl": ("slika", "foto", "fotografija", "galerija", "fotogalerija", "слика", "фотографија", "галерија"),
    "bg/ru/uk": ("снимка", "фото", "фотография", "світлина", "галерея", "галерия"), "el": ("φωτογραφία",),
    "tr": ("fotoğraf", "galeri"), "lt": ("nuotrauka",), "lv": ("attēls", "foto"), "et": ("pilt", "foto"),
    "ar": ("صورة",), "he": ("תמונה",), "fa": ("عکس",), "hi": ("फोटो", "तस्वीर"), "bn": ("ছবি",),
    "id/ms": ("foto", "gambar", "galeri"), "vi": ("ảnh", "hình"), "th": ("ภาพ",), "tl": ("larawan",), "sw": ("picha",),
}
COUNTER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("of",), "de": ("von", "aus"), "fr": ("sur", "de"), "es/pt": ("de",), "it": ("di", "su"), "nl": ("van",),
    "sv/no": ("av",), "da": ("af",), "pl/cs/sk": ("z", "ze", "zo"), "ro": ("din",), "hr/sr/bs/sl": ("od", "од"),
    "bg": ("от",), "ru": ("из",), "uk": ("з", "із"), "el": ("από",), "lt": ("iš",), "lv": ("no",), "ar": ("من",),
    "he": ("מתוך",), "fa": ("از",), "id/ms": ("dari",), "th": ("จาก",), "tl": ("ng",), "sw": ("kati ya",),
}
_SLASH_OR_WORD = "|".join(sorted({word for words in COUNTER_WORDS.values() for word in words}, key=len, reverse=True))
# the counter's heading words and the words between its numbers as regex alternatives, for catalog.credits.chrome
# and catalog.articles.photos
GALLERY_HEADINGS = "|".join(sorted({re.escape(word).replace(r"\ ", r"\s+") for words in GALLERY_WORDS.values()
                                     for word in words}, key=len, reverse=True))
COUNTER_BETWEEN = rf"(?:/|{_SLASH_OR_WORD.replace(' ', chr(92) + 's+')})"
# a counter written total first, the total in the elative case: Hungarian "5-ből 1" ("1 of 5"), "3-ból 2"
TOTAL_FIRST_COUNTER = r"\d{1,3}\s?-\s?(?:ből|ból)\s+\d{1,3}"
# what closes a counter before the caption: a bar, a colon, a dash, a full stop, a middle dot or bullet, a comma
COUNTER_CLOSERS = "|:–—.·•∙,-"

# Chinese "图/新华社", "摄影/Name": the picture's or the photographer's label with a slash; Icelandic papers print
# theirs so too: "Ljósmynd/Name" (photograph), "Ljósm./Name", "Mynd/Name", "Kort/Veðurstofa Íslands" (map),
# "Skjáskot/RÚV" (screenshot), never inside a word or an address ("…/mynd/…")
_SLASHED = (r"(?:供图|供圖|图文|圖文|图片|圖片|图|圖|摄影|攝影)\s?[/／](?=\S)"
            r"|(?<![\w/.])(?:ljósmyndir|ljósmynd|ljósm\.|myndir|mynd|kort|skjáskot|teikning)\s?/(?=[^\W\d])")

# BBC's language services print "Image source, X" in each language, with a comma (or the Arabic comma).
IMAGE_SOURCE_WORDS = ("பட மூலாதாரம்", "इमेज स्रोत", "फोटो स्रोत", "ছবির উৎস", "ছবির সূত্র", "تصویر کا ذریعہ",
                      "مصدر الصورة", "صدر الصورة", "منبع تصویر", "منبع عکس", "د انځور سرچینه", "fotoğraf kaynağı",
                      "fuente de la imagen", "crédito de la imagen", "source de l'image", "source de l’image",
                      "автор фото", "джерело фото", "图片来源", "圖片來源", "nguồn hình ảnh", "sumber gambar",
                      "chanzo cha picha", "asalin hoton", "xigashada sawirka", "ที่มาของภาพ", "사진 출처",
                      "ఫొటో సోర్స్", "ਤਸਵੀਰ ਸਰੋਤ", "ઇમેજ સ્રોત", "तस्बिर स्रोत", "surat manbasi", "şəklin mənbəyi",
                      "izvor fotografije", "autor fotografije")

# Labels printed without a colon, only in their own capitals and only where a credit may open (a
# bracket, a line, after a sentence): Swiss "(Bild Keystone)", Finnish "Kuvat Name", Romanian
# "sursa foto Name", Swahili "(picha na Name)" (photo by), Italian "(immagini raiplay.it)", Thai "ภาพโดย Name"
# (photo by); not before a word in lower case ("Kuva kukkivista lumpeista": "the picture of blooming lilies")
# Arabic "تصوير" (photography) opens a bracketed credit without a colon before an outlet's name: "(تصوير أكورا بريس)";
# before anything else it is the noun of a sentence or a list ("(تصوير الشاشة صامتاً)", filming the screen silently;
# Arabic prints no capitals to tell a name from words)
_BARE = r"(?:(?<=[(（])|(?<![\s\S]))تصوير(?=\s+[^()\n]{1,30}?(?:\sبريس|\sنيوز|رويترز)(?:\)|$))|(?-i:Bild|ภาพโดย|Kuvat?|KUVAT?|Valokuva(?:aja|t)?|Kuvaaja|[Ss]urs[aă]\s+foto|SURSA\s+FOTO|[Pp]icha\s+na|PICHA\s+NA|[Ii]mmagini)(?=\s)(?!\s+(?-i:(?:d['’])?[a-zß-ÿ]{4,})(?![.\w]))"


def without_accents(word: str) -> str:
    """The word as a page printing no accents spells it ("Ljosmynd", "Zdjecie", "Kep"); itself when not Latin."""
    plain = unicodedata.normalize("NFC", "".join(
        char for char in unicodedata.normalize("NFD", word) if not unicodedata.combining(char)))
    return plain if plain.isascii() else word


def _alternatives(words: object) -> str:
    spelled = sorted({word for group in words for word in group}, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in spelled)


# Thai prints its picture label before a dash ("(ภาพ – รอยเตอร์)") or glued to a wire's Thai name ("ภาพรอยเตอร์"):
# Thai writes no space between words
_THAI_WIRES = sorted((spelling for spellings in SPELLINGS.values() for spelling in spellings
                      if "\u0e00" <= spelling[:1] <= "\u0e7f"), key=len, reverse=True)
_THAI = rf"ภาพ\s*[-–—]|ภาพ(?=\s?(?:{'|'.join(map(re.escape, _THAI_WIRES))}))" if _THAI_WIRES else r"ภาพ\s*[-–—]"

# Vietnamese "Ảnh chụp" (photo taken) with when or where it was taken before the colon, the name closing the bracket:
# "(Ảnh chụp chiều ngày 1/8: Name)"; not a note's "(ảnh chụp ngày 2026-09-30: role, schema `x`: ...)"
_TAKEN_WHEN = r"ảnh\s+chụp\s[^:：()\n]{1,40}[:：](?=[^():：\n]{2,40}(?:\)|$))"

# Hindi papers print their labels before a hyphen as often as before a colon: "(फोटो साभार- ट्विटर@name)" (photo courtesy),
# "फोटो- एएनआई" (photo: ANI)
_HINDI_DASHED = rf"(?:{_alternatives([COLON_WORDS['hi']])})\s?[-–—](?=\s?\S)"

# the labels with their accents dropped, as pages typed without them print them ("Ljosmynd:", "Zdjecie:", "Kep:"); not
# Vietnamese, whose words without their marks are others ("anh", brother; "hinh")
_PLAIN_COLON_WORDS = tuple(plain for language, words in COLON_WORDS.items() if language != "vi"
                           for plain in map(without_accents, words) if plain not in words)
# the labels as one alternation for ``vocabulary._LABELS``: the colon words before a colon or a bar, as the English
# words are ("PICHA | NAME", Kenyan papers' Swahili beside their "PHOTO | NAME")
LANGUAGE_LABELS = (
    rf"(?:{_alternatives((*COLON_WORDS.values(), _PLAIN_COLON_WORDS))})\s?[:：|]|{_THAI}|{_HINDI_DASHED}"
    rf"|(?:{_alternatives([IMAGE_SOURCE_WORDS])})\s?[,،:：]"
    rf"|{_TEXT_AND_PHOTOS}|{_SOURCE_AND_PHOTO}|{_BARE}|{_SLASHED}|{_TAKEN_WHEN}"
)
# the first letters these labels open with, for the search's lookahead
FIRST_LETTERS = "".join(sorted({word[0].lower() for group in (*COLON_WORDS.values(), IMAGE_SOURCE_WORDS)
                                for word in group} | set("bkspiت")))
