"""Bylines: the names a story is credited to, its printed form, and a publication a byline names.

A byline is printed with a label in the paper's language ("By", "Compiled by", "Words by",
"Von", "Par", "Por", "Di", "Door", "Av", "Texto:"), names joined by commas and the
language's "and" ("&", "und", "et", "y", "e", "en", "och", "og"), and often a role or the
originating publication after a comma, a pipe or a dash ("Jane Doe, Staff Writer",
"Missy Ryan | The Washington Post").
"""

from __future__ import annotations

import re

from catalog.articles.photos import clean_text
from catalog.credits.agencies import is_organisation_like
from catalog.credits.labels import TEXT_AND_PHOTOS
from catalog.credits.names import is_name

# A byline's label in the main news languages, printed before the names with or without a colon ("Autor: Jan Novák",
# "Piše: Ana Horvat", "Írta: Kiss Anna", "Tác giả: Nguyễn An", Hebrew "מאת", Thai "โดย", Turkish "Muhabir:" and Uzbek
# "Muxbir:" (reporter), Afrikaans "Deur" (by)), from the languages' papers
# and WordPress's translations of "By %s" and "Author" (translate.wordpress.org); see docs/article-formats.md, "Word
# families". By, von, par, por, di, door, av, af and the "written by" phrases stand in _LABELS itself.
BYLINE_WORDS: dict[str, tuple[str, ...]] = {
    "es/pt/it/fr": ("texto", "testo", "texte", "autor", "autora", "auteur", "autrice"),
    "de/nl/nordic": ("text", "tekst", "texti"),
    "fi": ("teksti", "kirjoittaja"), "pl/cs/sk/et": ("autor", "autorka", "tekst", "text"),
    "hu": ("szerző", "írta"), "ro": ("autor", "de către"),
    "hr/sr/bs/sl": ("piše", "pišu", "napisao", "napisala", "avtor", "avtorica", "autorica", "пише", "пишу", "аутор",
                    "написао", "написала"),
    "bg/ru/uk": ("автор", "авторка", "текст", "пише"), "el": ("γράφει", "συντάκτης", "συντάκτρια", "κείμενο"),
    "tr": ("yazar", "yazan", "metin", "muhabir"), "af": ("deur", "geskryf deur", "teks"), "sw": ("mwandishi",),
    "uz": ("muallif", "muxbir"), "lt": ("autorius", "autorė"), "lv": ("autors", "autore", "teksts"),
    "he": ("מאת", "כתב", "כתבה"), "fa": ("نویسنده", "به قلم", "گزارش"), "hi": ("लेखक", "लेखिका"),
    "bn": ("লেখক", "লিখেছেন"), "id/ms": ("penulis", "oleh", "pewarta", "laporan"), "vi": ("tác giả", "bài"),
    "th": ("โดย", "เขียนโดย", "ผู้เขียน"), "tl": ("isinulat ni", "ulat ni"),
}
# ... and those that are also an ordinary word of some language, read only before a capitalised name of two words:
# Greek "Του"/"Της" (the genitive: "by"); Romanian "de" only in lower case (a capitalised "De" opens Dutch and Italian
# names: "De Vries")
BYLINE_WORDS_BEFORE_NAMES: dict[str, tuple[str, ...]] = {
    "el": ("του", "της"), "ro": ("(?-i:de)",),
}
# ... and those that are also a given name or a surname somewhere: Turkish "metin" (text; a common Turkish given name),
# "yazan" (written by; an Arabic given name), Indonesian "oleh" (by; Ukrainian Oleh), Swahili "na" and Tagalog "ni"
# (by; Korean and Chinese surnames Na, Ni). Capitalised before a name they are the name's first word ("Metin Yılmaz",
# "Oleh Sentsov", "Na Young Kim"), so they are a label only with a colon or a dash ("Oleh: Budi Santoso") or in lower
# case before a capitalised name of two words ("oleh Budi Santoso", "na Juma Hamisi").
BYLINE_WORDS_ALSO_NAMES = frozenset({"metin", "yazan", "oleh", "na", "ni"})


def _byline_alternatives(family: dict[str, tuple[str, ...]]) -> str:
    words = sorted({word for words in family.values() for word in words}, key=len, reverse=True)
    return "|".join(word if word.startswith("(?") else re.escape(word).replace(r"\ ", r"\s+") for word in words)


_BYLINE_WORD_ALTERNATIVES = _byline_alternatives({language: tuple(word for word in words if word not in
                                                                     BYLINE_WORDS_ALSO_NAMES)
                                                   for language, words in BYLINE_WORDS.items()})
