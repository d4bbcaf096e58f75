"""State-owned groups, parks, short firm names, corps divisions and regiments, counted bodies."""

from __future__ import annotations

from ... import lazyrx
from unionkit.extract import places as _places
from .base import _all_han, _ends_with_lead, _FIRM_ENDS, _GENERIC_START, _LEVELS, _PROSE_CHARS, _UNNAMED_TRADE


# The short names of state-owned groups whose branches are named group + province or city + body
# (国网甘肃省电力公司, 中国移动四川分公司): prose glued before such a name is cut off at the group's name.
_GROUPS = ("国网", "國網", "国家电网", "國家電網", "南方电网", "南方電網", "中国移动", "中國移動", "中国联通", "中國聯通",
           "中国电信", "中國電信", "中国石化", "中國石化", "中国石油", "中國石油", "中国邮政", "中國郵政", "中国铁塔",
           "中國鐵塔", "中国烟草", "中國煙草", "中国人寿", "中國人壽", "中石化", "中石油")


def _group_branch_start(seg: str) -> int:
    """Where a state group's branch name starts inside ``seg`` (after prose), else 0: the group's short
    name, then a place written in full (国网 + 甘肃省)."""
    for g in _GROUPS:
        i = seg.find(g, 1)
        if i > 0:
            m = _places.scan(seg[i + len(g):])
            if m and m[0].start == 0 and m[0].full:
                return i
    return 0


#: Words ending the name of a park run for the firms in it (软件园, 工业园, 医药港), whose union federation is named
#: after the park (福州软件园工会联合会).
_PARK_ENDS = ("园", "園", "港")
#: Parks that name no firms' park: a campus, a home, a public park or garden (校园工会, 幸福家园).
_NOT_PARKS = ("校园", "校園", "家园", "家園", "公园", "公園", "花园", "花園", "乐园", "樂園", "田园", "田園", "庄园", "莊園",
              "陵园", "陵園", "菜园", "菜園", "果园", "果園")


def _park_name(seg: str) -> bool:
    """``seg`` is a place (a gazetteer name, bare or full, opening it), then two to five characters of the park's own
    name, then a park word (福州 + 软件 + 园, 西安 + 泾河工业 + 园, 杭州 + 医药 + 港): a park or zone's proper name.
    Not a generic or prose middle (各园, …的产业园), nor a campus or garden (校园, 家园)."""
    if not seg.endswith(_PARK_ENDS) or seg.endswith(_NOT_PARKS) or not 5 <= len(seg) <= 14:
        return False
    mentions = _places.scan(seg)
    if not mentions or mentions[0].start != 0:
        return False
    mid = seg[mentions[0].end:-1]
    return (2 <= len(mid) <= 5 and _all_han(mid) and not mid.startswith(_GENERIC_START)
            and not any(c in _PROSE_CHARS for c in mid) and not _UNNAMED_TRADE.search(mid)
            and not _ends_with_lead(mid) and _after_count(mid) is None)


#: What a firm's short name ends with when it is the usual short form of a steel or coal company (韶钢, 攀钢, 攀煤:
#: the city's first character and the product).
_FIRM_PRODUCTS = ("钢", "鋼", "煤")
#: Characters before 钢/煤 that make a word for the material or the work, not a firm (炼钢, 特钢, 原煤, 采煤).
_NOT_FIRM_FIRST = set("炼煉轧軋特型焊不钢鋼原燃采採挖烧燒洗焦精褐无無块塊烟煙用购購运運卖賣产產出运储儲")


def _short_firm(seg: str) -> bool:
    """``seg`` is a steel or coal firm's two-character short name (韶钢, 攀煤): one character of its city, then the
    product; not a word for the material or the work (炼钢, 原煤), nor a place or a generic word."""
    return (len(seg) == 2 and seg.endswith(_FIRM_PRODUCTS) and _all_han(seg) and seg[0] not in _NOT_FIRM_FIRST
            and not seg.startswith(_GENERIC_START) and seg[0] not in _LEVELS and seg[0] not in _PROSE_CHARS
            and not _places.scan(seg))


