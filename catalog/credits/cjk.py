"""Chinese and Japanese credits: the photographer before 摄 / 攝 / 撮影, and an outlet's reporter."""

from __future__ import annotations

import re
from typing import Iterator

from catalog.credits.agencies import canonical_agency, fold, is_organisation_like
from catalog.credits.found import FoundCredit
from catalog.credits.parsing import Credit, read_credit
from catalog.credits.vocabulary import NO_PARTY

# Chinese and Japanese print the photographer before "摄"/"攝"/"撮影" (photographed), a wire or paper's
# staff prefix before the name ("新华社记者 Name 摄", "本报记者 Name摄"), or any agency's ("社") or paper's ("报")
# name set apart before it ("(中評社 Name攝)", "(武汉晚报 Name 摄)"), an online outlet's (网, "人民网 Name摄") too, after a
# bracket or a sentence's end, or the whole credit in brackets ("新华社发(Name 摄)"); a bracket after the mark
# names the agency ("王 哲摄(人民视觉)"). "拍摄" is the same mark in two characters ("(新华社拍摄)"). A page may print a reading in pinyin after a character
# ("新華社發(fā)"), which stays in the line. A mark glued to the name ends a word ("记者拍摄的照片" is prose);
# one set apart may have the next sentence glued after it ("李洋 摄现将访谈...").
_HAN = "\u4e00-\u9fff"
_KANA = "\u3040-\u30ff"
_RUBY = r"(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）])?"
_CJK_CREDIT = re.compile(
    rf"(?:(?P<pre>(?:本报记者|本報記者|(?<![{_HAN}])[{_HAN}]{{1,3}}社(?:记者|記者|发|發)){_RUBY}|(?<![{_HAN}])[{_HAN}]{{1,3}}社(?=\s)|(?<![^(（\s。，,])[{_HAN}]{{1,4}}[报報网網](?=\s))\s*"
    rf"|(?<![{_HAN}{_KANA}]))"
    rf"(?P<open>[(（])?(?P<name>[{_HAN}]{{2,4}}(?:、[{_HAN}]{{2,4}})+(?=\s?(?:拍摄|拍攝|摄|攝)[)）])"  # Chinese "(A、B 摄)": two
    rf"|(?<=[=＝])[{_HAN}]{{2,5}}(?:、[{_HAN}]{{2,5}})+(?=撮影)"  # Japanese "=A、B撮影" after the caption's "="
    rf"|[{_HAN}{_KANA}・·]{{2,12}}?|[{_HAN}]\s[{_HAN}]{{1,2}})"
    rf"(?:\s(?:拍摄|拍攝|摄|攝|撮影|供图|供圖)|(?:拍摄|拍攝|摄|攝|撮影|供图|供圖)(?![{_HAN}{_KANA}]))"
    rf"(?P<close>[)）])?(?P<post>[(（][^()（）]{{1,12}}[)）])?")
# any agency (社) issuing the picture or naming its reporter: "中新社發", "中新社记者", "中通社發" (China News Service,
# Hong Kong China News Agency), as Xinhua prints "新华社发"
_ISSUED_BY = re.compile(rf"^([{_HAN}]{{1,3}}社)(?:记者|記者|发|發)")
# a graphic's maker after the photographer's credit: "(staff prefix) Name 制图" (made the graphic)
# the staff prefixes ``_CJK_CREDIT`` reads with their conventions (a wire's, China News Service's, the paper's own "本报")
_OWN_PREFIXES = ("新华社", "新華社", "本报", "中新社")
_CJK_GRAPHIC = re.compile(rf"\s*(?:(?:{'|'.join(_OWN_PREFIXES)})(?:记者|記者)\s*)?[{_HAN}]{{2,4}}\s?(?:制图|製圖)")
# Japanese case particles, alone and compound ("100-400mmにて撮影": taken with the 100-400 mm lens): a phrase ends
# in them, a name does not
_PARTICLES = (*"でにをがはのへとも", "にて", "より", "から", "まで")

