"""scan: a text's gazetteer hits (Mention), leftmost-longest, over the spans that can hold a name; 臺/台 and variant
characters folded; a full name wins over the short name it overlaps."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .base import (_CONJUNCTION_CHARS, _PLAIN_FORMS, _SENTINEL, _UNION_AFTER, _VARIANT_RX, _WORD_BOUNDS, _is_han, _page_is_trad,
    fold_variants)
from .divisions import Division, Gazetteer, gazetteer


@dataclass(slots=True)
class Mention:
    """One gazetteer hit in a text."""

    start: int
    end: int
    text: str
    divisions: list[Division]
    full: bool


def scan(text: str) -> list[Mention]:
    """All gazetteer hits in ``text``, leftmost-longest and non-overlapping.

    A page is scanned by find_places, locality_votes and the union reader in turn:
    the last text's hits are kept, and short texts (the name segments before each
    工会) are cached, since the same few recur on every page.  Callers get a fresh
    list; Mentions are never changed after they are made.
    """
    global _LAST_SCAN
    if len(text) <= _SHORT_TEXT:
        return list(_scan_short(text))
    last = _LAST_SCAN
    if last is not None and last[0] == text:
        return list(last[1])
    hits = _extended(text, last) if last is not None else None
    plain = hits is not None
    if hits is None:
        unfolded = _scan(text)
        hits = _folded(text, unfolded)
        plain = hits is unfolded
    _LAST_SCAN = (text, hits, plain)
    return list(hits)


def _extended(text: str, last: tuple[str, list[Mention], bool]) -> list[Mention] | None:
    """scan() of ``text`` when it is the last scanned text + a newline + more lines (the page's text with the credit
    lines the union reader adds), from the last text's hits and a scan of the new lines only; None when that
    would not be the scan of the whole text.

    No name holds a newline, so no span of _pieces runs across it, and each part's hits are its own, as long as
    no fold adds a hit (``plain``: the last text's added none; the whole is a simplified page without 臺) and
    the last text ends in a mark that is in no name (。): the automaton is back at its root there, with nothing
    pending at its end of input (see _scan), nor where _prefer_full reads past a hit near the end."""
    prev, hits, plain = last
    k = len(prev)
    marks = _nameless_marks()
    if not (plain and prev[-1:] in marks and "\n" in marks and text.startswith(prev) and text[k:k + 1] == "\n"):
        return None
    if "臺" in text or _page_is_trad(text):
        return None
    return hits + [Mention(m.start + k, m.end + k, m.text, m.divisions, m.full) for m in _scan(text[k:])]


@functools.cache
def _nameless_marks() -> frozenset[str]:
    """The newline and the marks that close a paragraph which stand in no gazetteer name (every name has two
    characters or more, so a character in no in-name pair is in none)."""
    in_names = "".join(gazetteer().pairs)  # (one C search per mark, not a loop over the ~8,000 pairs: cold start)
    return frozenset(c for c in "\n。！？；…”」』）)!?;" if c not in in_names)


#: One character for another, (page form, gazetteer form), each scanned on its own: 臺 and 台 are one character in
#: place names (臺山市 and 台山市, 臺灣 and 台灣, 天臺 and 天台), where the gazetteer spells each name one way only
#: (台山市, but 煙臺市 and 臺灣省); and a traditional page keeps the plain forms of _PLAIN_FORMS (湖里區 for 湖裏區).
#: All but the first only on a traditional page: a simplified page writes 台 and the plain forms as the gazetteer does.
_CHAR_FOLDS = (("臺", "台"), ("台", "臺")) + tuple(_PLAIN_FORMS.items())


def _scan_folded(text: str) -> list[Mention]:
    """_scan of ``text`` plus the names it spells with the other 臺/台 variant than the gazetteer (a page that
    writes 臺 as much as one that writes 台), or with another variant character or plain form than the
    gazetteer's traditional form (_VARIANTS, _PLAIN_FORMS, on a traditional page), kept as written; a hit of
    the text as it stands wins an overlap."""
    return _folded(text, _scan(text))


def _folded(text: str, hits: list[Mention]) -> list[Mention]:
    """_scan_folded from _scan's ``hits``: the very list when no fold adds a hit."""
    if _VARIANT_RX.search(text) is not None and _page_is_trad(text):
        hits = _add_folded(text, hits, fold_variants(text), [mt.start() for mt in _VARIANT_RX.finditer(text)])
    for a, b in _CHAR_FOLDS:
        if a not in text or (a != "臺" and not _page_is_trad(text)):  # (on a simplified page: as written; cached)
            continue
        hits = _add_folded(text, hits, text.replace(a, b), _positions(text, a))
    return hits


def _positions(text: str, c: str) -> list[int]:
    """Where ``c`` (a character or a pair) stands in ``text``, in order."""
    out, i = [], text.find(c)
    while i >= 0:
        out.append(i)
        i = text.find(c, i + 1)
    return out


def _add_folded(text: str, hits: list[Mention], folded: str, changed: list[int]) -> list[Mention]:
    """``hits`` plus the hits of ``folded`` (``text`` with the characters at ``changed`` replaced one for one)
    that the replacement made, kept as ``text`` writes them.  A hit of ``hits`` overlapping one wins, unless it
    lies inside it: a longer name is the leftmost-longest reading (雁峰區, the gazetteer's 雁峯區, over the short
    name 雁峰 that the Taiwan form spells as simplified writing does)."""
    extra, inside = [], set()
    for m in _scan_changed(folded, changed):
        if folded[m.start:m.end] == text[m.start:m.end]:
            continue
        over = [h for h in hits if m.start < h.end and h.start < m.end]
        if all(m.start <= h.start and h.end <= m.end and h.end - h.start < m.end - m.start for h in over):
            extra.append(Mention(m.start, m.end, text[m.start:m.end], m.divisions, m.full))
            inside.update(id(h) for h in over)
    if not extra:
        return hits
    return sorted([h for h in hits if id(h) not in inside] + extra, key=lambda m: m.start)


def _scan_changed(folded: str, changed: list[int]) -> list[Mention]:
    """_scan(folded)'s hits in the spans of _pieces that hold a position of ``changed`` (sorted), the only
    hits _add_folded can keep: a span without a replaced character reads as in the text itself.

    A span of _pieces is a maximal stretch of in-name pairs holding a name start, so the stretch around each
    changed position is found where it stands, with no scan of the whole text; _prefer_full stays inside a
    span (a full name is a stretch of in-name pairs), so the spans left out change nothing in the others."""
    gaz = gazetteer()
    starts, pairs = gaz.starts, gaz.pairs
    spans: list[tuple[int, int]] = []
    done = 0  # end of the last stretch
    for p in changed:
        if p < done:
            continue
        s, done = _stretch(folded, pairs, p, done)
        if any(folded[i:i + 2] in starts for i in range(s, done - 1)):  # (else no name starts in it: _pieces drops it)
            spans.append((s, done))
    return _span_mentions(folded, spans)


def _stretch(text: str, pairs: set[str], i: int, lo: int) -> tuple[int, int]:
    """The maximal stretch of in-name pairs of ``text`` around position ``i``, not reaching left of ``lo``
    (the end of the stretch before it, which a pair in no name closes), as (start, end)."""
    n = len(text)
    s = i
    while s > lo and text[s - 1:s + 1] in pairs:
        s -= 1
    e = i
    while e + 1 < n and text[e:e + 2] in pairs:
        e += 1
    return s, e + 1


_SHORT_TEXT = 40
_LAST_SCAN: tuple[str, list[Mention], bool] | None = None  # (text, hits, whether no fold added a hit)


@functools.lru_cache(maxsize=4096)
def _scan_short(text: str) -> tuple[Mention, ...]:
    """scan() of a short text, cached."""
    return tuple(_scan_folded(text))


def _pieces(gaz: Gazetteer, text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` the automaton must read: maximal stretches of in-name pairs holding a name start.

    Between two characters that are adjacent in no name (or around a character
    in no name) the automaton has no transition from any state but its root, so
    it behaves exactly as at the sentinel: it reports what is pending and starts
    again.  A stretch without the first two characters of any name holds no hit
    and leaves nothing pending, so it is dropped; on a page only a few percent of
    the text survives, and the automaton's per-character cost goes with it.
    """
    starts, pairs = gaz.starts, gaz.pairs
    # findall + str.find are C loops: far cheaper than a Match object per candidate pair
    at: list[int] = []
    for pair in starts.intersection(gaz.opener.findall(text)):
        at.extend(_positions(text, pair))
    at.sort()
    spans: list[tuple[int, int]] = []
    done = 0  # end of the last span
    for i in at:
        if i < done:
            continue
        s, done = _stretch(text, pairs, i, done)
        spans.append((s, done))
    return spans


def _scan(text: str) -> list[Mention]:
    """The automaton pass behind scan(), over the spans of _pieces only.

    Each span is read on its own (_span_hits), as if followed by a sentinel that is in no name: between
    spans the automaton is back at its root, so this is the pass over the whole text.  The sentinel is left
    off after a span that ends the text: the automaton reports a pending hit at a mismatch but not always at
    the end of its input, and the result must be the same as a pass over the whole text.
    """
    spans = _pieces(gazetteer(), text)
    return _span_mentions(text, spans) if spans else []


def _span_mentions(text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions of the automaton's hits in ``spans`` (stretches of ``text``, in order), a full name
    preferred over the short names it overlaps."""
    n = len(text)
    out: list[Mention] = []
    cand: list[int] = []  # short-name hits a full name may overlap (see _prefer_full)
    for s, e in spans:
        for rel, key, divs, full, maybe in _span_hits(text[s:e], e == n):
            if maybe:
                cand.append(len(out))
            start = s + rel
            out.append(Mention(start, start + len(key), key, divs, full))
    return _prefer_full(text, out, cand) if cand else out


@functools.lru_cache(maxsize=16384)
def _span_hits(span: str, at_end: bool) -> tuple[tuple[int, str, list[Division], bool, bool], ...]:
    """(start, key, divisions, full, maybe overlapped) of each automaton hit in one span of _pieces.

    Spans are a few characters (a place's name and what is glued to it) and recur: a page repeats its
    places, and pages of one region share them.  ``maybe overlapped``: a short name a full name may start
    inside of (_prefer_full's candidates); the character pair across the span's end is in no name, so
    the span alone decides it."""
    gaz = gazetteer()
    joined = span if at_end else span + _SENTINEL
    found, opens, inner = gaz.found, gaz.full_opens, gaz.inner_opens
    hits = []
    for end, key in gaz.automaton.iter_long(joined):
        start = end - len(key) + 1
        divs, full = found(key)
        maybe = not full and (key in inner or joined[start + len(key) - 1:start + len(key) + 1] in opens)
        hits.append((start, key, divs, full, maybe))
    return tuple(hits)


def _prefer_full(text: str, hits: list[Mention], cand: list[int]) -> list[Mention]:
    """``hits`` with a short name (at an index of ``cand``) given up for a full name that starts inside
    it and runs past it.

    Leftmost-longest reads 联合江西省 as 合江 (a county's short name) + 西省; the full 江西省 is the
    place the writer names (a suffixed name is written on purpose, a short one may be an accident of
    the characters around it).  Only a province or a prefecture wins so: a county's full name is
    short enough to be formed by chance across two words (振兴 + 和县 + 域 in 乡村振兴和县域经济)."""
    gaz = gazetteer()
    out = hits[:cand[0]]
    i = cand[0]
    todo = set(cand)
    while i < len(hits):
        m = hits[i]
        i += 1
        better = None
        if i - 1 in todo:
            base = m.start + 1
            for end, key in gaz.automaton.iter_long(text[base:m.end + _LONGEST_FULL]):
                start = base + end - len(key) + 1
                if start >= m.end:
                    break
                divs, full = gaz.found(key)
                if full and start + len(key) > m.end and (divs[0].level != "K" or _county_ends_word(text, start, key)):
                    better = Mention(start, start + len(key), key, divs, full)
                    break
        if better is None:
            out.append(m)
            continue
        out.append(better)
        while i < len(hits) and hits[i].start < better.end:
            i += 1  # hits the full name covers
    return out


_LONGEST_FULL = 16  # longer than any full name of the gazetteer (checked by the tests)


def _county_ends_word(text: str, start: int, key: str) -> bool:
    """A county's full name of three characters or more that ends where the word does (郊区和平定县、盂县:
    平定县 after the 和 of a list, where 和平 is a short name too), or, after such a conjunction, before a particle
    or its own union (和平定县的, 和平定县总工会); not one formed across two words and
    glued on to a third (振兴和县域经济), nor a two-character one (和县)."""
    end = start + len(key)
    if len(key) < 3:
        return False
    if end >= len(text) or not _is_han(text[end]):
        return True
    # a particle or the county's own union after it, when a conjunction stands before it (a list's 和)
    return (start > 0 and text[start - 1] in _CONJUNCTION_CHARS
            and (text[end] in _WORD_BOUNDS or text.startswith(_UNION_AFTER, end)))
