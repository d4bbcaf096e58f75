"""Numbers with units in the text, and the thing they count when it is written near.

``867.4万元`` → value 8674000, unit 元; ``1.7万人`` → 17000 人; ``97.2%`` → 97.2 %.
Dates, years, durations and numbers inside Latin words (COP15) are not figures.

Which noun is "the thing":
- a measure word followed by a noun names what follows (``15个棚改项目`` → 棚改项目,
  ``30支志愿服务队`` → 志愿服务队);
- otherwise the noun phrase written just before the number, in the same clause,
  after its last verb (``建设工会驿站320家`` → 工会驿站, ``开展劳动竞赛单位251个``
  → 劳动竞赛单位, ``覆盖率达97.2%`` → 覆盖率, ``筹集资金867.4万元`` → 资金);
- none when nothing noun-like is there (``参与20936人次``).
"""

from __future__ import annotations

import regex

from .. import lazyrx
from ..record import Figure

# Units, longest first.  Measure words (个 名 家 …) can take a following noun.
_MEASURES = ("场次", "場次", "人次", "余人", "个", "個", "名", "家", "支", "项", "項", "场", "場", "次", "件", "户", "戶",
             "所", "座", "条", "條", "批", "期", "篇", "部", "台", "辆", "輛", "套", "份", "张", "張", "本",
             "册", "冊", "块", "塊", "间", "間", "处", "處", "位", "类", "類", "届", "屆", "节", "節", "堂", "组", "組")
_UNITS = ("万元", "萬元", "亿元", "億元", "元", "%", "％", "人", "亩", "畝", "平方米", "平方公里", "公里", "千米",
          "米", "吨", "噸", "千克", "公斤", "万", "萬", "亿", "億", "倍", "岁", "歲", "小时", "小時")
_ALL = sorted(set(_MEASURES + _UNITS), key=lambda u: (-len(u), u))  # longest first, in a fixed order
_FIG = lazyrx.compile(
    r"(?<![A-Za-z0-9.\-/:·第])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?P<mult>万|萬|亿|億)?(?P<approx>余|餘|多)?(?P<unit>" + "|".join(regex.escape(u) for u in _ALL) + r")"
)
_MULT = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
# Verbs and markers after which the counted noun starts (the thing comes after the last of them).
_VERBS = lazyrx.compile(
    r"(?:累计|累計|建设|建設|开展|開展|参与|參與|举办|舉辦|组织|組織|新建|筹集|籌集|投入|发放|發放|慰问|慰問|走访|走訪|"
    r"建立|完成|实现|實現|收集|解决|解決|释放|釋放|评选|評選|选树|選樹|推荐|推薦|"
    r"达到|達到|超过|超過|共计|共計|合计|合計|总计|總計|其中|包括|拥有|擁有|吸引|惠及|表彰|命名|"
    r"达|達|为|為|有|共|超|近|约|約|逾|了|和|及|与|與|的|等|将|將|已|获|獲)"
)
_TRAILING_MARKERS = "达達为為有共超近约約逾计計"
# Units that count people: their thing must itself name people (职工, 弱势群体), not an activity.
_PEOPLE_UNITS = ("人", "人次", "名", "余人")
_PEOPLE_END = tuple("工员員者体體士众眾民生师師人友模匠哥姐属屬户戶伍部")
# Characters where a noun after a measure word stops (verbs, particles): 40名党员干部深入… → 党员干部.
_AFTER_CUT = lazyrx.compile(r"[的和与與及、等在参參共为為是达達到从從将將被对對向中把深开開进進下长長来來前走观觀认認获獲]")
# Words read at a position with text.startswith(words, pos): one C call, no regex match.
_NOT_FIGURE_AFTER = ("年", "月", "日", "号", "號", "时", "時", "分", "秒", "周年", "週年", "届", "屆")
_DATE_AFTER = ("年", "月", "日")
_THING_AFTER = lazyrx.compile(r"[“「]?(\p{Han}{2,8})")
_HAN_TAIL = lazyrx.compile(r"\p{Han}{1,24}$")