# An outlet's reporter or photographer, then the name and the mark: "(央视记者荆伟拍摄)", "中青报·中青网记者
# 李隽辉/摄", "(央视记者拍摄)" (no name), "澎湃新闻记者 王嘉赓 图" (图, picture, set apart closing the caption, as the
# mainland's online papers print it), the day it was taken glued after the mark ("中央社記者Name攝五月二十七日");
# a title that says photographer needs no mark ("《中国经济周刊》 首席摄影记者
# 肖翊"). The outlet opens a sentence or a bracket; the mark ends a word ("记者拍摄的照片" is prose). Where the picture was
# taken may stand between the name and the mark ("中央社記者Name紐約攝", taken in New York): the run before the mark is the
# name and a place the dateline table knows (``_DATELINE_PLACES``); a run too long for a name that ends in no known place
# keeps its line and names no photographer (a name cut at a guessed length, "王明洛" of "王明洛杉磯", is worse than none).
_STAFF_CREDIT = re.compile(
    rf"(?P<open>[(（])?(?<![{_HAN}·])(?P<outlet>《[^《》]{{2,20}}》|[{_HAN}·]{{2,12}}?)\s?"
    rf"(?P<staff>(?:首席|特约|特約)?(?:摄影|攝影)?(?:记者|記者))\s?"
    rf"(?:(?P<run>[{_HAN}]{{5,9}})(?=拍摄|拍攝|摄|攝)|(?P<name>[{_HAN}]{{2,4}}?|[{_HAN}]\s[{_HAN}]{{1,2}}))?"
    rf"(?:\s?/?(?P<mark>拍摄|拍攝|摄|攝|(?<=\s)[图圖](?=\s*$))(?:(?![{_HAN}])|(?=[〇一二三四五六七八九十]{{1,3}}月))"
    rf"(?P<close>[)）])?|(?=\s|$|[|｜,，。]))")
# Where the wires' reporters file from, as the Chinese-language wires print it before the mark: Taiwan's cities and
# counties and the world's capitals and large cities, in traditional and simplified characters
_DATELINE_PLACES = frozenset("""
台北 臺北 新北 桃園 桃园 新竹 苗栗 台中 臺中 彰化 南投 雲林 云林 嘉義 嘉义 台南 臺南 高雄 屏東 屏东 宜蘭 宜兰 花蓮 花莲
台東 臺東 台东 基隆 澎湖 金門 金门 馬祖 马祖 北京 上海 天津 重慶 重庆 廣州 广州 深圳 香港 澳門 澳门 南京 武漢 武汉 成都
杭州 廈門 厦门 福州 紐約 纽约 華盛頓 华盛顿 洛杉磯 洛杉矶 舊金山 旧金山 芝加哥 波士頓 波士顿 休士頓 休斯敦 西雅圖 西雅图
多倫多 多伦多 溫哥華 温哥华 東京 东京 大阪 首爾 首尔 曼谷 新加坡 吉隆坡 雅加達 雅加达 馬尼拉 马尼拉 河內 河内 胡志明市
新德里 倫敦 伦敦 巴黎 柏林 羅馬 罗马 馬德里 马德里 布魯塞爾 布鲁塞尔 日內瓦 日内瓦 維也納 维也纳 莫斯科 雪梨 悉尼 墨爾本
墨尔本 坎培拉 堪培拉 奧克蘭 奥克兰 約翰尼斯堡 约翰内斯堡 開羅 开罗 杜拜 迪拜 耶路撒冷 特拉維夫 特拉维夫 聖保羅 圣保罗
布宜諾斯艾利斯 布宜诺斯艾利斯 墨西哥城 梵蒂岡 梵蒂冈""".split())
# A wire's reporters in brackets closing the caption, with no mark: "(新华社记者张晓松、谢环驰)", as People's Daily and
# the central government's site print Xinhua's pictures; the wire must be one the table knows, the names two to four
# characters each, listed with "、"
_WIRE_REPORTERS = re.compile(rf"[(（](?P<line>(?P<wire>[{_HAN}]{{2,6}}?)(?:记者|記者)\s?"
                             rf"(?P<names>[{_HAN}]{{2,4}}(?:、[{_HAN}]{{2,4}})*))[)）]\s*$")
# A paper's own reporter in brackets, no outlet named (the page is the outlet): "（記者王明／攝）"
_OWN_REPORTER = re.compile(rf"(?P<open>[(（])(?P<line>(?:记者|記者)\s?(?P<name>[{_HAN}]{{2,4}}))\s?[/／]?\s?"
                           rf"(?:拍摄|拍攝|摄|攝)(?P<close>[)）])")