#: A numbered division of the Xinjiang Production and Construction Corps (第八师), written by itself or before the
#: city it runs as one body (第八师石河子市: 师市合一); the corps' name may come first (兵团第八师).
_CORPS_RX = r"(?:(?:新疆)?生产建设兵团|(?:新疆)?生產建設兵團|兵团|兵團)?(?P<div>第[一二三四五六七八九十]{1,3}[师師])"
_CORPS_DIVISION = lazyrx.compile(_CORPS_RX)
_CORPS_AT_END = lazyrx.compile(_CORPS_RX + r"\Z")


def _corps_division(before: str) -> str:
    """The corps division ``before`` ends with (…第八师 before 石河子市), else "": the division and its city are
    one body (师市合一), whose union is named with both (第八师石河子市总工会); the corps written before the
    division is dropped, as a province before a city is."""
    if not before.endswith(("师", "師")):
        return ""
    mt = _CORPS_AT_END.search(before)
    return mt["div"] if mt is not None else ""


#: A numbered regiment of the Production and Construction Corps (二十九团, 一二一团, 29团) and the name of one of its
#: units (机械化作业队, 三连), whose union is named from the regiment on (its division and city are dropped, as a
#: town drops its county).  团队 (a team) is no regiment.
_REGIMENT = lazyrx.compile(r"(?:[一二三四五六七八九十〇零]{2,4}|\d{2,3})[团團](?![队隊])\p{Han}{0,10}\Z")
_REGIMENT_UNITS = ("队", "隊", "连", "連", "营", "營", "厂", "廠", "公司", "中心", "学校", "學校", "医院", "醫院",
                   "社区", "社區", "站")


def _regiment_unit(seg: str) -> str | None:
    """The regiment and unit ``seg`` ends with (第二师铁门关市 + 二十九团机械化作业队 → 二十九团机械化作业队), when
    all before it is a corps division and places; the unit, if written, ends with a unit word (作业队, 连, 厂)."""
    if "团" not in seg and "團" not in seg:
        return None
    mt = _REGIMENT.search(seg)
    if mt is None:
        return None
    name = mt[0]
    unit = name[name.index("团" if "团" in name else "團") + 1:]
    if unit and not unit.endswith(_REGIMENT_UNITS):
        return None
    prefix = seg[:mt.start()]
    if prefix:
        div = _CORPS_DIVISION.match(prefix)
        at = div.end() if div is not None else 0
        for m in _places.scan(prefix):
            if m.start == at:
                at = m.end
        if at != len(prefix):
            return None
    return name


#: A numeral (or 几/多/某/每/这/那) and a measure word: what follows is one of a kind, not a named body
#: (我在…一个街道工会干了五年, 九个街道工会).
_COUNT = lazyrx.compile(r"(?:\d+|[一二两兩三四五六七八九十百千几幾多某每这這那哪])[个個家所座间間]")
_MEASURES = frozenset("个個家所座间間")  # (the measure words of _COUNT: a cheap first test)


def _after_count(seg: str) -> str | None:
    """What follows the last numeral and measure word in ``seg`` (一个街道 → 街道), else None (no count in it).

    A count inside a place's name (五家渠市) or after 第 (an ordinal) is none."""
    if _MEASURES.isdisjoint(seg):
        return None
    last = None
    mentions = None
    for mt in _COUNT.finditer(seg):
        if mt.start() > 0 and seg[mt.start() - 1] == "第":
            continue
        if mt[0].endswith("所") and seg.endswith(_FIRM_ENDS):
            continue  # 所 counts schools and institutes, never firms: 八所港务公司 is a name (a place 八所), no count
        if mentions is None:
            mentions = _places.scan(seg)
        if any(m.start < mt.end() and mt.start() < m.end for m in mentions):
            continue
        last = mt
    return None if last is None else seg[last.end():]
