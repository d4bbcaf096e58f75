"""Joint decoding of the chunk list over the page's paragraphs."""

from __future__ import annotations

import math

from .base import HAN, SUBJECT_AFTER, UNION_NAME, _as_spans, _union_end
from .words import _simplifier, _is_word
from .title import Title, Cand, left_is_mark, right_is_mark, title_quoted_name
from .boundaries import title_boundaries
from .features import _logit
from .chain import score_page, Memo
from .chunks import Chunk, chunk_list, fit_spans
from .leftovers import lone_gain
from .lones import _fits, _opens_union


#: When a list, the final joint decoding appends ((paragraph, start, end), member features) to it
#: (used by tests/salt_gen.py to fit JOINT_W).
TRACE: list | None = None


FILL_FLOOR = -8.0   # local log-odds above which a listed chunk is taken in the stretch where the list puts it
HEAD = 3            # title index by which a paragraph's first chunk starts (the list starts with the title)
MIN_HEADLESS = 3    # fragments a paragraph needs to count as salted when it lacks the list's first chunk
OPEN_BLIND = False
NEXT_FLOOR = -4.0   # the same for the chunk that follows the paragraph's last one (an open-ended stretch)


def _into_union(par: str, a: int, b: int) -> bool:
    """A level union name (縣總工會) starts inside par[a:b] and runs on past its end: the span is the place
    name that opens the sentence's own union name, which keep_unions never cuts."""
    return any(a < m.start() < b < m.end() for m in UNION_NAME.finditer(par, max(0, a - 1), b + 4))


def _take(par: str, text: str, lo: int, hi: int, pi: int, local: dict, floor: float, blind: bool = False,
          title: str = "") -> tuple[int, int] | None:
    """The occurrence of a chunk inside par[lo:hi] with the best local evidence, among those it does not
    rule out (the first one when none is scored): the sentence's own word and its salted copy may both
    sit in the stretch (区总|工会入会 ... ,工会为), and the copy that breaks into the sentence scores better.
    An occurrence opening the sentence's own union name is never the copy (陸河縣總工會…,陸河縣|縣總工會:
    the paragraph's start reads as well as a clause mark, but keep_unions would give that one back), nor one inside a
    quoted name the title quotes too (``title_quoted_name``)."""
    k = par.find(text, lo, hi)
    best, where = None, None
    while k >= 0:
        if _into_union(par, k, k + len(text)) or title_quoted_name(par, k, k + len(text), title):
            k = par.find(text, k + 1, hi)
            continue  # the sentence's own place name before its union (陸河縣|總工會), or its quoted campaign name
        c = local.get((pi, k, k + len(text)))
        if c is not None and c.prob > floor and not c.quoted:
            if best is None or c.prob > best:
                best, where = c.prob, (k, k + len(text))
        elif c is None and blind and where is None:
            where = (k, k + len(text))
        k = par.find(text, k + 1, hi)
    return where


