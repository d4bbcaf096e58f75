"""Units inside a body (车间, 学院, 科): named, numbered, departments, bare bodies after a verb."""

from __future__ import annotations

from ... import lazyrx
from unionkit.extract import places as _places
from .base import (_all_han, _BARE_COMPANY, _BARE_TRADES, _DE_WORDS, _ends_with_lead, _FOUNDING_VERBS,
                   _GENERIC_START, _LEVELS, _LONG_LEADS, _names_body, _NOT_TRADES, _ORG_SUFFIXES, _PROSE_CHARS,
                   _REGISTERED_BODIES, _UNNAMED_TRADE, _ZONES)
from .locality import _leading_places, _place_chain, _prose_before_first_item


def _described_body(seg: str) -> bool:
    """What follows the last 的 in ``seg`` is a bare body word (随行的矿, 所在的公司, 某某所说的园区): the body is
    described, not named.  A 的 inside a dictionary word (美的, a brand: 美的集团) is no modifier's."""
    i = seg.rfind("的")
    if i < 0 or not (seg[i + 1:] in _ORG_SUFFIXES or seg[i + 1:] in _BARE_COMPANY):
        return False
    return i == 0 or not _places._dictionary_tag(seg[i - 1:i + 1])


def _body_after_modifier(rest: str) -> bool:
    """``rest``, after a 的 inside the segment, names a body on its own (位于…境内的 + 北大荒农垦集团有限公司九三分公司):
    a modifier ending in 的 describes the body, its name starts after it.  A name never holds 的 before a firm's
    whole name (的士 of a taxi firm is a word of its own)."""
    return len(rest) >= 4 and not rest.startswith(_DE_WORDS) and _names_body(rest)


#: Words ending the name of an occupation whose workers have a federation of their own (快递员, 货车司机,
#: 新就业形态劳动者: the gig workers' usual name in union work).
_OCCUPATIONS = ("员", "員", "司机", "司機", "骑手", "騎手", "师", "師", "劳动者", "勞動者")


def _town_short_name(seg: str) -> bool:
    """``seg`` is two Han characters that no dictionary lists and no gazetteer holds (小塘, 大沥): a town's short
    name, as a township page names its towns' federations (小塘工会联合会).  A kind of body or workplace before
    工会联合会 is a word of the dictionary (楼宇, 片区, 商圈, 行业), a county's short name a gazetteer place."""
    return (len(seg) == 2 and _all_han(seg) and seg[0] not in _LEVELS and seg[1] not in _LEVELS
            and not _PROSE_CHARS.intersection(seg) and not seg.startswith(_GENERIC_START) and not _ends_with_lead(seg)
            and not _places._dictionary_tag(seg) and not _places.scan(seg))


def _bare_occupation(seg: str) -> bool:
    """``seg`` is an occupation's name alone (货车司机, 快递员): two to eight Han characters ending in an occupation
    word, no generic word or level word first (各快递员, 市外卖骑手), no founding verb (成立快递员)."""
    return (2 <= len(seg) <= 8 and not seg.startswith(_FOUNDING_VERBS) and seg.endswith(_OCCUPATIONS) and _all_han(seg) and seg[0] not in _LEVELS
            and seg[0] not in "镇鎮乡鄉" and not seg.startswith(_GENERIC_START) and not _UNNAMED_TRADE.search(seg)
            and not _ends_with_lead(seg))


def _sector_of_place(seg: str) -> bool:
    """``seg`` is a place written in full, then a sector (普陀区 + 楼宇, 某镇 + 商会, 义乌市 + 快递员): the owner
    and kind of a union federation."""
    pos, full = _leading_places(seg)
    return pos > 0 and full and _sector_word(seg[pos:])


def _sector_word(sector: str) -> bool:
    """``sector`` is a kind of workplace of two to four characters (楼宇, 商会), or up to eight for an occupation
    (快递员), that a place's union federation is of.  Not a generic or unnamed sector (各楼宇, 企业, 所属行业)."""
    longest = 8 if sector.endswith(_OCCUPATIONS) else 4  # 网约配送员, 新就业形态劳动者: an occupation's name runs longer
    return (2 <= len(sector) <= longest and _all_han(sector)
            and not sector.startswith(_GENERIC_START) and not _UNNAMED_TRADE.search(sector)
            and sector not in _BARE_TRADES and not sector.endswith(_NOT_TRADES) and not _ends_with_lead(sector))


#: Units of a workplace that have a branch union (分工会): a workshop, a fleet, a ward, a department.
_BRANCH_UNITS = ("车间", "車間", "车队", "車隊", "分厂", "分廠", "工区", "工區", "班组", "班組", "项目部", "項目部",
                 "科室", "部", "科", "处", "處", "室", "队", "隊", "站", "中心", "分公司")


def _body_end(seg: str) -> int:
    """Where the last body word of ``seg`` (公司, 集团, 医院 …: _ORG_SUFFIXES) ends, -1 when it has none: the owner's
    name before it, its unit after."""
    return max((seg.rfind(suf) + len(suf) for suf in _ORG_SUFFIXES if suf in seg), default=-1)


def _branch_of_body(body: str) -> bool:
    """``body`` is a named body, then one of its units (雄关重工有限公司 + 铸造车间, 第一人民医院 + 护理部): the
    owner of a branch union (…分工会).  The unit must be named (two characters at least, not 各/所属 …), so
    部分工会 ("some unions") after a bare body word stays prose."""
    cut = _body_end(body)
    if cut < 4:
        return False
    unit = body[cut:]
    return (2 <= len(unit) <= 8 and unit.endswith(_BRANCH_UNITS) and _all_han(unit)
            and not unit.startswith(_GENERIC_START) and not _UNNAMED_TRADE.search(unit) and not _ends_with_lead(unit))


