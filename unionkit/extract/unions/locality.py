"""The places a segment opens with or names (place chains), and the page's locality that completes a bare level word."""

from __future__ import annotations

from collections.abc import Iterable

from unionkit.extract import places as _places
from unionkit.record import Place
from .base import _LEVELS


def _owner_places(seg: str) -> int:
    """End of the places that open ``seg`` as a union's owner: the chain of _leading_places, cut after a name
    written in full when the bare short name after it is no division inside it (兰山区 + 商城物流行业: 商城 is a
    Henan county's short name, which after a Shandong district opens the trade's name; 江西省赣州 stays whole)."""
    pos = 0
    prev = None
    for m in _places.scan(seg):
        if m.start != pos:
            break
        if prev is not None and prev.full and not m.full and not any(
                d.province == p.name or d.city == p.name for d in m.divisions for p in prev.divisions):
            break
        pos, prev = m.end, m
    return pos


def _leading_places(seg: str) -> tuple[int, bool]:
    """(end, full): where the gazetteer mentions that open ``seg`` back to back end (0: none), and whether the
    last of them is written in full (广州市 + 交通运输行业 → (3, True))."""
    pos, full = 0, False
    for m in _places.scan(seg):
        if m.start != pos:
            break
        pos, full = m.end, m.full
    return pos, full


def _place_chain(seg: str) -> tuple[list[_places.Mention], int] | None:
    """Gazetteer mentions that end ``seg`` back to back (贵州省铜仁市), and where they start."""
    mentions = _places.scan(seg)
    chain: list[_places.Mention] = []
    pos = len(seg)
    for m in reversed(mentions):
        if m.end != pos:
            break
        chain.insert(0, m)
        pos = m.start
    return (chain, pos) if chain else None


#: Level words that name another kind of division than the page's main one of that level (a 县 on a page
#: about a 区), with the gazetteer level and the Place field they fill.
_OTHER_KIND = (("区", "K", "county"), ("區", "K", "county"), ("县", "K", "county"), ("縣", "K", "county"),
               ("旗", "K", "county"), ("州", "C", "city"), ("盟", "C", "city"))


#: The level word of an autonomous region (自治区总工会), in both scripts.
_REGION_WORDS = ("自治区", "自治區")


