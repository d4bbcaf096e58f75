"""A bare province then its own prefecture, read as one pair (湖南邵阳)."""

from __future__ import annotations

from .base import _is_han
from .divisions import Division
from .scanner import Mention, _LONGEST_FULL, scan
from .words import _FRAME_BEFORE, _ONE_OF, _clause_names_body, _dictionary_tag
from .accept import _NOT_PAIRED, _ZONE_HEADS, _heads_zone, _native_of, _placed


def _pair_city(text: str, m: Mention, nxt: Mention | None) -> Division | None:
    """The prefecture of a bare province written right before it as one place, else None.

    A dateline-style "province + its prefecture" (江西宜春：, 四川泸州：, 江西宜春市袁州区), or such a pair
    after a word of place and before an event verb, 的, a comma (来自湖南邵阳的骑手, 在新疆乌鲁木齐，) or a verb of
    what is done there (在广东东莞做了8年), or before a count of one firm or school (江西宜春一家公司的女职工): both
    are places.  Not a firm's branch name (天津红桥分公司: a
    municipality and a bare district glued to a word)."""
    if (nxt is None or nxt.start != m.end or m.full or len(m.divisions) != 1 or m.divisions[0].level != "P"
            or m.divisions[0].name in _NOT_PAIRED):
        return None
    prov = m.divisions[0].name
    own = [d for d in nxt.divisions if d.province == prov and d.level == "C"]
    if len(own) != 1:
        return None
    if (nxt.full or nxt.end >= len(text) or not _is_han(text[nxt.end])
            or _placed(text, m.start, nxt.end)
            or _pair_then_verb(text, m.start, nxt.end)
            or _pair_between(text, m.start, nxt.end)
            or _native_of(text, m.start, nxt.end)
            or _county_follows(text, nxt.end, own[0].name)
            or text.startswith(_ONE_OF, nxt.end)  # (江西宜春一家锂电公司: the firm is there)
            or text.startswith(_ZONE_HEADS, nxt.end) and _heads_zone(text, nxt.end)):  # (甘肃张掖经济技术开发区)
        return own[0]
    return None


def _pair_then_verb(text: str, start: int, end: int) -> bool:
    """The pair ``text[start:end]`` stands after a word of place or opens a clause, and is followed by a verb
    (在广东东莞做了8年服装, 在浙江杭州打工, ，海南三亚持续高温): where someone works or lives, or what happens
    there, a place; no firm or body named in the clause after it (在湖南长沙建设银行)."""
    framed = text.endswith(_FRAME_BEFORE, 0, start)
    if not (framed or start == 0 or text[start - 1] in _CLAUSE_OPEN):
        return False
    # (at a clause's opening the verb must be a whole two-character word: 湖南邵阳骑手 is a label, 骑 no verb there)
    if _dictionary_tag(text[end:end + 2]) not in ("v", "vn", "vd") and (
            not framed or _dictionary_tag(text[end:end + 1]) != "v"):
        return False
    return not _clause_names_body(text, end)


#: What ends the clause before a pair that opens the next one (，海南三亚持续高温).
_CLAUSE_OPEN = frozenset("，,。；;")


#: The second half of "between A and B" (往返于准格尔旗和河北唐山之间): a conjunction before the pair, 之间 after it.
_BETWEEN_AND = ("和", "与", "與", "及", "同", "跟")
_BETWEEN = ("之间", "之間")


def _pair_between(text: str, start: int, end: int) -> bool:
    """The pair ``text[start:end]`` closes a span "between A and B" (往返于准格尔旗和河北唐山之间): the two ends of a
    route or a distance, places; _pair_then_verb's frame (a word of place before it) does not reach there, as the
    word of place (于) governs the first end."""
    return text.startswith(_BETWEEN, end) and text.endswith(_BETWEEN_AND, 0, start)


def _county_follows(text: str, at: int, city: str) -> bool:
    """A county of ``city`` is written in full at ``at`` (陕西榆林神木市: the chain down to the county)."""
    for m in scan(text[at:at + _LONGEST_FULL]):
        if m.start == 0 and m.full:
            return any(d.level == "K" and d.city == city for d in m.divisions)
        break
    return False
