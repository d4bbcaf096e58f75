"""Lead words, industries and trades read off a segment: 四川省教育工会, 全国铁路工会, product names."""

from __future__ import annotations

from ... import lazyrx
from unionkit.extract import places as _places
from .base import (_all_han, _BARE_TRADES, _CLOSE_QUOTES, _DATE_LEAD, _DE_WORDS, _ends_with_lead, _FOUNDING_VERBS,
                   _GENERIC_START, _INDUSTRIES, _is_name_char, _JOINT, _LEAD_BY_CHAR, _LEVELS, _NOT_TRADES,
                   _ORG_SUFFIXES, _REGION_HINT, _SPAN_LEAD, _TOWN, _UNNAMED_TRADE, _ZONE_CORES,
                   _ZONES)
from .locality import _leading_places, _owner_places
from .units import _bare_occupation, _sector_word
from .bodykinds import _zone_name


def _strip_lead(seg: str) -> str:
    """``seg`` without the function words and verbs in front of a name (同时市 → 市), and without a date written
    in digits (2024年公司 → 公司: a time word, never a name's start, unlike 360集团) or a span of time up to now
    (一年来学校 → 学校).

    A place written in full that opens with such a word stays whole (让胡路区, not 让 + 胡路区)."""
    if seg[:1].isdigit():
        seg = _past_lead(seg, _DATE_LEAD)
    if "来" in seg[2:6] or "來" in seg[2:6]:
        seg = _past_lead(seg, _SPAN_LEAD)
    changed = True
    while changed and seg:
        changed = False
        for w in _LEAD_BY_CHAR.get(seg[0], ()):
            if seg.startswith(w) and len(seg) > len(w):
                if w == "的" and seg.startswith(_DE_WORDS, 1):
                    return seg  # 的士有限公司: a taxi firm
                if _opens_with_place(seg, len(w)) or _opens_two_char_name(seg, w):
                    return seg
                seg = seg[len(w):]
                changed = True
                break
    return seg


def _past_lead(seg: str, lead) -> str:
    """``seg`` after the time word ``lead`` matches at its start, unless that is all of it."""
    d = lead.match(seg)
    return seg[d.end():] if d and d.end() < len(seg) else seg


#: Words a body's name goes on with after one character of its own: a firm's, a school's or a hospital's
#: (one Han character alone seldom names a body, so a lead word before it is the name's first character).
_NAMED_BODY_WORDS = ("集团", "集團", "公司", "医院", "醫院", "大学", "大學", "学院", "學院", "银行", "銀行")
#: Characters before a body word that make it a unit of the writer's or of a level (本公司, 分公司, 市医院), no name.
_UNIT_CHARS = frozenset("本该該各全此其我贵貴总總分子母原新老某") | frozenset(_LEVELS)


def _opens_two_char_name(seg: str, w: str) -> bool:
    """A one-character lead word ``w`` opening ``seg`` is the first character of a two-character short name before a
    body word (同煤集团, 同济大学, 同仁医院, 和平医院), not a preposition: stripped, one character would name the body."""
    return len(w) == 1 and seg.startswith(_NAMED_BODY_WORDS, 2) and _all_han(seg[1]) and seg[1] not in _UNIT_CHARS


def _opens_with_place(seg: str, k: int) -> bool:
    """``seg`` opens with a place name that is longer than its first ``k`` characters: one written in full, or the
    short name of one place only when a body's name follows it (和龙林业有限公司: 和龙 is a city, 和 no "and")."""
    mentions = _places.scan(seg)
    if not mentions or mentions[0].start != 0 or mentions[0].end <= k:
        return False
    first = mentions[0]
    if first.full:
        return True
    rest = seg[first.end:]
    return len(first.divisions) == 1 and len(rest) >= 3 and rest.endswith(_ORG_SUFFIXES) \
        and not rest.startswith(_GENERIC_START)


def _split_industry(seg: str) -> tuple[str, str]:
    """(rest, industry) when ``seg`` ends with an industry word (四川省教育 → 四川省, 教育)."""
    if not seg.endswith(_INDUSTRIES):  # one C call settles the usual case: no industry word
        return seg, ""
    for ind in _INDUSTRIES:
        if seg.endswith(ind) and len(seg) > len(ind):
            return seg[: -len(ind)], ind
    return seg, ""