# Japanese names the source of a screen capture: "C-SPANからスクリーンショット" (a screenshot from C-SPAN),
# "NHKより引用" (quoted from NHK); the source is the agency, the phrase the printed credit
_CAPTURED_FROM = re.compile(r"(?:^|(?<=[、,，。\s(（]))(?P<source>[^\s、,，。()（）]{2,30}?)(?:から|より)の?"
                            r"(?:スクリーンショット|スクショ|画面キャプチャー?|キャプチャー?|引用)(?=[。)）\s]|$)")

# Taiwan's papers close a caption with the body that provided the picture, in brackets: "（高雄市行國處提供）",
# "(南市府提供)" (provided by the Tainan city government), after a picture word and a slash or "by" ("（圖／總統府提供）",
# "（圖由縣府提供）", "（以下照片由臺東縣政府提供）"); the line keeps 提供, as Korean keeps 제공. "（住宿由市政府提供）"
# (lodging provided by the city) is no picture's
_PROVIDED = re.compile(rf"[(（](?:(?:圖|图|照片|相片|以下照片)\s?(?:[/／]\s?|由))?"
                       rf"(?P<line>(?P<source>(?:(?!由)[{_HAN}]){{2,12}}?)提供)[)）]\s*$")


# "The picture is from X" closing the caption, bracketed or not: "（图片来自网络）", "图片来源于新华社", "照片取自臉書":
# the phrase is the line (there is no label to drop), X the source, or no party ("网络", the internet); it opens a
# bracket, a line or a sentence, never a clause after a comma, which is the sentence's own ("…作品，照片来自全国各地":
# the show's photos come from all over the country)
_PICTURE_FROM = re.compile(r"(?:^|(?<=[(（。\s]))(?P<line>(?:图片|圖片|照片|图|圖)(?:来自|來自|来源于|來源於|取自|源自|转自|轉自)"
                           r"(?P<source>[^()（）。，,\s]{2,20}))(?:[)）])?\s*$")
# Chinese pages close a wire's picture story with the wire's tag in lenticular brackets: "【路透編輯精選圖文】" (Reuters'
# editors' picks), "【法新社】": a known organisation opens it
_CLOSING_TAG = re.compile(r"【(?P<line>[^【】\s]{2,20})】\s*$")
# Japanese exhibitions and papers close a picture's title with the paper and its photographer, no label: "「火山灰の中に
# 生存者」 産経新聞 大山文兄"; a paper names itself 新聞 (newspaper) or a wire 通信 / 通信社, which the rule reads.
# A paper's name is written in kanji and katakana: hiragana before 新聞 is the sentence's particle ("これは毎日新聞":
# "this is the Mainichi"), so the paper opens after it, on a boundary.
_PAPER_AND_NAME = re.compile(rf"(?:^|(?<=[」』。\n])\s*|\s)(?P<line>(?P<paper>[{_HAN}\u30a0-\u30ff]{{1,8}}"
                             rf"(?:新聞|新聞社|通信社|通信))\s(?P<name>[{_HAN}]{{2,5}}|[{_HAN}]{{1,3}}\s[{_HAN}]{{1,3}}))\s*$")
# After a paper, the trade's words are no photographer: what was done ("撮影" photographed, "提供" provided, "配信"
# distributed), a role ("記者" reporter, "特派員" correspondent), or a desk or bureau of the paper ("社会部" city desk,
# "函館支社" Hakodate bureau: three characters or more ending 部, 局, 支社, 支局; "阿部", "服部" are family names)
_TRADE_WORDS = ("撮影", "提供", "配信", "記者", "特派員", "通信員", "写真", "共同")
_DESK_ENDINGS = ("部", "局", "支社", "支局", "本社", "総局")


# Japanese pages of a wire close the caption with its dateline and credit in one bracket: the city before "=", then the
# wire's reporter (記者) or the wire that distributed it (配信), a slash and the photographer: "(ハルビン=新華社記者/王建威)",
# "(西安=新華社配信/王三合)"; the city is no part of the credit. The wire must be one the table knows.
_DATELINED_WIRE = re.compile(rf"[(（](?:[{_HAN}{_KANA}・]{{1,10}}\s?[=＝]\s?)?(?P<line>(?P<wire>[{_HAN}{_KANA}]{{1,8}}?)"
                             rf"(?:記者|记者|配信)\s?[/／]\s?(?P<name>[{_HAN}]{{2,4}}|[{_KANA}・]{{2,12}}))[)）]")