_BEFORE_NAMES_ALTERNATIVES = _byline_alternatives(BYLINE_WORDS_BEFORE_NAMES)
_ALSO_NAMES_ALTERNATIVES = "|".join(sorted(BYLINE_WORDS_ALSO_NAMES))
_LABELS = (
    rf"{TEXT_AND_PHOTOS}\s*:\s*|"
    # "a text (report, analysis) by", as Radio-Canada signs ("Un texte de Julie Marcoux", "Un reportage d’Éric
    # Roy") and papers of the other Romance languages ("Un texto de", "Texto de", "Un articolo di"): before a capital
    r"(?:(?:un|une|um|uma|uno|una)\s+)?(?:texte|reportage|analyse|chronique|entrevue|texto|reportaje|reportagem|"
    r"artículo|artigo|testo|articolo|servizio|text)\s+(?:de\s+|di\s+|d['’]\s*)(?=(?-i:[^\W\d_a-zß-ÿ]))|"  # "Tekst og foto: Name", "Text und Fotos: Name": wrote and photographed
    # Arabic "wrote" (كتب, كتبت), "by the pen of" (بقلم), "prepared by" (إعداد), "interview" (حوار), "report"
    # (تقرير), "follow-up" (متابعة) before the names, with a colon or a dash ("كتب: Name", "بقلم - Name")
    r"(?:كتب|كتبت|كتبه|بقلم|إعداد|اعداد|حوار|تقرير|متابعة)\s*[:：\-–—]\s*|بقلم\s+|"
    r"(?:propos\s+recueillis|recueillis|entretien\s+réalisé)\s+par|"  # an interview's "Propos recueillis par …"
    r"(?:(?:written|compiled|reported|reporting|words|text|story|interview|photos and text|words and photos|"
    r"text and photos|submitted|posted)\s+by|ingezonden\s+door|eingereicht\s+von|soumis\s+par|by|von|par|por|di|door|words|"
    r"(?:publicado|escrito|escrita|reportado)\s+por|(?:scritto|a\s+cura)\s+di|geschrieben\s+von|écrit\s+par|"
    rf"av|af|{_BYLINE_WORD_ALTERNATIVES})\s*(?::|\s[—–](?=\s))?\s+"  # "By — Ann Lee" (PBS's dash after the label)
    # the labels that are also a language's ordinary word: only before a capitalised name (BYLINE_WORDS_BEFORE_NAMES)
    rf"|(?:{_BEFORE_NAMES_ALTERNATIVES})\s+(?=[^\W\d_][^\s,]*\s+[^\W\d_])(?=(?-i:[^\W\d_a-zß-ÿа-яёα-ωάέήίόύώ]))"
    # the labels that are also a name: with a colon or a dash, or in lower case before a capitalised name of two words
    rf"|(?:{_ALSO_NAMES_ALTERNATIVES}|metİn)\s*(?:[:：]|\s[—–-](?=\s))\s*"
    rf"|(?-i:{_ALSO_NAMES_ALTERNATIVES})\s+(?=(?-i:[^\W\d_a-zß-ÿ])[^\s,]*\s+[^\W\d_])"
    r"|(?:作者|记者|記者|文|撰文|编辑|責任編集)\s*[:：/／]\s*"  # Chinese and Japanese: "作者：李华", "记者／李华"
    r"|(?:authors?|writers?|reporters?|autore|autrice)\s*:\s*"  # a form's field: "WRITER: Ann Lee", "Reporter: Bo Park"
    # Catalan and Italian "per". Per is also a Scandinavian first name ("Per Anders Olsson",
    # "Per Olsson och Anna Berg"), so capitalised it is a label only before names joined by
    # Catalan "i" or Italian "e" ("Per Marta Soler i Pau Vidal"); in lower case it always is.
    r"|(?-i:per)\s+(?=[^\s,]+\s+[^\s,])"
    r"|(?-i:Per|PER)\s+(?=[^\s,]+\s+[^\s,]+\s+(?:i|e|I|E)\s+\S)"
)
# a story file's "BYLINE:" field, before a label or the names
# (and a field's label before the printed one: "AUTORE: di Giovanna Esposito", "Author: By Ann Lee")
LABEL = re.compile(rf"^(?:(?:byline|authors?|autore|autor|auteur)\s*:\s*(?:{_LABELS})?|{_LABELS})", re.IGNORECASE)
# (a one-letter "and" followed by a period is a middle initial: "Laura E. Adkins", "Ana Y. Ruiz", "Jan I. Nowak")
_SEPARATORS = re.compile(r"\s*(?:,|;|&|、|،|\b(?:and|und|y|et|e|en|och|og|i|avec|و)\b(?!\.))\s*|\s+-\s+", re.IGNORECASE)
_CONJUNCTION = re.compile(r"^\s*(?:and|und|y|et|e|en|och|og|i|&)\s", re.IGNORECASE)
# A dateline before the names ("تونس: منية بن سالم", "Tunis: Ann Lee"): a word or two and a colon.
_DATELINE = re.compile(r"^[^\s:：,]+(?:\s[^\s:：,]+)?\s*[:：]\s*(?=\S)")
# Drupal's "Submitted by Name on Tue, 03/12/2024": the date after the names.
_ON_DATE = re.compile(r"\s+on\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$"
                      # and in the site's language: "Ingezonden door Name op ma, 03/06/2024 - 09:14"
                      r"|\s+(?:op|am|le|el|il)\s+(?:[^\W\d]{2,9}\.?,?\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b.*$",
                      re.IGNORECASE)