class _Locality:
    """The page's main province, city and county, in the page's script, for bare names.

    ``site_city``: the city a city union's own site is named after (赣州工会网 → 赣州市), see places.site_place.
    ``chrome``: the lines the cleaner removed, whose masthead or footer may name the page's autonomous region."""

    def __init__(self, text: str = "", places: list[Place] | None = None, site_city: str | None = None,
                 chrome: Iterable[str] = ()):
        self.names: dict[str, str | None] = {"P": None, "C": None, "K": None}
        trad = _places._page_is_trad(text) if text else any(
            _places._is_trad_mention(p.name, False) for p in places or [])
        weight: dict[str, float] = {}  # votes of the main division of each level
        tied: set[str] = set()  # the levels whose most-voted division shares its votes with another
        if text:
            for level, v in _places.locality_votes(text).items():
                div = max(v, key=v.get) if v else None
                if div is not None:
                    weight[level] = v[div]
                    if sum(x == v[div] for x in v.values()) > 1:
                        tied.add(level)
                name = None if div is None else div.t_name if trad else div.name
                # Only a place the page writes out in full (盘龙区, 攀枝花市) completes a bare 区总工会: a short
                # name inside another word (城东 in 城东工业园区) does not make the locality clear.
                if name and name in text:
                    self.names[level] = name
                if level == "P":
                    self._name_region(name)
                if level == "C" and site_city and (div is None or site_city in (div.name, div.t_name)):
                    # on a city union's own site a bare 市 is that city, though the text names it short (赣州) and a
                    # county-level city (瑞金市) in full: the site counts as one more full mention of it
                    self.names["C"] = site_city
                    weight["C"] = weight.get("C", 0.0) + 2.0
        if chrome and not self.region_named() and any(w in text for w in _REGION_WORDS):
            # a union site's masthead or footer names its region (广西壮族自治区, 宁夏日报) where the article,
            # which writes 自治区总工会, does not
            v = _places.locality_votes("\n".join(chrome))["P"]
            div = max(v, key=v.get) if v else None
            self._name_region(None if div is None else div.t_name if trad else div.name)
        for p in places or []:  # places found on the page fill what the counts left open
            if p.county and not self.names["K"]:
                self.names["K"] = p.county
            if p.city and not self.names["C"]:
                # a county-level city the page writes out (福鼎市) is what its bare 市 means, not the
                # prefecture above it that the page never writes in full (寧德市)
                self.names["C"] = p.county if p.county and p.county[-1] == "市" else p.city
            if p.province and not self.names["P"]:
                self.names["P"] = p.province
        if (self.names["K"] and self.names["K"].endswith("市") and text and self.names["K"] in text
                and weight.get("K", 0.0) >= weight.get("C", 0.0) and "K" not in tied):
            # the page's own county is a county-level city written in full (永安市): its bare 市 means that
            # city, not the prefecture above it that the page names in passing (三明市级9家).  Not when the
            # prefecture is named more: a page about 潍坊 that lists winners' units in 青州市 means 潍坊 by 市;
            # nor when other counties are named as often: a prefecture's page going round its county-level
            # cities (在某甲市、某乙市等地…) has no county of its own, its bare 市 is the prefecture
            self.names["C"] = self.names["K"]
        named = None  # the page's counties and cities, read once
        for word, level, attr in _OTHER_KIND:
            main = self.names[level]
            if main and not main.endswith(word):
                # the page's main county is a 区 but it names one 县 (在榆中县,县总工会…): a bare 县 means that one
                if named is None:
                    named = {"county": [p.county for p in places or [] if p.county],
                             "city": [p.city for p in places or [] if p.city]}
                own = {x for x in named[attr] if x.endswith(word)}
                if len(own) == 1:
                    self.names[word] = own.pop()

    def _name_region(self, name: str | None) -> None:
        """Record ``name``, the page's main province-level division, as what a bare 自治区 means when it is an
        autonomous region: only one the page names (广西, 内蒙古自治区), not one inferred from a city alone, and
        never a province."""
        if name and name.endswith(_REGION_WORDS):
            self.names[name[-3:]] = name

    def region_named(self) -> bool:
        """True when the page names its autonomous region (see _name_region)."""
        return any(w in self.names for w in _REGION_WORDS)

    def complete(self, level_word: str) -> str | None:
        """The full place a bare level word stands for (市 → 攀枝花市), if the page makes it clear."""
        return _complete(self.names, level_word)


def _complete(names: dict[str, str | None], level_word: str) -> str | None:
    """_Locality.complete over a locality's ``names`` (also used with a cached reading's pending level)."""
    if level_word in _REGION_WORDS:
        return names.get(level_word)  # (set only where the text names the region: see _Locality)
    name = names.get(_LEVELS[level_word])
    if not name:
        return None
    if level_word in "区區县縣旗州盟" and not name.endswith(level_word):
        # 区总工会 on a page whose main county is a 县: the one 区 the page names, else not clear
        return names.get(level_word)
    return name


def _from_places(chain: list[_places.Mention]) -> str | None:
    """The place part of a union name: the most specific name of the chain.

    A bare short name (盘龙工会) is kept as written and merged later with the
    page's 盘龙区总工会; a short name shared by several places is not trusted.
    """
    last = chain[-1]
    if last.full or len(last.divisions) == 1:
        return last.text
    return None


def _inside_place(seg: str, i: int) -> bool:
    """``seg[i]`` is part of a gazetteer name written there."""
    return any(m.start <= i < m.end for m in _places.scan(seg))


def _prose_before_first_item(item: str, chain) -> int:
    """Where a list's first item starts when prose runs into it (联合 + 泸定县): the start of a full place chain that
    ends the item after two or more characters that are not part of it, else 0."""
    if not chain or chain[1] < 2 or not chain[0][-1].full or len(item) - chain[1] < 2:
        return 0
    return chain[1]