def _datelined_wire(text: str) -> tuple[int, FoundCredit] | None:
    """The last bracket holding a known wire's reporter or distribution and the photographer, after the city's "="."""
    matches = list(_DATELINED_WIRE.finditer(text))
    agency = canonical_agency(matches[-1]["wire"]) if matches else None
    if agency is None:
        return None
    match = matches[-1]
    credit = Credit(credit_line=match["line"], agency=agency, photographers=(match["name"],))
    return match.start(), FoundCredit(credit=credit, rest=_trim(text[:match.start()] + text[match.end():]),
                                      printed=match.group(), how="credit found as a wire's reporter or distribution "
                                                                 "and the photographer, after the dateline's '='")


def _tagged(text: str) -> tuple[int, FoundCredit] | None:
    """A closing 【tag】 that opens with a known organisation's name: the organisation's credit, the tag its line."""
    match = _CLOSING_TAG.search(text)
    if match is None:
        return None
    line = match["line"]
    agency = next((canonical_agency(line[:end]) for end in range(len(line), 1, -1) if canonical_agency(line[:end])), None)
    if agency is None:
        return None
    return match.start(), FoundCredit(credit=Credit(credit_line=line, agency=agency), rest=_trim(text[:match.start()]),
                                      printed=match.group().strip(), how="credit found as a wire's closing 【tag】")


def _paper_and_photographer(text: str) -> tuple[int, FoundCredit] | None:
    """A Japanese paper (新聞) or wire (通信) and its photographer closing the caption ("産経新聞 大山文兄"), not a
    word of the trade after it ("朝日新聞 撮影", "東京新聞 社会部")."""
    paper = _PAPER_AND_NAME.search(text)
    if paper is None or _is_trade_word(paper["name"]):
        return None
    credit = Credit(credit_line=paper["line"], agency=canonical_agency(paper["paper"]) or paper["paper"],
                    photographers=(paper["name"],))
    return paper.start("line"), FoundCredit(credit=credit, rest=_trim(text[:paper.start("line")]), printed=paper["line"],
                                            how="credit found as a paper (新聞) and its photographer closing the caption")


def _is_trade_word(name: str) -> bool:
    """"撮影", "記者", "社会部", "函館支社": what a paper did, a role or a desk, not a person's name."""
    return name in _TRADE_WORDS or len(name) >= 3 and name.endswith(_DESK_ENDINGS)


