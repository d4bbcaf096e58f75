"""A bare prefecture or county the sentence confirms: sights, names a county opens (罗平油菜花海), scenes, counted
firms, a union's owner, a clause's subject, a trip's origin."""

from __future__ import annotations

from .base import _CLAUSE_END, _GENERIC_STEMS, _UNION_AFTER, _is_han
from .divisions import Division
from .scanner import Mention, _LONGEST_FULL, scan
from .words import (_BODY_WORD_RX, _DEPOTS, _FRAME_BEFORE, _MODIFIED, _ONE_OF, _OWN_BODY_ENDS, _PARK_ENDS,
    _WORD_TAGS, _clause_names_body, _dictionary_tag, _opens_clause, _word_first)
from .framed import _sole_prefecture
from .levels import _province_level
from .accept import _needs_parent


#: Words after a bare county that name a sight of the county's own (正定古城文化体验, 赞皇嶂石岩景区 is no such word).
_SIGHTS = ("古城", "古镇", "古鎮", "景区", "景區", "风景区", "風景區")
#: Verbs of going before a bare county (去赞皇嶂石岩, 到赞皇): where someone goes is a place.
_GO_TO = ("去", "到", "赴", "前往")


def _backed_county(m: Mention, cities: dict[str, float], ends: str = "县縣") -> Division | None:
    """The one 县 reading of bare ``m`` (or one of the levels ``ends`` names) whose city the page writes in full,
    every reading being a county, else None.
    (A district's short name often names a park, hotel or street of its town: 去东湖公园, 去金牛宾馆.)"""
    if m.full or any(d.level != "K" for d in m.divisions):
        return None
    backed = [d for d in m.divisions if d.name[-1] in ends and d.name[:-1] not in _GENERIC_STEMS
              and cities.get(d.city or "", 0.0) >= 2.0]
    return backed[0] if len(backed) == 1 else None


