"""Credit labels and forms of many languages and scripts: variants of each, and a label before prose (no credit)."""

from __future__ import annotations

import pytest

from catalog.credits.captions import find_credit
from tests.helpers.credit_reading import read_caption as _read


@pytest.mark.parametrize("text, line, agency, photographers", [
    # Vietnamese "Ảnh:" and "Bài, ảnh:" (text and photos by)
    ("Các đại biểu tham dự phiên họp. (Ảnh: Thống Nhất/TTXVN)", "Thống Nhất/TTXVN", "TTXVN", ("Thống Nhất",)),
    ("Thủ tướng phát biểu - Ảnh: VGP/Quang Hiếu", "VGP/Quang Hiếu", "VGP", ("Quang Hiếu",)),
    ("Bài và ảnh: Minh Anh", "Minh Anh", None, ("Minh Anh",)),
    # BBC's "Image source," in Tamil, Hindi, Bengali
    ("பட மூலாதாரம், Getty Images\n\nபடக்குறிப்பு, போராட்டம்", "Getty Images", "Getty Images", ()),
    ("इमेज स्रोत, Reuters\n\nइमेज कैप्शन, प्रदर्शन", "Reuters", "Reuters", ()),
    ("ছবির উৎস, EPA\n\nছবির ক্যাপশান, বিক্ষোভ", "EPA", "EPA", ()),
    # Greek "Πηγή φωτογραφίας:", "Φωτό:"
    ("Η συνεδρίαση του υπουργικού.\nΠηγή φωτογραφίας: Reuters/Alkis Konstantinidis", "Reuters/Alkis Konstantinidis",
     "Reuters", ("Alkis Konstantinidis",)),
    ("Ο πρωθυπουργός στη Βουλή.\nΦωτό: ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ/EUROKINISSI", "ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ/EUROKINISSI",
     "EUROKINISSI", ("ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ",)),
    # Finnish "Kuva Name", Swiss "(Bild Name)", Swahili "(picha na Name)", Romanian "sursa foto"
    ("Kuva Markku Ulander", "Markku Ulander", None, ("Markku Ulander",)),
    ("Der Bundesrat an der Medienkonferenz. (Bild Keystone)", "Keystone", "Keystone", ()),
    ("Rais akiongea na wananchi leo.(picha na Issa Michuzi)", "Issa Michuzi", None, ("Issa Michuzi",)),
])
def test_language_labels(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text", [
    "Ảnh: cây cầu sập trong đêm",  # a label before a description
    "Foto: la caída del puente",
    "Hình: người dân xếp hàng chờ",
    "Kaynak: AA / Gökhan Balcı - Güncel",  # the story's source, not the picture's
    "Sursa: ministerul a anunțat măsurile",
    "Das Bild zeigt die Brücke",
    "Le immagini mostrano il ponte crollato",
])
def test_label_before_prose_is_no_credit(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, line, agency, photographers", [
    # an outlet's reporter before the mark, with or without a name, "/摄", "拍摄"
    ("代表步入会场。(人民日报记者 王建刚摄)", "人民日报记者 王建刚", "People's Daily", ("王建刚",)),
    ("两位主席交谈。(央视记者拍摄)", "央视记者", "CCTV", ()),
    ("代表步入人民大会堂。中国日报记者 冯永斌/摄", "中国日报记者 冯永斌", "中国日报", ("冯永斌",)),
    ("(新华社拍摄)", "新华社", "Xinhua", ()),
    # a title that says photographer needs no mark
    ("《财经》 首席摄影记者 王晓东 | 两会影像", "《财经》 首席摄影记者 王晓东", "财经", ("王晓东",)),
    # a pinyin reading printed after a character stays in the line
    ("会议举行。 新华社发(fā) (李涛 摄)", "新华社发(fā) (李涛 摄)", "Xinhua", ("李涛",)),
])
def test_chinese_forms(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text", [
    "发布会上,中外记者拍摄的照片很多。",  # the mark glued to a word inside prose
    "大会发言人回答中外记者提问。",
])
def test_chinese_prose_is_no_credit(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, line, agency, photographers", [
    # organisations named in the words of their language, capitalised in the first word only
    ("Fotografija: Medija centar Novi Sad\nKonferencija za medije", "Medija centar Novi Sad", "Medija centar Novi Sad", ()),
    ("Premier w Sejmie. Fot. Biuro prasowe Rządu", "Biuro prasowe Rządu", "Biuro prasowe Rządu", ()),
    ("Sesión del pleno. FOTO: Cámara de Diputados", "Cámara de Diputados", "Cámara de Diputados", ()),
    # a name and a spokesperson's unit in Hebrew; a press office carried by Hungary's wire
    ("הנשיא בטקס. צילום: חיים צח, לשכת העיתונות הממשלתית", "חיים צח, לשכת העיתונות הממשלתית",
     "לשכת העיתונות הממשלתית", ("חיים צח",)),
    ("Fotó: MTI/Miniszterelnöki Sajtóiroda/Benko Vivien Cher", "MTI/Miniszterelnöki Sajtóiroda/Benko Vivien Cher",
     "Miniszterelnöki Sajtóiroda", ("Benko Vivien Cher",)),
    ("Fotó: MTI/Koszticsák Szilárd", "MTI/Koszticsák Szilárd", "MTI", ("Koszticsák Szilárd",)),
])
def test_organisations_in_languages(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, line, agency, photographers", [
    # a label after the sentence end of another script: the danda, the Urdu full stop
    ("প্রধানমন্ত্রী অনুষ্ঠানে বক্তব্য দেন। ছবি: দীপু মালাকার", "দীপু মালাকার", None, ("দীপু মালাকার",)),
    ("सभा को संबोधित करते मुख्यमंत्री। फोटो: दैनिक भास्कर", "दैनिक भास्कर", "Dainik Bhaskar", ()),
    ("جلسے سے خطاب کیا۔ تصویر: عامر قریشی", "عامر قریشی", None, ("عامر قریشی",)),
    # a Latin label after words of another script
    ("הממשלה החדשה בבית הנשיא Photo by Haim Zach / GPO", "Haim Zach / GPO", "GPO", ("Haim Zach",)),
])
def test_labels_after_other_scripts(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text", [
    # a file picture said in a language: no one's credit
    "M. Macron à Dakar, Photo d'archives",
    "El presidente en el Congreso.\nFoto de archivo",
    "Il premier a Palazzo Chigi. Foto d'archivio",
    "O presidente no Planalto.\nFoto de arquivo",
])
def test_file_picture_phrases_are_no_credit(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, line, agency, photographers", [
    # "Foto"/"Bild" before a word of the caption is no label; the credit after it is read
    ("Foto oficial da ministra Marina Silva Foto: Marcelo Camargo/Agência Brasil", "Marcelo Camargo/Agência Brasil",
     "Agência Brasil", ("Marcelo Camargo",)),
    ("Il ministro in conferenza stampa. (immagini rainews.it)", "rainews.it", "rainews.it", ()),
    ("El ministro en rueda de prensa. Foto de Ana María López", "Ana María López", None, ("Ana María López",)),
])
def test_picture_words_in_captions(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, line, agency, photographers", [
    # "photo by" in Italian, Spanish, German, after "©" too
    ("Il sindaco in piazza. © foto di Mario Rossi", "Mario Rossi", None, ("Mario Rossi",)),
    ("© foto di www.fotogramma.it", "www.fotogramma.it", "www.fotogramma.it", ()),
    ("La alcaldesa en el pleno.\nImagen de Diario Sur", "Diario Sur", "Diario Sur", ()),
    ("Die Brücke am Abend. Bild von Hans Müller", "Hans Müller", None, ("Hans Müller",)),
    # "reproduction" of a platform's picture: the platform
    ("A cantora no palco (Foto: Reprodução Instagram)", "Reprodução Instagram", "Instagram", ()),
    ("El cantante en su casa (Foto: Reproducción Facebook)", "Reproducción Facebook", "Facebook", ()),
])
def test_photo_by_and_reproduction(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text", [
    "La plaza mayor. Imagen de archivo",
    "Ein Bild von der Brücke",
])
def test_photo_by_before_prose_is_no_credit(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, line, agency, photographers", [
    # Slovak TASR's "FOTO TASR - Name"; Antara's "FOTO ANTARA" stays in the line
    ("Poslanci v pléne. FOTO TASR - Martin Baumann", "TASR - Martin Baumann", "TASR", ("Martin Baumann",)),
    ("Upacara di Ambon. FOTO ANTARA/Izaac Mulyawan", "FOTO ANTARA/Izaac Mulyawan", "Antara", ("Izaac Mulyawan",)),
    # Japanese: the source of a screen capture
    ("記者会見する首相、NHKからスクリーンショット。", "NHKからスクリーンショット", "NHK", ()),
    ("会見する大統領(ホワイトハウスより引用)", "ホワイトハウスより引用", "ホワイトハウス", ()),
])
def test_wire_and_capture_forms(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


def test_japanese_from_in_prose_is_no_credit():
    assert _read("首相は東京から大阪へ移動した。") is None


@pytest.mark.parametrize("text, line, agency", [
    # a platform closing the caption with no full stop before it
    ("Menteri berfoto bersama warga di pasar (Instagram)", "Instagram", "Instagram"),
    ("Penyanyi itu tampil di konser (Twitter)", "Twitter", "Twitter"),
])
def test_platform_closing_caption(text, line, agency):
    assert _read(text) == (line, agency, ())


def test_wire_after_text_without_full_stop_is_not_taken_alone():
    # "Name (EFE)": the wire follows its photographer; a wire alone after unended text is not read as a platform
    assert _read("El sol sale sobre la catedral de Santiago (Reuters)") is None


@pytest.mark.parametrize("text, line, agency, photographers", [
    # a name filed surname first by Nordic and German wires, an editor's code after it
    ("Statsministeren i Stortinget.\n\nFoto: Lysberg, Stian / NTB", "Lysberg, Stian / NTB", "NTB", ("Lysberg, Stian",)),
    ("Die Rheinbrücke am Morgen. Foto: Bauer, Michael (bau)", "Bauer, Michael (bau)", None, ("Bauer, Michael",)),
    # two names and a wire stay two photographers; a wire's ", File" stays a qualifier
    ("Foto: Jane Roe, Jack Smith / AP", "Jane Roe, Jack Smith / AP", "AP", ("Jane Roe", "Jack Smith")),
    ("The bridge. (AP Photo/Jane Roe, File)", "AP Photo/Jane Roe, File", "AP", ("Jane Roe",)),
])
def test_surname_first_names(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, line, agency, photographers", [
    # Russian "source and photo -"; RIA's site is Sputnik's
    ("Источник и фото - ria.ru", "ria.ru", "Sputnik", ()),
    ("Глава МИД на переговорах. Источник и фото - Reuters", "Reuters", "Reuters", ()),
    # X, the platform Twitter became
    ("La jefa de gobierno en el evento. FOTO: X / Clara Brugada", "X / Clara Brugada", "Twitter", ("Clara Brugada",)),
])
def test_source_and_platform_forms(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


def test_a_name_ending_in_x_is_no_platform():
    assert _read("Photo: Malcolm X/AP") == ("Malcolm X/AP", "AP", ("Malcolm X",))


@pytest.mark.parametrize("text, line, qualifiers", [
    # an illustration, a symbolic or a file picture said in a language: the line names no one
    ("मुख्यमंत्री ने बैठक की। फोटो: प्रतीकात्मक", "प्रतीकात्मक", ("illustration",)),
    ("Ảnh: Minh họa", "Minh họa", ("illustration",)),
    ("Warga antre di pasar. Gambar: ilustrasi", "ilustrasi", ("illustration",)),
    ("Ο υπουργός στη Βουλή. Φωτογραφία: Αρχείο", "Αρχείο", ("file",)),
    ("ছবি: সংগৃহীত", "সংগৃহীত", ()),
    ("צילום: שימוש לפי סעיף 27א", "שימוש לפי סעיף 27א", ()),
])
def test_no_party_words_in_languages(text, line, qualifiers):
    found = find_credit(text)
    assert found is not None
    assert (found.credit.credit_line, found.credit.agency, found.credit.photographers) == (line, None, ())
    assert found.credit.qualifiers == qualifiers


@pytest.mark.parametrize("text, line, agency, photographers", [
    # wires and platforms in their own scripts; VNA carries the wire printed before it
    ("رئیس جمهور در تهران. عکس: ایرنا", "ایرنا", "IRNA", ()),
    ("मुख्यमंत्री ने बैठक की। फोटो: पीटीआई", "पीटीआई", "PTI", ()),
    ("मुख्यमंत्री ने बैठक की। फोटो साभार: ट्विटर", "ट्विटर", "Twitter", ()),
    ("Thủ tướng phát biểu. (Ảnh: AFP/TTXVN)", "AFP/TTXVN", "AFP", ()),
    ("Thủ tướng phát biểu. (Ảnh: Thống Nhất/TTXVN)", "Thống Nhất/TTXVN", "TTXVN", ("Thống Nhất",)),
])
def test_organisations_in_their_scripts(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, line, agency, photographers", [
    # Chinese labels with a slash; VCG in Chinese
    ("习近平在北京出席会议。图/新华社", "新华社", "Xinhua", ()),
    ("会议现场。摄影/张三", "张三", None, ("张三",)),
    ("市民在公园赏花。(图片来源:视觉中国)", "视觉中国", "VCG", ()),
    # a press service or council named in lower case or sentence case
    ("Премьер в Кремле. Фото: пресс-служба Кремля", "пресс-служба Кремля", "пресс-служба Кремля", ()),
    ("Премиерът. Снимка: Министерски съвет", "Министерски съвет", "Министерски съвет", ()),
    ("Il premier. Foto: Ufficio stampa Palazzo Chigi", "Ufficio stampa Palazzo Chigi", "Ufficio stampa Palazzo Chigi", ()),
])
def test_more_labels_and_offices(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, line, agency, photographers", [
    # Lithuanian prints its label after the credit, the name in the genitive
    ("Premjerė Vilniuje. BNS nuotr.", "BNS", "BNS", ()),
    ("Premjerė Vilniuje. Irmanto Gelūno (BNS) nuotr.", "Irmanto Gelūno (BNS)", "BNS", ("Irmanto Gelūno",)),
    ("Premjerė Vilniuje.\nŽygimanto Gedvilos/BNS nuotr.", "Žygimanto Gedvilos/BNS", "BNS", ("Žygimanto Gedvilos",)),
])
def test_label_after_the_credit(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


def test_label_after_a_sentence_is_no_credit():
    assert _read("Tai buvo padaryta nuotr.") is None


@pytest.mark.parametrize("text, line, agency, photographers", [
    # German labels that say what kind of picture it is: a symbolic, a file, a title picture; an illustration
    ("Eine Ampel zeigt Rot. Symbolfoto: Anna Weber/dpa", "Anna Weber/dpa", "dpa", ("Anna Weber",)),
    ("Der Landtag in Kiel. Archivbild: Uwe Paesler/dpa", "Uwe Paesler/dpa", "dpa", ("Uwe Paesler",)),
    ("Illustration: Lena Huber", "Illustration: Lena Huber", None, ("Lena Huber",)),  # the label says it is drawn: kept
    # Spanish and Portuguese "picture credit", a label given in two languages, a year after the name
    ("El Congreso, vacío. Crédito imagen: Marta Ruiz / Europa Press", "Marta Ruiz / Europa Press", "Europa Press",
     ("Marta Ruiz",)),
    ("A praça lotada. Crédito da foto: Paulo Lima/Folhapress", "Paulo Lima/Folhapress", "Folhapress", ("Paulo Lima",)),
    ("La catedral al atardecer.\nFoto/Photo: Lucía Ortega 2014", "Lucía Ortega 2014", None, ("Lucía Ortega",)),
    # Spanish "vía" is "via"
    ("Barricadas en la avenida. Foto Pedro Soto / Aton Chile vía AP", "Pedro Soto / Aton Chile vía AP", "Aton Chile",
     ("Pedro Soto",)),
    # Polish "fot." without its period; Korean "사진/" (photo/) like "Photo/"
    ("Koncert w parafii. (fot Jan Nowak)", "Jan Nowak", None, ("Jan Nowak",)),
    ("시민들이 출근하고 있다. [사진 / 김철수 기자]", "김철수 기자", None, ("김철수",)),
    # Hebrew "צילם:" (photographed), and the next field ends the credit in a script without capitals
    ("צילם: דוד לוי\nעיבוד: רות כהן", "דוד לוי", None, ("דוד לוי",)),
    ("צילום: דוד לוי, עריכה: רות כהן", "דוד לוי", None, ("דוד לוי",)),
    ("Foto: Jonas Berg, Styling: Eva Lund", "Jonas Berg", None, ("Jonas Berg",)),
])
def test_labels_of_kind_and_language(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, line, agency, photographers", [
    # a reporter's byline with the e-mail the paper prints after it, whole or cut, after a slash glued to the sentence
    ("시민들이 방송을 지켜보고 있다. 이민수 기자 minsu@example.co.kr", "이민수 기자 minsu@example.co.kr", None, ("이민수",)),
    ("시민들이 슬퍼하고 있다./박지훈 기자 jihoon@", "박지훈 기자 jihoon@", None, ("박지훈",)),
    ("조화가 놓여 있다./정하늘기자", "정하늘기자", None, ("정하늘",)),
    # the story's writer signs last: the picture's labelled credit above the byline is the credit
    ("평화를 바란다.\n사진=최윤호 기자\n한지민 기자 jimin@example.com", "최윤호 기자", None, ("최윤호",)),
    # provided by an organisation (제공), photographed by a name (촬영); 신화사 is Xinhua in Hangul (IN_OTHER_SCRIPTS)
    ("관광객들이 성을 오르고 있다(신화사 제공, 왕중생 촬영).", "신화사 제공, 왕중생 촬영", "Xinhua", ("왕중생",)),
    ("관광객들이 성을 오르고 있다(청와대 제공).", "청와대 제공", "청와대", ()),
])
def test_korean_bylines_and_providers(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text", [
    "사진기자들이 모였다. 사진기자",  # "photojournalists": a role, no name
    "수습기자",
])
def test_korean_role_words_are_no_name(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, line, agency, photographers", [
    # French "Photo" before a wire's capitals, with no colon
    ("Le président à l'Élysée. Photo AFP", "AFP", "AFP", ()),
    ("Le président à l'Élysée.\nPHOTO AFP\nPHOTO AFP", "AFP", "AFP", ()),
    # a gallery's counter glued to the credit in its slot
    ("2 de 9Ana Souza/Metrópoles", "Ana Souza/Metrópoles", "Metrópoles", ("Ana Souza",)),
    ("7 de 20Carlos Mendes", "Carlos Mendes", None, ("Carlos Mendes",)),
    # organisations by what they are, in their languages: a press service, a club, a chancellery, a parliament,
    # an outlet named "news"
    ("Президент в Кремле.\nФото: © пресс-служба губернатора", "пресс-служба губернатора", "пресс-служба губернатора", ()),
    ("Kuva: Jalkapalloseura Pallo United", "Jalkapalloseura Pallo United", "Jalkapalloseura Pallo United", ()),
    ("Foto: Petra Nováková, Novinky", "Petra Nováková, Novinky", "Novinky", ("Petra Nováková",)),
    ("Foto: Anna Meier (Staatskanzlei)", "Anna Meier (Staatskanzlei)", "Staatskanzlei", ("Anna Meier",)),
    ("Sitzung im Plenarsaal. Foto: Bremische Bürgerschaft/Jan Rieck", "Bremische Bürgerschaft/Jan Rieck",
     "Bremische Bürgerschaft", ("Jan Rieck",)),
    # Belgium's Photo News as its clients print it; Vietnam's VNA "phát" (released it)
    ("Volledig scherm De renner. © photo_news", "photo_news", "photo_news", ()),
    ("Hội nghị. (Ảnh: Văn Minh/TTXVN phát)", "Văn Minh/TTXVN phát", "TTXVN", ("Văn Minh",)),
    # someone's page on a platform: the platform is the party
    ("Kuva: Matti Virtasen Facebook-sivu", "Matti Virtasen Facebook-sivu", "Facebook", ()),
    ("Foto: Anna Hubers Instagram-Konto", "Anna Hubers Instagram-Konto", "Instagram", ()),
])
def test_organisations_and_page_forms_in_languages(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text", [
    "3 of 4Americans say no",  # a count glued to a word, no gallery's credit
    "Photo ID required at the gate",
])
def test_counts_and_photo_words_are_no_credit(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, line, agency, photographers", [
    # a pool's photographer and organisation before Japan's pool mark (代表撮影), in the caption's closing bracket
    ("首脳会談に臨む首相(山田太郎/JMPA代表撮影)", "山田太郎/JMPA代表撮影", "JMPA", ("山田太郎",)),
    ("首相(代表撮影)", "代表撮影", None, ()),
    # a wire's name glued to the next caption's first word, in Cyrillic
    ("Ёлка на площади. Фото: ReutersМэр города осматривает ёлку.", "Reuters", "Reuters", ()),
    # Ukrainian "Джерело:" (source) under the picture, as Russian "Источник:"
    ("Джерело: Олена Коваль/Facebook", "Олена Коваль/Facebook", "Facebook", ("Олена Коваль",)),
    # a wire closing a run-on caption after its subject's name, which the caption prints elsewhere too
    ("Jan Kowalski: Idziemy dalej. Wygraliśmy wybory Jan Kowalski PAP", "PAP", "PAP", ()),
    # a photographer's two names run on from the caption before "/Outlet"
    ("Lula discursa no Palácio do Planalto Marcelo Camargo/ABr", "Marcelo Camargo/ABr", "ABr", ("Marcelo Camargo",)),
    # a name on the caption's last line after the page's bar
    ("El alcalde durante la rueda de prensa.\n| ANA LÓPEZ", "ANA LÓPEZ", None, ("ANA LÓPEZ",)),
])
def test_run_on_and_page_element_forms(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text", [
    "Premier podpisał umowę z PAP",  # the object of a sentence, no credit
    "Wygraliśmy wybory Jan Kowalski PAP",  # a name printed once may be the photographer's: not guessed
])
def test_a_wire_closing_a_sentence_is_not_taken_alone(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, line, agency, photographers", [
    # French "photo Name" in lower case, a note on the use after it in brackets
    ("photos Claire Martin (libre reproduction avec mention de l’auteur)", "Claire Martin", None, ("Claire Martin",)),
    ("Le maire à Nantes. photo Jean Dupont", "Jean Dupont", None, ("Jean Dupont",)),
    # a company by its legal form, glued to the caption's last word
    ("Porozumienie w sprawie kopalni - przeciwPolska Grupa Górnicza SA", "Polska Grupa Górnicza SA",
     "Polska Grupa Górnicza SA", ()),
    # a photographer's initials and the paper, after the last sentence and a dash
    ("La manifestation a marqué une pause. - P.L./Ouest Matin", "P.L./Ouest Matin", "Ouest Matin", ("P.L.",)),
])
def test_french_and_polish_page_forms(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text", [
    "He showed the photos John Smith took",  # a word of the sentence, no label
    "Le projet P.L./Ouest Matin est lancé",  # initials inside a sentence
])
def test_lower_case_photo_and_initials_in_sentences_are_no_credit(text):
    assert _read(text) is None


