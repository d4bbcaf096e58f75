"""What the text around a union says: levels listed, roster rows, signatures, the sentence's owner place."""

from __future__ import annotations

from ... import lazyrx
from unionkit.extract import places as _places
from unionkit.record import Union
from .base import _all_han, _LEVELS, _ORG_SUFFIXES, _segment_start
from .locality import _place_chain
from .trades import _split_industry
from .reading import _read_known


#: A province's name and a plain 工会: a province's federation is always named 省总工会, so such a name with a noun
#: of union work glued after it reads province + (工会 + noun), the province's union legal service, cadres …
_PROVINCE_PLAIN = ("省工会", "省工會")
_UNION_COMPOUNDS = ("法律", "法援", "干部", "幹部", "工作", "经费", "經費", "会员", "會員", "系统", "系統", "组织", "組織",
                    "服务", "服務", "帮扶", "幫扶", "维权", "維權", "宣传", "宣傳", "理论", "理論", "志愿", "志願", "示范",
                    "示範")


#: 组织 after a place's plain 工会, then what shows it a noun: another union noun joined to it, or a noun of its
#: building (组织建设, 组织覆盖): 2023年潍坊市工会组织和工会会员发展统计公报 counts "the union organisations of
#: Weifang", no body named 潍坊市工会.  组织 as a verb names the union as its subject: 桃源县工会组织企业开展…,
#: 省教育工会组织的比赛, 由市工会组织，… (an object, 的 or a clause's end follow it).
_ORGANISATIONS_NOUN = lazyrx.compile(r"(?:组织|組織)(?:[和与與及、](?:工会|工會|会员|會員)|建设|建設|覆盖|覆蓋|体系|體系)")


def _organisations_noun(text: str, end: int, head: str) -> bool:
    """The plain 工会 ending at ``end`` opens the generic noun 工会组织 (the union organisations of a place)."""
    return head in ("工会", "工會") and _ORGANISATIONS_NOUN.match(text, end) is not None


#: A federation's head followed by 委员会: its elected committee (凤城市总工会委员会).
_FED_COMMITTEE = ("总工会委员会", "總工會委員會")
#: Level words that may be listed bare before a bare level union (省、市总工会, 市、县总工会).
_LEVEL_CHARS = set("省市州盟区區县縣旗乡鄉镇鎮")


def _levels_listed(text: str, s0: int) -> bool:
    """A bare level word and 、 end just before ``s0`` (省、 + 市总工会): the unions of each level, no one body.
    Not a place written in full before the 、 (攀枝花市、市总工会 lists a city and a union)."""
    if s0 < 2 or text[s0 - 1] != "、" or text[s0 - 2] not in _LEVEL_CHARS:
        return False
    seg = text[max(0, s0 - 14):s0 - 1]
    return not any(m.end == len(seg) and m.full for m in _places.scan(seg))


#: A 、-list that 各 ("each") opens, up to the 、 before a union (各镇（街道）、 + 开发区工会): short items (kinds of
#: body, a bracketed alternative among them) with no clause punctuation between them.
_EVERY_LIST = lazyrx.compile(r"[各每][^，,。；;：:！!？?\s、]{1,10}(?:、[^，,。；;：:！!？?\s、]{1,10})*、\Z")


def _every_listed(text: str, s0: int, body: str) -> bool:
    """A union named by its kind of body alone (开发区, no name) ending a 、-list that 各 opens (各镇（街道）、开发区工会,
    a notice's addressees): the unions of every body of each kind, no one body.  A named body there is kept."""
    return body in _ORG_SUFFIXES and _EVERY_LIST.search(text, max(0, s0 - 40), s0) is not None


#: A bracketed level word written as an alternative inside a generic level name (县（市）区, 县(市、区)).
_LEVEL_ALT = lazyrx.compile(r"[省市州盟区區县縣旗乡鄉镇鎮][(（][省市州盟区區县縣旗乡鄉镇鎮、,，/]{1,7}[)）]$")


def _level_alternation(text: str, s0: int) -> bool:
    """A level word and a bracketed alternative level end just before ``s0`` (县（市）+ 区总工会)."""
    return _LEVEL_ALT.search(text, max(0, s0 - 10), s0) is not None


#: What follows a national industry union's name in its full name (中国海员建设工会全国委员会): the body the short
#: form (中国海员建设工会) stands for, named as the page writes it.
_NATIONAL_COMMITTEE = ("全国委员会", "全國委員會")


#: A union's numbered branch, written after the union's name (…工會第一分會, …工会第三分会).
_NUMBERED_BRANCH = lazyrx.compile(r"第[一二三四五六七八九十百\d]{1,4}分[会會]")


def _roster_row(text: str, end: int) -> bool:
    """The union's name opens a line that then gives only a person's name (郑州市总工会 王 磊): a row of a list of
    honourees and their units, where the unit is written with its city, as in the signature of a notice."""
    if end >= len(text) or text[end] not in " \t\u3000":
        return False
    nl = text.find("\n", end)
    tail = text[end:nl if nl >= 0 else len(text)].replace(" ", "").replace("\u3000", "").replace("\t", "")
    return 2 <= len(tail) <= 5 and _all_han(tail)


# A notice's signature: the issuer's name on a line of its own, then the date on the next line (a federation's, or
# a trade union's of the place: 某市某区教育工会).
_SIGNATURE = lazyrx.compile(r"(?m)^(?P<raw>\p{Han}{2,24}?)(?P<head>总工会|總工會|工会|工會)\n"
                           r"(?=(?:\d{4}|[〇零一二三四五六七八九○]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日\s*$)")


#: Bodies of a place's party and government a person holds a post in (潍坊市委副书记, 区政府副区长).
_PLACE_ORGANS = ("委", "政府", "人民政府", "人大", "政协", "政協")