def joint(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title, rows, final: bool = False,
          memo: Memo | None = None) -> list[list[tuple[int, int]]]:
    """Decode the page's chunk list jointly: infer it from the fragments of every paragraph, drop
    fragments that do not fit it, and look for the listed chunks a paragraph lacks only in the stretch
    where the list puts them (between the found chunks before and after), where word-like chunks
    (昆明, 帷幕, 职工) are safe to take."""
    found = {pi: [(a, b, paragraphs[pi][a:b]) for a, b in sp] for pi, sp in enumerate(out) if sp}
    if not found:
        return out
    local = {(c.para, c.start, c.end): c for c, _ in rows}
    found = {pi: best_prefixes(pi, spans, found, local) for pi, spans in found.items()}
    chunks = chunk_list(found, t)
    # paragraphs without fragments that hold the list's first two chunks in order are read too
    heads = [c.text for c in chunks[:2]]
    extra = {pi for pi, par in enumerate(paragraphs) if pi not in found and len(heads) == 2
             and 0 <= par.find(heads[0]) < par.find(heads[1], par.find(heads[0]) + len(heads[0]))}
    if extra:
        rows = list(rows) + score_page(t.text, paragraphs, only=extra, memo=memo)
    local = {(c.para, c.start, c.end): c for c, _ in rows}
    by_par: dict[int, list[Cand]] = {}
    for c, _ in rows:
        by_par.setdefault(c.para, []).append(c)
    res = [list(sp) for sp in out]
    tb = title_boundaries(t)
    carried = -1  # the title index where the previous salted paragraph's chunks stop (see _carried_on)
    for pi in sorted(set(found) | extra):
        par = paragraphs[pi]
        fit = fit_spans(found.get(pi, []), chunks, t)
        if len(fit) == 1 and fit[0][2] != 0 and chunks[fit[0][2]].support < 2:
            fit = []
        got = fill_list(par, pi, fit, chunks, local, t.text)
        if got and chunks[got[0][2]].t0 > HEAD and len(got) < MIN_HEADLESS and not _repeated_cuts(par, got, chunks, tb) \
                and not _carried_on(par, got, chunks, tb, carried):
            got = []  # every salted paragraph holds the list's first chunk: without it, few fragments are words
        if got:
            carried = chunks[got[-1][2]].t1
        if pi in extra and len(got) < 2:
            got = []
        fitted = {(a, b) for a, b, _ in fit}
        xs = [member_features(par, pi, got, q, chunks, local, fitted, len(found), tb) for q in range(len(got))]
        if TRACE is not None and final:
            TRACE.extend(((pi, a, b), x) for (a, b, _), x in zip(got, xs))
        got = [g for g, x in zip(got, xs) if _logit(JOINT_W, x) > JOINT_MIN]
        spans = [(a, b) for a, b, _ in got]
        spans += fill_gaps(par, got, chunks, by_par.get(pi, []), t, memo.segs if memo is not None else None)
        res[pi] = _as_spans({k for a, b in spans for k in range(a, b)})
    return res


def _repeated_cuts(par: str, got, chunks: list[Chunk], tb: frozenset[int]) -> bool:
    """Every chunk taken in a paragraph lacking the list's head is one that two or more paragraphs show, cut inside
    the title's words (ends on no title word boundary: 能大 of 技能|大赛) and opening a clause: a salter that puts a
    few chunks of its list in any order, not words of the sentence (those restate whole title words)."""
    return all(chunks[q].support >= 2 and chunks[q].t0 not in tb and chunks[q].t1 + 1 not in tb
               and left_is_mark(par, a) for a, _, q in got)


def _carried_on(par: str, got, chunks: list[Chunk], tb: frozenset[int], carried: int) -> bool:
    """A paragraph lacking the list's head whose chunks go on with the title right where the previous salted
    paragraph's stopped (教职|工趣 there, then ,味运 … ,动会 here): a salter carrying one list on through the page
    instead of starting it again. Taken when the chunks tile the title from there without a gap, each opening a
    clause and cut inside the title's words (a word of the sentence restates a whole title word)."""
    if carried < 0:
        return False
    at = carried
    for a, _, q in got:
        ch = chunks[q]
        if ch.t0 != at + 1 or not left_is_mark(par, a) or ch.t0 in tb and ch.t1 + 1 in tb:
            return False
        at = ch.t1
    return True


def member_features(par: str, pi: int, got, q: int, chunks: list[Chunk], local: dict, fitted: set, n_found: int, tb=frozenset()) -> dict:
    """Evidence about one chunk taken in a paragraph: its local score, how many paragraphs show it,
    where it sits in the paragraph's run of chunks and whether it tiles the title with its neighbours."""
    a, b, k = got[q]
    c = local.get((pi, a, b))
    ch = chunks[k]

    def tight(x: int, y: int) -> float:
        return 1.0 if 0 <= chunks[y].t0 - chunks[x].t1 - 1 <= 2 else 0.0

    return {
        "prob": max(-8.0, min(8.0, c.prob)) if c else -8.0,
        "none": 0.0 if c else 1.0,
        "sup1": 1.0 if ch.support == 1 else 0.0,
        "sup3": 1.0 if ch.support >= 3 else 0.0,
        "last": 1.0 if q == len(got) - 1 else 0.0,
        "first": 1.0 if q == 0 else 0.0,
        "head": 1.0 if ch.t0 <= HEAD else 0.0,
        "tight_prev": tight(got[q - 1][2], k) if q else 0.0,
        "tight_next": tight(k, got[q + 1][2]) if q + 1 < len(got) else 0.0,
        "filled": 0.0 if (a, b) in fitted else 1.0,
        "multi": 1.0 if n_found > 1 else 0.0,
        "n_got": float(min(len(got), 8)),
        "len": float(b - a),
        "is_word": 1.0 if _is_word(_simplifier()(par[a:b])) else 0.0,
        "left_mark": 1.0 if left_is_mark(par, a) else 0.0,
        "right_mark": 1.0 if right_is_mark(par, b) else 0.0,
        "aligned": 1.0 if ch.t0 in tb and ch.t1 + 1 in tb else 0.0,
        "aligned_sup1": 1.0 if ch.t0 in tb and ch.t1 + 1 in tb and ch.support == 1 else 0.0,
        "gap_prev": math.log1p(a - got[q - 1][1]) if q else 0.0,
        "end": 1.0 if b >= len(par.rstrip()) - 1 else 0.0,
    }