# Units are reported in simplified script (the text keeps what was written).
_SIMPLE_UNIT = dict(zip(
    ["％", "個", "場", "場次", "項", "戶", "條", "輛", "張", "冊", "塊", "間", "處", "類", "屆", "節", "組", "畝", "噸",
     "歲", "小時"],
    ["%", "个", "场", "场次", "项", "户", "条", "辆", "张", "册", "块", "间", "处", "类", "届", "节", "组", "亩", "吨",
     "岁", "小时"]))


def _value(mt: regex.Match) -> tuple[float | int, str]:
    """(numeric value, base unit) of a figure match, multipliers applied (867.4万元 → 8674000, 元)."""
    unit = mt["unit"]
    mult = _MULT.get(mt["mult"] or "", 1)
    if unit in ("万元", "萬元", "亿元", "億元"):
        mult *= _MULT[unit[0]]
        unit = unit[1]
    elif unit in ("万", "萬", "亿", "億") and not mt["mult"]:
        mult, unit = _MULT[unit], None
    elif unit == "余人":
        unit = "人"
    unit = _SIMPLE_UNIT.get(unit, unit) if unit else None
    v = float(mt["num"].replace(",", "") + (mt["dec"] or "")) * mult
    return (int(v) if v.is_integer() else round(v, 6)), unit


def _thing_after(text: str, end: int) -> str | None:
    """The noun a measure word introduces (15个棚改项目 → 棚改项目), up to 8 characters."""
    mt = _THING_AFTER.match(text, end)
    if not mt:
        return None
    word = mt[1]
    cut = _AFTER_CUT.search(word)
    word = word[: cut.start()] if cut else word
    return word if len(word) >= 2 else None


def _thing_before(text: str, start: int) -> str | None:
    """The noun phrase just before a number, after the clause's last verb (建设工会驿站 → 工会驿站)."""
    # Only the last 26 characters can hold the match (24 Han and a final newline that $ allows).
    mt = _HAN_TAIL.search(text, max(0, start - 26), start)
    if not mt:
        return None
    run = mt[0].rstrip(_TRAILING_MARKERS)
    verbs = list(_VERBS.finditer(run))
    if verbs and verbs[-1].end() == len(run):
        return None  # the clause ends in a verb: 参与20936人次, 已开展4期
    thing = run
    for v in verbs:
        if len(run) - v.end() >= 2:
            thing = run[v.end():]
    return thing if 2 <= len(thing) <= 10 else None


def find_figures(text: str) -> list[Figure]:
    """Figures (number + unit) in ``text``, in order, with the counted thing when near."""
    out: list[Figure] = []
    for mt in _FIG.finditer(text or ""):
        dec = mt["dec"]
        if text.startswith(_NOT_FIGURE_AFTER, mt.end("num") + len(dec) if dec else mt.end("num")):
            continue
        written = mt["unit"]
        end = mt.end()
        if written in _DATE_UNITS and text.startswith(_DATE_AFTER, end):
            continue
        value, unit = _value(mt)
        thing = None
        if written in _AFTER_UNITS:
            thing = _thing_after(text, end)
        if thing is None:
            thing = _thing_before(text, mt.start())
        if thing and written in _PEOPLE_UNITS and not thing.endswith(_PEOPLE_END):
            thing = None
        out.append(Figure(mt[0], value, unit, thing))
    return out


#: Units that are no figure when 年/月/日 follows them (the number belongs to a date there).
_DATE_UNITS = frozenset(("次", "场", "場", "期", "届", "屆", "节", "節", "部", "台", "本", "处", "處", "位"))
#: Measure words whose counted noun follows them (15个棚改项目).
_AFTER_UNITS = frozenset(_MEASURES) - {"人次", "场次", "余人"}