#: Hong Kong, Macau and Taiwan: not in the (mainland) gazetteer, but they open union names
#: the way a place does (香港物流業職工總會, 澳門建造業職工會).
_REGIONS = ("香港", "澳門", "澳门", "台灣", "臺灣", "台湾", "港九", "九龍", "九龙", "新界")


#: One-character adverbs that open a predicate after its subject (已, 也, 还): a trade's name never starts so.
_PROSE_ADVERBS = frozenset("已也还還又均并並")


def _split_trade(seg: str) -> tuple[str, str]:
    """(owner, trade) when ``seg`` is an owner and a trade ending in 业 (广州市 + 交通运输行业, 香港 + 物流業).

    The owner is a Hong Kong/Macau/Taiwan region, a chain of gazetteer places from the start,
    or a bare level word (市交通运输行业); with no owner the result is (seg, "").
    """
    if seg.endswith(("职业", "職業")) and len(seg) > 4:
        return _occupational(seg)
    if not seg.endswith(("业", "業")) or seg.endswith(_NOT_TRADES):
        return seg, ""
    owner = ""
    if seg.startswith(_REGIONS):
        owner = seg[:2]
    else:
        pos = _owner_places(seg)
        pos += _zone_owner(seg[pos:])  # a zone's name, after its city when written (重庆 + 两江新区 + 快递行业)
        owner = seg[:pos] if pos else (seg[0] if seg[0] in _LEVELS else "")
        if owner in _LEVELS:
            later = next((m for m in _places.scan(seg) if m.full and m.start > 0), None)
            if later is not None:  # 区总红谷滩区快递行业 (title salt before the name): the place written in full owns it
                owner = seg[:later.end]
    town = _town_after(seg, 0 if owner in _LEVELS else len(owner))  # (a bare level word owns no town)
    if town:
        owner = seg[:town]  # a named town or subdistrict owns the trade (王江泾镇 + 织造行业)
    trade = seg[len(owner):]
    set_up = trade.startswith(_SETTING_UP) and len(trade) >= 4
    if set_up:
        trade = trade[2:]  # 夷陵区成立茶产业工会联合会 (a headline): the place set up its tea-industry federation
    first = next((w for w in _FIRST_OF_KIND if trade.startswith(w)), "") if trade[:1] in "首第" else ""
    if first and len(trade) - len(first) >= 2:
        trade = trade[len(first):]  # 成立首家快递行业联合工会: "the first" tells of the founding, not the name
        if trade.startswith(_GENERIC_START):
            return seg, ""  # 这是苏州市首个区级…行业: the first of a rank in the place, which owns none of them
    elif not set_up and len(trade) >= 4 and (trade[0] in _PROSE_ADVERBS
                                             or any(len(w) >= 2 and trade.startswith(w) for w in _LEAD_BY_CHAR.get(trade[0], ()))):
        # 叙州区依托行业工会: the place relies on its trade unions (a verb, then a kind of union); 紫阳县已先后成立茶
        # 产业工会: an adverb after the place opens prose about what it did, no name
        return seg, ""
    if "的" in trade or "的" in owner:
        return seg, ""  # prose (…覆盖全产业链的联行业): a trade's name holds no 的
    if not owner or len(trade) < 2 or trade in _BARE_TRADES or _UNNAMED_TRADE.search(trade):
        return seg, ""
    return owner, trade


#: Union words a Hong Kong or Macau trade union's name ends with, in traditional script, that prose never
#: ends a trade with (unlike 職工會, "the workers will"): 飲食業職工總會, 建造業總工會.
_TRADE_UNION_HEADS = ("職工總會", "總工會")
#: A federation's member union (工聯會屬會 + 飲食業職工總會) follows these words.
_MEMBER_OF = ("屬會", "属会")