#: Logistic weights for keeping a chunk taken by the joint decoding (fitted on generated pages).
JOINT_W = {'bias': -2.3255, 'aligned': -0.1848, 'aligned_sup1': -0.0317, 'end': -0.6766, 'filled': 0.2426, 'first': 1.9743, 'gap_prev': 0.2085, 'head': 0.1515, 'is_word': 0.3478, 'last': 1.931, 'left_mark': 0.9101, 'len': 0.2139, 'multi': -0.4263, 'n_got': 0.1934, 'none': 1.127, 'prob': 0.5257, 'right_mark': -1.3207, 'sup1': -1.0654, 'sup3': 0.7893, 'tight_next': 2.0833, 'tight_prev': 1.5581}
JOINT_MIN = -2.0  # log-odds below which a taken chunk is dropped


PREFIX_MARGIN = 1.0  # local log-odds by which a prefix must beat the whole fragment to replace it


def best_prefixes(pi: int, spans, found: dict, local: dict) -> list[tuple[int, int, str]]:
    """Fragments seen in no other paragraph cut to their prefix with the best local score: a chunk grown
    into the sentence's next characters (区工开金助|为) scores worse than the chunk alone."""
    seen = {x for qi, sp in found.items() if qi != pi for _, _, x in sp}
    out = []
    for a, b, text in spans:
        if text not in seen and b - a > 2:
            opts = [(local[pi, a, e].prob, e) for e in range(a + 2, b + 1) if (pi, a, e) in local]
            if opts and (pi, a, b) in local and max(opts)[0] > local[pi, a, b].prob + PREFIX_MARGIN:
                e = max(opts)[1]
                b, text = e, text[:e - a]
        out.append((a, b, text))
    return out


def fill_list(par: str, pi: int, fit, chunks: list[Chunk], local: dict, title: str = "") -> list[tuple[int, int, int]]:
    """The paragraph's fitting fragments plus the listed chunks found in the stretches where the list
    puts them: between two found chunks, and after the last one (the next chunks, while they are found)."""
    got: list[tuple[int, int, int]] = []
    prev_end, prev_k = 0, -1
    for a, b, k in fit + [(len(par), len(par), len(chunks))]:
        if k <= prev_k:
            continue
        for m in range(prev_k + 1, k):  # listed chunks that belong between the two found ones
            between = k < len(chunks)
            hit = _take(par, chunks[m].text, prev_end, a, pi, local, FILL_FLOOR if between else NEXT_FLOOR,
                        blind=(between or OPEN_BLIND and got) and chunks[m].support >= 2 and len(chunks[m].text) >= 2,
                        title=title)
            if hit:
                got.append((hit[0], hit[1], m))
                prev_end = hit[1]
            elif k == len(chunks):
                break
        if k < len(chunks):
            got.append((a, b, k))
            prev_end, prev_k = b, k
    return got


GAP_FLOOR = -3.0    # local log-odds above which a fragment fills a title gap left between two taken chunks
SINGLE_GAIN = 6.0   # reading gain (cost units) above which a lone title character in such a gap is salt