def _sight_county(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare county before a word for its old town or scenic area (正定古城文化体验) on a page that writes its city in
    full (石家庄市), else None: the sight is named after the county, a place even when its stem is a word (正定)."""
    if not text.startswith(_SIGHTS, m.end) or m.start and _is_han(text[m.start - 1]) \
            and not text.endswith(_GO_TO + _FRAME_BEFORE, 0, m.start):
        return None
    return _backed_county(m, cities)


#: jieba tags of the word a bare county opens a name of its own with (罗平 + 油菜花: n; 师宗 + 凤凰: nr).
_NOUN_TAGS = ("n", "nr", "ns", "nz")


def _naming_county(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare county glued before a noun that opens a name of its own (线路包括罗平油菜花海研学线、师宗凤凰谷生态线: the
    county's sights, produce, routes), on a page that writes its city in full, else None.  The stem is no ordinary
    word first nor the start of a longer word, makes no word with the character before (网罗平台) or its last
    character with the next (罗平台: 平台), and no role follows or precedes it (a person of that name: 罗平主席)."""
    if m.end + 2 > len(text) or not _is_han(text[m.end]):
        return None
    div = _backed_county(m, cities)
    if div is None or _needs_parent(div) or _word_first(text, m) or _dictionary_tag(text[m.end - 1:m.end + 1]):
        return None
    if m.start and _is_han(text[m.start - 1]) and _dictionary_tag(text[m.start - 1:m.start + 1]):
        return None
    word = next((text[m.end:m.end + k] for k in (4, 3, 2) if _dictionary_tag(text[m.end:m.end + k])), "")
    if _dictionary_tag(word) not in _NOUN_TAGS or _role_around(text, m, word):
        return None
    return div


def _role_around(text: str, m: Mention, word: str) -> bool:
    """A person's role or title right after ``m`` (罗平主席, 罗平同志) or right before it (主席罗平): a person's name."""
    from ..people.roles import _ROLE_SET

    return word in _ROLE_SET or word in ("同志", "先生", "女士") or any(
        text[max(0, m.start - k):m.start] in _ROLE_SET for k in (2, 3, 4))


def _gone_to_county(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare county after a verb of going (去赞皇嶂石岩) on a page that writes its city in full, whose name is no
    ordinary word first nor the start of a longer one (_word_first), nor a verb's word run on (到达日…: 到达, no 达日县)."""
    if not text.endswith(_GO_TO, 0, m.start) or _word_first(text, m) or _dictionary_tag(text[m.start - 1:m.start + 1]):
        return None
    return _backed_county(m, cities)


#: Time words or modifiers + 的 before a prefecture that closes its clause (七月的宜昌，, 夏日的宜昌。): the scene.
_SCENE_END = set("，,。；;！!")


def _scene_prefecture(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare prefecture after 的 that ends its clause (七月的宜昌，午后…), the page confirming it (a county of it in
    full: 西陵区), else None: a literary opening names the city the story is in."""
    if m.full or not text.endswith("的", 0, m.start) or m.end >= len(text) or text[m.end] not in _SCENE_END:
        return None
    return _confirmed_prefecture(text, m, cities)


def _counted_prefecture(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare prefecture right before a count of one firm or school (张掖一家物流公司的调度员, 张掖某物流公司), on a page that writes it
    or one of its counties in full (甘州区), else None: the firm is there, so the prefecture is the place named.
    Not an ordinary word first (jieba), and only a prefecture (a bare province so written stays context)."""
    if m.full or not text.startswith(_ONE_OF, m.end):
        return None
    div = _sole_prefecture(m)
    if div is None or cities.get(div.name, 0.0) < 2.0 or _dictionary_tag(m.text) in _WORD_TAGS:
        return None
    return div


#: Han characters at most between a bare prefecture and the union word that closes the name it opens (淮北 +
#: 矿业集团 + 工会).
_UNION_NAME_GAP = 12


def _confirmed_prefecture(text: str, m: Mention, cities: dict[str, float], firm: bool = False) -> Division | None:
    """The one prefecture bare ``m`` reads as, when the page writes it or one of its counties in full (杜集区 for
    淮北) and the name is no ordinary word first (jieba) nor the start of a longer one (长治久安), else None.
    ``firm``: ``m`` opens a firm's or an institution's name, which a page about that body may be the only place to
    write its city in (盐城供电公司工会): a page that writes no other prefecture in full need not confirm it."""
    div = _sole_prefecture(m)
    if div is None or _dictionary_tag(m.text) in _WORD_TAGS:
        return None
    if cities.get(div.name, 0.0) < 2.0 and not (firm and not any(c != div.name for c in cities)):
        return None
    return None if any(m.end + k <= len(text) and _dictionary_tag(text[m.start:m.end + k]) for k in (1, 2)) else div


def _union_owner_prefecture(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare prefecture that opens a union's name (淮北矿业集团工会相关负责人表示): places inside union names count,
    but for a railway depot's (_DEPOTS).  The name opens a clause and runs in Han characters to 工会 within a few;
    the page confirms the prefecture (see _confirmed_prefecture).  A bare province so written (湖北宜化集团工会)
    stays context."""
    if m.full or not _opens_clause(text, m) or text.startswith(_DEPOTS, m.end):
        return None  # (锦州供电段工会: a railway depot's union, its city no owner)
    j = m.end
    while j < len(text) and j - m.end <= _UNION_NAME_GAP and _is_han(text[j]) and not text.startswith(_UNION_AFTER, j):
        j += 1
    if j == m.end or not text.startswith(_UNION_AFTER, j):
        return None
    # (a railway group named by its bureau's seat, 南昌局集团公司, and a city's commercial bank, 成都银行, a brand that
    # works in many cities, are no body of the city's own: they must confirm it)
    firm = text.endswith(_OWN_BODY_ENDS + _PARK_ENDS, m.end, j) and not text.startswith("局", m.end)
    div = _confirmed_prefecture(text, m, cities, firm=firm)
    if div is None:
        sole = _sole_prefecture(m)
        if sole is not None and _listed_owner_sibling(text, m, j, sole.province):
            div = _confirmed_prefecture(text, m, {sole.name: 2.0})
    return div


def _item_owner(text: str, at: int, province: str | None) -> bool:
    """The item of a union list that starts at ``at`` opens with a bare prefecture of ``province`` (桂林车务段工会)."""
    hits = scan(text[at:at + _LONGEST_FULL])
    if not hits or hits[0].start != 0 or hits[0].full:
        return False
    sole = _sole_prefecture(hits[0])
    return sole is not None and sole.province == province


def _listed_owner_sibling(text: str, m: Mention, j: int, province: str | None) -> bool:
    """The union whose name bare ``m`` opens (its union word at ``j``) is an item of a 、-list of unions of which the
    next or the previous item opens with a bare prefecture of the same province (柳州工务段工会、桂林车务段工会、南宁车辆段
    工会): the list of a province's units confirms each other's prefectures, as a list of places closed by 等地 does."""
    end = next((j + len(w) for w in _UNION_AFTER if text.startswith(w, j)), j)
    if text.startswith("、", end) and _item_owner(text, end + 1, province):
        return True
    if m.start < 2 or text[m.start - 1] != "、" or not text.endswith(_UNION_AFTER, 0, m.start - 1):
        return False
    k = m.start - 1
    while k > 0 and _is_han(text[k - 1]) and m.start - 1 - k <= _UNION_NAME_GAP + 6:
        k -= 1
    return _item_owner(text, k, province) if k == 0 or not _is_han(text[k - 1]) else False


#: jieba tags of the word right after a clause-opening bare prefecture that make it the clause's subject: the noun it
#: modifies (定西气温持续走低) or an adverb before the predicate (连日来，绵阳持续高温; 绵阳再次入选).
_SUBJECT_NEXT = ("n", "d", "vd")
#: Verbs of lying somewhere right after a clause-opening bare prefecture (宜昌地处鄂西山区, 南平位于闽北): the place
#: itself is where it lies.
_LIES_IN = ("地处", "地處", "位于", "位於", "地跨")


def _subject_prefecture(text: str, m: Mention, cities: dict[str, float]) -> Division | None:
    """A bare prefecture opening a clause's subject, the noun it modifies right after it (入冬以来，定西气温持续走低:
    the place's weather, economy, districts), an adverb of its predicate (绵阳持续高温) or a verb of lying somewhere
    (宜昌地处鄂西山区), the page confirming the prefecture, and no firm, institution or body named in the clause
    (定西银行, 定西公司: a body's name, not the place; 苏州打工人: 打工 is a verb)."""
    if m.full or not (m.start == 0 or text[m.start - 1] in _CLAUSE_END):
        return None
    if not text.startswith(_LIES_IN, m.end) and (_dictionary_tag(text[m.end:m.end + 2]) not in _SUBJECT_NEXT
                                                  or not _is_han(text[m.end + 1:m.end + 2] or "a")):
        return None
    if text.startswith(_MODIFIED, m.end) or _clause_names_body(text, m.end):
        return None
    return _confirmed_prefecture(text, m, cities)


#: Verbs of coming back from a place, a few characters after 从 + the place (刚从广东运货回来的货车司机).
_BACK_FROM = ("回来", "回來", "归来", "歸來", "返回", "赶回", "趕回", "过来", "過來")  # (从山东拉货过来: came over)


#: Verbs of passing through or heading on, a few characters after 从 + the place (从甘肃拉货途经银川的货车司机): the
#: trip's later stops, so the place is where it set out from.
_ON_THE_WAY = ("途经", "途經", "路过", "路過", "前往", "赶往", "趕往", "运往", "運往", "开往", "開往")
_TRIP_CLOSERS = _BACK_FROM + _ON_THE_WAY


#: One-character verbs of going and coming right after 从 + a place (从上海来, 从广东回到家乡).
_COME_GO = set("来來回去到赴赶趕")


def _trip_origin(text: str, m: Mention) -> bool:
    """A bare province or municipality after 从 that a verb of coming back or of passing on closes within a few
    characters (从广东运货回来, 从甘肃拉货途经银川), or that a verb follows at once (从广东返乡, 从上海来, 从江苏调入):
    where a trip or a move came from, a place.  One reading only, not a name never read bare (吉林, 海南), no word
    first, and no firm or body named in between (从湖南建工集团回来)."""
    if not _province_level(m) or not text.endswith(("从", "從"), 0, m.start):
        return False
    if _word_first(text, m):
        return False
    if text[m.end:m.end + 1] in _COME_GO or _dictionary_tag(text[m.end:m.end + 2]) in ("v", "vn"):
        return not _clause_names_body(text, m.end)
    j = m.end
    while j < len(text) and j - m.end <= 6 and _is_han(text[j]) and not text.startswith(_TRIP_CLOSERS, j):
        j += 1
    if not text.startswith(_TRIP_CLOSERS, j):
        return False
    return _BODY_WORD_RX.search(text, m.end, j) is None