def _bare_trade_union(raw: str, head: str) -> str:
    """The trade (飲食業) when ``raw`` + ``head`` ends with a Hong Kong or Macau trade union named by its trade alone
    (飲食業職工總會, 建造業總工會), else "": traditional script, a trade of two to five characters ending in 業, no
    owner, no kind word (行業, 各業), with nothing before it in the run of name characters ``raw`` but prose ending
    in a lead word or 屬會 (包括 + 飲食業, 工聯會屬會 + 飲食業); a longer run alone may open with prose (他說餐飲業:
    where the trade starts is unknown), so a run of its own is a trade of two or three characters only."""
    if head not in _TRADE_UNION_HEADS or not raw.endswith("業") or raw.endswith(_NOT_TRADES):
        return ""
    for k in range(len(raw) - 3, max(0, len(raw) - 6) - 1, -1):  # (the last lead word before the trade)
        if k == 0 and len(raw) <= 4 or k and (_ends_with_lead(raw[:k]) or raw.endswith(_MEMBER_OF, 0, k)):
            trade = raw[k:]
            return trade if _trade_name(trade) else ""
    return ""


def _trade_name(trade: str) -> bool:
    """``trade`` (ending in 業) can be a trade's name: no kind word (行業), no 的, no adverb or level word first."""
    return (trade not in _BARE_TRADES and "的" not in trade and not _UNNAMED_TRADE.search(trade)
            and trade[0] not in _PROSE_ADVERBS and trade[0] not in _LEVELS and all(_is_name_char(c) for c in trade))


def _town_after(seg: str, pos: int) -> int:
    """End of a named town that starts ``seg`` at ``pos`` (after its county, if written) and leaves a
    trade of two characters or more after it, else 0.  Not 乡镇/全镇 or prose (…的镇)."""
    if "镇" not in seg and "鎮" not in seg and "街道" not in seg:
        return 0
    mt = _TOWN.match(seg, pos)
    if mt is None or len(seg) - mt.end() < 2:
        return 0
    town = mt.group()
    if town.startswith(_GENERIC_START) or "的" in town or _townships(town):
        return 0
    return mt.end()


def _town_sector(seg: str) -> int:
    """Where the town starts when ``seg`` is its county (or city) written in full, a named town, then a sector
    (寿光市 + 圣城街道 + 新就业形态劳动者), else 0: the town's federation of one kind of worker, named from the
    town on, as the town's own union is."""
    pos, full = _leading_places(seg)
    if not pos or not full:
        return 0
    end = _town_after(seg, pos)
    return pos if end and _sector_word(seg[end:]) else 0


def _townships(town: str) -> bool:
    """``town`` ends with the common noun 乡镇 "townships" after prose (就按乡镇建立…), not a town whose name ends
    in 乡 (东乡镇: 东乡 is a place of the gazetteer)."""
    if not town.endswith(("乡镇", "鄉鎮")):
        return False
    stem = town[:-1]
    return not any(m.start == 0 and m.end == len(stem) for m in _places.scan(stem))


def _zone_owner(seg: str) -> int:
    """End of a zone's proper name that opens ``seg`` (两江新区 + 网约配送行业), else 0: a new area or
    functional zone runs its own trade federations the way a district does, but is not in the gazetteer."""
    if not any(z in seg for z in _ZONE_CORES):  # one cheap test: most segments hold no zone word
        return 0
    for z in _ZONES:
        i = seg.find(z, 2)
        if 2 <= i <= 4 and _zone_name(seg[:i + len(z)]):
            return i + len(z)
    return 0


def _occupational(seg: str) -> tuple[str, str]:
    """(place, trade + 职业) of an occupational union's name (臺中市 + 營造業職業 → 臺中市營造業職業工會), else (seg, "").

    An occupational union (职业工会, common in Taiwan) gathers the self-employed of one trade in a city:
    a place written in full (or a region), then the trade, then 职业; 全市职业 or a bare 职业 names none."""
    inner = seg[:-2]
    owner = ""
    if inner.startswith(_REGIONS):
        owner = inner[:2]
    else:
        pos, full = _leading_places(inner)
        owner = inner[:pos] if full else ""
    trade = inner[len(owner):]
    if (not owner or not 2 <= len(trade) <= 10 or "的" in trade or trade.startswith(_GENERIC_START)
            or _UNNAMED_TRADE.search(trade) or not all(_is_name_char(c) for c in trade)):
        return seg, ""
    return owner, seg[len(owner):]


#: A sector union's name: a sector, then 系统 "system" (淄博市 + 卫生健康系统工会, the unions of one line of
#: public service in a city).
_SYSTEMS = ("系统", "系統")


