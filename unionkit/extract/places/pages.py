"""Page-level answers: a Taiwanese page and its places, a union site's city, locality votes, one name resolved."""

from __future__ import annotations

from collections.abc import Iterable

from unionkit.record import Place

from ... import recode
from .base import _page_is_trad
from .divisions import Division, gazetteer
from .scanner import Mention, scan
from .votes import _choose, _is_trad_mention, _resolved
from .accept import _needs_parent


#: What only a Taiwanese page writes: a Republic of China year (民國113年), the state's name, its currency,
#: its labour ministry (勞動部), its sites' "printer-friendly" button (友善列印).
_TW_MARK = recode.compile(r"(?:民國|民国)\s*\d{2,3}\s*年|中華民國|新臺幣|新台幣|勞動部|友善列印")
#: A Republic of China date after a date label (發布日期：113-07-15): a three-digit year 100-199.
_ROC_LABELLED = recode.compile(r"(?:日期|時間)\s*[:：]\s*1\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?![\d.\-/])")


def taiwanese_page(text: str, header: Iterable[str] = ()) -> bool:
    """True for a page written in Taiwan: traditional script and a Taiwanese marker in the text or in its
    removed ``header`` lines (a ROC date, 中華民國, 新臺幣, 勞動部, 友善列印).

    Such a page names its own places (臺中市, 西屯區) the way the mainland gazetteer files them under 台湾省;
    the layouts' convention for Hong Kong, Macau and Taiwan pages is no places at all."""
    if not text or not _page_is_trad(text):
        return False
    blob = "\n".join((text, *header))
    return bool(_TW_MARK.search(blob) or _ROC_LABELLED.search(blob))


#: Taiwan's province as the gazetteer files it (simplified and traditional).
_TAIWAN_PROVINCE = ("台湾省", "臺灣省")


def taiwan_page_places(places: list[Place], text: str) -> list[Place]:
    """The places a Taiwanese page (``taiwanese_page``) lists: the mainland divisions in a province the page names
    (a cross-strait report on 晉江市 with 福建省 in the text), not its own places (filed under 台湾省) nor a
    mainland namesake of its own districts (大安區 read as 自貢市's, 中山區 as 大連市's), whose province the page
    never names."""
    kept = [p for p in places if p.province and p.province not in _TAIWAN_PROVINCE]
    if not kept:
        return []
    named = {name for d in locality_votes(text)["P"] for name in (d.name, d.t_name)}
    return [p for p in kept if p.province in named]


#: Endings of a city union's own site or account name (绍兴工会网, 芜湖工会, 九江职工网).
_UNION_SITE = recode.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:总工会|總工會|工会网|工會網|职工网|職工網|工会|工會)$")


def site_place(site: str | None, text: str) -> Place | None:
    """The city a city union's site is named after (绍兴工会网 → 绍兴市) when the text names it too, or None.

    A bare city name in the text (推动绍兴高质量发展) is only context by itself; on a page of that city's
    own union site or account (named by the bare prefecture name: 绍兴工会网, 芜湖工会) it is the city the
    page is about.  A site alone, its city never named in the text, adds nothing.  Only a name that
    stands for exactly one prefecture-level city counts (not 江城, 朝阳, nor a province like 广东)."""
    mt = _UNION_SITE.match(site or "")
    if not mt or mt["name"] not in text:
        return None
    divs, full = gazetteer().lookup(mt["name"])
    cities = [d for d in divs if d.level == "C"]
    if full or len(cities) != 1 or len(divs) != 1:
        return None
    div = cities[0]
    trad = mt["name"] in gazetteer().trad_keys or _page_is_trad(text)
    return div.place(div.t_name if trad else div.name, trad)


def locality_votes(text: str) -> dict[str, dict[Division, float]]:
    """Mentions of each unambiguous division by level (a full name 2, a short one 1): the most-voted of each level is
    the page's main province, city and county (a page about 攀枝花 says 攀枝花 more often than 攀枝花市; it turns a
    bare 市总工会 into 攀枝花市总工会), and the votes tell whether the main county outweighs the main city (a page
    about a county-level city)."""
    votes: dict[str, dict[Division, float]] = {"P": {}, "C": {}, "K": {}}
    for m in scan(text):
        if len(m.divisions) != 1:
            continue
        d = m.divisions[0]
        if m.full and _needs_parent(d):
            continue
        votes[d.level][d] = votes[d.level].get(d, 0.0) + (2.0 if m.full else 1.0)
    return votes


def _simplified(name: str | None) -> str | None:
    """The simplified gazetteer spelling of a full division name (廣元市 → 广元市)."""
    if not name:
        return None
    divs, full = gazetteer().lookup(name)
    if not full:
        return name
    return divs[0].name if divs and name != divs[0].name and name == divs[0].t_name else name


def resolve_place(name: str, context: list[Place] | None = None) -> Place | None:
    """The Place a single name denotes (full or short form), using ``context`` for namesakes."""
    if not name:
        return None
    divs, _full = gazetteer().lookup(name)
    if not divs:
        return None
    provs: dict[str, float] = {}
    cities: dict[str, float] = {}
    for p in context or []:
        for votes, written in ((provs, p.province), (cities, p.city)):
            simp = _simplified(written)
            if simp:
                votes[simp] = votes.get(simp, 0.0) + 1
    div = _choose(divs, provs, cities)
    trad = _is_trad_mention(name, False)
    m = Mention(0, len(name), name, divs, True)
    return _resolved(m, div, trad)