def cjk_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """Chinese and Japanese credits marked 摄 / 撮影, an outlet's staff photographer, a screen capture's source, a wire's
    closing 【tag】, a wire's reporter and photographer after a dateline, a Japanese paper and its photographer closing the
    caption."""
    tagged = _tagged(text) if "】" in text else None
    if tagged is not None:
        yield tagged
        return
    wire = _datelined_wire(text) if "記者" in text or "配信" in text or "记者" in text else None
    if wire is not None:
        yield wire
        return
    paper = _paper_and_photographer(text) if "新聞" in text or "通信" in text else None
    if paper is not None:
        yield paper
        return
    captured = list(_CAPTURED_FROM.finditer(text))
    if captured:
        match = captured[-1]
        source = match["source"]
        credit = Credit(credit_line=match.group(), agency=canonical_agency(source) or source)
        yield match.start(), FoundCredit(credit=credit, rest=_trim(text[:match.start()] + text[match.end():]),
                                         printed=match.group(), how="credit found as a screen capture's source (から)")
        return
    picture_from = _PICTURE_FROM.search(text) if "自" in text or "于" in text or "於" in text else None
    if picture_from is not None:
        source = picture_from["source"]
        party = None if fold(source) in NO_PARTY else canonical_agency(source) or source
        start = picture_from.start("line")
        start -= start and text[start - 1] in "(（"
        yield start, FoundCredit(credit=Credit(credit_line=picture_from["line"], agency=party),
                                 rest=_trim(text[:start]), printed=text[start:].strip(),
                                 how="credit found as the picture's source (图片来自, the picture is from)")
        return
    provided = _PROVIDED.search(text) if "提供" in text else None
    if provided is not None:
        source = provided["source"]  # "（民眾提供）" (a member of the public's): no party
        party = None if fold(source) in NO_PARTY else canonical_agency(source) or source
        credit = Credit(credit_line=provided["line"], agency=party, qualifiers=("courtesy",))
        yield provided.start(), FoundCredit(credit=credit, rest=_trim(text[:provided.start()]), printed=provided.group().strip(),
                                            how="credit found as the provider before '提供' (provided by)")
        return
    staff = [m for m in _STAFF_CREDIT.finditer(text) if not m["outlet"].startswith(_OWN_PREFIXES)
             and (m["mark"] or _name(m) and ("摄影" in m["staff"] or "攝影" in m["staff"]))]
    if staff:
        yield _staff_credit(text, staff[-1])
        return
    reporters = _WIRE_REPORTERS.search(text) if "記者" in text or "记者" in text else None
    if reporters is not None and canonical_agency(reporters["wire"]):
        credit = Credit(credit_line=reporters["line"], agency=canonical_agency(reporters["wire"]),
                        photographers=tuple(reporters["names"].split("、")))
        yield reporters.start(), FoundCredit(credit=credit, rest=_trim(text[:reporters.start()]),
                                             printed=reporters.group().strip(),
                                             how="credit found as a wire's reporters in brackets closing the caption")
        return
    own = list(_OWN_REPORTER.finditer(text)) if "記者" in text or "记者" in text else []
    if own:
        match = own[-1]
        credit = Credit(credit_line=match["line"], photographers=(match["name"],))
        yield match.start(), FoundCredit(credit=credit, rest=_trim(text[:match.start()] + text[match.end():]),
                                         printed=match.group(), how="credit found as the paper's reporter (記者) "
                                                                    "before '攝' (photographed by)")
        return
    # "(6月1日摄)": a date; "ロンドンで撮影": a place, marked by its particle ("in London"), not a name
    matches = [m for m in _CJK_CREDIT.finditer(text) if not m["name"].endswith(("日", "月", *_PARTICLES))]
    if not matches:
        return
    match = matches[-1]
    pre, name = match["pre"] or "", match["name"]
    if match["open"] and match["close"]:
        start, end = (match.start("pre") if pre else match.start("open")), match.end("close")
    elif match["post"]:
        start, end = (match.start("pre") if pre else match.start("name")), match.end("post")
    else:
        start, end = (match.start("pre") if pre else match.start("name")), match.end("name")
    graphic = _CJK_GRAPHIC.match(text, end)
    if graphic:  # "新华社发(李云生 摄) 新华社记者 张曼怡 制图": who made the graphic belongs to the credit
        end = graphic.end()
    agency = None
    issuer = _ISSUED_BY.match(pre)
    if issuer:  # "新华社发", "中新社發 Name 攝": issued by Xinhua, by China News Service; "中新社記者": its reporter
        agency = canonical_agency(issuer[1]) or issuer[1]
    if agency is None and pre.endswith(("社", "报", "報", "网", "網")):
        # "(中評社 張嘉文攝)", "(武汉晚报 邱焰 摄)": an agency (社) or a paper (报) before its photographer's name
        agency = canonical_agency(pre) or pre
    if agency is None and match["post"]:
        agency = match["post"][1:-1]
    pooled = _pool_credit(text, match.start("name")) if name == "代表" and not match["open"] else None
    if pooled is not None:  # "(稲葉訓也/JMPA代表撮影)": the photographer and the pool's organisation before the mark
        credit, start, end = pooled
    elif name.endswith("代表") and "撮影" in match.group() and len(name) > 2:
        # "(共同通信社代表撮影)": the organisation that took the pool's picture
        credit = Credit(credit_line=f"{name}撮影", agency=canonical_agency(name[:-2]) or name[:-2], qualifiers=("pool",))
        end = max(end, match.start("name") + len(name) + 2)
    elif name == "代表":  # "代表撮影": a pool picture, no one named
        credit = Credit(credit_line=match.group().strip("(（)）"), qualifiers=("pool",))
    elif "供图" in match.group() or "供圖" in match.group():  # "新华社发(国家航天局 供图)": the picture the office provided
        # the line keeps the mark, as it keeps 提供 ("故宫博物院供图"); "受访者供图" (the interviewee's) names no party
        mark_end = match.start("close") if match["close"] else match.start("post") if match["post"] else match.end()
        line = text[match.start("name"):mark_end].strip() if not pre else text[start:max(end, mark_end)]
        party = None if fold(name) in NO_PARTY else canonical_agency(name) or name
        credit = Credit(credit_line=line, agency=party, qualifiers=("courtesy",))
    elif agency is None and (canonical_agency(name) or is_organisation_like(name)):
        # "東京新聞撮影", "(新华社拍摄)": the paper's or the wire's own picture, printed by its name
        credit = Credit(credit_line=name if match["open"] else text[start:end], agency=canonical_agency(name) or name)
    else:  # "(李涛 摄)": the name, as "(央视记者荆伟拍摄)" gives its reporter; "新华社发(李涛 摄)" whole
        line = name if match["open"] and match["close"] and not pre else text[start:end]
        credit = Credit(credit_line=line, agency=agency, photographers=tuple(name.split("、")))  # "(A、B 摄)": two
    # the mark and the bracket around the credit go with it, out of the caption's text ("首相(安江実撮影)")
    if pooled is None and not match["post"] and not (match["open"] and match["close"]):
        end = max(end, match.end())
    if start and text[start - 1] in "(（":
        if text[end:end + 1] and text[end] in ")）":
            start, end = start - 1, end + 1
        elif text[end - 1] in ")）":
            start -= 1
    yield start, FoundCredit(credit=credit, rest=_trim(text[:start] + text[end:]), printed=text[start:end].strip(),
                             how="credit found before '摄' (photographed by)" if "撮影" not in match.group()
                             else "credit found before '撮影' (photographed by)")