def fill_gaps(par: str, got, chunks: list[Chunk], cands: list[Cand], t: Title, segs: dict | None = None) -> list[tuple[int, int]]:
    """Fragments for title characters no listed chunk covers: in the stretch between two taken chunks
    of the paragraph (and before the first one), candidates that read from the title stretch between
    their chunks, best first, or a lone character of that stretch whose removal makes the sentence
    read much better; after the last chunk, a confident candidate that continues the title tightly."""
    if not got:
        return []
    out: list[tuple[int, int]] = []
    bounds = [(0, 0, -1)] + [(a, b, k) for a, b, k in got]
    for (a0, b0, k0), (a1, b1, k1) in zip(bounds, bounds[1:]):
        lo = chunks[k0].t1 if k0 >= 0 else -1
        _fill(par, b0, a1, lo, chunks[k1].t0, cands, t, out, first=k0 < 0, segs=segs)
    _, b, k = got[-1]
    t1 = chunks[k].t1
    while True:  # the chunks that continue the title after the paragraph's last listed one
        nxt = min((c for c in cands if c.start >= b and not c.quoted and c.prob > TAIL_FLOOR
                   and _fits(c.text, t.han, t1, t1 + 4) and not _chunk_head(c, par, t.han, t1, chunks)
                   and not _gapped_word(c, par, t.han)),
                  key=lambda c: (c.start, -c.prob), default=None)  # the nearest: the list goes on in order
        if nxt is None:
            return out
        out.append((nxt.start, nxt.end))
        b, t1 = nxt.end, _fits(nxt.text, t.han, t1, t1 + 4)[-1]


TAIL_FLOOR = -2.0  # local log-odds above which a candidate continuing the title after the last chunk is taken


def _gapped_word(c: Cand, par: str, han: str) -> bool:
    """A candidate that is no verbatim piece of the title (it skips title characters: 匠人 of 铁匠”技能人才) and is a
    dictionary word inside a clause (年轻|匠人|断档): the sentence's own word. A salter cuts its chunks from the title
    whole, so a chunk continuing the list reads verbatim."""
    simple = _simplifier()(c.text)
    return (simple not in han and c.text not in han and 0 < c.start and c.end < len(par) and HAN.match(par[c.start - 1]) is not None
            and HAN.match(par[c.end]) is not None and _is_word(simple))


def _chunk_head(c: Cand, par: str, han: str, t1: int, chunks: list[Chunk]) -> bool:
    """A tail candidate inside a clause that is the head of a longer listed chunk that other paragraphs show
    (劳动 of the chunk 劳动者, in 高温天气|劳动|保护规定): the salter puts whole chunks, so this is the sentence's
    own word that shares the chunk's head."""
    if left_is_mark(par, c.start):
        return False
    r = _fits(c.text, han, t1, t1 + 4)
    return any(ch.support >= 2 and ch.t0 == r[0] and len(ch.text) > len(c.text) and ch.text.startswith(c.text)
               for ch in chunks)


def _fill(par: str, p0: int, p1: int, lo: int, hi: int, cands: list[Cand], t: Title, out: list, first: bool = False,
          segs: dict | None = None) -> None:
    """Fill par[p0:p1] with fragments reading from title positions strictly between lo and hi."""
    if hi - lo < 2 or p1 <= p0:
        return
    # (a union name heading an officer's title or its subject's adverb, 区总工会|副主席…, is the text's own, however well
    # it fills the gap; a unit's one-character union, 矿工会制定…, is left to the page's check of what is given back)
    best = max((c for c in cands if p0 <= c.start and c.end <= p1 and not c.quoted and _fits(c.text, t.han, lo, hi, True)
                and not (SUBJECT_AFTER.match(par, c.end) and _union_end(par, c.start, c.end))),
               key=lambda c: c.prob, default=None)
    if best is not None and best.prob > GAP_FLOOR:
        out.append((best.start, best.end))
        r = _fits(best.text, t.han, lo, hi, True)
        _fill(par, p0, best.start, lo, r[0], cands, t, out, first, segs)
        _fill(par, best.end, p1, r[-1], hi, cands, t, out, segs=segs)
    elif hi - lo <= (3 if first else 4):
        one = lone_char(par, p0, p1, set(t.han[lo + 1:hi]), segs, t.han)
        if one is not None:
            out.append((one, one + 1))


def lone_char(par: str, lo: int, hi: int, chars: set[str], segs: dict | None = None, title_han: str = "") -> int | None:
    """The offset in par[lo:hi] of the character of ``chars`` whose removal improves the reading most,
    when the gain is above SINGLE_GAIN (a single inserted character reads as a typo); None when that
    character opens the sentence's own naming of the title's union (``title_han``: 于|都县总工会 at a
    paragraph's start reads much better without 于, as any name does without its head). ``segs``: Segmenters by string,
    shared with the rest of the page's reading."""
    best, where = SINGLE_GAIN, None
    segs = {} if segs is None else segs
    for p in range(lo, hi):
        if par[p] not in chars:
            continue
        gain = lone_gain(par, p, segs)
        if gain > best:
            best, where = gain, p
    if where is not None and title_han and _opens_union(par, where, title_han):
        return None
    return where
