"""Chain decoding of a paragraph's fragments, the per-call Memo and the first decode of a reading."""

from __future__ import annotations

import heapq
from operator import mul

from .base import ODD_COST, ORG_AFTER, PLACE_SUFFIX
from .words import Segmenter
from .title import Cand
from .runs import glued
from .features import LOCAL_W, local_table


def transition(prev: Cand | None, c: Cand) -> float:
    """Bonus for two fragments that tile the title the way one chunk sequence does."""
    if prev is None:  # a salt sequence starts near the title's beginning
        return TRANS["start_near"] if c.t0 <= 3 else 0.0
    gap = c.t0 - prev.t1 - 1
    if 0 <= gap <= 2:
        return TRANS["tight"]
    if 0 < c.t0 - prev.t0 <= 6:
        return TRANS["near"]
    return TRANS["far"]


#: Chain scores: per member, start of chain, and between consecutive members.
TRANS = {"member": 0.5, "start_near": 0.0, "tight": 3.0, "near": 0.0, "far": -1.0, "repeat": 1.0,
         "anchor": -1.0, "alone": 2.0, "floor": -4.0,
         "tile_floor": -4.0, "tile_len": 3, "weak": -3.0}


def chain_decode(cands: list[Cand], bonus: dict[str, float]) -> list[Cand]:
    """The title-ordered, non-overlapping chain of fragments with the best total score."""
    cs = sorted(cands, key=lambda c: (c.start, c.end))
    if not cs:
        return []
    member = TRANS["member"]
    gains = [c.prob + member + bonus.get(c.text, 0.0) for c in cs]
    best, back = (_links_pairwise if len(cs) <= PAIRWISE_MAX else _links_grouped)(cs, gains)
    k = max(range(len(cs)), key=lambda x: best[x])
    if best[k] <= 0:
        return []
    chain = []
    while k >= 0:
        chain.append(cs[k])
        k = back[k]
    return chain[::-1]


#: Members up to which chain_decode compares every pair; longer lists (a page run into one line holds
#: thousands of title fragments) take _links_grouped, which gives the same links in O(n·title length).
PAIRWISE_MAX = 256


def _links_pairwise(cs: list[Cand], gains: list[float]) -> tuple[list[float], list[int]]:
    """Each member's best chain score ending on it and the member before it (-1: none), over all earlier members."""
    best: list[float] = []
    back: list[int] = []
    tight, near, far = TRANS["tight"], TRANS["near"], TRANS["far"]
    ends, t0s, t1s = [c.end for c in cs], [c.t0 for c in cs], [c.t1 for c in cs]
    for c, e in zip(cs, gains):
        b, bk = e + transition(None, c), -1
        start, t0 = c.start, c.t0
        m = -1
        for d_end, d_t0, d_t1, d_best in zip(ends, t0s, t1s, best):  # the k earlier members
            m += 1
            if d_end <= start and d_t0 < t0:
                # transition(d, c), inlined
                gap = t0 - d_t1 - 1
                v = d_best + e + (tight if 0 <= gap <= 2 else near if 0 < t0 - d_t0 <= 6 else far)
                if v > b:
                    b, bk = v, m
        best.append(b)
        back.append(bk)
    return best, back


def _links_grouped(cs: list[Cand], gains: list[float]) -> tuple[list[float], list[int]]:
    """_links_pairwise's result from the best finished member per first and per last title index: the
    transition depends on the earlier member only through those (tight: its last index; else its first), and
    ties go to the earliest member as there."""
    tight, near, far = TRANS["tight"], TRANS["near"], TRANS["far"]
    size = max(c.t1 for c in cs) + 1
    by_t0: list[tuple[float, int] | None] = [None] * size  # (best, member) of members ending before the current start
    by_t1: list[tuple[float, int] | None] = [None] * size
    pending: list[tuple[int, int]] = []  # (end, member) of members not yet ended
    best: list[float] = []
    back: list[int] = []
    for k, (c, e) in enumerate(zip(cs, gains)):
        start, t0 = c.start, c.t0
        while pending and pending[0][0] <= start:
            m = heapq.heappop(pending)[1]
            d, v = cs[m], best[m]
            for table, x in ((by_t0, d.t0), (by_t1, d.t1)):
                g = table[x]
                if g is None or v > g[0]:  # members come out by end, not index: equal scores keep the earliest
                    table[x] = (v, m)
                elif v == g[0] and m < g[1]:
                    table[x] = (v, m)
        b, bk = e + transition(None, c), -1
        # a member tight before c is also in by_t0, under-scored there; its by_t1 entry scores it right
        links = [(by_t0[x], near if t0 - x <= 6 else far) for x in range(min(t0, size))]
        links += [(by_t1[x], tight) for x in range(max(t0 - 3, 0), min(t0, size))]
        for g, tr in links:
            if g is not None:
                v = g[0] + e + tr
                if v > b or v == b and 0 <= g[1] < bk:
                    b, bk = v, g[1]
        best.append(b)
        back.append(bk)
        heapq.heappush(pending, (c.end, k))
    return best, back


