"""Short forms (市总, 区总) and the Hong Kong and Macau labour bodies named without 工会."""

from __future__ import annotations

from collections.abc import Iterable

from ... import lazyrx
from ... import recode
from unionkit.record import Union
from .base import _ends_with_lead


#: Short forms a page uses for unions once it has named them or its readers know them: 全总 (the national
#: federation), 市总/区总/县总 (the local federation of that level).  The level word must stand on its own
#: (not 城市总体, 全区总人口) and 总 must not open a word (总体, 总量, 总经理).
_SHORT_HINT = recode.compile("[全市区县州省區縣][总總](?![工])")
_SHORT_LEVEL = "市区县州省區縣"


def _short_forms(text: str, loc: "_Locality") -> list[tuple[int, Union]]:
    """(position, union) for each short form (全总 → 中华全国总工会, 市总 → 攀枝花市总工会, surface kept)."""
    from ..people import is_word  # jieba's dictionary, read lazily

    out: list[tuple[int, Union]] = []
    for tot in ("总", "總"):
        i = text.find(tot, 1)
        while i > 0:
            j = i - 1
            lvl = text[j]
            nxt = text[i + 1:i + 2]
            if (lvl == "全" or lvl in _SHORT_LEVEL) and nxt not in ("工", "") and (
                    not nxt or not "\u4e00" <= nxt <= "\u9fff"
                    or not (is_word(text[i:i + 2]) or is_word(text[i:i + 3]))) and _stands_alone(text, j):
                if lvl == "全":
                    name = "中华全国总工会" if tot == "总" else "中華全國總工會"
                    out.append((j, Union(name, text[j:i + 1])))
                else:
                    place = loc.complete(lvl)
                    if place:
                        out.append((j, Union(place + ("总工会" if tot == "总" else "總工會"), text[j:i + 1])))
            i = text.find(tot, i + 1)
    return out


def _stands_alone(text: str, j: int) -> bool:
    """The character at ``j`` opens a word: nothing Han before it, or a function word or verb (由, 据, 从)."""
    if j == 0 or not "\u4e00" <= text[j - 1] <= "\u9fff":
        return True
    return _ends_with_lead(text[max(0, j - 4):j]) or text[j - 1] in "从從"


#: Hong Kong and Macau labour federations and unions named without 工会 (港九勞工社團聯會, 香港物業服務從業員總會):
#: a region, a word for workers, then a federation word.  An employers' or traders' body names no workers.
_LABOUR_BODY = lazyrx.compile(r"(?:香港|港九|九龍|九龙|新界|澳門|澳门)\p{Han}{0,8}?"
                             r"(?:勞工|劳工|工人|僱員|雇员|從業員|从业员|職工|职工|員工|员工|工友|職員|职员)"
                             r"\p{Han}{0,4}?(?:總會|总会|聯會|联会|協會|协会)")
_LABOUR_BODY_HINT = recode.compile("總會|总会|聯會|联会|協會|协会")


#: The usual short names of the Hong Kong and Macau federations in traditional script (工聯會 in Hong Kong, 工聯總會
#: in Macau), with the region's one-character name before them or not (港工聯會).  Simplified 工联会 is not read: on
#: the mainland it shortens any place's 工会联合会 (镇工联会, 楼宇工联会).
_FEDERATION_SHORTS = {"工聯會": "香港工會聯合會", "工聯總會": "澳門工會聯合總會"}
_FEDERATION_SHORT = lazyrx.compile(r"[港澳]?(?:工聯會|工聯總會)(?![議议員员])")


#: 工聯 alone, the shortest form of either federation's name (工聯聯同屬會舉辦講座, 工聯副理事長某某): read only on a page
#: whose header or footer names one of the two federations in full, the site's own.
_BARE_FEDERATION = lazyrx.compile(r"工聯(?![會总總])")


def _federation_shorts(text: str, chrome: Iterable[str] = ()) -> list[tuple[int, Union]]:
    """(position, union) for each 工聯會 or 工聯總會 standing as a name of its own: after no Han character, or after
    a lead word (由工聯會), not inside a longer name (區工聯會, 全國工聯會); none when the page writes the full name
    (it is read there, as written).  A bare 工聯 is the federation the page's ``chrome`` names in full, if only one."""
    out: list[tuple[int, Union]] = []
    written = {full for full in _FEDERATION_SHORTS.values() if full in text}  # (the full name read; no surface of it)
    own = {full for full in _FEDERATION_SHORTS.values() if any(full in line for line in chrome)}
    bare = _BARE_FEDERATION.finditer(text) if len(own) == 1 and not own & written else ()
    for m in [*_FEDERATION_SHORT.finditer(text), *bare]:
        i = m.start()
        if i and "\u4e00" <= text[i - 1] <= "\u9fff" and not _ends_with_lead(text[max(0, i - 4):i]):
            continue
        surface = m.group()
        full = _FEDERATION_SHORTS.get(surface.lstrip("港澳")) or next(iter(own))
        if full not in written:
            out.append((i, Union(full, surface)))
    return out


#: What a union's name may name other than the union: its website (工会网), a workers' rest station (汝湖镇工会驿站).
_NAMED_AFTER = ("网", "網", "驿站", "驛站")


# "every county (city, district)" right before a union's name (各县（市、区）…工会联合会): the name is a kind of body.
_EVERY_LEVELS_BEFORE = lazyrx.compile(r"各\p{Han}{1,2}[（(][\p{Han}、，,]{1,8}[）)]$")
