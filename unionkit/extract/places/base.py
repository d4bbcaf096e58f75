"""Shared low-level pieces of place finding: tables (suffix words, generic stems, event words, clause ends, script
hints, variant characters, union words) and small predicates."""

from __future__ import annotations

import re

from ... import recode


#: Suffix characters a county-level name ends with, and the char after them that
#: turns the suffix into a word of its own (区域 "region", 市场 "market", 区级/市级/县级 "district-level").
_SUFFIX_WORDS = {"区": "域级", "區": "域級", "市": "场場级級", "县": "城级", "縣": "城級"}
#: The level words among them: 级 after a county's name makes a level adjective (新建 + 区级职工之家, newly built
#: district-level …); after a province's or prefecture's full name it is that division's level (鸡西市级工作室).
_LEVEL_CHARS = "级級"

#: County names whose stem is an ordinary word (城区 "urban area", 新城区 "new town").
_GENERIC_STEMS = {
    "城", "郊", "矿", "東", "东", "西", "南", "北", "中", "新", "新城", "老城", "市中",
    "城中", "城关", "城關", "城东", "城東", "城西", "城南", "城北", "大堂", "新华", "新華",
}

#: Words that make a mention the scope of an event title (X省职工…展示活动).
_EVENT_WORDS = ("活动", "活動", "大赛", "大賽", "竞赛", "競賽", "比赛", "比賽", "运动会", "運動會", "展演")
_TAKE_PART = ("参加", "參加", "参赛", "參賽", "晋级", "晉級", "出征", "角逐")
_CLAUSE_END = set(",，。;；、!！?？:：\n“”\"「」")
# (the end of a clause found by one C scan, not a character loop)
_CLAUSE_END_RX = recode.compile("[%s]" % re.escape("".join(sorted(_CLAUSE_END))))
#: A rule's name after the event word: the title is a regulation of the division on such events
#: (X省职工互助保障活动管理办法), issued where it applies, not an event's scope.
_RULE_WORDS = ("办法", "辦法", "条例", "條例", "规定", "規定", "细则", "細則")
# (any of them in a span: one search; an event word opening a rule's name is passed over)
_EVENT_WORD_RX = recode.compile("(?:%s)(?!(?:管理|实施|實施)?(?:%s))" % (
    "|".join(map(re.escape, _EVENT_WORDS)), "|".join(_RULE_WORDS)))


def _clause_end(text: str, at: int) -> int:
    """Where the clause running from ``at`` ends: its first _CLAUSE_END character, or the text's end."""
    mt = _CLAUSE_END_RX.search(text, at)
    return mt.start() if mt else len(text)

#: Common characters whose simplified and traditional forms differ, to tell a page's script.
_TRAD_HINT = set("會區縣國們這個為與發時說職來對學華機經動員勞務")
_SIMP_HINT = set("会区县国们这个为与发时说职来对学华机经动员劳务")
_TRAD_RX = recode.compile("[%s]" % "".join(sorted(_TRAD_HINT)))
_SIMP_RX = recode.compile("[%s]" % "".join(sorted(_SIMP_HINT)))


_MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
#: The numerals a list of places is counted with in characters (府谷、横山两县, 等六个省份).
_NUMERAL_CHARS = "两兩二三四五六七八九十"
#: The special administrative regions: province-level, their districts under no prefecture.
_SAR = frozenset({"香港特别行政区", "澳门特别行政区"})


def _is_han(ch: str) -> bool:
    """True for a CJK ideograph (the basic block and extension A cover place names)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


#: Variant forms of the characters of the gazetteer's traditional names (made with OpenCC s2t): the Taiwan and
#: Hong Kong standards write them otherwise (雙峯縣 is written 雙峰縣, 啓 啟, 爲 為, 羣 群), and a traditional page
#: may use either form.  Page form -> gazetteer form; derived by OpenCC t2tw/t2hk/tw2t/hk2t of every character of
#: the traditional columns (tests/test_places.py checks it against the gazetteer), 臺/台 apart (scanner._CHAR_FOLDS).
_VARIANTS = {"峰": "峯", "啟": "啓", "為": "爲", "群": "羣", "裡": "裏", "卧": "臥", "敍": "敘", "枴": "柺",
             "温": "溫", "税": "稅", "脱": "脫", "藴": "蘊", "衞": "衛", "棱": "稜"}
_VARIANT_ITEMS = tuple(_VARIANTS.items())
_VARIANT_RX = recode.compile("[%s]" % "".join(sorted(_VARIANTS)))


def fold_variants(s: str) -> str:
    """``s`` with the variant characters of _VARIANTS written as the gazetteer writes them (same length).

    (one str.replace per variant the text holds: C passes, where translate looks up every character of a page in
    the map; the same result, as no gazetteer form is itself a variant of _VARIANTS)"""
    for page_form, gaz_form in _VARIANT_ITEMS:
        if page_form in s:
            s = s.replace(page_form, gaz_form)
    return s


#: Characters traditional writing keeps as they are in place names, where OpenCC s2t gave the gazetteer's traditional
#: columns another form for some names and not for others (湖裏區 and 新幹縣 beside 道里區 and 于田縣): a traditional
#: page writes 湖里區 and 新干縣.  Page form -> the other form the gazetteer may hold; scanned one character at a
#: time (scanner), as a name may hold one of them in each form (餘干縣).
_PLAIN_FORMS = {"里": "裏", "于": "於", "谷": "穀", "干": "幹", "余": "餘"}


def written_as(written: str, name: str) -> bool:
    """Whether ``written`` is ``name`` with variant characters (_VARIANTS) or plain forms (_PLAIN_FORMS) where the
    gazetteer has their other forms (雙峰縣 for 雙峯縣, 湖里區 for 湖裏區)."""
    if len(written) != len(name):
        return False
    return all(a == b or _VARIANTS.get(a) == b or _PLAIN_FORMS.get(a) == b for a, b in zip(written, name))


#: Particles and conjunctions that close a name as punctuation does (和平定县的企业, 和平定县与盂县).
_WORD_BOUNDS = frozenset("的与與和及等")
_CONJUNCTION_CHARS = frozenset("和与與及")


_SENTINEL = "\x00"  # in no gazetteer name (Gazetteer drops it from the name characters)


def _page_is_trad(text: str) -> bool:
    """Whether the page is written in traditional characters (more traditional hints).

    find_places and the union reader both ask about the same page text: the last
    answer is kept (the count walks the whole text once per hint character).
    """
    global _LAST_TRAD
    last = _LAST_TRAD
    if last is not None and last[0] == text:
        return last[1]
    t = len(_TRAD_RX.findall(text))  # one pass per script instead of one per hint character
    trad = t > 0 and t > len(_SIMP_RX.findall(text))  # no traditional hint: simplified, without a second pass
    _LAST_TRAD = (text, trad)
    return trad


_LAST_TRAD: tuple[str, bool] | None = None


#: Union words right after a county's name: its own federation (新城区总工会).
_UNION_AFTER = ("总工会", "總工會", "工会", "工會")
#: Function characters a name may follow inside a clause (由新城区总工会主办, 向市中区总工会反映).
_FUNCTION_BEFORE = set("由在和与與及对對向将將为為是从從到经經据據同跟请請让讓使把被给給")
