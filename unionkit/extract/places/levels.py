"""A bare name read across two levels: a province's word, a province before its county, a route's ends."""

from __future__ import annotations

from .base import _CLAUSE_END, _MUNICIPALITIES
from .scanner import Mention
from .votes import _votes
from .words import _clause_names_body, _sole_bare_province, _word_first


#: A common word's count in jieba's dictionary (会同 859: "jointly with"), from which a county's stem read inside prose
#: may be that word.
_COMMON_STEM = 100
#: Adverbs and conjunctions that stand before a verb, not before a name (并会同, 还会同, 也会同): a county's stem right
#: after one is read as a verb.
_VERB_ADVERBS = set("并並还還也又再均都亦")
#: Last characters of a short organ name after a level word (县人社局, 县总工会, 县委, 县政府办).
_ORGAN_ENDS = set("局委办辦院会會府所站室部厅廳处處")


def _word_across_level(text: str, m: Mention, provs: dict[str, float], cities: dict[str, float]) -> bool:
    """A county's full name read across a word and a level word that opens a short organ name (并会同县人社局加强…:
    the verb 会同, then 县人社局, the page's own county's bureau).  The stem is a common dictionary word right after
    an adverb or conjunction that opens a verb phrase (并, 还, 也), an organ ends within a few characters after, and
    the page names nothing else of that county's city or province, while it names another city in full (晋中市, or
    one of its counties: 平遥县)."""
    if not m.start or text[m.start - 1] not in _VERB_ADVERBS:
        return False
    if len(m.divisions) != 1 or m.divisions[0].level != "K" or len(m.text) != 3:
        return False
    if not any(c in _ORGAN_ENDS for c in text[m.end:m.end + 4]):
        return False
    div = m.divisions[0]
    own = _votes(m)[0][2]
    if cities.get(div.city or "", 0.0) > own or provs.get(div.province or "", 0.0) > own:
        return False
    if not any(w >= 2.0 for c, w in cities.items() if c != div.city):
        return False  # (the page is about no other city: its one county may well be this one)
    from ..people import _entry

    parts = _entry(m.text[:2])
    return len(parts) > 2 and parts[1].isdigit() and int(parts[1]) >= _COMMON_STEM and parts[2] != "ns"


def _province_before_county(text: str, m: Mention, nxt: Mention | None, cities: dict[str, float]) -> bool:
    """A bare province written right before one of its own counties, the page placing that county (黑龙江宝清经济开发区
    on a page that writes 宝清县 in full): the province is named as a place.  The county must read as that province's
    only, its city must have the weight of a full name on the page, and the clause must name no firm or institution
    (云南盘龙建设公司: a firm's name); a municipality is left out (天津红桥分公司)."""
    if nxt is None or nxt.start != m.end or not _sole_bare_province(m):
        return False
    prov = m.divisions[0].name
    own = [d for d in nxt.divisions if d.level == "K" and d.province == prov]
    if len(own) != 1 or len(nxt.divisions) != 1 or cities.get(own[0].city or "", 0.0) < 2.0:
        return False
    return not _clause_names_body(text, nxt.end)


def _province_level(m: Mention) -> bool:
    """``m`` is a bare province that may be read bare (_sole_bare_province), or a bare municipality (上海: a province
    and a city of one name)."""
    if _sole_bare_province(m):
        return True
    div = m.divisions[0] if m.divisions else None
    return (not m.full and div is not None and div.name in _MUNICIPALITIES
            and all(d.name == div.name and d.level in "PC" for d in m.divisions))


#: Verbs of going back and forth between two places (往返江山与上海之间, 往来于沪杭两地), and what closes such a pair.
_ROUTE_VERBS = ("往返", "来往", "來往", "往来", "往來", "穿梭", "奔波", "辗转", "輾轉")
_ROUTE_END = ("之间", "之間", "两地", "兩地")
_AND_PLACE = set("与和與及跟同")


def _route_end(text: str, m: Mention) -> bool:
    """A bare province or municipality named as one end of a route: right after a verb of going back and forth
    (往返上海与江山之间, 往返于上海和…), or joined by 与/和 to the other end before 之间 or 两地, or in a clause that opens
    with such a verb (往返于江山和上海).  No word first and no firm or body named after it (与上海交通大学之间)."""
    if not _province_level(m) or _word_first(text, m):
        return False
    k = m.start - 1 if text.endswith(("于", "於"), 0, m.start) else m.start
    if text.endswith(_ROUTE_VERBS, 0, k):
        return not _clause_names_body(text, m.end)
    if not m.start or text[m.start - 1] not in _AND_PLACE:
        return False
    if text.startswith(_ROUTE_END, m.end):
        return True
    lo = m.start - 1
    while lo > 0 and text[lo - 1] not in _CLAUSE_END and m.start - lo < 16:
        lo -= 1
    return any(v in text[lo:m.start] for v in _ROUTE_VERBS) and not _clause_names_body(text, m.end)