# Reuters' "Reporting by Ann Lee; Editing by Bo Park": the editors are no byline
_EDITED_BY = re.compile(r"\s*[;.]\s*(?:editing|edited|additional reporting|writing) by\b.*$", re.IGNORECASE)
_HANDLE = re.compile(r"\s+@\w+|\s*\[[^\[\]]*@[^\[\]]*\]")  # a social account or "[name@paper.com]" after the name
# The wires a story drew on, after the names: "Zsófia Varga with AP, AFP", "Anne Morel avec agences"
_WITH_AGENCIES = re.compile(r"\s+(?:with|avec|mit|con)\s+(?:(?:the\s+)?(?:[A-Z]{2,6}|agencies|agences|agenturen|agencias|"
                            r"wires?|(?:[A-Z][a-z]+\s+)?(?:Associated\s+Press|Reuters|Press|Agency|Wire|News))"
                            r"(?:\s*(?:,|and|&|et|und|y)\s*|\s*$))+$")
# A Korean or Japanese reporter's title after the name: "이민아 기자", "山田太郎記者"
_TITLE_AFTER_NAME = re.compile(r"\s*(?:선임기자|기자|특파원|논설위원|記者|特派員|編集委員)(?=\s*(?:[,、·]|$))")
# The date printed after the names on the same line ("Nadia Brooks & Theo Lindgren June 03, 2024")
# The days of the week in the main news languages (their Wikipedias' "week" articles), as a byline's date opens
WEEKDAYS = tuple("""
    monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag
    sonnabend sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado
    domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira lunedì martedì mercoledì giovedì venerdì
    sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag måndag tisdag onsdag torsdag fredag
    lördag söndag mandag tirsdag lørdag søndag maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai
    poniedziałek wtorek środa czwartek piątek sobota niedziela pondělí úterý středa čtvrtek pátek neděle pondelok
    utorok streda štvrtok piatok nedeľa hétfő kedd szerda csütörtök péntek szombat vasárnap luni marți miercuri joi
    vineri sâmbătă duminică ponedjeljak ponedeljak utorak srijeda sreda četvrtak petak subota nedjelja nedelja
    понедељак уторак среда четвртак петак субота недеља понеделник вторник сряда четвъртък петък събота неделя
    понедельник четверг пятница суббота воскресенье понеділок вівторок середа четвер пʼятниця п'ятниця субота неділя
    pazartesi salı çarşamba perşembe cuma cumartesi pazar senin selasa rabu kamis jumat sabtu minggu isnin khamis
    jumaat jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili
""".split())
_TRAILING_DATE = re.compile(r"\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
                            r"\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
                            # in any language, day, month and year: "3 giugno 2024", "3. Juni 2024", "3 de junio de 2024"
                            r"|\d{1,2}\.?\s+(?:de\s+)?[^\W\d]{3,12}\.?\s+(?:de\s+)?\d{4}"
                            # a weekday of the main news languages opening a whole date ("Jumatano, Mei 22, 2024",
                            # "Mittwoch, 22. Mai 2024", "mercredi 22 mai 2024"): day and month in either order, then
                            # the year. Domingo, Sabato, Khamis, Pazar are surnames too: see _weekday_opens_date
                            rf"|(?P<weekday>{'|'.join(WEEKDAYS)})(?P<comma>,?)\s+(?:\d{{1,2}}\.?\s+(?:de\s+)?[^\W\d]{{3,12}}\.?"
                            r"|[^\W\d]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:de\s+)?\d{4})\b.*$",
                            re.IGNORECASE)