#: Units that a page names on their own before 分工会, the body they belong to being the page's own: a university's
#: college or department, a hospital's clinical department, a plant's workshop.  (Not 部, 处, 室, 队: 大部分工会,
#: 一部分工会 are "most", "some" unions.)
_OWN_UNITS = ("学院", "學院", "系", "科", "车间", "車間", "分厂", "分廠", "工区", "工區", "项目部", "項目部")


def _named_unit(unit: str) -> bool:
    """``unit`` names one unit of the page's own body by itself (化学学院, 检验科, 铸造车间): the owner of a branch
    union (…分工会).  Three characters at least, with a name of its own before the unit word (not 各学院, 所属车间,
    全校各系)."""
    return (len(unit) >= 3 and unit.endswith(_OWN_UNITS) and _all_han(unit) and not unit.startswith(_GENERIC_START)
            and not _UNNAMED_TRADE.search(unit) and not _ends_with_lead(unit))


_ORDINAL_TAIL = lazyrx.compile(r"第[一二三四五六七八九十\d]{1,3}\Z")


def _unordinal(unit: str) -> str:
    """``unit`` without an ordinal that ends it (机关第一 → 机关): numbered branches of one unit (机关第一分工会)."""
    if "第" not in unit:
        return unit
    m = _ORDINAL_TAIL.search(unit)
    return unit[:m.start()] if m else unit


def _numbered_unit(unit: str) -> bool:
    """``unit`` is a noun of two to four characters and an ordinal (行政第二, 后勤第一): the numbered branch of one of the
    page's own body's services, which owns a branch union (行政第二分工会); not prose (获得第二, 全院第一)."""
    word = _unordinal(unit)
    return (word != unit and 2 <= len(word) <= 4 and _all_han(word) and not word.startswith(_GENERIC_START)
            and not _ends_with_lead(word) and _places._dictionary_tag(word) in _DEPARTMENT_TAGS)


#: The administrative offices of the page's own body (a university's or a firm's 机关), whose branch union a list of
#: branch unions names by that word alone (文学院分工会、机关分工会).
_OFFICE_UNITS = ("机关", "機關")

#: jieba's tags of the word before 部 in a department's name (营销部, 运维检修部, 财务部, 党建部): nouns, verbal
#: nouns, abbreviations.
_DEPARTMENT_TAGS = frozenset(("n", "vn", "j"))


def _named_department(unit: str) -> bool:
    """``unit`` is a department of the page's own firm (营销部, 运维检修部) that owns a branch union (…部分工会): a
    noun before 部, so that prose's 大部分工会, 一部分工会, 绝大部分工会, 同时部分工会, 目前部分工会 ("most", "some" unions
    after an adverb or a time word) are never read as one."""
    if len(unit) < 3 or unit[-1] != "部" or not _all_han(unit) or unit.startswith(_GENERIC_START):
        return False
    if _UNNAMED_TRADE.search(unit) or _ends_with_lead(unit[:-1]) or any(w in unit for w in _REGISTERED_BODIES):
        return False  # (有限公司部分工会: "some unions of firms", the body's word before 部 names no department)
    return _places._dictionary_tag(unit[-3:-1]) in _DEPARTMENT_TAGS


#: Words for the writer's own body that a sentence names by its kind alone (公司工会, 厂工会).
_OWN_KINDS = ("公司", "厂", "廠", "矿", "礦")

#: One-character verbs and prepositions of _LEAD_WORDS that end the prose before a bare body word (先找厂工会, 向公司
#: 工会; the particle 了 closing a verb: 审议通过了公司工会…): the others may end a place or a name (成都公司, 平和厂), so
#: only two-character lead words count besides.
_LEAD_CHARS_BEFORE_BODY = frozenset("找去到赴向对對由把让讓给給为為将將经經据據了")


def _bare_body_after_verb(seg: str) -> str | None:
    """The bare body word (公司, 厂) that ends ``seg`` when prose ending in a verb or preposition of _LEAD_WORDS
    stands before it (原则同意 + 公司, 先找 + 厂), else None: no firm is named so (a firm's name ends in a
    name, a place or a trade before 公司: 成都公司, 建设公司)."""
    body = next((b for b in _OWN_KINDS if seg.endswith(b)), None)
    if body is None or len(seg) <= len(body) + 1:
        return None
    before = seg[:-len(body)]
    if before[-1] in _LEAD_CHARS_BEFORE_BODY or before.endswith(_LONG_LEADS):
        return body
    return None


def _verb_before_level(rest: str, tail: str) -> bool:
    """``rest`` is a verb glued before a bare level word, and ``tail`` a federation (争取 + 市 + 总工会): the page's
    own city's federation, as after the lead words.  Not a zone or body whose name ends in a level word
    (示范区, 开发区: 示范 and 开发 are verbs too), nor 自治区, nor a plain 工会 (a verb + 市 is rarely a name there)."""
    if not tail.startswith(("总", "總")) or len(rest) < 3 or rest.endswith(_ORG_SUFFIXES + _ZONES):
        return False
    if rest[-3:-1] == "自治":
        return False  # 自治区总工会: the autonomous region's federation (自治 is a verb too)
    return _places._dictionary_tag(rest[-3:-1]).startswith("v")


def _place_after_verb(seg: str) -> int:
    """Where a place written in full that ends ``seg`` starts, when a verb stands right before it (入选, 获评 +
    江苏省), else 0: the union after such a verb is named by its place, whatever prose opens the sentence."""
    at = _prose_before_first_item(seg, _place_chain(seg))  # (prose, then a full place chain ending seg)
    if at and (_ends_with_lead(seg[:at]) or _places._dictionary_tag(seg[at - 2:at]).startswith("v")):
        return at
    return 0
