"""A city followed by its own county, bare or by its stem (台州市玉环, 佛山南海)."""

from __future__ import annotations

import functools

from .base import _is_han
from .divisions import Division, gazetteer
from .scanner import Mention
from .words import _BODY_ENDS, _word_first
from .accept import _needs_parent


def _chain_county(text: str, head: Division, m: Mention) -> Division | None:
    """The county of a bare name written right after its own city as one place (佛山南海狮山，台州市玉环), else None.

    The city and its county are a place chain when the county reading is the mention's only one under that
    city, the name is no word first, and the chain ends within a short town name at a non-Han character,
    not in a firm's or institution's name (佛山南海支行)."""
    if m.full or head.level != "C":
        return None
    own = [d for d in m.divisions if d.level == "K" and d.city == head.name and not _needs_parent(d)]
    return own[0] if len(own) == 1 and _chain_ends(text, m) else None


@functools.lru_cache(maxsize=1)
def _county_rows() -> dict[str, list[int]]:
    """Gazetteer rows of the county-level divisions under each prefecture (by its simplified name): rows, not
    Divisions, so that a page pays for the Divisions of its own cities only."""
    out: dict[str, list[int]] = {}
    for i, r in enumerate(gazetteer().rows):
        if r[0] == "K" and r[6]:
            out.setdefault(r[6], []).append(i)
    return out


_STEMS: dict[str, dict[str, list]] = {}


def _stem_firsts(city: str) -> frozenset[str]:
    """First characters of the names of a city's county-level divisions, both scripts: a superset of the keys of
    _county_stems(city), read from the gazetteer's rows (no Division made). Built once per city."""
    v = _FIRSTS.get(city)
    if v is None:
        rows = gazetteer().rows
        v = _FIRSTS[city] = frozenset(name[0] for i in _county_rows().get(city, ()) for name in (rows[i][1], rows[i][3])
                                      if name)
    return v


_FIRSTS: dict[str, frozenset[str]] = {}


def _county_stems(city: str) -> dict[str, list[tuple[tuple[str, ...], Division]]]:
    """_stem_county's candidates under a city, by first character: each county's stems (its name and its
    traditional name without the suffix, in that order) when the name may stand alone. Built once per city."""
    if city not in _STEMS:
        out: dict[str, list] = {}
        gaz = gazetteer()
        for d in map(gaz.division, _county_rows().get(city, ())):
            stems = tuple(name[:-1] for name in dict.fromkeys((d.name, d.t_name))
                          if len(name) >= 3 and name[-1] in "区區县縣市旗")
            if stems and not _needs_parent(d):
                for first in dict.fromkeys(st[0] for st in stems):
                    out.setdefault(first, []).append((tuple(st for st in stems if st[0] == first), d))
        _STEMS[city] = out
    return _STEMS[city]


def _stem_county(text: str, at: int, city: Division) -> tuple[str, Division] | None:
    """(stem, county) when ``text`` writes at ``at``, right after ``city``, one of its districts or counties by
    its name without the suffix (佛山 + 南海 for 南海区, a stem the gazetteer lists no short form for), ending the
    chain as _chain_county asks; else None.  Read only right after the city, where the stem cannot be a word."""
    first = text[at:at + 1]
    if first not in _stem_firsts(city.name):
        return None  # (a city is mostly followed by a character none of its counties starts with: no table built)
    found = []
    for stems, d in _county_stems(city.name).get(first, ()):
        for stem in stems:
            if text.startswith(stem, at):
                found.append((stem, d))
                break
    if len(found) != 1:
        return None
    stem, d = found[0]
    probe = Mention(at, at + len(stem), stem, [d], False)
    return found[0] if _chain_ends(text, probe) else None


def _chain_ends(text: str, m: Mention) -> bool:
    """A city's bare county ``m`` ends the chain: it is no word first, and 的 follows it (兰州西固的夜色: the place's)
    or within a short town name (狮山) a non-Han character does, not a firm's or institution's name (佛山南海支行)."""
    if _word_first(text, m):
        return False
    if text.startswith("的", m.end):
        return True
    j = m.end
    while j < len(text) and j - m.end <= 4 and _is_han(text[j]):
        j += 1
    return j - m.end <= 4 and not text[m.end:j].endswith(_BODY_ENDS)
