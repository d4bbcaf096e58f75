"""Clause-opening title pieces across the page: list gaps, a page-wide tiling, its cover, copies at heads."""

from __future__ import annotations

from collections import Counter

from .base import HAN, HAN_RUN, HAN_RUNS, CLAUSE_MARKS, SENTENCE_END, _find_all, NUM_TITLE, ORG_AFTER
from .words import _simplifier, _is_word, _piece_gain
from .title import Title, left_is_mark, _title_chars
from .boundaries import title_boundaries
from .runs import LEVEL_CHARS, _on_bounds
from .giveback import SUBJECT_MARKS
from .marks import _moved_spans


def _title_interval(text: str, han: str) -> tuple[int, int] | None:
    """The title stretch a verbatim Han piece of two characters or more reads (its first copy), None for others."""
    s = han.find(text) if len(text) >= 2 and HAN_RUN.fullmatch(text) else -1
    return (s, s + len(text) - 1) if s >= 0 else None


CARRY_SKIP = 3     # title characters a salter may pass over between two chunks it carries from one paragraph to the next
CARRY_LONGEST = 4  # longest chunk looked at there


LIST_BETWEEN = 3  # most chunks another paragraph may show between two chunks list_gaps fills in


def list_gaps(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title,
              openings: bool = False) -> list[list[tuple[int, int]]]:
    """Spans plus the chunks a paragraph's found chunks skip where another paragraph's show them: a salter reuses one
    chunk list on the page, each salted paragraph taking a prefix of it in order, so when paragraph B reads 西城 … 为新
    and paragraph A reads 西城 | 区总 | 为新, B's 区总 sits between its 西城 and 为新 (or, for the chunks A shows before
    B's first one, before it: the list's head). Each such chunk (two characters or more) is taken only where it
    occurs once in that stretch of B; the reading missed it there because it reads as the sentence's own words
    (,区总工会送来…). With openings, a copy opening the paragraph or a sentence as its subject is not counted."""
    seqs = [[par[a:b] for a, b in sp] for par, sp in zip(paragraphs, out)]
    if sum(1 for s in seqs if s) < 2:
        return out
    res = []
    for pi, (par, sp) in enumerate(zip(paragraphs, out)):
        add: list[tuple[int, int]] = []
        held = {par[a:b] for a, b in sp if left_is_mark(par, a)}
        for u, v in zip([None] + sp[:-1], sp) if sp else ():
            # (a chunk the paragraph already holds at a clause mark is no gap: the salter puts each chunk once there)
            mids = [z for z in _list_between(seqs, pi, par[u[0]:u[1]] if u else None, par[v[0]:v[1]]) if z not in held]
            add += _placed_once(par, mids, u[1] if u else 0, v[0], t.han, openings)
        res.append(sorted(sp + add) if add else sp)
    return res


def _list_between(seqs: list[list[str]], pi: int, before: str | None, after: str) -> list[str]:
    """The chunks another paragraph's sequence shows between before and after (at most LIST_BETWEEN of them; before
    None: the ones opening that sequence, ahead of after, the most any sequence shows: one paragraph's reading may
    have missed the list's first chunks)."""
    if before is None:
        heads = [q[:j] for qi, q in enumerate(seqs) if qi != pi for j, x in enumerate(q) if x == after and 1 <= j <= LIST_BETWEEN]
        return max(heads, key=len, default=[])
    for qi, q in enumerate(seqs):
        if qi == pi:
            continue
        for j, x in enumerate(q):
            if x != after:
                continue
            for i in range(j - 2, max(-1, j - LIST_BETWEEN - 2), -1):
                if q[i] == before:
                    return q[i + 1:j]
    return []


def _placed_once(par: str, chunks: list[str], lo: int, hi: int, han: str, openings: bool = False) -> list[tuple[int, int]]:
    """The spans of chunks, in order, each found exactly once in par[lo:hi] after the one before ([] when one is
    not; with openings, copies opening a sentence as its subject not counted), without those that are part of the
    title's place or union name as the sentence writes it (_in_name)."""
    got, pos = [], lo
    for z in chunks:
        ks = [k for k in _find_all(par, z, pos, hi) if not (openings and _opens_sentence(par, k, k + len(z)))]
        if len(z) < 2 or not HAN_RUNS.fullmatch(z) or len(ks) != 1:
            return []
        k = ks[0]
        if not _in_name(par, k, k + len(z), han):
            got.append((k, k + len(z)))
        pos = k + len(z)
    return got