@pytest.mark.parametrize("name, organisation", [
    ("Kompania Węglowa SA", True), ("Volkswagen AG", True), ("Rodrigo Sá", False), ("Anna Sa", False),
])
def test_a_company_by_its_legal_form(name, organisation):
    from catalog.credits.agencies import is_organisation_like
    assert is_organisation_like(name) is organisation


@pytest.mark.parametrize("text, line, agency, photographers", [
    # a labelled list of each picture's credit: every person counts; a body one of them names is no agency of all
    ("Fotos: Huber, Anna Berger, ÖVP Klub, Karl Maier", "Huber, Anna Berger, ÖVP Klub, Karl Maier", None,
     ("Huber", "Anna Berger", "Karl Maier")),
    ("Fotos: Anna Berger, Karl Maier, Eva Lind", "Anna Berger, Karl Maier, Eva Lind", None,
     ("Anna Berger", "Karl Maier", "Eva Lind")),
])
def test_a_labelled_list_of_credits(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, line, agency, photographers", [
    # a photo essay's byline after the place it was taken ("―Place에서": in Place) and the reporter's e-mail
    ("봄이 옵니다. ―경기 양평군에서 박민수 기자 minsu@example.com", "박민수 기자 minsu@example.com", None, ("박민수",)),
    # "사진=" (photo by) and "글=" (text by): the picture's credit ends where the writer's field begins
    ("꽃이 피었어요.―서울 종로구에서 사진=김도윤 기자 doyun@example.com 글=이서연 기자 seoyeon@example.com",
     "김도윤 기자 doyun@example.com", None, ("김도윤",)),
    ("바다의 끝. ―강릉에서 글=이서연 기자 seoyeon@example.com 사진=김도윤 기자 doyun@example.com",
     "김도윤 기자 doyun@example.com", None, ("김도윤",)),
])
def test_korean_photo_essay_bylines(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text, line, agency, photographers, rest", [
    # a pool's organisation before Japan's pool mark, alone; the bracket goes out of the caption with its credit
    ("握手をする首相(JMPA代表撮影)", "JMPA代表撮影", "JMPA", (), "握手をする首相"),
    ("握手をする首相(共同通信社代表撮影)", "共同通信社代表撮影", "Kyodo", (), "握手をする首相"),
    # the photographer in brackets before the mark: the name is the line, as "(央视记者荆伟拍摄)" gives its reporter
    ("会议举行。(李涛 摄)", "李涛", None, ("李涛",), "会议举行。"),
    ("首相(山田太郎撮影)", "山田太郎", None, ("山田太郎",), "首相"),
    ("首相=山田太郎撮影", "山田太郎", None, ("山田太郎",), "首相"),
])
def test_cjk_marks_leave_the_caption_clean(text, line, agency, photographers, rest):
    found = find_credit(text)
    assert (found.credit.credit_line, found.credit.agency, found.credit.photographers, found.rest) == (
        line, agency, photographers, rest)