# The label a page prints before a story's date, in the main news languages ("Published", "Publié le", "Publicado
# el", "Veröffentlicht am", "Pubblicato il", "Gepubliceerd op", "Publicerad", "Opublikowano", "Опубликовано"), and
# "updated" in each: left after the names when the date itself is cut off ("Nassima Belkacem Publié le")
DATE_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("published", "updated", "posted", "last updated", "first published"),
    "fr": ("publié", "publiée", "mis à jour", "modifié"), "es": ("publicado", "publicada", "actualizado", "actualizada"),
    "pt": ("publicado", "publicada", "atualizado", "atualizada"), "it": ("pubblicato", "aggiornato"),
    "de": ("veröffentlicht", "aktualisiert", "erschienen"), "nl": ("gepubliceerd", "bijgewerkt"),
    "sv/no/da": ("publicerad", "uppdaterad", "publisert", "oppdatert", "publiceret", "opdateret", "udgivet"),
    "fi": ("julkaistu", "päivitetty"), "pl": ("opublikowano", "zaktualizowano", "aktualizacja"),
    "cs/sk": ("publikováno", "aktualizováno", "publikované", "aktualizované"), "hu": ("közzétéve", "frissítve"),
    "ro": ("publicat", "actualizat"), "hr/sr/bs/sl": ("objavljeno", "ažurirano", "posodobljeno"),
    "bg/ru/uk": ("опубликовано", "обновлено", "публикувано", "опубліковано", "оновлено"),
    "tr": ("yayınlanma", "güncelleme", "yayınlandı"), "id/ms": ("diterbitkan", "diperbarui", "dikemaskini"),
}
# ... and the words after it before the date ("le", "el", "em", "am", "il", "op", "den", "on", "at")
_DATE_LABEL_TAIL = re.compile(
    r"\s+[|·•,–—-]?\s*(?:" + "|".join(sorted({re.escape(word).replace(r"\ ", r"\s+") for words in DATE_LABELS.values()
                                             for word in words}, key=len, reverse=True))
    + r")(?:\s+(?:on|at|le|el|em|am|il|op|den|the|в|u|w|v|dne|tarihi))?\s*:?$", re.IGNORECASE)


def _without_trailing_date(names: str) -> str:
    """The names before a date printed after them on the same line ("Nadia Brooks June 03, 2024"), and before the
    date's label ("Nassima Belkacem Publié le 27 mai 2024")."""
    start = 0
    while found := _TRAILING_DATE.search(names, start):
        if not found["weekday"] or _weekday_opens_date(names[:found.start()], found):
            return _DATE_LABEL_TAIL.sub("", names[:found.start()])
        start = found.end("weekday")
    return names


def _weekday_opens_date(before: str, found: re.Match[str]) -> bool:
    """True when a weekday before a date opens the date rather than closing a name: in lower case ("mercredi 22 mai"),
    or capitalised after a comma ("Ann Lee, Sunday, June 2, 2024") or set off by its own comma after a whole name of
    two words ("Nadia Brooks Mittwoch, 22. Mai 2024"); never as the surname of "Plácido Domingo June 03, 2024"."""
    if found["weekday"].islower() or before.rstrip().endswith((",", "\n")):
        return True
    return bool(found["comma"]) and len(before.rsplit(",", 1)[-1].split()) >= 2