def _sector_body(seg: str, head: str) -> tuple[str, str]:
    """(owner, sector part) for the union names a trade or sector reading leaves open, else (seg, "").

    * owner + sector + 系统 (淄博市 + 卫生健康系统, 市 + 卫生健康系统);
    * owner + trade + 联合 (黄岛区 + 快递行业联合: a trade's joint union);
    * owner + 产业 before 总工会 (高雄市 + 產業: a Taiwanese city's federation of industrial unions).
    The owner is a place written from the start, or a bare level word (completed from the page's places)."""
    if seg.endswith(_SYSTEMS) and len(seg) > 3:
        owner, sector = _owner_of(seg[:-2])
        if owner and 2 <= len(sector) <= 6 and _plain_sector(sector):
            return owner, sector + seg[-2:]
    elif seg.endswith(_JOINT) and len(seg) > 4:
        owner, trade = _split_trade(seg[:-2])
        if trade:
            return owner, trade + seg[-2:]
    elif seg.endswith(_BARE_TRADES) and head.startswith(("总", "總")) and len(seg) > 2:
        owner, sector = _owner_of(seg)
        if owner and owner not in _LEVELS and sector in _BARE_TRADES:
            return owner, sector
    return seg, ""


def _owner_of(seg: str) -> tuple[str, str]:
    """(owner, rest): the gazetteer places that open ``seg``, written in full at their end, or its bare level
    word; ("", seg) when neither opens it."""
    pos, full = _leading_places(seg)
    if pos and full:
        return seg[:pos], seg[pos:]
    if seg[0] in _LEVELS and not pos:
        return seg[0], seg[1:]
    return "", seg


def _plain_sector(sector: str) -> bool:
    """A sector's own name: Han only, not generic, unnamed or prose (各系统, 所属系统, …的系统)."""
    return (_all_han(sector) and not sector.startswith(_GENERIC_START)
            and not _UNNAMED_TRADE.search(sector) and "的" not in sector and not _ends_with_lead(sector))


#: Characters at most of a body's own name after its region (香港 + 物業管理從業員: a trade and its workers).
_REGION_BODY_LONGEST = 7


def _region_body(seg: str) -> bool:
    """``seg`` is a Hong Kong/Macau/Taiwan region and then a body's own name of two to seven characters (台灣 + 石油,
    香港 + 物業管理從業員): such names are not in the gazetteer, so the region stands for the place."""
    if not seg.startswith(_REGIONS) or not 4 <= len(seg) <= 2 + _REGION_BODY_LONGEST:
        return False
    return _plain_sector(seg[2:]) and not seg[2:].startswith(_REGIONS)


#: A federation's union word (工會聯合會, 工會聯合總會): what a region's own federation of unions is named by.
_FEDERATION_ENDS = ("联合会", "聯合會", "联合总会", "聯合總會")


def _region_after_prose(seg: str, head: str) -> int:
    """Where a Hong Kong/Macau region word opens a trade's union after other words (工聯屬會 + 澳門酒店旅遊業, a
    federation's member union; 聯同屬會 + 香港物流業), or the region's own federation of unions (本會作為 + 澳門,
    before 工會聯合總會), else 0: such a union's name always opens with its region, which is not in the gazetteer,
    so the prose before it is not cut like a place's.  A region before a bare 工會 is the region's unions in general
    (值得香港工會借鑒), left to the prose as it was."""
    m = _REGION_HINT.search(seg, 1)  # (one pass of the standard module: most segments name no region)
    if m is None or seg.startswith(_REGIONS):
        return 0
    if seg[m.start():] in _REGIONS:
        return m.start() if head.endswith(_FEDERATION_ENDS) else 0
    owner, trade = _split_trade(seg[m.start():])
    return m.start() if owner in _REGIONS and trade else 0


#: Words saying a body set up is the first of its kind (成立首家…, 组建首个…): no part of its name.
_FIRST_OF_KIND = ("首家", "首个", "首個", "第一家", "第一个", "第一個")
#: Verbs of setting a union up, written between a place and the trade it federates in a headline.
_SETTING_UP = ("成立", "组建", "組建", "筹建", "籌建", "建立", "设立", "設立")


#: A trade standing alone at the head of a clause, before a federation word: the name of an
#: industry federation without a place (金屬產業工會聯合會 on a Taiwanese page).
_LONE_TRADE = lazyrx.compile(r"\p{Han}{1,6}(?:产业|產業)|\p{Han}{2,6}[业業]")


