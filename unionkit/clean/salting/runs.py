"""Runs of title characters in a paragraph: verbatim runs, whole title words, glued and sparse pieces."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ... import lazyrx
from .base import HAN, MAX_LEN, MAX_GAP, UNION_END
from .words import _model, _simplifier, loose_chars, _han_word
from .title import Title, _title_where, _steps, _runs_in, _title_chars
from .boundaries import _title_segmenter


def verbatim_runs(par: str, t: Title) -> list[tuple[int, int, list[int]]]:
    """Maximal left-to-right runs (start, end, title start indices) of 2+ characters that are a
    contiguous piece of the title's Han text."""
    out = []
    for a, b in _title_chars(par, t.han):
        out.extend(_verbatim_in(par, a, b, t.han, t.where))
    return out


def _verbatim_in(par: str, i: int, n: int, han: str, where: dict) -> list[tuple[int, int, list[int]]]:
    """verbatim_runs inside par[i:n], a stretch made only of title characters."""
    out = []
    while i < n - 1:
        j = i + 1
        while j < n and par[i:j + 1] in han:  # grow while still a piece of the title
            j += 1
        if j - i >= 2:
            piece = par[i:j]
            out.append((i, j, [s for s in where[par[i]] if han.startswith(piece, s)]))
            i = j
        else:
            i += 1
    return out


@lru_cache(maxsize=8192)
def _whole_piece(text: str, han: str, tb: frozenset[int]) -> bool:
    """whole_words for a verbatim piece of a title, memoised on (piece, title): the same title words
    come back in paragraph after paragraph. A dictionary word on a reading of the title nearly as good as
    the best one counts as a title word too (园区 of 产业园|区, read 产业|园区 just as well)."""
    starts = list(_title_starts(text, han))
    return whole_words(text, starts, tb) or _alt_word(text, han, starts)


ALT_MARGIN = 1.0  # cost (word model units) by which a reading of the title may lose to the best and still give its words


@lru_cache(maxsize=256)
def _alt_words(han: str) -> frozenset[tuple[int, int]]:
    """(start, end) of the dictionary words of two or more characters on a segmentation of the title within
    ALT_MARGIN of the best one: a title's words where its best reading is only one of two (产业园|区 or
    产业|园区), so that the text's 园区 is not taken for a cut of the title."""
    seg = _title_segmenter(han)
    simp = seg.s
    best = seg.f[len(simp)]
    return frozenset((s, e) for s, out in enumerate(seg.edges) for e, c in out
                     if e - s >= 2 and seg.f[s] + c + seg.b[e] - best <= ALT_MARGIN)


def _alt_word(text: str, han: str, starts) -> bool:
    """The title piece text (at one of its starts) is a word of a near-best reading of the title (_alt_words)."""
    alt = _alt_words(han)
    return any((s, s + len(text)) in alt for s in starts)


def whole_words(text: str, starts: list[int], tb: set[int]) -> bool:
    """True when a verbatim title piece reads like a restatement of the title rather than a cut:
    it starts and ends on title word boundaries, or is a dictionary word inside one title word
    (工会 from 总工会), or is one title word's last character plus whole words (区总工会 for
    南岗区总工会: the usual short form of an organisation's name; not from the 会 of 工会: 会系统扎实 of
    工会|系统|扎实 is a cut)."""
    n = len(text)
    word = None
    for s in starts:
        e = s + n
        if s in tb and e in tb:
            return True
        if s + 1 in tb and e in tb and n >= 4 and text[0] not in UNION_END:
            return True
        if not any(s < b < e for b in tb):
            if word is None:
                word = bool(_model()[0].get(_simplifier()(text)))
            if word:
                return True
    return False


def _word_across(par: str, k: int) -> bool:
    """A dictionary word of two or three characters straddles offset k (k-1 and k belong together)."""
    if k <= 0 or k >= len(par):
        return False
    a = max(0, k - 2)
    return _across(par[a:k + 2], k - a)


def _between_words(par: str, a: int, b: int) -> bool:
    """The run's neighbours each end a word of their own side (回应|一线职工|诉求: 应诉 across the run is chance, no
    word the run splits)."""
    return a >= 2 and _han_word(par[a - 2:a]) and _han_word(par[b:b + 2])


@lru_cache(maxsize=1 << 16)
def _across(w: str, k: int) -> bool:
    """_word_across on the window of at most two characters either side of the offset (memoised:
    the window is all the answer depends on)."""
    get, simp = _model()[0].get, _simplifier()
    return any(get(simp(w[a:b])) for a in (k - 2, k - 1) for b in (k + 1, k + 2) if a >= 0 and b - a <= 3 and b <= len(w))