# A role after the names without a comma, glued to what follows ("… and Luis Ortega Globe Staff,Updated June 3")
_GLUED_ROLE = re.compile(r"\s(?:Staff|Correspondent|Reporter|Contributor)\b(?=\s*(?:,|$|\s+[A-Z]))")
# "Priya Nair in London and Lukas Brandt in Frankfurt": where each filed from, before the next name or the end
_IN_PLACE = re.compile(r"\s+(?:in|à|aus|desde)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*(?=\s*(?:,|;|&|\s(?:and|und|et|y)\s|$))")
_AFTER_NAMES = re.compile(r"\s+[|—–•·/]\s+|\s+-\s+")  # "Keiko Ishida / Kansai Shimbun Staff Writer"
_AFTER_NAMES_KEPT = re.compile(f"({_AFTER_NAMES.pattern})")
# A role in the languages bylines print one in after the names ("Repórter da Agência Brasil", "Redakteurin")
_ROLES_IN_LANGUAGES = frozenset(
    "repórter reportera reportero periodista jornalista journaliste giornalista redator redatora redactor "
    "redactora rédacteur rédactrice redakteur redakteurin redaktør redaktör correspondente corresponsal corresponsale "
    "correspondant correspondante corrispondente korrespondent korrespondentin enviado enviada inviato inviata "
    "envoyé envoyée".split()
)
# Words of a role ("Staff Writer") or of a publication ("The Washington Post") after the names.
ROLE_WORDS = frozenset((
    "staff writer writers reporter reporters correspondent correspondents editor editors "
    "columnist contributor contributing special bureau chief senior associated press news "
    "times post journal herald tribune gazette daily agency service wire reuters afp "
    "bloomberg updated published communications communication relations affairs newsroom office "
).split()) | _ROLES_IN_LANGUAGES
# A paper's name ends with one of these ("High Plains Courier", "The Island Times").
# ... and in the main news languages, the words papers' names are made of: a daily, a paper, news, a courier, a
# herald, a voice ("Šarišský hlas", "Glas Istre", "Głos Wielkopolski", "La Voz de Galicia"), from the papers' own
# names as the languages' Wikipedias list them ("List of newspapers in ..."); docs/article-formats.md, "Word families"
PUBLICATION_WORDS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("times", "post", "journal", "herald", "tribune", "gazette", "daily", "weekly", "news", "courier", "chronicle",
           "sentinel", "messenger", "record", "register", "observer", "express", "examiner", "dispatch", "bulletin",
           "review", "mirror", "telegraph", "guardian", "independent", "standard", "press", "inquirer", "enquirer",
           "ledger", "leader", "banner", "argus", "beacon", "citizen", "eagle", "globe", "star", "sun", "voice",
           "reporter"),
    "de": ("zeitung", "kurier", "anzeiger", "rundschau", "tagblatt", "nachrichten", "bote", "abendblatt", "morgenpost",
           "volksblatt", "presse", "echo"),
    "fr": ("quotidien", "courrier", "dépêche", "républicain", "progrès", "écho", "presse", "gazette"),
    "es": ("diario", "periódico", "heraldo", "correo", "prensa", "voz", "gaceta", "crónica", "tribuna"),
    "pt": ("jornal", "diário", "folha", "correio", "gazeta", "tribuna", "voz"),
    "it": ("giornale", "corriere", "gazzetta", "messaggero", "gazzettino", "voce", "tribuna"),
    "nl": ("krant", "dagblad", "courant", "nieuwsblad", "gazet"),
    "sv/no/da": ("tidning", "tidningen", "posten", "blad", "bladet", "dagblad", "kuriren", "avis", "avisen", "tidende"),
    "fi": ("sanomat", "lehti", "uutiset"), "is": ("blaðið", "tíðindi"),
    "pl": ("gazeta", "dziennik", "kurier", "głos", "tygodnik", "nowiny", "echo"),
    "cs/sk": ("noviny", "listy", "deník", "denník", "hlas", "zprávy", "správy", "pravda"),
    "hu": ("hírlap", "napló", "hírek"), "ro": ("ziarul", "gazeta", "jurnalul", "cotidianul", "monitorul"),
    "hr/sr/bs/sl": ("novine", "list", "vjesnik", "glas", "vijesti", "vesti", "novosti", "glasnik", "dnevnik", "vestnik",
                    "novice", "гласник", "новости", "вести"),
    "bg/ru/uk": ("вестник", "новини", "глас", "газета", "вести", "новости", "правда", "известия", "вісті", "голос"),
    "el": ("εφημερίδα", "νέα"), "tr": ("gazetesi", "gazete", "postası"), "lt": ("žinios", "laikraštis"),
    "lv": ("avīze", "ziņas"), "id/ms": ("harian", "berita", "koran"), "sw": ("gazeti", "habari"), "tl": ("balita",),
}
PUBLICATION_WORDS = frozenset(word for words in PUBLICATION_WORDS_BY_LANGUAGE.values() for word in words)
_ROLE_ONLY = frozenset(
    "staff writer writers reporter reporters correspondent correspondents editor editors columnist "
    "contributor contributing special bureau chief senior updated published for the communications communication "
    "relations affairs newsroom office".split()
) | _ROLES_IN_LANGUAGES
_LONGEST_NAME = 60
# A role naming the outlet after the names, without a comma: "Mariana Ocampo Periodista de Canal Latino Arizona",
# "Ann Lee Reporter for The Herald", "Anna Roth Redakteurin bei Der Kurier", "Luca Bianchi giornalista di Il Giorno"
_ROLE_OF_OUTLET = re.compile(
    r"(?<=\S)\s+(?i:" + "|".join(sorted(_ROLES_IN_LANGUAGES | {"reporter", "correspondent", "writer", "editor",
                                                             "columnist", "contributor", "journalist", "producer"},
                                         key=len, reverse=True))
    + r")\s+(?i:de|del|de la|da|do|of|for|at|with|bei|von|der|di|della|du|à|chez|för|på|hos|van|voor)\s+"
      r"[A-ZÀ-Þ][^,;]*$")


def split_byline(text: str | None) -> tuple[str, ...]:
    """The people named in a byline, without the label and without roles or the publication.

    "By Jane Doe and John Roe, Associated Press" gives ("Jane Doe", "John Roe"); a single
    word after full names is where they wrote from ("Von Anna Schmidt, Berlin").
    """
    names: list[str] = []
    for part in _name_parts(text):
        name = part.strip(" .:")
        if name and name not in names:
            names.append(name)
    if any(len(name.split()) > 1 for name in names):
        names = [name for name in names if len(name.split()) > 1]
    return tuple(names)