def _lone_trade(seg: str, raw: str, head: str) -> bool:
    """``seg`` opens its clause, or is what a verb of setting up sets up (推动成立了蔬菜产业, 设立了货车司机), and
    names a trade or an occupation, and ``head`` is a federation word (联合会)."""
    if not ((seg == raw or _set_up_object(raw, seg)) and head.endswith(("联合会", "聯合會"))):
        return False
    if _bare_occupation(seg):
        return True  # 货车司机工会联合会: the federation of one occupation's workers, named without a place
    return (not seg.endswith(_NOT_TRADES) and seg not in _BARE_TRADES and _LONE_TRADE.fullmatch(seg) is not None
            and not _UNNAMED_TRADE.search(seg) and not seg.startswith(_FOUNDING_VERBS) and not _preposition_trade(seg))


def _preposition_trade(seg: str) -> bool:
    """``seg`` is a preposition glued before the bare word for a trade (以 + 行业工会联合会为抓手, 按 + 产业): the kind
    of union the clause speaks of, no trade named."""
    return seg.endswith(_BARE_TRADES) and _places._dictionary_tag(seg[:-2]) in ("p", "c")


#: Words of a clause about many bodies of a kind (指导各地成立…, 在全市建立…, 每个县组建…): what is set up is a kind.
_MANY_BODIES = lazyrx.compile(r"[各每诸諸]|全[市县縣区區省州国國]")


def _set_up_object(raw: str, seg: str) -> bool:
    """``seg`` ends ``raw`` right after a verb of setting a body up told as an act (推动成立了 + 蔬菜产业, 指导成立 +
    纺织行业): the one federation the subject set up, named by its trade alone as the page writes it.  The verb must
    take 了 or follow another word (a guiding verb, an adverb): a bare verb opening the clause is a task or a plan
    (组建物流产业工会联合会，扩大覆盖面).  Not where the clause is about every place's or unit's body (指导各县成立…,
    在全市组建…)."""
    if len(raw) <= len(seg) or not raw.endswith(seg):
        return False
    before = raw[:-len(seg)]
    done = before.endswith("了")
    verb = before[:-1] if done else before
    return (verb.endswith(_SETTING_UP) and (done or len(verb) > 2)
            and not _MANY_BODIES.search(before))


#: A national union of one trade, named without a place (全國物流業產業工會, a Taiwanese industrial union).
_NATIONAL_TRADE = lazyrx.compile(r"(?:全国|全國)(?P<trade>\p{Han}{1,6}[业業])(?:产业|產業)?")


def _national_trade(seg: str) -> bool:
    """``seg`` is 全国 + one named trade (+ 产业): a national trade union, not 全国各产业 or 全国企业 (generic)."""
    mt = _NATIONAL_TRADE.fullmatch(seg) if seg.startswith(("全国", "全國")) else None
    if mt is None:
        return False
    trade = mt["trade"]
    return (trade not in _BARE_TRADES and not trade.endswith(_NOT_TRADES) and not _UNNAMED_TRADE.search(trade)
            and not trade.startswith(_GENERIC_START + _FOUNDING_VERBS) and not _ends_with_lead(trade)
            and "的" not in trade)


#: What a quoted name can be the name of, other than an organisation: “广西工会”APP, “XX工会”公众号.
_PRODUCTS = lazyrx.compile(r"[”」』\"》]\s?(?:APP|App|app|小程序|微信小程序|公众号|公眾號|微信公众号|微信公眾號|客户端|客戶端)")


def _is_product(text: str, end: int) -> bool:
    """A closing quote and an app/mini-program/account word follow: the quoted name is a product."""
    return end < len(text) and text[end] in _CLOSE_QUOTES and _PRODUCTS.match(text, end) is not None


#: Name characters at most between a union word and the closing quote of a product named after it (“海南工会云”APP,
#: “北京工会12351”APP).
_PRODUCT_TAIL = 6


def _product_after(text: str, end: int) -> bool:
    """A few name characters, a closing quote and an app/account word follow (“海南工会云”APP, “江西工会e家”小程序):
    the union word is inside a product's name, which names no union."""
    for k in range(end, min(end + _PRODUCT_TAIL, len(text) - 1)):
        if not _is_name_char(text[k]):
            return False
        if text[k + 1] in _CLOSE_QUOTES:
            return _is_product(text, k + 1)
    return False
