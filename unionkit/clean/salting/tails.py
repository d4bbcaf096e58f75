"""The title's tail after the found chunks: tail words, the missing tile, shuffled and carried chunks, a list's laps."""

from __future__ import annotations

from .base import HAN, HAN_RUNS, CLAUSE_MARKS, DIGIT, _find_all, subject_union
from .title import Title
from .boundaries import title_boundaries
from .giveback import SUBJECT_MARKS
from .words import _han_word
from .marked import _title_interval, _title_range, _leading_run


TAIL_CHAIN = 6  # found chunks, in page and title order, a page must show before title_tail looks past them
TAIL_SKIP = 2   # title characters that chain may pass over between two chunks, and leave at the title's end


def title_tail(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the title's last piece opening a clause in a paragraph after the last salted one (,运动会今年以来…
    after 玉州|区总|工会|开展|快乐|劳动|最美|职工|趣味运动 found): a salter carrying one chunk list through the page puts
    its last chunk after the others. Taken only when every found span, in page order, walks the title from its head
    (TAIL_CHAIN of them or more, passing over at most TAIL_SKIP title characters each time) and stops short of its
    end by at most TAIL_SKIP, and the piece, running on into the clause, completes the title from inside the last
    chunk; the first such piece after the last salted paragraph is the only one taken."""
    han = t.han
    chain = [(pi, a, b) for pi, sp in enumerate(out) for a, b in sp]
    if len(chain) < TAIL_CHAIN:
        return out
    at = start = 0
    for pi, a, b in chain:
        x = paragraphs[pi][a:b]
        k = han.find(x, at, at + TAIL_SKIP + len(x)) if HAN_RUNS.fullmatch(x) else -1
        if k < 0:
            return out
        start, at = k, k + len(x)
    if not 0 < len(han) - at <= TAIL_SKIP:
        return out
    tails = [han[s:] for s in range(start + 1, at + 1) if len(han) - s >= 2]
    for pi in range(chain[-1][0] + 1, len(paragraphs)):
        par = paragraphs[pi]
        for i, ch in enumerate(par[:-1]):
            if ch not in SUBJECT_MARKS:
                continue
            n = next((len(x) for x in tails if par.startswith(x, i + 1) and HAN.match(par, i + 1 + len(x))), 0)
            if n:
                return [sorted(sp + [(i + 1, i + 1 + n)]) if qi == pi else sp for qi, sp in enumerate(out)]
    return out


TAIL_WORDS_MIN = 6  # distinct found chunks, tiling the title's head, a page must show before tail_words looks


def tail_words(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the title words the page's chunks leave at the title's end, each where a salted paragraph (two
    found chunks or more) has exactly one copy of it opening a clause (琼海|市总|…|劳动者|入会 found, then
    部门，|集中|采取 and 方式，|行动|推动): the salter's list runs to the title's end, and a whole title word reads as
    the sentence's own to the word model. A copy running on into the title's characters around it (此次集中行动) is
    the sentence restating the title; a paragraph with fewer chunks shows no salter's hand."""
    han, tb = t.han, title_boundaries(t)
    ivs = {_title_interval(paragraphs[pi][a:b], han) for pi, sp in enumerate(out) for a, b in sp}
    if None in ivs or len(ivs) < TAIL_WORDS_MIN or len({pi for pi, sp in enumerate(out) if sp}) < 2:
        return out
    end = 0
    for s, e in sorted(ivs):  # the chunks must tile the title's head without a hole
        if s > end:
            return out
        end = max(end, e + 1)
    cuts = [k for k in range(end + 1, len(han)) if k in tb] + [len(han)]
    words = [han[x:y] for x, y in zip([end] + cuts, cuts) if y - x >= 2]
    if not words or len(words) != len(cuts) or end not in tb:
        return out
    res = []
    for par, sp in zip(paragraphs, out):
        add = []
        if len(sp) >= 2:
            for w in words:
                ks = [k for k in _find_all(par, w) if k > 0 and par[k - 1] in CLAUSE_MARKS
                      and not any(a < k + len(w) and k < b for a, b in sp)]
                if len(ks) == 1 and han.find(par[ks[0] - 1:ks[0] + len(w)]) < 0 and han.find(par[ks[0]:ks[0] + len(w) + 1]) < 0:
                    add.append((ks[0], ks[0] + len(w)))
        res.append(sorted(sp + add) if add else sp)
    return res