def printed_byline(text: str | None) -> str | None:
    """The byline as printed without its label and what follows the names: "Ann Lee & Bo Park"."""
    cleaned = _without_label(text)
    if not cleaned:
        return None
    kept = ""
    parts = cleaned.split(",")
    for index, part in enumerate(parts):
        first = index == 0  # before any comma: a paper's word closing the name is a surname (_is_name)
        if not _is_name(part.strip(" .:"), after_names=not first) \
                and not all(_is_name(p.strip(" .:"), after_names=not first) for p in _SEPARATORS.split(part) if p.strip()):
            if kept and is_publication_name(part.strip()) and index + 1 < len(parts) and _CONJUNCTION.match(parts[index + 1]):
                continue  # "Ana Ruiz, The Public Ledger, and Dev Patel, …": each name's outlet, the names go on
            break
        if kept and len(part.split()) == 1:
            break  # "Anna Schmidt, Berlin": the place
        joined = index > 0 and not is_publication_name(parts[index - 1].strip())
        kept += ("," if joined else "") + part
    printed = clean_text(kept.strip(" ,.:"))
    return printed if printed and split_byline(printed) else None


def byline_publication(text: str | None) -> str | None:
    """The publication a byline names after its names ("Missy Ryan, The Washington Post"), not a role."""
    cleaned = clean_text(text)
    if not cleaned:
        return None
    pieces = _AFTER_NAMES.split(_WITH_AGENCIES.sub("", LABEL.sub("", cleaned)))
    tails = pieces[1:] + [part for part in pieces[0].split(",")[1:]]
    tails += [tail for tail in [_trailing_publication(pieces[0].split(",")[-1].strip())[1]] if tail]
    for tail in tails:
        tail = tail.strip(" .:")
        words = {word.lower().strip(".") for word in tail.split()}
        while tail and tail.split()[-1].lower().strip(".") in _ROLE_ONLY:  # "Riverside Post staff"
            tail = " ".join(tail.split()[:-1])
        words = {word.lower().strip(".") for word in tail.split()}
        # a role in another language before the paper ("Repórter da Agência Brasil") is no sign of a publication
        if tail and words - _ROLE_ONLY and (words & ROLE_WORDS - _ROLES_IN_LANGUAGES or is_publication_name(tail)) \
                and tail[:1].isupper() \
                and not any(c.isdigit() for c in tail):
            return tail
    return None


def _without_label(text: str | None) -> str | None:
    cleaned = clean_text(text)
    if not cleaned:
        return None
    # "Jane Doe | The Washington Post", "Jane Doe — Staff writer": the names come first.
    # "Sophie Leroy (Nantes, correspondante)": where and as what, not a name
    cleaned = _EDITED_BY.sub("", _HANDLE.sub("", cleaned))  # "…; Editing by Bo Park", "Ann Lee @annlee"
    cleaned = _TITLE_AFTER_NAME.sub("", _WITH_AGENCIES.sub("", cleaned))
    cleaned = re.sub(r"\s+,", ",", cleaned)  # "Kyle Durant , Maya Ellison": a stray space before the comma
    label = LABEL.match(cleaned)
    if label and re.search(r"[—–-]", label.group()):  # "By — Ann Lee": the dash belongs to the label, no role follows
        cleaned = re.sub(r"\s*[—–-]\s*", ": ", label.group()) + cleaned[label.end():]
    names = _ON_DATE.sub("", LABEL.sub("", _names_before_the_rest(re.sub(r"\s*\([^)]*\)", "", cleaned)))).strip()
    if not LABEL.match(cleaned):
        names = _DATELINE.sub("", names)
    outlet_role = _ROLE_OF_OUTLET.search(names)
    if outlet_role and len(names[:outlet_role.start()].split()) >= 2:  # a name of two words or more before the role
        names = names[:outlet_role.start()]
    names = _IN_PLACE.sub("", names).strip(" -–—|")  # "Hana Duric in Sarajevo": where the reporter filed from
    names = _without_trailing_date(names)
    role = _GLUED_ROLE.search(names)
    if role:  # "Globe Staff", "Herald Staff Writer": the paper's staff, its name left out with it
        words = names[: role.start()].split(" ")
        while len(words) > 2 and words[-1][:1].isupper() and words[-1].lower().strip(".") in PUBLICATION_WORDS | ROLE_WORDS:
            words.pop()
        names = " ".join(words)
    head, comma, last = names.strip(" ,").rpartition(",")  # the wire closing the last name ("…, Bo Park Associated Press")
    return (head + comma + (" " if comma else "") + _trailing_publication(last.strip())[0]).strip() or None