def score_page(title: str, paragraphs: list[str], local_w=None, only=None, memo: Memo | None = None) -> list[tuple[Cand, dict]]:
    """Candidates with their local log-odds in c.prob (``memo``: reuse paragraphs already scored
    under the same title in this salt_spans call; fresh Cand objects every time)."""
    if memo is not None and local_w is None:
        return _score_memo(title, paragraphs, only, memo)
    return _scored(local_table(title, paragraphs, only)[1], local_w or LOCAL_W)


def _scored(rows: list[tuple[Cand, dict]], w: dict) -> list[tuple[Cand, dict]]:
    """Set each candidate's local log-odds and flags from its features (the sum runs in the feature
    dict's order, as _logit's does, so the floats are the same)."""
    wv: list[float] = []
    for c, x in rows:
        if len(wv) != len(x):
            wv = [w.get(k, 0.0) for k in x]  # every row has the same keys in the same order
        c.prob = w.get("bias", 0.0) + sum(map(mul, wv, x.values()))
        c.odd = x["alone_pc"] >= ODD_COST or not x["contiguous"]
        c.quoted = bool(x["verbatim_ext"])
        c.free = bool(x["free"])
        c.aligned, c.marked = bool(x["title_aligned"]), bool(x["left_mark"])
    return rows


#: Segmenters by (simplified) Han run, shared by salt_spans calls: a Segmenter only reads the word model,
#: and pages of one site repeat sentences (boilerplate leads, quoted notices).
_SEGS: dict = {}
MAX_SEGS = 5_000  # Segmenters kept in _SEGS (about 2 kB each)


class Memo:
    """Per-paragraph work shared by the readings of one salt_spans call (one title): the readings
    after the first and the final fixpoint check see mostly the same paragraph texts again."""

    __slots__ = ("gate", "once", "rows", "segs", "splits")

    def __init__(self) -> None:
        self.once: dict[tuple, list] = {}  # _salt_once's spans by (paragraph texts, bound_check): a cut page re-read
        self.gate: dict[str, int] = {}  # gate_level by paragraph text
        self.splits: dict[str, list[tuple[int, int]]] = {}  # split_spans's runs by paragraph text
        self.rows: dict[str, list[tuple[Cand, dict]]] = {}
        if len(_SEGS) > MAX_SEGS:  # a long corpus meets ever new sentences: start afresh
            _SEGS.clear()
        self.segs: dict[str, Segmenter] = _SEGS  # by (simplified) Han run, shared across calls


def _score_memo(title: str, paragraphs: list[str], only, memo: Memo) -> list[tuple[Cand, dict]]:
    """score_page through the memo: rows of each paragraph text computed once, in paragraph order."""
    pis = range(len(paragraphs)) if only is None else sorted(pi for pi in only if 0 <= pi < len(paragraphs))
    todo = {pi for pi in pis if paragraphs[pi] not in memo.rows}
    if todo:
        by_par: dict[int, list] = {pi: [] for pi in todo}
        for row in _scored(local_table(title, paragraphs, todo, memo.segs)[1], LOCAL_W):
            by_par[row[0].para].append(row)
        for pi, rows in by_par.items():
            memo.rows.setdefault(paragraphs[pi], rows)
    got = {pi: memo.rows[paragraphs[pi]] for pi in pis}
    _forget_long(memo.rows)
    out = []
    for pi in pis:
        for c, x in got[pi]:
            out.append((Cand(pi, c.start, c.end, c.t0, c.t1, c.text, c.prob, c.free, c.quoted, c.odd, c.aligned, c.marked), x))
    return out


#: Paragraph length from which the memo keeps the rows of the newest reading only: a page run into one line is
#: re-read many times with a few characters cut out, and each reading's rows would stay (~1.5 kB per candidate).
LONG_PARAGRAPH = 20_000


def _forget_long(rows: dict[str, list]) -> None:
    """Drop all but the newest long paragraph's rows from the memo (short paragraphs stay: they repeat across readings)."""
    long = [k for k in rows if len(k) >= LONG_PARAGRAPH]
    for k in long[:-1]:
        del rows[k]