MISSING_MIN = 6  # found chunks, tiling the whole title but one piece, a page must show before missing_tile looks


def missing_tile(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the one title piece the page's chunks leave out when they tile the rest of the title in pieces of one
    width, the piece's too (绥化|市北|林区|总工|会启|动冬|季送|专项|行动 without 温暖): such a salter cuts the whole title
    and put the piece in the paragraph holding the chunks before and after it, in their stretch (its list may swap two
    chunks: 动冬 … 温暖 … 季送), where the reading took it for a word of the sentence (资金温暖156万元). Taken only
    where that stretch holds it once outside the title's verbatim words (“冬季送温暖” restated stays); pages whose
    chunks vary in width skip pieces of the title as often (湖州|市总工会举|办年|职业 without 职工), so there the piece
    is taken only where it opens a clause, once, in the paragraph of a chunk beside it in the title (,工会… ,开展每月…
    of 总工会|开展|工会法律: the salter's place; the sentence's own verb reads on into its clause there too). A chunk's
    text the title holds twice (工会) reads the next title copy on each later span of that text."""
    han = t.han
    where: dict[tuple[int, int], tuple[int, int]] = {}  # title interval -> (paragraph, index of the span)
    covered: set[int] = set()
    copies: dict[str, int] = {}  # spans of each text seen so far
    for pi, (par, sp) in enumerate(zip(paragraphs, out)):
        for q, (a, b) in enumerate(sp):
            iv = _copy_interval(par[a:b], han, copies.get(par[a:b], 0))
            if iv is None:
                return out
            copies[par[a:b]] = copies.get(par[a:b], 0) + 1
            where[iv] = (pi, q)
            covered.update(range(iv[0], iv[1] + 1))
    if len(where) < MISSING_MIN or len({pi for pi, _ in where.values()}) < 2:
        return out
    gap = [i for i in range(len(han)) if i not in covered]
    if not gap or gap[-1] - gap[0] + 1 != len(gap) or gap[0] == 0 or gap[-1] == len(han) - 1:
        return out
    before = next((v for iv, v in where.items() if iv[1] == gap[0] - 1), None)
    after = next((v for iv, v in where.items() if iv[0] == gap[-1] + 1), None)
    if before is None or after is None:
        return out
    piece = han[gap[0]:gap[-1] + 1]
    if {iv[1] - iv[0] + 1 for iv in where} != {len(gap)}:  # chunks of varying widths: clause openings only
        places = [(pi, k) for pi in sorted({before[0], after[0]}) for k in _loose_copies(paragraphs[pi], piece, han, out[pi])
                  if k > 0 and paragraphs[pi][k - 1] in CLAUSE_MARKS]
        if len(places) != 1:
            return out
        pi, k = places[0]
    else:
        if before[0] != after[0] or after[1] <= before[1]:
            return out
        pi, sp = before[0], out[before[0]]
        lo, hi = (sp[before[1] - 1][1] if before[1] else 0), sp[after[1]][0]
        hits = _loose_copies(paragraphs[pi], piece, han, sp, lo, hi)
        if len(hits) != 1:
            return out
        k = hits[0]
    return [sorted(s + [(k, k + len(piece))]) if qi == pi else s for qi, s in enumerate(out)]


def _copy_interval(text: str, han: str, n: int) -> tuple[int, int] | None:
    """The title stretch the n-th span of ``text`` on the page reads: the title's n-th copy of it, or its first when
    the title holds fewer (``_title_interval``)."""
    iv = _title_interval(text, han)
    if iv is None:
        return None
    s = iv[0]
    for _ in range(n):
        s = han.find(text, s + 1)
        if s < 0:
            return iv
    return s, s + len(text) - 1


def _loose_copies(par: str, piece: str, han: str, spans: list[tuple[int, int]], lo: int = 0, hi: int | None = None) -> list[int]:
    """Offsets of the copies of ``piece`` in par[lo:hi] outside the spans and outside the title's verbatim words."""
    return [k for k in _find_all(par, piece, lo, len(par) if hi is None else hi)
            if han.find(par[max(0, k - 1):k + len(piece)]) < 0 and han.find(par[k:k + len(piece) + 1]) < 0
            and not any(a < k + len(piece) and k < b for a, b in spans)]


def shuffled_tails(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans grown by the shuffled rest of their chunk: some salters shuffle a title piece's characters (会比技大能 of
    技能大比), so the reading takes the chunk's head (会比) and leaves the rest (技大能展示…). Taken when two paragraphs
    or more follow the same span text with the same characters and part right after them (技大能|展示, 技大能|精准),
    and those characters are a title piece's characters out of the title's order: real text repeats the title's
    words as written (会比|技能)."""
    after: dict[str, list[tuple[int, int]]] = {}
    for pi, (par, spans) in enumerate(zip(paragraphs, out)):
        for k, (a, b) in enumerate(spans):
            if b - a >= 2 and b < len(par) and HAN.match(par[b]) and not (k + 1 < len(spans) and spans[k + 1][0] == b):
                after.setdefault(par[a:b], []).append((pi, k))
    grow: dict[tuple[int, int], int] = {}
    for places in after.values():
        if len({pi for pi, _ in places}) < 2:
            continue
        rest = _common_rest([paragraphs[pi][out[pi][k][1]:out[pi][k][1] + SHUFFLE_LONGEST + 1] for pi, k in places])
        if rest and _shuffled_piece(rest, t.han):
            grow.update({place: len(rest) for place in places})
    if not grow:
        return out
    return [[(a, b + grow.get((pi, k), 0)) for k, (a, b) in enumerate(spans)] for pi, spans in enumerate(out)]


SHUFFLE_LONGEST = 6  # longest shuffled rest shuffled_tails looks at


def _common_rest(texts: list[str]) -> str:
    """The characters all texts open with, when they part right after them (a text ending there: no parting)."""
    n = 0
    while all(len(x) > n for x in texts) and len({x[n] for x in texts}) == 1:
        n += 1
    return texts[0][:n] if n <= SHUFFLE_LONGEST and all(len(x) > n for x in texts) else ""


def _shuffled_piece(text: str, han: str) -> bool:
    """text (two Han characters or more) holds the characters of a piece of the title in another order."""
    n = len(text)
    if n < 2 or not HAN_RUNS.fullmatch(text) or text in han:
        return False
    key = sorted(text)
    return any(sorted(han[i:i + n]) == key for i in range(len(han) - n + 1))


def carried_chunks(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the chunks a salter put in the paragraphs before the first one found salted, when it carries one
    chunk list on through the page (铁力 in paragraph 1, then 市总, 新就 in paragraph 2): the first salted paragraph's
    spans must read two or more title chunks in order, and an earlier paragraph with no salt yields its clause-opening
    title pieces only when they tile the title from its head up to those chunks (in order, at most CARRY_SKIP title
    characters passed over each time). Going on past the last salted paragraph is continued_seams' work, which asks
    for a tiling from the title's head (real clauses open on the title's later words too often for less)."""
    han = t.han
    first = next(((pi, r) for pi, sp in enumerate(out) if (r := _title_range(paragraphs[pi], sp, han))), None)
    if first is None or len(han) < 6:
        return out
    add: dict[int, list[tuple[int, int]]] = {}
    end = first[1][0]
    for pi in range(first[0] - 1, -1, -1):
        if out[pi] or end <= 0:
            break
        got = _leading_run(paragraphs[pi], han, end)
        if got is None:
            break
        add[pi], end = got
    if not add:
        return out
    return [sorted(sp + add.get(pi, [])) for pi, sp in enumerate(out)]


CARRIED_PIECES = 3  # title pieces, in order, that must tile the stretch two carried chunks leave between them
CARRIED_CHAIN = 4   # found chunks, in page and title order, a page must show before carried_tiles looks between them
MAX_PIECE = 4       # longest piece _tiling tries


def carried_tiles(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the pieces that tile, in order, the title stretch two consecutive found chunks leave between them
    when the page's chunks walk the title in page order (a salter carrying one chunk list on through the page:
    …|活动|帮农 in one paragraph, then ,民工|…追回…|…欠薪…|…|余万元 in a later one). Each piece (two characters or
    more) must stand where the title does not go on around it (not 农|民工 restating the title's 农民工), lie in the
    text between the two chunks, after the piece before it, and at least one must open a clause; CARRIED_PIECES or
    more of them: real text rarely writes three title pieces in the title's order, each cut from its neighbours. A
    stretch of two to MAX_PIECE characters cut inside the title's words is one piece, taken where it stands once
    (``_lone_tile``)."""
    han = t.han
    # (spans holding the title's digits, which the digit rules found, are no stretch of its Han characters; a union
    # named as the sentence's subject is given back later, no chunk of the list)
    chain = [(pi, a, b, _title_interval(paragraphs[pi][a:b], han)) for pi, sp in enumerate(out) for a, b in sp
             if not DIGIT.search(paragraphs[pi], a, b) and not subject_union(paragraphs[pi], a, b)]
    if len(chain) < CARRIED_CHAIN or any(iv is None for *_, iv in chain):
        return out
    if any(u[3][0] >= v[3][0] for u, v in zip(chain, chain[1:])):
        return out
    add: list[tuple[int, int, int]] = []
    tb = title_boundaries(t)
    for u, v in zip(chain, chain[1:]):
        gap = han[u[3][1] + 1:v[3][0]]
        if len(gap) >= 2 * CARRIED_PIECES:
            add += _tiling(paragraphs, out, gap, (u[0], u[2]), (v[0], v[1]), han) or []
        elif 2 <= len(gap) <= MAX_PIECE and not (u[3][1] + 1 in tb and v[3][0] in tb):
            add += _lone_tile(paragraphs, out, gap, (u[0], u[2]), (v[0], v[1]), han)
    if not add:
        return out
    return [sorted(sp + [(a, b) for qi, a, b in add if qi == pi]) for pi, sp in enumerate(out)]


def _lone_tile(paragraphs: list[str], out: list[list[tuple[int, int]]], gap: str, start: tuple[int, int],
               stop: tuple[int, int], han: str) -> list[tuple[int, int, int]]:
    """The one bounded copy of gap between the text positions start and stop, when there is exactly one: a carried
    list's chunk cut inside the title's words (医院工 of 医院|工会), which the reading takes for the sentence's own
    characters where it was glued into a quoted name (“突发过敏性|医院工|休克患者”)."""
    hits = [(qi, k, k + len(gap)) for qi in range(start[0], stop[0] + 1)
            for k in _find_all(paragraphs[qi], gap, start[1] if qi == start[0] else 0,
                               stop[1] if qi == stop[0] else len(paragraphs[qi]))
            if _bounded_copy(paragraphs[qi], k, len(gap), out[qi], han)]
    return hits if len(hits) == 1 else []


def _bounded_copy(par: str, k: int, n: int, spans: list[tuple[int, int]], han: str) -> bool:
    """par[k:k + n] stands where the title does not go on around it and no span touches it."""
    return (han.find(par[k - 1:k + n]) < 0 if k > 0 else True) and han.find(par[k:k + n + 1]) < 0 \
        and not any(a < k + n and k < b for a, b in spans)


def _tiling(paragraphs: list[str], out: list[list[tuple[int, int]]], gap: str, start: tuple[int, int],
            stop: tuple[int, int], han: str) -> list[tuple[int, int, int]] | None:
    """Bounded copies of pieces tiling gap in order between the text positions start and stop ((paragraph, offset)),
    each at its earliest place after the one before (None when there is no such tiling of CARRIED_PIECES pieces or
    more with one piece opening a clause)."""

    def find(g: int, pi: int, k: int) -> list[tuple[int, int, int]] | None:
        if g == len(gap):
            return []
        for n in range(min(MAX_PIECE, len(gap) - g), 1, -1):
            piece = gap[g:g + n]
            for qi in range(pi, stop[0] + 1):
                par = paragraphs[qi]
                lo = k if qi == pi else 0
                hi = stop[1] if qi == stop[0] else len(par)
                hits = [x for x in _find_all(par, piece, lo, hi) if x + n <= hi and _bounded_copy(par, x, n, out[qi], han)]
                if hits:
                    rest = find(g + n, qi, hits[0] + n)
                    if rest is not None:
                        return [(qi, hits[0], hits[0] + n)] + rest
                    break
        return None

    got = find(0, *start)
    if not got or len(got) < CARRIED_PIECES or not any(a > 0 and paragraphs[qi][a - 1] in CLAUSE_MARKS for qi, a, _ in got):
        return None
    return got


LAP_END = 2      # title characters a lap of a cycled chunk list may leave at the title's end (or its head) unread
LAP_GAP = 8      # longest title stretch carried_laps looks for between two found chunks


def carried_laps(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the chunks a salter carrying one chunk list on through the page, lap after lap (夷陵|…|劳动 then
    竞赛|月活|动 in the next paragraph, then 夷陵|… again), put between two found chunks where the reading lost them: in
    a chunk's own word's neighbourhood (在竞赛内容上,|竞赛|今年), as one character (,|动|各参赛), or inside a word
    (劳|月活|动竞赛). The page's found chunks, in page order, must walk the title in laps: each lap but the last runs
    over two paragraphs or more to within LAP_END characters of the title's end, the next starting again at its head
    (a salter starting its list again in each paragraph walks no lap across paragraphs). The title stretch two
    consecutive chunks leave (across the title's end at a lap's turn; after the page's last chunk, up to the title's
    end in its paragraph) is read as the list's chunks found elsewhere, and each is taken at its one copy between them
    that stands free of the title's run around it or splits a word, or else at its one copy opening a clause (a
    one-character chunk only there)."""
    han = t.han
    chain = [(pi, a, b, _title_interval(paragraphs[pi][a:b], han)) for pi, sp in enumerate(out) for a, b in sp
             if not DIGIT.search(paragraphs[pi], a, b) and not subject_union(paragraphs[pi], a, b)]
    if len(chain) < CARRIED_CHAIN or any(iv is None for *_, iv in chain):
        return out
    turns = [k for k in range(1, len(chain)) if chain[k][3][0] <= chain[k - 1][3][1]]
    if not turns:
        return out
    for s, e in zip([0] + turns, turns):
        if chain[s][0] == chain[e - 1][0] or chain[e - 1][3][1] < len(han) - 1 - LAP_END or chain[e][3][0] > LAP_END:
            return out
    starts = {iv[0]: iv[1] for *_, iv in chain}
    add: list[tuple[int, int, int]] = []
    for k, (pi, _, b, iv) in enumerate(chain):
        if k + 1 < len(chain):
            qi, c, _, jv = chain[k + 1]
            stretch = [range(iv[1] + 1, len(han)), range(jv[0])] if jv[0] <= iv[1] else [range(iv[1] + 1, jv[0])]
            stop = (qi, c)
        else:
            stretch, stop = [range(iv[1] + 1, len(han))], (pi, len(paragraphs[pi]))
        if 0 < sum(map(len, stretch)) <= LAP_GAP:
            pieces = [han[x:y] for r in stretch for x, y in _list_pieces(r, starts)]
            add += _lap_copies(paragraphs, out, pieces, (pi, b), stop, han)
    if not add:
        return out
    return [sorted(set(sp + [(a, b) for qi, a, b in add if qi == pi])) for pi, sp in enumerate(out)]


def _list_pieces(r: range, starts: dict[int, int]) -> list[tuple[int, int]]:
    """The title stretch r cut into the found chunks' stretches (``starts``: a chunk's first title offset to its last)
    and, between them, the characters no chunk covers as one piece each run."""
    out: list[tuple[int, int]] = []
    x = r.start
    while x < r.stop:
        if x in starts and starts[x] < r.stop:
            out.append((x, starts[x] + 1))
            x = starts[x] + 1
            continue
        y = x + 1
        while y < r.stop and y not in starts:
            y += 1
        out.append((x, y))
        x = y
    return out


def _lap_copies(paragraphs: list[str], out: list[list[tuple[int, int]]], pieces: list[str], start: tuple[int, int],
                stop: tuple[int, int], han: str) -> list[tuple[int, int, int]]:
    """carried_laps' copies of the pieces, in order, between the text positions start and stop ((paragraph, offset))."""
    got: list[tuple[int, int, int]] = []
    pos = start
    for piece in pieces:
        n = len(piece)
        hits = [(qi, x) for qi in range(pos[0], stop[0] + 1)
                for x in _find_all(paragraphs[qi], piece, pos[1] if qi == pos[0] else 0,
                                   stop[1] if qi == stop[0] else len(paragraphs[qi]))
                if (x + n <= stop[1] or qi < stop[0]) and _lap_copy(paragraphs[qi], x, n, out[qi], han)]
        opening = [(qi, x) for qi, x in hits if x > 0 and paragraphs[qi][x - 1] in CLAUSE_MARKS]
        pick = hits if n >= 2 and len(hits) == 1 else opening if len(opening) == 1 else []
        if pick:
            qi, x = pick[0]
            got.append((qi, x, x + n))
            pos = (qi, x + n)
    return got


def _lap_copy(par: str, x: int, n: int, spans: list[tuple[int, int]], han: str) -> bool:
    """par[x:x + n] touches no span and stands where the title does not go on around it, or splits a word (劳|月活|动)."""
    if any(a < x + n and x < b for a, b in spans):
        return False
    return _bounded_copy(par, x, n, spans, han) or 0 < x and x + n < len(par) and _han_word(par[x - 1] + par[x + n])