def glued(par: str, i: int, j: int, starts: list[int], tb: set[int], han: str = "") -> bool:
    """Every end of the verbatim piece par[i:j] that is not a title word boundary runs on into a
    word of the sentence (攀枝花创|建, 铜仁工|匠) or into the title's words before it with one character
    dropped (竹|业职工 for 竹产业职工, see _dropped_one): the text uses the title's words, it was not cut into."""
    n = j - i
    left = right = None  # whether a word runs across each end, looked up once
    for s in starts:
        if s not in tb:
            if left is None:
                left = _word_across(par, i) or _level_word(par, i, s, tb) or _dropped_one(par, i, s, han, tb)
            if not left:
                continue
        if s + n not in tb:
            if right is None:
                right = _word_across(par, j)
            if not right:
                continue
        return True
    return False


def _dropped_one(par: str, i: int, s: int, han: str, tb: set[int]) -> bool:
    """The text before the piece par[i:...] (title offset s) holds the title from one of its word boundaries up
    to the piece's start with the single character before the piece left out (竹业职工 for the title's
    竹|产业|职工): the usual short form of a title phrase (a word shortened by one character), the text's own
    words. A chunk a salter put in is preceded by the sentence's characters, which only by chance repeat the
    title's characters from a word boundary up to the one skipped."""
    if not han or s < 2:
        return False
    return any(par.endswith(han[p:s - 1], 0, i) for p in range(s - 1) if p in tb)


#: What ends a company's name after its own words: its legal form (有限公司, 股份有限公司) or group, and the
#: company's union after it (a union's name alone is left to keep_unions and own_unions). The same name in a title is often the short form (金岭电力公司 for 商丘金岭电力有限公司).
ORG_END = lazyrx.cached(r"(?:股份有限|有限责任|有限|股份|控股)?(?:集团)?(?:公司|集团)(?:[总總]?工[会會])?")


def _org_end(text: str, at: int) -> int:
    """Length of the organisation-name ending (公司, 有限公司工会, 集团) that opens text at offset at (0: none)."""
    m = ORG_END.match(text, at)
    return m.end() - at if m else 0


def names_org(par: str, i: int, j: int, starts: list[int], han: str) -> bool:
    """The verbatim title piece par[i:j] is the own words of an organisation's name that the title names too:
    the title goes on after the piece with a name ending (金岭电力|公司) and so does the text (金岭电力|有限公司工会).
    The article's subject named in its body, in the same or its full form, not a chunk a salter put in (a chunk is
    put between the sentence's words, where a name ending following it in both places would be chance)."""
    if not _org_end(par, j):
        return False
    return any(_org_end(han, s + j - i) for s in starts)


#: The level characters that close a place's name and stand alone for "this county / city …" in running text.
LEVEL_CHARS = frozenset("省市县区州盟旗镇乡")


def _level_word(par: str, i: int, s: int, tb: set[int]) -> bool:
    """The piece opens with the level character that closes the title's place name (霍山县 → 县), which the
    text uses as a word of its own (在县职工服务中心, 县总工会): the text's own word, not a cut."""
    # (mid-clause only: after a clause mark is where salt goes)
    return (par[i] in LEVEL_CHARS and s + 1 in tb and i > 0 and HAN.match(par[i - 1]) is not None
            and par[i - 1] not in LEVEL_CHARS)


def _run_shape(run: str, han: str, tb: frozenset[int]) -> tuple:
    """What the gate needs from one run of title characters, offsets relative to the run: the short
    verbatim pieces that are not whole title words, as (start, end, title starts), and the short sparse
    chunks that are not a piece of the title, as (start, end); () when there are none. The context
    checks (glued, clause marks) stay with the caller."""
    where = _title_where(han)
    if run in han:  # the most common runs: one verbatim piece, no sparse chunk (it would be a piece)
        if len(run) < MAX_LEN and not _whole_piece(run, han, tb):
            return ((0, len(run), [s for s in where[run[0]] if han.startswith(run, s)]),), ()
        return ()
    if len(run) == 2:  # two characters that are not a piece: at most one sparse chunk
        return ((), ((0, 2),)) if any(0 < q - p <= 3 for p in where[run[0]] for q in where[run[1]]) else ()
    cut = tuple((i, j, starts) for i, j, starts in _verbatim_in(run, 0, len(run), han, where)
                if j - i < MAX_LEN and not _whole_piece(run[i:j], han, tb))
    out: list = []
    _runs_in(run, 0, len(run), where, out, _steps(han, 3))
    sparse = tuple((a, b) for a, b, t0, t1 in out if b - a < MAX_LEN and t1 - t0 + 1 > b - a and run[a:b] not in han)
    sparse += tuple(p for a, b, _, _ in out if b - a >= MAX_LEN for p in _beside_words(run, a, b, han, tb))
    if all(b - a < len(run) for a, b in sparse) and len(run) < MAX_LEN and _sparse_whole(run, han, tb) \
            and not _whole_tiling(run, han, tb):
        # the whole run is one chunk whose skips are wider than a greedy walk allows (株洲市工模 from
        # 株洲市总工会开展劳模): a sparse chunk standing between two characters that are not the title's; also when
        # the walk's own shorter chunk stops inside the run (株洲市工, whose 工 runs on into the word 工模)
        sparse = sparse + ((0, len(run)),)
    return (cut, sparse) if cut or sparse else ()