#: What turns a place into a rank (泉州市级技能大师, 省级示范点): the level a thing is rated at, not where it happens.
_RANK_AFTER = ("级", "級")


def _one_of_level(seg: str, level: str) -> str | None:
    """The one place of the bare ``level`` (县, 区 …; a county-level city for 市) written in full in ``seg``, else None
    (two such places leave it open).  A word-like county alone (在城区一处…, "the urban area") is no such place, nor
    one that rates a thing (由泉州市级技能大师授课，费用由市总工会承担: the rank's city, not the sentence's)."""
    if level not in seg:
        return None  # (no place of the level can end in it: most segments)
    want = _LEVELS.get(level)
    found = _places.scan(seg)
    # (namesakes of one level, 江北区 of two cities, are one name written: the union takes the name as written)
    own = {m.text for i, m in enumerate(found) if m.full and m.text.endswith(level)
           and all(d.level == want or level == "市" and d.level == "K" for d in m.divisions)
           and not _places.word_alone(m, found[i - 1] if i else None) and not seg.startswith(_RANK_AFTER, m.end)}
    return own.pop() if len(own) == 1 else None


#: What ends a sentence: a bare level union is not read back across it.
_SENTENCE_ENDS = "。！？!?\n"


def _sentence_owner(text: str, s0: int, level: str) -> str | None:
    """The one place of the bare ``level`` (县, 区 …) written in full before ``s0`` in the same sentence
    (屏山县委副书记吉克曲布同志表示，将支持县总工会; 在彬州市，市总工会…), else None: the nearest locality, which
    wins over the page's main one."""
    lo = max(0, s0 - 40)  # (a short segment: scan caches it)
    cut = max(text.rfind(c, lo, s0) for c in _SENTENCE_ENDS)
    # (a county-level city written in full, 彬州市, is what a bare 市 after it in the sentence means;
    # 在榆中县和皋兰县，县总工会…: two such places leave it open)
    return _one_of_level(text[max(lo, cut + 1):s0], level)


#: A roundup's item heading: a bracketed label opening its line (【上虞区】为环卫工人送去…, [某某县]…).
_ITEM_HEADING = lazyrx.compile(r"[【\[［〖]([^】\]］〗\n]{2,12})[】\]］〗]")


def _item_owner(text: str, s0: int, level: str) -> str | None:
    """The place of a bare ``level`` that the page's places leave open, named by its item (a roundup of several
    districts' news: 区总工会 under 【上虞区】): the one such place its paragraph writes before ``s0``, else the one
    the nearest bracketed item heading above it names, else None."""
    start = text.rfind("\n", 0, s0) + 1
    own = _one_of_level(text[start:s0], level)
    if own:
        return own
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        mh = _ITEM_HEADING.match(text, prev, start - 1)
        if mh:
            return _one_of_level(mh.group(1), level)
        start = prev
    return None


def _chain_owner(text: str, s0: int, level: str, floor: int) -> str | None:
    """The place written in full that opens the title before a 、 at ``s0`` (潍坊市委副书记、市总工会主席) when it
    is of the bare union's ``level`` (市, 区, 县 …) and names a party or government body there, else None.

    A person's posts listed in one chain are the same place's: the bare level means that place, not the
    page's main one (a page naming a county-level city more often)."""
    j = _segment_start(text, s0 - 1, limit=16, floor=floor)
    seg = text[j:s0 - 1]
    for m in reversed(_places.scan(seg)):
        if m.full and m.text.endswith(level) and seg.startswith(_PLACE_ORGANS, m.end):
            want = _LEVELS.get(level)
            if any(d.level == want or (level == "市" and d.level == "K") for d in m.divisions):
                return m.text
            return None
    return None


#: Characters at most between a listed union's 工会 and the 、 before the next item (its 代表队, its 主席).
_LISTED_GAP = 4


def _sibling_owner(text: str, s0: int, level: str, floor: int, prev: Union) -> str | None:
    """The place written in full that opens ``prev``, the union listed right before a bare level's body at ``s0``
    (霍山县人民医院工会代表队、县教育局工会代表队: 霍山县), when it is of that ``level``, else None.

    The items of one list are one place's bodies: a bare 县 after a sibling written with its county is that county
    (the page's locality alone is no such evidence: a roundup names 区城市管理局工会 among others' units)."""
    gap = text[floor:s0 - 1]
    written = prev.surface or prev.name
    if len(gap) > _LISTED_GAP or not _all_han(gap) or text[floor - len(written):floor] != written:
        return None
    mentions = _places.scan(written)
    if not mentions or mentions[0].start != 0:
        return None
    m = mentions[0]
    want = _LEVELS.get(level)
    if m.full and m.text.endswith(level) and any(d.level == want or (level == "市" and d.level == "K")
                                                  for d in m.divisions):
        return m.text
    return None


def _signatures(text: str, places_key) -> list[tuple[int, Union]]:
    """The issuers a notice signs with a city before its district (淮安市清江浦区总工会, 绍兴市某区教育工会), kept as
    written.

    The body's 清江浦区总工会 is the usual reading; the signature gives the full official name too."""
    out = []
    for mt in _SIGNATURE.finditer(text):
        got = _read_known(mt["raw"], mt["head"], places_key)
        if got is None or got[2] != "place":
            continue
        name, written = got[0], got[1]
        chain = _place_chain(_split_industry(mt["raw"])[0])  # (the places before the trade: 某市某区 + 教育)
        if written != name and chain and chain[1] == 0 and len(chain[0]) >= 2 and written == mt["raw"] + mt["head"]:
            out.append((mt.start(), Union(written, written)))
    return out