# Turkish papers join their reporters with a dash after the label "Haber:" (news) or "Muhabir:" (reporter): "Haber:
# Elif Karaca - Mert Aydın". Elsewhere a dash after the names sets off where the story was filed, which reads as a
# name too ("By Ann Lee - New York", "- Kuala Lumpur"), so only these labels join names so.
_DASH_JOINS_NAMES = re.compile(r"^\s*(?:haber|muhabir)\s*[:：]", re.IGNORECASE)


def _names_before_the_rest(text: str) -> str:
    """The names opening a byline, before a role, a paper, a place or a date set off by a bar, a slash or a dash
    ("Keiko Ishida / Kansai Shimbun Staff Writer", "Ann Lee - Reuters", "Ann Lee - New York"); under a Turkish label a
    person's name after a dash is one more of them ("Haber: Elif Karaca - Mert Aydın")."""
    pieces = _AFTER_NAMES_KEPT.split(text)
    names = pieces[0]
    if not _DASH_JOINS_NAMES.match(names):
        return names
    for separator, piece in zip(pieces[1::2], pieces[2::2]):
        if separator.strip() != "-" or not _is_person_after_dash(piece) or not _is_person_after_dash(LABEL.sub("", names)
                                                                                                    .split(" - ")[-1]):
            break
        names += " - " + piece
    return names


def _is_person_after_dash(text: str) -> bool:
    """True for two or three capitalised words that read as a person's name, no role, paper or organisation."""
    words = text.split()
    return 2 <= len(words) <= 3 and is_name(text, strict=True) and _is_name(text) and not is_organisation_like(text) \
        and words[-1].lower().strip(".") not in PUBLICATION_WORDS


# "in" before the words closing a byline: the section the story is filed in ("by Nathan Tempey in News on Mar 9"),
# not the paper, in the main news languages (English, German, French, Spanish/Italian/Portuguese, Polish/Czech)
_FILED_IN = frozenset({"in", "im", "dans", "en", "nella", "nel", "em", "no", "na", "w", "ve", "v"})


def _trailing_publication(text: str) -> tuple[str, str | None]:
    """("JANE DOE and JOHN ROE", "Associated Press") from "JANE DOE and JOHN ROE Associated Press".

    AP's member papers print the wire after the names without a comma: a closing run of
    capitalised words that starts with "The" or a publication word and ends with one.
    """
    words = text.split()
    if not words or "," in text or words[-1].lower().strip(".") not in ROLE_WORDS or words[0].lower() == "the":
        return text, None  # after a comma, the publication is a part of its own
    run = len(words)
    while run > 0 and words[run - 1][:1].isupper():
        run -= 1
    if run > 0 and words[run - 1].lower() in _FILED_IN:
        return text, None  # "in World News": the section the story is filed in
    for index in range(2, len(words)):
        word = words[index].lower().strip(".,")
        if (word == "the" or word in ROLE_WORDS) and all(w[:1].isupper() for w in words[index:]) \
                and words[index - 1].lower() not in ("and", "&"):
            return " ".join(words[:index]), " ".join(words[index:])
    return text, None


_SEPARATORS_KEPT = re.compile(f"({_SEPARATORS.pattern})", re.IGNORECASE)


# Arabic writes "and" (و) as a prefix glued to the next word: "محمد عبد الحليم وسارة فؤاد" is two people. Given names
# that open with the letter itself are not split so: Walid, Wael, Wafaa, Wissam, Wadie, Wagdy, Waheed, Wahba, Warda,
# Walaa, Widad, Wessal, Wajih, Wasim, Wahid, Wafiq, Wisal
_WAW = "و"
_NAMES_OPENING_WITH_WAW = frozenset("وليد وائل وفاء وسام وديع وجدي وحيد وهبة وردة ولاء وداد وصال وجيه وسيم واحد وفيق "
                                    "وصفي وفيقة وجدان ورد وعد".split())
_SHORTEST_ARABIC_NAME = 2  # words: a given name and a family name on each side of a glued "and"


def _unglued_arabic_and(names: str) -> str:
    """``names`` with a glued Arabic "and" set apart ("… الحليم وسارة فؤاد" -> "… الحليم و سارة فؤاد"), where a whole
    name of two words or more stands on each side of it."""
    if _WAW not in names or not re.search(r"[\u0600-\u06ff]", names):
        return names
    words = names.split(" ")
    for index in range(_SHORTEST_ARABIC_NAME, len(words) - 1):
        word = words[index]
        if word.startswith(_WAW) and len(word) >= 4 and word not in _NAMES_OPENING_WITH_WAW \
                and not any(sign in " ".join(words[:index]) for sign in ",،") \
                and len(words) - index >= _SHORTEST_ARABIC_NAME:
            return " ".join(words[:index] + [_WAW, word[1:]] + words[index + 1:])
    return names