def _beside_words(run: str, a: int, b: int, han: str, tb: frozenset[int]) -> list[tuple[int, int]]:
    """The sparse chunks a walk too long for one chunk holds once whole title words it runs on into are left out
    (区会开年 of 年度|区会开年|工会工作: the sentence's own 工会工作 goes on in the title's order after the chunk, so the
    walk reads both as one run): each chunk of three or more characters, not a piece of the title, before (after)
    a verbatim piece of whole title words ending (opening) the walk, that reads as loose characters (a sentence's
    words in the title's order, 非公|企业职代会, are no chunk). Where the chunk ends is left to the caller's context
    checks (区会开|年工会工作 also splits on the title's words, but 开年 is a word)."""
    heads = [(a, k) for k in range(a + 3, min(b - 1, a + MAX_LEN)) if _on_bounds(run[k:b], han, tb)]
    tails = [(k, b) for k in range(max(a + 2, b - MAX_LEN + 1), b - 2) if _on_bounds(run[a:k], han, tb)]
    return [(i, j) for i, j in heads + tails if run[i:j] not in han and loose_chars(_simplifier()(run[i:j])) >= LOOSE]


LOOSE = 2  # characters a chunk's best reading leaves as one-character words for it to read as loose characters


def _sparse_whole(run: str, han: str, tb: frozenset[int]) -> bool:
    """The run follows the title's order with at most MAX_GAP title characters skipped between two of its
    characters (and some skipped): a sparse chunk the greedy title_runs walk cut short. A run opening with
    the level character that closes the title's place name (县 of 新化县) is the text's own word for "the
    county's ..." (、县文印行业协会), not a chunk."""
    for t0 in _title_where(han).get(run[0], ()):
        if run[0] in LEVEL_CHARS and t0 + 1 in tb:
            continue
        idx = greedy_walk(run, han, t0)
        if idx is not None and idx[-1] - t0 + 1 > len(run):
            return True
    return False


def greedy_walk(run: str, han: str, t0: int) -> list[int] | None:
    """The title indices of run's characters read along the title from t0 (its first), each at the nearest copy
    with at most MAX_GAP title characters skipped after the one before; None when the walk breaks."""
    # (a find in the next MAX_GAP + 1 title characters: _steps' answer, without building its table for the
    # pages whose gate never reads candidates)
    idx, tk = [t0], t0
    for ch in run[1:]:
        tk = han.find(ch, tk + 1, tk + MAX_GAP + 2)
        if tk < 0:
            return None
        idx.append(tk)
    return idx


def _whole_tiling(run: str, han: str, tb: frozenset[int]) -> bool:
    """The run is whole title words set side by side (为|从业者, 新化|文印; a word inside one title word or on a
    near-best reading of the title counts: 服务 of 服务站, 园区 of 产业园|区): the sentence using the title's
    words, not a chunk cut out of it."""
    ok = [True] + [False] * len(run)
    for j in range(1, len(run) + 1):
        ok[j] = any(ok[i] and (_on_bounds(run[i:j], han, tb) or (j - i >= 2 and _whole_piece(run[i:j], han, tb)))
                    for i in range(j))
    return ok[-1]


def _on_bounds(text: str, han: str, tb: frozenset[int]) -> bool:
    """text is a piece of the title that starts and ends on the title's word boundaries (whole title words)."""
    return any(s in tb and s + len(text) in tb for s in _title_starts(text, han))


def _title_starts(text: str, han: str) -> Iterator[int]:
    """The title indices where text sits in the title's Han characters."""
    return (s for s in _title_where(han).get(text[0], ()) if han.startswith(text, s))