def strong_chain(cs: list[Cand], resumes: set[int] | frozenset[int] = frozenset()) -> list[Cand]:
    """A chain of confident fragments: two or more, or one that dangles after the last full stop (``resumes``: see
    tiled_chain)."""
    strong = [c for c in cs if c.prob > TRANS["anchor"]]
    chain = chain_decode(strong, {})
    if len(chain) >= 2 or any(c.prob > TRANS["alone"] for c in chain):
        return chain
    return tiled_chain(cs, resumes)


def tiled_chain(cs: list[Cand], resumes: set[int] | frozenset[int] = frozenset()) -> list[Cand]:
    """A chain of self-contained fragments that tiles the title from its start, chunk after chunk, unless the chain
    is the text restating its title (``_restated``). Its odd member must be no gapped reading of text that goes on
    along the title (``resumes``: candidate ids, ``features._resumes_title``: 表示,舉辦職工|冰雪運動會 restates the title
    without its ordinal 第三屆)."""
    chain = chain_decode([c for c in cs if c.prob > TRANS["tile_floor"]], {})
    if len(chain) < TRANS["tile_len"] or chain[0].t0 > 3 or _restated(chain):
        return []
    if any(c.odd and id(c) not in resumes for c in chain) and all(0 <= c.t0 - d.t1 - 1 <= 2 for d, c in zip(chain, chain[1:])):
        return chain
    return []


def _restated(chain: list[Cand]) -> bool:
    """No member is confident and most are whole title words inside a clause: the text restating its title in its
    own sentences (a letter asking the title's question again: 跑|外卖|的… 现在|骑手|也|能入|工会 of 外卖骑手能不能加入
    工会), not a salter's chunks, which sit at clause marks or cut the title's words."""
    return all(c.prob <= TRANS["anchor"] for c in chain) and 2 * sum(c.aligned and not c.marked for c in chain) > len(chain)


def extend(chain: list[Cand], cs: list[Cand]) -> list[tuple[int, int]]:
    """Spans of the chain, each grown to the longest self-contained fragment with the same start,
    or joined with a directly following title word from further on (two chunks glued together)."""
    spans = []
    for k, c in enumerate(chain):
        limit = chain[k + 1].start if k + 1 < len(chain) else 10**9
        longer = [d for d in cs if d.start == c.start and d.t0 == c.t0 and c.end < d.end <= limit and d.free]
        end = max([c.end] + [d.end for d in longer])
        glued = [d for d in cs if d.start == end and d.end <= limit and d.t0 > c.t1 + 2 and d.free
                 and d.t1 - d.t0 + 1 == d.end - d.start == 2]
        if glued:
            end = glued[0].end
        spans.append((c.start, end))
    return spans


