"""The page's context: votes for provinces and cities, the choice among namesakes, the script and Place of a mention."""

from __future__ import annotations

from unionkit.record import Place

from .base import _PLAIN_FORMS, fold_variants
from .divisions import Division, gazetteer
from .scanner import Mention


def _context(mentions: list[Mention]) -> tuple[dict[str, float], dict[str, float]]:
    """Votes for provinces and cities from every unambiguous hit (full names weigh more)."""
    provs: dict[str, float] = {}
    cities: dict[str, float] = {}
    pget, cget = provs.get, cities.get
    for m in mentions:
        v = _VOTES_BY[m.full].get(m.text)  # (_votes inlined: a page has dozens of mentions)
        for p, c, w in (v if v is not None else _votes(m)):  # in the same order as ever: float sums bit-identical
            if p:
                provs[p] = pget(p, 0.0) + w
            if c:
                cities[c] = cget(c, 0.0) + w
    return provs, cities


def _votes(m: Mention) -> tuple[tuple[str | None, str | None, float], ...]:
    """(province, city, weight) that each division of a mention votes for; made once per spelling."""
    votes = _VOTES_BY[m.full]
    v = votes.get(m.text)
    if v is None:
        w = (2.0 if m.full else 1.0) / len(m.divisions)
        v = votes[m.text] = tuple((d.name if d.level == "P" else d.province, d.name if d.level == "C" else d.city, w)
                                  for d in m.divisions)
    return v


#: _votes by spelling, for bare [False] and full [True] mentions: a spelling's divisions are the gazetteer's, the
#: same on every page.
_VOTES_BY: tuple[dict[str, tuple[tuple[str | None, str | None, float], ...]], ...] = ({}, {})


def _choose(divs: list[Division], provs: dict[str, float], cities: dict[str, float]) -> Division | None:
    """The one division among namesakes that the page's context supports, else None."""
    if len(divs) == 1:
        return divs[0]
    for votes, attr in ((cities, "city"), (provs, "province")):
        scored = [(votes.get(getattr(d, attr) or "", 0.0), d) for d in divs]
        best = max(s for s, _ in scored)
        top = [d for s, d in scored if s == best]
        if best > 0 and len(top) == 1:
            return top[0]
    return None


def _is_trad_mention(key: str, page_trad: bool) -> bool:
    """Script of a mention: its own when its form differs between scripts, else the page's (made once per
    spelling and page script: the answer is the gazetteer's)."""
    v = _TRAD_MENTION.get((key, page_trad))
    if v is None:
        v = _TRAD_MENTION[key, page_trad] = _trad_mention(key, page_trad)
    return v


#: _is_trad_mention by (spelling, page script).
_TRAD_MENTION: dict[tuple[str, bool], bool] = {}


def _trad_mention(key: str, page_trad: bool) -> bool:
    """_is_trad_mention, computed."""
    gaz = gazetteer()
    if key in gaz.trad_keys:
        return True
    divs, _ = gaz.lookup(key)
    if any(key == d.name and d.t_name != d.name for d in divs):
        # the simplified spelling: simplified writing, unless a traditional page uses it too (昆山市 for 崑山市)
        # (a variant character the page's standard writes, 赤峰 for the gazetteer's 赤峯, is traditional writing too)
        # (and so is a plain form traditional writing keeps in names, 新余市 for the gazetteer's 新餘市)
        return page_trad and all(c in gaz.trad_chars or c in _PLAIN_FORMS for c in fold_variants(key))
    return page_trad


def _resolved(m: Mention, div: Division | None, page_trad: bool) -> Place:
    """The Place for a mention, with null parents when its division stayed ambiguous."""
    trad = _is_trad_mention(m.text, page_trad)
    if div is not None:
        return div.place(m.text, trad)
    d0 = m.divisions[0]
    if d0.level == "K":
        return Place(m.text, None, None, d0.t_name if trad else d0.name)
    return Place(m.text, None, None, None)