def _name_parts(text: str | None) -> list[str]:
    """The parts of a byline that are names. A paper's name stands after a comma ("Ann Lee, High Plains Courier"):
    the first part and a part after "and" are a person's even when the last word is a paper's ("Hans Peter List",
    "Lena H. Sun"), unless an article opens them ("The Island Times")."""
    cleaned = _without_label(text)
    if not cleaned:
        return []
    cleaned = _unglued_arabic_and(cleaned)
    pieces = _SEPARATORS_KEPT.split(cleaned)
    return [part for separator, part in zip([""] + pieces[1::2], pieces[::2])
            if _is_name(part.strip(" .:"), after_names=separator.strip() in (",", ";", "-"))]


# Role nouns a line under the byline may open with before a place ("Corresponsal en Boquerón", "Correspondent in Kyiv")
ROLE_NOUNS = _ROLES_IN_LANGUAGES | frozenset("correspondent columnist contributor editor writer".split())


def is_role(text: str) -> bool:
    """True for a byline's role printed on its own ("Staff Writer", "Senior Correspondent"), not a name or a paper."""
    words = {word.lower().strip(".,") for word in text.split()}
    return bool(words) and words <= _ROLE_ONLY


def is_publication_name(text: str) -> bool:
    """True for a paper's name as a byline prints it: "The Island Times", "High Plains Courier" (not "Ann Star")."""
    words = text.split()
    return bool(words) and words[-1].lower().strip(".") in PUBLICATION_WORDS and (
        _opens_with_article(text) or len(words) >= 3)


def _opens_with_article(text: str) -> bool:
    return text.split()[0].lower() in ("the", "der", "die", "la", "le", "el", "il", "de", "het")


def _is_name(name: str, *, after_names: bool = True) -> bool:
    """True for a part of a byline that reads as a person's name. Before any comma (after_names False) a paper's word
    closing three words is a surname ("Hans Peter List"): only an article makes the part a paper there."""
    words = {word.lower().strip(".") for word in name.split()}
    acronym = len(name.split()) == 1 and name.isupper() and len(name) <= 5  # "…, CNN": the network, not a person
    paper = is_publication_name(name) if after_names else is_publication_name(name) and _opens_with_article(name)
    # a part starting in lower case is a role or a place ("correspondante à Lyon", "enviada especial")
    return bool(name) and len(name) <= _LONGEST_NAME and not acronym and not words & ROLE_WORDS \
        and not name[:1].islower() \
        and not paper and not any(c.isdigit() or c == "@" for c in name)


# A Chinese-language wire's dateline opening the story: "（中央社記者王小明台北3日電）", "（記者王小明、李大華／台北報導）",
# Xinhua's "新华社北京6月3日电（记者王明）": the reporters' names, then where and when it was filed.
_WIRE_DATELINE = re.compile(r"^[（(]\s*[^（）()]{0,8}?[記记]者(?P<names>[^（）()\d]{2,40}?)\s*[／/]?\s*"
                            r"(?P<place>[^\s（）()\d、，,／/]{0,6}?)\s*\d{1,2}\s*日\s*[電电]\s*[）)]")
_WIRE_CREDIT = re.compile(r"[（(]\s*[記记]者(?P<names>[^（）()\d／/]{2,40}?)\s*(?:[／/][^（）()]{0,12})?[）)]")
_CHINESE_NAME = 3  # characters: most Chinese names; the place the dateline names follows it unseparated


def dateline_reporters(text: str | None) -> tuple[str, ...]:
    """The reporters a Chinese-language wire's opening dateline names ("（中央社記者王小明台北3日電）" -> ("王小明",)),
    or () for any other paragraph. The last name runs into the place it was filed from: a name is taken as three
    characters when the place's two or more follow."""
    cleaned = clean_text(text) or ""
    found = _WIRE_DATELINE.match(cleaned)
    if found:
        names = re.split(r"[、，,]", found.group("names") + found.group("place"))
        last = names[-1]
        names[-1] = last[:_CHINESE_NAME] if len(last) >= _CHINESE_NAME + 2 else last
        return tuple(name.strip() for name in names if len(name.strip()) >= 2)
    credit = _WIRE_CREDIT.search(cleaned[:80])
    return tuple(name for name in re.split(r"[、，,\s]+", credit.group("names")) if len(name) >= 2) if credit else ()
