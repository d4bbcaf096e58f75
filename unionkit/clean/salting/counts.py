"""The title's number carried into a sentence with the title's words beside it, counting nothing there."""

from __future__ import annotations

from .base import HAN, _find_all
from .title import Title
from .fills import NUMBER, NUMBER_GOES_ON
from ..jammer import NUMBER_UNITS


def counted_nothing(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus verbatim title pieces holding the title's whole number and the title's Han characters before it
    (为8000 of 总工会为8000余名, 助6800 of 助6800余名) whose number counts nothing in the sentence: the piece ends
    with the number and a Han character that is no count or unit word follows (交通为8000协管员, 。为8000同时), or
    it goes on with the title's count word and another number follows (了资助86名3000元). Real text restating the
    title's count writes its unit after the number (帮助6800余名, 为8000名职工). Read only on a page whose salt was
    found: the pieces come from a salter copying pieces of the same title."""
    if not any(out):
        return out
    x = t.text
    nums = [m for m in NUMBER.finditer(x) if m.start() and HAN.match(x[m.start() - 1])]
    if not nums:
        return out
    res = []
    for par, spans in zip(paragraphs, out):
        add = [sp for m in nums for k in _find_all(par, m.group()) if (sp := _piece(par, k, x, m.start(), m.end()))
               and not any(a < sp[1] and sp[0] < b for a, b in spans)]
        res.append(sorted(set(spans) | set(add)) if add else spans)
    return res


def _piece(par: str, k: int, x: str, p: int, q: int) -> tuple[int, int] | None:
    """The span of the title piece around the number at par[k:] (title number x[p:q]) when it counts nothing."""
    e = k + q - p
    if (k and par[k - 1] in NUMBER_GOES_ON) or (e < len(par) and par[e] in NUMBER_GOES_ON):
        return None  # (part of a longer number)
    i = 0  # title characters before the number the sentence repeats
    while i < p and k - i > 0 and par[k - i - 1] == x[p - i - 1]:
        i += 1
    j = 0  # and after it
    while q + j < len(x) and e + j < len(par) and par[e + j] == x[q + j]:
        j += 1
    a, b = k - i, e + j
    if not any(HAN.match(ch) for ch in par[a:k]) or b >= len(par):
        return None
    nxt = par[b]
    if j == 0 and HAN.match(nxt) and nxt not in NUMBER_UNITS:
        return a, b
    if j and all(HAN.match(ch) for ch in par[e:b]) and nxt.isdigit():
        return a, b
    return None