def _opens_sentence(par: str, a: int, b: int) -> bool:
    """par[a:b] opens the paragraph or a sentence and runs on into a word (包头钢铁…): the sentence's subject, not
    a chunk the salter put there (it puts chunks between words or after clause marks inside the sentence)."""
    return (a == 0 or par[a - 1] in SENTENCE_END) and b < len(par) and bool(HAN.match(par[b]))


def _in_name(par: str, a: int, b: int, han: str) -> bool:
    """par[a:b] joins the text around it into a longer verbatim piece of the title that names its place or union:
    title characters on both sides (神木|市总|工会), or after it up to a level character or 工会 (泗阳|县总工会,
    江西|宜春市). Real pages write the title's names so; with no reading of its own to go by, such a copy is
    the sentence's."""
    if a > 0 and b < len(par) and par[a - 1:b + 1] in han:
        return True
    e = b
    while e < len(par) and par[a:e + 1] in han:
        e += 1
    return e > b and (any(ch in LEVEL_CHARS for ch in par[b:e]) or bool(ORG_AFTER.search(par, b, e)))


TILE_SKIP = 2       # title characters a salter may pass over between two chunks of one page-wide tiling
TILE_PIECES = 4     # clause-opening pieces such a tiling needs, over two paragraphs or more
TILE_COVER = 0.5    # share of the title's Han characters they must cover


