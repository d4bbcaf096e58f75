"""Title pieces glued before a sentence's end, gapped chunks, and the order of trailing pieces."""

from __future__ import annotations

import re
from array import array

from .base import HAN, HAN_RUN, HAN_RUNS, SENTENCE_END, CLAUSE_MARKS, CLOSERS, _find_all, _as_spans
from .words import _piece_gain
from .title import Title, _title_chars
from .boundaries import title_boundaries
from .runs import _on_bounds
from .chunks import readings
from .marked import TILE_SKIP, CARRY_LONGEST, tiling_spans


STOP_MARK = re.compile("[" + re.escape("".join(sorted(SENTENCE_END))) + "]")  # a sentence's final mark
STOP_GAIN = 12.0  # reading gain (cost units) above which a title piece glued before a sentence end is salt
STOP_MIN = 3      # such pieces a page must show, in two paragraphs or more, before any is taken
STOP_LONGEST = 5  # longest piece looked at
WORD_STOP_GAIN = 15.0  # reading gain above which a whole-word title piece before a sentence end may be salt
WORD_STOP_MIN = 4      # distinct such pieces, in three paragraphs or more, a page must show before any is taken


def stop_pieces(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Title pieces glued right before a sentence's final mark (免费借阅|杨林景。): some salters put their chunks
    there instead of after commas. A piece counts when it is the longest title piece ending at the mark, does not
    run on into a longer verbatim title run, is cut at an odd place of the title (real sentences ending on the
    title's words end on its word boundaries: 在沈阳召开。) and the sentence reads much better without it. The
    page must show three or more such pieces in two or more paragraphs, two of them different. Pieces of whole title
    words count apart, by the page's pattern (``_word_stops``)."""
    res: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    if len(t.han) < 4:
        return res
    han = t.han
    cands = []
    for pi, par in enumerate(paragraphs):
        # a piece of two or more title characters before a mark ends one of the paragraph's memoised runs of title
        # characters (no walk over every sentence end)
        for _, e in _title_chars(par, han):
            if e < 3 or e >= len(par) or par[e] not in SENTENCE_END or par[e - 2:e] not in han:
                continue
            n = 2
            while n < STOP_LONGEST and e - n - 1 >= 0 and par[e - n - 1:e] in han:
                n += 1
            if e - n - 1 >= 0 and par[e - n - 1:e] in han or e - n < 1 or not HAN.match(par[e - n - 1]):
                continue  # part of a longer title run, or nothing of the sentence before it
            cands.append((pi, e - n, e))
    if len(cands) < STOP_MIN or len({c[0] for c in cands}) < 2:
        return res
    tb = title_boundaries(t)
    got, words = [], []
    for pi, a, e in cands:
        par = paragraphs[pi]
        whole = _on_bounds(par[a:e], han, tb)
        gain = _piece_gain(par, a, e)
        if whole and gain >= WORD_STOP_GAIN:
            words.append((pi, a, e))
        elif not whole and gain >= STOP_GAIN:
            got.append((pi, a, e))
    # (one piece ending several sentences is a word the text repeats, 能否入会。… 如何入会。: a salter cuts its title
    # into different chunks)
    if len(got) < STOP_MIN or len({g[0] for g in got}) < 2 or len({paragraphs[pi][a:e] for pi, a, e in got}) < 2:
        got = []
    got += _word_stops(paragraphs, words, han)
    for pi, a, e in got:
        res[pi].append((a, e))
    return res


def _word_stops(paragraphs: list[str], words: list[tuple[int, int, int]], han: str) -> list[tuple[int, int, int]]:
    """The whole-word title pieces glued before sentence ends (…交流|技能梦想。 … 尊重劳动|潜山市。) when the page shows
    them as a salter's: WORD_STOP_MIN or more different pieces in three paragraphs or more, out of the title's order
    in page order. A sentence ending on the title's words legitimately (…举办技能竞赛。) does so once or twice, and
    a text restating its title's phrases sentence after sentence follows the title's order."""
    texts = [paragraphs[pi][a:e] for pi, a, e in words]
    if len(set(texts)) < WORD_STOP_MIN or len({w[0] for w in words}) < 3:
        return []
    at = [han.find(x) for x in texts]
    return words if at != sorted(at) else []


def closing_tiling(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans of a page whose title pieces glued right before clause marks, with those opening a paragraph, read in
    page order tile the title from its head (新城 … 此起彼伏|區總工, … 會舉|“平時… … 辦第三|新城區總工會主席…): a
    salter carrying one chunk list on through the page that puts each chunk at a clause's end or a paragraph's head,
    starting the list again when it runs out at the title's end. Each piece (two to CARRY_LONGEST characters, no part
    of a longer verbatim title run) must take the title on within TILE_SKIP characters of the one before; TILE_PIECES
    or more over two paragraphs or more, one or more at a clause's end, must cover TILE_COVER of the title, and one
    must be cut at an odd place of the title (a text ending its clauses on the title's words uses them whole)."""
    han = t.han
    res: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    if len(han) < 8:
        return res
    pieces, pos, ends = [], 0, 0
    for pi, par in enumerate(paragraphs):
        for a, e in _title_chars(par, han):
            if pos >= len(han):
                pos = 0  # (the list starts again)
            got = _closing_piece(par, a, e, han, pos)
            if got is not None:
                pieces.append((pi, got[0], got[1]))
                pos = got[2] + got[1] - got[0]
                ends += got[0] > 0
    return tiling_spans(pieces, paragraphs, t) if ends else res


def _closing_piece(par: str, a: int, e: int, han: str, at: int) -> tuple[int, int, int] | None:
    """(start, end, title offset) of the longest piece of the run of title characters par[a:e] that opens the
    paragraph (running on into its sentence, not along the title) or ends right before a
    clause mark (no longer verbatim title run, a Han character before it), taking the title on within TILE_SKIP
    characters of offset ``at``."""
    closing = e < len(par) and par[e] in CLAUSE_MARKS
    if a and not closing:
        return None  # (most runs: neither opening the paragraph nor closing a clause)
    for n in range(min(CARRY_LONGEST, e - a), 1, -1):
        if a == 0 and n < len(par) and par[n] not in CLAUSE_MARKS and par[:n + 1] not in han:
            k = han.find(par[:n], at, min(at + TILE_SKIP + n, len(han)))
            if k >= 0 and HAN_RUN.fullmatch(par[:n]):
                return 0, n, k
        if closing and e - n > 0 and HAN.match(par[e - n - 1]) \
                and par[e - n - 1:e] not in han and HAN_RUN.fullmatch(par[e - n:e]):
            k = han.find(par[e - n:e], at, min(at + TILE_SKIP + n, len(han)))
            if k >= 0:
                return e - n, e, k
    return None


GAP_GAIN = 7.0  # reading gain (cost units) below which the part of a gapped span given back is the text's (为: 5.3, 红: 8.3)


def gapped_chunks(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """A span that reads the title only with a gap (县总|为 of 县总工会为…) whose skipped title characters are another
    span of the page (工会, the salter's next chunk) is a chunk plus real text that happens to come later in the title
    (县总为切实关心: a real 为): the salter's chunks tile the title, so the span is cut back to its longest gapless
    part when what it gives back reads as the sentence's own (a reading gain below GAP_GAIN; salters' own gapped
    chunks, 红航建 of 红船领航·建…, leave a loose character). A span that also reads the title without a gap is left
    as it is."""
    texts = {par[a:b] for par, spans in zip(paragraphs, out) for a, b in spans}
    res = []
    for par, spans in zip(paragraphs, out):
        new = [_gapless(par, a, b, t, texts) for a, b in spans]
        res.append(new if new != spans else spans)
    return res


def _gapless(par: str, a: int, b: int, t: Title, texts: set[str]) -> tuple[int, int]:
    """The span (a, b), or its longest gapless title part when its only readings skip title characters that
    another span of the page reads (see gapped_chunks)."""
    text = par[a:b]
    if len(text) < 3 or not HAN_RUN.fullmatch(text) or text in t.han:
        return a, b
    best = None
    for pos in readings(text, t):
        cuts = [k for k in range(1, len(pos)) if pos[k] > pos[k - 1] + 1]
        if not cuts or not all(_tiled_by(t.han, pos[k - 1] + 1, pos[k], texts) for k in cuts):
            return a, b
        bounds = [0, *cuts, len(pos)]
        i, j = max(zip(bounds, bounds[1:]), key=lambda x: (x[1] - x[0], -x[0]))
        if best is not None and best != (i, j):
            return a, b  # readings disagree on the part to keep
        best = (i, j)
    if best is None or best[1] - best[0] < 2:
        return a, b
    i, j = a + best[0], a + best[1]
    rest = par[:i] + par[j:]  # the paragraph with the gapless part cut: the parts left must read as its own words
    if any(_piece_gain(rest, x, y) >= GAP_GAIN for x, y in ((a, i), (i, i + b - j)) if y > x):
        return a, b
    return i, j


def _tiled_by(han: str, lo: int, hi: int, texts: set[str]) -> bool:
    """The title's characters han[lo:hi] are one span's text, or lie each inside a copy in the title of a span's
    text of two characters or more (a gap skipping several of the salter's chunks: 绥化|工 of 区职绥化工服务中心 over
    市北, 林区, 总工)."""
    if han[lo:hi] in texts:
        return True
    covered = {i for x in texts if len(x) >= 2 for k in _find_all(han, x) for i in range(k, k + len(x))}
    return all(i in covered for i in range(lo, hi))


ORDER_MIN = 3      # title chunks, in the title's order, a paragraph's found salt must show before ordered_stops looks
ORDER_GAIN = 8.0   # reading gain (cost units) above which such a trailing piece is salt
ORDER_PARS = 2     # paragraphs that must end on such a piece before any is taken (salters do it paragraph after paragraph)


def ordered_stops(paragraphs: list[str], t: Title, found: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """A title piece glued right before a paragraph's sentence end, after the salt already found in that paragraph
    and further on in the title than all of it (连平|县总|工会 ... 参加比赛|竞赛。): the salter's chunk list goes on past
    the paragraph's last clause, and a sentence end is a seam like a clause mark. The paragraph's found spans must read
    as ORDER_MIN or more title chunks in the title's order; the piece is the longest title piece ending at the mark
    (no run on into a longer verbatim title run), after a Han character or a closing quote (暖心包”|心包。), and the
    sentence must read better without it. Unsalted paragraphs (no found chunks) are never looked at, and ORDER_PARS
    paragraphs must show such a piece (a real sentence ending on the title's words, 进行了|表彰。, shows in one)."""
    res: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    han = t.han
    if len(han) < 4:
        return res
    for pi, par in enumerate(paragraphs):
        spans = found[pi] if pi < len(found) else []
        last = _ordered_end(par, spans, han)
        if last is None:
            continue
        for m in STOP_MARK.finditer(par):
            e = m.start()
            if e - 2 < spans[-1][1] or par[e - 2:e] not in han:
                continue
            n = 2
            while n < STOP_LONGEST and e - n - 1 >= spans[-1][1] and par[e - n - 1:e] in han:
                n += 1
            a = e - n
            if par[a - 1:e] in han or not (HAN.match(par[a - 1]) or par[a - 1] in CLOSERS):
                continue
            if han.find(par[a:e], last) < 0:
                continue  # not further on in the title than the paragraph's found chunks
            if _piece_gain(par, a, e) >= ORDER_GAIN:
                res[pi].append((a, e))
    if sum(1 for sp in res if sp) < ORDER_PARS:  # one such piece is a sentence ending on the title's words
        return [[] for _ in paragraphs]
    return res


def _ordered_end(par: str, spans: list[tuple[int, int]], han: str) -> int | None:
    """The title offset after the last of the spans, when they read as ORDER_MIN or more title pieces in the
    title's order (each found at or after the end of the one before); None otherwise."""
    if len(spans) < ORDER_MIN:
        return None
    at = 0
    for a, b in spans:
        piece = "".join(HAN_RUNS.findall(par[a:b]))
        k = han.find(piece, at) if piece else -1
        if k < 0:
            return None
        at = k + len(piece)
    return at


def _cut_out(par: str, removed: set[int]) -> tuple[array, str]:
    """The original offsets of what is left of par once the removed offsets are cut out, and that text.
    Built from slices, the offsets packed 4 bytes each: a whole article on one line would otherwise cost a
    list entry and a one-character string per character (some 100 bytes each)."""
    kept, parts, at = array("i"), [], 0
    for a, b in _as_spans(removed) + [(len(par), len(par))]:
        if a > at:
            kept.extend(range(at, a))
            parts.append(par[at:a])
        at = max(at, b)
    return kept, "".join(parts)