def _pool_credit(text: str, mark: int) -> tuple[Credit, int, int] | None:
    """"(Name/JMPA代表撮影)": the credit a bracket prints before the pool's mark, with the bracket's span."""
    opening = max(text.rfind("(", 0, mark), text.rfind("（", 0, mark))
    closing = mark + text[mark:].find(")") if ")" in text[mark:] else mark + text[mark:].find("）")
    if opening < 0 or closing < mark or any(char in text[opening + 1:mark] for char in ")）"):
        return None
    reading = read_credit(text[opening + 1:mark])
    if reading is None or reading.bad or not (reading.structured or reading.orgs and not reading.persons):
        return None  # "(JMPA代表撮影)": the pool's organisation alone
    found = reading.credit()
    line = text[opening + 1:closing]
    return Credit(credit_line=line, agency=found.agency, photographers=found.photographers, qualifiers=("pool",)), \
        opening, closing + 1


def _name(staff: re.Match[str]) -> str:
    """The photographer's name a staff credit prints, without the place after it: "尹俊傑" of "尹俊傑紐約", "王明" of
    "王明洛杉磯"; "" for a run too long for a name that ends in no known place."""
    run = (staff["run"] or staff["name"] or "").strip()
    for cut in range(2, len(run) - 1):
        if run[cut:] in _DATELINE_PLACES:
            return run[:cut]
    return "" if staff["run"] else run


def _staff_credit(text: str, match: re.Match[str]) -> tuple[int, FoundCredit]:
    outlet = match["outlet"]
    start = match.start("outlet")
    line_end = match.end("run") if match["run"] else match.end("name") if match["name"] else match.end("staff")
    end = match.end("close") if match["open"] and match["close"] else match.end()
    if match["open"] and match["close"]:
        start_printed = match.start("open")
    else:
        start_printed = start
    name = _name(match)
    credit = Credit(credit_line=text[start:line_end].strip(), agency=canonical_agency(outlet.strip("《》")) or outlet.strip("《》"),
                    photographers=(name,) if name else ())
    return start_printed, FoundCredit(credit=credit, rest=_trim(text[:start_printed] + text[end:]),
                                      printed=text[start_printed:end].strip(),
                                      how="credit found as an outlet's reporter (记者) before '摄' (photographed by)")


def _trim(text: str) -> str:
    return text.strip().rstrip("-–—|:/=＝").rstrip()  # "首相=Name撮影": the Japanese "=" before the credit