def marked_tiling(paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans of a page whose clause openings, read in page order, tile the title from its head (黎平 | 县总 in one
    paragraph, 慰问 | 侗寨 | 景区 in the next): a salter carrying one chunk list on through the page rather than
    restarting it in each paragraph, so no paragraph repeats another's chunks and the chunk-list reading finds
    nothing. Each piece (two to four characters, right after a clause mark, running on into the sentence but not on
    along the title) must take the title on within TILE_SKIP characters of the one before; TILE_PIECES or more pieces
    over two paragraphs or more must cover TILE_COVER of the title, and one must be cut at an odd place of the title
    (a real text restating its title in its clause openings uses the title's words whole)."""
    han = t.han
    res: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    if len(han) < 8:
        return res
    pieces, pos = [], 0
    for pi, par in enumerate(paragraphs):
        # a piece is two or more title characters after a clause mark: it opens one of the paragraph's memoised
        # runs of title characters (no walk over every clause mark)
        for a, _ in _title_chars(par, han):
            if pos >= len(han) or a == 0 or par[a - 1] not in CLAUSE_MARKS:
                continue
            got = _title_piece_at(par, a, han, pos, TILE_SKIP, len(han), whole=True)
            if got is not None:
                pieces.append((pi, a, a + got[0]))
                pos = got[1] + got[0]
    return tiling_spans(pieces, paragraphs, t)


def tiling_spans(pieces: list[tuple[int, int, int]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans of a page-wide tiling's pieces (paragraph, start, end) when they are one: TILE_PIECES or more over
    two paragraphs or more, covering TILE_COVER of the title, one cut at an odd place of the title; else none."""
    res: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    if len(pieces) < TILE_PIECES or len({p[0] for p in pieces}) < 2 \
            or sum(b - a for _, a, b in pieces) < TILE_COVER * len(t.han):
        return res
    tb = title_boundaries(t)
    if all(_on_bounds(paragraphs[pi][a:b], t.han, tb) for pi, a, b in pieces):
        return res
    for pi, a, b in pieces:
        res[pi].append((a, b))
    return res


COVER_PIECES = 5   # clause-opening title pieces, over two paragraphs or more, marked_cover needs
COVER_SHARE = 0.75  # share of the title's Han characters they and the found chunks must cover, each stretch once


def marked_cover(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans plus the title pieces opening clauses that, with the found chunks, cover the title once over (麦积9月10日,
    体检为180余名, 工会麦积区总工会 … besides the found 区总 and 暖新): a sparse salter puts one or two chunks of a single
    cutting of the title in each paragraph, in any order, and whole title words read as the sentence's own to the
    word model. Each piece (two to four title characters right after a clause mark, not running on along the title,
    its text opening no other clause, its title stretch apart from the found chunks') must claim a title stretch no
    other piece claims; COVER_PIECES of them, in two paragraphs or more, with the found chunks over COVER_SHARE of the title, and
    a found chunk cut at an odd place of the title (the page's salt shown), before any is taken. Real text restating
    the title in its clause openings repeats a title word or runs on into the title's next ones."""
    han = t.han
    spans = [(pi, a, b) for pi, sp in enumerate(out) for a, b in sp]
    ivs = [_title_interval(paragraphs[pi][a:b], han) for pi, a, b in spans]
    if not spans or None in ivs or len(han) < 8:
        return out
    tb = title_boundaries(t)
    if all(_on_bounds(paragraphs[pi][a:b], han, tb) for pi, a, b in spans):
        return out
    found = [(pi, a, a + n, s) for pi, par in enumerate(paragraphs) for a, n, s in _marked_pieces(par, han, out[pi])]
    by_text = Counter(paragraphs[pi][a:b] for pi, a, b, _ in found)
    claimed = Counter(k for s, e in ivs for k in range(s, e + 1))
    # (a piece over a found chunk's stretch is the sentence naming the title's thing: 下一步，区总工会将…)
    pieces = [f for f in found if by_text[paragraphs[f[0]][f[1]:f[2]]] == 1
              and not any(k in claimed for k in range(f[3], f[3] + f[2] - f[1]))]
    for _, a, b, s in pieces:
        claimed.update(range(s, s + b - a))
    if any(v > 1 for v in claimed.values()) or len(pieces) < COVER_PIECES or len({p[0] for p in pieces}) < 2 \
            or len(claimed) < COVER_SHARE * len(han):
        return out
    res = [list(sp) for sp in out]
    for pi, a, b, _ in pieces:
        res[pi].append((a, b))
    return [sorted(sp) for sp in res]


def _marked_pieces(par: str, han: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, length, title offset) of the longest title piece of two to four characters after each clause mark of
    par, running on into a Han character or a digit but not along the title, outside the spans."""
    got = []
    for a, _ in _title_chars(par, han):
        if a == 0 or par[a - 1] not in CLAUSE_MARKS or any(x <= a < y for x, y in spans):
            continue
        for n in range(min(4, len(par) - a - 1), 1, -1):
            piece, k = par[a:a + n], han.find(par[a:a + n])
            if k >= 0 and HAN_RUN.fullmatch(piece) and NUM_TITLE.match(par[a + n]) and par[a:a + n + 1] not in han \
                    and not any(x < a + n and a < y for x, y in spans):
                got.append((a, n, k))
                break
    return got


def marked_copy(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans moved from a copy of a piece inside a word of the sentence (42名女|职工|和) to a copy of the same piece
    that opens a clause in the same paragraph and is not taken (，|职工|由五指山市…): a salter puts its chunks at
    clause marks, and the word the text holds reads worse cut; the clause-opening copy must read better without it."""
    res, moved = [], False
    for par, spans in zip(paragraphs, out):
        taken = set(spans)
        new = []
        for a, b in spans:
            alt = _clause_copy(par, a, b, taken)
            if alt is not None:
                taken.add(alt)
                new.append(alt)
                moved = True
            else:
                new.append((a, b))
        res.append(sorted(set(new)))
    return res if moved else out


def head_copies(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans moved from a longer title piece inside a clause (为一线|劳动者送|去: the sentence's own word, read with
    the title's next characters) to a clause-opening copy of its head between the previous span and it (，|劳动|走进):
    a salter puts its chunk at the clause mark, and the copy must read better cut than the span does. Reprints of
    aggregator sites whose salt sits at commas (the jammer pages' kind)."""
    def pick(par: str, q: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        return _head_copy(par, *spans[q], spans[q - 1][1] if q else 0, t.han)
    return _moved_spans(out, paragraphs, pick)


HEAD_GAIN = 4.0  # reading gain (cost units) above which a clause-opening copy of a span's head reads as the chunk


def _head_copy(par: str, a: int, b: int, lo: int, han: str) -> tuple[int, int] | None:
    """The clause-opening copy of a head of par[a:b] (a verbatim title piece of two characters or more) in par[lo:a]
    that head_copies moves the span to, or None: the span is sparse (劳动者送, skipping the title's “夏) and sits inside a
    clause, Han on both sides; the copy does not run on into the title (，武侯|区总工会 is the text naming the title's
    union, and a sparse chunk 武侯总 glued after 司机 is the salter's)."""
    if b - a < 3 or a == 0 or b >= len(par) or left_is_mark(par, a) or not HAN.match(par[a - 1]) or not HAN.match(par[b]) \
            or not HAN_RUN.fullmatch(par[a:b]) or par[a:b] in han:
        return None
    for n in range(b - a - 1, 1, -1):
        head = par[a:a + n]
        for k in _find_all(par, head, lo, a) if head in han else ():
            if k > 0 and par[k - 1] in SUBJECT_MARKS and par[k:k + n + 1] not in han and _piece_gain(par, k, k + n) > HEAD_GAIN:
                return k, k + n
    return None


def _clause_copy(par: str, a: int, b: int, taken: set) -> tuple[int, int] | None:
    """The clause-opening copy of par[a:b] that marked_copy moves the span to, or None: the span must sit inside a
    dictionary word of the sentence (a character before it joins it into one) and not open a clause itself."""
    piece, n = par[a:b], b - a
    if n < 2 or left_is_mark(par, a) or not HAN_RUN.fullmatch(piece) or a == 0 or not _is_word(_simplifier()(par[a - 1:b])):
        return None
    k = par.find(piece)
    while k >= 0:
        if k != a and (k, k + n) not in taken and k > 0 and par[k - 1] in SUBJECT_MARKS and HAN.match(par[k + n:k + n + 1] or "x") \
                and not any(x < k + n and k < y for x, y in taken) and _piece_gain(par, k, k + n) > _piece_gain(par, a, b):
            return k, k + n
        k = par.find(piece, k + 1)
    return None


def _title_range(par: str, spans: list[tuple[int, int]], han: str) -> tuple[int, int] | None:
    """(title offset of the first span's reading, title offset after the last) when the spans read two or more
    title pieces in the title's order, else None."""
    if len(spans) < 2:
        return None
    at, first = 0, None
    for a, b in spans:
        k = han.find(par[a:b], at) if HAN_RUN.fullmatch(par[a:b]) else -1
        if k < 0:
            return None
        first = k if first is None else first
        at = k + b - a
    return first, at


def _leading_run(par: str, han: str, hi: int) -> tuple[list[tuple[int, int]], int] | None:
    """The clause-opening title pieces of ``par`` that tile han[:hi] in order (the first within CARRY_SKIP of the
    title's head, each next within CARRY_SKIP of the one before, the last ending within CARRY_SKIP of ``hi``), and
    the title offset of the first; None when they do not. A piece the text runs on into the title's union or place
    name (,县总|工会工作人员: the clause's subject named in full) is the sentence's, no carried chunk."""
    spans, first, at = [], None, 0
    for i, ch in enumerate(par[:-1]):
        if ch not in SUBJECT_MARKS:
            continue
        got = _title_piece_at(par, i + 1, han, at, CARRY_SKIP, hi)
        if got is not None and not _in_name(par, i + 1, i + 1 + got[0], han):
            n, k = got
            spans.append((i + 1, i + 1 + n))
            first = k if first is None else first
            at = k + n
    if not spans or at < hi - CARRY_SKIP:
        return None
    return spans, first


def _title_piece_at(par: str, j: int, han: str, at: int, skip: int, end: int, whole: bool = False) -> tuple[int, int] | None:
    """(length, title offset) of the longest title piece of two to CARRY_LONGEST characters opening at par[j] that
    takes the title on within ``skip`` characters of offset ``at`` (ending by ``end``) and runs on into a Han
    character; with ``whole``, one that runs on along the title (the title restated, 黎平县总工会走进) is none."""
    for n in range(min(CARRY_LONGEST, len(par) - j - 1), 1, -1):
        piece = par[j:j + n]
        k = han.find(piece, at, min(at + skip + n, end))
        if k >= 0 and HAN_RUN.fullmatch(piece) and HAN.match(par[j + n]) and not (whole and par[j:j + n + 1] in han):
            return n, k
    return None