def snap(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """Cut a span back to a chunk found in another paragraph when the span is that chunk plus more
    (one chunk list is reused on the whole page, so the extra characters are the sentence's own)."""
    texts = [{paragraphs[pi][a:b] for a, b in sp} for pi, sp in enumerate(out)]
    res = []
    for pi, sp in enumerate(out):
        other = set().union(*(x for qi, x in enumerate(texts) if qi != pi)) if len(texts) > 1 else set()
        cut = []
        for a, b in sp:
            if other and paragraphs[pi][a:b] not in other:
                k = max((k for k in range(2, b - a) if paragraphs[pi][a:a + k] in other), default=0)
                if k:
                    b = a + k
            cut.append((a, b))
        res.append(cut)
    return res


def decode(rows: list[tuple[Cand, dict]], n_par: int, han: str = "",
           subjects: set[int] | frozenset[int] = frozenset()) -> list[list[tuple[int, int]]]:
    """Find paragraphs with confident chains, then grow chains with weaker fragments that fit them (``han``: the
    title's Han text, for the chunks a paragraph may show alone; ``subjects``: ids of candidates inside a sentence's
    subject union, see ``_subject_over_mark``). Fragments opening quotations neither anchor a
    paragraph's chain alone nor make one alone: the text quotes its own names on the title's words."""
    by_par: dict[int, list[Cand]] = {}
    # candidates opening a clause, cut inside the title's words and not running on into the title's next characters
    # (泗阳 of 泗阳县总工会 does: the text naming the title's union), no place name before its level (泗阳 of
    # 泗阳县 opens 泗阳力顺纺织有限公司 too) and no union's name (区总工会: the text's short name of the title's union)
    seam_cut: set[int] = set()
    for c, f in rows:
        if c.prob > TRANS["floor"] and not c.quoted:
            by_par.setdefault(c.para, []).append(c)
            if (f["left_mark"] and f["contiguous"] and not f["title_aligned"] and not f["verbatim_ext"]
                    and c.prob > TRANS["anchor"] and han and han[c.t1 + 1:c.t1 + 2] not in PLACE_SUFFIX
                    and not ORG_AFTER.search(c.text)):
                seam_cut.add(id(c))
    resumes = {id(c) for c, f in rows if f.get("resumes_title")}
    strong = {pi: strong_chain(cs, resumes) for pi, cs in by_par.items()}
    # fragments opening a quotation: a paragraph's chain of nothing else is the text quoting its own names and
    # slogans (“柳州|工匠学院”由…, 采取“工会|搭台、…”), which open on the title's words as often as a salter's chunk
    quoting = {id(c) for c, f in rows if f["quote_open"]}
    salt = {c.text for ch in strong.values() for c in ch}
    out: list[list[tuple[int, int]]] = [[] for _ in range(n_par)]
    if not salt:
        return out
    for pi, cs in by_par.items():
        anchors = {id(c) for c in strong.get(pi, ())}
        if anchors <= quoting:
            anchors = set()  # (no confident fragment but those opening quotations: none to anchor a chain)
        other = {c.text for qi, ch in strong.items() if qi != pi for c in ch}
        bonus = {s: TRANS["repeat"] for s in other}
        if anchors:
            pool = [c for c in cs if c.prob > TRANS["weak"] or c.odd or c.text in other]
        else:
            pool = [c for c in cs if c.text in other and (c.odd or c.prob > TRANS["weak"])]
        chain = chain_decode(pool, bonus)
        if subjects and _subject_over_mark(chain, strong.get(pi, ()), subjects):
            chain = chain_decode([c for c in pool if id(c) not in subjects], bonus)
        if all(id(c) in quoting for c in chain):
            continue
        support = sum(1 for c in chain if id(c) in anchors or c.text in other)
        if support >= 2 or anchors and support >= 1:
            out[pi] = extend(chain, cs)
        elif len(anchors) >= 2 and _recut(chain, strong[pi]):
            # the pool's best chain cuts the anchors' stretch another way (湖市|總舉辦 over 市總) or leaves out a weak
            # member of a tiled chain (武侯 over 武侯会|推进新就业|形态): the confident chain itself
            out[pi] = extend(strong[pi], cs)
        elif not anchors:
            # a chunk another paragraph's chain took, again cut inside the title's words and opening a clause: the
            # salter's chunk list reused on a paragraph where it put few chunks, in no title order (能大 after 项目,)
            alone = [c for c in chain if c.text in other and id(c) in seam_cut]
            if alone:
                out[pi] = [(c.start, c.end) for c in alone]
    return out


def _subject_over_mark(chain: list[Cand], anchors, subjects: set[int] | frozenset[int]) -> bool:
    """The chain takes a piece of its sentence's subject union (区总工会|主席…, ``subjects``: candidate ids) and leaves
    out a confident chunk opening a clause (,潞州|逐步 after 潞州区总工会主席…): the subject read as the title's order
    displaced the salter's chunk, which sits at a clause mark."""
    ids = {id(c) for c in chain}
    return any(i in subjects for i in ids) and any(c.marked and id(c) not in ids for c in anchors)


def _recut(chain: list[Cand], anchors: list[Cand]) -> bool:
    """A member of chain overlaps an anchor without being one: the same stretch of text read as other chunks."""
    ids = {id(c) for c in anchors}
    return any(id(c) not in ids and c.start < d.end and d.start < c.end for c in chain for d in anchors)


def title_memo(title: str) -> Memo:
    """The Memo of the last salt_spans call when it had the same title, else a fresh one: its work is by paragraph
    text under one title (never by page), so the checks of one call and a second call on the cut page (the
    pipeline's re-reading) share it without changing any result."""
    global _LAST_MEMO
    if _LAST_MEMO is None or _LAST_MEMO[0] != title or len(_LAST_MEMO[1].gate) > MEMO_TEXTS:
        _LAST_MEMO = (title, Memo())  # (pages sharing a title, e.g. an empty one, start afresh past MEMO_TEXTS)
    return _LAST_MEMO[1]


_LAST_MEMO: tuple[str, Memo] | None = None
MEMO_TEXTS = 2_000  # paragraph texts one shared Memo holds at most
